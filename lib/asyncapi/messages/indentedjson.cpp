// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "indentedjson.h"

#include <nlohmann/json.hpp>

namespace Signalbox::AsyncApi {

namespace {

/**
 * The deepest nesting of arrays and objects in \a text, strings skipped. Written here because the
 * serializer recurses once per level: a hostile message of a million '[' must not reach it.
 */
int nestingDepth(const QByteArray &text)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

std::optional<QByteArray> indentedJson(const QByteArray &text, int indent)
{
    if (nestingDepth(text) > MaxIndentedJsonDepth)
        return std::nullopt;
    // ordered_json keeps the keys as they came.
    const nlohmann::ordered_json value =
        nlohmann::ordered_json::parse(text.constBegin(), text.constEnd(), nullptr, false);
    if (value.is_discarded())
        return std::nullopt;
    const std::string out = value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace Signalbox::AsyncApi
