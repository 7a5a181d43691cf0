// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Signalbox::Live {

/// The reconnection delay: \a base doubled for each failed attempt in a row, at most \a ceiling
/// (or \a base, when that is larger).
inline qint64 backoffDelay(qint64 base, int failedAttempts, qint64 ceiling)
{
    const qint64 limit = std::max(base, ceiling);
    qint64 delay = std::max<qint64>(base, 0);
    for (int i = 0; i < failedAttempts && delay < limit; ++i)
        delay *= 2;
    return std::min(delay, limit);
}

} // namespace Signalbox::Live
