// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace Signalbox::Diagram {

/** One line of a wrapped label: a span of the label, followed by "…" when the rest did not fit. */
struct LabelLine
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool elided = false;
    friend bool operator==(const LabelLine &, const LabelLine &) = default;
};

/** The width of a piece of text, in pixels. */
using TextWidth = std::function<double(QStringView)>;

/** The ellipsis put at the end of an elided line. */
inline constexpr QChar Ellipsis = QChar(0x2026);

/**
 * Whether a line may end just before \a at in \a text: after a space or a separator of names
 * ('/', '.', '_', '-', ':', ','), before a '{', a '(' or a '[', and at a camelCase hump
 * ("send|Chat|Message", "HTTP|Server").
 */
bool canBreakBefore(QStringView text, qsizetype at);

/**
 * Breaks \a label into at most \a maxLines lines no wider than \a width, at the places
 * canBreakBefore() allows, so that a name is never cut inside a word. A word longer than a whole
 * line is split where it must (nothing is lost); what does not fit on the last line is elided
 * with "…" at its end, at a break when that keeps most of the line. Spaces at a break are dropped.
 */
QList<LabelLine> wrapLabel(const QString &label, double width, int maxLines, const TextWidth &measure);

/** The texts of \a lines of \a label, with "…" where elided. */
QStringList lineTexts(const QString &label, const QList<LabelLine> &lines);

} // namespace Signalbox::Diagram
