// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Samples of JSON Schemas. Written here because no Debian package generates instances of a JSON
// Schema in C++ (json-schema-faker and the like are JavaScript); the rules are the ones a user
// expects of a starting point: examples and defaults first, then the smallest valid-looking value.
#include "messagematcher.h"

#include <asyncapi/validation/jsonconversion_p.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Signalbox::AsyncApi {

namespace {

using nlohmann::json;

constexpr int MaxDepth = 8;

class SampleBuilder
{
public:
    explicit SampleBuilder(const DocumentSet &set) : m_set(set) {}

    json sample(NodeRef ref, int depth)
    {
        const NodeRef node = m_set.follow(ref);
        if (!node.node)
            return nullptr;
        if (node.node->isScalar() && node.node->scalarType() == YamlNode::ScalarType::Bool)
            return node.node->value[0] == 't' || node.node->value[0] == 'T' ? json::object() : json(nullptr);
        if (!node.node->isMapping())
            return nullptr;
        const YamlNode &s = *node.node;
        if (std::find(m_stack.begin(), m_stack.end(), node.node) != m_stack.end() || depth > MaxDepth)
            return bounded(s);
        m_stack.push_back(node.node);
        json out = build(node, depth);
        m_stack.pop_back();
        return out;
    }

private:
    json value(const YamlNode *n, const YamlDocument *doc)
    {
        Detail::JsonBuilder b(m_set, Detail::RefMode::InlineAll, 10'000);
        return b.build(NodeRef{n, doc});
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
            if (const YamlNode *x = s.get("exclusiveMinimum"); x && x->isScalar() && x->scalarType() != YamlNode::ScalarType::Bool)
                v = std::floor(number(x, v)) + 1;
            if (const YamlNode *m = s.get("maximum"); m && number(m, v) < v)
                v = number(m, v);
            const double step = number(s.get("multipleOf"), 1);
            if (step > 0)
                v = std::ceil(v / step) * step;
            return static_cast<long long>(v);
        }
        if (type == "number") {
            double v = number(s.get("minimum"), 0);
            if (const YamlNode *x = s.get("exclusiveMinimum"); x && x->isScalar() && x->scalarType() != YamlNode::ScalarType::Bool)
                v = number(x, v) + 1;
            if (const YamlNode *m = s.get("maximum"); m && number(m, v) < v)
                v = number(m, v);
            const double step = number(s.get("multipleOf"), 0);
            if (step > 0)
                v = std::ceil(v / step) * step;
            return v;
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
        const YamlNode *props = s.get("properties");
        const YamlNode *req = s.get("required");
        auto required = [req](std::string_view name) {
            if (req && req->isSequence())
                for (const YamlNode *r : req->children)
                    if (r->isScalar() && r->value == name)
                        return true;
            return false;
        };
        if (props && props->isMapping()) {
            for (std::size_t i = 0; i < props->size(); ++i) {
                const NodeRef p{props->valueAt(i), node.doc};
                const std::string_view name = props->keyAt(i)->value;
                if (!required(name) && recursive(p, depth + 1))
                    continue;
                out[std::string(name)] = sample(p, depth + 1);
            }
        }
        // Required names that have no schema of their own still get a value.
        if (req && req->isSequence())
            for (const YamlNode *r : req->children)
                if (r->isScalar() && !out.contains(std::string(r->value)))
                    out[std::string(r->value)] = "string";
        return out;
    }

    json array(NodeRef node, int depth)
    {
        const YamlNode &s = *node.node;
        json out = json::array();
        const YamlNode *items = s.get("items");
        const int count = std::clamp(int(number(s.get("minItems"), 1)), 0, 10);
        if (items && items->isSequence()) { // tuple form
            for (const YamlNode *i : items->children)
                out.push_back(sample(NodeRef{i, node.doc}, depth + 1));
            return out;
        }
        if (!items || (recursive(NodeRef{items, node.doc}, depth + 1) && !s.get("minItems")))
            return out;
        const json one = sample(NodeRef{items, node.doc}, depth + 1);
        const bool unique = s.get("uniqueItems") && s.get("uniqueItems")->value == "true";
        for (int i = 0; i < (unique ? 1 : count); ++i)
            out.push_back(one);
        return out;
    }

    static json string(const YamlNode &s)
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
        const int minLength = int(number(s.get("minLength"), 0));
        if (int(v.size()) < minLength)
            v.append(std::size_t(std::min(minLength, 10000)) - v.size(), 'x');
        if (const YamlNode *m = s.get("maxLength"); m && int(v.size()) > int(number(m, 1e9)))
            v.resize(std::size_t(std::max(0, int(number(m, 0)))));
        return v;
    }

    const DocumentSet &m_set;
    std::vector<const YamlNode *> m_stack;
};

QByteArray pretty(const json &j)
{
    return QByteArray::fromStdString(j.dump(2, ' ', false, json::error_handler_t::replace));
}

/** Calls \a f(example mapping, its 1-based position) for each example object of \a message, references followed. */
template<typename F>
void forEachExample(const DocumentSet &set, const Message &message, F f)
{
    const NodeRef m = set.follow(message.node);
    if (!m.node || !m.node->isMapping())
        return;
    const YamlNode *examples = m.node->get("examples");
    if (!examples || !examples->isSequence())
        return;
    int n = 0;
    for (const YamlNode *e : examples->children) {
        ++n;
        const NodeRef ex = set.follow(NodeRef{e, m.doc});
        if (ex.node && ex.node->isMapping() && !f(ex, n))
            return;
    }
}

/** \a part of \a example as indented JSON, references inlined. */
QByteArray examplePart(const DocumentSet &set, NodeRef example, const YamlNode *part)
{
    Detail::JsonBuilder b(set, Detail::RefMode::InlineAll, 100'000);
    return pretty(b.build(NodeRef{part, example.doc}));
}

/** The first example's \a part, else a sample of \a schema, else an empty object. */
QByteArray initialPart(const DocumentSet &set, const Message &message, std::string_view part, NodeRef schema)
{
    QByteArray out;
    forEachExample(set, message, [&](NodeRef ex, int) {
        if (const YamlNode *p = ex.node->get(part))
            out = examplePart(set, ex, p);
        return out.isNull();
    });
    if (!out.isNull())
        return out;
    return schema ? sampleFromSchema(set, schema) : QByteArray("{}");
}

} // namespace

QByteArray sampleFromSchema(const DocumentSet &set, NodeRef schema)
{
    SampleBuilder builder(set);
    return pretty(builder.sample(schema, 0));
}

QByteArray initialMessageBody(const DocumentSet &set, const Message &message)
{
    return initialPart(set, message, "payload", message.payload);
}

QByteArray initialMessageHeaders(const DocumentSet &set, const Message &message)
{
    return initialPart(set, message, "headers", message.headers);
}

QList<QPair<QString, QByteArray>> messageExamples(const DocumentSet &set, const Message &message)
{
    QList<QPair<QString, QByteArray>> out;
    forEachExample(set, message, [&](NodeRef ex, int n) {
        if (const YamlNode *p = ex.node->get("payload")) {
            const std::string_view given = ex.node->stringAt("name");
            QString name = QString::fromUtf8(given.data(), qsizetype(given.size()));
            if (name.isEmpty())
                name = QCoreApplication::translate("SignalboxMessages", "Example %1").arg(n);
            out.append({name, examplePart(set, ex, p)});
        }
        return true;
    });
    return out;
}

} // namespace Signalbox::AsyncApi
