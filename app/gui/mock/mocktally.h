// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <live/logentry.h>

namespace Signalbox {

/**
 * What a mock server has done so far, counted from its log (Live::MockServer::logged): messages
 * sent (and of them, those it made invalid on purpose), received and of them those that did not
 * conform, refused and dropped connections.
 */
struct MockTally
{
    qint64 sent = 0;
    qint64 invalidSent = 0; ///< of sent: made invalid on purpose ("invalid every N")
    qint64 received = 0;
    qint64 notConforming = 0; ///< of received: invalid or unknown
    qint64 refused = 0;       ///< connections refused (404, 401…)
    qint64 dropped = 0;       ///< connections dropped (on purpose, or a client that does not read)

    void add(const Live::LogEntry &entry);
};

} // namespace Signalbox
