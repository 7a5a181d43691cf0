// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <live/sseparser.h>

#include <QTest>

#include <random>

using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Parsed
{
    std::vector<SseEvent> events;
    QString lastEventId;
    std::optional<qint64> retry;
    qsizetype comments = 0;
    qsizetype dropped = 0;
};

/** Feeds \a stream cut at \a cuts (sorted offsets) and ends the stream. */
Parsed parse(QByteArrayView stream, const std::vector<qsizetype> &cuts = {}, qsizetype maxLine = -1)
{
    SseParser parser;
    if (maxLine >= 0)
        parser.setMaxLineBytes(maxLine);
    Parsed result;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.feed(stream.sliced(from, cut - from), result.events);
        from = cut;
    }
    parser.feed(stream.sliced(from), result.events);
    parser.endOfStream();
    result.lastEventId = parser.lastEventId();
    result.retry = parser.retryMs();
    result.comments = parser.commentCount();
    result.dropped = parser.droppedLineCount();
    return result;
}

QStringList describe(const std::vector<SseEvent> &events)
{
    QStringList lines;
    for (const SseEvent &e : events)
        lines << e.type + u'|' + e.data + u'|' + e.lastEventId + u'|' + QString::number(e.bytes);
    return lines;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void standardExamples_data();
    void standardExamples();
    void fields();
    void retry();
    void byteOrderMark();
    void utf8();
    void lastEventIdAcrossStreams();
    void overlongLinesAreDroppedWhole();
    void overfullEventsAreDropped();
    void everySplitGivesTheSameEvents();
    void fuzzedStreams();
};

void TestSseParser::standardExamples_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected"); // type|data|lastEventId

    // The examples of the HTML standard, section 9.2.5 and 9.2.6.
    QTest::newRow("stock") << "data: YHOO\ndata: +2\ndata: 10\n\n"_ba << QStringList{u"message|YHOO\n+2\n10|"_s};
    QTest::newRow("ids")
        << ": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n"_ba
        << QStringList{u"message|first event|1"_s, u"message|second event|"_s};
    QTest::newRow("empty data") << "data\n\ndata\ndata\n\ndata:\n"_ba << QStringList{u"message||"_s, u"message|\n|"_s};
    QTest::newRow("space after colon") << "data:test\n\ndata: test\n\n"_ba
                                       << QStringList{u"message|test|"_s, u"message|test|"_s};
    QTest::newRow("named events")
        << "event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\n"_ba
        << QStringList{u"add|73857293|"_s, u"remove|2153|"_s, u"add|113411|"_s};
    QTest::newRow("CR line ends") << "data: a\rdata: b\r\revent: x\rdata: c\r\r"_ba
                                  << QStringList{u"message|a\nb|"_s, u"x|c|"_s};
    QTest::newRow("CRLF line ends") << "data: a\r\ndata: b\r\n\r\n"_ba << QStringList{u"message|a\nb|"_s};
    QTest::newRow("mixed line ends") << "data: a\r\ndata: b\rdata: c\n\r\n"_ba << QStringList{u"message|a\nb\nc|"_s};
    QTest::newRow("event without data") << "event: ping\n\ndata: x\n\n"_ba << QStringList{u"message|x|"_s};
    QTest::newRow("only one space stripped") << "data:   x  \n\n"_ba << QStringList{u"message|  x  |"_s};
    QTest::newRow("colon in value") << "data: a: b:c\n\n"_ba << QStringList{u"message|a: b:c|"_s};
    QTest::newRow("unknown field") << "foo: bar\ndata: x\nData: y\n\n"_ba << QStringList{u"message|x|"_s};
    QTest::newRow("unterminated event dropped") << "data: x\n\ndata: y\n"_ba << QStringList{u"message|x|"_s};
    QTest::newRow("no line end at all") << "data: x"_ba << QStringList{};
}

void TestSseParser::standardExamples()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const SseEvent &e : parse(stream).events)
        actual << e.type + u'|' + e.data + u'|' + e.lastEventId;
    QCOMPARE(actual, expected);
}

void TestSseParser::fields()
{
    const Parsed p = parse(": hello\n:\nid: 7\n\nid: a\0b\ndata: x\n\nid\ndata: y\n\n"_ba);
    QCOMPARE(p.comments, 2);
    // An id alone (no data) is still published; an id with NUL is ignored; an empty id resets.
    QCOMPARE(describe(p.events), (QStringList{u"message|x|7|17"_s, u"message|y||12"_s}));
    QCOMPARE(p.lastEventId, QString());
    // Byte counts add up to the stream.
    const QByteArray stream = "data: one\r\n\r\n: c\nevent: e\ndata: two\n\n"_ba;
    const Parsed q = parse(stream);
    QCOMPARE(q.events.size(), size_t(2));
    QCOMPARE(q.events[0].bytes + q.events[1].bytes, stream.size());
}

