// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules.h"

#include "schemavalidator.h"

#include <asyncapi/document/spec.h>
#include <asyncapi/document/walk_p.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <map>
#include <set>

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxRules)
};

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/** Names inside `{…}` of an address, host or pathname. */
std::vector<std::pair<std::string, std::size_t>> braceNames(std::string_view s)
{
    std::vector<std::pair<std::string, std::size_t>> out;
    std::size_t i = 0;
    while ((i = s.find('{', i)) != std::string_view::npos) {
        const std::size_t j = s.find('}', i + 1);
        if (j == std::string_view::npos)
            break;
        out.emplace_back(std::string(s.substr(i + 1, j - i - 1)), i);
        i = j + 1;
    }
    return out;
}

class RuleChecker
{
public:
    RuleChecker(const DocumentSet &set, int major)
        : m_set(set)
        , m_major(major)
        , m_root(set.main()->root())
    {}

    Diagnostics run(bool reportUnused)
    {
        if (!m_root || !m_root->isMapping())
            return {};
        checkServers();
        if (m_major >= 3) {
            checkChannels3();
            checkOperations3();
            checkRefKinds3();
        } else {
            checkChannels2();
        }
        checkTags();
        checkExamples();
        if (reportUnused)
            checkUnused();
        return m_out;
    }

private:
    void report(Severity sev, const char *code, const QString &message, NodeRef at)
    {
        if (!at.node || !at.doc)
            return;
        const SourceRange r = at.doc->headRange(at.node);
        Diagnostic d;
        d.severity = sev;
        d.code = QString::fromLatin1(code);
        d.message = message;
        d.range = r;
        d.file = at.doc == m_set.main() ? QString() : at.doc->fileName();
        m_out.append(d);
    }

    NodeRef main(const YamlNode *n) const { return NodeRef{n, m_set.main()}; }
    NodeRef follow(NodeRef r) const { return m_set.follow(r); }

    /** Entries of a mapping (references followed), with the key nodes. */
    template<typename F> void forEachEntry(NodeRef map, F &&f) { Walk::forEachEntry(m_set, map, f); }

    void checkServers()
    {
        forEachEntry(main(m_root->get("servers")), [&](NodeRef key, NodeRef value) {
            NodeRef server = follow(value);
            if (!server || !server.node->isMapping())
                return;
            std::map<std::string, NodeRef, std::less<>> used; // variable name → node where it is used
            std::vector<const char *> fields =
                m_major >= 3 ? std::vector<const char *>{"host", "pathname"} : std::vector<const char *>{"url"};
            for (const char *field : fields) {
                const YamlNode *f = server.node->get(field);
                if (!f || !f->isScalar())
                    continue;
                for (const auto &[name, pos] : braceNames(f->value))
                    used.emplace(name, NodeRef{f, server.doc});
            }
            std::set<std::string, std::less<>> defined;
            forEachEntry(NodeRef{server.node->get("variables"), server.doc}, [&](NodeRef vkey, NodeRef) {
                defined.emplace(vkey.node->value);
                if (!used.count(vkey.node->value))
                    report(Severity::Warning, "server.variable-unused",
                           Tr::tr("Server '%1' defines variable '%2' but its %3 does not use it")
                               .arg(key.node->text(), vkey.node->text(),
                                    m_major >= 3 ? Tr::tr("host and pathname") : Tr::tr("url")),
                           vkey);
            });
            for (const auto &[name, where] : used) {
                if (!defined.count(name))
                    report(Severity::Error, "server.variable-undefined",
                           Tr::tr("Server '%1' uses variable '{%2}' that is not defined in its 'variables'")
                               .arg(key.node->text(), qs(name)),
                           where);
            }
            if (m_major < 3)
                checkSecurityRequirements2(NodeRef{server.node->get("security"), server.doc});
        });
    }

    void checkSecurityRequirements2(NodeRef security)
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

