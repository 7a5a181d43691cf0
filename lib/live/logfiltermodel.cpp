// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logfiltermodel.h"

#include "traffic.h"

#include <algorithm>

namespace Signalbox::Live {

void LogFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void LogFilterModel::setDirections(Directions directions)
{
    if (directions == m_directions)
        return;
    m_directions = directions;
    invalidateFilter();
}

void LogFilterModel::setTrafficKeys(const QStringList &keys)
{
    if (keys == m_keys)
        return;
    m_keys = keys;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *log = qobject_cast<const LogModel *>(sourceModel());
    if (!log)
        return true;
    const LogEntry &e = log->entry(sourceRow);
    switch (m_directions) {
    case Directions::All:
        break;
    case Directions::Incoming:
        if (e.direction != LogEntry::Direction::Incoming)
            return false;
        break;
    case Directions::Outgoing:
        if (e.direction != LogEntry::Direction::Outgoing)
            return false;
        break;
    case Directions::Messages:
        if (e.direction == LogEntry::Direction::Connection)
            return false;
        break;
    case Directions::Connection:
        if (e.direction != LogEntry::Direction::Connection)
            return false;
        break;
    case Directions::Problems:
        if (e.check != LogEntry::Check::Invalid && e.check != LogEntry::Check::Unknown)
            return false;
        break;
    }
    if (!m_keys.isEmpty()) {
        const QStringList keys = Traffic::keysOf(e);
        if (std::none_of(keys.cbegin(), keys.cend(), [this](const QString &k) { return m_keys.contains(k); }))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return e.event.contains(m_text, Qt::CaseInsensitive) || e.message.contains(m_text, Qt::CaseInsensitive) ||
           e.status.contains(m_text, Qt::CaseInsensitive) ||
           QString::fromUtf8(e.payload).contains(m_text, Qt::CaseInsensitive);
}

} // namespace Signalbox::Live
