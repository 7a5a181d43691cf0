// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "outlinedelegate.h"

#include <asyncapi/document/spec.h>
#include <workspace/outlinemodel.h>

#include <QApplication>
#include <QPainter>

namespace Signalbox {

using Workspace::OutlineModel;

namespace {

constexpr int PillPadding = 5; // on each side of the badge's text
constexpr int PillGap = 6;     // between the badge and the detail

QColor pillColor(const QModelIndex &index)
{
    // The graph's border colours (lib/diagram/graphpainter.cpp), so that a badge here and a box
    // there read alike: send green, receive blue, servers slate, the document violet.
    switch (OutlineModel::Kind(index.data(OutlineModel::KindRole).toInt())) {
    case OutlineModel::Kind::Operation:
        if (index.data(OutlineModel::ActionRole).toInt() == int(AsyncApi::Operation::Action::Send))
            return QColor(0x16, 0xa3, 0x4a);
        if (index.data(OutlineModel::ActionRole).toInt() == int(AsyncApi::Operation::Action::Receive))
            return QColor(0x25, 0x63, 0xeb);
        return QColor(0xd9, 0x77, 0x06);
    case OutlineModel::Kind::Server:
        return QColor(0x64, 0x74, 0x8b);
    case OutlineModel::Kind::Info:
        return QColor(0x7c, 0x3a, 0xed);
    default:
        return QColor(0x64, 0x74, 0x8b);
    }
}

QFont badgeFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : base.pointSizeF());
    return f;
}

} // namespace

void OutlineDetailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString badge = index.data(OutlineModel::BadgeRole).toString();
    if (badge.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index); // plain text, elided by the style
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString detail = index.data(OutlineModel::DetailRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool dimmed = index.data(Qt::ForegroundRole).isValid(); // a stale outline is drawn dimmed
    const QFont small = badgeFont(opt.font);
    const QFontMetrics sm(small);
    const int pillHeight = std::min(text.height() - 2, sm.height() + 2);
    const QString pillText = sm.elidedText(badge, Qt::ElideRight, std::max(0, text.width() - 2 * PillPadding));
    const QRect pill(text.left(), text.top() + (text.height() - pillHeight) / 2,
                     std::min(text.width(), sm.horizontalAdvance(pillText) + 2 * PillPadding), pillHeight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = pillColor(index);
    if (dimmed)
        fill.setAlphaF(0.45);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, pillText);
    painter->restore();

    const QRect rest(pill.right() + PillGap, text.top(), text.right() - pill.right() - PillGap, text.height());
    if (rest.width() > 0 && !detail.isEmpty()) {
        painter->save();
        painter->setFont(opt.font);
        const QPalette::ColorGroup group = dimmed                                    ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) != 0 ? QPalette::Active
                                                                                     : QPalette::Inactive;
        painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                      : QPalette::Text));
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(detail, Qt::ElideRight, rest.width()));
        painter->restore();
    }
}

QSize OutlineDetailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString badge = index.data(OutlineModel::BadgeRole).toString();
    if (!badge.isEmpty()) {
        const QFontMetrics sm(badgeFont(option.font));
        size.setWidth(sm.horizontalAdvance(badge) + 2 * PillPadding + PillGap +
                      option.fontMetrics.horizontalAdvance(index.data(OutlineModel::DetailRole).toString()) + 8);
    }
    return size;
}

} // namespace Signalbox
