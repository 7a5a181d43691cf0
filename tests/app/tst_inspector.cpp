// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The message inspector and the live log in the real window, against Debian's python3-websockets
// and the SSE test server on 127.0.0.1.
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphview.h"
#include "inspector/credentialstore.h"
#include "inspector/inspectorwidget.h"
#include "inspector/logpanel.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "testconfig.h"

#include <live/logmodel.h>
#include <workspace/editordocument.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void formFollowsTheDocument();
    void composerValidatesAsYouType();
    void webSocketRoundTrip();
    void sseEventsAndPause();
    void graphDoubleClickInspects();
    void keychainAnswersOrSaysWhy();

private:
    EditorPane *openChat(MainWindow &w);

    QProcess m_ws;
    QProcess m_sse;
    int m_wsPort = 0;
    int m_ssePort = 0;
    QTemporaryDir m_dir;
};

void TestInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!Signalbox::Test::havePythonWebsockets())
        QSKIP("python3-websockets is not installed (packaging/dev.sh setup installs it)");
    m_wsPort = Signalbox::Test::startPythonServer(m_ws, QStringLiteral(SIGNALBOX_WS_SERVER));
    m_ssePort = Signalbox::Test::startPythonServer(m_sse, QStringLiteral(SIGNALBOX_SSE_SERVER));
    QVERIFY(m_wsPort > 0 && m_ssePort > 0);
}

void TestInspector::cleanupTestCase()
{
    Signalbox::Test::stopServer(m_ws);
    Signalbox::Test::stopServer(m_sse);
}

