// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Fuzz target of the SSE parser. Built with clang and SIGNALBOX_LIBFUZZER=ON it is a libFuzzer
// target (LLVMFuzzerTestOneInput); otherwise a standalone driver that mutates a seed corpus for a
// number of seconds (ctest runs it for a few). Each input is fed whole and, from the same bytes,
// cut at points taken from its first bytes: the events must be the same, the state bounded.
#include <live/sseparser.h>

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using Signalbox::Live::SseEvent;
using Signalbox::Live::SseParser;

namespace {

std::vector<SseEvent> parse(QByteArrayView bytes, const std::vector<qsizetype> &cuts)
{
    SseParser parser;
    std::vector<SseEvent> out;
    qsizetype at = 0;
    for (qsizetype cut : cuts) {
        if (cut <= at || cut > bytes.size())
            continue;
        parser.feed(bytes.sliced(at, cut - at), out);
        at = cut;
    }
    parser.feed(bytes.sliced(at), out);
    parser.endOfStream();
    return out;
}

bool same(const std::vector<SseEvent> &a, const std::vector<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].type != b[i].type || a[i].data != b[i].data || a[i].lastEventId != b[i].lastEventId)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::vector<SseEvent> whole = parse(bytes, {});
    std::vector<qsizetype> cuts;
    for (std::size_t i = 0; i < std::min<std::size_t>(size, 8); ++i)
        cuts.push_back(qsizetype(data[i]) * qsizetype(size) / 256);
    std::sort(cuts.begin(), cuts.end());
    if (!same(whole, parse(bytes, cuts))) {
        std::fprintf(stderr, "fuzz_sseparser: events differ when the input is cut\n");
        std::abort();
    }
    for (const SseEvent &e : whole) {
        // Nothing of an event is longer than its input (the type defaults to "message").
        if (e.data.size() > qsizetype(size) || e.type.size() > std::max<qsizetype>(qsizetype(size), 7) ||
            e.lastEventId.contains(QChar(u'\0'))) {
            std::fprintf(stderr, "fuzz_sseparser: impossible event (data %lld, type %lld, id %s) from %s\n",
                         qlonglong(e.data.size()), qlonglong(e.type.size()), qPrintable(e.lastEventId),
                         bytes.toByteArray().toPercentEncoding().constData());
            std::abort();
        }
    }
    return 0;
}

#ifndef SIGNALBOX_LIBFUZZER
int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    const std::vector<QByteArray> seeds = {"data: a\n\n",
                                           "event: chat\ndata: {\"x\": 1}\nid: 7\n\n",
                                           ": comment\r\nretry: 100\r\ndata: x\r\n\r\n",
                                           "\xEF\xBB\xBF"
                                           "data: bom\n\n",
                                           "data: \xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x86\n\n",
                                           QByteArray("id: a\0b\ndata: nul\n\n", 20),
                                           "data\ndata:\ndata: two\n\n",
                                           "event:x\rdata:y\r\r",
                                           "data: \xFF\xFE\x80 bad utf-8\n\n"};
    std::mt19937 rng(20261127);
    const char alphabet[] = "data:event:id:retry: \r\n\n\n:\xEF\xBB\xBF\xC3\xA9\xFF"
                            "0123456789";
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long runs = 0;
    while (std::chrono::steady_clock::now() < end) {
        QByteArray input = seeds[rng() % seeds.size()];
        const int mutations = 1 + int(rng() % 16);
        for (int m = 0; m < mutations; ++m) {
            const int kind = int(rng() % 4);
            const qsizetype at = input.isEmpty() ? 0 : qsizetype(rng() % std::uint32_t(input.size()));
            if (kind == 0)
                input.insert(at, alphabet[rng() % (sizeof alphabet - 1)]);
            else if (kind == 1 && !input.isEmpty())
                input.remove(at, 1 + qsizetype(rng() % 4));
            else if (kind == 2)
                input.append(seeds[rng() % seeds.size()]);
            else if (!input.isEmpty())
                input[at] = char(rng());
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
        ++runs;
    }
    std::printf("fuzz_sseparser: %ld inputs in %.1f s, no failure\n", runs, seconds);
    return 0;
}
#endif
