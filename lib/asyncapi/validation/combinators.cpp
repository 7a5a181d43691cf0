// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "combinators_p.h"
#include "schemacompiler_p.h"

#include <asyncapi/json/yamltojson.h>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/validation_results.hpp>

#include <algorithm>
#include <set>
#include <tuple>

namespace Signalbox::AsyncApi::Combinators {

namespace {

using nlohmann::json;

/** The messages share the validation's translation context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxValidation)
};

constexpr int MaxDepth = 256; // well above JsonBuilder::MaxDepth, which bounds every prepared schema

bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

bool isMarker(const std::string &d)
{
    return startsWith(d, "Failed to validate against child schema #");
}

enum class Summary { None, OneOfNone, OneOfMany, AnyOfNone };

Summary summaryOf(const std::string &d)
{
    if (startsWith(d, "Failed to validate against any child schemas allowed by oneOf"))
        return Summary::OneOfNone;
    if (startsWith(d, "Failed to validate against exactly one child schema"))
        return Summary::OneOfMany;
    if (startsWith(d, "Failed to validate against any schemas allowed by anyOf"))
        return Summary::AnyOfNone;
    return Summary::None;
}

/** Errors that only say that something below failed. */
bool isWrapper(const std::string &d)
{
    return startsWith(d, "Failed to validate") || startsWith(d, "Failed to match against any child");
}

/** The last segment of a reference: "Light" for "#/components/schemas/Light" or "schemas/light.yaml". */
QString lastSegment(std::string_view ref)
{
    std::string_view r = ref;
    if (const std::size_t hash = r.find('#'); hash != std::string_view::npos && hash + 1 < r.size())
        r = r.substr(hash + 1);
    while (!r.empty() && r.back() == '/')
        r.remove_suffix(1);
    if (const std::size_t slash = r.rfind('/'); slash != std::string_view::npos)
        r = r.substr(slash + 1);
    QString out = QString::fromUtf8(r.data(), qsizetype(r.size()));
    if (ref.find('#') == std::string_view::npos) { // a file: its name without the extension
        const qsizetype dot = out.lastIndexOf(QLatin1Char('.'));
        if (dot > 0)
            out.truncate(dot);
    }
    out.replace(QLatin1String("~1"), QLatin1String("/"));
    out.replace(QLatin1String("~0"), QLatin1String("~"));
    return out;
}

void annotate(const DocumentSet &set, json &j, NodeRef n, int depth)
{
    if (!n.node || depth > MaxDepth)
        return;
    // Follow the references the builder inlined (one kept as `$ref` is a recursive one: stop).
    for (int hops = 0; hops < 32; ++hops) {
        const YamlNode *ref = DocumentSet::refValue(n.node);
        if (!ref || (j.is_object() && j.contains("$ref")))
            break;
        n = set.resolve(ref->value, n.doc);
        if (!n.node)
            return;
    }
    if (j.is_array() && n.node->isSequence()) {
        for (std::size_t i = 0; i < j.size() && i < n.node->children.size(); ++i)
            annotate(set, j[i], NodeRef{n.node->children[i], n.doc}, depth + 1);
        return;
    }
    if (!j.is_object() || !n.node->isMapping())
        return;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string &key = it.key();
        if (key == "enum" || key == "const" || key == "examples" || key == "default")
            continue; // values, not schemas
        const YamlNode *child = n.node->get(key);
        if (!child)
            continue;
        if ((key == "oneOf" || key == "anyOf") && it->is_array() && child->isSequence()) {
            for (std::size_t i = 0; i < it->size() && i < child->children.size(); ++i) {
                json &branch = (*it)[i];
                const YamlNode *ref = DocumentSet::refValue(child->children[i]);
                if (ref && branch.is_object() && !branch.contains(BranchNameKey))
                    branch[BranchNameKey] = lastSegment(ref->value).toStdString();
            }
        }
        annotate(set, *it, NodeRef{child, n.doc}, depth + 1);
    }
}

const json *resolveLocal(const json &root, const json &s)
{
    const auto ref = s.find("$ref");
    if (ref == s.end() || !ref->is_string())
        return nullptr;
    const std::string &r = ref->get_ref<const std::string &>();
    if (!startsWith(r, "#"))
        return nullptr;
    try {
        const json::json_pointer p(r.substr(1));
        return root.contains(p) ? &root.at(p) : nullptr;
    } catch (const std::exception &) {
        return nullptr;
    }
}

/** \a s and every schema that applies to the same value with it ($ref, allOf, anyOf, oneOf, then, else). */
void expand(const json &root, const json &s, std::vector<const json *> &out, std::set<const json *> &seen)
{
    if (!s.is_object() || !seen.insert(&s).second || seen.size() > 10'000)
        return;
    out.push_back(&s);
    if (const json *target = resolveLocal(root, s))
        expand(root, *target, out, seen);
    for (const char *kw : {"allOf", "anyOf", "oneOf"}) {
        if (auto it = s.find(kw); it != s.end() && it->is_array())
            for (const json &sub : *it)
                expand(root, sub, out, seen);
    }
    for (const char *kw : {"then", "else"}) {
        if (auto it = s.find(kw); it != s.end())
            expand(root, *it, out, seen);
    }
}

const json *valueAt(const json &instance, const std::vector<std::string> &path)
{
    const json *v = &instance;
    for (const std::string &seg : path) {
        if (v->is_object()) {
            const auto it = v->find(seg);
            if (it == v->end())
                return nullptr;
            v = &*it;
        } else if (v->is_array()) {
            char *end = nullptr;
            const unsigned long i = std::strtoul(seg.c_str(), &end, 10);
            if (seg.empty() || *end || i >= v->size())
                return nullptr;
            v = &(*v)[i];
        } else {
            return nullptr;
        }
    }
    return v;
}

/**
 * The schemas of \a root that apply to the value at \a path of \a instance, by following the
 * keywords that descend (properties, patternProperties, additionalProperties, items,
 * additionalItems). valijson reports where a value failed, not which schema it failed: this is
 * how a summary finds its oneOf/anyOf again. It over-approximates (every branch of a combinator is
 * followed); explain() keeps the candidate whose branches give exactly the errors reported.
 */
std::vector<const json *> schemasAt(const json &root, const json &instance, const std::vector<std::string> &path)
{
    std::vector<const json *> current;
    std::set<const json *> seen;
    expand(root, root, current, seen);
    const json *value = &instance;
    for (const std::string &seg : path) {
        std::vector<const json *> next;
        std::set<const json *> nextSeen;
        for (const json *s : current) {
            if (value && value->is_object()) {
                bool matched = false;
                if (auto props = s->find("properties"); props != s->end() && props->is_object()) {
                    if (auto p = props->find(seg); p != props->end()) {
                        expand(root, *p, next, nextSeen);
                        matched = true;
                    }
                }
                if (auto pp = s->find("patternProperties"); pp != s->end() && pp->is_object()) {
                    for (auto it = pp->begin(); it != pp->end(); ++it) {
                        const QRegularExpression re(QString::fromStdString(it.key()));
                        if (re.isValid() && re.match(QString::fromStdString(seg)).hasMatch()) {
                            expand(root, *it, next, nextSeen);
                            matched = true;
                        }
                    }
                }
                if (auto ap = s->find("additionalProperties"); !matched && ap != s->end())
                    expand(root, *ap, next, nextSeen);
            } else if (value && value->is_array()) {
                const std::size_t i = std::strtoul(seg.c_str(), nullptr, 10);
                if (auto items = s->find("items"); items != s->end()) {
                    if (items->is_object()) {
                        expand(root, *items, next, nextSeen);
                    } else if (items->is_array()) {
                        if (i < items->size())
                            expand(root, (*items)[i], next, nextSeen);
                        else if (auto ai = s->find("additionalItems"); ai != s->end())
                            expand(root, *ai, next, nextSeen);
                    }
                }
            }
        }
        current = std::move(next);
        value = value ? valueAt(*value, {seg}) : nullptr;
        if (current.empty())
            break;
    }
    return current;
}

/** "a $ref", "a Server object": what a definition of the official AsyncAPI schemas describes. */
QString officialName(const QString &definition)
{
    if (definition == QLatin1String("Reference") || definition == QLatin1String("ReferenceObject"))
        return Tr::tr("a $ref");
    if (definition.startsWith(QLatin1String("openapiSchema")))
        return Tr::tr("an OpenAPI schema");
    if (definition.startsWith(QLatin1String("avroSchema")))
        return Tr::tr("an Avro schema");
    if (definition == QLatin1String("schema") || definition.startsWith(QLatin1String("json-schema-draft")))
        return Tr::tr("a Schema object");
    // "messageBindingsObject" → "Message Bindings", "HTTPSecurityScheme" → "HTTP Security Scheme".
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < definition.size(); ++i) {
        const QChar c = definition.at(i);
        const bool boundary =
            c.isUpper() && !word.isEmpty() &&
            (word.back().isLower() || (i + 1 < definition.size() && definition.at(i + 1).isLower() && word.size() > 1));
        if (boundary || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            words << word;
            word.clear();
        }
        if (c != QLatin1Char('_') && c != QLatin1Char('-'))
            word += c;
    }
    words << word;
    words.removeAll(QString());
    if (words.size() > 1 && words.back() == QLatin1String("Object"))
        words.removeLast();
    static const QHash<QString, QString> spelling{
        {QStringLiteral("Api"), QStringLiteral("API")},       {QStringLiteral("Id"), QStringLiteral("ID")},
        {QStringLiteral("Http"), QStringLiteral("HTTP")},     {QStringLiteral("Sasl"), QStringLiteral("SASL")},
        {QStringLiteral("Oauth2"), QStringLiteral("OAuth2")}, {QStringLiteral("Url"), QStringLiteral("URL")}};
    for (QString &w : words) {
        w[0] = w[0].toUpper();
        w = spelling.value(w, w);
    }
    const QString name = words.join(QLatin1Char(' '));
    // "an Info object", "an HTTP … object" (an acronym is read by its letters), "a Server object".
    const bool acronym = words.value(0).size() > 1 && words.value(0) == words.value(0).toUpper();
    const bool an = QLatin1String(acronym ? "AEFHILMNORSX" : "AEIO").contains(name.left(1)); // "a User …"
    return an ? Tr::tr("an %1 object").arg(name) : Tr::tr("a %1 object").arg(name);
}

bool isOfficialReference(const json &branch)
{
    const auto ref = branch.find("$ref");
    return ref != branch.end() && ref->is_string() &&
           (ref->get_ref<const std::string &>() == "#/definitions/Reference" ||
            ref->get_ref<const std::string &>() == "#/definitions/ReferenceObject");
}

/** The branch's name: the `$ref` it was written as, else its title, else its position. */
QString branchName(const json &branch, std::size_t index, bool official)
{
    if (branch.is_object()) {
        if (auto n = branch.find(BranchNameKey); n != branch.end() && n->is_string())
            return QString::fromStdString(n->get<std::string>());
        if (auto r = branch.find("$ref"); r != branch.end() && r->is_string()) {
            const QString last = lastSegment(r->get<std::string>());
            return official ? officialName(last) : last;
        }
        if (auto t = branch.find("title"); t != branch.end() && t->is_string() && !t->get<std::string>().empty())
            return QString::fromStdString(t->get<std::string>());
    }
    return Tr::tr("branch %1").arg(index + 1);
}

/** "A", "A and B", "A, B and C"; beyond eight names "A, B, … and 3 more". */
QString listOf(const QStringList &names)
{
    constexpr qsizetype MaxNames = 8;
    if (names.size() > MaxNames)
        return Tr::tr("%1 and %2 more")
            .arg(names.mid(0, MaxNames).join(QLatin1String(", ")))
            .arg(names.size() - MaxNames);
    if (names.size() < 2)
        return names.value(0);
    return Tr::tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(QLatin1String(", ")), names.back());
}

