// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logentry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace Signalbox::Live {

/**
 * Plays a saved log back in its own time, sped up: entries come out (entriesDue(), in batches of
 * what fell due since the last tick, so a fast log costs one signal a frame) when as much time has
 * passed, divided by the speed, as passed between them in the log. Their times stay as they were
 * recorded, so that latencies and rates read as they happened. Speed changes and pauses take
 * effect from that moment; entries out of time order come out in the order they are in the log.
 */
class LogReplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogReplay)

public:
    static constexpr double MinSpeed = 1;
    static constexpr double MaxSpeed = 10;

    explicit LogReplay(QObject *parent = nullptr);

    /// Starts playing \a entries from the first (a running replay stops).
    void start(std::vector<LogEntry> entries);
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_next < m_entries.size(); }
    /// Stops: what has not come out does not.
    void stop();
    /// Gives out everything left at once.
    void finish();

    std::size_t played() const { return m_next; }
    std::size_t total() const { return m_entries.size(); }
    /// Where the replay is, in the log's time.
    qint64 positionMs() const;

signals:
    void entriesDue(const std::vector<Signalbox::Live::LogEntry> &entries);
    void progressed(qint64 played, qint64 total);
    void finished();

private:
    void tick();
    void emitUpTo(qint64 logTimeMs);

    std::vector<LogEntry> m_entries;
    std::size_t m_next = 0;
    double m_speed = 1;
    bool m_paused = false;
    qint64 m_anchorLogMs = 0; // the log's time when m_clock started
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace Signalbox::Live
