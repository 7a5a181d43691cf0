// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "testconfig.h"

#include <asyncapi/analysis.h>

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <random>

namespace Signalbox::Test {

/** "code@line" (1-based) of every diagnostic at least as severe as \a min, for readable QCOMPARE failures. */
inline QStringList codes(const AsyncApi::Analysis &a, AsyncApi::Severity min = AsyncApi::Severity::Info)
{
    QStringList out;
    for (const AsyncApi::Diagnostic &d : a.diagnostics) {
        if (int(d.severity) <= int(min))
            out << QStringLiteral("%1@%2").arg(d.code).arg(d.range.start.line + 1);
    }
    return out;
}

inline bool hasCode(const AsyncApi::Analysis &a, const QString &code, int line = -1)
{
    for (const AsyncApi::Diagnostic &d : a.diagnostics) {
        if (d.code == code && (line < 0 || d.range.start.line + 1 == line))
            return true;
    }
    return false;
}

/** A minimal valid 3.0 document followed by \a rest (top-level YAML). */
inline QByteArray doc3(const QByteArray &rest)
{
    return "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n" + rest;
}

/** Deterministic random edits of \a original: deleted, doubled and replaced bytes, cut text. */
inline QByteArray mutated(const QByteArray &original, std::mt19937 &random)
{
    static const QByteArray alphabet = QByteArrayLiteral(" :-[]{}'\"#&*!|>$/\n\t0aZ\xc3\xa9\xff");
    QByteArray text = original;
    const int edits = 1 + int(random() % 6);
    for (int e = 0; e < edits && !text.isEmpty(); ++e) {
        const qsizetype at = qsizetype(random() % std::size_t(text.size()));
        switch (random() % 4) {
        case 0:
            text.remove(at, 1 + qsizetype(random() % 20));
            break;
        case 1:
            text.insert(at, text.mid(at, qsizetype(random() % 40)));
            break;
        case 2:
            text[at] = alphabet.at(qsizetype(random() % std::size_t(alphabet.size())));
            break;
        default:
            text.truncate(at);
            break;
        }
    }
    return text;
}

/**
 * The shared corpus beside the clone: AsyncAPI documents and the official parser's verdict on each
 * (oracle.jsonl). Empty when it is not there, as in a user's fresh clone.
 */
inline QString corpusFolder()
{
    const QString corpus = QStringLiteral(SIGNALBOX_SHARED_DIR "/corpus");
    return QFile::exists(corpus + QStringLiteral("/oracle.jsonl")) ? corpus : QString();
}

/** Which documents of the corpus forEachCorpusDocument() visits. */
enum class CorpusScope {
    Everything, ///< the corpus folder and its subfolders
    TopFolder,  ///< the corpus folder alone
};

/**
 * Calls \a visit(path) for every document (.yml, .yaml, .json) of the shared corpus, in name
 * order, and stops after the first failed check. False, visiting nothing, when the corpus is not
 * here: the caller skips then (SIGNALBOX_SKIP must be called from the test function itself).
 */
template<typename Visit> bool forEachCorpusDocument(Visit visit, CorpusScope scope = CorpusScope::Everything)
{
    const QString corpus = corpusFolder();
    if (corpus.isEmpty())
        return false;
    QStringList paths;
    QDirIterator it(corpus, {QStringLiteral("*.yml"), QStringLiteral("*.yaml"), QStringLiteral("*.json")}, QDir::Files,
                    scope == CorpusScope::Everything ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext())
        paths << it.next();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths)) {
        visit(path);
        if (QTest::currentTestFailed())
            break;
    }
    return true;
}

} // namespace Signalbox::Test