/** Properties a branch fixes with `const` or a one-value `enum` (its own, or through $ref/allOf). */
void discriminators(const json &root, const json &s, std::vector<std::pair<std::string, const json *>> &out,
                    int depth = 0)
{
    if (!s.is_object() || depth > 8)
        return;
    if (const json *target = resolveLocal(root, s))
        discriminators(root, *target, out, depth + 1);
    if (auto props = s.find("properties"); props != s.end() && props->is_object()) {
        for (auto it = props->begin(); it != props->end(); ++it) {
            const json *p = it->is_object() ? &*it : nullptr;
            if (const json *target = p ? resolveLocal(root, *p) : nullptr)
                p = target;
            if (!p || !p->is_object())
                continue;
            if (auto c = p->find("const"); c != p->end())
                out.emplace_back(it.key(), &*c);
            else if (auto e = p->find("enum"); e != p->end() && e->is_array() && e->size() == 1)
                out.emplace_back(it.key(), &e->front());
        }
    }
    if (auto all = s.find("allOf"); all != s.end() && all->is_array())
        for (const json &sub : *all)
            discriminators(root, sub, out, depth + 1);
}

/** Whether \a e says that the value at \a path has a type its schema does not allow. */
bool typeError(const Explained &e, const std::vector<std::string> &path)
{
    return e.path == path && (e.typeMismatch || startsWith(e.description, "Value type not permitted"));
}

