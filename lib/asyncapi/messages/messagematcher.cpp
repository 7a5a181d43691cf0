// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "messagematcher.h"

#include <asyncapi/json/yamltojson.h>
#include <asyncapi/validation/combinators_p.h>
#include <asyncapi/validation/schemacompiler_p.h>
#include <asyncapi/validation/schemavalidator.h>

#include <QCoreApplication>

#include <valijson/schema.hpp>

#include <algorithm>
#include <optional>

namespace Signalbox::AsyncApi {

namespace {

using nlohmann::json;
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxMessages)
};

constexpr std::uint64_t SchemaBudget = 200'000;

/** A schema compiled for valijson, and what identifies its instances cheaply. */
struct Compiled
{
    std::shared_ptr<const valijson::Schema> schema;           // null: no schema, or not a JSON Schema
    std::vector<std::pair<std::string, json>> discriminators; // top-level property → const value
    std::shared_ptr<const json> root;                         // what schema was compiled from, to explain errors
    std::shared_ptr<Combinators::BranchCache> branches;       // its oneOf/anyOf branches, compiled when needed
};

void collectDiscriminators(const json &schema, std::vector<std::pair<std::string, json>> &out, int depth = 0)
{
    if (!schema.is_object() || depth > 4)
        return;
    if (auto props = schema.find("properties"); props != schema.end() && props->is_object()) {
        for (auto it = props->begin(); it != props->end(); ++it) {
            if (!it->is_object())
                continue;
            if (auto c = it->find("const"); c != it->end())
                out.emplace_back(it.key(), *c);
            else if (auto e = it->find("enum"); e != it->end() && e->is_array() && e->size() == 1)
                out.emplace_back(it.key(), e->front());
        }
    }
    if (auto all = schema.find("allOf"); all != schema.end() && all->is_array())
        for (const json &s : *all)
            collectDiscriminators(s, out, depth + 1);
}

Compiled compile(const DocumentSet &set, NodeRef node)
{
    Compiled out;
    if (!node)
        return out;
    auto root = std::make_shared<json>(Json::instanceSchema(set, node, SchemaBudget));
    if (root->is_null())
        return out;
    Combinators::nameBranches(set, node, *root);
    collectDiscriminators((*root)["allOf"][0], out.discriminators);
    try {
        // The same compilation as examples and drafts get (validateInstance()): one behaviour.
        out.schema = Validation::compileSchema(*root);
        out.root = std::move(root);
        out.branches = std::make_shared<Combinators::BranchCache>();
    } catch (const std::exception &) {
        out.schema.reset();
    }
    return out;
}

