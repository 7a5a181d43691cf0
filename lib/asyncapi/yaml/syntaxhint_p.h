// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: plainer words, and the line that causes it, for a YAML syntax error (yamlbuilder.cpp).

#include <QString>

#include <cstddef>
#include <optional>
#include <string>

namespace Signalbox::AsyncApi {

struct SyntaxHint
{
    std::size_t at = 0;  ///< Byte offset of what causes the error.
    std::size_t end = 0; ///< Byte offset where that ends.
    QString message;     ///< What is wrong, in plain words.
};

/**
 * The cause of the syntax error the parser reported at byte \a errorAt of \a text (read from
 * \a begin): the first line up to the error line that breaks the block structure (indented
 * between two levels, below a key whose value is on its line, with a tab, text without `key:`),
 * or a flow collection or quote left open before it. None when no such cause is found.
 */
std::optional<SyntaxHint> explainSyntaxError(const std::string &text, std::size_t begin, std::size_t errorAt);

/** "This quote is not closed …", for a quoted scalar that runs on to the end (yaml-cpp accepts it there). */
QString unclosedQuoteMessage(char quote);

} // namespace Signalbox::AsyncApi