struct Branch
{
    const json *schema = nullptr;
    QString name;
    bool valid = false;
    std::vector<RawError> errors; // its own, paths from the instance's root, without the wrapper's marker
    std::vector<Explained> told;  // the same, its own combinators explained
};

std::string pointerText(const std::vector<std::string> &path, std::size_t from)
{
    std::string p;
    for (std::size_t i = from; i < path.size(); ++i)
        p += '/' + escapePointerSegment(path[i]);
    return p;
}

class Explainer
{
public:
    Explainer(const json &root, const json &instance, bool official, BranchCache &cache, const Wording &wording)
        : m_root(root)
        , m_instance(instance)
        , m_official(official)
        , m_cache(cache)
        , m_wording(wording)
    {}

    std::vector<Explained> run(const std::vector<RawError> &errors, int depth)
    {
        std::vector<Explained> reversed;
        for (std::size_t k = errors.size(); k-- > 0;) {
            const RawError &e = errors[k];
            const Summary kind = summaryOf(e.description);
            if (kind != Summary::None && depth < 16) {
                std::size_t consumed = 0;
                std::vector<Explained> told = combinator(errors, k, kind, depth, consumed);
                if (!told.empty()) {
                    reversed.insert(reversed.end(), told.rbegin(), told.rend());
                    k -= consumed;
                    continue;
                }
            }
            reversed.push_back(Explained{e.path, e.description, {}, {}});
        }
        return {reversed.rbegin(), reversed.rend()};
    }

private:
    /** Validates the value at \a path against \a branch alone. */
    bool evaluate(Branch &b, const std::vector<std::string> &path, const json &value)
    {
        const auto schema = m_cache.get(m_root, *b.schema);
        if (!schema)
            return false;
        valijson::ValidationResults results;
        try {
            b.valid = Validation::validate(*schema, value, &results);
        } catch (const std::exception &) {
            return false;
        }
        for (auto it = results.begin(); it != results.end(); ++it) {
            std::vector<std::string> p = path;
            for (std::string &s : Json::contextToSegments(it->context))
                p.push_back(std::move(s));
            b.errors.push_back(RawError{std::move(p), it->description});
        }
        return true;
    }

