// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules_p.h"

#include <asyncapi/document/spec.h>

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace Signalbox::AsyncApi::Rules {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxRules)
};

} // namespace

/**
 * 3.x documents are validated with their local references unresolved (each target where it is
 * defined), so a reference to the wrong kind of object, a schema where a message belongs, is
 * caught here. Only local references of the main document: others are validated inlined.
 */
void RuleChecker::checkRefKind(NodeRef at, std::initializer_list<std::string_view> prefixes, const QString &what)
{
    const YamlNode *r = DocumentSet::refValue(at.node);
    if (!r || at.doc != m_set.main() || r->value.empty() || r->value[0] != '#' || !m_set.resolve(r->value, at.doc))
        return;
    const std::string_view pointer = std::string_view(r->value).substr(1);
    for (std::string_view prefix : prefixes) {
        const std::size_t star = prefix.find('*'); // one any-name segment, e.g. "/channels/*/messages/"
        if (star == std::string_view::npos) {
            if (pointer.substr(0, prefix.size()) == prefix)
                return;
            continue;
        }
        const std::string_view head = prefix.substr(0, star);
        const std::string_view tail = prefix.substr(star + 1);
        if (pointer.substr(0, head.size()) != head)
            continue;
        const std::size_t slash = pointer.find('/', head.size());
        if (slash != std::string_view::npos && pointer.substr(slash, tail.size()) == tail)
            return;
    }
    report(Severity::Error, "ref.wrong-kind", Tr::tr("'%1' does not point to %2").arg(r->text(), what),
           NodeRef{r, at.doc});
}

void RuleChecker::checkRefKinds3()
{
    const QString server = Tr::tr("a server"), channel = Tr::tr("a channel"), operation = Tr::tr("an operation"),
                  message = Tr::tr("a message"), parameter = Tr::tr("a parameter"),
                  scheme = Tr::tr("a security scheme"), opTrait = Tr::tr("an operation trait"),
                  msgTrait = Tr::tr("a message trait"), reply = Tr::tr("a reply");
    forEachEntry(main(m_root->get("servers")), [&](NodeRef, NodeRef v) {
        checkRefKind(v, {"/components/servers/"}, server);
        if (NodeRef s = follow(v); s && s.node->isMapping())
            Walk::forEachItem(s.at("security"),
                              [&](NodeRef i) { checkRefKind(i, {"/components/securitySchemes/"}, scheme); });
    });
    forEachEntry(main(m_root->get("channels")), [&](NodeRef, NodeRef v) {
        checkRefKind(v, {"/components/channels/"}, channel);
        NodeRef ch = follow(v);
        if (!ch || !ch.node->isMapping())
            return;
        forEachEntry(NodeRef{ch.node->get("messages"), ch.doc}, [&](NodeRef, NodeRef m) {
            checkRefKind(m, {"/components/messages/", "/channels/*/messages/"}, message);
        });
        forEachEntry(NodeRef{ch.node->get("parameters"), ch.doc},
                     [&](NodeRef, NodeRef p) { checkRefKind(p, {"/components/parameters/"}, parameter); });
    });
    forEachEntry(main(m_root->get("operations")), [&](NodeRef, NodeRef v) {
        checkRefKind(v, {"/components/operations/"}, operation);
        NodeRef op = follow(v);
        if (!op || !op.node->isMapping())
            return;
        Walk::forEachItem(op.at("traits"),
                          [&](NodeRef t) { checkRefKind(t, {"/components/operationTraits/"}, opTrait); });
        Walk::forEachItem(op.at("security"),
                          [&](NodeRef t) { checkRefKind(t, {"/components/securitySchemes/"}, scheme); });
        checkRefKind(NodeRef{op.node->get("reply"), op.doc}, {"/components/replies/"}, reply);
    });
    for (const NodeRef &m : Walk::allMessages(m_set, m_major))
        Walk::forEachItem(m.at("traits"),
                          [&](NodeRef t) { checkRefKind(t, {"/components/messageTraits/"}, msgTrait); });
}

bool RuleChecker::refStartsWith(const YamlNode *n, std::string_view prefix)
{
    const YamlNode *r = DocumentSet::refValue(n);
    return r && r->value.rfind(prefix, 0) == 0;
}

