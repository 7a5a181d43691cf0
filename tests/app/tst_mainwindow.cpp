// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "docspreview.h"
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "testconfig.h"

#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>
#include <workspace/recoverystore.h>
#include <workspace/singleinstance.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsItem>
#include <QHelpEvent>
#include <QImage>
#include <QLocalSocket>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QThreadPool>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QUrl>

#include <functional>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Valid = u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  c:\n    address: c\n"_s;

bool hasProblem(EditorPane *pane, const QString &code)
{
    const auto *m = pane->problemsModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(Workspace::ProblemsModel::CodeRole).toString() == code)
            return true;
    }
    return false;
}

/** What a tooltip in rich text reads as. */
QString plainOf(const QString &tip)
{
    return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
}

/**
 * Answers every message box that opens while it lives with \a button, once \a ready() holds, and
 * keeps their texts: dialogs run their own event loop, the test's code waits behind them.
 */
class Answerer final : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton button, std::function<bool()> ready = {})
        : m_button(button)
        , m_ready(std::move(ready))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible() || (m_ready && !m_ready()))
                return;
            texts << box->text();
            box->button(m_button)->click();
        });
        m_timer.start(10);
    }
    QStringList texts;

private:
    QMessageBox::StandardButton m_button;
    std::function<bool()> m_ready;
    QTimer m_timer;
};

/** One launch's request, as SingleInstance sends it; the peer hangs up at once. */
void sendRequest(const QString &socketPath, const QStringList &paths)
{
    QLocalSocket peer;
    peer.connectToServer(socketPath);
    QVERIFY(peer.waitForConnected(2000));
    QByteArray request;
    for (const QString &path : paths)
        request += QUrl::toPercentEncoding(path, "/") + '\n';
    peer.write(request + '\n');
    QVERIFY(peer.waitForBytesWritten(2000));
    peer.disconnectFromServer();
}

QAction *actionNamed(QWidget *w, const QString &text)
{
    const auto actions = w->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingUpdatesProblemsAndOutline();
    void outlineFollowsTheCursor();
    void clickingAProblemMovesTheCursor();
    void completionOffersKeysAtThreeDepths();
    void completionAcceptsWithReturnAndTab();
    void referenceCompletionIsQuoted();
    void findAndReplaceWithRegex();
    void highlightingColoursKeys();
    void commentsAndFolding();
    void goToDefinitionAndBack();
    void openSaveAndTabs();
    void graphFollowsTheText();
    void restoredWorkKeepsItsRecoveryCopy();
    void discardedRecoveryIsRemoved();
    void secondLaunchWhileAnOpenFails();
    void reloadAsksBeforeDiscardingEdits();
    void convertUsesTheCurrentText();
    void specTextInTooltipsIsPlain();
    void closingDocsNeverWaitsForItsJob();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recovery files out of the user's way
}

void TestMainWindow::typingUpdatesProblemsAndOutline()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    QVERIFY(pane->document()->analysis()->isValid());
    QCOMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 1); // one channel

    YamlEditor *editor = pane->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"  d:"_s); // a second channel...
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"address: d"_s); // auto-indented under d
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, u"bogus: 1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasProblem(pane, u"schema.unknown-property"_s), 5000);
    QTRY_COMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 2);
    QVERIFY(w.statusText().contains(u"Invalid"_s));

    // Mid-typo: the outline keeps the last good state, marked stale.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"broken: ["_s);
    QTRY_VERIFY(pane->document()->analysis() && !pane->document()->analysis()->parsed());
    QCOMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 2);
    QVERIFY(pane->outlineModel()->isStale());
    QVERIFY(w.statusText().contains(u"parse"_s));
}

