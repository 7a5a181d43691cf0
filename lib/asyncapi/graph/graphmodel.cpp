// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "graphmodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Signalbox::AsyncApi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxGraph)
};

/** Where an element's text lies in the main document: its definition, or where it is named. */
struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;
};

Span spanOf(const Element &e)
{
    return {e.extent.start.offset, e.extent.end.offset};
}

void countDiagnostics(GraphNode &node, const Element &e, const Analysis &a, const QList<Span> &extra = {})
{
    // Where the element is named, and (for a reference to a component) where it is defined: two
    // separate places, not the text between them.
    QList<Span> spans{spanOf(e)};
    spans += extra;
    if (e.node && a.documents && e.node.doc == a.documents->main()) {
        const SourceRange r = e.node.doc->range(e.node.node);
        spans.append({r.start.offset, r.end.offset});
    }
    for (const Diagnostic &d : a.diagnostics) {
        if (!d.file.isEmpty() || (d.severity != Severity::Error && d.severity != Severity::Warning))
            continue;
        for (const Span &s : spans) {
            if (d.range.start.offset >= s.start && d.range.start.offset < std::max(s.end, s.start + 1)) {
                (d.severity == Severity::Error ? node.errors : node.warnings)++;
                break;
            }
        }
    }
}

QList<std::pair<int, int>> parameterSpans(const QString &address)
{
    QList<std::pair<int, int>> out;
    static const QRegularExpression param(QStringLiteral(R"(\{[^}]*\})"));
    auto it = param.globalMatch(address);
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({int(m.capturedStart()), int(m.capturedLength())});
    }
    return out;
}

QStringList tagNames(const QList<Tag> &tags)
{
    QStringList out;
    for (const Tag &t : tags) {
        if (!t.name.isEmpty())
            out << t.name;
    }
    return out;
}

} // namespace

qsizetype GraphModel::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return i;
    }
    return -1;
}

QByteArray GraphModel::structureSignature() const
{
    QByteArray sig;
    for (const GraphNode &n : nodes)
        sig += n.id.toUtf8() + '\x1f' + n.label.toUtf8() + '\x1f' + n.detail.toUtf8() + '\n';
    for (const GraphEdge &e : edges)
        sig += e.from.toUtf8() + "->" + e.to.toUtf8() + QByteArray::number(int(e.kind)) + '\n';
    return sig;
}

qsizetype GraphModel::nodeAt(qsizetype offset) const
{
    qsizetype best = -1;
    qsizetype bestSize = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const SourceRange &r = nodes[i].range;
        if (!r.isValid() || offset < r.start.offset || offset > r.end.offset)
            continue;
        const qsizetype size = r.end.offset - r.start.offset;
        if (best < 0 || size < bestSize) {
            best = i;
            bestSize = size;
        }
    }
    return best;
}

