// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <live/logentry.h>

namespace Signalbox {

/**
 * What a mock server has done so far, counted from its log (Live::MockServer::logged): messages
 * sent and received, received ones that did not conform, refused and dropped connections. Also
 * marks the messages the mock made invalid on purpose, which its log says only in the status.
 */
struct MockTally
{
    qint64 sent = 0;
    qint64 invalidSent = 0; ///< of sent: made invalid on purpose ("invalid every N")
    qint64 received = 0;
    qint64 notConforming = 0; ///< of received: invalid or unknown
    qint64 refused = 0;       ///< connections refused (404, 401…)
    qint64 dropped = 0;       ///< connections dropped (on purpose, or a client that does not read)

    /// Counts \a entry, and marks it Invalid when the mock sent it invalid on purpose.
    void add(Live::LogEntry &entry);
    /// Whether the mock's status of \a entry says it was made invalid on purpose.
    static bool isInvalidOnPurpose(const Live::LogEntry &entry);
};

} // namespace Signalbox