    /**
     * The branch the author most likely meant, when none matched. In order: the one whose
     * const/enum properties (a discriminator such as `kind: thermostat`) all agree with the value;
     * one whose type fits the value; one that is not a bare `$ref` the value does not use; the one
     * with the fewest errors; the one whose errors go deepest (it got furthest); the first.
     */
    std::size_t closest(const std::vector<Branch> &branches, const std::vector<std::string> &path,
                        const json &value) const
    {
        auto score = [&](const Branch &b) {
            std::vector<std::pair<std::string, const json *>> fixed;
            discriminators(m_root, *b.schema, fixed);
            int agree = 0;
            int disagree = 0;
            for (const auto &[key, expected] : fixed) {
                const auto it = value.is_object() ? value.find(key) : value.end();
                if (value.is_object() && it != value.end())
                    (*it == *expected ? agree : disagree) += 1;
            }
            bool typeFits = true;
            bool onlyRef = true;
            int leaves = 0;
            std::size_t deepest = 0;
            for (const Explained &e : b.told) {
                if (e.summary.isEmpty() && isWrapper(e.description))
                    continue;
                ++leaves;
                deepest = std::max(deepest, e.path.size());
                typeFits = typeFits && !typeError(e, path);
                onlyRef = onlyRef && e.description == "Missing required property '$ref'.";
            }
            return std::make_tuple(agree > 0 && disagree == 0, typeFits, !onlyRef, -leaves, deepest);
        };
        std::size_t best = 0;
        for (std::size_t i = 1; i < branches.size(); ++i) {
            if (score(branches[i]) > score(branches[best]))
                best = i;
        }
        return best;
    }

