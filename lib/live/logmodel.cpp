// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logmodel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace Signalbox::Live {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(50);
    // A slice at a time: thousands of rows inserted at once would hold the view for frames.
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flushSome(MaxRowsPerStep); });
}

void LogModel::setFlushIntervalMs(int ms)
{
    m_interval = ms;
    m_flushTimer.setInterval(ms);
}

void LogModel::post(LogEntry entry)
{
    entry.cut(m_maxPayload);
    m_pendingBytes += entry.cost();
    m_pending.push_back(std::move(entry));
    // Held back (paused, or until the next flush) and bounded like the log: only the newest
    // capacity() entries within maxBytes() can ever be shown.
    const qsizetype size = qsizetype(m_pending.size());
    qsizetype excess = 0;
    while (excess < size - 1 && (size - excess > m_capacity || m_pendingBytes > m_maxBytes))
        m_pendingBytes -= m_pending[std::size_t(excess++)].cost();
    if (excess > 0) {
        m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
        m_dropped += excess;
        emit droppedCountChanged(m_dropped);
    }
    if (m_paused)
        return;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_flushTimer.stop();
    else if (!m_pending.empty())
        m_flushTimer.start(0);
}

void LogModel::flush()
{
    flushSome(std::numeric_limits<qsizetype>::max());
}

void LogModel::flushSome(qsizetype maxRows)
{
    m_flushTimer.stop();
    m_flushTimer.setInterval(m_interval);
    if (m_pending.empty())
        return;
    // Only the newest `capacity` of the pending entries can stay.
    auto first = m_pending.begin();
    const qsizetype skipped = std::max<qsizetype>(qsizetype(m_pending.size()) - m_capacity, 0);
    for (auto it = first; it != first + skipped; ++it)
        m_pendingBytes -= it->cost();
    m_dropped += skipped;
    first += skipped;
    const auto last = first + std::min<qsizetype>(m_pending.end() - first, maxRows);
    const qsizetype incoming = last - first;
    qsizetype incomingBytes = 0;
    for (auto it = first; it != last; ++it)
        incomingBytes += it->cost();
    // Room for them: the oldest go, to keep within the capacity and within maxBytes().
    qsizetype overflow = std::max<qsizetype>(m_count + incoming - m_capacity, 0);
    qsizetype keptBytes = m_bytes;
    for (qsizetype i = 0; i < std::min(overflow, m_count); ++i)
        keptBytes -= m_ring[std::size_t(physical(i))].cost();
    while (overflow < m_count && keptBytes + incomingBytes > m_maxBytes)
        keptBytes -= m_ring[std::size_t(physical(overflow++))].cost();
    if (m_ring.empty())
        m_ring.reserve(std::size_t(m_capacity)); // address space only, until used: no moves as it grows
    if (overflow > 0) {
        // From now on the ring is full size and wraps. It has not wrapped yet, so its order is right.
        if (qsizetype(m_ring.size()) < m_capacity) {
            if (m_head == 0)
                m_ring.resize(std::size_t(m_capacity));
            else
                repack(m_capacity);
        }
        dropOldest(overflow);
    }

    beginInsertRows({}, int(m_count), int(m_count + incoming - 1));
    for (auto it = first; it != last; ++it) {
        m_bytes += it->cost();
        if (qsizetype(m_ring.size()) < m_capacity) {
            m_ring.push_back(std::move(*it)); // still growing: head is 0 and nothing has wrapped
        } else {
            m_ring[physical(m_count)] = std::move(*it);
        }
        ++m_count;
    }
    endInsertRows();
    m_pendingBytes -= incomingBytes;
    m_pending.erase(m_pending.begin(), last);
    if (!m_pending.empty() && !m_paused)
        m_flushTimer.start(0);
    if (overflow > 0 || skipped > 0)
        emit droppedCountChanged(m_dropped);
}

void LogModel::dropOldest(qsizetype count)
{
    count = std::min(count, m_count);
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count - 1));
    for (qsizetype i = 0; i < count; ++i) {
        m_bytes -= m_ring[physical(i)].cost();
        m_ring[physical(i)] = LogEntry(); // free the payloads now
    }
    m_head = (m_head + count) % qsizetype(m_ring.size());
    m_count -= count;
    m_dropped += count;
    endRemoveRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_pending.clear();
    m_pendingBytes = 0;
    m_bytes = 0;
    m_head = 0;
    m_count = 0;
    m_dropped = 0;
    endResetModel();
    emit droppedCountChanged(0);
}

void LogModel::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(capacity, 1);
    if (capacity == m_capacity)
        return;
    flush();
    if (m_count > capacity) {
        dropOldest(m_count - capacity);
        emit droppedCountChanged(m_dropped);
    }
    repack(m_count); // the ring grows again from here, up to the new capacity
    m_capacity = capacity;
}

void LogModel::repack(qsizetype size)
{
    std::vector<LogEntry> packed(size_t(std::max(size, m_count)));
    for (qsizetype i = 0; i < m_count; ++i)
        packed[size_t(i)] = std::move(m_ring[physical(i)]);
    m_ring = std::move(packed);
    m_head = 0;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LogModel::setCheckIcon(LogEntry::Check check, const QIcon &icon)
{
    m_checkIcons[int(check)] = icon;
    if (m_count > 0)
        emit dataChanged(index(0, Time), index(int(m_count) - 1, Time), {Qt::DecorationRole});
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const LogEntry &e = entry(index.row());
    if (role == PayloadRole)
        return e.payload;
    if (role == DirectionRole)
        return int(e.direction);
    if (role == CheckRole)
        return int(e.check);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && index.column() == Time) {
        const QIcon &icon = m_checkIcons[int(e.check)];
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    if (role == Qt::BackgroundRole) {
        // The editor's error and warning colours, translucent: over the light or dark base alike.
        switch (e.check) {
        case LogEntry::Check::Invalid:
            return QColor(0xdc, 0x26, 0x26, 56);
        case LogEntry::Check::Unknown:
            return QColor(0xd9, 0x77, 0x06, 56);
        case LogEntry::Check::Conforms:
        case LogEntry::Check::None:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime().toString(u"HH:mm:ss.zzz");
    case Direction:
        switch (e.direction) {
        case LogEntry::Direction::Incoming:
            return tr("in");
        case LogEntry::Direction::Outgoing:
            return tr("out");
        case LogEntry::Direction::Connection:
            return tr("connection");
        }
        return {};
    case Event:
        return e.event;
    case Size:
        return e.direction == LogEntry::Direction::Connection ? QVariant()
                                                              : QVariant(QLocale().formattedDataSize(e.size()));
    case Message:
        return e.check == LogEntry::Check::Unknown ? tr("unknown message") : e.message;
    case Status:
        if (!e.status.isEmpty())
            return e.status;
        switch (e.check) {
        case LogEntry::Check::Conforms:
            return tr("ok");
        case LogEntry::Check::Invalid:
        case LogEntry::Check::Unknown:
            return e.errors.isEmpty() ? tr("does not conform") : e.errors.constFirst();
        case LogEntry::Check::None:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Direction:
        return tr("Direction");
    case Event:
        return tr("Event");
    case Size:
        return tr("Size");
    case Message:
        return tr("Message");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Signalbox::Live
