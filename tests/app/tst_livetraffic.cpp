// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "inspector/logpanel.h"
#include "live/sequenceview.h"
#include "logentries.h"
#include "mainwindow.h"
#include "mock/mockpanel.h"
#include "skipping.h"
#include "testconfig.h"
#include "translators.h"

#include <asyncapi/document/elementid.h>
#include <diagram/graphpainter.h>
#include <live/logio.h>

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Signalbox;
using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;
using AsyncApi::ElementId;
using AsyncApi::GraphEdge;

/**
 * A session's traffic in the window: a recorded log replayed onto the graph (counts on nodes and
 * edges, red badges, the "unknown" box), a click that filters the log, and counts that go with it.
 */
class TestLiveTraffic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRecordedLogOfTenThousandOnTheGraph();
    void replayKeepsTheLogsPace();
    void aSharedMessageCountsOnItsOneBox();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString Rooms = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/rooms.yaml");

using Test::message;

QString edge(const QString &from, const QString &to, GraphEdge::Kind kind)
{
    return Traffic::edgeKey(from, to, int(kind));
}

/** The middle of the drawn edge, in the view's viewport. */
QPoint edgeMiddle(GraphView *view, const QString &key)
{
    for (qsizetype i = 0; i < view->model().edges.size(); ++i) {
        if (GraphView::edgeKey(view->model().edges[i]) == key) {
            QPolygonF arrow;
            const QPainterPath path = Diagram::edgePath(view->layout().edges.value(i), &arrow);
            return view->mapFromScene(path.pointAtPercent(0.5));
        }
    }
    return {};
}

} // namespace

void TestLiveTraffic::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    installTranslators(QLocale(QLocale::English), qApp); // as the application does: plural forms
}

