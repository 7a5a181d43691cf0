// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/sourcerange.h>

#include <cstddef>
#include <string_view>
#include <vector>

namespace Signalbox::AsyncApi {

/** Offset of the first byte of \a s that is not well-formed UTF-8, or npos. */
std::size_t firstInvalidUtf8(std::string_view s);

/**
 * Where the lines of a UTF-8 text start, in bytes and in UTF-16 code units: converts yaml-cpp's
 * byte offsets to the lines and columns of an editor (QTextDocument counts UTF-16) and back.
 * The index keeps a view of the text: the text must outlive it and not move.
 */
class LineIndex
{
public:
    /** An index of the empty text. */
    LineIndex() = default;
    explicit LineIndex(std::string_view text);

    SourcePosition position(std::size_t byteOffset) const;
    SourceRange range(std::size_t startByte, std::size_t endByte) const;
    /** The byte offset of \a position (0 for a line that does not exist). */
    std::size_t byteOffset(const SourcePosition &position) const;

    std::size_t lineCount() const { return m_lineStarts.size(); }
    /** The byte offset where \a line starts (\a line < lineCount()). */
    std::size_t lineStart(std::size_t line) const { return m_lineStarts[line]; }

private:
    qsizetype utf16Offset(std::size_t byteOffset, std::size_t line) const;

    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;    // byte offset of each line
    std::vector<qsizetype> m_lineStartsUtf16; // UTF-16 offset of each line
    std::vector<bool> m_asciiLine;
    /// UTF-16 offset of every CheckpointBytes-th byte (counting the characters that start before
    /// it): a column on a long non-ASCII line is a lookup plus a short scan, not a walk from the
    /// line start.
    std::vector<qsizetype> m_checkpointsUtf16;
    static constexpr std::size_t CheckpointBytes = 256;
};

} // namespace Signalbox::AsyncApi
