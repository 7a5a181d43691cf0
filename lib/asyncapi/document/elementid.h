// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHashFunctions>
#include <QString>

namespace Signalbox::AsyncApi {

/**
 * Names one element of a Spec across edits: its kind and its key (a message's key is
 * "CHANNEL/MESSAGE", the key within its channel). This is how the graph, the inspector and the
 * window say which element they mean; its text form ("channel:NAME") is the graph's stable node id
 * and what `signalbox-cli graph` prints.
 */
struct ElementId
{
    enum class Kind { None, Application, Server, Channel, Operation, Message, Reply, Unresolved };

    Kind kind = Kind::None;
    QString name;

    static ElementId application() { return {Kind::Application, {}}; }
    static ElementId server(const QString &name) { return {Kind::Server, name}; }
    static ElementId channel(const QString &name) { return {Kind::Channel, name}; }
    static ElementId operation(const QString &name) { return {Kind::Operation, name}; }
    static ElementId message(const QString &channel, const QString &message)
    {
        return {Kind::Message, channel + u'/' + message};
    }

    bool isValid() const { return kind != Kind::None; }
    /** "channel:NAME", "operation:NAME", …; "app" for the application; empty for None. */
    QString toString() const;
    /** The inverse of toString(); None for text that names no kind. */
    static ElementId fromString(const QString &text);

    friend bool operator==(const ElementId &, const ElementId &) = default;
};

inline size_t qHash(const ElementId &id, size_t seed = 0)
{
    return qHashMulti(seed, int(id.kind), id.name);
}

} // namespace Signalbox::AsyncApi
