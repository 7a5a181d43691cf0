// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "lineindex.h"

#include <algorithm>

namespace Signalbox::AsyncApi {

std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        unsigned cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

LineIndex::LineIndex(std::string_view text)
    : m_text(text)
{
    // Byte and UTF-16 offsets of every line start, and UTF-16 checkpoints.
    m_lineStarts.reserve(text.size() / 24 + 2);
    m_lineStarts.push_back(0);
    m_lineStartsUtf16.push_back(0);
    m_checkpointsUtf16.reserve(text.size() / CheckpointBytes + 2);
    qsizetype units = 0;
    bool ascii = true;
    for (std::size_t block = 0; block < text.size(); block += CheckpointBytes) {
        m_checkpointsUtf16.push_back(units);
        const std::size_t blockEnd = std::min(block + CheckpointBytes, text.size());
        for (std::size_t i = block; i < blockEnd; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80) {
                ++units;
                if (c == '\n') {
                    m_asciiLine.push_back(ascii);
                    m_lineStarts.push_back(i + 1);
                    m_lineStartsUtf16.push_back(units);
                    ascii = true;
                }
            } else {
                ascii = false;
                if ((c & 0xC0) != 0x80)
                    units += (c & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
    }
    if (text.size() % CheckpointBytes == 0)
        m_checkpointsUtf16.push_back(units); // the end of the text has one too
    m_asciiLine.push_back(ascii);
}

SourcePosition LineIndex::position(std::size_t byteOffset) const
{
    if (m_lineStarts.empty())
        return SourcePosition{0, 0, 0};
    byteOffset = std::min(byteOffset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const std::size_t line = std::size_t(it - m_lineStarts.begin()) - 1;
    const std::size_t lineStart = m_lineStarts[line];
    const qsizetype column =
        m_asciiLine[line] ? qsizetype(byteOffset - lineStart) : utf16Offset(byteOffset, line) - m_lineStartsUtf16[line];
    return SourcePosition{int(line), int(column), m_lineStartsUtf16[line] + column};
}

qsizetype LineIndex::utf16Offset(std::size_t byteOffset, std::size_t line) const
{
    // From the nearer of the line start and the last checkpoint: at most CheckpointBytes to scan.
    std::size_t from = byteOffset / CheckpointBytes * CheckpointBytes;
    qsizetype units = 0;
    if (from <= m_lineStarts[line] || from / CheckpointBytes >= m_checkpointsUtf16.size()) {
        from = m_lineStarts[line];
        units = m_lineStartsUtf16[line];
    } else {
        units = m_checkpointsUtf16[from / CheckpointBytes];
    }
    for (std::size_t i = from; i < byteOffset; ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if ((c & 0xC0) != 0x80)
            units += (c & 0xF8) == 0xF0 ? 2 : 1;
    }
    return units;
}

SourceRange LineIndex::range(std::size_t startByte, std::size_t endByte) const
{
    return SourceRange{position(startByte), position(std::max(startByte, endByte))};
}

std::size_t LineIndex::byteOffset(const SourcePosition &position) const
{
    if (position.line < 0 || std::size_t(position.line) >= m_lineStarts.size())
        return 0;
    const auto line = std::size_t(position.line);
    std::size_t at = m_lineStarts[line];
    if (m_asciiLine[line])
        return std::min(at + std::size_t(std::max(0, position.column)), m_text.size());
    const qsizetype target = m_lineStartsUtf16[line] + std::max(0, position.column);
    qsizetype units = m_lineStartsUtf16[line];
    // Start from the last checkpoint inside the line that is not past the target.
    const std::size_t firstInLine = (at + CheckpointBytes - 1) / CheckpointBytes;
    if (firstInLine < m_checkpointsUtf16.size()) {
        const auto begin = m_checkpointsUtf16.begin() + std::ptrdiff_t(firstInLine);
        const auto it = std::upper_bound(begin, m_checkpointsUtf16.end(), target);
        if (it != begin) {
            const auto k = std::size_t(it - m_checkpointsUtf16.begin()) - 1;
            at = k * CheckpointBytes;
            units = *(it - 1);
            while (at < m_text.size() && (static_cast<unsigned char>(m_text[at]) & 0xC0) == 0x80)
                ++at; // the rest of a character that started before the checkpoint
        }
    }
    while (units < target && at < m_text.size()) {
        const auto c = static_cast<unsigned char>(m_text[at]);
        const int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        units += len == 4 ? 2 : 1;
        at += std::size_t(len);
    }
    return std::min(at, m_text.size());
}

} // namespace Signalbox::AsyncApi