bool accepts(const valijson::Schema &schema, const json &value)
{
    try {
        return Validation::validate(schema, value, nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

/** Where a correlation ID sits: in the payload or a header, under a JSON pointer. */
struct CorrelationLocation
{
    bool header = false;
    std::string pointer;
};

/** Where the message's correlation ID is, when its location is a runtime expression into the message. */
std::optional<CorrelationLocation> correlationLocation(const Message &message)
{
    if (const auto pointer = message.correlationId.payloadPointer())
        return CorrelationLocation{false, pointer->toStdString()};
    if (const auto pointer = message.correlationId.headerPointer())
        return CorrelationLocation{true, pointer->toStdString()};
    return std::nullopt;
}

const json *at(const json &value, const std::string &pointer)
{
    try {
        const json::json_pointer p(pointer);
        if (!value.contains(p))
            return nullptr;
        return &value.at(p);
    } catch (const std::exception &) {
        return nullptr;
    }
}

struct Candidate
{
    QString name;
    bool payloadIsJsonSchema = true;
    Compiled payload;
    Compiled headers;
    std::optional<CorrelationLocation> correlation;
};

json headersToJson(const Headers &headers)
{
    json out = json::object();
    for (const auto &h : headers) {
        const std::string value = h.second.toStdString();
        // Header values are text; give numbers and booleans their type so typed schemas can accept them.
        json typed = json::parse(value, nullptr, false);
        out[h.first.toStdString()] = typed.is_number() || typed.is_boolean() ? typed : json(value);
    }
    return out;
}

json payloadToJson(const QByteArray &payload, bool *isJson)
{
    json value = json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
    *isJson = !value.is_discarded();
    if (!*isJson)
        value = QString::fromUtf8(payload).toStdString(); // invalid UTF-8 becomes U+FFFD
    return value;
}

} // namespace

struct MessageMatcher::Impl
{
    std::vector<Candidate> candidates;

    bool discriminated(const Candidate &c, const json &value) const
    {
        if (c.payload.discriminators.empty() || !value.is_object())
            return false;
        for (const auto &[key, expected] : c.payload.discriminators) {
            auto it = value.find(key);
            if (it == value.end() || *it != expected)
                return false;
        }
        return true;
    }

    bool correlated(const Candidate &c, const json &value, const json &headers) const
    {
        return c.correlation && at(c.correlation->header ? headers : value, c.correlation->pointer) != nullptr;
    }

    bool valid(const Candidate &c, const json &value, const json &headers, bool haveHeaders) const
    {
        if (c.payload.schema && !accepts(*c.payload.schema, value))
            return false;
        return !(haveHeaders && c.headers.schema && !accepts(*c.headers.schema, headers));
    }

    QStringList errors(const Candidate &c, const json &value, const json &headers, bool haveHeaders) const
    {
        QStringList out;
        // In the problems panel's words (the same sentence for a oneOf as there).
        if (c.payload.schema)
            out += Combinators::describeErrors(*c.payload.root, *c.payload.schema, value, *c.payload.branches,
                                               QStringLiteral("payload"));
        if (haveHeaders && c.headers.schema)
            out += Combinators::describeErrors(*c.headers.root, *c.headers.schema, headers, *c.headers.branches,
                                               QStringLiteral("headers"));
        return out;
    }
};

MessageMatcher::MessageMatcher(const DocumentSet &set, const QList<Message> &messages)
    : d(std::make_unique<Impl>())
{
    for (const Message &m : messages) {
        Candidate c;
        c.name = m.name;
        c.payloadIsJsonSchema = m.isJsonSchema();
        if (c.payloadIsJsonSchema)
            c.payload = compile(set, m.payload);
        c.headers = compile(set, m.headers);
        c.correlation = correlationLocation(m);
        d->candidates.push_back(std::move(c));
    }
}

MessageMatcher::~MessageMatcher() = default;

int MessageMatcher::count() const
{
    return int(d->candidates.size());
}

QString MessageMatcher::name(int message) const
{
    return message >= 0 && message < count() ? d->candidates[std::size_t(message)].name : QString();
}

bool MessageMatcher::hasPayloadSchema(int message) const
{
    return message >= 0 && message < count() && d->candidates[std::size_t(message)].payload.schema != nullptr;
}

MessageCheck MessageMatcher::check(const QByteArray &payload, const Headers &headers) const
{
    MessageCheck out;
    const json value = payloadToJson(payload, &out.json);
    const json headerJson = headersToJson(headers);
    const bool haveHeaders = !headers.isEmpty();
    const auto &cs = d->candidates;
    auto matched = [&](std::size_t i, MessageCheck::Via via, bool conforms) {
        out.message = int(i);
        out.messageName = cs[i].name;
        out.via = via;
        out.conforms = conforms;
        if (!conforms)
            out.errors = d->errors(cs[i], value, headerJson, haveHeaders);
        return out;
    };
    // Valid against a schema: the discriminated one first, then any with a schema, then schema-less ones.
    std::optional<std::size_t> firstValid;
    for (std::size_t i = 0; i < cs.size(); ++i) {
        if (!cs[i].payload.schema)
            continue;
        if (d->valid(cs[i], value, headerJson, haveHeaders)) {
            if (d->discriminated(cs[i], value))
                return matched(i, MessageCheck::Via::Const, true);
            if (!firstValid)
                firstValid = i;
        }
    }
    if (firstValid)
        return matched(*firstValid, MessageCheck::Via::Schema, true);
    for (std::size_t i = 0; i < cs.size(); ++i)
        if (!cs[i].payload.schema && d->valid(cs[i], value, headerJson, haveHeaders))
            return matched(i, MessageCheck::Via::Schema, true);
    for (std::size_t i = 0; i < cs.size(); ++i)
        if (d->discriminated(cs[i], value))
            return matched(i, MessageCheck::Via::Const, false);
    for (std::size_t i = 0; i < cs.size(); ++i)
        if (d->correlated(cs[i], value, headerJson))
            return matched(i, MessageCheck::Via::CorrelationId, false);
    // Unknown: say how the closest candidate fails.
    std::optional<std::size_t> closest;
    QStringList closestErrors;
    for (std::size_t i = 0; i < cs.size(); ++i) {
        const QStringList e = d->errors(cs[i], value, headerJson, haveHeaders);
        if (!closest || e.size() < closestErrors.size()) {
            closest = i;
            closestErrors = e;
        }
    }
    if (closest) {
        out.errors << Tr::tr("closest message: %1").arg(cs[*closest].name);
        out.errors += closestErrors;
    }
    return out;
}

MessageCheck MessageMatcher::checkAs(int message, const QByteArray &payload, const Headers &headers) const
{
    MessageCheck out;
    if (message < 0 || message >= count())
        return out;
    const json value = payloadToJson(payload, &out.json);
    const json headerJson = headersToJson(headers);
    const Candidate &c = d->candidates[std::size_t(message)];
    out.message = message;
    out.messageName = c.name;
    out.via = MessageCheck::Via::Schema;
    out.conforms = d->valid(c, value, headerJson, !headers.isEmpty());
    if (!out.conforms)
        out.errors = d->errors(c, value, headerJson, !headers.isEmpty());
    return out;
}

Diagnostics validateDraft(const DocumentSet &set, NodeRef schema, const QByteArray &text)
{
    const auto draft = YamlDocument::parse(text);
    Diagnostics out = draft->diagnostics();
    if (!draft->root() || !schema)
        return out;
    out += validateInstance(set, NodeRef{draft->root(), draft.get()}, schema, QStringLiteral("message-draft"),
                            Tr::tr("Message"));
    return out;
}

} // namespace Signalbox::AsyncApi
