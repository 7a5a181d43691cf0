// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamlhighlighter.h"

#include <QRegularExpression>

namespace Signalbox {

namespace {

// Block states: a block scalar (| or >) continues while lines are indented deeper than its key.
constexpr int NormalState = -1;

int indentOf(const QString &text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setDark(false);
}

void YamlHighlighter::setDark(bool dark)
{
    auto fmt = [](const char *color, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(color)));
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        f.setFontItalic(italic);
        return f;
    };
    if (dark) {
        m_key = fmt("#82aaff");
        m_string = fmt("#c3e88d");
        m_number = fmt("#f78c6c");
        m_constant = fmt("#ff9cac", true);
        m_comment = fmt("#7f8c98", false, true);
        m_anchor = fmt("#ffcb6b");
        m_ref = fmt("#89ddff", true);
        m_punctuation = fmt("#a6accd");
    } else {
        m_key = fmt("#1d4ed8");
        m_string = fmt("#15803d");
        m_number = fmt("#b45309");
        m_constant = fmt("#be185d", true);
        m_comment = fmt("#6b7280", false, true);
        m_anchor = fmt("#a16207");
        m_ref = fmt("#0e7490", true);
        m_punctuation = fmt("#4b5563");
    }
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    // Inside a block scalar: everything deeper than its key is text.
    const int blockIndent = previousBlockState();
    if (blockIndent >= 0) {
        if (text.trimmed().isEmpty() || indentOf(text) > blockIndent) {
            setFormat(0, int(text.size()), m_string);
            setCurrentBlockState(blockIndent);
            return;
        }
    }
    setCurrentBlockState(NormalState);

    int i = indentOf(text);
    if (text.mid(i).startsWith(QLatin1String("---")) || text.mid(i).startsWith(QLatin1String("..."))) {
        setFormat(i, 3, m_constant);
        return;
    }
    while (i + 1 < text.size() && text.at(i) == QLatin1Char('-') && text.at(i + 1) == QLatin1Char(' ')) {
        setFormat(i, 1, m_punctuation);
        i += 2;
        while (i < text.size() && text.at(i) == QLatin1Char(' '))
            ++i;
    }
    if (i < text.size() && text.at(i) == QLatin1Char('#')) {
        setFormat(i, int(text.size()) - i, m_comment);
        return;
    }
    // A key: plain up to ": " or quoted.
    static const QRegularExpression keyRe(
        QStringLiteral(R"(^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{}\[\],][^#]*?)\s*:(?=\s|$))"));
    const QRegularExpressionMatch key = keyRe.match(text.mid(i));
    if (key.hasMatch()) {
        const int len = int(key.capturedLength(1));
        const bool isRef = key.captured(1) == QLatin1String("$ref");
        setFormat(i, len, isRef ? m_ref : m_key);
        setFormat(i + int(key.capturedLength(0)) - 1, 1, m_punctuation);
        const int valueFrom = i + int(key.capturedLength(0));
        // A block scalar starts here: its lines follow, deeper than this key.
        static const QRegularExpression blockRe(QStringLiteral(R"(^\s*[|>][-+0-9]*\s*(#.*)?$)"));
        if (blockRe.match(text.mid(valueFrom)).hasMatch()) {
            setFormat(valueFrom, int(text.size()) - valueFrom, m_punctuation);
            setCurrentBlockState(indentOf(text));
            return;
        }
        highlightValue(text, valueFrom);
        return;
    }
    highlightValue(text, i);
}

void YamlHighlighter::highlightValue(const QString &text, int from)
{
    int i = from;
    while (i < text.size() && text.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= text.size())
        return;
    const QChar first = text.at(i);
    if (first == QLatin1Char('#')) {
        setFormat(i, int(text.size()) - i, m_comment);
        return;
    }
    if (first != QLatin1Char('[') && first != QLatin1Char('{')) {
        // A scalar: quoted, or plain up to a comment. Quotes inside a plain scalar are text.
        int end = int(text.size());
        if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
            int j = i + 1;
            while (j < text.size()) {
                if (first == QLatin1Char('"') && text.at(j) == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (text.at(j) == first) {
                    if (first == QLatin1Char('\'') && j + 1 < text.size() && text.at(j + 1) == first) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            end = std::min(int(text.size()), j + 1);
            setFormat(i, end - i, m_string);
        } else if (first == QLatin1Char('&') || first == QLatin1Char('*') || first == QLatin1Char('!')) {
            int j = i;
            while (j < text.size() && text.at(j) != QLatin1Char(' '))
                ++j;
            setFormat(i, j - i, m_anchor);
            if (j < text.size())
                highlightValue(text, j);
            return;
        } else {
            const qsizetype hash = text.indexOf(QLatin1String(" #"), i);
            end = hash < 0 ? int(text.size()) : int(hash);
            const QString value = text.mid(i, end - i).trimmed();
            static const QRegularExpression number(QStringLiteral(
                R"(^[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+|\.inf|\.nan)$)"));
            static const QRegularExpression constant(
                QStringLiteral(R"(^(?:true|false|null|True|False|Null|TRUE|FALSE|NULL|~)$)"));
            if (number.match(value).hasMatch())
                setFormat(i, int(value.size()), m_number);
            else if (constant.match(value).hasMatch())
                setFormat(i, int(value.size()), m_constant);
            else if (value.startsWith(QLatin1Char('|')) || value.startsWith(QLatin1Char('>')))
                setFormat(i, int(value.size()), m_punctuation);
        }
        const qsizetype hash = text.indexOf(QLatin1String(" #"), end);
        if (hash >= 0)
            setFormat(int(hash) + 1, int(text.size() - hash - 1), m_comment);
        return;
    }
    // Flow collections (and JSON): tokens.
    static const QRegularExpression tokens(QStringLiteral(
        R"(("(?:[^"\\]|\\.)*"?)|('(?:[^']|'')*'?)|(\s#.*$)|([&*][^\s,\[\]{}]+)|(![^\s]*)|([\[\]{},:])|)"
        R"(((?<=[\s\[{,:]|^)-?(?:0x[0-9a-fA-F]+|0o[0-7]+|\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.inf|\.nan)(?=\s*(?:[,\]}#]|$)))|)"
        R"(((?<=[\s\[{,:]|^)(?:true|false|null|True|False|Null|TRUE|FALSE|NULL|~)(?=\s*(?:[,\]}#]|$))))"));
    auto it = tokens.globalMatch(text, i);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int start = int(m.capturedStart());
        const int len = int(m.capturedLength());
        if (!m.captured(1).isEmpty() || !m.captured(2).isEmpty())
            setFormat(start, len, m_string);
        else if (!m.captured(3).isEmpty())
            setFormat(start + 1, len - 1, m_comment);
        else if (!m.captured(4).isEmpty() || !m.captured(5).isEmpty())
            setFormat(start, len, m_anchor);
        else if (!m.captured(6).isEmpty())
            setFormat(start, len, m_punctuation);
        else if (!m.captured(7).isEmpty())
            setFormat(start, len, m_number);
        else if (!m.captured(8).isEmpty())
            setFormat(start, len, m_constant);
    }
    // JSON keys: a string followed by ':'.
    static const QRegularExpression jsonKey(QStringLiteral(R"("(?:[^"\\]|\\.)*"(?=\s*:))"));
    auto keys = jsonKey.globalMatch(text, i);
    while (keys.hasNext()) {
        const QRegularExpressionMatch m = keys.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()),
                  m.captured() == QLatin1String("\"$ref\"") ? m_ref : m_key);
    }
}

} // namespace Signalbox
