// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "htmlexporter.h"
#include "schemahtml_p.h"

#include <asyncapi/json/yamltojson.h>

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace Signalbox::Export::Detail {

using AsyncApi::DocumentSet;
using AsyncApi::NodeRef;
using AsyncApi::YamlNode;

namespace {

constexpr int MaxDepth = 8;

/** A value's share of the pretty-printed text besides its own: indentation, quotes, punctuation. */
qsizetype valueCost(int depth)
{
    return 8 + 2 * qsizetype(depth);
}

QString str(const YamlNode *n)
{
    return n && n->isScalar() ? n->text() : QString();
}

QString typeOf(const YamlNode *schema)
{
    if (!schema || !schema->isMapping())
        return QStringLiteral("any");
    const YamlNode *type = schema->get("type");
    if (type && type->isScalar())
        return type->text();
    if (type && type->isSequence()) {
        QStringList types;
        for (const YamlNode *t : type->children)
            types << t->text();
        return types.join(QStringLiteral(" | "));
    }
    if (schema->get("properties"))
        return QStringLiteral("object");
    if (schema->get("items"))
        return QStringLiteral("array");
    if (schema->get("oneOf"))
        return QStringLiteral("one of");
    if (schema->get("anyOf"))
        return QStringLiteral("any of");
    if (schema->get("allOf"))
        return QStringLiteral("all of");
    if (schema->get("enum"))
        return QStringLiteral("enum");
    if (schema->get("const"))
        return QStringLiteral("const");
    return QStringLiteral("any");
}

QString scalarList(const YamlNode *n)
{
    QStringList out;
    if (n && n->isSequence()) {
        for (const YamlNode *v : n->children)
            out << QStringLiteral("<code>%1</code>").arg(escape(v->isScalar() ? v->text() : QStringLiteral("…")));
    }
    return out.join(QStringLiteral(", "));
}

class TableWriter
{
public:
    TableWriter(const DocumentSet &set, qsizetype rows, qsizetype bytes)
        : m_set(set)
        , m_rowsLeft(rows)
        , m_bytes(bytes)
    {}

    void row(const QString &name, NodeRef schemaRef, bool required, int depth)
    {
        if (m_truncated)
            return;
        if (m_rowsLeft <= 0 || m_html.size() >= m_bytes) {
            truncate();
            return;
        }
        --m_rowsLeft;
        const NodeRef schema = m_set.follow(schemaRef);
        const YamlNode *s = schema.node;
        QString details;
        QStringList constraints;
        if (s && s->isMapping()) {
            if (const QString d = str(s->get("description")); !d.isEmpty())
                details += markdownToHtml(d);
            for (const char *k : {"format", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
                                  "minLength", "maxLength", "minItems", "maxItems", "multipleOf", "uniqueItems"}) {
                if (const YamlNode *v = s->get(k); v && v->isScalar())
                    constraints << QStringLiteral("%1: <code>%2</code>").arg(QLatin1String(k), escape(v->text()));
            }
            if (const YamlNode *e = s->get("enum"))
                constraints << QStringLiteral("one of: %1").arg(scalarList(e));
            if (const YamlNode *c = s->get("const"); c && c->isScalar())
                constraints << QStringLiteral("always <code>%1</code>").arg(escape(c->text()));
            if (const YamlNode *d = s->get("default"); d && d->isScalar())
                constraints << QStringLiteral("default <code>%1</code>").arg(escape(d->text()));
            if (const YamlNode *ex = s->get("examples"); ex && ex->isSequence())
                constraints << QStringLiteral("examples: %1").arg(scalarList(ex));
        }
        if (!constraints.isEmpty())
            details +=
                QStringLiteral("<div class=\"constraints\">%1</div>").arg(constraints.join(QStringLiteral(" · ")));
        const QString line =
            QStringLiteral("<tr><td style=\"padding-left:%1px\"><code>%2</code>%3</td><td class=\"type\">%4</td>"
                           "<td>%5</td></tr>\n")
                .arg(8 + depth * 18)
                .arg(escape(name),
                     required ? QStringLiteral(" <span class=\"required\" title=\"required\">*</span>") : QString(),
                     escape(typeOf(s)), details);
        // A row whose text does not fit is left out whole (one description may be long).
        if (m_html.size() + line.size() > m_bytes) {
            truncate();
            return;
        }
        m_html += line;
        children(schema, depth + 1);
    }

    void children(NodeRef schema, int depth)
    {
        const YamlNode *s = schema.node;
        if (!s || !s->isMapping() || m_truncated)
            return;
        if (depth > MaxDepth || !m_path.insert(s).second) {
            if (depth <= MaxDepth)
                m_html +=
                    QStringLiteral(
                        "<tr><td style=\"padding-left:%1px\" colspan=\"3\" class=\"note\">(recursive)</td></tr>\n")
                        .arg(8 + depth * 18);
            return;
        }
        std::set<std::string> required;
        if (const YamlNode *r = s->get("required"); r && r->isSequence()) {
            for (const YamlNode *name : r->children)
                required.insert(std::string(name->value));
        }
        if (const YamlNode *props = s->get("properties"); props && props->isMapping()) {
            for (std::size_t i = 0; i < props->size(); ++i)
                row(props->keyAt(i)->text(), NodeRef{props->valueAt(i), schema.doc},
                    required.count(std::string(props->keyAt(i)->value)) > 0, depth);
        }
        if (const YamlNode *items = s->get("items"); items && items->isMapping())
            row(QStringLiteral("[item]"), NodeRef{items, schema.doc}, false, depth);
        if (const YamlNode *ap = s->get("additionalProperties"); ap && ap->isMapping())
            row(QStringLiteral("[any key]"), NodeRef{ap, schema.doc}, false, depth);
        for (const char *k : {"oneOf", "anyOf", "allOf"}) {
            const YamlNode *alts = s->get(k);
            for (std::size_t i = 0; alts && alts->isSequence() && i < alts->size(); ++i)
                row(QStringLiteral("%1 #%2").arg(QLatin1String(k)).arg(i + 1), NodeRef{alts->item(i), schema.doc},
                    false, depth);
        }
        m_path.erase(s);
    }

    QString html() const { return m_html; }
    qsizetype rowsLeft() const { return m_rowsLeft; }

private:
    void truncate()
    {
        if (!m_truncated)
            m_html +=
                QStringLiteral("<tr><td colspan=\"3\" class=\"note\">%1</td></tr>\n").arg(escape(truncatedNote()));
        m_truncated = true;
    }

    const DocumentSet &m_set;
    QString m_html;
    std::set<const YamlNode *> m_path;
    qsizetype m_rowsLeft;
    qsizetype m_bytes; ///< characters the table may hold (the note aside)
    bool m_truncated = false;
};

class SampleWriter
{
public:
    SampleWriter(const DocumentSet &set, qsizetype values, qsizetype bytes)
        : m_set(set)
        , m_valuesLeft(values)
        , m_bytesLeft(bytes)
    {}

    qsizetype valuesLeft() const { return m_valuesLeft; }
    qsizetype bytesLeft() const { return std::max<qsizetype>(m_bytesLeft, 0); }

    nlohmann::ordered_json sample(NodeRef ref, int depth)
    {
        if (m_truncated)
            return nullptr;
        if (m_valuesLeft <= 0 || !charge(valueCost(depth)))
            return cut();
        --m_valuesLeft;
        const NodeRef schema = m_set.follow(ref);
        const YamlNode *s = schema.node;
        if (!s || !s->isMapping() || depth > 6 || !m_path.insert(s).second)
            return nullptr;
        struct Leave
        {
            std::set<const YamlNode *> &path;
            const YamlNode *s;
            ~Leave() { path.erase(s); }
        } leave{m_path, s};
        auto scalar = [&](const YamlNode *n) -> nlohmann::ordered_json {
            if (!charge(htmlCost(n->value)))
                return cut();
            return nlohmann::ordered_json::parse(
                AsyncApi::Json::scalarToJson(*n).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        };
        for (const char *k : {"const", "default"}) {
            if (const YamlNode *v = s->get(k); v && v->isScalar())
                return scalar(v);
        }
        if (const YamlNode *ex = s->get("examples");
            ex && ex->isSequence() && ex->size() > 0 && ex->item(0)->isScalar())
            return scalar(ex->item(0));
        if (const YamlNode *e = s->get("enum"); e && e->isSequence() && e->size() > 0 && e->item(0)->isScalar())
            return scalar(e->item(0));
        for (const char *k : {"oneOf", "anyOf"}) {
            if (const YamlNode *alts = s->get(k); alts && alts->isSequence() && alts->size() > 0)
                return sample(NodeRef{alts->item(0), schema.doc}, depth + 1);
        }
        const QString type = typeOf(s);
        if (type == QLatin1String("object") || s->get("allOf")) {
            auto obj = nlohmann::ordered_json::object();
            auto addProps = [&](NodeRef from) {
                const NodeRef f = m_set.follow(from);
                const YamlNode *props = f.node && f.node->isMapping() ? f.node->get("properties") : nullptr;
                for (std::size_t i = 0; props && props->isMapping() && i < props->size() && !m_truncated; ++i) {
                    if (!charge(htmlCost(props->keyAt(i)->value))) {
                        obj["…"] = cut();
                        break;
                    }
                    obj[std::string(props->keyAt(i)->value)] = sample(NodeRef{props->valueAt(i), f.doc}, depth + 1);
                }
            };
            addProps(schema);
            if (const YamlNode *all = s->get("allOf"); all && all->isSequence()) {
                for (const YamlNode *part : all->children)
                    addProps(NodeRef{part, schema.doc});
            }
            return obj;
        }
        if (type == QLatin1String("array")) {
            auto arr = nlohmann::ordered_json::array();
            if (const YamlNode *items = s->get("items"))
                arr.push_back(sample(NodeRef{items, schema.doc}, depth + 1));
            return arr;
        }
        if (type == QLatin1String("integer"))
            return s->get("minimum") ? scalar(s->get("minimum")) : nlohmann::ordered_json(0);
        if (type == QLatin1String("number"))
            return s->get("minimum") ? scalar(s->get("minimum")) : nlohmann::ordered_json(0.0);
        if (type == QLatin1String("boolean"))
            return true;
        if (type == QLatin1String("string")) {
            const QString format = str(s->get("format"));
            if (format == QLatin1String("date-time"))
                return "2026-01-01T00:00:00Z";
            if (format == QLatin1String("date"))
                return "2026-01-01";
            if (format == QLatin1String("email"))
                return "user@example.com";
            if (format == QLatin1String("uri") || format == QLatin1String("url"))
                return "https://example.com";
            if (format == QLatin1String("uuid"))
                return "00000000-0000-4000-8000-000000000000";
            return "string";
        }
        return nullptr;
    }

private:
    /** Counts \a cost against the bytes left; false when they ran out. */
    bool charge(qsizetype cost)
    {
        m_bytesLeft -= cost;
        return m_bytesLeft >= 0;
    }

    /** The first value cut says so; the rest are left out (see the loops). */
    nlohmann::ordered_json cut()
    {
        if (m_truncated)
            return nullptr;
        m_truncated = true;
        return truncatedNote().toStdString();
    }

    const DocumentSet &m_set;
    std::set<const YamlNode *> m_path;
    qsizetype m_valuesLeft;
    qsizetype m_bytesLeft;
    bool m_truncated = false;
};

} // namespace

QString truncatedNote()
{
    return QCoreApplication::translate("SignalboxExport", "(truncated: too large to show in full)");
}

QString pageTruncatedNote()
{
    return QCoreApplication::translate("SignalboxExport",
                                       "This page is incomplete: with its references resolved the document is too "
                                       "large to show in full, and some schemas, samples, examples and bindings are "
                                       "left out.");
}

qsizetype htmlCost(std::string_view text)
{
    // &amp; &lt; &gt; &quot; &#39;: at most six bytes for one
    const auto special = std::count_if(
        text.begin(), text.end(), [](char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; });
    return qsizetype(text.size()) + 5 * qsizetype(special);
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString schemaTable(const DocumentSet &set, NodeRef schema, ExportBudget *budget)
{
    if (!schema)
        return {};
    if (budget && (budget->rows <= 0 || budget->bytes <= 0)) {
        budget->truncated = true;
        return {};
    }
    const qsizetype rows = std::min(ExportBudget::RowsPerTable, budget ? budget->rows : ExportBudget::RowsPerTable);
    const qsizetype bytes = std::min(ExportBudget::BytesPerBlock, budget ? budget->bytes : ExportBudget::BytesPerBlock);
    TableWriter writer(set, rows, bytes);
    writer.row(QStringLiteral("(root)"), schema, false, 0);
    if (budget) {
        budget->rows -= rows - writer.rowsLeft();
        budget->bytes -= writer.html().size();
    }
    return QStringLiteral("<table class=\"schema\"><thead><tr><th>Name</th><th>Type</th><th>Details</th></tr></thead>"
                          "<tbody>\n%1</tbody></table>")
        .arg(writer.html());
}

QString sampleFor(const DocumentSet &set, NodeRef schema, ExportBudget *budget)
{
    if (budget && (budget->sampleValues <= 0 || budget->bytes <= 0)) {
        budget->truncated = true;
        return {};
    }
    const qsizetype values =
        std::min(ExportBudget::ValuesPerSample, budget ? budget->sampleValues : ExportBudget::ValuesPerSample);
    const qsizetype bytes = std::min(ExportBudget::BytesPerBlock, budget ? budget->bytes : ExportBudget::BytesPerBlock);
    SampleWriter writer(set, values, bytes);
    const nlohmann::ordered_json sample = writer.sample(schema, 0);
    if (budget) {
        budget->sampleValues -= values - writer.valuesLeft();
        budget->bytes -= bytes - writer.bytesLeft();
    }
    return QString::fromStdString(sample.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

namespace {

/** What a JSON text may still write. */
struct JsonLeft
{
    qsizetype values;
    qsizetype bytes;
    bool cut = false;
};

/** The first value cut says so; the rest are left out. */
nlohmann::ordered_json cutJson(JsonLeft &left)
{
    if (left.cut)
        return nullptr;
    left.cut = true;
    return truncatedNote().toStdString();
}

/** Key order kept, references followed, recursion and size bounded. */
nlohmann::ordered_json ordered(const DocumentSet &set, NodeRef ref, int depth, JsonLeft &left)
{
    const NodeRef n = set.follow(ref);
    if (!n || depth > 32 || left.cut)
        return nullptr;
    if (--left.values < 0 || (left.bytes -= valueCost(depth)) < 0)
        return cutJson(left);
    switch (n.node->kind) {
    case YamlNode::Kind::Null:
        return nullptr;
    case YamlNode::Kind::Scalar:
        // Counted before it is copied: a reference fan-out repeats one long string many times.
        if ((left.bytes -= htmlCost(n.node->value)) < 0)
            return cutJson(left);
        return nlohmann::ordered_json::parse(
            AsyncApi::Json::scalarToJson(*n.node).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    case YamlNode::Kind::Sequence: {
        auto arr = nlohmann::ordered_json::array();
        for (const YamlNode *c : n.node->children) {
            if (left.cut)
                break;
            arr.push_back(ordered(set, NodeRef{c, n.doc}, depth + 1, left));
        }
        return arr;
    }
    case YamlNode::Kind::Mapping: {
        auto obj = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < n.node->size() && !left.cut; ++i) {
            const std::string_view key = n.node->keyAt(i)->value;
            if ((left.bytes -= htmlCost(key)) < 0) {
                obj["…"] = cutJson(left);
                break;
            }
            obj[std::string(key)] = ordered(set, NodeRef{n.node->valueAt(i), n.doc}, depth + 1, left);
        }
        return obj;
    }
    }
    return nullptr;
}

} // namespace

QString prettyJson(const DocumentSet &set, NodeRef node, ExportBudget *budget)
{
    if (budget && (budget->jsonValues <= 0 || budget->bytes <= 0)) {
        budget->truncated = true;
        return {};
    }
    const qsizetype values =
        std::min(ExportBudget::ValuesPerJson, budget ? budget->jsonValues : ExportBudget::ValuesPerJson);
    const qsizetype bytes = std::min(ExportBudget::BytesPerBlock, budget ? budget->bytes : ExportBudget::BytesPerBlock);
    JsonLeft left{values, bytes};
    const nlohmann::ordered_json json = ordered(set, node, 0, left);
    if (budget) {
        budget->jsonValues -= values - std::max<qsizetype>(left.values, 0);
        budget->bytes -= bytes - std::max<qsizetype>(left.bytes, 0);
    }
    return QString::fromStdString(json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace Signalbox::Export::Detail
