// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The mock server's panel in the real window: it serves tests/data/mock/rooms.yaml on 127.0.0.1,
// the inspector connects to it in one click, and what the panel says follows what the mock does.
#include "editorpane.h"
#include "inspector/connectionform.h"
#include "inspector/inspectorwidget.h"
#include "inspector/logpanel.h"
#include "mainwindow.h"
#include "mock/mockpanel.h"
#include "testconfig.h"
#include "translators.h"

#include <live/livesession.h>
#include <live/logmodel.h>
#include <workspace/editordocument.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWebSocket>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

class TestMockPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serveAndConnectInspector();
    void portTakenIsSaid();
    void editedWhileRunningOffersRestart();
    void keepsServingAnotherDocument();
    void invalidOnPurposeStandsOut();
    void parameterWithoutValueIsLeftToTheUser();

private:
    /// rooms.yaml open in \a w, analysed; null when that did not happen.
    static EditorPane *openRooms(MainWindow &w);
    /// The row of \a panel's URL table whose channel is \a channel, or -1.
    static int routeRow(const MockPanel *panel, const QString &channel);
};

void TestMockPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Signalbox::installTranslators(QLocale(QLocale::English), qApp); // as the application does: plural forms
}

void TestMockPanel::init()
{
    QSettings().remove(u"mock"_s);
}

