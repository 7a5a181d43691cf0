// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <asyncapi/analysis.h>
#include <live/trafficstats.h>

#include <QFile>
#include <QJsonDocument>
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

private:
    std::shared_ptr<const AsyncApi::Analysis> m_rooms;
};

namespace {

LogEntry message(qint64 timeMs, LogEntry::Direction direction, const QString &channel, const QString &name,
                 const QByteArray &payload, LogEntry::Check check = LogEntry::Check::Conforms)
{
    LogEntry e;
    e.timeMs = timeMs;
    e.direction = direction;
    e.channel = channel;
    e.message = name;
    e.payload = payload;
    e.check = check;
    return e;
}

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
    stats.add(message(0, LogEntry::Direction::Incoming, u"asks"_s, u"ask"_s, "{}"));
    stats.add(message(10, LogEntry::Direction::Incoming, u"asks"_s, u"ask"_s, "{}"));
    stats.add(message(25, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}"));
    stats.add(message(50, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}"));
    stats.add(message(60, LogEntry::Direction::Outgoing, u"answers"_s, u"answer"_s, "{}")); // nothing waits
    const auto pairs = stats.pairs().value(u"answerAsks"_s);
    QCOMPARE(pairs.latencies, (std::vector<qint64>{25, 40}));
    QCOMPARE(stats.waiting(), 0);

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
    pairs.latencies.assign(values.cbegin(), values.cend());
    QCOMPARE(pairs.percentile(p), expected);
}

QTEST_GUILESS_MAIN(TestTrafficStats)
#include "tst_trafficstats.moc"
