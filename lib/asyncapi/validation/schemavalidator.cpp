// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "schemavalidator.h"

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

/** The official schema of \a version, parsed once per process and shared (read-only) by all threads. */
std::shared_ptr<const valijson::Schema> officialSchema(const QString &version)
{
    static std::mutex mutex;
    static std::map<QString, std::shared_ptr<const valijson::Schema>> cache;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    std::shared_ptr<const valijson::Schema> schema;
    QFile f(QStringLiteral(":/signalbox/schemas/%1.json").arg(version));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        try {
            json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
            Json::sanitiseSchema(doc);
            Json::optimiseOfficialSchema(doc);
            schema = Validation::compileSchema(doc);
        } catch (const std::exception &e) {
            qCWarning(lcValidation) << "cannot load the AsyncAPI" << version << "schema:" << e.what();
            schema.reset();
        }
    } else {
        qCWarning(lcValidation) << "the AsyncAPI" << version << "schema is not embedded";
    }
    cache[version] = schema;
    return schema;
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

Mapped mapError(const std::string &d)
{
    auto starts = [&d](const char *p) { return d.rfind(p, 0) == 0; };
    auto q = [](const std::string &s) { return QString::fromStdString(s); };
    Mapped m;
    if (d.find(" (format: ") != std::string::npos && d.back() == ')') { // schemacompiler.cpp, already readable
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
    } else if (starts("Failed to match against any enum values")) {
        m.code = QStringLiteral("schema.enum");
        m.message = Tr::tr("Value is not one of the allowed values");
    } else if (starts("Failed to match expected value set by 'const'")) {
        m.code = QStringLiteral("schema.const");
        m.message = Tr::tr("Value is not the one this field requires");
    } else if (starts("Failed to match regex")) {
        m.code = QStringLiteral("schema.pattern");
        m.message = Tr::tr("Value does not match the required pattern");
    } else if (starts("String should be")) {
        m.code = QStringLiteral("schema.string");
        m.message = q(d);
    } else if (starts("Array should") || starts("Array contains")) {
        m.code = QStringLiteral("schema.array");
        m.message = q(d);
    } else if (starts("Value should be") || starts("Value could not")) {
        m.code = QStringLiteral("schema.number");
        m.message = q(d);
    } else if (starts("Failed to validate against exactly one child schema")) {
        m.code = QStringLiteral("schema.one-of");
        m.message = Tr::tr("Value matches none, or more than one, of the allowed forms");
        m.wrapper = true;
    } else if (starts("Failed to validate against any schemas allowed by anyOf")) {
        m.code = QStringLiteral("schema.any-of");
        m.message = Tr::tr("Value matches none of the allowed forms");
        m.wrapper = true;
    } else if (starts("Failed to validate against a conditional schema")) {
        m.code = QStringLiteral("schema.conditional");
        m.message = Tr::tr("Value does not meet the conditions that apply to it");
        m.wrapper = true;
    } else if (starts("Failed to") || starts("Missing dependency")) {
        m.code = QStringLiteral("schema.invalid");
        m.message = q(d);
        m.wrapper = starts("Failed to validate") || starts("Failed to any");
    } else {
        m.code = QStringLiteral("schema.invalid");
        m.message = q(d);
    }
    return m;
}

bool isPrefix(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    return a.size() < b.size() && std::equal(a.begin(), a.end(), b.begin());
}

/**
 * Turns valijson's flat error list into diagnostics: wrappers are dropped when a more specific
 * error explains them, the "$ref required" noise of Reference-or-object alternatives is dropped
 * when the object alternative says more, and one error reported through several references to
 * the same node is reported once.
 */
