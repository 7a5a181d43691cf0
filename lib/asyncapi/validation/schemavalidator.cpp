// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "schemavalidator.h"

#include "combinators_p.h"
#include "schemacompiler_p.h"

#include <asyncapi/completion/completion.h>
#include <asyncapi/json/yamltojson.h>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <set>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

Q_LOGGING_CATEGORY(lcValidation, "signalbox.asyncapi.validation", QtWarningMsg)

namespace Signalbox::AsyncApi {

namespace {

using Json::JsonBuilder;
using nlohmann::json;

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxValidation)
};

/**
 * valijson allocates a copy of its context for every nested visitor. On a deep document glibc's
 * heap top then grows and shrinks past its 128 KB trim threshold over and over (a system call and
 * a TLB flush each time): 20 schemas 60 levels deep took 13 s instead of 0.6 s, and a plain 1.5 MB
 * 2.x document twice its time. Fixes the thresholds, once per process, at the most glibc's own
 * dynamic heuristic would raise them to (mmap 32 MB, trim twice that), unless the user tunes them.
 */
void tuneAllocator()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsSet("GLIBC_TUNABLES") || qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_") ||
            qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_"))
            return;
        constexpr int MmapThreshold = 32 * 1024 * 1024;
        mallopt(M_MMAP_THRESHOLD, MmapThreshold);
        mallopt(M_TRIM_THRESHOLD, 2 * MmapThreshold);
    });
#endif
}

const QStringList &versions()
{
    static const QStringList v{QStringLiteral("2.0.0"), QStringLiteral("2.1.0"), QStringLiteral("2.2.0"),
                               QStringLiteral("2.3.0"), QStringLiteral("2.4.0"), QStringLiteral("2.5.0"),
                               QStringLiteral("2.6.0"), QStringLiteral("3.0.0"), QStringLiteral("3.1.0")};
    return v;
}

struct Official
{
    std::shared_ptr<const json> document; // what the schema was compiled from: the branches of its oneOf/anyOf
    std::shared_ptr<const valijson::Schema> schema;
};

/** The official schema of \a version, parsed once per process and shared (read-only) by all threads. */
Official officialSchema(const QString &version)
{
    static std::mutex mutex;
    static std::map<QString, Official> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    Official out;
    QFile f(QStringLiteral(":/signalbox/schemas/%1.json").arg(version));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        try {
            auto doc = std::make_shared<json>(json::parse(bytes.constData(), bytes.constData() + bytes.size()));
            Json::sanitiseSchema(*doc);
            Json::optimiseOfficialSchema(*doc);
            out.schema = Validation::compileSchema(*doc);
            out.document = std::move(doc);
        } catch (const std::exception &e) {
            qCWarning(lcValidation) << "cannot load the AsyncAPI" << version << "schema:" << e.what();
            out = {};
        }
    } else {
        qCWarning(lcValidation) << "the AsyncAPI" << version << "schema is not embedded";
    }
    cache[version] = out;
    return out;
}

/** The official schemas' branches compiled one by one, for as long as the schemas live (the process). */
Combinators::BranchCache &officialBranches()
{
    static Combinators::BranchCache cache;
    return cache;
}

struct Mapped
{
    QString code;
    QString message;
    bool onKey = false;   // about the object as a whole: show it on the object's key
    std::string childKey; // about one property of the object: show it on that key
    bool wrapper = false; // only summarises errors of subschemas
};

std::string quoted(const std::string &desc, std::size_t from)
{
    const std::size_t a = desc.find('\'', from);
    if (a == std::string::npos)
        return {};
    const std::size_t b = desc.rfind('\'');
    return b > a ? desc.substr(a + 1, b - a - 1) : std::string();
}

QString unknownPropertyText()
{
    return Tr::tr("This property is not allowed here");
}

/**
 * How a message names the value at \a at: a short quote of a scalar of the main document, else
 * only its kind. Other files are never quoted: a reference may reach a file the user did not mean
 * to share, and messages end up in logs.
 */
