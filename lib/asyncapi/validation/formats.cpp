// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "formats.h"

#include <QCoreApplication>

#include <array>
#include <mutex>
#include <regex>
#include <string>
#include <unordered_map>

// The checkers are written by hand, each after its RFC's grammar, because no library at hand is
// exact: valijson 1.0 checks only date, time and date-time (and throws on some values, see
// STACK.md); QUrl, even in StrictMode, accepts what RFC 3986 rejects (a non-ASCII host such as
// `http://exämple.com/`, an IRI; tried on Qt 6.4) and has no URI Template grammar;
// QDateTime::fromString(Qt::ISODate) accepts ISO 8601 forms RFC 3339
// excludes (a time without offset) and QHostAddress accepts "1" and "0x7f.1" as IPv4 (tried too). Each
// checker but `regex` (which compiles the pattern) is a single pass without backtracking.

namespace Signalbox::AsyncApi::Formats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxValidation)
};

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUnreserved(char c)
{
    return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

bool isSubDelim(char c)
{
    switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
        return true;
    default:
        return false;
    }
}

/** Whether \a s is made of \a allowed characters and well-formed percent-encodings. */
template<typename Allowed> bool allPctOr(std::string_view s, Allowed allowed)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2]))
                return false;
            i += 2;
        } else if (!allowed(s[i])) {
            return false;
        }
    }
    return true;
}

bool isPchar(char c)
{
    return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@';
}

/** Parses a decimal number of exactly \a digits digits at \a at. */
bool digitsAt(std::string_view s, std::size_t at, std::size_t digits, int &value)
{
    if (at + digits > s.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + digits; ++i) {
        if (!isDigit(s[i]))
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

// RFC 3339 section 5.6 --------------------------------------------------------------------

bool isFullDate(std::string_view s)
{
    int y = 0;
    int m = 0;
    int d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digitsAt(s, 0, 4, y) || !digitsAt(s, 5, 2, m) ||
        !digitsAt(s, 8, 2, d))
        return false;
    if (m < 1 || m > 12 || d < 1)
        return false;
    static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > days[std::size_t(m - 1)])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

bool isFullTime(std::string_view s)
{
    int h = 0;
    int m = 0;
    int sec = 0;
    if (s.size() < 9 || s[2] != ':' || s[5] != ':' || !digitsAt(s, 0, 2, h) || !digitsAt(s, 3, 2, m) ||
        !digitsAt(s, 6, 2, sec))
        return false;
    if (h > 23 || m > 59 || sec > 60)
        return false;
    std::size_t i = 8;
    if (i < s.size() && s[i] == '.') {
        const std::size_t from = ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == from)
            return false;
    }
    if (i >= s.size())
        return false; // RFC 3339 requires the offset
    int offset = 0;   // minutes east of UTC
    if (s[i] == 'Z' || s[i] == 'z') {
        if (i + 1 != s.size())
            return false;
    } else if (s[i] == '+' || s[i] == '-') {
        int oh = 0;
        int om = 0;
        if (s.size() != i + 6 || s[i + 3] != ':' || !digitsAt(s, i + 1, 2, oh) || !digitsAt(s, i + 4, 2, om) ||
            oh > 23 || om > 59)
            return false;
        offset = (s[i] == '+' ? 1 : -1) * (oh * 60 + om);
    } else {
        return false;
    }
    if (sec == 60) {
        // A leap second is inserted at the end of a UTC day only.
        const int utc = ((h * 60 + m - offset) % 1440 + 1440) % 1440;
        return utc == 23 * 60 + 59;
    }
    return true;
}

bool isDateTime(std::string_view s)
{
    return s.size() > 11 && (s[10] == 'T' || s[10] == 't') && isFullDate(s.substr(0, 10)) && isFullTime(s.substr(11));
}

// RFC 1123 host names, RFC 791 and RFC 4291 addresses ---------------------------------------

bool isHostname(std::string_view s)
{
    if (!s.empty() && s.back() == '.')
        s.remove_suffix(1); // the fully qualified form
    if (s.empty() || s.size() > 253)
        return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = s.find('.', start);
        const std::string_view label = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label) {
            if (!(isAlpha(c) || isDigit(c) || c == '-'))
                return false;
        }
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