    void checkAddress(NodeRef key, NodeRef addressNode, std::string_view address, NodeRef parameters,
                      const QString &channelName)
    {
        if (m_major >= 3 &&
            (address.find('?') != std::string_view::npos || address.find('#') != std::string_view::npos))
            report(
                Severity::Error, "channel.address-query-or-fragment",
                Tr::tr("The address of channel '%1' must not contain a query ('?') or a fragment ('#')").arg(channelName),
                addressNode);
        std::set<std::string, std::less<>> inAddress;
        for (const auto &[name, pos] : braceNames(address))
            inAddress.insert(name);
        std::set<std::string, std::less<>> defined;
        forEachEntry(parameters, [&](NodeRef pkey, NodeRef) {
            defined.emplace(pkey.node->value);
            if (!inAddress.count(pkey.node->value))
                report(Severity::Error, "channel.parameter-unused",
                       Tr::tr("Channel '%1' defines parameter '%2' that its address does not contain")
                           .arg(channelName, pkey.node->text()),
                       pkey);
        });
        for (const std::string &name : inAddress) {
            if (!defined.count(name))
                report(Severity::Error, "channel.parameter-undefined",
                       Tr::tr("The address of channel '%1' uses parameter '{%2}' that is not defined in its 'parameters'")
                           .arg(channelName, qs(name)),
                       addressNode.node ? addressNode : key);
        }
    }

    /**
     * 3.x documents are validated with their local references unresolved (each target where it is
     * defined), so a reference to the wrong kind of object, a schema where a message belongs, is
     * caught here. Only local references of the main document: others are validated inlined.
     */
    void checkRefKind(NodeRef at, std::initializer_list<std::string_view> prefixes, const QString &what)
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