QString describeValue(const DocumentSet &set, NodeRef at)
{
    const YamlNode *node = at.node;
    if (!node || node->isNull())
        return Tr::tr("nothing");
    if (node->isMapping())
        return Tr::tr("a mapping");
    if (node->isSequence())
        return Tr::tr("a list");
    if (at.doc == set.main()) {
        constexpr qsizetype MaxQuoted = 40;
        QString text = node->text();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const bool cut = text.size() > MaxQuoted || eol >= 0;
        text.truncate(std::min(MaxQuoted, eol < 0 ? text.size() : eol));
        return QLatin1Char('\'') + text + (cut ? QStringLiteral("…'") : QStringLiteral("'"));
    }
    switch (node->scalarType()) {
    case YamlNode::ScalarType::Null:
        return Tr::tr("null");
    case YamlNode::ScalarType::Bool:
        return Tr::tr("true or false");
    case YamlNode::ScalarType::Int:
        return Tr::tr("an integer");
    case YamlNode::ScalarType::Float:
        return Tr::tr("a number");
    case YamlNode::ScalarType::String:
        break;
    }
    return Tr::tr("a string");
}

/** The number valijson wrote after \a from in \a d (std::to_string's "10.000000" becomes "10"). */
QString numberIn(const std::string &d, std::size_t from)
{
    const std::size_t at = d.find_first_of("-0123456789", from);
    if (at == std::string::npos)
        return {};
    return QString::number(std::strtod(d.c_str() + at, nullptr), 'g', 15);
}

/**
 * The types \a root (a Json::instanceSchema(), references inlined) asks of the value at \a path
 * of its instance, in words ("a string", "an integer or null"): through `properties`, `items` and
 * `additionalProperties`, and the `allOf` parts on the way. Empty when that is not certain: a
 * oneOf/anyOf/if on the way (the combinators' sentence says those), or no `type` where it ends.
 * valijson says only that the type is not permitted; written here because it keeps no schema path.
 */
QStringList expectedTypes(const json &root, const std::vector<std::string> &path)
{
    // The schema and its allOf parts, depth-capped; false when a oneOf/anyOf/if makes it unsure.
    auto gather = [](const json &schema, std::vector<const json *> &out) {
        std::vector<std::pair<const json *, int>> todo{{&schema, 0}};
        while (!todo.empty()) {
            const auto [s, depth] = todo.back();
            todo.pop_back();
            if (!s->is_object())
                continue;
            if (depth > 16 || s->contains("oneOf") || s->contains("anyOf") || s->contains("if") ||
                s->contains("patternProperties") || s->contains("$ref"))
                return false;
            out.push_back(s);
            if (auto all = s->find("allOf"); all != s->end() && all->is_array())
                for (const json &part : *all)
                    todo.emplace_back(&part, depth + 1);
        }
        return true;
    };
    auto isIndex = [](const std::string &segment) {
        return !segment.empty() && segment.find_first_not_of("0123456789") == std::string::npos;
    };
    std::vector<const json *> here;
    if (!gather(root, here))
        return {};
    for (const std::string &segment : path) {
        std::vector<const json *> next;
        for (const json *s : here) {
            const json *child = nullptr;
            if (auto props = s->find("properties"); props != s->end() && props->is_object() && props->contains(segment))
                child = &(*props)[segment];
            else if (auto items = s->find("items"); items != s->end() && items->is_object() && isIndex(segment))
                child = &*items;
            else if (auto extra = s->find("additionalProperties"); extra != s->end() && extra->is_object())
                child = &*extra;
            if (child && !gather(*child, next))
                return {};
        }
        here = std::move(next);
    }
    QStringList out;
    auto add = [&out](const json &type) {
        if (!type.is_string())
            return;
        static const std::map<std::string, const char *> words = {
            {"object", QT_TRANSLATE_NOOP("SignalboxValidation", "a mapping")},
            {"array", QT_TRANSLATE_NOOP("SignalboxValidation", "a list")},
            {"integer", QT_TRANSLATE_NOOP("SignalboxValidation", "an integer")},
            {"number", QT_TRANSLATE_NOOP("SignalboxValidation", "a number")},
            {"string", QT_TRANSLATE_NOOP("SignalboxValidation", "a string")},
            {"boolean", QT_TRANSLATE_NOOP("SignalboxValidation", "true or false")},
            {"null", QT_TRANSLATE_NOOP("SignalboxValidation", "null")}};
        const auto it = words.find(type.get<std::string>());
        if (it == words.end())
            return;
        if (const QString word = Tr::tr(it->second); !out.contains(word))
            out << word;
    };
    for (const json *s : here) {
        if (auto type = s->find("type"); type != s->end()) {
            if (!out.isEmpty())
                return {}; // two parts each with a type: which one failed is not certain
            if (type->is_array())
                for (const json &t : *type)
                    add(t);
            else
                add(*type);
        }
    }
    return out;
}

