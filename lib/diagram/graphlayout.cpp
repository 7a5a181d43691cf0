// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "graphlayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <map>
#include <mutex>

Q_LOGGING_CATEGORY(lcGraph, "signalbox.graph", QtWarningMsg)

namespace Signalbox::Diagram {

using AsyncApi::GraphEdge;
using AsyncApi::GraphModel;
using AsyncApi::GraphNode;

namespace {

// Estimates for when there is no QGuiApplication to measure with.
constexpr double TitleCharWidth = 8.6;  // a bold 9.5 pt sans-serif character, on average
constexpr double DetailCharWidth = 6.6; // an 8 pt one
constexpr double TitleLineEstimate = 16;
constexpr double DetailLineEstimate = 13;
constexpr double NodeHeight = 46; // one line of name and one of detail
constexpr double MinWidth = 110;
constexpr double MaxWidth = 360;
constexpr double RankGap = 90;
constexpr double NodeGap = 14;
constexpr double PointsPerInch = 72;

int rankOf(GraphNode::Kind kind)
{
    switch (kind) {
    case GraphNode::Kind::Application:
        return 0;
    case GraphNode::Kind::Operation:
        return 1;
    case GraphNode::Kind::Channel:
    case GraphNode::Kind::Reply:
    case GraphNode::Kind::Unresolved:
        return 2;
    case GraphNode::Kind::Message:
    case GraphNode::Kind::Server:
        return 3;
    }
    return 2;
}

/** Graphviz 2.42 takes char*, never writing through it. */
char *cs(const char *s)
{
    return const_cast<char *>(s);
}

QList<QPointF> straight(const QRectF &from, const QRectF &to)
{
    const QPointF a(from.right(), from.center().y());
    const QPointF b(to.left(), to.center().y());
    const double dx = std::max(30.0, (b.x() - a.x()) / 2);
    return {a, a + QPointF(dx, 0), b - QPointF(dx, 0), b};
}

GraphLayout layered(const GraphModel &g)
{
    GraphLayout out;
    out.engine = QStringLiteral("layered");
    std::map<int, std::vector<qsizetype>> ranks;
    for (qsizetype i = 0; i < g.nodes.size(); ++i)
        ranks[rankOf(g.nodes[i].kind)].push_back(i);
    // Order each rank by where its neighbours in the previous rank are (barycentre), then by
    // document order: few crossings for the operation → channel → message shape.
    QHash<QString, QStringList> neighbours;
    for (const GraphEdge &e : g.edges) {
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    QHash<QString, double> order;
    double x = 0;
    for (auto &[rank, members] : ranks) {
        std::vector<std::pair<double, qsizetype>> keyed;
        for (qsizetype i : members) {
            double sum = 0;
            int count = 0;
            for (const QString &other : neighbours.value(g.nodes[i].id)) {
                if (const auto it = order.constFind(other); it != order.constEnd()) {
                    sum += *it;
                    ++count;
                }
            }
            keyed.emplace_back(count ? sum / count : 1e9 + double(i), i);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        double width = 0;
        for (const auto &[key, i] : keyed)
            width = std::max(width, nodeSize(g.nodes[i]).width());
        double y = 0;
        for (const auto &[key, i] : keyed) {
            const QSizeF size = nodeSize(g.nodes[i]);
            out.nodes.insert(g.nodes[i].id, QRectF(QPointF(x, y), size));
            order.insert(g.nodes[i].id, y);
            y += size.height() + NodeGap;
        }
        x += width + RankGap;
    }
    // Centre each rank vertically against the tallest.
    double tallest = 0;
    QHash<int, double> heights;
    for (const auto &[rank, members] : ranks) {
        double h = 0;
        for (qsizetype i : members)
            h = std::max(h, out.nodes.value(g.nodes[i].id).bottom());
        heights.insert(rank, h);
        tallest = std::max(tallest, h);
    }
    for (const auto &[rank, members] : ranks) {
        const double shift = (tallest - heights.value(rank)) / 2;
        for (qsizetype i : members)
            out.nodes[g.nodes[i].id].translate(0, shift);
    }
    for (const GraphEdge &e : g.edges)
        out.edges.append(straight(out.nodes.value(e.from), out.nodes.value(e.to)));
    for (const QRectF &r : std::as_const(out.nodes))
        out.bounds = out.bounds.united(r);
    return out;
}

std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

GraphLayout dot(const GraphModel &g)
{
    std::lock_guard lock(graphvizMutex());
    GVC_t *gvc = gvContext();
    Agraph_t *graph = agopen(cs("G"), Agdirected, nullptr);
    agattr(graph, AGRAPH, cs("rankdir"), cs("LR"));
    agattr(graph, AGRAPH, cs("nodesep"), cs("0.2"));
    agattr(graph, AGRAPH, cs("ranksep"), cs("0.9"));
    agattr(graph, AGRAPH, cs("mclimit"), cs("0.5")); // bound the crossing minimisation
    agattr(graph, AGRAPH, cs("nslimit"), cs("4"));
    agattr(graph, AGNODE, cs("shape"), cs("box"));
    agattr(graph, AGNODE, cs("fixedsize"), cs("true"));
    agattr(graph, AGNODE, cs("width"), cs("1"));
    agattr(graph, AGNODE, cs("height"), cs("0.5"));
    agattr(graph, AGNODE, cs("label"), cs(""));
    agattr(graph, AGEDGE, cs("weight"), cs("1"));

    std::vector<Agnode_t *> nodes;
    for (qsizetype i = 0; i < g.nodes.size(); ++i) {
        Agnode_t *n = agnode(graph, cs(("n" + std::to_string(i)).c_str()), 1);
        const QSizeF size = nodeSize(g.nodes[i]);
        agsafeset(n, cs("width"), cs(std::to_string(size.width() / PointsPerInch).c_str()), cs(""));
        agsafeset(n, cs("height"), cs(std::to_string(size.height() / PointsPerInch).c_str()), cs(""));
        nodes.push_back(n);
    }
    std::vector<Agedge_t *> edges;
    for (qsizetype i = 0; i < g.edges.size(); ++i) {
        const qsizetype a = g.indexOf(g.edges[i].from);
        const qsizetype b = g.indexOf(g.edges[i].to);
        Agedge_t *e =
            agedge(graph, nodes[std::size_t(a)], nodes[std::size_t(b)], cs(("e" + std::to_string(i)).c_str()), 1);
        if (g.edges[i].kind == GraphEdge::Kind::ChannelServer)
            agsafeset(e, cs("weight"), cs("0"), cs("1")); // servers follow, they do not pull
        edges.push_back(e);
    }
    GraphLayout out;
    out.engine = QStringLiteral("dot");
    if (gvLayout(gvc, graph, "dot") == 0) {
        const double top = GD_bb(graph).UR.y;
        auto flip = [top](pointf p) { return QPointF(p.x, top - p.y); };
        for (qsizetype i = 0; i < g.nodes.size(); ++i) {
            const QSizeF size = nodeSize(g.nodes[i]);
            const QPointF c = flip(ND_coord(nodes[std::size_t(i)]));
            out.nodes.insert(g.nodes[i].id, QRectF(c - QPointF(size.width() / 2, size.height() / 2), size));
        }
        for (qsizetype i = 0; i < g.edges.size(); ++i) {
            QList<QPointF> points;
            const splines *spl = ED_spl(edges[std::size_t(i)]);
            if (spl && spl->size > 0) {
                const bezier &bz = spl->list[0];
                for (int k = 0; k < bz.size; ++k)
                    points.append(flip(bz.list[k]));
                if (bz.eflag)
                    points.append(flip(bz.ep)); // the arrow's tip
            }
            if (points.size() < 4)
                points = straight(out.nodes.value(g.edges[i].from), out.nodes.value(g.edges[i].to));
            out.edges.append(points);
        }
        for (const QRectF &r : std::as_const(out.nodes))
            out.bounds = out.bounds.united(r);
        gvFreeLayout(gvc, graph);
    } else {
        qCWarning(lcGraph) << "Graphviz dot failed; using the layered layout";
    }
    agclose(graph);
    gvFreeContext(gvc);
    return out;
}

} // namespace

NodeFonts nodeFonts(const GraphNode &node, const QPaintDevice *device)
{
    NodeFonts f;
    f.title.setPointSizeF(TitlePointSize);
    f.title.setBold(node.kind != GraphNode::Kind::Message);
    f.detail.setPointSizeF(DetailPointSize);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        f.titleWidth = [](QStringView s) { return double(s.size()) * TitleCharWidth; };
        f.detailWidth = [](QStringView s) { return double(s.size()) * DetailCharWidth; };
        f.titleLine = TitleLineEstimate;
        f.detailLine = DetailLineEstimate;
        return f;
    }
    // QFontMetricsF may be used on the layout's worker thread too (Qt renders fonts in any thread).
    auto metrics = [device](const QFont &font) {
        // QFontMetricsF takes a non-const device but only reads its resolution.
        return device ? QFontMetricsF(font, const_cast<QPaintDevice *>(device)) : QFontMetricsF(font);
    };
    const QFontMetricsF title = metrics(f.title);
    const QFontMetricsF detail = metrics(f.detail);
    f.titleWidth = [title](QStringView s) { return title.horizontalAdvance(s.toString()); };
    f.detailWidth = [detail](QStringView s) { return detail.horizontalAdvance(s.toString()); };
    f.titleLine = title.lineSpacing();
    f.detailLine = detail.lineSpacing();
    return f;
}

QSizeF nodeSize(const GraphNode &node)
{
    const NodeFonts f = nodeFonts(node);
    const double badge = node.errors || node.warnings ? BadgeRoom : 0;
    const double room = MaxWidth - 2 * NodePadding - badge;
    QList<LabelLine> lines = wrapLabel(node.label, room, MaxTitleLines, f.titleWidth);
    if (lines.size() > 1 && !lines.last().elided) {
        // Two lines of about even length rather than a full one and a short one: the narrowest
        // width that still takes the name in two lines, found by halving.
        double low = room / 2;
        double high = room;
        for (int i = 0; i < 8; ++i) {
            const double mid = (low + high) / 2;
            const QList<LabelLine> tried = wrapLabel(node.label, mid, MaxTitleLines, f.titleWidth);
            if (tried.last().elided) {
                low = mid;
            } else {
                high = mid;
                lines = tried;
            }
        }
    }
    double text = node.detail.isEmpty() ? 0 : f.detailWidth(node.detail);
    for (const QString &line : lineTexts(node.label, lines))
        text = std::max(text, f.titleWidth(line));
    const double width = std::clamp(std::ceil(text) + 1 + 2 * NodePadding + badge, MinWidth, MaxWidth);
    const double height = NodeHeight + double(std::max(qsizetype(1), lines.size()) - 1) * std::ceil(f.titleLine);
    return {std::ceil(width), height};
}

GraphLayout layoutGraph(const GraphModel &graph, const LayoutOptions &options)
{
    if (graph.nodes.isEmpty())
        return {};
    if (graph.nodes.size() <= options.maxDotNodes) {
        GraphLayout l = dot(graph);
        if (l.isValid())
            return l;
    }
    return layered(graph);
}

QString graphToDot(const GraphModel &graph, const GraphLayout *layout)
{
    auto escape = [](QString s) -> QString {
        return s.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    };
    auto quote = [&escape](const QString &s) -> QString { return QLatin1Char('"') + escape(s) + QLatin1Char('"'); };
    QString out = QStringLiteral("digraph asyncapi {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n");
    for (const GraphNode &n : graph.nodes) {
        out +=
            QStringLiteral("  %1 [label=%2, class=%3")
                .arg(quote(n.id),
                     QLatin1Char('"') + escape(n.label) +
                         (n.detail.isEmpty() ? QString() : QStringLiteral("\\n") + escape(n.detail)) + QLatin1Char('"'),
                     quote(AsyncApi::kindName(n.kind)));
        if (layout && layout->nodes.contains(n.id)) {
            const QPointF c = layout->nodes.value(n.id).center();
            out += QStringLiteral(", pos=\"%1,%2!\"").arg(c.x(), 0, 'f', 1).arg(-c.y(), 0, 'f', 1);
        }
        if (n.errors)
            out += QStringLiteral(", color=red");
        out += QStringLiteral("];\n");
    }
    for (const GraphEdge &e : graph.edges) {
        out += QStringLiteral("  %1 -> %2 [class=%3%4];\n")
                   .arg(quote(e.from), quote(e.to), quote(AsyncApi::kindName(e.kind)),
                        e.kind == GraphEdge::Kind::Broken ? QStringLiteral(", style=dashed, color=red") : QString());
    }
    return out + QStringLiteral("}\n");
}

} // namespace Signalbox::Diagram
