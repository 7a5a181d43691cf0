// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/yaml/yamltree.h>

#include <QString>

#include <string>

namespace Signalbox::AsyncApi {

/**
 * Reformats a parsed document as JSON (2-space indentation) or as block YAML, keeping the order
 * of keys and the type of every scalar (a string that would read as a number is quoted).
 * Comments and anchors do not survive (aliases and merge keys are expanded). Returns an empty string when the
 * document has no root or its aliases expand too far. The content is not touched: this is not a
 * conversion between AsyncAPI versions.
 */
QString reformatToJson(const YamlDocument &doc);
QString reformatToYaml(const YamlDocument &doc);
/** \a node as block YAML (2-space indentation, no final line break), as reformatToYaml() writes it. */
std::string blockYamlOf(const YamlNode *node);

} // namespace Signalbox::AsyncApi
