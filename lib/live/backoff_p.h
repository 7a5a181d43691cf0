// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Signalbox::Live {

/// No reconnection comes sooner than this, whatever a server's `retry` says (0 included).
inline constexpr qint64 MinReconnectDelayMs = 100;

/// A connection that stayed open this long was a good one: the failures before it are forgotten.
inline constexpr qint64 StableConnectionMs = 2000;

/// The reconnection delay: \a base (at least MinReconnectDelayMs) doubled for each failed attempt
/// in a row, at most \a ceiling (or the base, when that is larger).
inline qint64 backoffDelay(qint64 base, int failedAttempts, qint64 ceiling)
{
    qint64 delay = std::max(base, MinReconnectDelayMs);
    const qint64 limit = std::max(delay, ceiling);
    for (int i = 0; i < failedAttempts && delay < limit; ++i)
        delay *= 2;
    return std::min(delay, limit);
}

} // namespace Signalbox::Live
