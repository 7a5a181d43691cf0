// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace Signalbox::AsyncApi {

/**
 * A place in a source text. \c line is 0-based; \c column and \c offset count UTF-16 code units, as
 * QTextDocument does, in the text with any UTF-8 byte order mark removed.
 */
struct SourcePosition
{
    int line = -1;
    int column = -1;
    qsizetype offset = -1;

    bool isValid() const { return line >= 0; }
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

/** A half-open range [start, end) of a source text. */
struct SourceRange
{
    SourcePosition start;
    SourcePosition end;

    bool isValid() const { return start.isValid(); }
    bool contains(qsizetype offset) const { return offset >= start.offset && offset < end.offset; }
    friend bool operator==(const SourceRange &, const SourceRange &) = default;
};

} // namespace Signalbox::AsyncApi
