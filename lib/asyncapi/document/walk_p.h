// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to lib/asyncapi: the one way through a document's YAML that the model builder
// (specbuilder.cpp) and the rules (validation/rules.cpp) share, so that they agree on where the
// parts of a document are: which entries a map has once references are followed, where a 2.x
// operation keeps its messages, what a multi-format schema wraps.

#include <asyncapi/refs/documentset.h>

#include <QString>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace Signalbox::AsyncApi::Walk {

/** Calls f(key, value) for each entry with a scalar key of \a map (itself a reference followed); values as written. */
template<typename F> void forEachEntry(const DocumentSet &set, NodeRef map, F &&f)
{
    const NodeRef m = set.follow(map);
    if (!m || !m.node->isMapping())
        return;
    for (std::size_t i = 0; i < m.node->size(); ++i) {
        const YamlNode *k = m.node->keyAt(i);
        if (k->isScalar())
            f(NodeRef{k, m.doc}, NodeRef{m.node->valueAt(i), m.doc});
    }
}

/** Calls f(item) for each item of \a seq as written, when it is a sequence. */
template<typename F> void forEachItem(NodeRef seq, F &&f)
{
    if (!seq.node || !seq.node->isSequence())
        return;
    for (const YamlNode *item : seq.node->children)
        f(NodeRef{item, seq.doc});
}

/**
 * The value under \a key of a message or operation \a owner (a mapping, reference followed) with its
 * `traits` applied as the official parser merges them: in 2.x each trait in turn overrides the
 * object; in 3.x the object overrides its traits, and a later trait an earlier one. A trait's null
 * removes the value. One value wins whole: where both the object and a trait hold an object under
 * the same key (two `bindings`), its members are not merged one by one, which would need a tree of
 * our own making; the model and the rules read the winner (the more specific one in 3.x).
 */
inline NodeRef traitField(const DocumentSet &set, NodeRef owner, std::string_view key, int majorVersion)
{
    const NodeRef own = owner.at(key);
    if (majorVersion >= 3 && own)
        return own;
    NodeRef fromTrait;
    bool removed = false;
    forEachItem(owner.at("traits"), [&](NodeRef item) {
        if (const NodeRef value = set.follow(item).at(key)) {
            removed = value.node->isNull();
            fromTrait = removed ? NodeRef{} : value;
        }
    });
    if (removed)
        return {};
    return fromTrait ? fromTrait : own;
}

/** The text of traitField() when it is a scalar. */
inline QString traitText(const DocumentSet &set, NodeRef owner, std::string_view key, int majorVersion)
{
    const NodeRef v = traitField(set, owner, key, majorVersion);
    return v.node && v.node->isScalar() ? v.node->text() : QString();
}

/** Where a 2.x operation names one of its messages. */
struct MessageSite
{
    NodeRef written;     ///< The `message` value, or one item of its `oneOf`, as written.
    NodeRef message;     ///< The same, reference followed: a mapping.
    std::string pointer; ///< JSON pointer suffix from the operation: "/message" or "/message/oneOf/N".
};

/** The messages of a 2.x operation (\a operation followed): its `message`, or each of its `oneOf`. */
inline std::vector<MessageSite> messagesOf2x(const DocumentSet &set, NodeRef operation)
{
    std::vector<MessageSite> out;
    const NodeRef written = operation.at("message");
    const NodeRef msg = set.follow(written);
    if (!msg || !msg.node->isMapping())
        return out;
    const NodeRef oneOf = msg.at("oneOf");
    if (!oneOf.node || !oneOf.node->isSequence()) {
        out.push_back({written, msg, "/message"});
        return out;
    }
    for (std::size_t i = 0; i < oneOf.node->size(); ++i) {
        const NodeRef item{oneOf.node->item(i), oneOf.doc};
        if (const NodeRef m = set.follow(item); m && m.node->isMapping())
            out.push_back({item, m, "/message/oneOf/" + std::to_string(i)});
    }
    return out;
}

/** A payload or headers schema, with a 3.x multi-format wrapper ({schemaFormat, schema}) taken off. */
struct Schema
{
    NodeRef node;            ///< The schema (reference followed); empty when there is none.
    std::string_view format; ///< The wrapper's schemaFormat, empty when not wrapped.
    bool wrapped = false;
};

inline Schema unwrapSchema(const DocumentSet &set, NodeRef written, int majorVersion)
{
    Schema out{set.follow(written), {}, false};
    if (majorVersion >= 3 && out.node && out.node.node->isMapping() && out.node.node->get("schemaFormat") &&
        out.node.node->get("schema")) {
        out.format = out.node.node->stringAt("schemaFormat");
        out.node = set.follow(out.node.at("schema"));
        out.wrapped = true;
    }
    return out;
}

/**
 * Every message of the main document (references followed, each definition once), in document
 * order: components/messages first, then the channels' (3.x) or the operations' (2.x).
 */
inline std::vector<NodeRef> allMessages(const DocumentSet &set, int majorVersion)
{
    std::vector<NodeRef> out;
    std::set<const YamlNode *> seen;
    auto add = [&](NodeRef m) {
        if (m && m.node->isMapping() && seen.insert(m.node).second)
            out.push_back(m);
    };
    const NodeRef root{set.main()->root(), set.main()};
    forEachEntry(set, root.at("components").at("messages"), [&](NodeRef, NodeRef v) { add(set.follow(v)); });
    forEachEntry(set, root.at("channels"), [&](NodeRef, NodeRef v) {
        const NodeRef ch = set.follow(v);
        if (!ch || !ch.node->isMapping())
            return;
        if (majorVersion >= 3) {
            forEachEntry(set, ch.at("messages"), [&](NodeRef, NodeRef m) { add(set.follow(m)); });
            return;
        }
        for (const char *verb : {"publish", "subscribe"}) {
            const NodeRef op = set.follow(ch.at(verb));
            if (op && op.node->isMapping()) {
                for (const MessageSite &site : messagesOf2x(set, op))
                    add(site.message);
            }
        }
    });
    return out;
}

} // namespace Signalbox::AsyncApi::Walk