GraphModel buildGraph(const Analysis &a, const GraphOptions &options)
{
    GraphModel g;
    if (!a.spec)
        return g;
    const Spec &spec = *a.spec;
    auto addNode = [&g](GraphNode n) { g.nodes.append(std::move(n)); };

    GraphNode app;
    app.id = ElementId::application().toString();
    app.kind = GraphNode::Kind::Application;
    app.label = spec.info.title.isEmpty() ? Tr::tr("(untitled)") : spec.info.title;
    app.detail = spec.info.version.isEmpty() ? QString() : Tr::tr("version %1").arg(spec.info.version);
    app.range = spec.info.range;
    app.pointer = QStringLiteral("/info");
    addNode(app);

    for (const Server &s : spec.servers) {
        GraphNode n;
        n.id = ElementId::server(s.name).toString();
        n.kind = GraphNode::Kind::Server;
        n.label = s.name;
        n.detail = s.protocol.isEmpty() ? s.host : QStringLiteral("%1 · %2").arg(s.protocol, s.host + s.pathname);
        n.range = s.extent;
        n.pointer = s.pointer;
        countDiagnostics(n, s, a);
        addNode(n);
    }
    QHash<const YamlNode *, QString> messageNodes; // a message's definition → its node
    auto hasEdge = [&g](const GraphEdge &e) {
        return std::any_of(g.edges.cbegin(), g.edges.cend(),
                           [&e](const GraphEdge &x) { return x.from == e.from && x.to == e.to && x.kind == e.kind; });
    };
    for (const Channel &c : spec.channels) {
        GraphNode n;
        n.id = ElementId::channel(c.name).toString();
        n.kind = GraphNode::Kind::Channel;
        n.label = c.dynamicAddress ? c.name : c.address;
        n.highlights = c.dynamicAddress ? QList<std::pair<int, int>>() : parameterSpans(c.address);
        n.detail =
            c.dynamicAddress ? Tr::tr("%1 · dynamic address").arg(c.name) : (c.address == c.name ? QString() : c.name);
        if (options.collapseMessages && !c.messages.isEmpty()) {
            QStringList names;
            for (const Message &m : c.messages)
                names << m.name;
            n.detail =
                (n.detail.isEmpty() ? QString() : n.detail + QStringLiteral(" · ")) + names.join(QStringLiteral(", "));
        }
        n.range = c.extent;
        n.pointer = c.pointer;
        n.servers = c.servers;
        countDiagnostics(n, c, a);
        addNode(n);
        for (const QString &server : c.servers) {
            if (spec.server(server))
                g.edges.append({n.id, ElementId::server(server).toString(), GraphEdge::Kind::ChannelServer});
        }
        if (!options.collapseMessages) {
            for (const Message &m : c.messages) {
                // A definition used in several places (a `$ref` to one component from two channels) is
                // one message, as the official parser counts it: one node, an arrow from each channel.
                if (const QString seen = messageNodes.value(m.node.node); m.node && !seen.isEmpty()) {
                    g.aliases.insert(ElementId::message(c.name, m.name).toString(), seen);
                    const GraphEdge edge{n.id, seen, GraphEdge::Kind::ChannelMessage};
                    if (!hasEdge(edge))
                        g.edges.append(edge);
                    continue;
                }
                GraphNode mn;
                mn.id = ElementId::message(c.name, m.name).toString();
                if (m.node)
                    messageNodes.insert(m.node.node, mn.id);
                mn.kind = GraphNode::Kind::Message;
                mn.label = m.messageName.isEmpty() ? m.name : m.messageName;
                mn.detail = m.contentType.isEmpty() ? spec.defaultContentType : m.contentType;
                mn.range = m.extent;
                mn.pointer = m.pointer;
                // A message's payload and headers schemas are part of it, wherever they are defined.
                QList<Span> schemas;
                for (const NodeRef &part : {m.payload, m.headers}) {
                    if (part && a.documents && part.doc == a.documents->main()) {
                        const SourceRange r = part.doc->range(part.node);
                        schemas.append({r.start.offset, r.end.offset});
                    }
                }
                countDiagnostics(mn, m, a, schemas);
                addNode(mn);
                g.edges.append({n.id, mn.id, GraphEdge::Kind::ChannelMessage});
            }
        }
    }
    if (!options.collapseMessages) {
        // Messages defined under components and used by no channel are part of the API too (the
        // official parser lists them): shown on their own, said unused.
        for (const Component &c : spec.components) {
            if (c.kind != QLatin1String("messages") || (c.node && messageNodes.contains(c.node.node)))
                continue;
            GraphNode mn;
            mn.id = ElementId::message(QString(), c.name).toString();
            mn.kind = GraphNode::Kind::Message;
            mn.label = c.node.textAt("name");
            if (mn.label.isEmpty())
                mn.label = c.name;
            mn.detail = Tr::tr("used by no channel");
            mn.range = c.extent;
            mn.pointer = c.pointer;
            countDiagnostics(mn, c, a);
            if (c.node)
                messageNodes.insert(c.node.node, mn.id);
            addNode(mn);
        }
    }
    for (const Operation &o : spec.operations) {
        GraphNode n;
        n.id = ElementId::operation(o.name).toString();
        n.kind = GraphNode::Kind::Operation;
        n.label = o.name;
        n.action = o.action;
        n.detail = actionLabel(o);
        n.note = actionExplanation(o);
        if (!o.summary.isEmpty())
            n.detail += QStringLiteral(" · ") + o.summary.left(40);
        n.range = o.extent.isValid() ? o.extent : o.range;
        n.pointer = o.pointer;
        n.tags = tagNames(o.tags);
        countDiagnostics(n, o, a);
        addNode(n);
        g.edges.append({app.id, n.id, GraphEdge::Kind::Performs});
        if (const QString channel = ElementId::channel(o.channel).toString();
            o.channelResolved && g.indexOf(channel) >= 0) {
            g.edges.append({n.id, channel, GraphEdge::Kind::OperationChannel});
        } else {
            GraphNode broken;
            broken.id = ElementId{ElementId::Kind::Unresolved, o.name}.toString();
            broken.kind = GraphNode::Kind::Unresolved;
            broken.label = o.channelRef.isEmpty() ? Tr::tr("(no channel)") : o.channelRef;
            broken.detail = Tr::tr("channel does not resolve");
            broken.range = n.range;
            broken.errors = 1;
            addNode(broken);
            g.edges.append({n.id, broken.id, GraphEdge::Kind::Broken});
        }
        if (o.reply.present) {
            if (const QString channel = ElementId::channel(o.reply.channel).toString();
                !o.reply.channel.isEmpty() && g.indexOf(channel) >= 0) {
                g.edges.append({n.id, channel, GraphEdge::Kind::OperationReply});
            } else {
                GraphNode reply;
                reply.id = ElementId{ElementId::Kind::Reply, o.name}.toString();
                reply.kind = GraphNode::Kind::Reply;
                reply.label = o.reply.address.isEmpty() ? Tr::tr("reply") : o.reply.address;
                reply.detail = Tr::tr("reply of %1").arg(o.name);
                reply.range = o.reply.range;
                addNode(reply);
                g.edges.append({n.id, reply.id, GraphEdge::Kind::OperationReply});
            }
        }
    }

    // Filters keep matching nodes with their neighbours, and the application.
    const bool filtering = !options.server.isEmpty() || !options.tag.isEmpty() || !options.text.isEmpty();
    if (filtering) {
        QSet<QString> keep{app.id};
        auto neighbours = [&g](const QString &id, QSet<QString> &into) {
            for (const GraphEdge &e : g.edges) {
                if (e.kind == GraphEdge::Kind::Performs)
                    continue;
                if (e.from == id)
                    into.insert(e.to);
                if (e.to == id)
                    into.insert(e.from);
            }
        };
        QSet<QString> seeds;
        for (const GraphNode &n : g.nodes) {
            bool match = true;
            if (!options.server.isEmpty())
                match = match && (n.kind == GraphNode::Kind::Channel) &&
                        (n.servers.isEmpty() || n.servers.contains(options.server));
            if (!options.tag.isEmpty())
                match = match && n.kind == GraphNode::Kind::Operation && n.tags.contains(options.tag);
            if (!options.text.isEmpty())
                match = match && (n.label.contains(options.text, Qt::CaseInsensitive) ||
                                  n.detail.contains(options.text, Qt::CaseInsensitive));
            if (match)
                seeds.insert(n.id);
        }
        keep += seeds;
        for (const QString &id : std::as_const(seeds)) {
            QSet<QString> around;
            neighbours(id, around);
            keep += around;
            // An operation's channel brings the channel's messages; a channel brings its operations.
            for (const QString &n : std::as_const(around)) {
                if (ElementId::fromString(n).kind == ElementId::Kind::Channel)
                    neighbours(n, keep);
            }
        }
        if (!options.server.isEmpty())
            keep.insert(ElementId::server(options.server).toString());
        g.nodes.erase(std::remove_if(g.nodes.begin(), g.nodes.end(),
                                     [&keep](const GraphNode &n) { return !keep.contains(n.id); }),
                      g.nodes.end());
        g.edges.erase(
            std::remove_if(g.edges.begin(), g.edges.end(),
                           [&keep](const GraphEdge &e) { return !keep.contains(e.from) || !keep.contains(e.to); }),
            g.edges.end());
    }
    return g;
}

