// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logentry.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <vector>

namespace Signalbox::Live {

/**
 * The live log: a table over a ring buffer of at most capacity() entries (100,000 unless set)
 * holding at most maxBytes() (256 MB unless set); the oldest go first and are counted. A payload
 * larger than maxPayloadBytes() (1 MB unless set) keeps only its beginning, with its full size.
 * Entries added with post() are gathered and shown together at most every flushIntervalMs() so
 * that a fast server costs the view one update per interval, not one per message; those held back
 * (paused) are bounded the same way. A message that does not conform, and an unknown one, stand
 * out: its check's icon (setCheckIcon(), as the problems panel's severities) in the first column and
 * a tint of the editor's error (or warning) colour across the row.
 */
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { Time, Direction, Event, Size, Message, Status, ColumnCount };
    enum Role { PayloadRole = Qt::UserRole + 1, DirectionRole, CheckRole };

    explicit LogModel(QObject *parent = nullptr);

    /// Queues \a entry; it appears at the next flush (after resuming, when paused).
    void post(LogEntry entry);
    /// Holds posted entries back (so that the table stays still) until resumed; flush() still shows them.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Shows the queued entries now.
    void flush();
    void clear();

    qsizetype capacity() const { return m_capacity; }
    /// Drops the oldest entries beyond \a capacity at once.
    void setCapacity(qsizetype capacity);
    qsizetype maxBytes() const { return m_maxBytes; }
    /// Drops the oldest entries beyond \a bytes at the next flush.
    void setMaxBytes(qsizetype bytes) { m_maxBytes = std::max<qsizetype>(bytes, 1); }
    qsizetype maxPayloadBytes() const { return m_maxPayload; }
    /// Payloads posted from now on keep at most \a bytes.
    void setMaxPayloadBytes(qsizetype bytes) { m_maxPayload = std::max<qsizetype>(bytes, 0); }
    /// What the shown entries hold (LogEntry::cost()).
    qsizetype byteCount() const { return m_bytes; }
    int flushIntervalMs() const { return m_interval; }
    void setFlushIntervalMs(int ms);
    /// The icon of the rows whose check is \a check (the app provides them: the style's).
    void setCheckIcon(LogEntry::Check check, const QIcon &icon);

    /// Entries posted and not shown yet.
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    /// Entries dropped to keep within the capacity since the last clear().
    qint64 droppedCount() const { return m_dropped; }
    const LogEntry &entry(int row) const { return m_ring[physical(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void droppedCountChanged(qint64 dropped);

private:
    qsizetype physical(qsizetype row) const { return (m_head + row) % qsizetype(m_ring.size()); }
    void dropOldest(qsizetype count);
    /// Rows in logical order from index 0 of a ring of \a size slots.
    void repack(qsizetype size);

    std::vector<LogEntry> m_ring; // grows up to m_capacity, then wraps
    qsizetype m_head = 0;         // physical index of row 0
    qsizetype m_count = 0;
    qsizetype m_capacity = 100000;
    qsizetype m_maxBytes = 256 * 1024 * 1024;
    qsizetype m_maxPayload = 1024 * 1024;
    qsizetype m_bytes = 0;        // cost of the entries in the ring
    qsizetype m_pendingBytes = 0; // cost of m_pending
    qint64 m_dropped = 0;
    /// Shows up to \a maxRows of the queued entries; the rest follow on the next event-loop turn.
    void flushSome(qsizetype maxRows);
    static constexpr qsizetype MaxRowsPerStep = 3000;

    std::deque<LogEntry> m_pending;
    QTimer m_flushTimer;
    int m_interval = 50;
    bool m_paused = false;
    QIcon m_checkIcons[4];
};

} // namespace Signalbox::Live
