// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "graphpainter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Signalbox::Diagram {

using AsyncApi::GraphEdge;
using AsyncApi::GraphNode;
using AsyncApi::Operation;

namespace {

struct Colors
{
    QColor fill;
    QColor border;
    QColor accent;
};

Colors colorsFor(const GraphNode &node, bool dark)
{
    auto c = [dark](const char *light, const char *darkColor) {
        return QColor(QLatin1String(dark ? darkColor : light));
    };
    switch (node.kind) {
    case GraphNode::Kind::Application:
        return {c("#ede9fe", "#2e1065"), c("#7c3aed", "#a78bfa"), c("#6d28d9", "#c4b5fd")};
    case GraphNode::Kind::Server:
        return {c("#f1f5f9", "#1e293b"), c("#64748b", "#94a3b8"), c("#475569", "#cbd5e1")};
    case GraphNode::Kind::Channel:
        return {c("#e0f2fe", "#0c2d48"), c("#0284c7", "#38bdf8"), c("#b45309", "#fbbf24")};
    case GraphNode::Kind::Operation:
        if (node.action == Operation::Action::Send)
            return {c("#dcfce7", "#052e16"), c("#16a34a", "#4ade80"), c("#15803d", "#86efac")};
        return {c("#dbeafe", "#172554"), c("#2563eb", "#60a5fa"), c("#1d4ed8", "#93c5fd")};
    case GraphNode::Kind::Message:
        return {c("#fef9c3", "#422006"), c("#ca8a04", "#facc15"), c("#a16207", "#fde047")};
    case GraphNode::Kind::Reply:
        return {c("#fae8ff", "#3b0764"), c("#c026d3", "#e879f9"), c("#a21caf", "#f0abfc")};
    case GraphNode::Kind::Unresolved:
        return {c("#fee2e2", "#450a0a"), c("#dc2626", "#f87171"), c("#b91c1c", "#fca5a5")};
    }
    return {};
}

} // namespace

QColor nodeFill(const GraphNode &node, const PaintStyle &style)
{
    QColor c = colorsFor(node, style.dark).border;
    if (style.dimmed)
        c.setAlphaF(0.45);
    return c;
}

void paintNode(QPainter &p, const GraphNode &node, const QRectF &rect, const PaintStyle &style)
{
    const Colors col = colorsFor(node, style.dark);
    const QColor text = style.dark ? QColor(0xe5, 0xe7, 0xeb) : QColor(0x11, 0x18, 0x27);
    const QColor muted = style.dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x4b, 0x55, 0x63);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (style.dimmed)
        p.setOpacity(0.45);
    const bool selected = !style.selected.isEmpty() && style.selected == node.id;
    QPen border(selected ? (style.dark ? QColor(Qt::white) : QColor(Qt::black)) : col.border, selected ? 2.5 : 1.2);
    if (node.kind == GraphNode::Kind::Unresolved || node.kind == GraphNode::Kind::Reply)
        border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.setBrush(col.fill);
    const double radius = node.kind == GraphNode::Kind::Message ? 14 : 7;
    if (node.kind == GraphNode::Kind::Operation) {
        // Operations are arrows: pointing right to send, coming in from the left to receive.
        QPolygonF shape;
        const double tip = 12;
        if (node.action == Operation::Action::Receive)
            shape << rect.topLeft() << rect.topRight() << rect.bottomRight() << rect.bottomLeft()
                  << QPointF(rect.left() + tip, rect.center().y());
        else
            shape << rect.topLeft() << QPointF(rect.right() - tip, rect.top())
                  << QPointF(rect.right(), rect.center().y()) << QPointF(rect.right() - tip, rect.bottom())
                  << rect.bottomLeft();
        p.drawPolygon(shape);
    } else {
        p.drawRoundedRect(rect, radius, radius);
    }

    const NodeFonts fonts = nodeFonts(node, p.device());
    const bool badge = node.errors || node.warnings;
    const QRectF inner =
        rect.adjusted(NodePadding, NodeVerticalPadding, -NodePadding - (badge ? BadgeRoom : 0), -NodeVerticalPadding);
    // The name on as many lines as the box has room for (nodeSize made it for them), then the
    // detail; together centred vertically, so that a box without a detail is balanced too.
    const double detailHeight = node.detail.isEmpty() ? 0 : fonts.detailLine;
    const int room = int((inner.height() - detailHeight + 0.5) / fonts.titleLine);
    const QList<LabelLine> lines =
        wrapLabel(node.label, inner.width(), std::clamp(room, 1, MaxTitleLines), fonts.titleWidth);
    double y = inner.center().y() - (double(lines.size()) * fonts.titleLine + detailHeight) / 2;
    p.setFont(fonts.title);
    for (const LabelLine &line : lines) {
        // Address parameters set apart: the line in runs of plain and highlighted text.
        double x = inner.left();
        auto draw = [&](qsizetype from, qsizetype to, const QColor &color) {
            if (to <= from)
                return;
            const QString part = node.label.mid(from, to - from);
            p.setPen(color);
            p.drawText(QRectF(x, y, std::max(1.0, inner.right() - x), fonts.titleLine),
                       Qt::AlignLeft | Qt::AlignVCenter, part);
            x += fonts.titleWidth(part);
        };
        const qsizetype end = line.start + line.length;
        qsizetype at = line.start;
        for (const auto &[start, length] : node.highlights) {
            const qsizetype from = std::clamp(qsizetype(start), at, end);
            const qsizetype to = std::clamp(qsizetype(start) + length, from, end);
            draw(at, from, text);
            draw(from, to, col.accent);
            at = to;
        }
        draw(at, end, text);
        if (line.elided) {
            p.setPen(text);
            p.drawText(QRectF(x, y, std::max(1.0, inner.right() - x + 1), fonts.titleLine),
                       Qt::AlignLeft | Qt::AlignVCenter, QString(Ellipsis));
        }
        y += fonts.titleLine;
    }
    if (!node.detail.isEmpty()) {
        p.setFont(fonts.detail);
        p.setPen(node.kind == GraphNode::Kind::Operation ? col.accent : muted);
        const QRectF second(inner.left(), y, inner.width(), fonts.detailLine);
        p.drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(fonts.detail, p.device()).elidedText(node.detail, Qt::ElideRight, second.width()));
    }
    if (node.errors || node.warnings) {
        const QRectF badge(rect.right() - 22, rect.top() + 5, 16, 16);
        p.setPen(Qt::NoPen);
        p.setBrush(node.errors ? QColor(0xdc, 0x26, 0x26) : QColor(0xd9, 0x77, 0x06));
        p.drawEllipse(badge);
        p.setPen(Qt::white);
        QFont b = fonts.detail;
        b.setBold(true);
        p.setFont(b);
        p.drawText(badge, Qt::AlignCenter, QString::number(node.errors ? node.errors : node.warnings));
    }
    p.restore();
}

