// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: schemas as readable nested tables, and samples generated from them.

#include <asyncapi/refs/documentset.h>

#include <QString>

namespace Signalbox::Export::Detail {

/** A JSON Schema (references followed, recursion bounded) as an HTML table. */
QString schemaTable(const AsyncApi::DocumentSet &set, AsyncApi::NodeRef schema);

/** A pretty-printed JSON sample that the schema accepts, as far as it can tell. */
QString sampleFor(const AsyncApi::DocumentSet &set, AsyncApi::NodeRef schema);

/** A YAML subtree as pretty-printed JSON (for examples and bindings). */
QString prettyJson(const AsyncApi::DocumentSet &set, AsyncApi::NodeRef node);

QString escape(const QString &text);

} // namespace Signalbox::Export::Detail
