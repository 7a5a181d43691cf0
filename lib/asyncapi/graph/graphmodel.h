// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>
#include <asyncapi/document/elementid.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {

/** One box of the channel and operation graph. */
struct GraphNode
{
    enum class Kind { Application, Server, Channel, Operation, Message, Reply, Unresolved };
    QString id; ///< Stable across edits: the element's id as text, e.g. "channel:userSignedUp".
    Kind kind = Kind::Channel;
    QString label;                         ///< First line: the name (a channel's address for channels).
    QString detail;                        ///< Second line: protocol and host, content type, action…
    QString note;                          ///< More for a tooltip (what an operation's action means).
    QList<std::pair<int, int>> highlights; ///< Spans of \c label to set apart (address parameters).
    Operation::Action action = Operation::Action::Unknown;
    SourceRange range; ///< Where the element is defined or named in the document.
    QString pointer;
    int errors = 0; ///< Error diagnostics inside the element.
    int warnings = 0;
    QStringList servers; ///< Servers a channel or operation is restricted to (empty: all).
    QStringList tags;

    ElementId element() const { return ElementId::fromString(id); }
};

/** An arrow between two nodes, by id. */
struct GraphEdge
{
    enum class Kind { Performs, OperationChannel, ChannelMessage, OperationReply, ChannelServer, Broken };
    QString from;
    QString to;
    Kind kind = Kind::OperationChannel;
};

/** What to show. */
struct GraphOptions
{
    bool collapseMessages = false; ///< Messages folded into their channel's box.
    QString server;                ///< Only channels (and their operations) usable on this server.
    QString tag;                   ///< Only operations (and their channels) with this tag.
    QString text;                  ///< Only nodes whose label or detail contains it (with their neighbours).
};

/**
 * The picture of an API as nodes and edges, derived from an analysis: the application, servers,
 * channels, operations, messages and replies, each with its source range and error count. An
 * operation whose channel does not resolve points at an Unresolved node through a Broken edge.
 */
struct GraphModel
{
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    /// Ids that are drawn as another node: a message a channel shares (a `$ref` to one definition)
    /// is the node of the first channel that has it.
    QHash<QString, QString> aliases;

    qsizetype indexOf(const QString &id) const;
    /** Ids of nodes and edges only: equal signatures lay out identically. */
    QByteArray structureSignature() const;
    /** The innermost node whose element contains UTF-16 \a offset, or -1. */
    qsizetype nodeAt(qsizetype offset) const;
};

GraphModel buildGraph(const Analysis &analysis, const GraphOptions &options = {});

/** JSON: {"nodes":[{id, kind, label, detail, line, errors}], "edges":[{from, to, kind}]}. */
QByteArray graphToJson(const GraphModel &graph);
QString kindName(GraphNode::Kind kind);
QString kindName(GraphEdge::Kind kind);

} // namespace Signalbox::AsyncApi
