// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <live/logmodel.h>

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <random>

using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

namespace {

LogEntry numbered(int n)
{
    LogEntry e;
    e.timeMs = 1'700'000'000'000 + n;
    e.event = QString::number(n);
    e.payload = QByteArray::number(n);
    return e;
}

QList<int> rows(const LogModel &model)
{
    QList<int> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers << model.index(row, LogModel::Event).data().toInt();
    return numbers;
}

QList<int> range(int from, int to)
{
    QList<int> numbers;
    for (int n = from; n <= to; ++n)
        numbers << n;
    return numbers;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void batchesPostsUntilFlush();
    void ringKeepsTheNewest();
    void randomAgainstReference();
    void capacityChanges();
    void columns();
    void pauseHoldsBackWithinCapacity();
    void boundedInBytes();
    void bigPayloadsAreCut();
};

void TestLogModel::pauseHoldsBackWithinCapacity()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.setFlushIntervalMs(1);
    model.setPaused(true);
    for (int n = 0; n < 25; ++n)
        model.post(numbered(n));
    QTest::qWait(30);
    QCOMPARE(model.rowCount(), 0);      // held back
    QCOMPARE(model.pendingCount(), 10); // only the newest capacity() kept
    QCOMPARE(model.droppedCount(), 15);
    model.setPaused(false);
    QTRY_COMPARE(model.rowCount(), 10);
    QCOMPARE(rows(model), range(15, 24));
    QCOMPARE(model.pendingCount(), 0);
}

void TestLogModel::boundedInBytes()
{
    // 1 MB messages against an 8 MB budget: the oldest go, by bytes, shown or held back.
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxBytes(8 * 1024 * 1024);
    model.setMaxPayloadBytes(2 * 1024 * 1024);
    QSignalSpy dropped(&model, &LogModel::droppedCountChanged);
    auto big = [](int n) {
        LogEntry e = numbered(n);
        e.payload = QByteArray(1024 * 1024, char('a' + n % 26));
        return e;
    };
    for (int n = 0; n < 30; ++n) {
        model.post(big(n));
        if (n % 7 == 0)
            model.flush();
    }
    model.flush();
    QVERIFY(model.byteCount() <= model.maxBytes());
    QVERIFY(model.rowCount() >= 6 && model.rowCount() <= 8);
    QCOMPARE(rows(model), range(30 - model.rowCount(), 29)); // the newest stay, in order
    QCOMPARE(model.droppedCount(), 30 - model.rowCount());
    QVERIFY(!dropped.isEmpty());
    // Held back while paused: bounded the same way.
    model.setPaused(true);
    for (int n = 30; n < 60; ++n)
        model.post(big(n));
    QVERIFY(model.pendingCount() <= 8);
    model.setPaused(false);
    QTRY_COMPARE(model.pendingCount(), 0);
    QVERIFY(model.byteCount() <= model.maxBytes());
    QCOMPARE(rows(model).constLast(), 59);
    model.clear();
    QCOMPARE(model.byteCount(), 0);
}

void TestLogModel::bigPayloadsAreCut()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogEntry e = numbered(1);
    e.payload = QByteArray(5 * 1024 * 1024, 'x');
    model.post(e);
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.entry(0).isCut());
    QCOMPARE(model.entry(0).size(), 5 * 1024 * 1024);
    QCOMPARE(model.entry(0).payload.size(), model.maxPayloadBytes());
    QCOMPARE(model.index(0, LogModel::Size).data().toString(), QLocale().formattedDataSize(5 * 1024 * 1024));
    QVERIFY(model.byteCount() < 2 * 1024 * 1024);
}

void TestLogModel::batchesPostsUntilFlush()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &LogModel::rowsInserted);
    model.setFlushIntervalMs(20);
    for (int n = 0; n < 500; ++n)
        model.post(numbered(n));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 500, 2000);
    QCOMPARE(inserted.size(), 1); // one update for the whole burst
    QCOMPARE(rows(model), range(0, 499));
}

void TestLogModel::ringKeepsTheNewest()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    QSignalSpy dropped(&model, &LogModel::droppedCountChanged);
    for (int n = 0; n < 7; ++n)
        model.post(numbered(n));
    model.flush();
    for (int n = 7; n < 12; ++n)
        model.post(numbered(n));
    model.flush();
    QCOMPARE(rows(model), range(2, 11));
    QCOMPARE(model.droppedCount(), 2);
    // More in one burst than the whole capacity.
    for (int n = 12; n < 40; ++n)
        model.post(numbered(n));
    model.flush();
    QCOMPARE(rows(model), range(30, 39));
    QCOMPARE(model.droppedCount(), 30);
    QCOMPARE(dropped.constLast().constFirst().toLongLong(), 30);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), 0);
    model.post(numbered(1));
    model.flush();
    QCOMPARE(rows(model), QList<int>{1});
}

void TestLogModel::randomAgainstReference()
{
    // Bursts of random size against a plain list trimmed to the capacity.
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Now and then the capacity changes too.
    qsizetype capacity = 37;
    model.setCapacity(capacity);
    QList<int> reference;
    std::mt19937 random(7);
    int next = 0;
    for (int round = 0; round < 600; ++round) {
        if (round % 25 == 24) {
            capacity = std::uniform_int_distribution<int>(1, 60)(random);
            model.setCapacity(capacity);
        }
        const int burst = std::uniform_int_distribution<int>(0, 50)(random);
        for (int i = 0; i < burst; ++i) {
            model.post(numbered(next));
            reference << next++;
        }
        model.flush();
        while (reference.size() > capacity)
            reference.removeFirst();
        QCOMPARE(rows(model), reference);
        QCOMPARE(model.droppedCount(), next - reference.size());
    }
}

void TestLogModel::capacityChanges()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(8);
    for (int n = 0; n < 13; ++n)
        model.post(numbered(n));
    model.flush(); // the ring has wrapped
    model.setCapacity(5);
    QCOMPARE(rows(model), range(8, 12));
    model.setCapacity(20);
    for (int n = 13; n < 30; ++n)
        model.post(numbered(n));
    model.flush();
    QCOMPARE(rows(model), range(10, 29));
    QCOMPARE(model.droppedCount(), 10);
}

void TestLogModel::columns()
{
    LogModel model;
    LogEntry out;
    out.direction = LogEntry::Direction::Outgoing;
    out.event = u"text"_s;
    out.payload = QByteArray(2048, 'x');
    out.message = u"lightMeasured"_s;
    out.status = u"ok"_s;
    LogEntry closed;
    closed.direction = LogEntry::Direction::Connection;
    closed.event = u"closed"_s;
    closed.status = u"1001 going away"_s;
    model.post(out);
    model.post(closed);
    model.flush();
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(LogModel::Message, Qt::Horizontal).toString(), u"Message"_s);
    QCOMPARE(model.index(0, LogModel::Direction).data().toString(), u"out"_s);
    QVERIFY(model.index(0, LogModel::Size).data().toString().startsWith(u"2"_s));
    QCOMPARE(model.index(0, LogModel::Message).data().toString(), u"lightMeasured"_s);
    QCOMPARE(model.index(0, 0).data(LogModel::PayloadRole).toByteArray().size(), 2048);
    QCOMPARE(model.index(1, LogModel::Direction).data().toString(), u"connection"_s);
    QVERIFY(model.index(1, LogModel::Size).data().isNull());
    QCOMPARE(model.index(1, LogModel::Status).data().toString(), u"1001 going away"_s);
    QVERIFY(QTime::fromString(model.index(1, LogModel::Time).data().toString(), u"HH:mm:ss.zzz"_s).isValid());
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
