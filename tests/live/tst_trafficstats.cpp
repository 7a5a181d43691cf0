// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logentries.h"
#include "testconfig.h"

#include <asyncapi/analysis.h>
#include <asyncapi/document/elementid.h>
#include <asyncapi/graph/graphmodel.h>
#include <live/logreplay.h>
#include <live/traffic.h>
#include <live/trafficstats.h>

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Signalbox;
using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

/** Counting a session's log: by channel and message, and requests paired with their replies. */
class TestTrafficStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aRecordedSessionOfTenThousand();
    void repliesWithoutCorrelationIdGoInTurn();
    void percentiles_data();
    void percentiles();
    void placesEachMessageInTheDocument();
    void placesTwoXOperationsByWhoSends();
    void rateOverTheLastTenSeconds();
    void eventsBeyondTheLimitGo();
    void replayGivesOutInTime();

private:
    std::shared_ptr<const AsyncApi::Analysis> m_rooms;
};

namespace {

using Test::message;

} // namespace

void TestTrafficStats::initTestCase()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/rooms.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_rooms = AsyncApi::analyze(f.readAll());
    QVERIFY(m_rooms->isValid());
}

void TestTrafficStats::aRecordedSessionOfTenThousand()
{
    // 10,000 messages: 9,000 chat messages received (every 10th not conforming), 500 pings sent
    // and their 500 pongs, answered out of turn, each after (k % 100) + 1 ms; then 5 pings that
    // nobody answers, and a connection event that is no message.
    TrafficStats stats(m_rooms->spec.get(), 1000);
    std::vector<LogEntry> log;
    qint64 t = 1'000'000;
    for (int i = 0; i < 9000; ++i)
        log.push_back(message(t += 2, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, R"({"text":"x","from":"y"})",
                              i % 10 == 9 ? LogEntry::Check::Invalid : LogEntry::Check::Conforms));
    std::vector<qint64> expected;
    for (int k = 0; k < 500; k += 2) {
        // Two pings, then the second's pong before the first's.
        const qint64 start = t += 200;
        auto ping = [&](int n, qint64 at) {
            log.push_back(message(at, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s,
                                  QByteArray(R"({"op":"ping","id":"p)" + QByteArray::number(n) + "\"}")));
        };
        auto pong = [&](int n, qint64 at) {
            log.push_back(message(at, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s,
                                  QByteArray(R"({"op":"pong","re":"p)" + QByteArray::number(n) + "\"}")));
        };
        ping(k, start);
        ping(k + 1, start + 1);
        const qint64 first = k % 100 + 1;
        const qint64 second = (k + 1) % 100 + 1;
        pong(k + 1, start + 1 + second);
        pong(k, start + first);
        expected.push_back(second);
        expected.push_back(first);
    }
    std::sort(log.begin() + 9000, log.end(), [](const LogEntry &a, const LogEntry &b) { return a.timeMs < b.timeMs; });
    // Sorted by time, the pairs' order of answers changes: compare as sets of latencies.
    for (int n = 0; n < 5; ++n)
        log.push_back(message(t += 100, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s,
                              QByteArray(R"({"op":"ping","id":"lost)" + QByteArray::number(n) + "\"}")));
    LogEntry open;
    open.direction = LogEntry::Direction::Connection;
    open.event = u"open"_s;
    log.push_back(open);
    QCOMPARE(log.size(), std::size_t(9000 + 1000 + 5 + 1));
    stats.add(log);

    QCOMPARE(stats.all().in, 9500);
    QCOMPARE(stats.all().out, 505);
    QCOMPARE(stats.all().nonConforming, 900);
    QCOMPARE(stats.channels().size(), 1);
    QCOMPARE(stats.messages().value(u"room"_s).value(u"chat"_s).in, 9000);
    QCOMPARE(stats.messages().value(u"room"_s).value(u"chat"_s).nonConforming, 900);
    QCOMPARE(stats.messages().value(u"room"_s).value(u"ping"_s).out, 505);
    QCOMPARE(stats.messages().value(u"room"_s).value(u"pong"_s).in, 500);

    const TrafficStats::Pairs pairs = stats.pairs().value(u"answerPing"_s);
    QCOMPARE(pairs.answered, 500);
    std::vector<qint64> got = pairs.latencies;
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(got, expected); // each pong with its own ping, though answered out of turn
    QCOMPARE(pairs.percentile(50), expected[249]);
    QCOMPARE(pairs.percentile(95), expected[474]);
    QCOMPARE(stats.waiting(), 5);
    stats.expire(t + 1001);
    QCOMPARE(stats.pairs().value(u"answerPing"_s).unanswered, 5);
    QCOMPARE(stats.waiting(), 0);

    const QJsonObject json = stats.toJson();
    QCOMPARE(json[u"in"_s].toInteger(), 9500);
    QCOMPARE(json[u"channels"_s][u"room"_s][u"messages"_s][u"chat"_s][u"nonConforming"_s].toInteger(), 900);
    QCOMPARE(json[u"operations"_s][u"answerPing"_s][u"p95Ms"_s].toInteger(), expected[474]);
    QCOMPARE(json[u"operations"_s][u"answerPing"_s][u"unanswered"_s].toInteger(), 5);

    stats.clear();
    QCOMPARE(stats.all().total(), 0);
    QCOMPARE(stats.pairs().value(u"answerPing"_s).answered, 0);
}

