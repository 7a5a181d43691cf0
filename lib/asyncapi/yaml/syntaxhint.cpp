// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "syntaxhint_p.h"

#include <QCoreApplication>

#include <string_view>
#include <vector>

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxYaml)
};

constexpr std::size_t None = std::string_view::npos;

/** An open block: a key, or a list item. */
struct Level
{
    explicit Level(std::size_t column)
        : indent(column)
    {}
    std::size_t indent;
    bool hasValue = false;            ///< `key: value` on one line: nothing can be nested under it.
    std::size_t childIndent = None;   ///< The column of its first child line.
    bool hasKeys = false;             ///< A child line is `key: …`: it is a mapping.
    std::size_t scalarChildAt = None; ///< Offset of a child line of plain text (no `key:`).
    std::string key;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

/**
 * Where the `:` of `key: …` is in \a s (a plain or quoted key), or None. Hand-written: yaml-cpp
 * has already failed on this text, so the line is read on its own.
 */
std::size_t keyColon(std::string_view s)
{
    if (s.empty() || s[0] == '#' || s[0] == '[' || s[0] == '{' || s[0] == '&' || s[0] == '*' || s[0] == '!' ||
        s[0] == '|' || s[0] == '>' || s[0] == '%' || s[0] == '@' || s[0] == '`')
        return None;
    std::size_t i = 0;
    if (s[0] == '"' || s[0] == '\'') {
        const std::size_t close = s.find(s[0], 1);
        if (close == None)
            return None;
        i = close + 1;
        return i < s.size() && s[i] == ':' && (i + 1 == s.size() || isSpace(s[i + 1])) ? i : None;
    }
    for (; i < s.size(); ++i) {
        if (s[i] == ':' && (i + 1 == s.size() || isSpace(s[i + 1])))
            return i;
        if (s[i] == '#' && i > 0 && isSpace(s[i - 1]))
            return None;
    }
    return None;
}

/** The end of the quoted scalar that starts at \a s[0] within \a s, or None when it does not close there. */
std::size_t quoteEnd(std::string_view s)
{
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[0] == '"' && s[i] == '\\') {
            ++i;
        } else if (s[i] == s[0]) {
            if (s[0] == '\'' && i + 1 < s.size() && s[i + 1] == '\'')
                ++i;
            else
                return i + 1;
        }
    }
    return None;
}

/** Updates the open brackets of a flow collection over \a s (at byte \a base): where each is, and which. */
void scanFlow(std::string_view s, std::size_t base, std::vector<std::size_t> &open, std::vector<char> &kinds)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"' || c == '\'') {
            const std::size_t e = quoteEnd(s.substr(i));
            if (e == None)
                return;
            i += e - 1;
        } else if (c == '#' && (i == 0 || isSpace(s[i - 1]))) {
            return;
        } else if (c == '[' || c == '{') {
            open.push_back(base + i);
            kinds.push_back(c);
        } else if ((c == ']' || c == '}') && !open.empty()) {
            open.pop_back();
            kinds.pop_back();
        }
    }
}

QString misIndentedText(std::size_t indent, std::size_t expected)
{
    // Columns, not "N spaces": no plural form to get wrong.
    return Tr::tr("This line starts at column %1, which lines up with no key above it; the keys it belongs "
                  "with start at column %2")
        .arg(indent + 1)
        .arg(expected + 1);
}

QString unclosedQuoteText()
{
    return Tr::tr("This quote is not closed on its line, so the value runs on into the lines below; add the "
                  "closing %1");
}

} // namespace

QString unclosedQuoteMessage(char quote)
{
    return unclosedQuoteText().arg(QLatin1Char(quote));
}

