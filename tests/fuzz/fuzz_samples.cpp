// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Fuzz target of sample generation and message checking: text → analysis → for every message of
// every channel, the composer's first body and headers (examples or a sample from the schema),
// which must be JSON within the sample budget, then the matcher checking that body.
#include "fuzzdriver.h"

#include <asyncapi/analysis.h>
#include <asyncapi/messages/messagematcher.h>
#include <asyncapi/messages/samples.h>

#include <nlohmann/json.hpp>

using namespace Signalbox::AsyncApi;

namespace {
// Generous: the generator's own budget is far below this; a sample bomb would pass it by orders of magnitude.
constexpr qsizetype MaxSampleBytes = 16 * 1024 * 1024;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto analysis = analyze(text, AnalyzeOptions{});
    if (!analysis->spec || !analysis->documents)
        return 0;
    const DocumentSet &set = *analysis->documents;
    for (const Channel &channel : analysis->spec->channels) {
        for (const Message &message : channel.messages) {
            for (const QByteArray &body : {initialMessageBody(set, message), initialMessageHeaders(set, message)}) {
                if (body.size() > MaxSampleBytes)
                    Signalbox::Fuzz::fail("fuzz_samples", "a sample over its budget", data, size);
                if (!body.isEmpty() && !nlohmann::json::accept(body.constData(), body.constData() + body.size()))
                    Signalbox::Fuzz::fail("fuzz_samples", "a sample that is not JSON", data, size);
            }
        }
        const MessageMatcher matcher(set, channel.messages);
        for (const Message &message : channel.messages)
            (void)matcher.check(initialMessageBody(set, message));
    }
    return 0;
}

#ifndef SIGNALBOX_LIBFUZZER
SIGNALBOX_FUZZ_DRIVER_MAIN("fuzz_samples", SIGNALBOX_FUZZ_SEED_DIRS)
#endif
