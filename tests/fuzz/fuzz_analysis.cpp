// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Fuzz target of the whole analysis: text → parse, references, schema validation, rules, model,
// graph. Every input must end (no crash, no hang, bounded memory under the fuzzer's limits) with
// diagnostics placed inside the text and a graph whose edges join its nodes.
#include "fuzzdriver.h"

#include <asyncapi/analysis.h>
#include <asyncapi/graph/graphmodel.h>

#include <set>

using namespace Signalbox::AsyncApi;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    AnalyzeOptions options;
    // An untitled document: nothing is read from disk, whatever the input refers to.
    const auto analysis = analyze(text, options);
    if (!analysis)
        Signalbox::Fuzz::fail("fuzz_analysis", "no analysis", data, size);
    const qsizetype utf16Length = QString::fromUtf8(text).size();
    for (const Diagnostic &d : analysis->diagnostics) {
        if (!d.file.isEmpty())
            continue;
        const SourceRange &r = d.range;
        if (r.start.offset < 0 || r.end.offset < r.start.offset || r.end.offset > utf16Length + 1 || r.start.line < 0) {
            const QByteArray what = "a diagnostic lies outside the text: " + d.code.toUtf8() + " at offsets " +
                                    QByteArray::number(r.start.offset) + "-" + QByteArray::number(r.end.offset) +
                                    ", line " + QByteArray::number(r.start.line) + ", text length " +
                                    QByteArray::number(utf16Length);
            Signalbox::Fuzz::fail("fuzz_analysis", what.constData(), data, size);
        }
        if (d.message.isEmpty() || d.code.isEmpty())
            Signalbox::Fuzz::fail("fuzz_analysis", "a diagnostic without message or code", data, size);
    }
    if (analysis->spec) {
        const GraphModel graph = buildGraph(*analysis);
        std::set<QString> ids;
        for (const GraphNode &n : graph.nodes)
            ids.insert(n.id);
        for (const GraphEdge &e : graph.edges) {
            if (!ids.count(e.from) || !ids.count(e.to))
                Signalbox::Fuzz::fail("fuzz_analysis", "a graph edge joins unknown nodes", data, size);
        }
    }
    return 0;
}

#ifndef SIGNALBOX_LIBFUZZER
SIGNALBOX_FUZZ_DRIVER_MAIN("fuzz_analysis", SIGNALBOX_FUZZ_SEED_DIRS)
#endif