/** How a message names a value of a message that has no document (a live one): as describeValue(). */
QString describeJsonValue(const json &value)
{
    if (value.is_null())
        return Tr::tr("null");
    if (value.is_object())
        return Tr::tr("a mapping");
    if (value.is_array())
        return Tr::tr("a list");
    constexpr qsizetype MaxQuoted = 40;
    QString text =
        value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString::fromStdString(value.dump());
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const bool cut = text.size() > MaxQuoted || eol >= 0;
    text.truncate(std::min(MaxQuoted, eol < 0 ? text.size() : eol));
    if (!value.is_string())
        return text + (cut ? QStringLiteral("…") : QString());
    return QLatin1Char('\'') + text + (cut ? QStringLiteral("…'") : QStringLiteral("'"));
}

/** "Expected a string here, not 42", as the document's own errors say it; empty when the types are not known. */
QString expectedTypeText(const json &root, const std::vector<std::string> &path, const QString &actual)
{
    const QStringList types = expectedTypes(root, path);
    return types.isEmpty() ? QString() : Tr::tr("Expected %1 here, not %2").arg(types.join(Tr::tr(" or ")), actual);
}

/** This project's words for each of valijson's messages: none of its text reaches the user. */
Mapped mapError(const std::string &d)
{
    auto starts = [&d](const char *p) { return d.rfind(p, 0) == 0; };
    auto q = [](const std::string &s) { return QString::fromStdString(s); };
    auto number = [&d](const char *prefix) { return numberIn(d, std::strlen(prefix)); };
    Mapped m;
    if (const std::size_t cut = d.find(Validation::PropertyNameReason); cut != std::string::npos) {
        // schemacompiler.cpp: "Property name 'x' is not allowed here", then valijson's reason.
        m.code = QStringLiteral("schema.property-names");
        const std::string reason = d.substr(cut + 1);
        m.message =
            reason.empty() ? q(d.substr(0, cut)) : Tr::tr("%1: %2").arg(q(d.substr(0, cut)), mapError(reason).message);
    } else if (d.find(" (format: ") != std::string::npos && d.back() == ')') { // schemacompiler.cpp, readable
        m.code = QStringLiteral("schema.format");
        m.message = q(d);
    } else if (starts("Missing required property")) {
        const std::string name = quoted(d, 0);
        m.code = QStringLiteral("schema.required");
        m.message = Tr::tr("Missing required property '%1'").arg(q(name));
        m.onKey = true;
    } else if (starts("Object contains a property that could not be validated")) {
        const std::size_t colon = d.rfind(": ");
        const std::string name = quoted(d, colon == std::string::npos ? 0 : colon);
        m.code = QStringLiteral("schema.unknown-property");
        m.message = Tr::tr("Property '%1' is not allowed here").arg(q(name));
        m.childKey = name;
    } else if (starts("Value type not permitted")) {
        m.code = QStringLiteral("schema.type");
        m.message = Tr::tr("Value has the wrong type for this field");
    } else if (starts("Failed to match against any enum values") ||
               starts("Target value and comparison value are not equal")) {
        m.code = QStringLiteral("schema.enum");
        m.message = Tr::tr("Value is not one of the allowed values");
    } else if (starts("Failed to match expected value set by 'const'")) {
        m.code = QStringLiteral("schema.const");
        m.message = Tr::tr("Value is not the one this field requires");
    } else if (starts("Failed to match regex")) {
        m.code = QStringLiteral("schema.pattern");
        m.message = Tr::tr("Value does not match the required pattern");
    } else if (starts("String should be no fewer than ")) {
        m.code = QStringLiteral("schema.string");
        m.message = Tr::tr("Text must be at least %1 characters long").arg(number("String should be no fewer than "));
    } else if (starts("String should be no more than ")) {
        m.code = QStringLiteral("schema.string");
        m.message = Tr::tr("Text must be at most %1 characters long").arg(number("String should be no more than "));
    } else if (starts("String should be a valid ")) {
        m.code = QStringLiteral("schema.format");
        m.message = Tr::tr("Text is not a valid %1").arg(q(d.substr(std::strlen("String should be a valid "))));
    } else if (starts("Array should contain no fewer than ")) {
        m.code = QStringLiteral("schema.array");
        m.message = Tr::tr("List must have at least %1 items").arg(number("Array should contain no fewer than "));
    } else if (starts("Array should contain no more than ")) {
        m.code = QStringLiteral("schema.array");
        m.message = Tr::tr("List must have at most %1 items").arg(number("Array should contain no more than "));
    } else if (starts("Array contains more items than allowed") || starts("Cannot validate item #")) {
        m.code = QStringLiteral("schema.array");
        m.message = Tr::tr("List has more items than allowed");
    } else if (starts("Elements at indexes #")) {
        m.code = QStringLiteral("schema.array");
        const std::size_t and_ = d.find(" and #");
        m.message = Tr::tr("Items %1 and %2 are equal; the list's items must be unique")
                        .arg(number("Elements at indexes #"), numberIn(d, and_ == std::string::npos ? d.size() : and_));
    } else if (starts("Failed to any values against subschema in 'contains'")) {
        m.code = QStringLiteral("schema.array");
        m.message = Tr::tr("No item of the list is of the kind it must contain");
    } else if (starts("Object should have no fewer than ")) {
        m.code = QStringLiteral("schema.object");
        m.message = Tr::tr("Must have at least %1 properties").arg(number("Object should have no fewer than "));
    } else if (starts("Object should have no more than ")) {
        m.code = QStringLiteral("schema.object");
        m.message = Tr::tr("Must have at most %1 properties").arg(number("Object should have no more than "));
    } else if (starts("Expected number greater than or equal to ")) {
        m.code = QStringLiteral("schema.number");
        m.message = Tr::tr("Number must be at least %1").arg(number("Expected number greater than or equal to "));
    } else if (starts("Expected number greater than ")) {
        m.code = QStringLiteral("schema.number");
        m.message = Tr::tr("Number must be greater than %1").arg(number("Expected number greater than "));
    } else if (starts("Expected number less than or equal to ")) {
        m.code = QStringLiteral("schema.number");
        m.message = Tr::tr("Number must be at most %1").arg(number("Expected number less than or equal to "));
    } else if (starts("Expected number less than ")) {
        m.code = QStringLiteral("schema.number");
        m.message = Tr::tr("Number must be less than %1").arg(number("Expected number less than "));
    } else if (starts("Value should be a multiple of ")) {
        m.code = QStringLiteral("schema.number");
        m.message = Tr::tr("Number must be a multiple of %1").arg(number("Value should be a multiple of "));
    } else if (starts("Value could not be converted")) {
        m.code = QStringLiteral("schema.number");
        m.message = Tr::tr("Number cannot be checked for the multiple it must be of");
    } else if (starts("Missing dependency")) {
        m.code = QStringLiteral("schema.dependency");
        m.message = Tr::tr("Missing property '%1', which another property here requires").arg(q(quoted(d, 0)));
        m.onKey = true;
    } else if (starts("Target should not validate against schema specified in 'not'")) {
        m.code = QStringLiteral("schema.not");
        m.message = Tr::tr("Value has a form that is not allowed here");
    } else if (starts("Failed to validate against exactly one child schema")) {
        // Only when combinators could not say which branches matched (see Combinators::explain()).
        m.code = QStringLiteral("schema.one-of");
        m.message = Tr::tr("Value matches more than one of the allowed forms");
        m.wrapper = true;
    } else if (starts("Failed to validate against any child schemas allowed by oneOf")) {
        m.code = QStringLiteral("schema.one-of");
        m.message = Tr::tr("Value matches none of the allowed forms");
        m.wrapper = true;
    } else if (starts("Failed to validate against any schemas allowed by anyOf")) {
        m.code = QStringLiteral("schema.any-of");
        m.message = Tr::tr("Value matches none of the allowed forms");
        m.wrapper = true;
    } else if (starts("Failed to validate against a conditional schema")) {
        m.code = QStringLiteral("schema.conditional");
        m.message = Tr::tr("Value does not meet the conditions that apply to it");
        m.wrapper = true;
    } else if (starts("Failed to validate against schema associated with property name")) {
        m.code = QStringLiteral("schema.invalid");
        m.message = Tr::tr("Property '%1' is not valid").arg(q(quoted(d, 0)));
        m.wrapper = true;
    } else {
        // The other wrappers ("…child schema #i", "…item #i…", "…additional properties schema",
        // "…dependent schema") and anything a later valijson may add: said in general words.
        m.code = QStringLiteral("schema.invalid");
        m.message = Tr::tr("Value is not valid here");
        m.wrapper = starts("Failed to");
    }
    return m;
}