void TestLiveTraffic::aRecordedLogOfTenThousandOnTheGraph()
{
    // The inspector's log of a session with tests/data/mock/rooms.yaml, 10,000 messages, one in
    // ten not conforming: 500 pings and their 500 pongs (answered out of turn, each after a known
    // time), 8,000 chat messages, 900 ticks on the SSE feed and 100 messages no message of the
    // room matches.
    std::vector<LogEntry> log;
    std::vector<qint64> latencies;
    const qint64 start = 1'790'000'000'000;
    qint64 t = start;
    for (int k = 0; k < 500; k += 2) {
        const qint64 at = t += 300;
        for (int n : {k, k + 1}) {
            const qint64 sent = at + (n - k);
            const qint64 latency = (n * 37) % 250 + 1;
            latencies.push_back(latency);
            log.push_back(message(sent, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s,
                                  R"({"op":"ping","id":"p)" + QByteArray::number(n) + "\"}",
                                  n % 50 == 0 ? LogEntry::Check::Invalid : LogEntry::Check::Conforms));
            log.push_back(message(sent + latency, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s,
                                  R"({"op":"pong","re":"p)" + QByteArray::number(n) + "\"}"));
        }
    }
    for (int i = 0; i < 8000; ++i)
        log.push_back(message(t += 1, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s,
                              R"({"text":"hello","from":"ann"})",
                              i % 10 == 9 ? LogEntry::Check::Invalid : LogEntry::Check::Conforms));
    for (int i = 0; i < 900; ++i)
        log.push_back(message(t += 1, LogEntry::Direction::Incoming, u"ticks"_s, u"tick"_s,
                              "{\"n\":" + QByteArray::number(i) + '}',
                              i % 10 == 9 ? LogEntry::Check::Invalid : LogEntry::Check::Conforms));
    for (int i = 0; i < 100; ++i)
        log.push_back(message(t += 1, LogEntry::Direction::Incoming, u"room"_s, QString(), R"({"op":"mystery"})",
                              LogEntry::Check::Unknown));
    std::stable_sort(log.begin(), log.end(), [](const LogEntry &a, const LogEntry &b) { return a.timeMs < b.timeMs; });
    QCOMPARE(log.size(), std::size_t(10'000));
    QCOMPARE(
        std::count_if(log.cbegin(), log.cend(), [](const LogEntry &e) { return e.check != LogEntry::Check::Conforms; }),
        1000);

    // Saved as the log's export saves it, read back as a replay reads it.
    const QString path = m_dir.filePath(u"session.jsonl"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(writeJsonLines(f, log));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString problem;
    std::vector<LogEntry> recorded = readJsonLines(f, &problem, 100'000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(recorded.size(), log.size());

    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QString error;
    QVERIFY2(w.openFile(Rooms, &error), qPrintable(error));
    EditorPane *pane = w.currentPane();
    QVERIFY(pane);
    GraphView *view = pane->graph()->view();
    QTRY_VERIFY(view->model().indexOf(ElementId::channel(u"room"_s).toString()) >= 0 && !view->isBusy());
    QTRY_VERIFY(!view->items().isEmpty());

    LogPanel *panel = w.liveLog();
    panel->replay(std::move(recorded), 10);
    QVERIFY(panel->replayer()->isRunning());
    QVERIFY(panel->replayBar()->isVisibleTo(panel));
    panel->replayer()->finish();
    QVERIFY(!panel->replayer()->isRunning());
    panel->model()->flush();
    QTRY_COMPARE(panel->model()->rowCount(), 10'000);
    view->refreshTraffic();

    const QString app = ElementId::application().toString();
    const QString room = ElementId::channel(u"room"_s).toString();
    const QString ticks = ElementId::channel(u"ticks"_s).toString();
    const QString chat = ElementId::message(u"room"_s, u"chat"_s).toString();
    const QString ping = ElementId::message(u"room"_s, u"ping"_s).toString();
    const QString pong = ElementId::message(u"room"_s, u"pong"_s).toString();
    const QString tick = ElementId::message(u"ticks"_s, u"tick"_s).toString();
    const QString sendChat = ElementId::operation(u"sendChat"_s).toString();
    const QString answerPing = ElementId::operation(u"answerPing"_s).toString();
    const QString sendTicks = ElementId::operation(u"sendTicks"_s).toString();
    const QString unknown = Traffic::unknownKey(u"room"_s);
    const struct
    {
        QString key;
        qint64 count;
        qint64 nonConforming;
    } expected[] = {
        {room, 9100, 910},
        {ticks, 900, 90},
        {chat, 8000, 800},
        {ping, 500, 10},
        {pong, 500, 0},
        {tick, 900, 90},
        {unknown, 100, 100},
        {sendChat, 8000, 800},
        {answerPing, 1000, 10},
        {sendTicks, 900, 90},
        {edge(app, sendChat, GraphEdge::Kind::Performs), 8000, 800},
        {edge(app, answerPing, GraphEdge::Kind::Performs), 1000, 10},
        {edge(sendChat, room, GraphEdge::Kind::OperationChannel), 8000, 800},
        {edge(answerPing, room, GraphEdge::Kind::OperationChannel), 500, 10},
        {edge(answerPing, room, GraphEdge::Kind::OperationReply), 500, 0},
        {edge(sendTicks, ticks, GraphEdge::Kind::OperationChannel), 900, 90},
        {edge(room, chat, GraphEdge::Kind::ChannelMessage), 8000, 800},
        {edge(room, ping, GraphEdge::Kind::ChannelMessage), 500, 10},
        {edge(ticks, tick, GraphEdge::Kind::ChannelMessage), 900, 90},
    };
    for (const auto &x : expected) {
        const TrafficFigure shown = view->shownTraffic(x.key);
        QVERIFY2(shown.count == x.count && shown.nonConforming == x.nonConforming,
                 qPrintable(u"%1: %2 (%3 bad), expected %4 (%5)"_s.arg(QString(x.key).replace(u'\x1f', u" → "_s))
                                .arg(shown.count)
                                .arg(shown.nonConforming)
                                .arg(x.count)
                                .arg(x.nonConforming)));
    }
    // Every edge that is drawn and had traffic shows it; nothing went to the application alone.
    QCOMPARE(view->unknownBoxes(), QStringList{unknown});
    QCOMPARE(view->shownTraffic(app).count, 0);

    // The pairs, each with its own latency though answered out of turn.
    const TrafficStats::Pairs pairs = panel->traffic()->stats().pairs().value(u"answerPing"_s);
    QCOMPARE(pairs.answered, 500);
    QCOMPARE(pairs.unanswered, 0);
    std::vector<qint64> got = pairs.latencies;
    std::sort(got.begin(), got.end());
    std::sort(latencies.begin(), latencies.end());
    QCOMPARE(got, latencies);
    QCOMPARE(pairs.percentile(50), latencies[249]);
    QCOMPARE(pairs.percentile(95), latencies[474]);
    qint64 paired = 0;
    for (const Traffic::Event &e : panel->traffic()->events()) {
        if (e.request) {
            const Traffic::Event *reply = panel->traffic()->event(e.answerSerial);
            QVERIFY(reply);
            QCOMPARE(reply->requestSerial, e.serial);
            QCOMPARE(reply->latencyMs, reply->timeMs - e.timeMs);
            ++paired;
        }
    }
    QCOMPARE(paired, 500);

    // The sequence view beside the graph: every message a row, each reply with its latency, and
    // the operation's figures.
    SequenceView *sequence = pane->sequence();
    pane->sideTabs()->setCurrentWidget(sequence);
    QTRY_COMPARE(sequence->rowCount(), 10'000);
    QCOMPARE(sequence->lifelines(), (QStringList{u"Client"_s, u"room"_s, u"ticks"_s, u"Application"_s}));
    QCOMPARE(sequence->summaryText(),
             u"answerPing: 500 pairs · p50 %1 ms · p95 %2 ms · 0 unanswered · 0 waiting"_s.arg(latencies[249])
                 .arg(latencies[474]));
    int replies = 0;
    for (int r = 0; r < sequence->rowCount(); ++r) {
        const Traffic::Event &e = panel->traffic()->events()[std::size_t(r)];
        if (!e.reply)
            continue;
        ++replies;
        const QString row = sequence->rowText(r);
        QVERIFY2(row.startsWith(u"Application → Client · room · pong"_s) && row.endsWith(u"↩ %1 ms"_s.arg(e.latencyMs)),
                 qPrintable(row));
    }
    QCOMPARE(replies, 500);
    if (const QString dir = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !dir.isEmpty()) {
        sequence->verticalScrollBar()->setValue(0); // the pings and their pongs
        QTest::qWait(50);
        w.grab().save(dir + u"/live-sequence.png"_s);
    }
    pane->sideTabs()->setCurrentWidget(pane->graph());

    // The pane says which log the counts are of.
    QVERIFY(pane->graph()->trafficLabel()->isVisibleTo(pane->graph()));
    QCOMPARE(pane->graph()->trafficLabel()->text(), u"Live Log: %1"_s.arg(QLocale().toString(10'000)));

    // Hovering tells the count, the rate and the last message.
    const QString text = view->trafficText(room);
    QVERIFY2(text.contains(u"9100"_s) && text.contains(u"910"_s) && text.contains(u"Last: "_s), qPrintable(text));
    const QString operation = view->trafficText(answerPing);
    QVERIFY2(operation.contains(u"1000 messages"_s) &&
                 operation.contains(u"%1 requests, %1 replies"_s.arg(QLocale().toString(500))),
             qPrintable(operation));

    // A click on an edge shows exactly its messages in the log; on a node, its own.
    const QPoint middle = edgeMiddle(view, edge(answerPing, room, GraphEdge::Kind::OperationReply));
    QVERIFY(!middle.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, middle);
    QVERIFY2(panel->trafficFilterLabel().contains(u"answerPing"_s), qPrintable(panel->trafficFilterLabel()));
    QCOMPARE(panel->view()->model()->rowCount(), 500);
    for (int r = 0; r < 500; r += 97)
        QCOMPARE(panel->view()->model()->index(r, int(LogModel::Message)).data().toString(), u"pong"_s);
    const QRectF box = view->layout().nodes.value(ticks);
    QVERIFY(box.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(box.center()));
    QCOMPARE(panel->view()->model()->rowCount(), 900);
    panel->setTrafficFilter({}, {});
    QCOMPARE(panel->view()->model()->rowCount(), 10'000);

    if (const QString dir = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(dir + u"/live-traffic.png"_s);

    // The counts go with the log.
    panel->clearLog();
    view->refreshTraffic();
    QCOMPARE(view->shownTraffic(room).count, 0);
    QCOMPARE(view->shownTraffic(edge(sendChat, room, GraphEdge::Kind::OperationChannel)).count, 0);
    QVERIFY(view->unknownBoxes().isEmpty());
    QVERIFY(view->trafficShownOn().isEmpty());
    QVERIFY(pane->graph()->trafficLabel()->isHidden());

    // With the inspector idle and its log empty, the mock's log is the one counted (and said so).
    std::vector<LogEntry> served{message(start, LogEntry::Direction::Incoming, u"room"_s, u"ping"_s, "{}"),
                                 message(start + 1, LogEntry::Direction::Outgoing, u"room"_s, u"chat"_s, "{}")};
    w.mockPanel()->log()->append(served);
    view->refreshTraffic();
    QCOMPARE(view->shownTraffic(answerPing).count, 1);
    QCOMPARE(view->shownTraffic(sendChat).count, 1);
    QCOMPARE(pane->graph()->trafficLabel()->text(), u"Mock Server log: 2"_s);
}

void TestLiveTraffic::replayKeepsTheLogsPace()
{
    // Three messages 400 ms apart, at 10×: the last comes after 80 ms, not at once.
    MainWindow w;
    w.show();
    LogPanel *panel = w.liveLog();
    std::vector<LogEntry> log;
    for (int i = 0; i < 3; ++i)
        log.push_back(message(1'790'000'000'000 + i * 400, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, "{}"));
    QElapsedTimer clock;
    clock.start();
    panel->replay(log, 10);
    QCOMPARE(panel->replayer()->played(), std::size_t(1));
    QTRY_VERIFY_WITH_TIMEOUT(!panel->replayer()->isRunning(), 5000);
    QVERIFY2(clock.elapsed() >= 75, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(panel->traffic()->messageCount(), 3);
    QTRY_VERIFY(panel->replayBar()->isHidden());

    // A ping answered 25 s later in the log's time (the reply timeout is 30 s): paused between them
    // for 3.2 s, which at 10× would be 32 s of the log's time if the pause did not stop its clock.
    QVERIFY(w.openFile(Rooms, nullptr));
    QTRY_VERIFY(w.currentPane()->lastGood().analysis && !w.currentPane()->lastGood().stale);
    std::vector<LogEntry> slow{
        message(1'790'000'000'000, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s, R"({"op":"ping","id":"s"})"),
        message(1'790'000'000'500, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, "{}"),
        message(1'790'000'025'000, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s, R"({"op":"pong","re":"s"})"),
    };
    panel->replay(slow, 10);
    QTRY_COMPARE(panel->replayer()->played(), std::size_t(2));
    panel->replayer()->setPaused(true);
    QTest::qWait(3200); // the expiry looks every second
    QCOMPARE(panel->traffic()->stats().pairs().value(u"answerPing"_s).unanswered, 0);
    panel->replayer()->finish();
    QCOMPARE(panel->traffic()->stats().pairs().value(u"answerPing"_s).latencies, std::vector<qint64>{25'000});
}

void TestLiveTraffic::aSharedMessageCountsOnItsOneBox()
{
    // Two channels refer to one message: the graph draws it once, with an arrow from each channel;
    // its box counts both, each arrow its own channel's, and a click on an arrow filters to those.
    const QString path = m_dir.filePath(u"shared.yaml"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"(asyncapi: 3.0.0
info: {title: Shared, version: '1'}
channels:
  north:
    address: /north
    messages:
      note: {$ref: '#/components/messages/note'}
  south:
    address: /south
    messages:
      note: {$ref: '#/components/messages/note'}
operations:
  takeNorth:
    action: receive
    channel: {$ref: '#/channels/north'}
  takeSouth:
    action: receive
    channel: {$ref: '#/channels/south'}
components:
  messages:
    note:
      payload: {type: string}
)");
    }
    MainWindow w;
    w.resize(1200, 800);
    w.show();
    QString error;
    QVERIFY2(w.openFile(path, &error), qPrintable(error));
    GraphView *view = w.currentPane()->graph()->view();
    QTRY_VERIFY(view->model().indexOf(ElementId::channel(u"south"_s).toString()) >= 0 && !view->isBusy());
    QTRY_VERIFY(!view->items().isEmpty());
    const QString north = ElementId::channel(u"north"_s).toString();
    const QString south = ElementId::channel(u"south"_s).toString();
    const QString note = ElementId::message(u"north"_s, u"note"_s).toString();
    QCOMPARE(view->model().aliases.value(ElementId::message(u"south"_s, u"note"_s).toString()), note);

    std::vector<LogEntry> log;
    for (int i = 0; i < 5; ++i)
        log.push_back(message(1'790'000'000'000 + i, LogEntry::Direction::Outgoing, i < 3 ? u"north"_s : u"south"_s,
                              u"note"_s, "\"hi\""));
    w.liveLog()->append(log);
    w.liveLog()->model()->flush();
    view->refreshTraffic();
    QCOMPARE(view->shownTraffic(note).count, 5);
    QCOMPARE(view->shownTraffic(edge(north, note, GraphEdge::Kind::ChannelMessage)).count, 3);
    const QString southArrow = edge(south, note, GraphEdge::Kind::ChannelMessage);
    QCOMPARE(view->shownTraffic(southArrow).count, 2);
    QCOMPARE(view->shownTraffic(ElementId::operation(u"takeSouth"_s).toString()).count, 2);

    const QPoint middle = edgeMiddle(view, southArrow);
    QVERIFY(!middle.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, middle);
    QCOMPARE(w.liveLog()->view()->model()->rowCount(), 2);
    // The message's box: all five.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(view->layout().nodes.value(note).center()));
    QCOMPARE(w.liveLog()->view()->model()->rowCount(), 5);
}

SIGNALBOX_TEST_MAIN(TestLiveTraffic)
#include "tst_livetraffic.moc"
