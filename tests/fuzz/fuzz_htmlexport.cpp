// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Fuzz target of the HTML export: text → analysis → page. Every input must give a page (or a
// clear error) in bounded time and memory, and no text of the document may become markup: the
// page holds exactly the one script element of the template, whatever the document says.
#include "fuzzdriver.h"

#include <asyncapi/analysis.h>
#include <export/htmlexporter.h>

using namespace Signalbox;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto analysis = AsyncApi::analyze(text, AsyncApi::AnalyzeOptions{});
    QString error;
    const QString html = Export::exportHtml(*analysis, {}, &error);
    if (html.isEmpty() && error.isEmpty())
        Fuzz::fail("fuzz_htmlexport", "no page and no error", data, size);
    if (html.count(QStringLiteral("<script"), Qt::CaseInsensitive) > 1)
        Fuzz::fail("fuzz_htmlexport", "document text became a script element", data, size);
    // The page grows with the document, within a budget: tables and samples are cut, not multiplied.
    if (html.size() > 64 * 1024 * 1024 + 200 * qsizetype(size))
        Fuzz::fail("fuzz_htmlexport", "the page is out of proportion to the document", data, size);
    return 0;
}

#ifndef SIGNALBOX_LIBFUZZER
SIGNALBOX_FUZZ_DRIVER_MAIN("fuzz_htmlexport", SIGNALBOX_FUZZ_SEED_DIRS)
#endif
