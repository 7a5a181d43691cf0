// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Prints in-process timings for one document: yaml-cpp's node API alone, our event-built tree,
// and the whole analysis (parse, references, schema, rules, model), warm, median of N runs.

#include <asyncapi/analysis.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Signalbox::AsyncApi;

namespace {

double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_analysis FILE [RUNS]\n");
        return 2;
    }
    QFile f(args.at(1));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 2;
    }
    const QByteArray bytes = f.readAll();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    AnalyzeOptions options;
    options.filePath = f.fileName();
    analyze(bytes, options); // warm: schemas loaded once per process

    const std::string text(bytes.constData(), std::size_t(bytes.size()));
    const double nodeApi = medianMs(runs, [&] { YAML::Load(text); });
    const double events = medianMs(runs, [&] { YamlDocument::parse(bytes); });
    bool valid = false;
    const double full = medianMs(runs, [&] { valid = analyze(bytes, options)->isValid(); });
    std::printf("%s: %.2f MB, %s\n", qPrintable(args.at(1)), double(bytes.size()) / 1e6, valid ? "valid" : "invalid");
    std::printf("  yaml-cpp node API (YAML::Load):   %9.2f ms\n", nodeApi);
    std::printf("  our event-built positioned tree:  %9.2f ms\n", events);
    std::printf("  whole analysis, warm (median %d): %9.2f ms\n", runs, full);
    return 0;
}
