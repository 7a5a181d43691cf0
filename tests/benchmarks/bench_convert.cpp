// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Prints the time to upgrade a 2.6 document to 3.0 (median and best of N runs), as File → Upgrade
// to AsyncAPI 3 and `signalbox-cli convert` do it. Without FILE, it writes a 2.6 document of about
// MB megabytes itself (no 2.x generator exists beside the oracle's, which writes 3.0): servers with
// security, channels with parameters, both verbs, oneOf messages, component messages and schemas,
// comments, quoting and bindings, so that every rewrite of the converter runs.
// Usage: bench_convert [FILE | --mb MB] [RUNS]

#include "benchstats.h"

#include <asyncapi/analysis.h>
#include <asyncapi/convert/converter.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

using namespace Signalbox;

namespace {

std::string generated(double megabytes)
{
    const std::size_t target = std::size_t(megabytes * 1024 * 1024);
    std::string out = "# A generated 2.6 document (bench_convert).\n"
                      "asyncapi: '2.6.0'\n"
                      "id: 'urn:example:bench'\n"
                      "info:\n"
                      "  title: Generated   # for the benchmark\n"
                      "  version: 1.0.0\n"
                      "tags:\n"
                      "  - name: generated\n"
                      "servers:\n"
                      "  production:\n"
                      "    url: 'wss://events.example.com:443/v1'\n"
                      "    protocol: wss\n"
                      "    security:\n"
                      "      - token: []\n"
                      "  staging:\n"
                      "    url: ws://staging.example.com/{stage}\n"
                      "    protocol: ws\n"
                      "    variables:\n"
                      "      stage:\n"
                      "        default: blue\n"
                      "channels:\n";
    std::string components = "components:\n"
                             "  securitySchemes:\n"
                             "    token:\n"
                             "      type: httpApiKey\n"
                             "      name: token\n"
                             "      in: query\n"
                             "  messages:\n";
    std::string schemas = "  schemas:\n";
    for (int i = 0; out.size() + components.size() + schemas.size() < target; ++i) {
        const std::string n = std::to_string(i);
        out += "  # Events of area " + n +
               ".\n"
               "  'area/" +
               n +
               "/{deviceId}/events':\n"
               "    description: Events of the devices of area " +
               n +
               ".\n"
               "    parameters:\n"
               "      deviceId:\n"
               "        description: The device.\n"
               "        schema:\n"
               "          type: string\n"
               "          enum: [a" +
               n + ", b" + n +
               "]\n"
               "    publish:\n"
               "      operationId: onArea" +
               n +
               "Event\n"
               "      summary: A device of area " +
               n +
               " reports.   # what comes in\n"
               "      bindings:\n"
               "        ws:\n"
               "          bindingVersion: 0.1.0\n"
               "      message:\n"
               "        oneOf:\n"
               "          - $ref: '#/components/messages/reading" +
               n +
               "'\n"
               "          - messageId: alarm" +
               n +
               "\n"
               "            name: alarm\n"
               "            contentType: application/json\n"
               "            correlationId:\n"
               "              location: $message.payload#/id\n"
               "            payload:\n"
               "              type: object\n"
               "              required: [id, level]\n"
               "              properties:\n"
               "                id: {type: string, format: uuid}\n"
               "                level: {type: integer, minimum: 0, maximum: 5}\n"
               "    subscribe:\n"
               "      summary: Commands to the devices of area " +
               n +
               ".\n"
               "      message:\n"
               "        $ref: '#/components/messages/command" +
               n + "'\n";
        components += "    reading" + n +
                      ":\n"
                      "      name: reading\n"
                      "      title: \"Reading " +
                      n +
                      "\"\n"
                      "      payload:\n"
                      "        $ref: '#/components/schemas/reading" +
                      n +
                      "'\n"
                      "      examples:\n"
                      "        - payload: {value: 21.5, unit: C}\n"
                      "    command" +
                      n +
                      ":\n"
                      "      name: command\n"
                      "      payload:\n"
                      "        type: object\n"
                      "        properties:\n"
                      "          action: {type: string, enum: ['on', 'off']}\n";
        schemas += "    reading" + n +
                   ":\n"
                   "      type: object\n"
                   "      properties:\n"
                   "        value: {type: number}\n"
                   "        unit: {type: string, enum: [C, F]}   # Celsius or Fahrenheit\n";
    }
    return out + components + schemas;
}

using Signalbox::Bench::median;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QByteArray input;
    QString name;
    int next = 1;
    if (args.size() > 2 && args.at(1) == QLatin1String("--mb")) {
        const double mb = args.at(2).toDouble();
        if (!(mb > 0 && mb <= 256)) {
            std::fprintf(stderr, "bench_convert: --mb takes a size from 0 to 256\n");
            return 2;
        }
        input = QByteArray::fromStdString(generated(mb));
        name = QStringLiteral("generated 2.6");
        next = 3;
    } else if (args.size() > 1 && !args.at(1).front().isDigit()) {
        QFile f(args.at(1));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_convert: cannot read %s\n", qPrintable(args.at(1)));
            return 2;
        }
        input = f.readAll();
        name = args.at(1).section(QLatin1Char('/'), -1);
        next = 2;
    } else {
        input = QByteArray::fromStdString(generated(1));
        name = QStringLiteral("generated 2.6");
    }
    const int runs = args.size() > next ? std::max(1, args.at(next).toInt()) : 10;

    std::vector<double> ms;
    AsyncApi::ConvertResult result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        result = AsyncApi::convertDocument(input);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (result.text.isEmpty()) {
        std::fprintf(stderr, "bench_convert: not converted: %s\n", qPrintable(result.error));
        return 1;
    }
    // The result is checked once, outside the timing: a fast wrong answer is no figure.
    const auto before = AsyncApi::analyze(input);
    const auto after = AsyncApi::analyze(result.text);
    const bool valid = after->isValid() || !before->isValid();
    std::printf("convert %s, %.2f MB 2.x -> 3.0 (%lld operations): median %.1f ms, best %.1f ms over %d runs; "
                "result %s\n",
                qPrintable(name), double(input.size()) / (1024 * 1024),
                qlonglong(after->spec ? after->spec->operations.size() : 0), median(ms),
                *std::min_element(ms.begin(), ms.end()), runs, valid ? "valid" : "HAS ERRORS");
    return valid ? 0 : 1;
}
