// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Samples of JSON Schemas. Written here because no Debian package generates instances of a JSON
// Schema in C++ (json-schema-faker and the like are JavaScript); the rules are the ones a user
// expects of a starting point: examples and defaults first, then the smallest valid-looking value.
#include "samples.h"

#include <asyncapi/json/yamltojson.h>

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>
#include <unordered_set>

namespace Signalbox::AsyncApi {

namespace {

// Samples and examples are text for the user: keys stay in the order the document gives them.
using json = nlohmann::ordered_json;

constexpr int MaxDepth = 8;
/// A generated sample holds at most this many JSON values…
constexpr std::uint64_t MaxSampleNodes = 10'000;
/// …and about this many bytes of strings.
constexpr std::uint64_t MaxSampleBytes = 1024 * 1024;
/// Steps (schema keys and list entries looked at) a sample may take, besides the values it writes.
constexpr std::uint64_t MaxSampleSteps = 4'000'000;
/// Nodes an example may have (references inlined).
constexpr std::uint64_t MaxExampleNodes = 100'000;
/// Nodes looked at when checking where the content of a body comes from.
constexpr std::size_t MaxOriginNodes = 1'000'000;

/** \a v as an int within [lo, hi]; \a nan (not a number) gives \a fallback. No undefined conversion. */
int clampedInt(double v, int lo, int hi, int fallback)
{
    if (std::isnan(v))
        return fallback;
    return static_cast<int>(std::clamp(v, double(lo), double(hi)));
}

/** \a v as a long long, clamped to what one holds (NaN: 0). */
long long clampedLongLong(double v)
{
    if (std::isnan(v))
        return 0;
    // 2^63 is exactly representable; everything below it converts.
    constexpr double Limit = 9223372036854775808.0;
    if (v >= Limit)
        return LLONG_MAX;
    if (v <= -Limit)
        return LLONG_MIN;
    return static_cast<long long>(v);
}

/** Values in \a j, and the bytes of its strings and keys (no recursion: any depth). */
std::pair<std::uint64_t, std::uint64_t> sizeOf(const json &j)
{
    std::uint64_t nodes = 0;
    std::uint64_t bytes = 0;
    std::vector<const json *> todo{&j};
    while (!todo.empty()) {
        const json *n = todo.back();
        todo.pop_back();
        ++nodes;
        if (n->is_string()) {
            bytes += n->get_ref<const std::string &>().size();
        } else if (n->is_object()) {
            for (auto it = n->begin(); it != n->end(); ++it) {
                bytes += it.key().size();
                todo.push_back(&*it);
            }
        } else if (n->is_array()) {
            for (const json &c : *n)
                todo.push_back(&c);
        } else {
            bytes += 8;
        }
    }
    return {nodes, bytes};
}

/**
 * Finds the first document other than the main one that content comes from: the start node's own
 * document, or one a `$ref` in it leads to (followed to any depth). Nodes are looked at once each
 * over all the calls on one finder (aliases, shared targets, the same default met again): what an
 * earlier call found to be all in the main document is not walked again. When there are too many
 * to look at, the answer is the start's document or else the main one, as if it were another file.
 */
class OriginFinder
{
public:
    explicit OriginFinder(const DocumentSet &set)
        : m_set(set)
    {}

    /// Null when all of the content under \a start is in the main document.
    const YamlDocument *otherDocumentIn(NodeRef start)
    {
        if (!start.node)
            return nullptr;
        std::vector<NodeRef> todo{start};
        while (!todo.empty()) {
            const NodeRef n = todo.back();
            todo.pop_back();
            if (!n.node)
                continue;
            if (n.doc != m_set.main())
                return n.doc;
            if (m_seen.size() >= MaxOriginNodes)
                return m_set.main(); // too much to tell: treated as coming from elsewhere
            if (!m_seen.insert(n.node).second)
                continue;
            if (DocumentSet::refValue(n.node)) {
                const NodeRef target = m_set.follow(n);
                if (target.node && target.doc != m_set.main())
                    return target.doc;
                todo.push_back(target);
                continue;
            }
            for (const YamlNode *c : n.node->children)
                todo.push_back(NodeRef{c, n.doc});
        }
        return nullptr;
    }

private:
    const DocumentSet &m_set;
    std::unordered_set<const YamlNode *> m_seen;
};

/** OriginFinder's answer for one start. */
const YamlDocument *otherDocumentIn(const DocumentSet &set, NodeRef start)
{
    OriginFinder finder(set);
    return finder.otherDocumentIn(start);
}

QString fileOf(const DocumentSet &set, const YamlDocument *doc)
{
    if (!doc)
        return {};
    if (doc == set.main() || doc->fileName().isEmpty())
        return QCoreApplication::translate("SignalboxMessages", "(a file the document refers to)");
    return doc->fileName();
}

class SampleBuilder
{
public:
    explicit SampleBuilder(const DocumentSet &set)
        : m_set(set)
        , m_origin(set)
    {}