void TestMainWindow::outlineFollowsTheCursor()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid + u"  d:\n    address: d\n"_s);
    QTRY_COMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 2);
    YamlEditor *editor = pane->editor();
    QTextCursor c = editor->textCursor();
    c.setPosition(int(editor->toPlainText().indexOf(u"address: d"_s)));
    editor->setTextCursor(c);
    QCOMPARE(w.outlineView()->currentIndex().data().toString(), u"d"_s);

    // Another document has an outline and a cursor of its own; back on the first, its item is current again.
    EditorPane *other = w.newDocument(Valid);
    QTRY_VERIFY(other->document()->analysis());
    QCOMPARE(w.outlineView()->model(), other->outlineModel());
    QVERIFY(w.outlineView()->currentIndex().data().toString() != u"d"_s);
    w.tabs()->setCurrentWidget(pane);
    QCOMPARE(w.outlineView()->model(), pane->outlineModel());
    QCOMPARE(w.outlineView()->currentIndex().data().toString(), u"d"_s);
}

void TestMainWindow::clickingAProblemMovesTheCursor()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: 1.0\n"_s);
    QTRY_VERIFY(pane->problemsModel()->rowCount() > 0);
    QTableView *view = w.problemsView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndex index = view->model()->index(0, 1);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    const qsizetype expected = u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: "_s.size();
    QCOMPARE(pane->editor()->textCursor().position(), int(expected));
}

void TestMainWindow::completionOffersKeysAtThreeDepths()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    auto offered = [editor] {
        const auto *completer = editor->findChild<QCompleter *>();
        QStringList out;
        for (int r = 0; completer && r < completer->completionModel()->rowCount(); ++r)
            out << completer->completionModel()->index(r, 0).data().toString();
        return out;
    };
    auto complete = [editor](int block, const QString &typed) {
        QTextCursor c(editor->document()->findBlockByNumber(block));
        c.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, typed);
        editor->showCompletion();
    };
    complete(6, u"    ti"_s.trimmed()); // depth 2: in channel c (auto-indented)
    QVERIFY2(offered().contains(u"title"_s), qPrintable(offered().join(u',')));
    QTest::keyClick(editor->findChild<QCompleter *>()->popup(), Qt::Key_Return);
    QVERIFY(editor->document()->findBlockByNumber(7).text().startsWith(u"    title: "_s));

    complete(3, u"lic"_s); // depth 1: in info
    QCOMPARE(offered(), QStringList{u"license"_s});
    QTest::keyClick(editor->findChild<QCompleter *>()->popup(), Qt::Key_Escape);

    QTextCursor end(editor->document());
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    QVERIFY(end.block().text().isEmpty()); // the last line, at the root
    QTest::keyClicks(editor, u"oper"_s);
    editor->showCompletion();
    QCOMPARE(offered(), QStringList{u"operations"_s});
}

void TestMainWindow::completionAcceptsWithReturnAndTab()
{
    // The list that opens by itself while typing a key has its first item selected: Return or Tab
    // takes it. With nothing to offer, Return is a newline again.
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    auto *completer = editor->findChild<QCompleter *>();
    QVERIFY(completer);
    auto newLineAfter = [editor](int block) {
        QTextCursor c(editor->document()->findBlockByNumber(block));
        c.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    newLineAfter(6); // in channel c
    QTest::keyClicks(editor, u"ti"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(editor->document()->findBlockByNumber(7).text(), u"    title: "_s);
    QVERIFY(!completer->popup()->isVisible());

    newLineAfter(3); // in info
    QTest::keyClicks(editor, u"lic"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Tab);
    QCOMPARE(editor->document()->findBlockByNumber(4).text(), u"  license: "_s);

    newLineAfter(4);
    QTest::keyClicks(editor, u"zq"_s); // nothing starts so: no list, and Return makes a new line
    QVERIFY(!completer->popup()->isVisible());
    const int lines = editor->document()->blockCount();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(editor->document()->blockCount(), lines + 1);
}

void TestMainWindow::referenceCompletionIsQuoted()
{
    // A bare `#/…` value would be a YAML comment: a reference is inserted quoted, and a quote the
    // user typed is closed.
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid + u"    messages:\n      m:\n        $ref: \ncomponents:\n  messages:\n"
                                             u"    Price:\n      payload: {type: number}\n"_s);
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    auto *completer = editor->findChild<QCompleter *>();
    auto completeAtEndOf = [&](int block) {
        QTextCursor c(editor->document()->findBlockByNumber(block));
        c.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(c);
        editor->showCompletion();
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
    };
    completeAtEndOf(9);
    QCOMPARE(editor->document()->findBlockByNumber(9).text(), u"        $ref: '#/components/messages/Price'"_s);

    QTextCursor line(editor->document()->findBlockByNumber(9));
    line.movePosition(QTextCursor::EndOfBlock);
    line.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    line.insertText(u"        $ref: \"#/comp"_s);
    completeAtEndOf(9);
    QCOMPARE(editor->document()->findBlockByNumber(9).text(), u"        $ref: \"#/components/messages/Price\""_s);
}

void TestMainWindow::findAndReplaceWithRegex()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"a: userId\nb: orderId\nc: other\n"_s);
    FindBar *bar = pane->findBar();
    bar->showReplace();
    bar->setRegularExpression(true);
    bar->setFindText(u"(\\w+)Id"_s);
    bar->setReplaceText(u"\\1Key"_s);
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(pane->document()->textDocument()->toPlainText(), u"a: userKey\nb: orderKey\nc: other\n"_s);
    pane->document()->textDocument()->undo(); // one step
    QCOMPARE(pane->document()->textDocument()->toPlainText(), u"a: userId\nb: orderId\nc: other\n"_s);
}