EditorPane *TestMockPanel::openRooms(MainWindow &w)
{
    if (!w.openFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/mock/rooms.yaml")))
        return nullptr;
    EditorPane *pane = w.currentPane();
    if (!QTest::qWaitFor([pane] { return pane->lastGood().analysis != nullptr; }, 5000))
        return nullptr;
    return pane;
}

int TestMockPanel::routeRow(const MockPanel *panel, const QString &channel)
{
    for (int r = 0; r < panel->routesTable()->rowCount(); ++r) {
        if (panel->routesTable()->item(r, MockPanel::ChannelColumn)->text() == channel)
            return r;
    }
    return -1;
}

void TestMockPanel::serveAndConnectInspector()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(openRooms(w));
    MockPanel *panel = w.mockPanel();
    QVERIFY(w.mockAction()->isEnabled());
    // The document's WebSocket and SSE servers, besides all of them.
    QCOMPARE(panel->serverBox()->count(), 3);
    panel->credentialEdit()->setText(u"s3cret-token"_s);
    panel->rateBox()->setValue(20);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY2(panel->isRunning(), qPrintable(panel->problemLabel()->text()));
    QCOMPARE(w.mockAction()->text(), u"Stop &Mock Server"_s);
    const quint16 port = panel->mock()->port();
    QVERIFY(port > 0);
    QVERIFY(panel->stateLabel()->text().contains(u"rooms.yaml"_s));
    QVERIFY(!panel->serverBox()->isEnabled()); // its options are the running mock's
    QCOMPARE(QSettings().value(u"mock/port"_s).toInt(), int(port));

    // One row per route, with the URL it serves, {parameters} as the document writes them.
    QCOMPARE(panel->routesTable()->rowCount(), 2);
    const int ws = routeRow(panel, u"room"_s);
    const int sse = routeRow(panel, u"ticks"_s);
    QVERIFY(ws >= 0 && sse >= 0);
    QCOMPARE(panel->routesTable()->item(ws, MockPanel::KindColumn)->text(), u"WebSocket"_s);
    QCOMPARE(panel->routesTable()->item(ws, MockPanel::UrlColumn)->text(),
             u"ws://127.0.0.1:%1/rooms/{roomId}"_s.arg(port));
    QCOMPARE(panel->routesTable()->item(sse, MockPanel::KindColumn)->text(), u"SSE"_s);
    QCOMPARE(panel->routesTable()->item(sse, MockPanel::UrlColumn)->text(), u"http://127.0.0.1:%1/ticks"_s.arg(port));
    auto *copy =
        panel->routesTable()->cellWidget(sse, MockPanel::ActionsColumn)->findChild<QToolButton *>(u"mockCopyUrl"_s);
    QVERIFY(copy);
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), u"http://127.0.0.1:%1/ticks"_s.arg(port));

    // Connect Inspector: the inspector opens on the channel, pointed at the mock, with the token
    // given in the panel, and connects without asking about clear text (it is this machine).
    QString asked;
    QTimer watchdog;
    connect(&watchdog, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->reject();
        }
    });
    watchdog.start(50);
    auto *inspect = panel->routesTable()
                        ->cellWidget(ws, MockPanel::ActionsColumn)
                        ->findChild<QToolButton *>(u"mockConnectInspector"_s);
    QVERIFY(inspect);
    QTest::mouseClick(inspect, Qt::LeftButton);
    InspectorWidget *in = w.inspector();
    QTRY_VERIFY(in->isVisible());
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:%1/rooms/lobby"_s.arg(port));
    QTRY_COMPARE_WITH_TIMEOUT(w.liveSession()->state(), Live::LiveConnection::State::Open, 5000);
    QVERIFY2(asked.isEmpty(), qPrintable(asked));
    QCOMPARE(in->form()->standIn().port(), int(port));

    // Messages arrive, and conform.
    Live::LogModel *log = w.liveLog()->model();
    auto conforming = [log] {
        int n = 0;
        for (int r = 0; r < log->rowCount(); ++r) {
            const Live::LogEntry &e = log->entry(r);
            if (e.direction == Live::LogEntry::Direction::Incoming) {
                if (e.check != Live::LogEntry::Check::Conforms || e.message != u"chat"_s)
                    return -1;
                ++n;
            }
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(conforming() >= 3, 5000);
    // The panel: one client on the room channel, its counts going up; the mock's own log.
    QTRY_COMPARE(panel->clientsTable()->rowCount(), 1);
    QCOMPARE(panel->clientsTable()->item(0, 3)->text(), u"room"_s);
    QVERIFY(panel->tabs()->tabText(panel->tabs()->indexOf(panel->clientsTable())).contains(u"(1)"_s));
    const qint64 sent = panel->tally().sent;
    QTRY_VERIFY(panel->tally().sent > sent);
    QTRY_VERIFY(panel->countsLabel()->text().contains(u"1 client "_s)); // not "1 clients"
    QVERIFY(panel->countsLabel()->text().contains(u"sent "_s));
    QTRY_VERIFY(panel->log()->model()->rowCount() > 3);
    QCOMPARE(panel->log()->model()->entry(0).event, u"serving"_s);
    QCOMPARE(panel->log()->model()->entry(1).event, u"listening"_s); // the mock's own, with its URL
    if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty()) {
        w.findChild<QDockWidget *>(u"mockDock"_s)->raise();
        for (const QSize size : {QSize(1600, 1000), QSize(1280, 800)}) {
            w.resize(size);
            QTest::qWait(400);
            QVERIFY(w.grab().save(shots + u"/mock-panel-%1.png"_s.arg(size.width())));
        }
        panel->tabs()->setCurrentWidget(panel->log());
        QTest::qWait(400);
        QVERIFY(w.grab().save(shots + u"/mock-panel-log.png"_s));
        panel->tabs()->setCurrentIndex(0);
        QTest::qWait(100);
        QVERIFY(w.grab().save(shots + u"/mock-panel-options.png"_s));
    }

    // Stop: the clients are gone, the inspector's connection ends, the port stays remembered.
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->clientsTable()->rowCount(), 0);
    QCOMPARE(panel->routesTable()->rowCount(), 0);
    QVERIFY(!panel->countsLabel()->text().contains(u"client"_s));
    QTRY_COMPARE_WITH_TIMEOUT(w.liveSession()->state(), Live::LiveConnection::State::Closed, 5000);
    QCOMPARE(w.mockAction()->text(), u"Start &Mock Server"_s);
    // Started again with "any free port": the one used before, so that the inspector's URL still holds.
    w.mockAction()->trigger();
    QVERIFY(panel->isRunning());
    QCOMPARE(panel->mock()->port(), port);
    w.close();
    QVERIFY(!panel->isRunning()); // stopped with the window
}