    json sample(NodeRef ref, int depth)
    {
        const NodeRef node = m_set.follow(ref);
        if (!node.node)
            return nullptr;
        ++m_nodes;
        if (node.node->isScalar() && node.node->scalarType() == YamlNode::ScalarType::Bool)
            return node.node->value[0] == 't' || node.node->value[0] == 'T' ? json::object() : json(nullptr);
        if (!node.node->isMapping())
            return nullptr;
        const YamlNode &s = *node.node;
        if (exhausted()) {
            m_truncated = true;
            return bounded(s);
        }
        if (std::find(m_stack.begin(), m_stack.end(), node.node) != m_stack.end() || depth > MaxDepth)
            return bounded(s);
        m_stack.push_back(node.node);
        json out = build(node, depth);
        m_stack.pop_back();
        return out;
    }

    bool truncated() const { return m_truncated; }
    /// A document other than the main one that values were copied from (examples, defaults…), or null.
    const YamlDocument *otherDocument() const { return m_other; }

private:
    bool exhausted() const
    {
        return m_nodes >= MaxSampleNodes || m_bytes >= MaxSampleBytes || m_steps >= MaxSampleSteps;
    }

    /// Counts \a j against the budget; false (and truncated) when it does not fit.
    bool spend(const json &j)
    {
        const auto [nodes, bytes] = sizeOf(j);
        if (m_nodes + nodes > MaxSampleNodes || m_bytes + bytes > MaxSampleBytes) {
            m_truncated = true;
            return false;
        }
        m_nodes += nodes;
        m_bytes += bytes;
        return true;
    }

    /**
     * A value written in the document (example, default, const, enum), references inlined. What it
     * took to build is charged even when it does not fit: a value over the budget uses it up, so a
     * value met again and again (a default shared through a `$ref`) is not built again each time.
     */
    json value(const YamlNode *n, const YamlDocument *doc)
    {
        if (exhausted()) {
            m_truncated = true;
            return nullptr;
        }
        if (!m_other)
            m_other = m_origin.otherDocumentIn(NodeRef{n, doc});
        const std::uint64_t left = MaxSampleNodes - m_nodes;
        Json::JsonBuilder b(m_set, Json::RefMode::InlineAll, left);
        json v = b.buildOrdered(NodeRef{n, doc});
        if (b.exceeded() || !spend(v)) {
            useUp();
            return nullptr;
        }
        return v;
    }

    /// The budget is spent (what was built went over it): the rest of the sample is cut.
    void useUp()
    {
        m_truncated = true;
        m_nodes = std::max(m_nodes, MaxSampleNodes);
    }

    /// What a recursive or too-deep schema gives: nothing more to nest.
    json bounded(const YamlNode &s)
    {
        const std::string_view type = typeOf(s);
        if (type == "array")
            return json::array();
        if (type == "object")
            return json::object();
        return nullptr;
    }

    static std::string_view typeOf(const YamlNode &s)
    {
        const YamlNode *t = s.get("type");
        if (!t)
            return s.get("properties") ? "object" : (s.get("items") ? "array" : std::string_view());
        if (t->isScalar())
            return t->value;
        if (t->isSequence()) {
            // The first type that is not null.
            for (const YamlNode *c : t->children)
                if (c->isScalar() && c->value != "null")
                    return c->value;
            if (!t->children.empty() && t->children.front()->isScalar())
                return t->children.front()->value;
        }
        return {};
    }

