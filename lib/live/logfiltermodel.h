// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logmodel.h"

#include <QSortFilterProxyModel>

namespace Signalbox::Live {

/**
 * The log's rows that pass a text filter (event, message, payload, status), a direction filter and
 * a traffic filter: the messages that went over one node or edge of the graph (Traffic::keysOf()).
 */
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Directions { All, Incoming, Outgoing, Messages, Connection, Problems };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setDirections(Directions directions);
    /// Only messages with one of \a keys (Traffic::keysOf()); empty: all.
    void setTrafficKeys(const QStringList &keys);
    const QStringList &trafficKeys() const { return m_keys; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Directions m_directions = Directions::All;
    QStringList m_keys;
};

} // namespace Signalbox::Live