bool isPrefix(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    return a.size() < b.size() && std::equal(a.begin(), a.end(), b.begin());
}

/** valijson's error list with its contexts as path segments. */
std::vector<Combinators::RawError> rawErrors(const valijson::ValidationResults &results)
{
    std::vector<Combinators::RawError> out;
    static const bool debug = qEnvironmentVariableIsSet("SIGNALBOX_DEBUG_SCHEMA_ERRORS");
    for (auto it = results.begin(); it != results.end(); ++it) {
        out.push_back({Json::contextToSegments(it->context), it->description});
        if (debug) {
            std::string ctx;
            for (const auto &c : it->context)
                ctx += c;
            qCDebug(lcValidation).noquote() << QString::fromStdString(ctx) << QString::fromStdString(it->description);
        }
    }
    return out;
}

/** What one of valijson's errors, or a sentence about a oneOf/anyOf, becomes. */
Mapped mapExplained(const Combinators::Explained &e)
{
    if (e.summary.isEmpty())
        return mapError(e.description);
    Mapped m;
    m.code = e.code;
    m.message = e.summary;
    return m;
}

/** Where the validation's error came from: the schema and the instance, as valijson saw them. */
struct Checked
{
    const json &schema;
    const json &instance;
    bool official = false;
    Combinators::BranchCache &branches;
};

