// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The message inspector and the live log in the real window, against Debian's python3-websockets
// and the SSE test server on 127.0.0.1 (the form and the composer alone: tst_inspectorform).
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "inspector/composer.h"
#include "inspector/connectionform.h"
#include "inspector/credentialstore.h"
#include "inspector/inspectorwidget.h"
#include "inspector/logpanel.h"
#include "inspectortesting.h"
#include "mainwindow.h"
#include "serverprocess.h"
#include "skipping.h"
#include "testconfig.h"

#include <live/livesession.h>
#include <live/logmodel.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    void webSocketRoundTrip();
    void sseEventsAndPause();
    void webSocket2xDocument();
    void targetIsFixedWhileConnected();
    void lastEventIdStaysTheUsers();
    void httpErrorIsSaidInTheForm();

private:
    Test::PythonLiveServers m_servers;
    QTemporaryDir m_dir;
};

/** Skips the case (visibly) when the test servers cannot run here; fails when they should but did not start. */
#define NEED_SERVERS() SIGNALBOX_NEED_LIVE_SERVERS(m_servers)

void TestInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestInspector::cleanupTestCase()
{
    m_servers.stop();
}

void TestInspector::webSocketRoundTrip()
{
    NEED_SERVERS();
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->count() - 1); // custom URL
    in->form()->urlEdit()->setText(u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort));
    QVERIFY(!in->composer()->sendButton()->isEnabled());
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(in->composer()->sendButton()->isEnabled());
    QCOMPARE(in->form()->connectButton()->text(), u"Disconnect"_s);
    QTest::mouseClick(in->composer()->sendButton(), Qt::LeftButton);
    in->composer()->bodyEdit()->setPlainText(u"{\"replyTo\": 7, \"status\": \"maybe\"}"_s);
    QTest::mouseClick(in->composer()->sendButton(), Qt::LeftButton);

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
    in->composer()->binaryBox()->setChecked(true);
    QTest::mouseClick(in->composer()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE(rowsWith(Live::LogEntry::Direction::Incoming).size(), 3);
    QCOMPARE(log->entry(rowsWith(Live::LogEntry::Direction::Incoming).at(2)).event, u"binary"_s);
    QCOMPARE(log->entry(rowsWith(Live::LogEntry::Direction::Incoming).at(2)).message, u"ack"_s);

    // Export the log; disconnect (with the code and reason of the options); import it again.
    QVERIFY(m_dir.isValid());
    QString error;
    const QString path = m_dir.filePath(u"log.jsonl"_s);
    QVERIFY(w.liveLog()->exportTo(path, &error));
    const int rows = log->rowCount();
    in->form()->closeCodeBox()->setValue(4100);
    in->form()->closeReasonEdit()->setText(u"done testing"_s);
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->form()->connectButton()->text(), u"Connect"_s);
    QTRY_VERIFY(log->rowCount() > rows);
    QCOMPARE(log->entry(log->rowCount() - 1).status, u"by you, code 4100: done testing"_s);
    QVERIFY2(w.liveLog()->importFrom(path, &error), qPrintable(error));
    QCOMPARE(log->rowCount(), rows);
}

void TestInspector::sseEventsAndPause()
{
    NEED_SERVERS();
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->count() - 1);
    in->form()->urlEdit()->setText(u"http://127.0.0.1:%1/bad"_s.arg(m_servers.ssePort));
    w.liveLog()->pauseButton()->setChecked(true);
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->form()->stateLabel()->text(), u"Open (Server-Sent Events)"_s);
    QVERIFY(!in->composer()->sendButton()->isEnabled()); // SSE only receives
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
    w.liveSession()->close();
}