void TestMockPanel::portTakenIsSaid()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    MainWindow w;
    w.show();
    QVERIFY(openRooms(w));
    MockPanel *panel = w.mockPanel();
    panel->portBox()->setValue(taken.serverPort());
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY(!panel->problemLabel()->isHidden());
    QVERIFY2(panel->problemLabel()->text().contains(QString::number(taken.serverPort())),
             qPrintable(panel->problemLabel()->text()));
    QCOMPARE(panel->startButton()->text(), u"Start"_s);
    // A close code that is not one: said before anything listens.
    panel->portBox()->setValue(0);
    panel->dropEveryBox()->setValue(5);
    for (const int code : {999, 1005, 2000}) {
        panel->closeCodeBox()->setValue(code);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY(!panel->isRunning());
        QVERIFY2(panel->problemLabel()->text().contains(u"3000"_s), qPrintable(panel->problemLabel()->text()));
    }
    // A replay log that is not there.
    panel->closeCodeBox()->setValue(0);
    panel->replayEdit()->setText(u"/nonexistent/recorded.jsonl"_s);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QVERIFY2(panel->problemLabel()->text().contains(u"recorded.jsonl"_s), qPrintable(panel->problemLabel()->text()));
    // All well: it starts, and the problem goes.
    panel->replayEdit()->clear();
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(panel->problemLabel()->isHidden());
}

