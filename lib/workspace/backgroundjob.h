// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <utility>

namespace Signalbox::Workspace {

/**
 * How a view derived from the text keeps up with it: one run at a time, requests made meanwhile
 * coalesced into one more run, the result of a run overtaken by a change dropped, and nothing
 * done while the consumer is hidden (it catches up when shown).
 *
 * The bookkeeping of BackgroundJob<T>. Used alone, \a start does its work on the calling thread
 * and returns false (nothing keeps running): that is the deferral alone, for a view cheap enough
 * to update on the GUI thread.
 */
class BackgroundJobCore
{
public:
    /**
     * \a start begins a run for the current generation() and returns whether one is now running
     * (finishRun() ends it); false when it had nothing to do or did it at once.
     */
    explicit BackgroundJobCore(std::function<bool()> start);
    virtual ~BackgroundJobCore();
    Q_DISABLE_COPY_MOVE(BackgroundJobCore)

    /** While \a hidden returns true, request() waits for resume() instead of running. */
    void setDeferWhile(std::function<bool()> hidden);

    /** Asks for a run: now, after the running one (requests coalesce), or when resumed. */
    void request();
    /** The inputs changed: the running run's result is stale and will be dropped. Asks for nothing. */
    void invalidate();
    /** The consumer is shown: runs a request that waited while it was hidden. */
    void resume();

    /** Counts invalidate() calls: a run's result is fresh when this did not change while it ran. */
    quint64 generation() const { return m_generation; }
    bool isRunning() const { return m_running; }
    /** A request waits for resume(). */
    bool isDeferred() const { return m_deferred; }
    /** Runs started and results dropped as stale, for tests and diagnostics. */
    int started() const { return m_started; }
    int dropped() const { return m_dropped; }

protected:
    /** Ends the running run; returns whether its result is fresh (else it counts as dropped). */
    bool finishRun();
    /** Runs once more when requests came while the finished run ran. */
    void runAgainIfAsked();

private:
    std::function<bool()> m_start;
    std::function<bool()> m_hidden;
    quint64 m_generation = 0;
    quint64 m_runGeneration = 0;
    bool m_running = false;
    bool m_again = false;
    bool m_deferred = false;
    int m_started = 0;
    int m_dropped = 0;
};

/**
 * A BackgroundJobCore whose runs compute a T on a worker thread (at idle priority, so that the
 * GUI thread comes first). \a prepare runs on the GUI thread when a run starts and returns the
 * work, which must hold only copies (the immutable analysis, options…): an empty function starts
 * nothing. \a accept gets every fresh result on the GUI thread.
 *
 * Destroying the job does not wait for a running run (waitForFinished() does): the work finishes
 * on its own and its result goes nowhere.
 */
template<typename T> class BackgroundJob final : public BackgroundJobCore
{
public:
    using Work = std::function<T()>;

    BackgroundJob(std::function<Work()> prepare, std::function<void(const T &)> accept)
        : BackgroundJobCore([this] { return startRun(); })
        , m_prepare(std::move(prepare))
        , m_accept(std::move(accept))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, &m_watcher, [this] {
            const T result = m_watcher.result();
            if (finishRun())
                m_accept(result);
            runAgainIfAsked();
        });
    }

    /** Blocks until the running run ends (its result is then not delivered). */
    void waitForFinished() { m_watcher.waitForFinished(); }

private:
    bool startRun()
    {
        Work work = m_prepare();
        if (!work)
            return false;
        m_watcher.setFuture(QtConcurrent::run([work = std::move(work)] {
            // Background work yields to the GUI thread (on Linux: SCHED_IDLE; its helper threads inherit it).
            QThread::currentThread()->setPriority(QThread::IdlePriority);
            T result = work();
            QThread::currentThread()->setPriority(QThread::NormalPriority);
            return result;
        }));
        return true;
    }

    std::function<Work()> m_prepare;
    std::function<void(const T &)> m_accept;
    QFutureWatcher<T> m_watcher;
};

} // namespace Signalbox::Workspace
