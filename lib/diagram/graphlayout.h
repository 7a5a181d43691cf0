// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "labelwrap.h"

#include <asyncapi/graph/graphmodel.h>

#include <QFont>
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

/// The point size of a node's name; its detail line is smaller.
inline constexpr double TitlePointSize = 9.5;
inline constexpr double DetailPointSize = 8;
/// Room around a node's texts: left and right, top and bottom, and for the error badge on the right.
inline constexpr double NodePadding = 14;
inline constexpr double NodeVerticalPadding = 5;
inline constexpr double BadgeRoom = 12;
/// A node's name takes at most this many lines.
inline constexpr int MaxTitleLines = 2;

/** The fonts of a node's texts, how wide a text is in them and how far apart their lines are. */
struct NodeFonts
{
    QFont title;
    QFont detail;
    TextWidth titleWidth;
    TextWidth detailWidth;
    double titleLine = 0;
    double detailLine = 0;
};

/**
 * The fonts of \a node's texts, measured for \a device (the screen when null). Without a
 * QGuiApplication (a command that only writes dot), widths and heights are estimated.
 */
NodeFonts nodeFonts(const AsyncApi::GraphNode &node, const QPaintDevice *device = nullptr);

/**
 * The size of a node's box, from its texts (shared by the window and the command-line renderer):
 * wide enough for its name on one line, or, when the name is too long for that, for the name
 * wrapped onto two lines of about even length (elided after that), and tall enough for them.
 */
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