void TestMainWindow::highlightingColoursKeys()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: 'T'\n"_s);
    const QTextBlock block = pane->editor()->document()->findBlockByNumber(2);
    QTRY_VERIFY(!block.layout()->formats().isEmpty());
    // The key and the quoted value get different colours, whichever highlighter is built in.
    QColor key;
    QColor value;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.start <= 2 && r.start + r.length > 2)
            key = r.format.foreground().color();
        if (r.start <= 10 && r.start + r.length > 10)
            value = r.format.foreground().color();
    }
    QVERIFY(key.isValid() && value.isValid());
    QVERIFY(key != value);
}

void TestMainWindow::commentsAndFolding()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"info:\n  title: T\n  version: '1'\nx: 1\n"_s);
    YamlEditor *editor = pane->editor();
    QTextCursor c(editor->document()->findBlockByNumber(1));
    c.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->toggleComment();
    QCOMPARE(editor->document()->toPlainText(), u"info:\n  # title: T\n  # version: '1'\nx: 1\n"_s);
    editor->toggleComment();
    QCOMPARE(editor->document()->toPlainText(), u"info:\n  title: T\n  version: '1'\nx: 1\n"_s);

    editor->setFolded(0, true);
    QVERIFY(editor->isFolded(0));
    QVERIFY(!editor->document()->findBlockByNumber(1).isVisible());
    QVERIFY(!editor->document()->findBlockByNumber(2).isVisible());
    QVERIFY(editor->document()->findBlockByNumber(3).isVisible());
    editor->goToLine(2); // moving into a fold opens it
    QVERIFY(editor->document()->findBlockByNumber(1).isVisible());
}

void TestMainWindow::goToDefinitionAndBack()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"), &error));
    EditorPane *pane = w.currentPane();
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    const QString text = editor->toPlainText();
    const qsizetype ref = text.indexOf(u"$ref: '#/components/parameters/craneId'"_s);
    QTextCursor c(editor->document());
    c.setPosition(int(ref));
    editor->setTextCursor(c);
    QTest::keyClick(editor, Qt::Key_F12);
    QCOMPARE(editor->textCursor().position(), int(text.indexOf(u"craneId:\n      description"_s)));
    QTest::keyClick(editor, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(editor->textCursor().position(), int(ref));
}

