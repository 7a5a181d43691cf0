// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

#include <QString>

#include <optional>

namespace Signalbox::AsyncApi {

/** Where a jump lands: a document of a DocumentSet and a UTF-16 offset in its text. */
struct JumpTo
{
    bool inMainDocument = true; ///< The target is in the main document; otherwise open \c file.
    QString file;               ///< The target document's file name.
    qsizetype offset = 0;       ///< UTF-16 offset in that document's text.
};

/** The value of the `$ref` written on \a line (YAML or JSON, quoted or not), or an empty string. */
QString refOnLine(const QString &line);

/**
 * Where `$ref` \a ref, written in the main document of \a set, points: the key that defines the
 * target when the pointer names one (`channels/orders` lands on `orders:`), else the target node
 * itself. Nullopt when the reference does not resolve.
 */
std::optional<JumpTo> definitionOf(const DocumentSet &set, const QString &ref);

} // namespace Signalbox::AsyncApi