std::optional<SyntaxHint> explainSyntaxError(const std::string &text, std::size_t begin, std::size_t errorAt)
{
    std::size_t lastLine = text.find('\n', std::min(errorAt, text.size()));
    if (lastLine == None)
        lastLine = text.size();
    std::vector<Level> levels; // levels.front() is the document itself
    levels.emplace_back(0);
    std::size_t blockScalarAbove = None; // a `|` or `>` scalar: lines indented more than this are its text
    std::vector<std::size_t> flowOpen;   // unclosed `[` / `{`
    std::vector<char> flowKinds;
    std::size_t quoteOpen = None; // a quoted scalar running on over lines
    char quoteChar = 0;
    auto hint = [](std::size_t at, std::size_t end, const QString &message) {
        return std::optional<SyntaxHint>(SyntaxHint{at, end, message});
    };

    for (std::size_t ls = begin; ls <= lastLine && ls < text.size();) {
        std::size_t le = text.find('\n', ls);
        if (le == None)
            le = text.size();
        const std::size_t next = le + 1;
        std::string_view line(text.data() + ls, le - ls);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        auto advance = [&] { ls = next; };

        if (quoteOpen != None) {
            // Inside a quoted scalar: does it close on this line?
            std::string_view rest = line;
            bool closed = false;
            for (std::size_t i = 0; i < rest.size(); ++i) {
                if (quoteChar == '"' && rest[i] == '\\') {
                    ++i;
                } else if (rest[i] == quoteChar) {
                    if (quoteChar == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'') {
                        ++i;
                    } else {
                        closed = true;
                        break;
                    }
                }
            }
            if (closed) {
                if (errorAt >= ls && errorAt <= le) // the quote ran on to where the parser failed
                    return hint(quoteOpen, quoteOpen + 1, unclosedQuoteText().arg(QLatin1Char(quoteChar)));
                quoteOpen = None;
            }
            advance();
            continue;
        }
        if (!flowOpen.empty()) {
            scanFlow(line, ls, flowOpen, flowKinds);
            advance();
            continue;
        }
        std::size_t indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        const bool blank = indent == line.size() || line.find_first_not_of(" \t") == None;
        if (blockScalarAbove != None) {
            if (blank || indent > blockScalarAbove) {
                advance();
                continue;
            }
            blockScalarAbove = None;
        }
        if (blank || line[indent] == '#') {
            advance();
            continue;
        }
        if (line[indent] == '\t')
            return hint(ls + indent, ls + indent + 1,
                        Tr::tr("This line is indented with a tab; YAML indents with spaces only"));
        std::string_view content = line.substr(indent);
        if (content.substr(0, 3) == "---" || content.substr(0, 3) == "..." || content[0] == '?' || content[0] == '%') {
            advance();
            continue; // document markers, complex keys, directives: not followed here
        }
        std::size_t dash = None;
        std::size_t col = indent;
        while (col + 1 < line.size() && line[col] == '-' && line[col + 1] == ' ') {
            if (dash == None)
                dash = col;
            col += 2;
            while (col < line.size() && line[col] == ' ')
                ++col;
        }
        if (col < line.size() && line[col] == '-' && col + 1 == line.size() && dash == None)
            dash = col; // a `-` alone on its line
        const std::size_t lineIndent = dash != None ? dash : col;
        content = line.substr(std::min(col, line.size()));

        // Deeper than a key whose value is on its line: only a plain value may go on here.
        Level *top = &levels.back();
        if (levels.size() > 1 && top->hasValue && lineIndent > top->indent) {
            if (dash != None || keyColon(content) != None)
                return hint(ls + indent, le,
                            Tr::tr("This line is indented more than the key above it expects: '%1' has its value "
                                   "on its line, so nothing can be nested under it; line it up with '%1' or move "
                                   "the value to a line of its own")
                                .arg(QString::fromStdString(top->key)));
            advance();
            continue; // a plain scalar going on over lines
        }
        while (levels.size() > 1 && (levels.back().indent > lineIndent ||
                                     (levels.back().indent == lineIndent &&
                                      !(dash != None && levels.back().childIndent == None && !levels.back().hasValue))))
            levels.pop_back();
        Level &parent = levels.back();
        if (parent.childIndent == None) {
            parent.childIndent = lineIndent;
        } else if (lineIndent != parent.childIndent) {
            if (lineIndent < parent.childIndent || parent.hasKeys)
                return hint(ls + indent, le, misIndentedText(lineIndent, parent.childIndent));
        }
        if (dash != None) {
            Level item(dash);
            item.childIndent = col;
            levels.push_back(item);
        }
        const std::size_t colon = keyColon(content);
        if (colon == None) {
            if (!content.empty() && (content[0] == '[' || content[0] == '{')) {
                scanFlow(content, ls + col, flowOpen, flowKinds);
            } else if (!content.empty() && (content[0] == '"' || content[0] == '\'') && quoteEnd(content) == None) {
                quoteOpen = ls + col;
                quoteChar = content[0];
            }
            Level &owner = levels.back();
            if (dash == None && !content.empty() && content[0] != '&' && content[0] != '*' && content[0] != '!' &&
                content[0] != '|' && content[0] != '>') {
                if (owner.hasKeys && owner.childIndent == col)
                    return hint(ls + col, le,
                                Tr::tr("This line is text without 'key:' among the keys of a mapping; write it as "
                                       "'key: value', or as a list item with '- '"));
                if (owner.scalarChildAt == None)
                    owner.scalarChildAt = ls + col;
            }
            if (dash != None)
                levels.back().hasValue = !content.empty();
            advance();
            continue;
        }
        Level &owner = levels.back();
        if (owner.scalarChildAt != None && dash == None) {
            const std::size_t at = owner.scalarChildAt;
            const std::size_t end = std::min(text.find('\n', at), text.size());
            return hint(at, end,
                        Tr::tr("This line is text without 'key:' among the keys of a mapping; write it as "
                               "'key: value', or as a list item with '- '"));
        }
        owner.hasKeys = true;
        Level keyLevel(col);
        keyLevel.key = std::string(content.substr(0, colon));
        std::string_view value = content.substr(colon + 1);
        const std::size_t valueStart = value.find_first_not_of(' ');
        const std::size_t valueAt = ls + col + colon + 1 + (valueStart == None ? 0 : valueStart);
        value = valueStart == None ? std::string_view() : value.substr(valueStart);
        while (!value.empty() && (value[0] == '&' || value[0] == '!')) {
            const std::size_t sp = value.find(' ');
            value = sp == None
                        ? std::string_view()
                        : value.substr(value.find_first_not_of(' ', sp) == None ? value.size()
                                                                                : value.find_first_not_of(' ', sp));
        }
        if (!value.empty() && value[0] != '#') {
            keyLevel.hasValue = true;
            if (value[0] == '|' || value[0] == '>') {
                keyLevel.hasValue = false;
                blockScalarAbove = lineIndent;
            } else if (value[0] == '[' || value[0] == '{') {
                scanFlow(value, valueAt, flowOpen, flowKinds);
            } else if (value[0] == '"' || value[0] == '\'') {
                const std::size_t e = quoteEnd(value);
                if (e == None) {
                    quoteOpen = valueAt;
                    quoteChar = value[0];
                } else {
                    const std::size_t after = value.find_first_not_of(' ', e);
                    if (after != None && value[after] != '#' && value[after] != ',')
                        return hint(valueAt + after, le,
                                    Tr::tr("Text after the closing quote; put the whole value in the quotes"));
                }
            } else if (value[0] != '*') {
                std::string_view plain = value;
                if (const std::size_t comment = plain.find(" #"); comment != None)
                    plain = plain.substr(0, comment);
                if (const std::size_t inner = keyColon(plain); inner != None)
                    return hint(valueAt + inner, valueAt + inner + 1,
                                Tr::tr("A value without quotes cannot hold ': '; put the value in quotes"));
            }
        }
        levels.push_back(keyLevel);
        advance();
    }
    if (!flowOpen.empty()) {
        const char kind = flowKinds.back();
        return hint(flowOpen.back(), flowOpen.back() + 1,
                    kind == '[' ? Tr::tr("This '[' is not closed: the list needs a ']' after its last item")
                                : Tr::tr("This '{' is not closed: the mapping needs a '}' after its last entry"));
    }
    if (quoteOpen != None)
        return hint(quoteOpen, quoteOpen + 1, unclosedQuoteText().arg(QLatin1Char(quoteChar)));
    return std::nullopt;
}

} // namespace Signalbox::AsyncApi
