// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

#include <QStringList>

namespace Signalbox::AsyncApi {

/** AsyncAPI versions whose official JSON Schema is embedded, e.g. "2.6.0", "3.0.0". */
QStringList supportedSchemaVersions();

/**
 * Validates the main document of \a set, `$ref`s resolved, against the official JSON Schema of
 * \a version, with valijson. Each error lands on the node it is about (in whichever file), with a
 * readable message; valijson's wrapper errors are folded away. \a budget bounds the nodes the
 * resolved document may have; beyond it the document is validated with its references unresolved.
 */
Diagnostics validateAgainstOfficialSchema(const DocumentSet &set, const QString &version, std::uint64_t budget);

/**
 * Validates \a instance against the JSON Schema at \a schema (e.g. a message example against
 * its payload). Diagnostics get \a code and their message is prefixed by \a what. Local
 * references of the schema resolve against the main document, recursive ones included.
 */
Diagnostics validateInstance(const DocumentSet &set, NodeRef instance, NodeRef schema, const QString &code,
                             const QString &what);

} // namespace Signalbox::AsyncApi