bool isIpv4(std::string_view s)
{
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        const std::size_t from = i;
        int value = 0;
        while (i < s.size() && isDigit(s[i]) && i - from < 3)
            value = value * 10 + (s[i++] - '0');
        const std::size_t len = i - from;
        if (len == 0 || value > 255 || (len > 1 && s[from] == '0'))
            return false; // leading zeros read as octal by some parsers: refused
        ++parts;
        if (i == s.size())
            return parts == 4;
        if (s[i] != '.' || parts == 4)
            return false;
        ++i;
    }
}

bool isIpv6(std::string_view s)
{
    // Groups of 1-4 hex digits, one "::" at most, an IPv4 address as the last 32 bits.
    int groups = 0;
    bool compressed = false;
    std::size_t i = 0;
    if (s.size() >= 2 && s[0] == ':' && s[1] == ':') {
        compressed = true;
        i = 2;
        if (i == s.size())
            return true;
    } else if (!s.empty() && s[0] == ':') {
        return false;
    }
    while (i < s.size()) {
        std::size_t j = i;
        while (j < s.size() && isHex(s[j]) && j - i < 5)
            ++j;
        if (j < s.size() && s[j] == '.') {
            if (!isIpv4(s.substr(i)))
                return false;
            groups += 2;
            i = s.size();
            break;
        }
        if (j == i || j - i > 4)
            return false;
        ++groups;
        i = j;
        if (i == s.size())
            break;
        if (s[i] != ':')
            return false;
        ++i;
        if (i < s.size() && s[i] == ':') {
            if (compressed)
                return false;
            compressed = true;
            ++i;
            if (i == s.size())
                break;
        } else if (i == s.size()) {
            return false; // a single trailing ':'
        }
    }
    return compressed ? groups <= 7 : groups == 8;
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i]))
            return false;
    }
    return true;
}

// RFC 3986 ----------------------------------------------------------------------------------

bool isScheme(std::string_view s)
{
    if (s.empty() || !isAlpha(s[0]))
        return false;
    for (char c : s) {
        if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.'))
            return false;
    }
    return true;
}

bool isIpvFuture(std::string_view s)
{
    // "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )
    if (s.size() < 4 || (s[0] != 'v' && s[0] != 'V'))
        return false;
    std::size_t i = 1;
    while (i < s.size() && isHex(s[i]))
        ++i;
    if (i == 1 || i >= s.size() || s[i] != '.' || i + 1 == s.size())
        return false;
    for (++i; i < s.size(); ++i) {
        if (!(isUnreserved(s[i]) || isSubDelim(s[i]) || s[i] == ':'))
            return false;
    }
    return true;
}

bool isAuthority(std::string_view s)
{
    if (const std::size_t at = s.find('@'); at != std::string_view::npos) {
        const std::string_view userinfo = s.substr(0, at);
        if (!allPctOr(userinfo, [](char c) { return isUnreserved(c) || isSubDelim(c) || c == ':'; }))
            return false;
        s.remove_prefix(at + 1);
    }
    std::string_view port;
    if (!s.empty() && s[0] == '[') {
        const std::size_t close = s.find(']');
        if (close == std::string_view::npos)
            return false;
        const std::string_view literal = s.substr(1, close - 1);
        if (!isIpv6(literal) && !isIpvFuture(literal))
            return false;
        const std::string_view rest = s.substr(close + 1);
        if (!rest.empty() && rest[0] != ':')
            return false;
        port = rest.empty() ? rest : rest.substr(1);
    } else {
        const std::size_t colon = s.find(':');
        const std::string_view host = s.substr(0, colon);
        if (!allPctOr(host, [](char c) { return isUnreserved(c) || isSubDelim(c); }))
            return false;
        port = colon == std::string_view::npos ? std::string_view() : s.substr(colon + 1);
    }
    for (char c : port) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

/** The part after the scheme's ':' (or a whole relative reference): hier-part/relative-part, query, fragment. */
bool isUriTail(std::string_view s, bool relative)
{
    if (const std::size_t hash = s.find('#'); hash != std::string_view::npos) {
        if (!allPctOr(s.substr(hash + 1), [](char c) { return isPchar(c) || c == '/' || c == '?'; }))
            return false;
        s = s.substr(0, hash);
    }
    if (const std::size_t q = s.find('?'); q != std::string_view::npos) {
        if (!allPctOr(s.substr(q + 1), [](char c) { return isPchar(c) || c == '/' || c == '?'; }))
            return false;
        s = s.substr(0, q);
    }
    std::string_view path = s;
    if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
        const std::size_t slash = s.find('/', 2);
        if (!isAuthority(s.substr(2, slash == std::string_view::npos ? s.npos : slash - 2)))
            return false;
        path = slash == std::string_view::npos ? std::string_view() : s.substr(slash);
    } else if (relative) {
        // path-noscheme: the first segment has no ':' (it would read as a scheme).
        const std::size_t slash = s.find('/');
        if (s.substr(0, slash).find(':') != std::string_view::npos)
            return false;
    }
    return allPctOr(path, [](char c) { return isPchar(c) || c == '/'; });
}