QPainterPath edgePath(const QList<QPointF> &points, QPolygonF *arrow)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    path.moveTo(points.first());
    qsizetype i = 1;
    for (; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    for (; i < points.size(); ++i)
        path.lineTo(points[i]);
    if (arrow) {
        // The direction at the tip: from the last point that differs from it (a Bézier's last
        // control point), cheaper than measuring the path.
        const QPointF tip = points.last();
        QPointF from = points.first();
        for (qsizetype k = points.size() - 2; k >= 0; --k) {
            if (QLineF(points[k], tip).length() > 0.5) {
                from = points[k];
                break;
            }
        }
        const QLineF dir(tip, from);
        const double angle = std::atan2(-dir.dy(), dir.dx());
        const double size = 8;
        *arrow = QPolygonF() << tip
                             << tip + QPointF(std::sin(angle + M_PI / 3) * size, std::cos(angle + M_PI / 3) * size)
                             << tip + QPointF(std::sin(angle + M_PI - M_PI / 3) * size,
                                              std::cos(angle + M_PI - M_PI / 3) * size);
    }
    return path;
}

void paintEdge(QPainter &p, const GraphEdge &edge, const QList<QPointF> &points, const PaintStyle &style)
{
    QPolygonF arrow;
    const QPainterPath path = edgePath(points, &arrow);
    QColor color = style.dark ? QColor(0x9c, 0xa3, 0xaf) : QColor(0x6b, 0x72, 0x80);
    QPen pen(color, 1.3);
    switch (edge.kind) {
    case GraphEdge::Kind::Broken:
        pen.setColor(QColor(0xdc, 0x26, 0x26));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.6);
        break;
    case GraphEdge::Kind::OperationReply:
        pen.setStyle(Qt::DashDotLine);
        pen.setColor(QColor(0xc0, 0x26, 0xd3));
        break;
    case GraphEdge::Kind::ChannelServer:
    case GraphEdge::Kind::Performs:
        pen.setStyle(Qt::DotLine);
        break;
    default:
        break;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (style.dimmed)
        p.setOpacity(0.45);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(pen.color());
    p.drawPolygon(arrow);
    if (edge.kind == GraphEdge::Kind::Broken && points.size() >= 2) {
        // A broken link: a cross half way.
        const QPointF mid = path.pointAtPercent(0.5);
        p.setPen(QPen(pen.color(), 2));
        p.drawLine(mid + QPointF(-5, -5), mid + QPointF(5, 5));
        p.drawLine(mid + QPointF(-5, 5), mid + QPointF(5, -5));
    }
    p.restore();
}

void paintGraph(QPainter &p, const AsyncApi::GraphModel &graph, const GraphLayout &layout, const PaintStyle &style)
{
    for (qsizetype i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i)
        paintEdge(p, graph.edges[i], layout.edges[i], style);
    for (const GraphNode &n : graph.nodes)
        paintNode(p, n, layout.nodes.value(n.id), style);
}

QByteArray renderGraph(const AsyncApi::GraphModel &graph, const GraphLayout &layout, const QString &format,
                       const PaintStyle &style)
{
    const QRectF area = layout.bounds.adjusted(-20, -20, 20, 20);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (format == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(area.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), area.size()));
        svg.setTitle(QStringLiteral("AsyncAPI graph"));
        QPainter p(&svg);
        p.translate(-area.topLeft());
        paintGraph(p, graph, layout, style);
        p.end();
        return bytes;
    }
    // Big graphs are scaled down to at most 16 megapixels: larger PNGs take seconds to compress.
    constexpr double MaxPixels = 16e6;
    const double scale =
        area.width() * area.height() > MaxPixels ? std::sqrt(MaxPixels / (area.width() * area.height())) : 1.0;
    QImage image((area.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(style.dark ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white));
    {
        QPainter p(&image);
        p.scale(scale, scale);
        p.translate(-area.topLeft());
        paintGraph(p, graph, layout, style);
    }
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 90); // light compression: fast
    return bytes;
}

} // namespace Signalbox::Diagram
