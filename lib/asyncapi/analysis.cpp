// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "analysis.h"

#include "document/specbuilder.h"
#include "lifetime.h"
#include "validation/rules.h"
#include "validation/schemavalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <future>
#include <unordered_map>
#include <unordered_set>

Q_LOGGING_CATEGORY(lcAnalysis, "signalbox.asyncapi.analysis", QtWarningMsg)

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxAnalysis)
};

/**
 * Gives every diagnostic without a JSON pointer the pointer of the node it starts on: one walk
 * per document (each node once, aliases not expanded), only when some diagnostic needs it.
 */
void fillPointers(Diagnostics &diagnostics, const DocumentSet &set)
{
    std::vector<const YamlDocument *> docs{set.main()};
    for (const YamlDocument *d : set.others())
        docs.push_back(d);
    for (const YamlDocument *doc : docs) {
        const QString file = doc == set.main() ? QString() : doc->fileName();
        std::unordered_map<std::size_t, std::vector<Diagnostic *>> wanted;
        for (Diagnostic &d : diagnostics) {
            if (d.pointer.isEmpty() && d.file == file && d.range.isValid())
                wanted[doc->byteOffset(d.range.start)].push_back(&d);
        }
        if (wanted.empty() || !doc->root() || doc->isExpansionTooLarge())
            continue;
        std::unordered_set<const YamlNode *> visited;
        std::vector<std::pair<const YamlNode *, std::string>> stack{{doc->root(), std::string()}};
        // A block mapping starts where its first key does: the deepest node there wins, so later
        // (deeper) finds overwrite earlier ones.
        auto found = [&wanted](const YamlNode *n, const std::string &pointer) {
            const auto it = wanted.find(n->startByte);
            if (it == wanted.end())
                return;
            for (Diagnostic *d : it->second)
                d->pointer = QString::fromStdString(pointer);
        };
        while (!stack.empty()) {
            auto [node, pointer] = std::move(stack.back());
            stack.pop_back();
            found(node, pointer);
            if (node->children.empty() || !visited.insert(node).second)
                continue;
            if (node->isMapping()) {
                for (std::size_t i = node->size(); i-- > 0;) {
                    const std::string child = pointer + '/' + escapePointerSegment(node->keyAt(i)->value);
                    found(node->keyAt(i), child);
                    stack.emplace_back(node->valueAt(i), child);
                }
            } else {
                for (std::size_t i = node->size(); i-- > 0;)
                    stack.emplace_back(node->item(i), pointer + '/' + std::to_string(i));
            }
        }
    }
}

Diagnostic at(const YamlDocument &doc, const YamlNode *node, Severity sev, const char *code, const QString &message)
{
    Diagnostic d;
    d.severity = sev;
    d.code = QString::fromLatin1(code);
    d.message = message;
    d.range = node ? doc.range(node) : doc.range(0, 0);
    return d;
}

} // namespace

bool Analysis::isValid() const
{
    return parsed() && spec && errorCount() == 0;
}

std::shared_ptr<const Analysis> analyze(const QString &text, const AnalyzeOptions &options)
{
    return analyze(text.toUtf8(), options);
}

namespace {
std::shared_ptr<const Analysis> analyzeImpl(const QByteArray &utf8, const AnalyzeOptions &options);
} // namespace

std::shared_ptr<const Analysis> analyze(const QByteArray &utf8, const AnalyzeOptions &options)
{
    // The library never throws across its API: a bug in a corner becomes a diagnostic, not a crash.
    try {
        return analyzeImpl(utf8, options);
    } catch (const std::exception &e) {
        auto result = std::make_shared<Analysis>();
        result->generation = options.generation;
        result->filePath = options.filePath;
        Diagnostic d;
        d.code = QStringLiteral("internal.error");
        d.message = Tr::tr("The document could not be analysed: %1").arg(QString::fromUtf8(e.what()));
        d.range.start = d.range.end = SourcePosition{0, 0, 0};
        result->diagnostics.append(d);
        return result;
    }
}