void TestInspector::webSocket2xDocument()
{
    // A 2.x document: the inspector offers its subscribe operation (what the application sends),
    // fills the draft from the message's example, and matches what comes back.
    NEED_SERVERS();
    MainWindow w;
    w.show();
    QVERIFY(Test::openInInspector(w, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat-2x.yaml"),
                                  AsyncApi::ElementId::operation(u"sendChat"_s)));
    InspectorWidget *in = w.inspector();
    QVERIFY(in->form()->targetBox()->currentText().contains(u"sendChat"_s));
    QVERIFY(in->form()->targetBox()->currentText().contains(u"2.x subscribe"_s));
    QVERIFY(in->composer()->bodyEdit()->toPlainText().contains(u"Hello, harbour"_s));
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->count() - 1); // custom URL
    in->form()->urlEdit()->setText(u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort));
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY(in->composer()->sendButton()->isEnabled());
    QTest::mouseClick(in->composer()->sendButton(), Qt::LeftButton);
    Live::LogModel *log = w.liveLog()->model();
    auto incoming = [log] {
        for (int r = 0; r < log->rowCount(); ++r) {
            if (log->entry(r).direction == Live::LogEntry::Direction::Incoming)
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(incoming() >= 0);
    QCOMPARE(log->entry(incoming()).message, u"chat"_s);
    QCOMPARE(log->entry(incoming()).check, Live::LogEntry::Check::Conforms);
}

void TestInspector::targetIsFixedWhileConnected()
{
    // While connected the form shows where the connection goes: server, channel and URL cannot be
    // changed (they say why), inspecting another channel says to disconnect, and another document
    // waits until Disconnect.
    NEED_SERVERS();
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->count() - 1); // custom URL
    in->form()->urlEdit()->setText(u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort));
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->form()->stateLabel()->text(), u"Open (WebSocket)"_s);
    for (QWidget *fixed :
         std::initializer_list<QWidget *>{in->form()->serverBox(), in->form()->targetBox(), in->form()->urlEdit()}) {
        QVERIFY(!fixed->isEnabled());
        QVERIFY(fixed->toolTip().startsWith(u"Disconnect"_s));
    }
    QVERIFY(!w.inspector()->form()->selectTarget(AsyncApi::ElementId::channel(u"ticker"_s)));
    w.inspect(AsyncApi::ElementId::channel(u"ticker"_s));
    QCOMPARE(in->form()->currentTarget().toString(), u"channel:room"_s);
    QCOMPARE(in->composer()->messageBox()->currentText(), u"chat"_s);
    QVERIFY2(in->form()->stateLabel()->text().contains(u"Disconnect to inspect ticker"_s),
             qPrintable(in->form()->stateLabel()->text()));
    QString error;
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/ticker.yaml"), &error));
    QTRY_VERIFY(w.currentPane()->document()->analysis() != nullptr);
    QTest::qWait(200);
    QVERIFY(in->form()->analysis()->filePath.endsWith(u"chat.yaml"_s));
    QCOMPARE(in->form()->currentTarget().toString(), u"channel:room"_s);

    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->form()->connectButton()->text(), u"Connect"_s);
    QVERIFY(in->form()->serverBox()->isEnabled());
    QVERIFY(in->form()->targetBox()->isEnabled());
    QTRY_VERIFY(in->form()->analysis()->filePath.endsWith(u"ticker.yaml"_s));
}

void TestInspector::lastEventIdStaysTheUsers()
{
    // /chat?count=5 sends ids after Last-Event-ID, three at a time, then drops the stream.
    NEED_SERVERS();
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->count() - 1);
    in->form()->urlEdit()->setText(u"http://127.0.0.1:%1/chat?count=5"_s.arg(m_servers.ssePort));
    for (const QString &typed : {QString(), u"1"_s}) {
        in->form()->lastEventIdEdit()->setText(typed);
        QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
        const QString last = typed.isEmpty() ? u"3"_s : u"4"_s;
        QTRY_COMPARE_WITH_TIMEOUT(w.liveSession()->lastEventId(), last, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(in->form()->connectButton()->text(), u"Connect"_s, 10000); // dropped
        // Not typed into the field: the next Connect resumes from what the user wrote.
        QCOMPARE(in->form()->lastEventIdEdit()->text(), typed);
        QTRY_VERIFY2(in->form()->lastEventIdEdit()->placeholderText().contains(last),
                     qPrintable(in->form()->lastEventIdEdit()->placeholderText()));
    }
}

void TestInspector::httpErrorIsSaidInTheForm()
{
    NEED_SERVERS();
    MainWindow w;
    w.show();
    QVERIFY(Test::openChat(w));
    InspectorWidget *in = w.inspector();
    in->form()->serverBox()->setCurrentIndex(in->form()->serverBox()->count() - 1);
    in->form()->urlEdit()->setText(u"http://127.0.0.1:%1/missing"_s.arg(m_servers.ssePort));
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(in->form()->connectButton()->text(), u"Connect"_s);
    QTRY_VERIFY2(in->form()->stateLabel()->text().contains(u"404"_s), qPrintable(in->form()->stateLabel()->text()));
}

SIGNALBOX_TEST_MAIN(TestInspector)
#include "tst_inspector.moc"
