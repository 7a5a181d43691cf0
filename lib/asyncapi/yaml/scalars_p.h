// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: scalar typing by the YAML 1.2 core schema (YamlNode::scalarType() is defined beside it).

#include <asyncapi/yaml/yamltree.h>

#include <string_view>

namespace Signalbox::AsyncApi {

/** How a plain (unquoted, untagged) scalar resolves by the YAML 1.2 core schema. */
YamlNode::ScalarType plainScalarType(std::string_view text);

} // namespace Signalbox::AsyncApi