    /**
     * Explains the summary at \a k: finds its combinator, evaluates each branch, and checks that
     * the branches' errors are exactly those valijson listed before the summary (\a consumed of
     * them). Empty when no candidate fits; the caller then keeps valijson's list.
     */
    std::vector<Explained> combinator(const std::vector<RawError> &errors, std::size_t k, Summary kind, int depth,
                                      std::size_t &consumed)
    {
        const std::vector<std::string> &path = errors[k].path;
        const json *value = valueAt(m_instance, path);
        if (!value)
            return {};
        const char *keyword = kind == Summary::AnyOfNone ? "anyOf" : "oneOf";
        for (const json *candidate : schemasAt(m_root, m_instance, path)) {
            const auto list = candidate->find(keyword);
            if (list == candidate->end() || !list->is_array() || list->empty())
                continue;
            std::vector<Branch> branches;
            std::size_t block = 0;
            bool usable = true;
            for (std::size_t i = 0; i < list->size() && usable; ++i) {
                Branch b;
                b.schema = &(*list)[i];
                b.name = branchName(*b.schema, i, m_official);
                usable = evaluate(b, path, *value);
                if (!b.valid) {
                    block += b.errors.size(); // each error, the wrapper's marker standing for the oneOf's
                    if (!b.errors.empty())
                        b.errors.pop_back(); // the wrapper's own "child schema #0"
                }
                branches.push_back(std::move(b));
            }
            const auto valid = std::count_if(branches.begin(), branches.end(), [](const Branch &b) { return b.valid; });
            if (!usable)
                continue;
            if (kind == Summary::OneOfMany) {
                if (valid < 2)
                    continue;
                QStringList names;
                for (const Branch &b : branches) {
                    if (b.valid)
                        names << b.name;
                }
                consumed = 0;
                return {Explained{path,
                                  {},
                                  QStringLiteral("schema.one-of"),
                                  Tr::tr("Value matches %1; oneOf needs exactly one").arg(listOf(names))}};
            }
            if (valid != 0 || block > k || !sameBlock(errors, k - block, branches))
                continue;
            consumed = block;
            for (Branch &b : branches)
                b.told = run(b.errors, depth + 1);
            return sentence(branches, path, *value, kind);
        }
        return {};
    }

    /** Whether valijson's entries from \a from on are the branches' errors, each branch ended by a marker. */
    static bool sameBlock(const std::vector<RawError> &errors, std::size_t from, const std::vector<Branch> &branches)
    {
        std::size_t at = from;
        for (const Branch &b : branches) {
            for (const RawError &e : b.errors) {
                if (errors[at].description != e.description || errors[at].path != e.path)
                    return false;
                ++at;
            }
            if (!isMarker(errors[at].description))
                return false;
            ++at;
        }
        return true;
    }