bool isUri(std::string_view s)
{
    const std::size_t colon = s.find(':');
    return colon != std::string_view::npos && isScheme(s.substr(0, colon)) && isUriTail(s.substr(colon + 1), false);
}

bool isUriReference(std::string_view s)
{
    const std::size_t end = s.find_first_of(":/?#");
    if (end != std::string_view::npos && s[end] == ':' && isScheme(s.substr(0, end)))
        return isUriTail(s.substr(end + 1), false);
    return isUriTail(s, true);
}

// RFC 6570 ----------------------------------------------------------------------------------

bool isUriTemplateLiteral(unsigned char c)
{
    // Any character but CTL, SP, DQUOTE, "'", "%" (unless pct-encoded), "<", ">", "\", "^", "`", "{", "|", "}";
    // UTF-8 bytes of ucschar and iprivate are let through.
    if (c <= 0x20 || c == 0x7f)
        return false;
    switch (c) {
    case '"':
    case '\'':
    case '<':
    case '>':
    case '\\':
    case '^':
    case '`':
    case '{':
    case '|':
    case '}':
        return false;
    default:
        return true;
    }
}

bool isVarspec(std::string_view v)
{
    // varname *( ["."] varchar ) with varchar = ALPHA / DIGIT / "_" / pct-encoded, then ":" max-length or "*".
    std::size_t i = 0;
    bool lastDot = true; // a name cannot start with '.'
    bool any = false;
    while (i < v.size() && v[i] != ':' && v[i] != '*') {
        const char c = v[i];
        if (c == '%') {
            if (i + 2 >= v.size() || !isHex(v[i + 1]) || !isHex(v[i + 2]))
                return false;
            i += 3;
            lastDot = false;
        } else if (c == '.') {
            if (lastDot)
                return false;
            lastDot = true;
            ++i;
        } else if (isAlpha(c) || isDigit(c) || c == '_') {
            lastDot = false;
            ++i;
        } else {
            return false;
        }
        any = true;
    }
    if (!any || lastDot)
        return false;
    if (i == v.size())
        return true;
    if (v[i] == '*')
        return i + 1 == v.size();
    const std::string_view length = v.substr(i + 1);
    if (length.empty() || length.size() > 4 || length[0] == '0')
        return false;
    for (char c : length) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool isUriTemplate(std::string_view s)
{
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '{') {
            const std::size_t close = s.find('}', i);
            if (close == std::string_view::npos)
                return false;
            std::string_view expr = s.substr(i + 1, close - i - 1);
            if (!expr.empty() && std::string_view("+#./;?&=,!@|").find(expr[0]) != std::string_view::npos)
                expr.remove_prefix(1);
            std::size_t start = 0;
            while (true) {
                const std::size_t comma = expr.find(',', start);
                if (!isVarspec(expr.substr(start, comma == std::string_view::npos ? expr.npos : comma - start)))
                    return false;
                if (comma == std::string_view::npos)
                    break;
                start = comma + 1;
            }
            i = close;
        } else if (c == '%') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2]))
                return false;
            i += 2;
        } else if (!isUriTemplateLiteral(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

// RFC 5321 mailboxes (RFC 6531 for idn-email) ------------------------------------------------

bool isAtext(unsigned char c, bool international)
{
    if (international && c >= 0x80)
        return true; // UTF-8 of a non-ASCII character
    if (isAlpha(char(c)) || isDigit(char(c)))
        return true;
    return std::string_view("!#$%&'*+-/=?^_`{|}~").find(char(c)) != std::string_view::npos;
}

bool isInternationalHostname(std::string_view s)
{
    // RFC 6531 domains: labels of letters, digits, hyphens and non-ASCII characters (U-labels).
    if (s.empty() || s.size() > 253)
        return false;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = s.find('.', start);
        const std::string_view label = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label) {
            if (!(isAlpha(c) || isDigit(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80))
                return false;
        }
        if (dot == std::string_view::npos)
            return true;
        start = dot + 1;
    }
}

bool isEmail(std::string_view s, bool international)
{
    const std::size_t at = s.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == s.size())
        return false;
    const std::string_view local = s.substr(0, at);
    const std::string_view domain = s.substr(at + 1);
    if (local.size() > 64)
        return false;
    if (local.front() == '"') {
        // quoted-string: printable ASCII but '"' and '\', or a backslash pair.
        if (local.size() < 2 || local.back() != '"')
            return false;
        for (std::size_t i = 1; i + 1 < local.size(); ++i) {
            const auto c = static_cast<unsigned char>(local[i]);
            if (c == '\\') {
                ++i;
                if (i + 1 >= local.size() || static_cast<unsigned char>(local[i]) < 0x20)
                    return false;
            } else if (c == '"' || (c < 0x20 && c != '\t') || (c >= 0x80 && !international)) {
                return false;
            }
        }
    } else {
        // dot-atom: atext runs separated by single dots.
        if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
            return false;
        for (char c : local) {
            if (c != '.' && !isAtext(static_cast<unsigned char>(c), international))
                return false;
        }
    }
    if (domain.front() == '[') {
        if (domain.back() != ']')
            return false;
        const std::string_view literal = domain.substr(1, domain.size() - 2);
        if (literal.substr(0, 5) == "IPv6:")
            return isIpv6(literal.substr(5));
        return isIpv4(literal);
    }
    return international ? isInternationalHostname(domain) : isHostname(domain);
}