/**
 * Turns valijson's flat error list into diagnostics: a failed oneOf/anyOf becomes one sentence
 * naming its branches (Combinators::explain()), wrappers are dropped when a more specific error
 * explains them, the "$ref required" noise of Reference-or-object alternatives is dropped when
 * the object alternative says more, and one error reported through several references to the same
 * node is reported once.
 */
Diagnostics
mapResults(const valijson::ValidationResults &results, const Checked &checked, const DocumentSet &set, NodeRef root,
           Json::RefMode mode, const QString &codeOverride, const QString &prefix,
           const std::function<QString(const std::vector<std::string> &, const Mapped &, NodeRef)> &explain = {})
{
    struct Entry
    {
        std::vector<std::string> path;
        Mapped mapped;
    };
    // The words of one error, as its own diagnostic says it (a oneOf's sentence quotes them).
    auto wording = [&](const Combinators::RawError &r) {
        const Mapped m = mapError(r.description);
        if (explain) {
            if (const QString better = explain(r.path, m, Json::locate(set, root, r.path, mode).value);
                !better.isEmpty())
                return better;
        }
        return m.message;
    };
    std::vector<Entry> entries;
    for (const Combinators::Explained &e : Combinators::explain(rawErrors(results), checked.schema, checked.instance,
                                                                checked.official, checked.branches, wording))
        entries.push_back({e.path, mapExplained(e)});
    auto explainedBelow = [&entries](const Entry &e) {
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const Entry &o = entries[k];
            if (&o == &e || o.mapped.wrapper)
                continue;
            if (isPrefix(e.path, o.path) || (o.path == e.path))
                return true;
        }
        return false;
    };
    auto moreSpecificAtOrBelow = [&entries](const Entry &e) {
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const Entry &o = entries[k];
            if (&o == &e || o.mapped.wrapper)
                continue;
            if (isPrefix(e.path, o.path))
                return true;
            if (o.path == e.path && o.mapped.code != e.mapped.code)
                return true;
        }
        return false;
    };

    Diagnostics out;
    std::set<std::tuple<const YamlDocument *, std::size_t, QString>> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        if (e.mapped.wrapper && explainedBelow(e))
            continue;
        if (e.mapped.code == QLatin1String("schema.required") && e.mapped.message.contains(QLatin1String("'$ref'")) &&
            moreSpecificAtOrBelow(e))
            continue;
        std::vector<std::string> path = e.path;
        if (!e.mapped.childKey.empty())
            path.push_back(e.mapped.childKey);
        const Json::Located loc = Json::locate(set, root, path, mode);
        const YamlDocument *doc = loc.value.doc;
        if (!doc)
            continue;
        const bool onKey = (!e.mapped.childKey.empty() || e.mapped.onKey) && loc.key;
        const SourceRange range = onKey ? doc->range(loc.key) : doc->headRange(loc.value.node);
        QString text = e.mapped.message;
        if (doc != set.main() && !e.mapped.childKey.empty())
            text = unknownPropertyText(); // the key is another file's content: it is not quoted
        if (explain && !e.mapped.wrapper) {
            if (const QString better = explain(e.path, e.mapped, loc.value); !better.isEmpty())
                text = better;
        }
        const QString message = prefix.isEmpty() ? text : prefix + QLatin1String(": ") + text;
        if (!seen.emplace(doc, std::size_t(range.start.offset), message).second)
            continue;
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = codeOverride.isEmpty() ? e.mapped.code : codeOverride;
        d.message = message;
        d.range = range;
        d.file = doc == set.main() ? QString() : doc->fileName();
        std::string pointer;
        for (const std::string &s : path)
            pointer += '/' + escapePointerSegment(s);
        d.pointer = QString::fromStdString(pointer);
        out.append(d);
    }
    return out;
}