    void checkRefKinds3()
    {
        const QString server = Tr::tr("a server"), channel = Tr::tr("a channel"), operation = Tr::tr("an operation"),
                      message = Tr::tr("a message"), parameter = Tr::tr("a parameter"), scheme = Tr::tr("a security scheme"),
                      opTrait = Tr::tr("an operation trait"), msgTrait = Tr::tr("a message trait"), reply = Tr::tr("a reply");
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

    static bool refStartsWith(const YamlNode *n, std::string_view prefix)
    {
        const YamlNode *r = DocumentSet::refValue(n);
        return r && r->value.rfind(prefix, 0) == 0;
    }

    void checkChannels3()
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
    std::vector<const YamlNode *> channelMessages(NodeRef ch)
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

    void checkOperationMessages(NodeRef list, NodeRef channel, const QString &opName, const char *code,
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

    void checkOperations3()
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

    void checkChannels2()
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

    void checkTags()
    {
        for (const YamlDocument *doc : docs()) {
            doc->forEachNode([&](const YamlNode &n) {
                const YamlNode *tags = n.isMapping() ? n.get("tags") : nullptr;
                if (!tags || !tags->isSequence())
                    return;
                std::set<std::string, std::less<>> names;
                for (const YamlNode *t : tags->children) {
                    const YamlNode *tag = t->isMapping() ? t : nullptr;
                    const YamlNode *name = tag ? tag->get("name") : nullptr;
                    if (!name || !name->isScalar())
                        continue;
                    if (!names.emplace(name->value).second)
                        report(Severity::Error, "tags.duplicate",
                               Tr::tr("Tag name '%1' appears more than once in this list").arg(name->text()),
                               NodeRef{name, doc});
                }
            });
        }
    }

    std::vector<const YamlDocument *> docs() const
    {
        std::vector<const YamlDocument *> out{m_set.main()};
        for (const YamlDocument *d : m_set.others())
            out.push_back(d);
        return out;
    }

    /** Appends \a found but what is already there (a schema too deep to check is said once, not per example). */
    void addOnce(const Diagnostics &found)
    {
        for (const Diagnostic &d : found) {
            if (d.code != QLatin1String("ref.too-deep") || m_tooDeepSaid.emplace(d.file, d.range.start.offset).second)
                m_out.append(d);
        }
    }

    void checkExamples()
    {
        for (const NodeRef &msg : Walk::allMessages(m_set, m_major)) {
            const YamlNode *examples = msg.node->get("examples");
            if (!examples || !examples->isSequence())
                continue;
            const Walk::Schema payloadSchema = Walk::unwrapSchema(m_set, msg.at("payload"), m_major);
            const NodeRef payload = payloadSchema.node;
            const QString format = payloadSchema.wrapped ? QString::fromUtf8(payloadSchema.format.data(),
                                                                             qsizetype(payloadSchema.format.size()))
                                                         : msg.textAt("schemaFormat");
            const NodeRef headers = Walk::unwrapSchema(m_set, msg.at("headers"), m_major).node;
            for (std::size_t i = 0; i < examples->size(); ++i) {
                const YamlNode *ex = examples->item(i);
                if (!ex->isMapping())
                    continue;
                const QString label = Tr::tr("Example %1").arg(i + 1);
                if (const YamlNode *p = ex->get("payload"); p && payload && isJsonSchemaFormat(format))
                    addOnce(validateInstance(m_set, NodeRef{p, msg.doc}, payload,
                                             QStringLiteral("message.example-invalid"),
                                             Tr::tr("%1 does not match the payload schema").arg(label)));
                if (const YamlNode *h = ex->get("headers"); h && headers)
                    addOnce(validateInstance(m_set, NodeRef{h, msg.doc}, headers,
                                             QStringLiteral("message.example-invalid"),
                                             Tr::tr("%1 does not match the headers schema").arg(label)));
            }
        }
    }

    void checkUnused()
    {
        const YamlNode *components = m_root->get("components");
        if (!components || !components->isMapping())
            return;
        std::set<std::string, std::less<>> targets(m_set.mainTargets().begin(), m_set.mainTargets().end());
        std::set<std::string, std::less<>> schemeNamesUsed;
        if (m_major < 3) {
            // 2.x security requirements name their schemes instead of referring to them.
            m_set.main()->forEachNode([&](const YamlNode &n) {
                const YamlNode *sec = n.isMapping() ? n.get("security") : nullptr;
                if (!sec || !sec->isSequence())
                    return;
                for (const YamlNode *req : sec->children) {
                    for (std::size_t i = 0; req->isMapping() && i < req->size(); ++i)
                        schemeNamesUsed.emplace(req->keyAt(i)->value);
                }
            });
        }
        for (std::size_t i = 0; i < components->size(); ++i) {
            const YamlNode *kind = components->keyAt(i);
            const YamlNode *map = components->valueAt(i);
            if (!kind->isScalar() || !map->isMapping())
                continue;
            for (std::size_t j = 0; j < map->size(); ++j) {
                const YamlNode *name = map->keyAt(j);
                if (!name->isScalar())
                    continue;
                const std::string prefix =
                    "/components/" + escapePointerSegment(kind->value) + '/' + escapePointerSegment(name->value);
                bool used = false;
                for (auto it = targets.lower_bound(prefix);
                     !used && it != targets.end() && it->compare(0, prefix.size(), prefix) == 0; ++it)
                    used = it->size() == prefix.size() || (*it)[prefix.size()] == '/';
                if (used || (kind->value == "securitySchemes" && schemeNamesUsed.count(name->value)))
                    continue;
                report(Severity::Info, "component.unused",
                       Tr::tr("Component '%1' of components.%2 is not referenced anywhere").arg(name->text(), kind->text()),
                       main(name));
            }
        }
    }

    const DocumentSet &m_set;
    int m_major;
    const YamlNode *m_root;
    Diagnostics m_out;
    std::set<std::pair<QString, qsizetype>> m_tooDeepSaid;
};

} // namespace

Diagnostics checkRules(const DocumentSet &set, int majorVersion, bool reportUnused)
{
    return RuleChecker(set, majorVersion).run(reportUnused);
}

} // namespace Signalbox::AsyncApi