// Others ------------------------------------------------------------------------------------

bool isJsonPointer(std::string_view s)
{
    if (s.empty())
        return true;
    if (s[0] != '/')
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '~' && (i + 1 == s.size() || (s[i + 1] != '0' && s[i + 1] != '1')))
            return false;
    }
    return true;
}

bool isRegex(std::string_view s)
{
    // The engine `pattern` is checked with (valijson uses std::regex with its ECMAScript grammar):
    // a pattern valid for this format is one `pattern` can use.
    // Compiling a std::regex costs tens of microseconds or more and documents repeat their
    // patterns (one per schema of a kind): verdicts are kept, process-wide, up to a bound.
    static std::mutex mutex;
    static std::unordered_map<std::string, bool> verdicts;
    constexpr std::size_t MaxKept = 4096;
    std::string key(s);
    {
        std::lock_guard lock(mutex);
        if (const auto it = verdicts.find(key); it != verdicts.end())
            return it->second;
    }
    bool valid = true;
    if (!beyondStdRegex(s)) {
        try {
            const std::regex re(key, std::regex::ECMAScript);
        } catch (const std::regex_error &) {
            valid = false;
        }
    }
    std::lock_guard lock(mutex);
    if (verdicts.size() >= MaxKept)
        verdicts.clear();
    verdicts.emplace(std::move(key), valid);
    return valid;
}

enum class Format {
    Unknown,
    Uri,
    UriReference,
    Email,
    IdnEmail,
    DateTime,
    Date,
    Time,
    Hostname,
    Ipv4,
    Ipv6,
    Uuid,
    Regex,
    UriTemplate,
    JsonPointer,
};

