// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Signalbox {

/**
 * The outline's Detail column: the badge (protocol, send/receive, AsyncAPI version) as a small
 * coloured pill in the graph's colours, then the detail, elided at the right when the column is
 * narrow (the row's tooltip has it in full).
 */
class OutlineDetailDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineDetailDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Signalbox
