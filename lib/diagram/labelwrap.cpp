// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "labelwrap.h"

#include <algorithm>

namespace Signalbox::Diagram {

namespace {

// Written here rather than taken from QTextBoundaryFinder: its Unicode line breaking is made for
// prose, and knows neither camelCase humps nor the separators of paths and dotted names, which is
// what graph labels are made of.
bool isSeparator(QChar c)
{
    return c == u'/' || c == u'.' || c == u'_' || c == u'-' || c == u':' || c == u',';
}

bool isOpening(QChar c)
{
    return c == u'{' || c == u'(' || c == u'[';
}

/** \a end moved back over the spaces before it (not before \a start). */
qsizetype trimmedEnd(QStringView text, qsizetype start, qsizetype end)
{
    while (end > start && text[end - 1].isSpace())
        --end;
    return end;
}

} // namespace

bool canBreakBefore(QStringView text, qsizetype at)
{
    if (at <= 0 || at >= text.size())
        return false;
    const QChar prev = text[at - 1];
    const QChar cur = text[at];
    if (cur.isLowSurrogate() || cur.isSpace())
        return false;
    if (prev.isSpace())
        return true;
    if (isSeparator(prev))
        return !isSeparator(cur); // after a run of them: "a//b" breaks as "a//" "b"
    if (isOpening(cur))
        return !isOpening(prev) && !isSeparator(prev);
    if (cur.isUpper() && (prev.isLower() || prev.isDigit()))
        return true; // sendChat|Message, v2|Message
    // The last capital of an acronym starts the next word: HTTP|Server.
    return cur.isUpper() && prev.isUpper() && at + 1 < text.size() && text[at + 1].isLower();
}

QList<LabelLine> wrapLabel(const QString &label, double width, int maxLines, const TextWidth &measure)
{
    QList<LabelLine> lines;
    const QStringView text(label);
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (lines.size() < maxLines) {
        while (start < n && text[start].isSpace())
            ++start;
        if (start >= n)
            break;
        auto widthTo = [&](qsizetype end, bool ellipsis) {
            const QStringView part = text.mid(start, trimmedEnd(text, start, end) - start);
            return ellipsis ? measure(QString(part.toString() + Ellipsis)) : measure(part);
        };
        // The farthest end, at a break or at any character, that fits (start when none does).
        // Widths only grow with the end, so the search stops at the first end that does not fit.
        auto farthest = [&](bool breaksOnly, bool ellipsis) {
            qsizetype best = start;
            for (qsizetype at = start + 1; at < n; ++at) {
                if (breaksOnly ? !canBreakBefore(text, at) : text[at].isLowSurrogate())
                    continue;
                if (widthTo(at, ellipsis) > width)
                    break;
                best = at;
            }
            return best;
        };
        if (widthTo(n, false) <= width) {
            lines.append({start, trimmedEnd(text, start, n) - start, false});
            break;
        }
        if (lines.size() + 1 < maxLines) {
            qsizetype end = farthest(true, false);
            if (end == start) {
                // One word wider than the line: split it where it must be, keeping at least a character.
                end = std::min(n, std::max(farthest(false, false), start + (text[start].isHighSurrogate() ? 2 : 1)));
            }
            lines.append({start, trimmedEnd(text, start, end) - start, false});
            start = end;
            continue;
        }
        // The last line: as much as fits with "…", ended at a break if that keeps most of it.
        qsizetype end = farthest(false, true);
        const qsizetype atBreak = farthest(true, true);
        if (atBreak > start && widthTo(atBreak, false) >= 0.6 * widthTo(end, false))
            end = atBreak;
        lines.append({start, trimmedEnd(text, start, end) - start, true});
        break;
    }
    return lines;
}

QStringList lineTexts(const QString &label, const QList<LabelLine> &lines)
{
    QStringList out;
    for (const LabelLine &line : lines)
        out << label.mid(line.start, line.length) + (line.elided ? QString(Ellipsis) : QString());
    return out;
}

} // namespace Signalbox::Diagram
