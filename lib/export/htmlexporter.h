// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <QString>

namespace Signalbox::Export {

struct HtmlExportOptions
{
    /// A folder with page.mustache, style.css and script.js overriding the bundled ones (any of them).
    QString templateDir;
};

/**
 * Renders an analysed document as one self-contained HTML page: CSS and script inline, no
 * network access, a Content-Security-Policy that lets only our own script run. Every text is
 * escaped, Markdown goes through md4c with raw HTML off, and links other than http, https, mailto
 * and anchors are dropped. A document with errors still renders what it can, errors listed on top.
 * Returns an empty string and sets \a error when the templates cannot be used.
 */
QString exportHtml(const AsyncApi::Analysis &analysis, const HtmlExportOptions &options = {}, QString *error = nullptr);

/** Markdown (GitHub dialect) to safe HTML: no raw HTML, only http/https/mailto/# links. */
QString markdownToHtml(const QString &markdown);

} // namespace Signalbox::Export
