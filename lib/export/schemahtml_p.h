// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: schemas as readable nested tables, and samples generated from them.

#include <asyncapi/refs/documentset.h>

#include <QString>

#include <string_view>

namespace Signalbox::Export::Detail {

/**
 * What one exported page may still write. References make a DAG that tables and samples expand
 * into a tree, exponential in a small document (10 properties x 8 levels: 10^8 rows): every table
 * and sample of a page draws from this, and one that runs out ends with a "truncated" note. Rows
 * and values alone do not bound a page (a fan-out to one long string: 2,000 values of 100 KB), so
 * each block and the page also count the characters they write (strings as escaped for HTML).
 * A block that finds the page's budget spent writes nothing and sets truncated, for one note on
 * the page instead of one per block.
 */
struct ExportBudget
{
    static constexpr qsizetype RowsPerTable = 2'000;
    static constexpr qsizetype ValuesPerSample = 2'000;
    static constexpr qsizetype ValuesPerJson = 20'000;
    /// A 1 MB document exports to about 4 MB in all; its biggest block is well under this.
    static constexpr qsizetype BytesPerBlock = 1 << 20;
    qsizetype rows = 50'000;
    qsizetype sampleValues = 50'000;
    qsizetype jsonValues = 200'000;
    qsizetype bytes = 8 << 20;
    bool truncated = false; ///< Some block was left out because the page's budget was spent.
};

/** A JSON Schema (references followed, recursion and size bounded) as an HTML table. */
QString schemaTable(const AsyncApi::DocumentSet &set, AsyncApi::NodeRef schema, ExportBudget *budget = nullptr);

/** A pretty-printed JSON sample that the schema accepts, as far as it can tell (size bounded). */
QString sampleFor(const AsyncApi::DocumentSet &set, AsyncApi::NodeRef schema, ExportBudget *budget = nullptr);

/** The note that ends a table, sample or JSON text cut short by its budget. */
QString truncatedNote();

/** The note, once on a page, that blocks were left out because the page's budget was spent. */
QString pageTruncatedNote();

/** What \a text costs written into the page: its bytes, HTML-escaped. */
qsizetype htmlCost(std::string_view text);

/** A YAML subtree as pretty-printed JSON (for examples and bindings), size bounded. */
QString prettyJson(const AsyncApi::DocumentSet &set, AsyncApi::NodeRef node, ExportBudget *budget = nullptr);

QString escape(const QString &text);

} // namespace Signalbox::Export::Detail
