// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Prints the time to rename a schema that 500 references point to in a generated 1 MB 3.0
// document (median and best of N runs): the plan alone, as the window makes it from the document
// it already read, and with reading the text and its references first, as the command line does.
// Usage: bench_rename [RUNS]

#include "benchstats.h"

#include <asyncapi/refactor/rename.h>
#include <asyncapi/refs/documentset.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace Signalbox::AsyncApi;

namespace {

/** About \a bytes of a 3.0 document whose messages' payloads refer to one schema \a references times. */
std::string generated(std::size_t bytes, int references)
{
    std::string channels = "channels:\n";
    std::string messages = "  messages:\n";
    std::string schemas = "  schemas:\n"
                          "    Shared:\n"
                          "      type: object\n"
                          "      properties:\n"
                          "        id: {type: string}\n";
    for (int i = 0; i < references; ++i) {
        const std::string n = std::to_string(i);
        channels += "  channel" + n + ":\n    address: 'area/" + n + "/events'\n    messages:\n      event" + n +
                    ":\n        $ref: '#/components/messages/event" + n + "'\n";
        messages += "    event" + n + ":\n      payload:\n        $ref: '#/components/schemas/Shared'\n";
    }
    // The rest of the megabyte: schemas nobody renames, as big documents have.
    for (int i = 0; channels.size() + messages.size() + schemas.size() < bytes; ++i) {
        const std::string n = std::to_string(i);
        schemas += "    Filler" + n +
                   ":\n      type: object\n      description: A schema that fills the document to its size.\n"
                   "      properties:\n        value: {type: number, minimum: 0}\n        unit: {type: string}\n";
    }
    return "asyncapi: 3.0.0\ninfo:\n  title: Generated\n  version: '1'\n" + channels + "components:\n" + messages +
           schemas;
}

using Signalbox::Bench::median;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const QByteArray text = QByteArray::fromStdString(generated(1024 * 1024, 500));
    const NamedElement shared{nullptr, {"components", "schemas", "Shared"}};

    std::vector<double> planOnly;
    std::vector<double> withReading;
    std::size_t places = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto doc = YamlDocument::parse(text);
        const DocumentSet set(doc, QString(), LoadOptions{});
        const double read = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const RenamePlan plan = planRename(set, {doc.get(), shared.path}, QStringLiteral("SharedRenamed"));
        const double planned = double(t.nsecsElapsed()) / 1e6;
        if (!plan.error.isEmpty() || plan.files.empty()) {
            std::fprintf(stderr, "bench_rename: %s\n", qPrintable(plan.error));
            return 1;
        }
        places = plan.usages.size();
        planOnly.push_back(planned);
        withReading.push_back(read + planned);
    }
    std::printf("rename a schema of a %.2f MB document, %zu places: plan %.1f ms (best %.1f), with reading the "
                "text %.1f ms (best %.1f), median of %d runs\n",
                double(text.size()) / (1024 * 1024), places, median(planOnly),
                *std::min_element(planOnly.begin(), planOnly.end()), median(withReading),
                *std::min_element(withReading.begin(), withReading.end()), runs);
    return places == 501 ? 0 : 1;
}
