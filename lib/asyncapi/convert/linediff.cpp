// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "linediff.h"

#include <QHash>
#include <QSet>

namespace Signalbox::AsyncApi {

namespace {

LineDiff approximate(const QStringList &before, const QStringList &after)
{
    LineDiff out;
    out.approximate = true;
    const QSet<QString> a(before.cbegin(), before.cend());
    const QSet<QString> b(after.cbegin(), after.cend());
    for (const QString &line : before)
        out.removed.push_back(!b.contains(line));
    for (const QString &line : after)
        out.added.push_back(!a.contains(line));
    return out;
}

} // namespace

LineDiff diffLines(const QStringList &before, const QStringList &after, int maxEdits)
{
    LineDiff out;
    out.removed.assign(std::size_t(before.size()), false);
    out.added.assign(std::size_t(after.size()), false);
    // Lines as numbers, and what both texts begin and end with set aside.
    QHash<QString, int> ids;
    auto idsOf = [&ids](const QStringList &lines) {
        std::vector<int> v;
        v.reserve(std::size_t(lines.size()));
        for (const QString &l : lines)
            v.push_back(*ids.insert(l, ids.value(l, int(ids.size()))));
        return v;
    };
    const std::vector<int> a = idsOf(before);
    const std::vector<int> b = idsOf(after);
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const int n = int(a.size() - head - tail);
    const int m = int(b.size() - head - tail);
    auto A = [&](int i) { return a[head + std::size_t(i)]; };
    auto B = [&](int j) { return b[head + std::size_t(j)]; };

    const int offset = n + m + 1;
    std::vector<int> v(std::size_t(2 * offset + 1), 0);
    std::vector<std::vector<int>> trace; // v[-d..d] after each d
    int found = -1;
    for (int d = 0; d <= std::min(maxEdits, n + m) && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[std::size_t(offset + k - 1)] < v[std::size_t(offset + k + 1)]))
                        ? v[std::size_t(offset + k + 1)]
                        : v[std::size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[std::size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (found < 0)
        return approximate(before, after);
    // Back from the end along the path, marking each step off the diagonal.
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[std::size_t(d - 1)]; // v[-(d-1)..d-1]
        auto at = [&prev, d](int k) { return prev[std::size_t(k + d - 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        if (down)
            out.added[head + std::size_t(prevY)] = true; // an insertion of b[prevY]
        else
            out.removed[head + std::size_t(prevX)] = true; // a deletion of a[prevX]
        x = prevX;
        y = prevY;
    }
    return out;
}

} // namespace Signalbox::AsyncApi