Diagnostic tooDeepDiagnostic(const DocumentSet &set, NodeRef at, Severity severity, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.code = QStringLiteral("ref.too-deep");
    d.message = message;
    const YamlDocument *doc = at.doc ? at.doc : set.main();
    d.range = doc->headRange(at.node);
    d.file = doc == set.main() ? QString() : doc->fileName();
    return d;
}

} // namespace

QStringList supportedSchemaVersions()
{
    return versions();
}

Diagnostics validateAgainstOfficialSchema(const DocumentSet &set, const QString &version, std::uint64_t budget)
{
    tuneAllocator();
    Diagnostics out;
    const Official official = officialSchema(version);
    const auto &schema = official.schema;
    if (!schema) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.code = QStringLiteral("schema.unavailable");
        d.message =
            Tr::tr("The AsyncAPI %1 schema is not available; the document was not checked against it").arg(version);
        d.range = set.main()->range(set.main()->root());
        out.append(d);
        return out;
    }
    // 3.x: each local target is validated where it is defined, so local references stay as they
    // are (validating them again at every use is what made big documents slow). 2.x schemas put
    // Reference-or-object in oneOf where a bare reference matches both, so 2.x documents are
    // validated resolved, as the official parser does.
    Json::RefMode mode =
        version.startsWith(QLatin1String("2.")) ? Json::RefMode::InlineAll : Json::RefMode::InlineExternal;
    JsonBuilder builder(set, mode, budget);
    builder.setDropExtensions(true);
    json doc = builder.build(set.root());
    if (builder.exceeded()) {
        mode = Json::RefMode::Keep;
        JsonBuilder plain(set, mode, budget);
        plain.setDropExtensions(true);
        doc = plain.build(set.root());
        if (plain.exceeded()) {
            // Even unresolved it does not fit: a partial copy would only give wrong errors.
            Diagnostic d = tooDeepDiagnostic(set, plain.tooDeep() ? plain.tooDeepAt() : set.root(), Severity::Warning,
                                             Tr::tr("The document is nested more than %1 levels deep here; it was "
                                                    "not checked against the schema")
                                                 .arg(JsonBuilder::MaxDepth));
            if (!plain.tooDeep()) {
                d.code = QStringLiteral("document.too-large");
                d.message = plain.bytesExceeded()
                                ? Tr::tr("The document has more than %1 MB of text; it was not checked against the "
                                         "schema")
                                      .arg(plain.byteBudget() >> 20)
                                : Tr::tr("The document has more than %1 nodes; it was not checked against the schema")
                                      .arg(budget);
            }
            out.append(d);
            return out;
        }
        if (builder.tooDeep()) {
            out.append(tooDeepDiagnostic(set, builder.tooDeepAt(), Severity::Warning,
                                         Tr::tr("With its references resolved the document is nested more than %1 "
                                                "levels deep here; it was checked with its references unresolved")
                                             .arg(JsonBuilder::MaxDepth)));
        } else {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.code = QStringLiteral("ref.expansion-too-large");
            d.message = builder.bytesExceeded()
                            ? Tr::tr("With its references resolved the document would exceed %1 MB of text; it was "
                                     "checked with its references unresolved")
                                  .arg(builder.byteBudget() >> 20)
                            : Tr::tr("With its references resolved the document would exceed %1 nodes; it was checked "
                                     "with its references unresolved")
                                  .arg(budget);
            d.range = set.main()->range(set.main()->root());
            out.append(d);
        }
    }
    try {
        // A valid document is the common case: check it without collecting errors first, which
        // stops early on failure and skips valijson's bookkeeping.
        if (Validation::validate(*schema, doc, nullptr))
            return out;
        valijson::ValidationResults results;
        Validation::validate(*schema, doc, &results);
        // Say what was expected: the official schema knows the allowed values and types.
        auto explain = [&doc, &version, &set](const std::vector<std::string> &path, const Mapped &m,
                                              NodeRef node) -> QString {
            const bool isEnum = m.code == QLatin1String("schema.enum");
            const bool isConst = m.code == QLatin1String("schema.const");
            const bool isType = m.code == QLatin1String("schema.type");
            if (!(isEnum || isConst || isType))
                return {};
            QStringList schemaPath; // array items are "[]" for the schema
            const json *at = &doc;
            for (const std::string &seg : path) {
                if (at && at->is_array()) {
                    schemaPath << QStringLiteral("[]");
                    const std::size_t i = std::strtoul(seg.c_str(), nullptr, 10);
                    at = i < at->size() ? &(*at)[i] : nullptr;
                } else {
                    schemaPath << QString::fromStdString(seg);
                    at = at && at->is_object() && at->contains(seg) ? &(*at)[seg] : nullptr;
                }
            }
            const QString actual = describeValue(set, node);
            if (isType) {
                const QStringList types = SchemaCompletion::types(version, schemaPath);
                if (types.isEmpty())
                    return {};
                return Tr::tr("Expected %1 here, not %2").arg(types.join(Tr::tr(" or ")), actual);
            }
            QStringList allowed;
            for (const Suggestion &v : SchemaCompletion::values(version, schemaPath))
                allowed << v.text;
            if (allowed.isEmpty())
                return {};
            if (allowed.size() > 8)
                allowed = allowed.mid(0, 8) << QStringLiteral("…");
            return isConst && allowed.size() == 1 ? Tr::tr("%1 must be '%2'").arg(actual, allowed.first())
                                                  : Tr::tr("%1 is not one of the allowed values: %2")
                                                        .arg(actual, allowed.join(QStringLiteral(", ")));
        };
        const Checked checked{*official.document, doc, true, officialBranches()};
        out += mapResults(results, checked, set, set.root(), mode, QString(), QString(), explain);
    } catch (const std::exception &e) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.code = QStringLiteral("schema.validator-failed");
        d.message = Tr::tr("Schema validation stopped: %1").arg(QString::fromUtf8(e.what()));
        d.range = set.main()->range(set.main()->root());
        out.append(d);
    }
    return out;
}