Diagnostics
mapResults(const valijson::ValidationResults &results, const DocumentSet &set, NodeRef root, Json::RefMode mode,
           const QString &codeOverride, const QString &prefix,
           const std::function<QString(const std::vector<std::string> &, const Mapped &, NodeRef)> &explain = {})
{
    struct Entry
    {
        std::vector<std::string> path;
        Mapped mapped;
    };
    std::vector<Entry> entries;
    std::vector<std::string> rawDescriptions;
    static const bool debug = qEnvironmentVariableIsSet("SIGNALBOX_DEBUG_SCHEMA_ERRORS");
    for (auto it = results.begin(); it != results.end(); ++it) {
        entries.push_back({Json::contextToSegments(it->context), mapError(it->description)});
        rawDescriptions.push_back(it->description);
        if (debug) {
            std::string ctx;
            for (const auto &c : it->context)
                ctx += c;
            qCDebug(lcValidation).noquote() << QString::fromStdString(ctx) << QString::fromStdString(it->description);
        }
    }

    // valijson reports a failed oneOf/anyOf as each branch's errors followed by a marker
    // ("…child schema #i.") and, after the last branch, the summary. Keep only the branch that got
    // furthest (deepest errors, then fewest), as the author most likely meant that one.
    std::vector<bool> dropped(entries.size(), false);
    {
        std::vector<int> owner(entries.size(), -1); // index of the marker that claimed the error
        std::vector<std::size_t> openMarkers;       // markers not yet closed by a summary
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Entry &e = entries[i];
            const std::string &raw = rawDescriptions[i];
            if (raw.rfind("Failed to validate against child schema #", 0) == 0) {
                for (std::size_t j = i; j-- > 0;) {
                    if (owner[j] != -1 || !(isPrefix(e.path, entries[j].path) || entries[j].path == e.path))
                        break;
                    if (rawDescriptions[j].rfind("Failed to validate against child schema #", 0) == 0)
                        break;
                    owner[j] = int(i);
                }
                openMarkers.push_back(i);
                continue;
            }
            if (raw.rfind("Failed to validate against any child schemas allowed by oneOf", 0) == 0 ||
                raw.rfind("Failed to validate against exactly one child schema", 0) == 0 ||
                raw.rfind("Failed to validate against any schemas allowed by anyOf", 0) == 0) {
                std::vector<std::size_t> markers;
                while (!openMarkers.empty() && entries[openMarkers.back()].path == e.path) {
                    markers.push_back(openMarkers.back());
                    openMarkers.pop_back();
                }
                if (markers.size() < 2)
                    continue;
                auto score = [&](std::size_t marker) {
                    std::size_t depth = 0;
                    int count = 0;
                    bool onlyRef = true;
                    for (std::size_t j = 0; j < entries.size(); ++j) {
                        if (owner[j] != int(marker) || dropped[j])
                            continue;
                        depth = std::max(depth, entries[j].path.size());
                        ++count;
                        onlyRef = onlyRef && rawDescriptions[j] == "Missing required property '$ref'.";
                    }
                    return std::make_tuple(!onlyRef, depth, -count);
                };
                std::size_t best = markers.front();
                for (std::size_t m : markers) {
                    if (score(m) > score(best))
                        best = m;
                }
                for (std::size_t j = 0; j < entries.size(); ++j) {
                    if (owner[j] != -1 && owner[j] != int(best) &&
                        std::find(markers.begin(), markers.end(), std::size_t(owner[j])) != markers.end())
                        dropped[j] = true;
                }
            }
        }
    }

    auto explainedBelow = [&entries, &dropped](const Entry &e) {
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const Entry &o = entries[k];
            if (&o == &e || o.mapped.wrapper || dropped[k])
                continue;
            if (isPrefix(e.path, o.path) || (o.path == e.path))
                return true;
        }
        return false;
    };
    auto moreSpecificAtOrBelow = [&entries, &dropped](const Entry &e) {
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const Entry &o = entries[k];
            if (&o == &e || o.mapped.wrapper || dropped[k])
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
        if (dropped[i])
            continue;
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
        if (explain) {
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
    const auto schema = officialSchema(version);
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
        out += mapResults(results, set, set.root(), mode, QString(), QString(), explain);
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
    const json root = Json::instanceSchema(set, schemaNode, Budget, &tooDeepAt);
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
        const Diagnostics found = mapResults(results, set, instance, Json::RefMode::InlineAll, code, what);
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

} // namespace Signalbox::AsyncApi
