// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// What the benchmarks report of their runs.

#include <algorithm>
#include <vector>

namespace Signalbox::Bench {

/** The median of \a v (the upper one of an even count); \a v is not empty. */
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace Signalbox::Bench