void TestTrafficStats::repliesWithoutCorrelationIdGoInTurn()
{
    // No correlation id: the oldest request waiting gets the reply; a mock's log (requests in,
    // replies out) pairs as well as a client's.
    const auto analysis = AsyncApi::analyze(QByteArray(R"(asyncapi: 3.0.0
info: {title: T, version: '1'}
channels:
  asks:
    address: /asks
    messages:
      ask: {payload: {type: object}}
  answers:
    address: /answers
    messages:
      answer: {payload: {type: object}}
operations:
  answerAsks:
    action: receive
    channel: {$ref: '#/channels/asks'}
    reply:
      channel: {$ref: '#/channels/answers'}
)"));
    QVERIFY(analysis->isValid());
    TrafficStats stats(analysis->spec.get());
    stats.setLocalIsApplication(true); // the mock's log: the application's end
    stats.add(message(0, LogEntry::Direction::Incoming, u"asks"_s, u"ask"_s, "{}"));
    stats.add(message(10, LogEntry::Direction::Incoming, u"asks"_s, u"ask"_s, "{}"));
    stats.add(message(25, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}"));
    stats.add(message(50, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}"));
    stats.add(message(60, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}")); // nothing waits
    const auto pairs = stats.pairs().value(u"answerAsks"_s);
    QCOMPARE(pairs.latencies, (std::vector<qint64>{25, 40}));
    QCOMPARE(stats.waiting(), 0);

    // A reply the way requests go is no reply; a late one pairs with no other request.
    TrafficStats late(analysis->spec.get(), 100);
    late.setLocalIsApplication(true);
    late.add(message(0, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}"));
    late.add(message(0, LogEntry::Direction::Incoming, u"asks"_s, u"ask"_s, "{}"));
    late.add(message(500, LogEntry::Direction::Incoming, u"asks"_s, u"ask"_s, "{}")); // the first expired
    QCOMPARE(late.pairs().value(u"answerAsks"_s).unanswered, 1);
    late.add(message(520, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}"));
    QCOMPARE(late.pairs().value(u"answerAsks"_s).latencies, std::vector<qint64>{20});

    // A request whose id cannot be read is answered by a reply that has one, in turn.
    TrafficStats rooms(m_rooms->spec.get());
    rooms.add(message(0, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s, R"({"op":"ping"})"));
    rooms.add(message(7, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s, R"({"op":"pong","re":"z"})"));
    QCOMPARE(rooms.pairs().value(u"answerPing"_s).latencies, std::vector<qint64>{7});
}

void TestTrafficStats::percentiles_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<int>("p");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << QList<qint64>{} << 50 << qint64(-1);
    QTest::newRow("one") << QList<qint64>{7} << 95 << qint64(7);
    QTest::newRow("median-of-four") << QList<qint64>{4, 1, 3, 2} << 50 << qint64(2);
    QTest::newRow("p95-of-twenty") << QList<qint64>{20, 19, 18, 17, 16, 15, 14, 13, 12, 11,
                                                    10, 9,  8,  7,  6,  5,  4,  3,  2,  1}
                                   << 95 << qint64(19);
    QTest::newRow("p100") << QList<qint64>{5, 9, 1} << 100 << qint64(9);
}

void TestTrafficStats::percentiles()
{
    QFETCH(QList<qint64>, values);
    QFETCH(int, p);
    QFETCH(qint64, expected);
    TrafficStats::Pairs pairs;
    for (const qint64 v : values)
        pairs.record(v);
    QCOMPARE(pairs.percentile(p), expected);
    QCOMPARE(pairs.latencies, std::vector<qint64>(values.cbegin(), values.cend()));
}

void TestTrafficStats::placesEachMessageInTheDocument()
{
    // The inspector is the client: what it sends the application receives.
    Traffic traffic;
    traffic.setAnalysis(m_rooms);
    std::vector<LogEntry> log{
        message(0, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s, R"({"op":"ping","id":"a"})"),
        message(5, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s, R"({"op":"pong","re":"a"})"),
        message(6, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, "{}"),
        // Sent the way its operation does not go: still that operation's, the check says what is wrong.
        message(7, LogEntry::Direction::Outgoing, u"room"_s, u"chat"_s, "{}", LogEntry::Check::Invalid),
        message(8, LogEntry::Direction::Incoming, u"room"_s, QString(), "{}", LogEntry::Check::Unknown),
        message(9, LogEntry::Direction::Incoming, QString(), QString(), "{}", LogEntry::Check::Unknown),
    };
    traffic.add(log);
    QCOMPARE(log[0].operation, u"answerPing"_s);
    QVERIFY(!log[0].reply);
    QCOMPARE(log[1].operation, u"answerPing"_s);
    QVERIFY(log[1].reply);
    QCOMPARE(log[2].operation, u"sendChat"_s);
    QCOMPARE(log[3].operation, u"sendChat"_s);
    QVERIFY(log[4].operation.isEmpty());

    using AsyncApi::ElementId;
    using AsyncApi::GraphEdge;
    const QString room = ElementId::channel(u"room"_s).toString();
    const QString answerPing = ElementId::operation(u"answerPing"_s).toString();
    const QString pong = ElementId::message(u"room"_s, u"pong"_s).toString();
    const QStringList keys = Traffic::keysOf(log[1]);
    for (const QString &key :
         {room, pong, answerPing, Traffic::edgeKey(room, pong, int(GraphEdge::Kind::ChannelMessage)),
          Traffic::edgeKey(ElementId::application().toString(), answerPing, int(GraphEdge::Kind::Performs)),
          Traffic::edgeKey(answerPing, room, int(GraphEdge::Kind::OperationReply))})
        QVERIFY2(keys.contains(key), qPrintable(key));
    QVERIFY(!keys.contains(Traffic::edgeKey(answerPing, room, int(GraphEdge::Kind::OperationChannel))));
    QCOMPARE(Traffic::keysOf(log[4]), (QStringList{room, Traffic::unknownKey(u"room"_s),
                                                   Traffic::edgeKey(room, Traffic::unknownKey(u"room"_s),
                                                                    int(GraphEdge::Kind::ChannelMessage))}));
    QCOMPARE(Traffic::keysOf(log[5]), QStringList{Traffic::unknownKey(QString())});

    QCOMPARE(traffic.tally(room).count, 5);
    QCOMPARE(traffic.tally(room).nonConforming, 2);
    QCOMPARE(traffic.tally(answerPing).count, 2);
    QCOMPARE(traffic.tally(Traffic::unknownKey(u"room"_s)).count, 1);
    QCOMPARE(traffic.tally(pong).last, uR"(pong: {"op":"pong","re":"a"})"_s);
    QCOMPARE(traffic.events().size(), std::size_t(6));
    QVERIFY(traffic.events()[0].request);
    QCOMPARE(traffic.events()[0].answerSerial, 1);
    QCOMPARE(traffic.events()[1].requestSerial, 0);
    QCOMPARE(traffic.events()[1].latencyMs, 5);
    QVERIFY(!traffic.events()[0].fromApplication);
    QVERIFY(traffic.events()[1].fromApplication);

    // The mock plays the application: what comes in, a client sent.
    Traffic mock;
    mock.setSide(Traffic::Side::Application);
    mock.setAnalysis(m_rooms);
    std::vector<LogEntry> served{
        message(0, LogEntry::Direction::Incoming, u"room"_s, u"ping"_s, R"({"op":"ping","id":"b"})"),
        message(3, LogEntry::Direction::Outgoing, u"room"_s, u"pong"_s, R"({"op":"pong","re":"b"})"),
    };
    mock.add(served);
    QCOMPARE(served[0].operation, u"answerPing"_s);
    QVERIFY(served[1].reply);
    QCOMPARE(mock.stats().pairs().value(u"answerPing"_s).latencies, std::vector<qint64>{3});

    // Cleared: nothing counted, numbering from the start.
    traffic.clear();
    QVERIFY(traffic.tallies().isEmpty());
    QVERIFY(traffic.events().empty());
    QCOMPARE(traffic.messageCount(), 0);
}

void TestTrafficStats::placesTwoXOperationsByWhoSends()
{
    // 2.x: `subscribe` is what the application sends, `publish` what it receives.
    const auto analysis = AsyncApi::analyze(QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  news:
    subscribe:
      operationId: readNews
      message: {name: story, payload: {type: object}}
    publish:
      operationId: postNews
      message: {name: story, payload: {type: object}}
)"));
    QVERIFY(analysis->spec);
    Traffic traffic;
    traffic.setAnalysis(analysis);
    std::vector<LogEntry> log{
        message(0, LogEntry::Direction::Incoming, u"news"_s, u"story"_s, "{}"),
        message(1, LogEntry::Direction::Outgoing, u"news"_s, u"story"_s, "{}"),
    };
    // Each operation's own message (2.x gives each its own, here of the same name).
    auto messageOf = [&](const QString &operation) {
        for (const AsyncApi::Operation &o : analysis->spec->operations) {
            if (o.name == operation)
                return analysis->spec->messagesOf(o).value(0)->name;
        }
        return QString();
    };
    log[0].message = messageOf(u"readNews"_s);
    log[1].message = messageOf(u"postNews"_s);
    QVERIFY(!log[0].message.isEmpty() && !log[1].message.isEmpty());
    traffic.add(log);
    QCOMPARE(log[0].operation, u"readNews"_s);
    QCOMPARE(log[1].operation, u"postNews"_s);
}

void TestTrafficStats::rateOverTheLastTenSeconds()
{
    Traffic traffic;
    std::vector<LogEntry> log;
    const qint64 start = 1'790'000'000'000;
    for (int i = 0; i < 40; ++i) // 40 in 4 s
        log.push_back(message(start + i * 100, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, "{}"));
    traffic.add(log);
    const QString room = AsyncApi::ElementId::channel(u"room"_s).toString();
    const Traffic::Tally t = traffic.tally(room);
    QCOMPARE(t.rate(start + 4000), 4.0);
    QCOMPARE(t.rate(start + 11'500), 2.0); // the first two seconds are out of the window
    QCOMPARE(t.rate(start + 60'000), 0.0);
}

void TestTrafficStats::eventsBeyondTheLimitGo()
{
    // Five events kept: the requests whose events went are still paired, and nothing points at them.
    Traffic traffic(5, 1000);
    traffic.setAnalysis(m_rooms);
    std::vector<LogEntry> log;
    for (int n = 0; n < 4; ++n)
        log.push_back(message(n, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s,
                              R"({"op":"ping","id":")" + QByteArray::number(n) + "\"}"));
    for (int n = 0; n < 4; ++n)
        log.push_back(message(10 + n, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s,
                              R"({"op":"pong","re":")" + QByteArray::number(n) + "\"}"));
    traffic.add(log);
    QCOMPARE(traffic.events().size(), std::size_t(5));
    QCOMPARE(traffic.events().front().serial, 3);
    QVERIFY(!traffic.event(2));
    QCOMPARE(traffic.event(3)->answerSerial, 7); // the last ping's event is still there
    QCOMPARE(traffic.stats().pairs().value(u"answerPing"_s).answered, 4);

    // A request unanswered after the timeout is marked so.
    std::vector<LogEntry> late{message(100, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s, R"({"id":"x"})")};
    traffic.add(late);
    traffic.expire(2000);
    QVERIFY(traffic.events().back().unanswered);
    QCOMPARE(traffic.stats().pairs().value(u"answerPing"_s).unanswered, 1);
}

void TestTrafficStats::replayGivesOutInTime()
{
    // 10×: entries 300 ms apart come 30 ms apart; finish() gives out the rest at once, in order.
    LogReplay replay;
    QSignalSpy due(&replay, &LogReplay::entriesDue);
    QSignalSpy finished(&replay, &LogReplay::finished);
    std::vector<LogEntry> log;
    for (int i = 0; i < 4; ++i)
        log.push_back(message(1000 + i * 300, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, "{}"));
    log.push_back(message(1100, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s, "{}")); // out of order
    replay.setSpeed(10);
    replay.start(log);
    QCOMPARE(replay.played(), std::size_t(1));
    QTRY_VERIFY(replay.played() >= 2);
    replay.setPaused(true);
    const std::size_t paused = replay.played();
    QTest::qWait(100);
    QCOMPARE(replay.played(), paused);
    replay.finish();
    QCOMPARE(replay.played(), std::size_t(5));
    QCOMPARE(finished.size(), 1);
    std::vector<qint64> times;
    for (const QList<QVariant> &signal : due) {
        for (const LogEntry &e : signal.at(0).value<std::vector<LogEntry>>())
            times.push_back(e.timeMs);
    }
    QCOMPARE(times, (std::vector<qint64>{1000, 1300, 1600, 1900, 1100}));
    QCOMPARE(replay.speed(), 10.0);
    replay.setSpeed(50);
    QCOMPARE(replay.speed(), LogReplay::MaxSpeed);
}

QTEST_GUILESS_MAIN(TestTrafficStats)
#include "tst_trafficstats.moc"
