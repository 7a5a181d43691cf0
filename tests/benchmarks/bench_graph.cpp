// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Prints the time to build and lay out the graph of a document (median of N runs), as the graph
// pane does it off the GUI thread.
// Usage: bench_graph FILE [RUNS]

#include <asyncapi/analysis.h>
#include <asyncapi/graph/graphmodel.h>
#include <diagram/graphlayout.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Signalbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_graph FILE [RUNS]\n");
        return 2;
    }
    QFile f(args.at(1));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const auto analysis = AsyncApi::analyze(f.readAll());
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    std::vector<double> build;
    std::vector<double> layout;
    AsyncApi::GraphModel model;
    Diagram::GraphLayout result;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        model = AsyncApi::buildGraph(*analysis);
        build.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        result = Diagram::layoutGraph(model);
        layout.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(build.begin(), build.end());
    std::sort(layout.begin(), layout.end());
    std::printf("%s: %lld nodes, %lld edges, layout by %s\n", qPrintable(args.at(1)),
                static_cast<long long>(model.nodes.size()), static_cast<long long>(model.edges.size()),
                qPrintable(result.engine));
    std::printf("  build the graph: %8.2f ms, lay it out: %8.2f ms, together: %8.2f ms (median of %d)\n",
                build[build.size() / 2], layout[layout.size() / 2], build[build.size() / 2] + layout[layout.size() / 2],
                runs);
    return 0;
}