void RuleChecker::checkChannels3()
{
    forEachEntry(main(m_root->get("channels")), [&](NodeRef key, NodeRef value) {
        NodeRef ch = follow(value);
        if (!ch || !ch.node->isMapping())
            return;
        const YamlNode *addr = ch.node->get("address");
        if (addr && addr->isScalar() && addr->scalarType() != YamlNode::ScalarType::Null)
            checkAddress(key, NodeRef{addr, ch.doc}, addr->value, NodeRef{ch.node->get("parameters"), ch.doc},
                         key.node->text());
        const YamlNode *servers = ch.node->get("servers");
        if (servers && servers->isSequence()) {
            for (const YamlNode *s : servers->children) {
                if (!refStartsWith(s, "#/servers/"))
                    report(Severity::Error, "channel.server-not-ref",
                           Tr::tr("Channel '%1' must list its servers as references to '#/servers/…'")
                               .arg(key.node->text()),
                           NodeRef{s, ch.doc});
            }
        }
    });
}

/** The message nodes (references followed) a channel node defines. */
std::vector<const YamlNode *> RuleChecker::channelMessages(NodeRef ch)
{
    std::vector<const YamlNode *> out;
    if (!ch)
        return out;
    forEachEntry(NodeRef{ch.node->get("messages"), ch.doc}, [&](NodeRef, NodeRef v) {
        if (NodeRef m = follow(v))
            out.push_back(m.node);
    });
    return out;
}

void RuleChecker::checkOperationMessages(NodeRef list, NodeRef channel, const QString &opName, const char *code,
                                         const QString &what)
{
    if (!list.node || !list.node->isSequence() || !channel)
        return;
    const auto allowed = channelMessages(channel);
    for (const YamlNode *m : list.node->children) {
        const NodeRef target = follow(NodeRef{m, list.doc});
        if (!target)
            continue; // unresolved: reported by the reference check
        if (std::find(allowed.begin(), allowed.end(), target.node) == allowed.end())
            report(Severity::Error, code, what.arg(opName), NodeRef{m, list.doc});
    }
}

void RuleChecker::checkOperations3()
{
    forEachEntry(main(m_root->get("operations")), [&](NodeRef key, NodeRef value) {
        NodeRef op = follow(value);
        if (!op || !op.node->isMapping())
            return;
        const QString name = key.node->text();
        const YamlNode *chRef = op.node->get("channel");
        NodeRef channel;
        if (chRef) {
            if (!refStartsWith(chRef, "#/channels/"))
                report(
                    Severity::Error, "operation.channel-not-ref",
                    Tr::tr("The channel of operation '%1' must be a reference to a channel in '#/channels'").arg(name),
                    NodeRef{op.node->keyOf("channel"), op.doc});
            channel = follow(NodeRef{chRef, op.doc});
        }
        checkOperationMessages(NodeRef{op.node->get("messages"), op.doc}, channel, name,
                               "operation.message-not-in-channel",
                               Tr::tr("Operation '%1' lists a message that its channel does not define"));
        NodeRef reply = follow(NodeRef{op.node->get("reply"), op.doc});
        if (reply && reply.node->isMapping()) {
            const YamlNode *rch = reply.node->get("channel");
            NodeRef replyChannel;
            if (rch) {
                if (!refStartsWith(rch, "#/channels/"))
                    report(
                        Severity::Error, "reply.channel-not-ref",
                        Tr::tr("The reply channel of operation '%1' must be a reference to a channel in '#/channels'")
                            .arg(name),
                        NodeRef{reply.node->keyOf("channel"), reply.doc});
                replyChannel = follow(NodeRef{rch, reply.doc});
            }
            checkOperationMessages(NodeRef{reply.node->get("messages"), reply.doc}, replyChannel, name,
                                   "reply.message-not-in-channel",
                                   Tr::tr("The reply of operation '%1' lists a message that its reply channel does "
                                          "not define"));
            const YamlNode *raddr = reply.node->get("address");
            const NodeRef replyKey{op.node->keyOf("reply"), op.doc};
            if (!rch && !raddr) {
                report(Severity::Warning, "reply.no-destination",
                       Tr::tr("The reply of operation '%1' has neither a channel nor an address").arg(name), replyKey);
            } else if (replyChannel && replyChannel.node->isMapping() && !raddr) {
                const YamlNode *a = replyChannel.node->get("address");
                if (!a || a->isNull())
                    report(Severity::Warning, "reply.address-missing",
                           Tr::tr("The reply channel of operation '%1' has a dynamic address, but the reply gives no "
                                  "'address' to find it at run time")
                               .arg(name),
                           replyKey);
            }
        }
    });
}

} // namespace Signalbox::AsyncApi::Rules