    std::vector<Explained> sentence(const std::vector<Branch> &branches, const std::vector<std::string> &path,
                                    const json &value, Summary kind)
    {
        const std::size_t best = closest(branches, path, value);
        std::vector<Explained> below = branches[best].told;
        // The official schemas allow a Reference Object wherever they allow an object: when that
        // is the only alternative, saying "none of a $ref and a Server object" adds nothing to
        // the object's (or the reference's) own errors.
        // Likewise the schemas' unnamed alternatives (a 2.x message is a list of messages or one
        // message): "branch 1" means nothing to the document's author, the closest one's errors do.
        const auto references = std::count_if(branches.begin(), branches.end(),
                                              [](const Branch &b) { return isOfficialReference(*b.schema); });
        const bool unnamed = std::any_of(branches.begin(), branches.end(), [](const Branch &b) {
            return !b.schema->is_object() || !(b.schema->contains("$ref") || b.schema->contains("title"));
        });
        if (m_official && (branches.size() - std::size_t(references) <= 1 || unnamed))
            return below;
        QStringList names;
        for (const Branch &b : branches)
            names << b.name;
        const QString code =
            kind == Summary::AnyOfNone ? QStringLiteral("schema.any-of") : QStringLiteral("schema.one-of");
        // When the value's type is none the branches allow, that is what to say, not a closest one.
        const bool noTypeFits = std::all_of(branches.begin(), branches.end(), [&path](const Branch &b) {
            return std::any_of(b.told.begin(), b.told.end(),
                               [&path](const Explained &e) { return typeError(e, path); });
        });
        // The reason: that type, else the closest branch's first own problem (a wrapper only says
        // that one follows).
        auto reason =
            noTypeFits
                ? std::find_if(below.begin(), below.end(), [&path](const Explained &e) { return typeError(e, path); })
                : std::find_if(below.begin(), below.end(),
                               [](const Explained &e) { return !e.summary.isEmpty() || !isWrapper(e.description); });
        QString text;
        if (reason == below.end()) {
            text = Tr::tr("Value matches none of %1").arg(listOf(names));
        } else {
            QString why =
                reason->summary.isEmpty() ? m_wording(RawError{reason->path, reason->description}) : reason->summary;
            if (reason->path.size() > path.size())
                why = Tr::tr("%1 (at %2)").arg(why, QString::fromStdString(pointerText(reason->path, path.size())));
            text = noTypeFits ? Tr::tr("Value matches none of %1: %2").arg(listOf(names), why)
                              : Tr::tr("Value matches none of %1; closest is %2: %3")
                                    .arg(listOf(names), branches[best].name, why);
            // Said by the sentence, at the same place (an unknown property is shown on its key: kept).
            if (reason->path == path && !startsWith(reason->description, "Object contains a property"))
                below.erase(reason);
        }
        std::vector<Explained> out{Explained{path, {}, code, text, noTypeFits}};
        out.insert(out.end(), below.begin(), below.end());
        return out;
    }

    const json &m_root;
    const json &m_instance;
    bool m_official;
    BranchCache &m_cache;
    const Wording &m_wording;
};

} // namespace

void nameBranches(const DocumentSet &set, NodeRef schema, json &prepared)
{
    if (!prepared.is_object())
        return;
    if (auto all = prepared.find("allOf"); all != prepared.end() && all->is_array() && !all->empty())
        annotate(set, all->front(), schema, 0);
    if (auto components = prepared.find("components"); components != prepared.end() && set.main()->root())
        annotate(set, *components, NodeRef{set.main()->root()->get("components"), set.main()}, 0);
}

std::shared_ptr<const valijson::Schema> BranchCache::get(const json &root, const json &branch)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_schemas.find(&branch); it != m_schemas.end())
        return it->second;
    // The branch alone, with what its references may land on beside it.
    json wrapper = json::object();
    for (const char *key : {"definitions", "components", "$defs"}) {
        if (auto it = root.find(key); it != root.end())
            wrapper[key] = *it;
    }
    wrapper["allOf"] = json::array({branch});
    // Compiled as every schema is (formats, decimal multipleOf, propertyNames): one behaviour.
    std::shared_ptr<const valijson::Schema> schema;
    try {
        schema = Validation::compileSchema(wrapper);
    } catch (const std::exception &) {
        schema.reset();
    }
    m_schemas.emplace(&branch, schema);
    return schema;
}

std::vector<Explained> explain(const std::vector<RawError> &errors, const json &root, const json &instance,
                               bool official, BranchCache &cache, const Wording &wording)
{
    return Explainer(root, instance, official, cache, wording).run(errors, 0);
}

} // namespace Signalbox::AsyncApi::Combinators
