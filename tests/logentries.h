// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Log entries as the live tests write them.

#include <live/logentry.h>

namespace Signalbox::Test {

/** A WebSocket text message of the log: \a name of \a channel (empty: unknown), checked as \a check. */
inline Live::LogEntry message(qint64 timeMs, Live::LogEntry::Direction direction, const QString &channel,
                              const QString &name, const QByteArray &payload,
                              Live::LogEntry::Check check = Live::LogEntry::Check::Conforms)
{
    Live::LogEntry e;
    e.timeMs = timeMs;
    e.direction = direction;
    e.event = QStringLiteral("text");
    e.channel = channel;
    e.message = name;
    e.payload = payload;
    e.check = check;
    return e;
}

} // namespace Signalbox::Test
