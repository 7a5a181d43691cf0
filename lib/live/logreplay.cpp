// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logreplay.h"

#include <algorithm>
#include <limits>

namespace Signalbox::Live {

LogReplay::LogReplay(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(16); // a frame
    connect(&m_timer, &QTimer::timeout, this, &LogReplay::tick);
}

void LogReplay::start(std::vector<LogEntry> entries)
{
    stop();
    m_entries = std::move(entries);
    m_next = 0;
    m_paused = false;
    if (m_entries.empty()) {
        emit finished();
        return;
    }
    m_anchorLogMs = m_entries.front().timeMs;
    m_clock.start();
    m_timer.start();
    tick(); // the first entry at once
}

qint64 LogReplay::positionMs() const
{
    if (!m_clock.isValid() || m_paused)
        return m_anchorLogMs;
    return m_anchorLogMs + qint64(double(m_clock.elapsed()) * m_speed);
}

void LogReplay::setSpeed(double speed)
{
    speed = std::clamp(speed, MinSpeed, MaxSpeed);
    // From here on: the position so far stays where it is.
    m_anchorLogMs = positionMs();
    if (m_clock.isValid())
        m_clock.restart();
    m_speed = speed;
}

void LogReplay::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused) {
        m_anchorLogMs = positionMs();
        m_paused = true;
        m_timer.stop();
        return;
    }
    m_paused = false;
    m_clock.restart();
    if (isRunning())
        m_timer.start();
}

void LogReplay::stop()
{
    m_timer.stop();
    const bool wasRunning = isRunning();
    m_next = m_entries.size();
    if (wasRunning)
        emit finished();
}

void LogReplay::finish()
{
    emitUpTo(std::numeric_limits<qint64>::max());
}

void LogReplay::tick()
{
    emitUpTo(positionMs());
}

void LogReplay::emitUpTo(qint64 logTimeMs)
{
    std::vector<LogEntry> due;
    // In the log's order: an entry that is earlier than one before it waits for that one.
    while (m_next < m_entries.size() && m_entries[m_next].timeMs <= logTimeMs) {
        due.push_back(m_entries[m_next]);
        ++m_next;
    }
    if (!due.empty()) {
        emit entriesDue(due);
        emit progressed(qint64(m_next), qint64(m_entries.size()));
    }
    if (m_next >= m_entries.size() && !m_entries.empty() && (m_timer.isActive() || !due.empty())) {
        m_timer.stop();
        emit finished();
    }
}

} // namespace Signalbox::Live