    static double number(const YamlNode *n, double fallback)
    {
        if (!n || !n->isScalar())
            return fallback;
        bool ok = false;
        const double v = n->text().toDouble(&ok);
        return ok ? v : fallback;
    }

    json build(NodeRef node, int depth)
    {
        const YamlNode &s = *node.node;
        const YamlDocument *doc = node.doc;
        if (const YamlNode *e = s.get("examples"); e && e->isSequence() && !e->children.empty())
            return value(e->children.front(), doc);
        if (const YamlNode *e = s.get("example"))
            return value(e, doc);
        if (const YamlNode *c = s.get("const"))
            return value(c, doc);
        if (const YamlNode *d = s.get("default")) {
            json v = value(d, doc);
            if (fitsType(v, typeOf(s))) // a default of the wrong type is the document's mistake: not repeated
                return v;
        }
        if (const YamlNode *e = s.get("enum"); e && e->isSequence() && !e->children.empty())
            return value(e->children.front(), doc);
        for (const char *alt : {"oneOf", "anyOf"}) {
            if (const YamlNode *a = s.get(alt); a && a->isSequence() && !a->children.empty()) {
                json base = sampleOfType(node, depth);
                json chosen = sample(NodeRef{a->children.front(), doc}, depth + 1);
                return merge(std::move(base), std::move(chosen));
            }
        }
        json out = sampleOfType(node, depth);
        // allOf: every part applies; what an earlier part fixed (a const, say) stays.
        if (const YamlNode *a = s.get("allOf"); a && a->isSequence())
            for (const YamlNode *part : a->children)
                out = merge(sample(NodeRef{part, doc}, depth + 1), std::move(out));
        return out;
    }

    static bool fitsType(const json &v, std::string_view type)
    {
        if (type.empty())
            return true;
        if (type == "string")
            return v.is_string();
        if (type == "integer")
            return v.is_number_integer();
        if (type == "number")
            return v.is_number();
        if (type == "boolean")
            return v.is_boolean();
        if (type == "object")
            return v.is_object();
        if (type == "array")
            return v.is_array();
        return type != "null" || v.is_null();
    }

    /// \a b over \a a, objects merged key by key.
    static json merge(json a, json b)
    {
        if (a.is_object() && b.is_object()) {
            for (auto it = b.begin(); it != b.end(); ++it)
                a[it.key()] = a.contains(it.key()) ? merge(a[it.key()], *it) : *it;
            return a;
        }
        return b.is_null() ? a : b;
    }

    /// Whether \a ref leads back into a schema being built (or too deep): optional parts of it are left out.
    bool recursive(NodeRef ref, int depth) const
    {
        const NodeRef n = m_set.follow(ref);
        return depth >= MaxDepth || std::find(m_stack.begin(), m_stack.end(), n.node) != m_stack.end();
    }

    json sampleOfType(NodeRef node, int depth)
    {
        const YamlNode &s = *node.node;
        const std::string_view type = typeOf(s);
        if (type == "object")
            return object(node, depth);
        if (type == "array")
            return array(node, depth);
        if (type == "string")
            return string(s);
        if (type == "integer") {
            double v = number(s.get("minimum"), 0);
            if (const YamlNode *x = s.get("exclusiveMinimum");
                x && x->isScalar() && x->scalarType() != YamlNode::ScalarType::Bool)
                v = std::floor(number(x, v)) + 1;
            if (const YamlNode *m = s.get("maximum"); m && number(m, v) < v)
                v = number(m, v);
            const double step = number(s.get("multipleOf"), 1);
            if (step > 0)
                v = std::ceil(v / step) * step;
            return clampedLongLong(v);
        }
        if (type == "number") {
            double v = number(s.get("minimum"), 0);
            if (const YamlNode *x = s.get("exclusiveMinimum");
                x && x->isScalar() && x->scalarType() != YamlNode::ScalarType::Bool)
                v = number(x, v) + 1;
            if (const YamlNode *m = s.get("maximum"); m && number(m, v) < v)
                v = number(m, v);
            const double step = number(s.get("multipleOf"), 0);
            if (step > 0)
                v = std::ceil(v / step) * step;
            return std::isfinite(v) ? v : 0.0;
        }
        if (type == "boolean")
            return true;
        if (type == "null")
            return nullptr;
        return nullptr;
    }

