// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sourcerange.h"

#include <QList>
#include <QString>

namespace Signalbox::AsyncApi {

enum class Severity { Error, Warning, Info, Hint };

/**
 * One finding about a document: what is wrong (a translatable \c message), a stable \c code
 * (`area.kebab-case`, never renamed once shipped) that tests and tools compare, where (\c range in
 * \c file, empty for the document being analysed) and at which JSON pointer.
 */
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;
    QString message;
    SourceRange range;
    QString pointer;
    QString file;
};

using Diagnostics = QList<Diagnostic>;

/** "error", "warning", "info" or "hint". */
QString severityName(Severity severity);

/** Counts the diagnostics of \a severity. */
qsizetype countSeverity(const Diagnostics &diagnostics, Severity severity);

} // namespace Signalbox::AsyncApi