Diagnostics validateInstance(const DocumentSet &set, NodeRef instance, NodeRef schemaNode, const QString &code,
                             const QString &what)
{
    tuneAllocator();
    Diagnostics out;
    constexpr std::uint64_t Budget = 200'000;
    NodeRef tooDeepAt;
    json root = Json::instanceSchema(set, schemaNode, Budget, &tooDeepAt);
    JsonBuilder instanceBuilder(set, Json::RefMode::InlineAll, Budget);
    const json instanceJson = root.is_null() ? json() : instanceBuilder.build(instance);
    if (instanceBuilder.tooDeep())
        tooDeepAt = instanceBuilder.tooDeepAt();
    if (tooDeepAt) {
        // Said where the depth ran out, once however many instances use the schema (see checkRules).
        out.append(tooDeepDiagnostic(set, tooDeepAt, Severity::Warning,
                                     Tr::tr("With its references resolved this is nested more than %1 levels deep; "
                                            "what uses it was not checked against it")
                                         .arg(JsonBuilder::MaxDepth)));
        return out;
    }
    if (root.is_null() || instanceBuilder.exceeded())
        return out;
    Combinators::nameBranches(set, schemaNode, root);
    std::shared_ptr<const valijson::Schema> schema;
    try {
        schema = Validation::compileSchema(root);
    } catch (const std::exception &e) {
        // Said on the schema, once however many instances use it (see checkRules).
        qCDebug(lcValidation) << "schema not usable for instance validation:" << e.what();
        const YamlDocument *doc = schemaNode.doc ? schemaNode.doc : set.main();
        Diagnostic d;
        d.severity = Severity::Warning;
        d.code = QStringLiteral("schema.unusable");
        d.message = Tr::tr("This schema cannot be used to check values: %1").arg(QString::fromUtf8(e.what()));
        d.range = doc->headRange(schemaNode.node);
        d.file = doc == set.main() ? QString() : doc->fileName();
        out.append(d);
        return out;
    }
    try {
        if (Validation::validate(*schema, instanceJson, nullptr))
            return out;
        valijson::ValidationResults results;
        Validation::validate(*schema, instanceJson, &results);
        Combinators::BranchCache branches;
        const Checked checked{root, instanceJson, false, branches};
        // A wrong type says which one was expected, in the words of the document's own errors.
        auto explain = [&root, &set](const std::vector<std::string> &path, const Mapped &m, NodeRef node) {
            return m.code == QLatin1String("schema.type") ? expectedTypeText(root, path, describeValue(set, node))
                                                          : QString();
        };
        const Diagnostics found =
            mapResults(results, checked, set, instance, Json::RefMode::InlineAll, code, what, explain);
        out += found;
        if (found.isEmpty()) {
            // A `false` schema fails without saying why: still a failure, said on the value.
            const YamlDocument *doc = instance.doc ? instance.doc : set.main();
            Diagnostic d;
            d.severity = Severity::Error;
            d.code = code.isEmpty() ? QStringLiteral("schema.invalid") : code;
            const QString text = Tr::tr("Value is not allowed by its schema");
            d.message = what.isEmpty() ? text : what + QLatin1String(": ") + text;
            d.range = doc->headRange(instance.node);
            d.file = doc == set.main() ? QString() : doc->fileName();
            out.append(d);
        }
    } catch (const std::exception &e) {
        qCDebug(lcValidation) << "instance validation stopped:" << e.what();
    }
    return out;
}