void TestMainWindow::openSaveAndTabs()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY(!w.openFile(m_dir.filePath(u"missing.yaml"_s), &error));
    QVERIFY(error.contains(u"missing.yaml"_s));
    const QString path = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/mqtt.yaml");
    QVERIFY(w.openFile(path, &error));
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/sse-feed.yaml"), &error));
    QCOMPARE(w.tabs()->count(), 2);
    QVERIFY(w.openFile(path, &error)); // already open: shown, not opened twice
    QCOMPARE(w.tabs()->count(), 2);
    QCOMPARE(w.tabs()->currentIndex(), 0);
    // Each document has its own undo stack.
    auto *first = qobject_cast<EditorPane *>(w.tabs()->widget(0));
    auto *second = qobject_cast<EditorPane *>(w.tabs()->widget(1));
    QTest::keyClicks(first->editor(), u"# edit"_s);
    QVERIFY(first->document()->isModified());
    QVERIFY(!second->document()->textDocument()->isUndoAvailable());
    first->document()->textDocument()->undo();
    QVERIFY(!first->document()->isModified());
}

void TestMainWindow::graphFollowsTheText()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QString error;
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"), &error));
    EditorPane *pane = w.currentPane();
    GraphView *graph = pane->graph()->view();
    QTRY_VERIFY(graph->model().indexOf(u"channel:craneTelemetry"_s) >= 0);
    QTRY_VERIFY(!graph->isBusy());

    // The node under the cursor is highlighted.
    const QString text = pane->editor()->toPlainText();
    QTextCursor c(pane->editor()->document());
    c.setPosition(int(text.indexOf(u"address: 'cranes/{craneId}/commands'"_s)));
    pane->editor()->setTextCursor(c);
    const qsizetype found = graph->model().nodeAt(c.position());
    QVERIFY2(found >= 0, qPrintable(QString::number(c.position())));
    QCOMPARE(graph->model().nodes[found].id, u"channel:craneCommands"_s);
    QCOMPARE(graph->selectedId(), u"channel:craneCommands"_s);

    // Clicking a node selects its element in the editor.
    QGraphicsItem *target = nullptr;
    for (QGraphicsItem *item : graph->scene()->items()) {
        if (plainOf(item->toolTip()).startsWith(u"receiveTelemetry"_s))
            target = item;
    }
    QVERIFY(target);
    graph->centerOn(target);
    const QPoint at = graph->mapFromScene(target->sceneBoundingRect().center());
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(pane->editor()->textCursor().blockNumber(),
             int(text.left(text.indexOf(u"  receiveTelemetry:"_s)).count(u'\n')));

    // The picture is not empty, and a broken channel reference shows as a broken edge.
    const QImage shot = graph->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    QVERIFY(colours.size() > 10);
    const qsizetype ref = text.indexOf(u"$ref: '#/channels/craneCommands'"_s);
    QTextCursor edit(pane->editor()->document());
    edit.setPosition(int(ref + 18));
    edit.setPosition(int(ref + 31), QTextCursor::KeepAnchor);
    edit.insertText(u"gone"_s);
    QTRY_VERIFY_WITH_TIMEOUT(graph->model().indexOf(u"unresolved:sendMove"_s) >= 0, 5000);
}

void TestMainWindow::restoredWorkKeepsItsRecoveryCopy()
{
    // The store MainWindow uses (test mode keeps it out of the user's way), emptied first.
    const Workspace::RecoveryStore store;
    for (const auto &e : store.entries())
        store.remove(e.id);
    const QString original = m_dir.filePath(u"orders.yaml"_s);
    const QString text = Valid + u"# unsaved\n"_s;
    QVERIFY(store.save({u"crashed-1"_s, original, u"orders.yaml"_s, {}, text}));

    MainWindow w;
    w.show();
    {
        Answerer yes(QMessageBox::Yes);
        w.offerRecovery();
        QCOMPARE(yes.texts.size(), 1);
        QVERIFY(yes.texts.first().contains(u"orders.yaml"_s));
    }
    EditorPane *pane = w.currentPane();
    QVERIFY(pane);
    QCOMPARE(pane->document()->textDocument()->toPlainText(), text);
    QVERIFY(pane->document()->isModified());
    QVERIFY(pane->document()->displayName().contains(u"recovered"_s));
    QVERIFY(w.tabs()->tabToolTip(w.tabs()->currentIndex()).contains(original));

    // Before any autosave: the copy on disk is still there, now the restored document's.
    QList<Workspace::RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, u"crashed-1"_s);
    QCOMPARE(entries.first().text, text);
    QCOMPARE(w.autosaver()->idOf(pane->document()), u"crashed-1"_s);

    // Edited and autosaved: replaced under the same id, still naming the original file.
    QTextCursor(pane->document()->textDocument()).insertText(u"# more\n"_s);
    w.autosaver()->saveAll();
    entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, u"crashed-1"_s);
    QCOMPARE(entries.first().text, u"# more\n"_s + text);
    QCOMPARE(entries.first().originalPath, original);

    // Closed without saving, on purpose: nothing left to recover.
    {
        Answerer discard(QMessageBox::Discard);
        QVERIFY(w.tabs()->tabBar());
        emit w.tabs()->tabCloseRequested(w.tabs()->currentIndex());
        QCOMPARE(discard.texts.size(), 1);
    }
    QVERIFY(store.entries().isEmpty());
}

