// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: where a big document is cut to be parsed in two parts on two threads (the parts are
// merged by YamlDocument::parseInTwoParts(), parallelparse.cpp).

#include <cstddef>
#include <string>

namespace Signalbox::AsyncApi {

/** Texts shorter than this are parsed in one part. */
constexpr std::size_t ParallelParseFrom = 256 * 1024;

/** Where to cut a big document in two parts that parse on their own. */
struct Cut
{
    std::size_t at = std::string::npos;
    /// False: at a top-level key, the parts' roots are merged. True: at a key of the last
    /// top-level key's block mapping, whose two halves are merged.
    bool nested = false;
    explicit operator bool() const { return at != std::string::npos; }
};

/**
 * Cuts a big block-mapping document near its middle: at a top-level key (a line starting in
 * column 0 that is not a comment, a sequence item or a marker) when one is near enough, else
 * inside the last top-level key's block mapping (often `components`, most of a big document).
 */
Cut findCut(const std::string &text);

} // namespace Signalbox::AsyncApi
