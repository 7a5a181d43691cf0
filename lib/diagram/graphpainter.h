// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "graphlayout.h"

#include <QPainterPath>

class QPainter;

namespace Signalbox::Diagram {

struct PaintStyle
{
    bool dark = false;
    bool dimmed = false; ///< The text does not parse: the last good graph, faded.
    QString selected;    ///< Id of the highlighted node.
};

/** The fill colour of a node (also its whole look when drawn tiny). */
QColor nodeFill(const AsyncApi::GraphNode &node, const PaintStyle &style);
/** Draws one node in \a rect: a rounded box coloured by kind, name and detail, an error badge. */
void paintNode(QPainter &painter, const AsyncApi::GraphNode &node, const QRectF &rect, const PaintStyle &style);
/** The path of an edge from its layout points; \a arrow receives the arrowhead polygon. */
QPainterPath edgePath(const QList<QPointF> &points, QPolygonF *arrow);
/** Draws one edge (dashed and red when broken). */
void paintEdge(QPainter &painter, const AsyncApi::GraphEdge &edge, const QList<QPointF> &points,
               const PaintStyle &style);
/** Draws the whole graph (for export and the command line). */
void paintGraph(QPainter &painter, const AsyncApi::GraphModel &graph, const GraphLayout &layout,
                const PaintStyle &style);

/** Renders to SVG or PNG bytes; \a format is "svg" or "png". Needs a QGuiApplication. */
QByteArray renderGraph(const AsyncApi::GraphModel &graph, const GraphLayout &layout, const QString &format,
                       const PaintStyle &style = {});

} // namespace Signalbox::Diagram
