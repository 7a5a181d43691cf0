// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/spec.h>
#include <asyncapi/refs/documentset.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace Signalbox::AsyncApi {

struct AnalyzeOptions
{
    /// Path of the document, for relative references and messages; empty for an unsaved one,
    /// which then reads no files (its file references are reported, not resolved elsewhere).
    QString filePath;
    /// How references reach files: confined to filePath's folder plus load.allowedRoots.
    LoadOptions load;
    /// Tag of the text version analysed, so that callers can drop stale results.
    quint64 generation = 0;
    /// Also report unused components (info).
    bool reportUnused = true;
};

/**
 * Everything derived from one text: the parsed documents, the model and every diagnostic.
 * Immutable; share it as std::shared_ptr<const Analysis> between threads and views.
 */
struct Analysis
{
    quint64 generation = 0;
    QString filePath;
    std::shared_ptr<const YamlDocument> document;
    std::shared_ptr<const DocumentSet> documents; ///< Null when the text does not parse.
    std::shared_ptr<const Spec> spec;             ///< Null when the text is not an AsyncAPI document.
    Diagnostics diagnostics;                      ///< Sorted by file, then position.

    /** The text parsed as YAML or JSON. */
    bool parsed() const { return documents != nullptr; }
    /** No diagnostic of severity error. */
    bool isValid() const;
    qsizetype errorCount() const { return countSeverity(diagnostics, Severity::Error); }
    qsizetype warningCount() const { return countSeverity(diagnostics, Severity::Warning); }
};

/** Analyses \a utf8 (YAML or JSON). A pure function: safe to run on any thread. Never throws. */
std::shared_ptr<const Analysis> analyze(const QByteArray &utf8, const AnalyzeOptions &options = {});
std::shared_ptr<const Analysis> analyze(const QString &text, const AnalyzeOptions &options = {});

} // namespace Signalbox::AsyncApi
