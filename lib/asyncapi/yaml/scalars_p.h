// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: scalar typing by the YAML 1.2 core schema (YamlNode::scalarType() is defined beside it).

#include <asyncapi/yaml/yamltree.h>

#include <string>
#include <string_view>

namespace Signalbox::AsyncApi {

/** How a plain (unquoted, untagged) scalar resolves by the YAML 1.2 core schema. */
YamlNode::ScalarType plainScalarType(std::string_view text);

/** \a s as a plain YAML scalar when that reads back as the same string, else single-quoted. */
std::string plainOrQuotedScalar(std::string_view s);

/**
 * \a value written as \a like is: single- or double-quoted when \a like (a scalar's text as
 * written) is, else plain when that reads back as \a value, else single-quoted. For edits that
 * keep the author's quoting.
 */
std::string scalarLike(std::string_view like, std::string_view value);

} // namespace Signalbox::AsyncApi
