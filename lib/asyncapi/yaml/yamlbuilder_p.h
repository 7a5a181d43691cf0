// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: what the yaml-cpp event handler (YamlBuilder, yamlbuilder.cpp) shares with the
// two-part parse that merges its results (parallelparse.cpp).

#include <asyncapi/yaml/yamltree.h>

#include <cstdint>
#include <limits>
#include <vector>

namespace Signalbox::AsyncApi {

/** What one parser run over a part of the text gives (YamlDocument::parsePart()). */
struct YamlDocument::PartResult
{
    const YamlNode *root = nullptr;
    int documents = 0;
    bool ok = true;
    Diagnostics diagnostics;
    /// Mappings whose merge keys (`<<`) were expanded, and whether merging went over the budget.
    std::vector<const YamlNode *> mergedMappings;
    bool mergesTooLarge = false;
};

inline std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max() : a + b;
}

/** The error for mapping key \a key that repeats the earlier key \a first. */
Diagnostic duplicateKeyDiagnostic(const YamlDocument &doc, const YamlNode *key, const YamlNode *first);

} // namespace Signalbox::AsyncApi