namespace {
std::shared_ptr<const Analysis> analyzeImpl(const QByteArray &utf8, const AnalyzeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto phase = [&timer](const char *name) {
        qCDebug(lcAnalysis, "%s: %.1f ms", name, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
    };
    std::shared_ptr<Analysis> result = freedInBackground(new Analysis);
    result->generation = options.generation;
    result->filePath = options.filePath;
    result->document = YamlDocument::parse(utf8, options.filePath, options.load.limits);
    phase("parse");
    const YamlDocument &doc = *result->document;
    Diagnostics &out = result->diagnostics;
    out = doc.diagnostics();

    auto finish = [&]() -> std::shared_ptr<const Analysis> {
        std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            if (a.file != b.file)
                return a.file.isEmpty() || (!b.file.isEmpty() && a.file < b.file);
            return a.range.start.offset < b.range.start.offset;
        });
        return result;
    };

    const YamlNode *root = doc.root();
    if (!root || doc.isExpansionTooLarge()) {
        if (root == nullptr && out.isEmpty() && doc.text().find_first_not_of(" \t\r\n") == std::string::npos)
            out.append(at(doc, nullptr, Severity::Error, "document.empty", Tr::tr("The document is empty")));
        else if (!root && countSeverity(out, Severity::Error) == 0)
            out.append(at(doc, nullptr, Severity::Error, "document.empty", Tr::tr("The document is empty")));
        return finish();
    }
    result->documents = freedInBackground(new DocumentSet(result->document, options.filePath, options.load));
    const DocumentSet &set = *result->documents;
    phase("references");

    const YamlNode *versionNode = root->isMapping() ? root->get("asyncapi") : nullptr;
    if (!versionNode) {
        out.append(at(doc, root->isMapping() ? nullptr : root, Severity::Error, "document.not-asyncapi",
                      Tr::tr("This is not an AsyncAPI document: it has no 'asyncapi' field giving its version")));
        return finish();
    }
    if (!versionNode->isString()) {
        out.append(at(doc, versionNode, Severity::Error, "document.version-not-string",
                      Tr::tr("The 'asyncapi' version must be a string; write it in quotes, e.g. '3.0.0'")));
        return finish();
    }
    const QString version = versionNode->text();
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
    if (!supportedSchemaVersions().contains(version)) {
        out.append(at(doc, versionNode, Severity::Error, "document.unsupported-version",
                      Tr::tr("AsyncAPI version '%1' is not supported; supported versions are %2")
                          .arg(version, supportedSchemaVersions().join(QStringLiteral(", ")))));
        return finish();
    }
    if (major == 2)
        out.append(at(
            doc, versionNode, Severity::Info, "document.convertible",
            Tr::tr("This is an AsyncAPI %1 document; the current major version of AsyncAPI is 3 (Upgrade to AsyncAPI "
                   "3, in the File menu or beside the problems' filter, converts it, keeping comments and formatting)")
                .arg(version)));

    out += set.diagnostics();
    const std::uint64_t budget = std::max<std::uint64_t>(options.load.limits.minExpandedNodes,
                                                         options.load.limits.expansionFactor * doc.nodeCount());
    // The schema check and the rules only read the immutable document set: on a big document
    // run them side by side (the editor's worker is one thread; the schema check is the longest part).
    constexpr std::size_t ParallelFromNodes = 20000;
    std::future<Diagnostics> schemaDiagnostics;
    if (options.load.limits.parallel && doc.nodeCount() >= ParallelFromNodes)
        schemaDiagnostics = std::async(std::launch::async, [&set, version, budget] {
            return validateAgainstOfficialSchema(set, version, budget);
        });
    else
        out += validateAgainstOfficialSchema(set, version, budget);
    const Diagnostics rules = checkRules(set, major, options.reportUnused);
    result->spec = buildSpec(set, version);
    if (schemaDiagnostics.valid())
        out += schemaDiagnostics.get();
    out += rules;
    fillPointers(out, set);
    phase("schema, rules and model");
    return finish();
}

} // namespace

} // namespace Signalbox::AsyncApi
