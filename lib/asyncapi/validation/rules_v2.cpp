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

void RuleChecker::checkSecurityRequirements2(NodeRef security)
{
    if (!security.node || !security.node->isSequence())
        return;
    const YamlNode *schemes = nullptr;
    if (const YamlNode *c = m_root->get("components"))
        schemes = c->get("securitySchemes");
    for (const YamlNode *req : security.node->children) {
        if (!req->isMapping())
            continue;
        for (std::size_t i = 0; i < req->size(); ++i) {
            const YamlNode *name = req->keyAt(i);
            if (name->isScalar() && !(schemes && schemes->get(name->value)))
                report(Severity::Error, "security.unknown-scheme",
                       Tr::tr("Security scheme '%1' is not defined in components.securitySchemes").arg(name->text()),
                       NodeRef{name, security.doc});
        }
    }
}

void RuleChecker::checkChannels2()
{
    std::map<std::string, NodeRef, std::less<>> operationIds;
    std::map<const YamlNode *, bool> messagesSeen;
    std::map<std::string, NodeRef, std::less<>> messageIds;
    auto checkMessageId = [&](NodeRef message) {
        NodeRef m = follow(message);
        if (!m || !m.node->isMapping() || messagesSeen[m.node])
            return;
        messagesSeen[m.node] = true;
        const YamlNode *id = m.node->get("messageId");
        if (id && id->isScalar()) {
            auto [it, inserted] = messageIds.emplace(id->value, NodeRef{id, m.doc});
            if (!inserted)
                report(Severity::Error, "message.duplicate-id",
                       Tr::tr("messageId '%1' is used by more than one message").arg(id->text()), NodeRef{id, m.doc});
        }
    };
    forEachEntry(main(m_root->get("channels")), [&](NodeRef key, NodeRef value) {
        NodeRef ch = follow(value);
        if (!ch || !ch.node->isMapping())
            return;
        checkAddress(key, key, key.node->value, NodeRef{ch.node->get("parameters"), ch.doc}, key.node->text());
        const YamlNode *servers = ch.node->get("servers");
        const YamlNode *defined = m_root->get("servers");
        if (servers && servers->isSequence()) {
            for (const YamlNode *s : servers->children) {
                if (s->isScalar() && !(defined && defined->get(s->value)))
                    report(Severity::Error, "channel.unknown-server",
                           Tr::tr("Channel '%1' names server '%2' that is not defined in 'servers'")
                               .arg(key.node->text(), s->text()),
                           NodeRef{s, ch.doc});
            }
        }
        for (const char *verb : {"publish", "subscribe"}) {
            NodeRef op = follow(NodeRef{ch.node->get(verb), ch.doc});
            if (!op || !op.node->isMapping())
                continue;
            if (const YamlNode *id = op.node->get("operationId"); id && id->isScalar()) {
                auto [it, inserted] = operationIds.emplace(id->value, NodeRef{id, op.doc});
                if (!inserted)
                    report(Severity::Error, "operation.duplicate-id",
                           Tr::tr("operationId '%1' is used by more than one operation").arg(id->text()),
                           NodeRef{id, op.doc});
            }
            checkSecurityRequirements2(NodeRef{op.node->get("security"), op.doc});
            for (const Walk::MessageSite &site : Walk::messagesOf2x(m_set, op))
                checkMessageId(site.message);
        }
    });
}

} // namespace Signalbox::AsyncApi::Rules
