// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <string_view>

namespace Signalbox::AsyncApi::Formats {

/**
 * Whether the library checks the JSON Schema `format` \a format: uri, uri-reference, email,
 * idn-email, date-time, date, time, hostname, ipv4, ipv6, uuid, regex, uri-template and
 * json-pointer. Other formats are annotations only, as JSON Schema allows.
 */
bool isChecked(std::string_view format);

/**
 * Whether std::regex cannot judge the pattern \a s: ECMAScript syntax newer than its grammar (named
 * groups, lookbehind, Unicode property escapes), or nesting or length that would overflow its
 * recursive compiler's stack. Such a pattern is neither valid nor invalid for us: it is not checked.
 */
bool beyondStdRegex(std::string_view s);

/** Whether the UTF-8 string \a value is valid for \a format; true for a format that is not checked. */
bool isValid(std::string_view format, std::string_view value);

/** What is wrong with \a value, e.g. "'not a uri' is not a valid URI (format: uri)". */
QString message(std::string_view format, std::string_view value);

} // namespace Signalbox::AsyncApi::Formats