EditorPane *TestInspector::openChat(MainWindow &w)
{
    QString error;
    if (!w.openFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml"), &error))
        return nullptr;
    EditorPane *pane = w.currentPane();
    if (!QTest::qWaitFor([&] { return pane->document()->analysis() != nullptr; }, 5000))
        return nullptr;
    if (w.inspector()->isVisible()) // closed until asked for
        return nullptr;
    w.inspect(u"channel:room"_s);
    if (!w.inspector()->isVisible() || w.inspector()->targetBox()->count() == 0)
        return nullptr;
    return pane;
}

void TestInspector::formFollowsTheDocument()
{
    MainWindow w;
    w.show();
    EditorPane *pane = openChat(w);
    QVERIFY(pane);
    InspectorWidget *in = w.inspector();
    // The first server we can talk to, its variables and the channel's parameters filled in.
    QCOMPARE(in->serverBox()->currentData().toString(), u"local"_s);
    QCOMPARE(in->urlEdit()->text(), u"ws://127.0.0.1:8765/rooms/lobby"_s);
    auto *room = in->findChild<QComboBox *>(u"param:roomId"_s);
    QVERIFY(room);
    room->setCurrentText(u"dock"_s);
    QCOMPARE(in->urlEdit()->text(), u"ws://127.0.0.1:8765/rooms/dock"_s);
    QVERIFY(in->findChild<QLineEdit *>(u"secret:token"_s)); // bearer
    in->serverBox()->setCurrentIndex(in->serverBox()->findData(u"events"_s));
    QCOMPARE(in->urlEdit()->text(), u"http://127.0.0.1:8766/dock"_s);
    QVERIFY(in->findChild<QLineEdit *>(u"secret:apiKey"_s));

    // Editing the document renames the channel's parameter: the form follows; a typo keeps the last good form.
    pane->document()->setText(pane->editor()->toPlainText().replace(u"roomId"_s, u"room"_s));
    QTRY_VERIFY(in->findChild<QComboBox *>(u"param:room"_s));
    pane->document()->setText(pane->editor()->toPlainText() + u"\n  : [broken\n"_s);
    QTest::qWait(400);
    QVERIFY(in->findChild<QComboBox *>(u"param:room"_s));
    QCOMPARE(in->targetBox()->count(), 4);
}

void TestInspector::composerValidatesAsYouType()
{
    MainWindow w;
    w.show();
    QVERIFY(openChat(w));
    InspectorWidget *in = w.inspector();
    QCOMPARE(in->messageBox()->currentText(), u"chat"_s);
    QVERIFY(in->bodyEdit()->toPlainText().contains(u"Hello, harbour"_s));
    QTRY_COMPARE(in->draftProblems()->count(), 1);
    QVERIFY(in->draftProblems()->item(0)->text().startsWith(u"Conforms"_s));
    in->bodyEdit()->setPlainText(u"{\n  \"type\": \"chat\",\n  \"id\": \"seven\",\n  \"text\": \"hi\"\n}"_s);
    QTRY_VERIFY(in->draftProblems()->count() >= 1 && in->draftProblems()->item(0)->text().startsWith(u"Line 3"_s));
    const QString schemaProblem = in->draftProblems()->item(0)->text();
    // Text that does not parse: the parser's message, at its place.
    in->bodyEdit()->setPlainText(u"{\n  \"type\": \"chat\",\n  \"id\": [1,\n"_s);
    QTRY_VERIFY(in->draftProblems()->count() >= 1 && in->draftProblems()->item(0)->text() != schemaProblem);
    QVERIFY2(in->draftProblems()->item(0)->text().startsWith(u"Line "_s), qPrintable(in->draftProblems()->item(0)->text()));
}

void TestInspector::webSocketRoundTrip()
{
    MainWindow w;
    w.show();
    QVERIFY(openChat(w));
    InspectorWidget *in = w.inspector();
    in->serverBox()->setCurrentIndex(in->serverBox()->count() - 1); // custom URL
    in->urlEdit()->setText(u"ws://127.0.0.1:%1/echo"_s.arg(m_wsPort));
    QVERIFY(!in->sendButton()->isEnabled());
    QTest::mouseClick(in->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(in->sendButton()->isEnabled());
    QCOMPARE(in->connectButton()->text(), u"Disconnect"_s);
    QTest::mouseClick(in->sendButton(), Qt::LeftButton);
    in->bodyEdit()->setPlainText(u"{\"replyTo\": 7, \"status\": \"maybe\"}"_s);
    QTest::mouseClick(in->sendButton(), Qt::LeftButton);

    Live::LogModel *log = w.liveLog()->model();
    auto rowsWith = [log](Live::LogEntry::Direction d) {
        QList<int> rows;
        for (int r = 0; r < log->rowCount(); ++r)
            if (log->entry(r).direction == d)
                rows << r;
        return rows;
    };
    QTRY_COMPARE(rowsWith(Live::LogEntry::Direction::Incoming).size(), 2);
    const QList<int> in2 = rowsWith(Live::LogEntry::Direction::Incoming);
    QCOMPARE(log->entry(in2.at(0)).message, u"chat"_s);
    QCOMPARE(log->entry(in2.at(0)).check, Live::LogEntry::Check::Conforms);
    // The second was sent as the composer's message (chat) and comes back as the schema says: ack, invalid.
    QCOMPARE(log->entry(rowsWith(Live::LogEntry::Direction::Outgoing).at(1)).check, Live::LogEntry::Check::Invalid);
    QCOMPARE(log->entry(in2.at(1)).message, u"ack"_s);
    QCOMPARE(log->entry(in2.at(1)).check, Live::LogEntry::Check::Invalid);

    // The detail pane shows the errors and the body.
    QTableView *view = w.liveLog()->view();
    view->setCurrentIndex(view->model()->index(view->model()->rowCount() - 1, 0));
    QTRY_VERIFY(w.liveLog()->detail()->toPlainText().contains(u"payload/status"_s));
    if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(w.grab().save(shots + u"/inspector.png"_s));
    // Problems only.
    w.liveLog()->directionBox()->setCurrentIndex(w.liveLog()->directionBox()->findText(u"Problems"_s));
    QCOMPARE(view->model()->rowCount(), 2);

    // A binary frame comes back binary, and is checked all the same.
    in->binaryBox()->setChecked(true);
    QTest::mouseClick(in->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(Live::LogEntry::Direction::Incoming).size(), 3);
    QCOMPARE(log->entry(rowsWith(Live::LogEntry::Direction::Incoming).at(2)).event, u"binary"_s);
    QCOMPARE(log->entry(rowsWith(Live::LogEntry::Direction::Incoming).at(2)).message, u"ack"_s);

    // Export the log; disconnect (with the code and reason of the options); import it again.
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(u"log.jsonl"_s);
    QVERIFY(w.liveLog()->exportTo(path, &error));
    const int rows = log->rowCount();
    in->closeCodeBox()->setValue(4100);
    in->closeReasonEdit()->setText(u"done testing"_s);
    QTest::mouseClick(in->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->connectButton()->text(), u"Connect"_s);
    QTRY_VERIFY(log->rowCount() > rows);
    QCOMPARE(log->entry(log->rowCount() - 1).status, u"by you, code 4100: done testing"_s);
    QVERIFY2(w.liveLog()->importFrom(path, &error), qPrintable(error));
    QCOMPARE(log->rowCount(), rows);
}

void TestInspector::sseEventsAndPause()
{
    MainWindow w;
    w.show();
    QVERIFY(openChat(w));
    InspectorWidget *in = w.inspector();
    in->serverBox()->setCurrentIndex(in->serverBox()->count() - 1);
    in->urlEdit()->setText(u"http://127.0.0.1:%1/bad"_s.arg(m_ssePort));
    w.liveLog()->pauseButton()->setChecked(true);
    QTest::mouseClick(in->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->stateLabel()->text(), u"Open (Server-Sent Events)"_s);
    QVERIFY(!in->sendButton()->isEnabled()); // SSE only receives
    if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty()) {
        for (QToolButton *b : in->findChildren<QToolButton *>())
            if (b->text() == u"Options"_s)
                b->setChecked(true);
        QTest::qWait(300);
        QVERIFY(w.grab().save(shots + u"/inspector-sse.png"_s));
    }
    QTest::qWait(300);
    Live::LogModel *log = w.liveLog()->model();
    QCOMPARE(log->rowCount(), 0); // held while paused
    w.liveLog()->pauseButton()->setChecked(false);
    QTRY_VERIFY(log->rowCount() >= 5); // connecting, open, three events
    int unknown = 0;
    for (int r = 0; r < log->rowCount(); ++r)
        unknown += log->entry(r).check == Live::LogEntry::Check::Unknown;
    QCOMPARE(unknown, 1);
    QCOMPARE(log->index(log->rowCount() - 1, Live::LogModel::Message).data().toString(), u"chat"_s);
    in->connection()->close();
}

void TestInspector::graphDoubleClickInspects()
{
    MainWindow w;
    w.show();
    EditorPane *pane = openChat(w);
    QVERIFY(pane);
    emit pane->graph()->view()->inspectRequested(u"channel:ticker"_s);
    QCOMPARE(w.inspector()->targetBox()->currentData().toString(), u"channel:ticker"_s);
    QCOMPARE(w.inspector()->messageBox()->currentText(), u"tick"_s);
    w.inspect(u"operation:sendChat"_s);
    QCOMPARE(w.inspector()->messageBox()->count(), 1);

    // Edits made while the inspector is closed are there when it opens again.
    w.inspector()->parentWidget()->hide();
    pane->document()->setText(pane->editor()->toPlainText().replace(u"  ticker:"_s, u"  clock:"_s));
    QTRY_VERIFY(pane->document()->analysis()->spec->channel(u"clock"_s));
    QCOMPARE(w.inspector()->targetBox()->findData(u"channel:clock"_s), -1);
    w.inspect(u"channel:clock"_s);
    QCOMPARE(w.inspector()->targetBox()->currentData().toString(), u"channel:clock"_s);
}

void TestInspector::keychainAnswersOrSaysWhy()
{
    // With a keychain service the secret comes back; without one (as in CI) the store says why,
    // in bounded time, and nothing is written anywhere else.
    CredentialStore store;
    bool written = false;
    QString writeError;
    store.write(u"test.signalbox.invalid/token"_s, u"s3cret"_s, [&](const QString &error) {
        writeError = error;
        written = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 30000);
    bool read = false;
    QString secret;
    QString readError;
    store.read(u"test.signalbox.invalid/token"_s, [&](const QString &value, const QString &error) {
        secret = value;
        readError = error;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 30000);
    if (writeError.isEmpty()) {
        QCOMPARE(secret, u"s3cret"_s);
        bool removed = false;
        store.remove(u"test.signalbox.invalid/token"_s, [&](const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
    } else {
        qInfo("no keychain here: %s", qPrintable(writeError));
        QVERIFY(secret.isEmpty());
        QVERIFY(!readError.isEmpty());
    }
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("s3cret"));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