void TestMockPanel::editedWhileRunningOffersRestart()
{
    MainWindow w;
    w.show();
    EditorPane *pane = openRooms(w);
    QVERIFY(pane);
    pane->setTypingPause(20);
    MockPanel *panel = w.mockPanel();
    QVERIFY(panel->start());
    const auto served = panel->servedAnalysis();
    QVERIFY(panel->changedLabel()->isHidden());
    QVERIFY(panel->restartButton()->isHidden());
    // A new channel: the mock keeps serving what it started with, and says so.
    const QString text = pane->document()->text();
    const qsizetype at = text.indexOf(u"operations:"_s);
    QVERIFY(at > 0);
    pane->document()->applyEdits(
        {{at, at, u"  news:\n    address: /news\n    servers:\n      - $ref: '#/servers/feed'\n"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(!panel->changedLabel()->isHidden(), 5000);
    QVERIFY(!panel->restartButton()->isHidden());
    QVERIFY(panel->changedLabel()->text().contains(u"rooms.yaml"_s));
    QCOMPARE(panel->servedAnalysis(), served);
    QCOMPARE(panel->routesTable()->rowCount(), 2);
    // Restart serves the new text.
    QTest::mouseClick(panel->restartButton(), Qt::LeftButton);
    QVERIFY(panel->isRunning());
    QVERIFY(panel->changedLabel()->isHidden());
    QCOMPARE(panel->servedAnalysis(), pane->lastGood().analysis);
    QCOMPARE(panel->routesTable()->rowCount(), 3);
    QVERIFY(routeRow(panel, u"news"_s) >= 0);
}

void TestMockPanel::keepsServingAnotherDocument()
{
    MainWindow w;
    w.show();
    EditorPane *rooms = openRooms(w);
    QVERIFY(rooms);
    MockPanel *panel = w.mockPanel();
    QVERIFY(panel->start());
    const quint16 port = panel->mock()->port();
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml")));
    QVERIFY(w.currentPane() != rooms);
    QVERIFY(panel->isRunning());
    QCOMPARE(panel->mock()->port(), port);
    QVERIFY(panel->stateLabel()->text().contains(u"rooms.yaml"_s));
    QVERIFY(panel->stateLabel()->text().contains(u"not the document shown"_s));
    // Stopped, Start is for the document shown.
    panel->stop();
    QVERIFY(panel->stateLabel()->text().contains(u"chat.yaml"_s));
}

void TestMockPanel::invalidOnPurposeStandsOut()
{
    MainWindow w;
    w.show();
    QVERIFY(openRooms(w));
    MockPanel *panel = w.mockPanel();
    panel->rateBox()->setValue(50);
    panel->invalidEveryBox()->setValue(2);
    panel->serverBox()->setCurrentIndex(panel->serverBox()->findData(u"feed"_s));
    QVERIFY(panel->start());
    QCOMPARE(panel->routesTable()->rowCount(), 1); // the feed only
    // A client of our own on the SSE route; a refused one on a path that is not served.
    QWebSocket refused;
    refused.open(QUrl(u"ws://127.0.0.1:%1/nothing-here"_s.arg(panel->mock()->port())));
    QTRY_VERIFY_WITH_TIMEOUT(panel->tally().refused == 1, 5000);
    QTcpSocket sse;
    sse.connectToHost(QHostAddress::LocalHost, panel->mock()->port());
    QVERIFY(sse.waitForConnected(3000));
    sse.write("GET /ticks HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(panel->tally().invalidSent >= 2, 5000);
    Live::LogModel *log = panel->log()->model();
    int invalid = 0;
    int conforming = 0;
    auto count = [&] {
        log->flush();
        invalid = conforming = 0;
        for (int r = 0; r < log->rowCount(); ++r) {
            const Live::LogEntry &e = log->entry(r);
            if (e.direction != Live::LogEntry::Direction::Outgoing)
                continue;
            if (e.check == Live::LogEntry::Check::Invalid && !e.errors.isEmpty())
                ++invalid;
            else
                ++conforming;
        }
        return invalid >= 2 && conforming >= 2; // the log panel takes them in batches
    };
    QTRY_VERIFY_WITH_TIMEOUT(count(), 5000);
    QTRY_VERIFY(panel->countsLabel()->text().contains(u"invalid on purpose"_s));
    QVERIFY(panel->countsLabel()->text().contains(u"refused 1"_s));
}

void TestMockPanel::parameterWithoutValueIsLeftToTheUser()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/mock/items.yaml")));
    QTRY_VERIFY(w.currentPane()->lastGood().analysis != nullptr);
    MockPanel *panel = w.mockPanel();
    panel->rateBox()->setValue(20);
    QVERIFY(panel->start());
    const quint16 port = panel->mock()->port();
    QCOMPARE(panel->routesTable()->rowCount(), 1);
    QCOMPARE(panel->routesTable()->item(0, MockPanel::UrlColumn)->text(),
             u"ws://127.0.0.1:%1/items/{itemId}"_s.arg(port));
    auto *inspect = panel->routesTable()
                        ->cellWidget(0, MockPanel::ActionsColumn)
                        ->findChild<QToolButton *>(u"mockConnectInspector"_s);
    QTest::mouseClick(inspect, Qt::LeftButton);
    InspectorWidget *in = w.inspector();
    QTRY_VERIFY(in->isVisible());
    // Nothing to start from: not connected, the parameter's field is the user's to fill in.
    QTest::qWait(200);
    QCOMPARE(w.liveSession()->state(), Live::LiveConnection::State::Closed);
    auto *item = in->findChild<QComboBox *>(u"param:itemId"_s);
    QVERIFY(item);
    QTRY_VERIFY(item->hasFocus() || item->lineEdit()->hasFocus());
    QTest::keyClicks(item->lineEdit(), u"a7"_s);
    // The URL follows the parameter, still to the mock (a wss server: the mock serves it as ws).
    QTRY_COMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:%1/items/a7"_s.arg(port));
    QTest::mouseClick(in->form()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.liveSession()->state(), Live::LiveConnection::State::Open, 5000);
    Live::LogModel *log = w.liveLog()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        [log] {
            for (int r = 0; r < log->rowCount(); ++r) {
                const Live::LogEntry &e = log->entry(r);
                if (e.direction == Live::LogEntry::Direction::Incoming && e.message == u"changed"_s &&
                    e.check == Live::LogEntry::Check::Conforms)
                    return true;
            }
            return false;
        }(),
        5000);
    // Connect Inspector again while connected: the connection is closed and made again…
    const int rows = log->rowCount();
    QTest::mouseClick(inspect, Qt::LeftButton);
    auto closedSince = [log, rows] {
        for (int r = rows; r < log->rowCount(); ++r) {
            if (log->entry(r).direction == Live::LogEntry::Direction::Connection && log->entry(r).event == u"closed"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(closedSince(), 5000);
    // …with the value the user gave the parameter.
    QTRY_COMPARE_WITH_TIMEOUT(w.liveSession()->state(), Live::LiveConnection::State::Open, 5000);
    QCOMPARE(in->form()->urlEdit()->text(), u"ws://127.0.0.1:%1/items/a7"_s.arg(port));
}

QTEST_MAIN(TestMockPanel)
#include "tst_mockpanel.moc"
