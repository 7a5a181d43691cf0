// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mocktally.h"

namespace Signalbox {

using Live::LogEntry;

void MockTally::add(const LogEntry &entry)
{
    switch (entry.direction) {
    case LogEntry::Direction::Outgoing:
        ++sent;
        if (entry.check == LogEntry::Check::Invalid) // the mock flags what it made invalid on purpose
            ++invalidSent;
        break;
    case LogEntry::Direction::Incoming:
        ++received;
        if (entry.check == LogEntry::Check::Invalid || entry.check == LogEntry::Check::Unknown)
            ++notConforming;
        break;
    case LogEntry::Direction::Connection:
        if (entry.event == QLatin1String("refused"))
            ++refused;
        else if (entry.event == QLatin1String("dropped"))
            ++dropped;
        break;
    }
}

} // namespace Signalbox
