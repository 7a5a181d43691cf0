// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The log's JSON Lines export and import, and its filter.
#include <live/logfiltermodel.h>
#include <live/logio.h>

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

class TestLogIo : public QObject
{
    Q_OBJECT

private:
    static std::vector<LogEntry> sample()
    {
        std::vector<LogEntry> v;
        LogEntry open;
        open.timeMs = 1'700'000'000'123;
        open.direction = LogEntry::Direction::Connection;
        open.event = u"open"_s;
        open.status = u"HTTP 200"_s;
        v.push_back(open);
        LogEntry in;
        in.timeMs = 1'700'000'000'456;
        in.event = u"chat"_s;
        in.eventId = u"42"_s;
        in.payload = R"({"type":"chat","text":"grüße"})";
        in.message = u"chat"_s;
        in.check = LogEntry::Check::Conforms;
        v.push_back(in);
        LogEntry bin;
        bin.timeMs = 1'700'000'000'789;
        bin.direction = LogEntry::Direction::Outgoing;
        bin.event = u"binary"_s;
        bin.payload = QByteArray("\x00\xff\xfe\x80", 4);
        bin.check = LogEntry::Check::Unknown;
        bin.errors = {u"closest message: chat"_s, u"payload/: Value type not permitted"_s};
        v.push_back(bin);
        return v;
    }

private slots:
    void roundTrip()
    {
        const auto entries = sample();
        QBuffer buffer;
        buffer.open(QIODevice::ReadWrite);
        QVERIFY(writeJsonLines(buffer, entries));
        QCOMPARE(buffer.data().count('\n'), 3);
        buffer.seek(0);
        QString error;
        const auto back = readJsonLines(buffer, &error, 1000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), entries.size());
        for (std::size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].timeMs, entries[i].timeMs);
            QCOMPARE(back[i].direction, entries[i].direction);
            QCOMPARE(back[i].event, entries[i].event);
            QCOMPARE(back[i].payload, entries[i].payload);
            QCOMPARE(back[i].eventId, entries[i].eventId);
            QCOMPARE(back[i].message, entries[i].message);
            QCOMPARE(back[i].check, entries[i].check);
            QCOMPARE(back[i].errors, entries[i].errors);
            QCOMPARE(back[i].status, entries[i].status);
        }
        // Bytes that are not UTF-8 go as base64, text as text.
        const QJsonObject bin = QJsonDocument::fromJson(toJsonLine(entries[2])).object();
        QVERIFY(bin.contains(u"payloadBase64"_s));
        QVERIFY(!bin.contains(u"payload"_s));
        QCOMPARE(QJsonDocument::fromJson(toJsonLine(entries[1])).object()[u"time"_s].toString(),
                 u"2023-11-14T22:13:20.456Z"_s);
    }

    void cutPayloadsKeepTheirSize()
    {
        // A payload the log cut keeps its full size and says it is cut; it comes back the same,
        // and a cut inside a UTF-8 sequence still leaves text.
        LogEntry e;
        e.timeMs = 1'700'000'000'000;
        e.event = u"text"_s;
        e.payload = QByteArray("\"") + QString(3000, u'é').toUtf8() + "\"";
        const qint64 size = e.payload.size();
        e.cut(1000); // inside the 500th "é": it goes whole
        QVERIFY(e.isCut());
        QCOMPARE(e.size(), size);
        QCOMPARE(e.payload.size(), 999);
        const QJsonObject o = QJsonDocument::fromJson(toJsonLine(e)).object();
        QCOMPARE(o[u"size"_s].toInteger(), size);
        QVERIFY(o[u"cut"_s].toBool());
        QVERIFY(o.contains(u"payload"_s)); // text, not base64
        QString error;
        const std::optional<LogEntry> back = fromJsonLine(toJsonLine(e), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->isCut());
        QCOMPARE(back->size(), size);
        QCOMPARE(back->payload, e.payload);
        // Whole payloads say nothing of the kind.
        LogEntry whole;
        whole.event = u"text"_s;
        whole.payload = "{}";
        QVERIFY(!QJsonDocument::fromJson(toJsonLine(whole)).object().contains(u"cut"_s));
    }

    void badLinesAreSkippedAndTold()
    {
        QByteArray text = toJsonLine(sample()[1]) + "\n{not json\n\n[1,2]\n" + R"({"time":"x","direction":"in"})" +
                          "\n" + R"({"time":"2023-11-14T22:13:20.456Z","direction":"sideways"})" + "\n" +
                          toJsonLine(sample()[0]) + "\n";
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        const auto back = readJsonLines(buffer, &error, 1000);
        QCOMPARE(back.size(), std::size_t(2));
        QVERIFY2(error.startsWith(u"line 2: "_s), qPrintable(error));
        // The limit holds.
        buffer.seek(0);
        QCOMPARE(readJsonLines(buffer, nullptr, 1).size(), std::size_t(1));
        buffer.seek(0);
        error.clear();
        QCOMPARE(readJsonLines(buffer, &error, 1).size(), std::size_t(1));
        QVERIFY2(error.contains(u"only the first 1 entries"_s), qPrintable(error)); // said, not silent
    }

    void aByteBudgetStopsReading()
    {
        // A log served back is held in memory: reading stops at a budget, and says where.
        QByteArray text;
        for (int i = 0; i < 10; ++i)
            text += toJsonLine(sample()[1]) + '\n';
        const qint64 line = toJsonLine(sample()[1]).size();
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        QString error;
        QCOMPARE(readJsonLines(buffer, &error, 1000, 3 * line + 1).size(), std::size_t(3));
        QVERIFY2(error.startsWith(u"line 4: the log is larger than"_s), qPrintable(error));
        buffer.seek(0);
        error.clear();
        QCOMPARE(readJsonLines(buffer, &error, 1000, 10 * line).size(), std::size_t(10));
        QVERIFY(error.isEmpty());
    }

    void filter()
    {
        LogModel log;
        for (const LogEntry &e : sample())
            log.post(e);
        log.flush();
        LogFilterModel f;
        f.setSourceModel(&log);
        QCOMPARE(f.rowCount(), 3);
        f.setDirections(LogFilterModel::Directions::Incoming);
        QCOMPARE(f.rowCount(), 1);
        f.setDirections(LogFilterModel::Directions::Messages);
        QCOMPARE(f.rowCount(), 2);
        f.setDirections(LogFilterModel::Directions::Connection);
        QCOMPARE(f.rowCount(), 1);
        f.setDirections(LogFilterModel::Directions::Problems);
        QCOMPARE(f.rowCount(), 1);
        f.setDirections(LogFilterModel::Directions::All);
        f.setText(u"GRÜSSE"_s);
        QCOMPARE(f.rowCount(), 0);
        f.setText(u"grüße"_s);
        QCOMPARE(f.rowCount(), 1);
        f.setText(u"http 200"_s);
        QCOMPARE(f.rowCount(), 1);
        f.setText(QString());
        QCOMPARE(f.rowCount(), 3);
        // Unknown messages say so in the message column.
        QCOMPARE(log.index(2, LogModel::Message).data().toString(), u"unknown message"_s);
        QCOMPARE(log.index(2, LogModel::Status).data().toString(), u"closest message: chat"_s);
        QCOMPARE(log.index(1, LogModel::Status).data().toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestLogIo)
#include "tst_logio.moc"