void TestSseParser::retry()
{
    QCOMPARE(parse("retry: 1500\n\n"_ba).retry, std::optional<qint64>(1500));
    QCOMPARE(parse("retry: 1500\nretry: 15x\nretry: -1\nretry:\nretry: 1 5\n\n"_ba).retry, std::optional<qint64>(1500));
    QVERIFY(!parse("retry: 99999999999999999999999\n"_ba).retry); // overflow ignored
    QVERIFY(!parse("retry\n"_ba).retry);
    QCOMPARE(parse("retry: 0\n"_ba).retry, std::optional<qint64>(0));
}

void TestSseParser::byteOrderMark()
{
    // One leading BOM is skipped, even split over chunks; a second one is part of the field name.
    const QByteArray stream = "\xEF\xBB\xBF"
                              "data: a\n\n"_ba;
    for (qsizetype cut = 0; cut <= 4; ++cut)
        QCOMPARE(describe(parse(stream, {cut}).events), QStringList{u"message|a||12"_s});
    QVERIFY(parse("\xEF\xBB\xBF\xEF\xBB\xBF"
                  "data: a\n\n"_ba)
                .events.empty());
    // A stream shorter than a BOM that starts like one is not lost.
    QCOMPARE(parse("\xEF\xBB"_ba, {1}).events.size(), size_t(0));
    QCOMPARE(describe(parse("\n"_ba).events), QStringList{});
}

void TestSseParser::utf8()
{
    const QByteArray stream = "event: caf\xC3\xA9\ndata: \xF0\x9F\x9A\x86 \xE2\x82\xAC\n\n"_ba;
    const QStringList expected{u"caf\u00e9|\U0001F686 \u20AC||"_s + QString::number(stream.size())};
    for (qsizetype cut = 0; cut <= stream.size(); ++cut)
        QCOMPARE(describe(parse(stream, {cut}).events), expected);
    // Invalid UTF-8 becomes replacement characters, never a failure.
    const Parsed bad = parse("data: a\xFF\xC3(b\n\n"_ba);
    QCOMPARE(bad.events.size(), size_t(1));
    QVERIFY(bad.events[0].data.contains(QChar::ReplacementCharacter));
    QVERIFY(bad.events[0].data.endsWith(u"(b"_s));
}

void TestSseParser::lastEventIdAcrossStreams()
{
    SseParser parser;
    std::vector<SseEvent> events;
    parser.feed("id: 41\ndata: a\n\nid: 42\ndata: partial"_ba, events);
    parser.endOfStream(); // the connection dropped mid-event
    QCOMPARE(parser.lastEventId(), u"41"_s);
    // The next stream starts fresh (a BOM is allowed again) and keeps the id for events without one.
    parser.feed("\xEF\xBB\xBF"
                "data: b\n\n"_ba,
                events);
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[1].data, u"b"_s);
    QCOMPARE(events[1].lastEventId, u"41"_s);
    // The user edits the id before reconnecting.
    parser.endOfStream();
    parser.setLastEventId(u"100"_s);
    parser.feed("data: c\n\n"_ba, events);
    QCOMPARE(events.back().lastEventId, u"100"_s);
}

void TestSseParser::overlongLinesAreDroppedWhole()
{
    QByteArray stream = "data: ok\n"_ba;
    stream += "data: " + QByteArray(5000, 'x') + "\n";
    stream += "data: fine\n\n";
    // Whole, and in small chunks: the long line goes, the rest of the event stays.
    std::vector<qsizetype> cuts;
    for (qsizetype at = 7; at < stream.size(); at += 7)
        cuts.push_back(at);
    for (const auto &split : {std::vector<qsizetype>{}, cuts}) {
        const Parsed p = parse(stream, split, 1000);
        QCOMPARE(p.dropped, 1);
        QCOMPARE(p.events.size(), size_t(1));
        QCOMPARE(p.events[0].data, u"ok\nfine"_s);
        QCOMPARE(p.events[0].bytes, stream.size());
    }
    // A line exactly at the limit is kept.
    const Parsed atLimit = parse(QByteArray("data:" + QByteArray(995, 'y') + "\n\n"), {}, 1000);
    QCOMPARE(atLimit.dropped, 0);
    QCOMPARE(atLimit.events.size(), size_t(1));
}

