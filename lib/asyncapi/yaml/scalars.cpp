// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "scalars_p.h"

namespace Signalbox::AsyncApi {

namespace {

bool isDigits(std::string_view s, std::size_t from, bool (*ok)(char))
{
    if (from >= s.size())
        return false;
    for (std::size_t i = from; i < s.size(); ++i) {
        if (!ok(s[i]))
            return false;
    }
    return true;
}

bool isDec(char c)
{
    return c >= '0' && c <= '9';
}
bool isOct(char c)
{
    return c >= '0' && c <= '7';
}
bool isHex(char c)
{
    return isDec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isCoreFloat(std::string_view s)
{
    // [-+]? ( \.[0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const std::string_view rest = s.substr(i);
    if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
        return true;
    if (i == 0 && (s == ".nan" || s == ".NaN" || s == ".NAN"))
        return true;
    std::size_t digits = 0;
    while (i < s.size() && isDec(s[i])) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDec(s[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!isDigits(s.substr(0, s.size()), i, isDec))
            return false;
        return true;
    }
    return i == s.size();
}

} // namespace

YamlNode::ScalarType YamlNode::scalarType() const
{
    if (kind == Kind::Null)
        return ScalarType::Null;
    if (kind != Kind::Scalar)
        return ScalarType::String;
    switch (tag) {
    case Tag::None:
        break;
    case Tag::Int:
        return ScalarType::Int;
    case Tag::Float:
        return ScalarType::Float;
    case Tag::Bool:
        return ScalarType::Bool;
    case Tag::Null:
        return ScalarType::Null;
    case Tag::Str:
    case Tag::Other:
        return ScalarType::String;
    }
    if (!plain)
        return ScalarType::String;
    return plainScalarType(value);
}

YamlNode::ScalarType plainScalarType(std::string_view s)
{
    using ScalarType = YamlNode::ScalarType;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return ScalarType::Null;
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
        return ScalarType::Bool;
    const char c0 = s[0];
    if (isDec(c0) || c0 == '-' || c0 == '+' || c0 == '.') {
        const std::size_t sign = (c0 == '-' || c0 == '+') ? 1 : 0;
        if (isDigits(s, sign, isDec))
            return ScalarType::Int;
        if (sign == 0 && s.size() > 2 && s[0] == '0' && s[1] == 'o' && isDigits(s, 2, isOct))
            return ScalarType::Int;
        if (sign == 0 && s.size() > 2 && s[0] == '0' && s[1] == 'x' && isDigits(s, 2, isHex))
            return ScalarType::Int;
        if (isCoreFloat(s))
            return ScalarType::Float;
    }
    return ScalarType::String;
}

std::string plainOrQuotedScalar(std::string_view s)
{
    bool plain = !s.empty() && plainScalarType(s) == YamlNode::ScalarType::String && s.front() != ' ' &&
                 s.back() != ' ' &&
                 std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) == std::string_view::npos &&
                 s.find(": ") == std::string_view::npos && s.find(" #") == std::string_view::npos && s.back() != ':' &&
                 s.find('\n') == std::string_view::npos;
    for (const char c : s)
        plain = plain && (static_cast<unsigned char>(c) >= 0x20 || c == '\t');
    // `<<` is a merge key; YAML 1.1 readers take yes/no/on/off for booleans.
    plain = plain && s != "<<";
    static const std::string_view booleans11[] = {"y",  "Y",  "yes", "Yes", "YES", "n",   "N",   "no",
                                                  "No", "NO", "on",  "On",  "ON",  "off", "Off", "OFF"};
    for (const std::string_view b : booleans11)
        plain = plain && s != b;
    if (plain)
        return std::string(s);
    std::string out = "'";
    for (const char c : s) {
        if (c == '\'')
            out += "''";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out + '\'';
}

std::string scalarLike(std::string_view like, std::string_view value)
{
    if (!like.empty() && like.front() == '"') {
        std::string out = "\"";
        for (const char c : value) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + '"';
    }
    if (!like.empty() && like.front() == '\'') {
        std::string out = "'";
        for (const char c : value)
            out += c == '\'' ? std::string("''") : std::string(1, c);
        return out + '\'';
    }
    return plainOrQuotedScalar(value);
}

} // namespace Signalbox::AsyncApi
