// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The standalone driver of the document fuzz targets, for builds without libFuzzer: mutates a seed
// corpus (the project's own documents, and ../shared/corpus when it is there) for a number of
// seconds and feeds every input to LLVMFuzzerTestOneInput. ctest runs each target for a few
// seconds; `packaging/dev.sh fuzz` runs the libFuzzer builds for as long as asked.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace Signalbox::Fuzz {

/** The .yaml, .yml and .json files under \a dirs, each at most \a maxBytes. */
inline std::vector<QByteArray> loadSeeds(const QStringList &dirs, qsizetype maxBytes = 256 * 1024)
{
    std::vector<QByteArray> seeds;
    for (const QString &dir : dirs) {
        QDirIterator it(dir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() <= maxBytes && f.open(QIODevice::ReadOnly))
                seeds.push_back(f.readAll());
        }
    }
    return seeds;
}

/**
 * Feeds mutations of \a seeds to the target for \a seconds: byte flips, insertions of YAML
 * punctuation, deletions, duplicated slices and splices of two seeds. Returns the process exit code.
 */
inline int runMutationDriver(const char *name, double seconds, std::vector<QByteArray> seeds)
{
    if (seeds.empty())
        seeds.push_back(QByteArrayLiteral("asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"));
    std::mt19937 rng(20261130);
    static const char alphabet[] = ":-[]{},#&*!|>'\"\n  \t$ref/~%\xC3\xA9\xFF"
                                   "0123456789";
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    long runs = 0;
    // Every seed once as it is, then mutations until the time is up.
    for (const QByteArray &s : seeds) {
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(s.constData()), std::size_t(s.size()));
        ++runs;
    }
    while (std::chrono::steady_clock::now() < end) {
        QByteArray input = seeds[rng() % seeds.size()];
        const int mutations = 1 + int(rng() % 8);
        for (int m = 0; m < mutations; ++m) {
            const qsizetype at = input.isEmpty() ? 0 : qsizetype(rng() % std::uint32_t(input.size()));
            switch (rng() % 5) {
            case 0:
                input.insert(at, alphabet[rng() % (sizeof alphabet - 1)]);
                break;
            case 1:
                input.remove(at, 1 + qsizetype(rng() % 16));
                break;
            case 2:
                if (!input.isEmpty())
                    input[at] = char(rng());
                break;
            case 3: {
                const qsizetype len = qsizetype(rng() % 64);
                input.insert(at, input.mid(qsizetype(rng() % std::uint32_t(input.size() + 1)), len));
                break;
            }
            default: {
                const QByteArray &other = seeds[rng() % seeds.size()];
                const qsizetype from = other.isEmpty() ? 0 : qsizetype(rng() % std::uint32_t(other.size()));
                input = input.left(at) + other.mid(from);
                break;
            }
            }
        }
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
        ++runs;
    }
    std::printf("%s: %ld inputs in %.1f s, no failure\n", name, runs, seconds);
    return 0;
}

/** Aborts with \a what and the input, percent-encoded, so that the failure can be replayed. */
[[noreturn]] inline void fail(const char *target, const char *what, const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    std::fprintf(stderr, "%s: %s\ninput (percent-encoded): %s\n", target, what, input.toPercentEncoding().constData());
    std::abort();
}

} // namespace Signalbox::Fuzz

/** main() of the standalone driver: `target [SECONDS] [SEED_DIR...]`. */
#define SIGNALBOX_FUZZ_DRIVER_MAIN(name, defaultDirs)                                                                  \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        const double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;                                                    \
        QStringList dirs = defaultDirs;                                                                                \
        for (int i = 2; i < argc; ++i)                                                                                 \
            dirs << QString::fromLocal8Bit(argv[i]);                                                                   \
        return Signalbox::Fuzz::runMutationDriver(name, seconds, Signalbox::Fuzz::loadSeeds(dirs));                    \
    }