void TestMainWindow::discardedRecoveryIsRemoved()
{
    const Workspace::RecoveryStore store;
    for (const auto &e : store.entries())
        store.remove(e.id);
    QVERIFY(store.save({u"crashed-2"_s, {}, u"Untitled 3"_s, {}, Valid}));
    MainWindow w;
    w.show();
    const int tabs = w.tabs()->count();
    {
        Answerer discard(QMessageBox::Discard);
        w.offerRecovery();
        QCOMPARE(discard.texts.size(), 1);
    }
    QCOMPARE(w.tabs()->count(), tabs);
    QVERIFY(store.entries().isEmpty());
}

void TestMainWindow::secondLaunchWhileAnOpenFails()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"instance"_s);
    MainWindow w;
    w.show();
    Workspace::SingleInstance instance(folder);
    QCOMPARE(instance.start({}), Workspace::SingleInstance::Role::Primary);
    QSignalSpy requests(&instance, &Workspace::SingleInstance::filesRequested); // before the window's dialog
    // As main.cpp wires it.
    connect(&instance, &Workspace::SingleInstance::filesRequested, &w, &MainWindow::openRequested);

    // A launch asks for a file that cannot be opened, and hangs up at once. While the warning is
    // up, another launch asks for a good file (and hangs up too): the warning is answered only
    // after that request came in.
    const QString good = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/mqtt.yaml");
    bool sentSecond = false;
    Answerer ok(QMessageBox::Ok, [&] {
        if (!sentSecond) {
            sentSecond = true;
            sendRequest(instance.socketPath(), {good});
        }
        return requests.size() == 2;
    });
    sendRequest(instance.socketPath(), {dir.filePath(u"missing.yaml"_s), dir.path()});
    QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ok.texts.size(), 1, 5000);
    // One warning for both failures.
    QVERIFY(ok.texts.first().contains(u"missing.yaml"_s));
    QTRY_VERIFY(w.currentPane() && w.currentPane()->document()->filePath() == good);

    // Still serving.
    sendRequest(instance.socketPath(), {});
    QTRY_COMPARE(requests.size(), 3);
}

void TestMainWindow::reloadAsksBeforeDiscardingEdits()
{
    const QString path = m_dir.filePath(u"reload.yaml"_s);
    auto write = [&path](const QString &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(Valid);
    MainWindow w;
    w.show();
    QString error;
    QVERIFY(w.openFile(path, &error));
    EditorPane *pane = w.currentPane();
    QTextCursor(pane->document()->textDocument()).insertText(u"# mine\n"_s);
    const QString mine = pane->document()->textDocument()->toPlainText();
    write(Valid + u"# theirs\n"_s);

    {
        Answerer cancel(QMessageBox::Cancel);
        QVERIFY(!pane->reloadFromDisk());
        QCOMPARE(cancel.texts.size(), 1);
    }
    QCOMPARE(pane->document()->textDocument()->toPlainText(), mine);
    {
        Answerer discard(QMessageBox::Discard);
        QVERIFY(pane->reloadFromDisk());
        QCOMPARE(discard.texts.size(), 1);
    }
    QCOMPARE(pane->document()->textDocument()->toPlainText(), Valid + u"# theirs\n"_s);
    QVERIFY(!pane->document()->isModified());

    // Unmodified: no question. Gone from disk: says so, keeps the text.
    QVERIFY(QFile::remove(path));
    {
        Answerer ok(QMessageBox::Ok);
        QVERIFY(!pane->reloadFromDisk());
        QCOMPARE(ok.texts.size(), 1);
        QVERIFY(ok.texts.first().contains(u"reload.yaml"_s));
    }
    QCOMPARE(pane->document()->textDocument()->toPlainText(), Valid + u"# theirs\n"_s);
}

void TestMainWindow::convertUsesTheCurrentText()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    // Typed after the last analysis, converted before the next one.
    QTextCursor c(pane->document()->textDocument());
    c.movePosition(QTextCursor::End);
    c.insertText(u"  typedJustNow:\n    address: d\n"_s);
    QAction *toJson = actionNamed(&w, u"Convert to &JSON"_s);
    QVERIFY(toJson);
    toJson->trigger();
    const QString json = pane->document()->textDocument()->toPlainText();
    QVERIFY2(json.trimmed().startsWith(u'{'), qPrintable(json));
    QVERIFY2(json.contains(u"\"typedJustNow\""_s), qPrintable(json));
}