QStringList Combinators::describeErrors(const nlohmann::json &root, const valijson::Schema &schema,
                                        const nlohmann::json &instance, BranchCache &branches, const QString &prefix,
                                        int limit)
{
    valijson::ValidationResults results;
    try {
        if (Validation::validate(schema, instance, &results))
            return {};
    } catch (const std::exception &) {
        return {prefix + QLatin1String(": ") + Tr::tr("The schema could not be applied")};
    }
    auto pointer = [&prefix](const std::vector<std::string> &path) {
        QString p = prefix;
        for (const std::string &segment : path)
            p += QLatin1Char('/') + QString::fromStdString(escapePointerSegment(segment));
        return path.empty() ? p + QLatin1Char('/') : p;
    };
    QStringList all;
    QStringList leaves;
    // A wrong type says which one was expected and what came instead, as validateInstance() does.
    auto typeText = [&root, &instance](const std::vector<std::string> &path) {
        const json *at = &instance;
        for (const std::string &segment : path) {
            if (at->is_object() && at->contains(segment))
                at = &at->at(segment);
            else if (at->is_array() && !segment.empty() && std::strtoul(segment.c_str(), nullptr, 10) < at->size())
                at = &at->at(std::strtoul(segment.c_str(), nullptr, 10));
            else
                return QString();
        }
        return expectedTypeText(root, path, describeJsonValue(*at));
    };
    const auto wording = [&typeText](const RawError &r) {
        Mapped m = mapError(r.description);
        if (m.code == QLatin1String("schema.type"))
            if (const QString better = typeText(r.path); !better.isEmpty())
                return better;
        return m.message;
    };
    for (const Explained &e : explain(rawErrors(results), root, instance, false, branches, wording)) {
        Mapped m = mapExplained(e);
        if (e.summary.isEmpty() && m.code == QLatin1String("schema.type"))
            if (const QString better = typeText(e.path); !better.isEmpty())
                m.message = better;
        const QString line = pointer(m.childKey.empty() ? e.path : [&] {
            auto p = e.path;
            p.push_back(m.childKey);
            return p;
        }()) + QLatin1String(": ") + m.message;
        if (!all.contains(line))
            all << line;
        if (!m.wrapper && !leaves.contains(line))
            leaves << line;
    }
    QStringList &chosen = leaves.isEmpty() ? all : leaves;
    if (chosen.size() > limit)
        chosen.erase(chosen.begin() + limit, chosen.end());
    return chosen;
}

} // namespace Signalbox::AsyncApi
