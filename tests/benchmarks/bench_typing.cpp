// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Types 200 characters into a document through the real editor widget and prints the longest
// GUI-thread stall and the time from the last keystroke to updated diagnostics.
// Usage: bench_typing [FILE]   (without FILE: a generated document of about 1 MB)

#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "mainwindow.h"

#include <workspace/editordocument.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <cstdio>

using namespace Signalbox;

namespace {

QString generated(int targetBytes)
{
    QString t = QStringLiteral("asyncapi: 3.0.0\ninfo:\n  title: Typing benchmark\n  version: '1'\nchannels:\n");
    QString components = QStringLiteral("components:\n  messages:\n");
    for (int i = 0; t.size() + components.size() < targetBytes; ++i) {
        t += QStringLiteral("  c%1:\n    address: 'tenants/{tenantId}/c/%1'\n    parameters:\n      tenantId:\n"
                            "        description: Tenant.\n    messages:\n      m:\n"
                            "        $ref: '#/components/messages/m%1'\n")
                 .arg(i);
        components += QStringLiteral("    m%1:\n      name: m%1\n      payload:\n        type: object\n"
                                     "        required: [id]\n        properties:\n          id: {type: string}\n"
                                     "          total: {type: number, minimum: 0}\n")
                          .arg(i);
    }
    return t + QStringLiteral("operations: {}\n") + components;
}

} // namespace

/** Reports, with SIGNALBOX_SLOW_EVENTS set, every event that keeps the GUI thread over 12 ms. */
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_report)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        if (t.elapsed() > 12)
            std::fprintf(stderr, "slow event: %s (%s) type %d: %lld ms\n", receiver->metaObject()->className(),
                         qPrintable(receiver->objectName()), int(event->type()), static_cast<long long>(t.elapsed()));
        return result;
    }

private:
    bool m_report = qEnvironmentVariableIsSet("SIGNALBOX_SLOW_EVENTS");
};

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    MainWindow window;
    window.show();
    EditorPane *pane = nullptr;
    QString name;
    if (args.size() > 1) {
        QString error;
        if (!window.openFile(args.at(1), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        pane = window.currentPane();
        name = args.at(1);
    } else {
        pane = window.newDocument(generated(1024 * 1024));
        name = QStringLiteral("generated document");
    }
    Workspace::EditorDocument *doc = pane->document();
    QElapsedTimer wait;
    wait.start();
    while ((!doc->analysis() || doc->analysis()->generation != doc->generation()) && wait.elapsed() < 30000)
        QTest::qWait(5);

    // And for the graph to be drawn.
    while (pane->graph()->view()->isBusy() && wait.elapsed() < 30000)
        QTest::qWait(5);
    QTest::qWait(300);

    YamlEditor *editor = pane->editor();
    // Type into a description near the middle, as a person would.
    const QTextBlock block = editor->document()->findBlockByNumber(editor->document()->blockCount() / 2);
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(c);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("# "));

    // A 1 ms timer on the GUI thread: a gap between its ticks is time the GUI could not respond.
    QElapsedTimer tick;
    tick.start();
    qint64 longestStall = 0;
    int overFrame = 0;
    QTimer monitor;
    monitor.setInterval(1);
    QObject::connect(&monitor, &QTimer::timeout, [&] {
        const qint64 gap = tick.elapsed();
        longestStall = std::max(longestStall, gap);
        overFrame += gap > 16;
        tick.restart();
    });
    monitor.start();
    const QString text = QStringLiteral("the quick brown fox jumps over the lazy dog ");
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer key;
        key.start();
        QTest::keyClick(editor, text.at(i % text.size()).toLatin1());
        longestStall = std::max(longestStall, key.elapsed());
        overFrame += key.elapsed() > 16;
        QTest::qWait(8); // about 120 characters a second
        tick.restart();
    }
    QElapsedTimer latency;
    latency.start();
    while ((!doc->analysis() || doc->analysis()->generation != doc->generation()) && latency.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
    const qint64 toDiagnostics = latency.elapsed();
    QTest::qWait(200); // the views update on the GUI thread after the result lands: measure that too
    const int typingOverFrame = overFrame;
    monitor.stop();
    // A structural edit: a new channel, so the graph is laid out again and its boxes move.
    GraphView *graph = pane->graph()->view();
    QElapsedTimer settle;
    settle.start();
    while (graph->isBusy() && settle.elapsed() < 10000)
        QTest::qWait(5);
    const qsizetype channels = editor->toPlainText().indexOf(QStringLiteral("\nchannels:\n"));
    qint64 structuralStall = -1;
    qint64 toGraph = -1;
    if (channels >= 0) {
        const int before = int(graph->model().nodes.size());
        QTextCursor at(editor->document());
        at.setPosition(int(channels + 11));
        editor->setTextCursor(at);
        const qint64 stallBefore = longestStall;
        longestStall = 0;
        monitor.start();
        tick.restart();
        QElapsedTimer t;
        t.start();
        // Typed key by key, as a person types (a keyClicks() burst would be one long event).
        auto type = [&](const QString &keys) {
            for (const QChar ch : keys) {
                QTest::keyClick(editor, ch.toLatin1());
                QTest::qWait(8);
            }
        };
        type(QStringLiteral("  benchNewChannel:"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(8);
        type(QStringLiteral("address: bench/new"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::qWait(8);
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::qWait(8);
        QTest::keyClick(editor, Qt::Key_Backspace);
        t.restart(); // from the last keystroke
        while (int(graph->model().nodes.size()) == before && t.elapsed() < 20000)
            QTest::qWait(2);
        toGraph = t.elapsed();
        QTest::qWait(400); // the boxes move into place
        monitor.stop();
        structuralStall = longestStall;
        longestStall = stallBefore;
    }
    std::printf("%s: %.2f MB, %d analyses started, %d stale results dropped\n", qPrintable(name),
                double(editor->document()->characterCount()) / 1e6, doc->analysesStarted(), doc->resultsDropped());
    std::printf("  longest GUI-thread stall while typing 200 characters: %lld ms (goal: under 16 ms); %d over 16 ms\n",
                static_cast<long long>(longestStall), typingOverFrame);
    std::printf("  last keystroke to updated diagnostics:                %lld ms\n",
                static_cast<long long>(toDiagnostics));
    if (structuralStall >= 0)
        std::printf(
            "  typing a new channel: graph of %lld nodes updated %lld ms after the last key, longest GUI-thread "
            "stall %lld ms\n",
            static_cast<long long>(graph->model().nodes.size()), static_cast<long long>(toGraph),
            static_cast<long long>(structuralStall));
    return 0;
}