    json object(NodeRef node, int depth)
    {
        const YamlNode &s = *node.node;
        json out = json::object();
        // The names out has, as views of the schema's own (an ordered object looks keys up one by one).
        std::unordered_set<std::string_view> names;
        auto add = [&out, &names](std::string_view name, json value) {
            names.insert(name);
            static_cast<json::object_t::Container &>(out.get_ref<json::object_t &>())
                .emplace_back(std::string(name), std::move(value));
        };
        const YamlNode *props = s.get("properties");
        const YamlNode *req = s.get("required");
        // Looked up once per property: a set, so long lists of both do not multiply.
        std::unordered_set<std::string_view> requiredNames;
        if (req && req->isSequence()) {
            m_steps += req->children.size();
            for (const YamlNode *r : req->children)
                if (r->isScalar())
                    requiredNames.insert(r->value);
        }
        auto required = [&requiredNames](std::string_view name) { return requiredNames.contains(name); };
        if (props && props->isMapping()) {
            for (std::size_t i = 0; i < props->size(); ++i) {
                if (exhausted()) {
                    m_truncated = true;
                    return out;
                }
                ++m_steps;
                const NodeRef p{props->valueAt(i), node.doc};
                const std::string_view name = props->keyAt(i)->value;
                if (names.contains(name) || (!required(name) && recursive(p, depth + 1)))
                    continue;
                m_bytes += name.size();
                add(name, sample(p, depth + 1));
            }
        }
        // Required names that have no schema of their own still get a value.
        if (req && req->isSequence()) {
            for (const YamlNode *r : req->children) {
                if (exhausted()) {
                    m_truncated = true;
                    return out;
                }
                ++m_steps;
                if (r->isScalar() && !names.contains(r->value)) {
                    ++m_nodes;
                    m_bytes += r->value.size() + 6;
                    add(r->value, "string");
                }
            }
        }
        return out;
    }

    json array(NodeRef node, int depth)
    {
        const YamlNode &s = *node.node;
        json out = json::array();
        const YamlNode *items = s.get("items");
        // One item makes a starting point; more only when minItems asks (within the budget).
        constexpr int MaxItems = 1000;
        const double wanted = number(s.get("minItems"), 1);
        const int count = clampedInt(wanted, 0, MaxItems, 1);
        if (wanted > MaxItems)
            m_truncated = true;             // fewer than the schema asks for
        if (items && items->isSequence()) { // tuple form
            for (const YamlNode *i : items->children) {
                if (exhausted()) {
                    m_truncated = true;
                    break;
                }
                out.push_back(sample(NodeRef{i, node.doc}, depth + 1));
            }
            return out;
        }
        if (!items || count == 0 || (recursive(NodeRef{items, node.doc}, depth + 1) && !s.get("minItems")))
            return out;
        const json one = sample(NodeRef{items, node.doc}, depth + 1);
        out.push_back(one);
        const bool unique = s.get("uniqueItems") && s.get("uniqueItems")->value == "true";
        for (int i = 1; i < (unique ? 1 : count); ++i) {
            if (!spend(one))
                break;
            out.push_back(one);
        }
        return out;
    }