Format formatOf(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, Format>, 14> names{{
        {"uri", Format::Uri},
        {"uri-reference", Format::UriReference},
        {"email", Format::Email},
        {"idn-email", Format::IdnEmail},
        {"date-time", Format::DateTime},
        {"date", Format::Date},
        {"time", Format::Time},
        {"hostname", Format::Hostname},
        {"ipv4", Format::Ipv4},
        {"ipv6", Format::Ipv6},
        {"uuid", Format::Uuid},
        {"regex", Format::Regex},
        {"uri-template", Format::UriTemplate},
        {"json-pointer", Format::JsonPointer},
    }};
    for (const auto &[n, f] : names) {
        if (n == name)
            return f;
    }
    return Format::Unknown;
}

} // namespace

bool beyondStdRegex(std::string_view s)
{
    constexpr int MaxNesting = 64;
    constexpr std::size_t MaxLength = 8192;
    if (s.size() > MaxLength)
        return true;
    for (const std::string_view modern : {"(?<", "\\p{", "\\P{", "\\k<"}) {
        if (s.find(modern) != std::string_view::npos)
            return true;
    }
    int depth = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i; // an escaped character opens nothing
        } else if (s[i] == '(' || s[i] == '[') {
            if (++depth > MaxNesting)
                return true;
        } else if ((s[i] == ')' || s[i] == ']') && depth > 0) {
            --depth;
        }
    }
    return false;
}

bool isChecked(std::string_view format)
{
    return formatOf(format) != Format::Unknown;
}

bool isValid(std::string_view format, std::string_view value)
{
    switch (formatOf(format)) {
    case Format::Unknown:
        return true;
    case Format::Uri:
        return isUri(value);
    case Format::UriReference:
        return isUriReference(value);
    case Format::Email:
        return isEmail(value, false);
    case Format::IdnEmail:
        return isEmail(value, true);
    case Format::DateTime:
        return isDateTime(value);
    case Format::Date:
        return isFullDate(value);
    case Format::Time:
        return isFullTime(value);
    case Format::Hostname:
        return isHostname(value);
    case Format::Ipv4:
        return isIpv4(value);
    case Format::Ipv6:
        return isIpv6(value);
    case Format::Uuid:
        return isUuid(value);
    case Format::Regex:
        return isRegex(value);
    case Format::UriTemplate:
        return isUriTemplate(value);
    case Format::JsonPointer:
        return isJsonPointer(value);
    }
    return true;
}

QString message(std::string_view format, std::string_view value)
{
    QString what;
    switch (formatOf(format)) {
    case Format::Uri:
        what = Tr::tr("URI");
        break;
    case Format::UriReference:
        what = Tr::tr("URI reference");
        break;
    case Format::Email:
    case Format::IdnEmail:
        what = Tr::tr("e-mail address");
        break;
    case Format::DateTime:
        what = Tr::tr("date and time (RFC 3339)");
        break;
    case Format::Date:
        what = Tr::tr("date (RFC 3339)");
        break;
    case Format::Time:
        what = Tr::tr("time with offset (RFC 3339)");
        break;
    case Format::Hostname:
        what = Tr::tr("host name");
        break;
    case Format::Ipv4:
        what = Tr::tr("IPv4 address");
        break;
    case Format::Ipv6:
        what = Tr::tr("IPv6 address");
        break;
    case Format::Uuid:
        what = Tr::tr("UUID");
        break;
    case Format::Regex:
        what = Tr::tr("regular expression");
        break;
    case Format::UriTemplate:
        what = Tr::tr("URI template");
        break;
    case Format::JsonPointer:
        what = Tr::tr("JSON pointer");
        break;
    case Format::Unknown:
        what = QString::fromUtf8(format.data(), qsizetype(format.size()));
        break;
    }
    constexpr qsizetype MaxQuoted = 60;
    QString quoted = QString::fromUtf8(value.data(), qsizetype(value.size()));
    if (quoted.size() > MaxQuoted)
        quoted = quoted.left(MaxQuoted) + QStringLiteral("…");
    // The "(format: …)" tail is the keyword, not prose: it is not translated.
    return Tr::tr("'%1' is not a valid %2").arg(quoted, what) + QStringLiteral(" (format: ") +
           QString::fromUtf8(format.data(), qsizetype(format.size())) + QLatin1Char(')');
}

} // namespace Signalbox::AsyncApi::Formats