QString kindName(GraphNode::Kind kind)
{
    switch (kind) {
    case GraphNode::Kind::Application:
        return QStringLiteral("application");
    case GraphNode::Kind::Server:
        return QStringLiteral("server");
    case GraphNode::Kind::Channel:
        return QStringLiteral("channel");
    case GraphNode::Kind::Operation:
        return QStringLiteral("operation");
    case GraphNode::Kind::Message:
        return QStringLiteral("message");
    case GraphNode::Kind::Reply:
        return QStringLiteral("reply");
    case GraphNode::Kind::Unresolved:
        return QStringLiteral("unresolved");
    }
    return {};
}

QString kindName(GraphEdge::Kind kind)
{
    switch (kind) {
    case GraphEdge::Kind::Performs:
        return QStringLiteral("performs");
    case GraphEdge::Kind::OperationChannel:
        return QStringLiteral("operation-channel");
    case GraphEdge::Kind::ChannelMessage:
        return QStringLiteral("channel-message");
    case GraphEdge::Kind::OperationReply:
        return QStringLiteral("operation-reply");
    case GraphEdge::Kind::ChannelServer:
        return QStringLiteral("channel-server");
    case GraphEdge::Kind::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

QByteArray graphToJson(const GraphModel &graph)
{
    QJsonArray nodes;
    for (const GraphNode &n : graph.nodes) {
        QJsonObject o{{QStringLiteral("id"), n.id},
                      {QStringLiteral("kind"), kindName(n.kind)},
                      {QStringLiteral("label"), n.label},
                      {QStringLiteral("detail"), n.detail},
                      {QStringLiteral("line"), n.range.isValid() ? n.range.start.line + 1 : 0},
                      {QStringLiteral("pointer"), n.pointer},
                      {QStringLiteral("errors"), n.errors},
                      {QStringLiteral("warnings"), n.warnings}};
        if (n.kind == GraphNode::Kind::Operation)
            o.insert(QStringLiteral("action"), n.action == Operation::Action::Send      ? QStringLiteral("send")
                                               : n.action == Operation::Action::Receive ? QStringLiteral("receive")
                                                                                        : QString());
        nodes.append(o);
    }
    QJsonArray edges;
    for (const GraphEdge &e : graph.edges)
        edges.append(QJsonObject{{QStringLiteral("from"), e.from},
                                 {QStringLiteral("to"), e.to},
                                 {QStringLiteral("kind"), kindName(e.kind)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}})
        .toJson(QJsonDocument::Indented);
}

} // namespace Signalbox::AsyncApi
