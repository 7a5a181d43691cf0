// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logentry.h"

namespace Signalbox::Live {

void LogEntry::cut(qsizetype maxBytes)
{
    if (payload.size() <= maxBytes)
        return;
    if (fullSize < 0)
        fullSize = payload.size();
    // Not inside a UTF-8 sequence: the beginning of a text stays text.
    auto continuation = [this](qsizetype at) { return (uchar(payload.at(at)) & 0xC0) == 0x80; };
    qsizetype end = maxBytes;
    while (end > 0 && maxBytes - end < 3 && continuation(end))
        --end;
    if (continuation(end)) // not UTF-8 there anyway
        end = maxBytes;
    payload = QByteArray(payload.constData(), end); // a copy of its own: the rest is freed
}

qsizetype LogEntry::cost() const
{
    qsizetype strings =
        event.size() + eventId.size() + message.size() + channel.size() + operation.size() + status.size();
    for (const QString &e : errors)
        strings += e.size() + 8;
    return qsizetype(sizeof(LogEntry)) + payload.size() + 2 * strings;
}

} // namespace Signalbox::Live