void TestSseParser::overfullEventsAreDropped()
{
    // Short lines that never end the event: its data stops growing at the limit, the event is
    // dropped and counted, and the next one arrives whole.
    SseParser parser;
    parser.setMaxEventBytes(10000);
    std::vector<SseEvent> out;
    const QByteArray line = "data: " + QByteArray(100, 'x') + "\n";
    for (int i = 0; i < 1000; ++i) // 100 KB of data, ten times the limit
        parser.feed(line, out);
    QVERIFY(out.empty());
    QVERIFY(parser.isSkippingEvent());
    QCOMPARE(parser.droppedEventCount(), 0); // counted when it ends
    parser.feed("id: 7\n\ndata: next\n\n", out);
    QCOMPARE(parser.droppedEventCount(), 1);
    QVERIFY(!parser.isSkippingEvent());
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].data, u"next"_s);
    QCOMPARE(out[0].lastEventId, u"7"_s); // the id of the dropped event still counts
    // Data exactly at the limit is kept (the joining line feeds count).
    out.clear();
    parser.feed(QByteArray("data: " + QByteArray(4999, 'a') + "\ndata: " + QByteArray(5000, 'b') + "\n\n"), out);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].data.size(), 10000);
    // An event cut by the end of the stream is counted too.
    for (int i = 0; i < 200; ++i)
        parser.feed(line, out);
    parser.endOfStream();
    QCOMPARE(parser.droppedEventCount(), 2);
    QCOMPARE(out.size(), size_t(1));
}

void TestSseParser::everySplitGivesTheSameEvents()
{
    const QByteArray stream = "\xEF\xBB\xBF: hi\r\nid: 1\r\nevent: t\xC3\xA9st\r\ndata: a\r\ndata\r\n\r\n"
                              "retry: 20\rdata: \xE2\x82\xAC\r\rdata: z\n\n"_ba;
    const Parsed whole = parse(stream);
    QCOMPARE(whole.events.size(), size_t(3));
    QCOMPARE(whole.retry, std::optional<qint64>(20));
    const QStringList expected = describe(whole.events);
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            const Parsed split = parse(stream, {a, b});
            if (describe(split.events) != expected || split.retry != whole.retry || split.comments != whole.comments)
                QFAIL(qPrintable(u"different events when cut at %1 and %2"_s.arg(a).arg(b)));
        }
    }
    std::vector<qsizetype> everyByte;
    for (qsizetype at = 1; at < stream.size(); ++at)
        everyByte.push_back(at);
    QCOMPARE(describe(parse(stream, everyByte).events), expected);
}

void TestSseParser::fuzzedStreams()
{
    // Streams made of the format's tokens and stray bytes, cut at random places: never a crash,
    // the same events however they are cut, and every byte accounted for in at most one event.
    const std::vector<QByteArray> tokens{"data",
                                         "event",
                                         "id",
                                         "retry",
                                         ":",
                                         ": ",
                                         " ",
                                         "\n",
                                         "\r",
                                         "\r\n",
                                         "\xEF\xBB\xBF",
                                         "\xC3",
                                         "\xA9",
                                         "\xFF",
                                         QByteArray(1, '\0'),
                                         "x",
                                         "12"};
    std::mt19937 random(20261127);
    for (int round = 0; round < 3000; ++round) {
        QByteArray stream;
        const int length = std::uniform_int_distribution<int>(0, 60)(random);
        for (int i = 0; i < length; ++i)
            stream += tokens[std::uniform_int_distribution<size_t>(0, tokens.size() - 1)(random)];
        std::vector<qsizetype> cuts;
        for (qsizetype at = 0; at < stream.size(); ++at) {
            if (std::uniform_int_distribution<int>(0, 3)(random) == 0)
                cuts.push_back(at);
        }
        const Parsed whole = parse(stream, {}, 16);
        const Parsed split = parse(stream, cuts, 16);
        QCOMPARE(describe(split.events), describe(whole.events));
        QCOMPARE(split.lastEventId, whole.lastEventId);
        QCOMPARE(split.retry, whole.retry);
        QCOMPARE(split.dropped, whole.dropped);
        qsizetype bytes = 0;
        for (const SseEvent &e : whole.events)
            bytes += e.bytes;
        QVERIFY(bytes <= stream.size());
    }
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
