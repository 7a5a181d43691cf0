// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <QStringList>

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

} // namespace Signalbox::Test
