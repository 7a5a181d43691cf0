// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace Signalbox::AsyncApi {

/// Nesting deeper than this is not indented (shown as it came).
inline constexpr int MaxIndentedJsonDepth = 256;

/**
 * \a text, when it is one JSON value, indented by \a indent spaces per level with its object keys
 * in the order they came (not sorted, as QJsonDocument does), its numbers as written where they
 * fit 64 bits and its strings as UTF-8; std::nullopt when it is not JSON or nests deeper than
 * MaxIndentedJsonDepth.
 */
std::optional<QByteArray> indentedJson(const QByteArray &text, int indent = 4);

} // namespace Signalbox::AsyncApi
