// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "decimal.h"

#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace Signalbox::AsyncApi {

namespace {

__extension__ typedef unsigned __int128 Wide; // GCC and Clang; not ISO C++, hence the marker

/** A decimal number as significant digits (no leading or trailing zeros) times 10^exponent. */
struct Decimal
{
    bool negative = false;
    std::string digits; // empty: zero
    long long exponent = 0;
};

std::optional<Decimal> parse(std::string_view s)
{
    Decimal d;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        d.negative = s[i++] == '-';
    bool any = false;
    bool point = false;
    for (; i < s.size(); ++i) {
        const char c = s[i];
        if (c >= '0' && c <= '9') {
            any = true;
            if (!(d.digits.empty() && c == '0'))
                d.digits += c;
            if (point)
                --d.exponent;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any)
        return std::nullopt;
    if (i < s.size()) {
        if (s[i] != 'e' && s[i] != 'E')
            return std::nullopt;
        ++i;
        long long e = 0;
        bool negativeExponent = false;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            negativeExponent = s[i++] == '-';
        if (i == s.size())
            return std::nullopt;
        for (; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return std::nullopt;
            if (e < 1'000'000'000) // beyond any double: the verdict does not change
                e = e * 10 + (s[i] - '0');
        }
        d.exponent += negativeExponent ? -e : e;
    }
    // Leading zeros after the point were counted in the exponent but not kept as digits.
    while (!d.digits.empty() && d.digits.back() == '0') {
        d.digits.pop_back();
        ++d.exponent;
    }
    return d;
}

} // namespace

bool isDecimalMultiple(std::string_view valueText, std::string_view divisorText)
{
    const auto value = parse(valueText);
    const auto divisor = parse(divisorText);
    if (!value || !divisor || divisor->digits.empty() || divisor->negative)
        return false;
    if (value->digits.empty())
        return true; // zero is a multiple of everything
    // value / divisor = (V / D) x 10^(v - d), with V and D free of trailing zeros. When v < d the
    // quotient is an integer only if D x 10^(d - v) divides V, which would need V to end in a zero.
    if (value->exponent < divisor->exponent)
        return false;
    // D has at most 17 significant digits for a double, 20 for a 64-bit integer: with 128 bits
    // neither r x 10 nor r x r overflows below. Longer divisors are not what documents hold.
    if (divisor->digits.size() > 19)
        return false;
    Wide d = 0;
    for (char c : divisor->digits)
        d = d * 10 + unsigned(c - '0');
    Wide r = 0;
    for (char c : value->digits)
        r = (r * 10 + unsigned(c - '0')) % d;
    // r x 10^k mod d, by squaring: k can be in the hundreds (1e308 against 1e-300) or more.
    Wide base = 10 % d;
    for (long long k = value->exponent - divisor->exponent; k > 0 && r != 0; k >>= 1) {
        if (k & 1)
            r = (r * base) % d;
        base = (base * base) % d;
    }
    return r == 0;
}

std::string decimalText(double value)
{
    // Plain digits where JavaScript prints them so (0.0001, not 1e-04), exponents beyond.
    const double magnitude = std::fabs(value);
    const bool plain = magnitude == 0 || (magnitude >= 1e-7 && magnitude < 1e21);
    char buffer[400];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                      plain ? std::chars_format::fixed : std::chars_format::scientific);
    return std::string(buffer, result.ptr);
}

} // namespace Signalbox::AsyncApi