    json string(const YamlNode &s)
    {
        const std::string_view format = s.stringAt("format");
        std::string v;
        if (format == "date-time")
            v = "2026-01-01T12:00:00Z";
        else if (format == "date")
            v = "2026-01-01";
        else if (format == "time")
            v = "12:00:00Z";
        else if (format == "email" || format == "idn-email")
            v = "user@example.com";
        else if (format == "hostname" || format == "idn-hostname")
            v = "example.com";
        else if (format == "ipv4")
            v = "192.0.2.1";
        else if (format == "ipv6")
            v = "2001:db8::1";
        else if (format == "uri" || format == "iri" || format == "uri-reference" || format == "iri-reference" ||
                 format == "url")
            v = "https://example.com/";
        else if (format == "uuid")
            v = "00000000-0000-4000-8000-000000000000";
        else if (format == "byte")
            v = "U2lnbmFsYm94";
        else if (format == "duration")
            v = "PT1M";
        else
            v = "string";
        const int minLength = clampedInt(number(s.get("minLength"), 0), 0, 10000, 0);
        if (int(v.size()) < minLength)
            v.append(std::size_t(minLength) - v.size(), 'x');
        if (const YamlNode *m = s.get("maxLength")) {
            const int maxLength = clampedInt(number(m, 1e9), 0, INT_MAX, INT_MAX);
            if (int(v.size()) > maxLength)
                v.resize(std::size_t(maxLength));
        }
        if (m_bytes + v.size() > MaxSampleBytes) {
            m_truncated = true;
            v.resize(std::size_t(MaxSampleBytes > m_bytes ? MaxSampleBytes - m_bytes : 0));
        }
        m_bytes += v.size();
        return v;
    }

    const DocumentSet &m_set;
    OriginFinder m_origin;
    std::vector<const YamlNode *> m_stack;
    std::uint64_t m_nodes = 0;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_steps = 0;
    bool m_truncated = false;
    const YamlDocument *m_other = nullptr;
};

QByteArray pretty(const json &j)
{
    return QByteArray::fromStdString(j.dump(2, ' ', false, json::error_handler_t::replace));
}

/** \a part of an example as indented JSON, references inlined, with where it comes from. */
MessageBody examplePart(const DocumentSet &set, NodeRef part)
{
    Json::JsonBuilder b(set, Json::RefMode::InlineAll, MaxExampleNodes);
    MessageBody body;
    body.text = pretty(b.buildOrdered(part));
    body.truncated = b.exceeded();
    body.otherFile = fileOf(set, otherDocumentIn(set, part));
    return body;
}

enum class Part { Payload, Headers };

/** The first example's \a part, else a sample of \a schema, else an empty object. */
MessageBody initialPart(const DocumentSet &set, const Message &message, Part part, NodeRef schema)
{
    for (const MessageExample &e : message.examples) {
        if (const NodeRef p = part == Part::Payload ? e.payload : e.headers)
            return examplePart(set, p);
    }
    if (schema)
        return sampleOf(set, schema);
    MessageBody empty;
    empty.text = "{}";
    return empty;
}

} // namespace

MessageBody sampleOf(const DocumentSet &set, NodeRef schema)
{
    SampleBuilder builder(set);
    MessageBody body;
    body.text = pretty(builder.sample(schema, 0));
    body.truncated = builder.truncated();
    body.otherFile = fileOf(set, builder.otherDocument());
    return body;
}

QByteArray sampleFromSchema(const DocumentSet &set, NodeRef schema)
{
    return sampleOf(set, schema).text;
}

MessageBody initialMessageBodyOf(const DocumentSet &set, const Message &message)
{
    return initialPart(set, message, Part::Payload, message.payload);
}

QByteArray initialMessageBody(const DocumentSet &set, const Message &message)
{
    return initialMessageBodyOf(set, message).text;
}

QByteArray initialMessageHeaders(const DocumentSet &set, const Message &message)
{
    return initialPart(set, message, Part::Headers, message.headers).text;
}

QList<MessageBody> messageExampleBodies(const DocumentSet &set, const Message &message)
{
    QList<MessageBody> out;
    for (const MessageExample &e : message.examples) {
        if (!e.payload)
            continue;
        MessageBody body = examplePart(set, e.payload);
        body.name =
            e.name.isEmpty() ? QCoreApplication::translate("SignalboxMessages", "Example %1").arg(e.index + 1) : e.name;
        out.append(std::move(body));
    }
    return out;
}

QList<QPair<QString, QByteArray>> messageExamples(const DocumentSet &set, const Message &message)
{
    QList<QPair<QString, QByteArray>> out;
    for (const MessageBody &b : messageExampleBodies(set, message))
        out.append({b.name, b.text});
    return out;
}

} // namespace Signalbox::AsyncApi
