// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/graph/graphmodel.h>

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Signalbox::Diagram {

/** Where everything of a graph goes, left to right, in pixels. */
struct GraphLayout
{
    QHash<QString, QRectF> nodes; ///< By node id.
    /// Per edge (same order as the model's edges): cubic Bézier points, start then triples.
    QList<QList<QPointF>> edges;
    QRectF bounds;
    QString engine; ///< "dot" or "layered".
    bool isValid() const { return !nodes.isEmpty(); }
};

struct LayoutOptions
{
    /// Above this many nodes Graphviz dot is too slow (it takes seconds on the crossing-heavy graphs
    /// of big specs): a layered layout of our own takes over.
    int maxDotNodes = 250;
};

/** The size of a node's box, from its texts (shared by the window and the command-line renderer). */
QSizeF nodeSize(const AsyncApi::GraphNode &node);

/**
 * Lays \a graph out: Graphviz dot (libgvc) for ordinary graphs, a layered layout by kind for big
 * ones. Deterministic: the same structure always gives the same positions. Thread-safe (Graphviz
 * calls are serialised).
 */
GraphLayout layoutGraph(const AsyncApi::GraphModel &graph, const LayoutOptions &options = {});

/** The graph in Graphviz's dot language, with positions when \a layout is given. */
QString graphToDot(const AsyncApi::GraphModel &graph, const GraphLayout *layout = nullptr);

} // namespace Signalbox::Diagram
