// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules_p.h"
#include "schemavalidator.h"

#include <asyncapi/document/spec.h>

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

} // namespace

namespace Rules {

Diagnostics RuleChecker::run(bool reportUnused)
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

void RuleChecker::report(Severity sev, const char *code, const QString &message, NodeRef at)
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

void RuleChecker::checkServers()
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

void RuleChecker::checkAddress(NodeRef key, NodeRef addressNode, std::string_view address, NodeRef parameters,
                               const QString &channelName)
{
    if (m_major >= 3 && (address.find('?') != std::string_view::npos || address.find('#') != std::string_view::npos))
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

void RuleChecker::checkTags()
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

std::vector<const YamlDocument *> RuleChecker::docs() const
{
    std::vector<const YamlDocument *> out{m_set.main()};
    for (const YamlDocument *d : m_set.others())
        out.push_back(d);
    return out;
}

/** Appends \a found but what is already there (a schema too deep to check is said once, not per example). */
void RuleChecker::addOnce(const Diagnostics &found)
{
    for (const Diagnostic &d : found) {
        if (d.code != QLatin1String("ref.too-deep") || m_tooDeepSaid.emplace(d.file, d.range.start.offset).second)
            m_out.append(d);
    }
}

void RuleChecker::checkExamples()
{
    for (const NodeRef &msg : Walk::allMessages(m_set, m_major)) {
        // The message's traits may give its examples, headers and schema format.
        const NodeRef examples = m_set.follow(Walk::traitField(m_set, msg, "examples", m_major));
        if (!examples.node || !examples.node->isSequence())
            continue;
        const Walk::Schema payloadSchema = Walk::unwrapSchema(m_set, msg.at("payload"), m_major);
        const NodeRef payload = payloadSchema.node;
        const QString format = payloadSchema.wrapped ? QString::fromUtf8(payloadSchema.format.data(),
                                                                         qsizetype(payloadSchema.format.size()))
                                                     : Walk::traitText(m_set, msg, "schemaFormat", m_major);
        const NodeRef headers =
            Walk::unwrapSchema(m_set, Walk::traitField(m_set, msg, "headers", m_major), m_major).node;
        for (std::size_t i = 0; i < examples.node->size(); ++i) {
            const YamlNode *ex = examples.node->item(i);
            if (!ex->isMapping())
                continue;
            const QString label = Tr::tr("Example %1").arg(i + 1);
            if (const YamlNode *p = ex->get("payload"); p && payload && isJsonSchemaFormat(format))
                addOnce(validateInstance(m_set, NodeRef{p, examples.doc}, payload,
                                         QStringLiteral("message.example-invalid"),
                                         Tr::tr("%1 does not match the payload schema").arg(label)));
            if (const YamlNode *h = ex->get("headers"); h && headers)
                addOnce(validateInstance(m_set, NodeRef{h, examples.doc}, headers,
                                         QStringLiteral("message.example-invalid"),
                                         Tr::tr("%1 does not match the headers schema").arg(label)));
        }
    }
}

void RuleChecker::checkUnused()
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
} // namespace Rules

Diagnostics checkRules(const DocumentSet &set, int majorVersion, bool reportUnused)
{
    return Rules::RuleChecker(set, majorVersion).run(reportUnused);
}

} // namespace Signalbox::AsyncApi
