// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Signalbox {

/**
 * The built-in highlighter for YAML and JSON, used when KSyntaxHighlighting (KF6) is not
 * available: keys, strings, numbers and constants, comments, anchors and aliases, tags, `$ref`
 * and document markers. Colours follow the palette (light or dark).
 */
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlHighlighter)

public:
    explicit YamlHighlighter(QTextDocument *document);

    /** Picks colours for a light or a dark background and highlights again. */
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightValue(const QString &text, int from);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_constant;
    QTextCharFormat m_comment;
    QTextCharFormat m_anchor;
    QTextCharFormat m_ref;
    QTextCharFormat m_punctuation;
};

} // namespace Signalbox
