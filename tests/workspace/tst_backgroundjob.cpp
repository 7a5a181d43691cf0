// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <workspace/backgroundjob.h>

#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>

using namespace Signalbox::Workspace;

namespace {

/** Work that blocks until the test lets it go, and returns the input it was started with. */
struct Gate
{
    QSemaphore open;
    std::atomic<int> entered = 0;
};

} // namespace

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private slots:
    void runsAndDelivers();
    void coalescesRequests_data();
    void coalescesRequests();
    void dropsStaleResults();
    void defersWhileHidden();
    void emptyWorkStartsNothing();
    void destroyedWhileRunning();
    void coreRunsSynchronousWork();
};

void TestBackgroundJob::runsAndDelivers()
{
    QList<int> results;
    BackgroundJob<int> job([] { return BackgroundJob<int>::Work([] { return 42; }); },
                           [&results](const int &r) { results.append(r); });
    job.request();
    QVERIFY(job.isRunning());
    QTRY_VERIFY(!job.isRunning());
    QCOMPARE(results, QList<int>{42});
    QCOMPARE(job.started(), 1);
    QCOMPARE(job.dropped(), 0);
}

void TestBackgroundJob::coalescesRequests_data()
{
    QTest::addColumn<int>("requests");
    QTest::newRow("one more") << 1;
    QTest::newRow("a burst") << 10;
}

void TestBackgroundJob::coalescesRequests()
{
    QFETCH(int, requests);
    auto gate = std::make_shared<Gate>();
    int input = 0;
    QList<int> results;
    BackgroundJob<int> job(
        [&input, gate] {
            const int value = input;
            return BackgroundJob<int>::Work([value, gate] {
                ++gate->entered;
                gate->open.acquire();
                return value;
            });
        },
        [&results](const int &r) { results.append(r); });
    job.request();
    QTRY_COMPARE(gate->entered.load(), 1);
    for (int i = 0; i < requests; ++i) {
        input = i + 1;
        job.request(); // while one runs: one more run, whatever the count
    }
    QCOMPARE(job.started(), 1);
    gate->open.release(2);
    QTRY_VERIFY(job.started() == 2 && !job.isRunning());
    QCOMPARE(results, (QList<int>{0, requests})); // the second run saw the latest input
    QCOMPARE(job.dropped(), 0);
}

void TestBackgroundJob::dropsStaleResults()
{
    auto gate = std::make_shared<Gate>();
    int input = 0;
    QList<int> results;
    BackgroundJob<int> job(
        [&input, gate] {
            const int value = input;
            return BackgroundJob<int>::Work([value, gate] {
                ++gate->entered;
                gate->open.acquire();
                return value;
            });
        },
        [&results](const int &r) { results.append(r); });
    job.request();
    QTRY_COMPARE(gate->entered.load(), 1);
    input = 1;
    job.invalidate(); // the input changed while the run ran: its result is stale
    QCOMPARE(job.generation(), quint64(1));
    gate->open.release();
    QTRY_VERIFY(!job.isRunning());
    QVERIFY(results.isEmpty());
    QCOMPARE(job.dropped(), 1);

    // Invalidated and asked again while running: the stale result is dropped, the new one kept.
    job.request();
    QTRY_COMPARE(gate->entered.load(), 2);
    input = 2;
    job.invalidate();
    job.request();
    gate->open.release(2);
    QTRY_VERIFY(job.started() == 3 && !job.isRunning());
    QCOMPARE(results, QList<int>{2});
    QCOMPARE(job.dropped(), 2);
}

void TestBackgroundJob::defersWhileHidden()
{
    bool hidden = true;
    QList<int> results;
    BackgroundJob<int> job([] { return BackgroundJob<int>::Work([] { return 7; }); },
                           [&results](const int &r) { results.append(r); });
    job.setDeferWhile([&hidden] { return hidden; });
    job.request();
    job.request();
    QVERIFY(job.isDeferred());
    QVERIFY(!job.isRunning());
    QCOMPARE(job.started(), 0);
    job.resume(); // still hidden: still waiting
    QCOMPARE(job.started(), 0);

    hidden = false;
    job.resume(); // shown: catches up once
    QVERIFY(!job.isDeferred());
    QCOMPARE(job.started(), 1);
    QTRY_VERIFY(!job.isRunning());
    QCOMPARE(results, QList<int>{7});
    job.resume(); // nothing waited: nothing runs
    QCOMPARE(job.started(), 1);
}

void TestBackgroundJob::emptyWorkStartsNothing()
{
    int prepared = 0;
    BackgroundJob<int> job(
        [&prepared] {
            ++prepared;
            return BackgroundJob<int>::Work();
        },
        [](const int &) { QFAIL("no result expected"); });
    job.request();
    QCOMPARE(prepared, 1);
    QVERIFY(!job.isRunning());
    QCOMPARE(job.started(), 0);
}

void TestBackgroundJob::destroyedWhileRunning()
{
    auto gate = std::make_shared<Gate>();
    bool delivered = false;
    auto job = std::make_unique<BackgroundJob<int>>(
        [gate] {
            return BackgroundJob<int>::Work([gate] {
                ++gate->entered;
                gate->open.acquire();
                return 1;
            });
        },
        [&delivered](const int &) { delivered = true; });
    job->request();
    QTRY_COMPARE(gate->entered.load(), 1);
    job.reset(); // does not wait for the run
    gate->open.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void TestBackgroundJob::coreRunsSynchronousWork()
{
    bool hidden = false;
    int runs = 0;
    BackgroundJobCore update([&runs] {
        ++runs;
        return false; // done at once
    });
    update.setDeferWhile([&hidden] { return hidden; });
    update.request();
    QCOMPARE(runs, 1);
    QVERIFY(!update.isRunning());
    hidden = true;
    update.request();
    update.request();
    QCOMPARE(runs, 1);
    hidden = false;
    update.resume();
    QCOMPARE(runs, 2);
}

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