void TestMainWindow::specTextInTooltipsIsPlain()
{
    const QString bomb = u"<img width=99999 height=99999 src=x>"_s;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  '%1':\n"
                                     u"    address: c\n    bindings: '%1'\n"_s.arg(bomb));

    // Problems: the message quotes the value, the pointer names the channel.
    const auto *problems = pane->problemsModel();
    auto problemTips = [problems] {
        QStringList tips;
        for (int r = 0; r < problems->rowCount(); ++r)
            tips << problems->index(r, 1).data(Qt::ToolTipRole).toString();
        return tips;
    };
    QTRY_VERIFY_WITH_TIMEOUT(plainOf(problemTips().join(u'\n')).contains(bomb), 5000);
    for (const QString &tip : problemTips())
        QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));

    // Graph nodes.
    GraphView *graph = pane->graph()->view();
    QTRY_VERIFY_WITH_TIMEOUT(graph->model().indexOf(u"channel:"_s + bomb) >= 0, 10000);
    QTRY_VERIFY(!graph->isBusy());
    bool seen = false;
    for (QGraphicsItem *item : graph->scene()->items()) {
        QVERIFY2(!item->toolTip().contains(u"<img"_s), qPrintable(item->toolTip()));
        seen = seen || plainOf(item->toolTip()).contains(bomb);
    }
    QVERIFY(seen);

    // Editor diagnostics.
    YamlEditor *editor = pane->editor();
    const QString text = editor->toPlainText();
    QTextCursor at(editor->document());
    at.setPosition(int(text.lastIndexOf(bomb)) + 3);
    const QPoint pos = editor->cursorRect(at).center() + QPoint(editor->viewport()->x(), 0);
    QHelpEvent help(QEvent::ToolTip, pos, editor->mapToGlobal(pos));
    QApplication::sendEvent(editor, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(!QToolTip::text().contains(u"<img"_s), qPrintable(QToolTip::text()));
    QVERIFY2(plainOf(QToolTip::text()).contains(bomb), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestMainWindow::closingDocsNeverWaitsForItsJob()
{
    Workspace::EditorDocument doc;
    doc.setText(Valid);
    QTRY_VERIFY(doc.analysis() && doc.analysis()->spec);

    // A job that does not end (it gives up after a while, so that a regression fails, not hangs).
    auto started = std::make_shared<QSemaphore>();
    auto gate = std::make_shared<QSemaphore>();
    auto *preview = new DocsPreview;
    preview->setRenderer([started, gate](const AsyncApi::Analysis &) {
        started->release();
        gate->tryAcquire(1, 3000);
        return u"<p>late</p>"_s;
    });
    preview->show();
    preview->setAnalysis(Workspace::LastGood().next(doc.analysis()));
    QVERIFY(started->tryAcquire(1, 5000));
    QVERIFY(preview->isBusy());
    QElapsedTimer timer;
    timer.start();
    delete preview;
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    gate->release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
