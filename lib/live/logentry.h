// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Signalbox::Live {

/** One record of the live path: a message either way, or something that happened to the connection. */
struct LogEntry
{
    // No enum base here: Qt 6.8's lupdate then loses the classes after it.
    enum class Direction { Incoming, Outgoing, Connection };

    /// What checking the message against the spec said.
    enum class Check { None, Conforms, Invalid, Unknown };

    qint64 timeMs = 0; ///< milliseconds since the epoch, UTC
    Direction direction = Direction::Incoming;
    QString event;        ///< SSE event type, "text"/"binary" for WebSocket, or what happened to the connection
    QByteArray payload;   ///< the message, or its beginning when isCut()
    qint64 fullSize = -1; ///< the message's size when payload holds only its beginning, else -1
    QString eventId;      ///< the SSE event's id
    QString channel;      ///< the spec's channel it travelled on, when known
    QString message;      ///< the matched message of the spec, empty when none
    QString operation;    ///< the spec's operation it belongs to (Live::Traffic says), empty when none
    bool reply = false;   ///< it is a reply of that operation
    Check check = Check::None;
    QStringList errors; ///< validation errors ("/pointer: problem")
    QString status;     ///< a connection detail, or a summary of the check

    /// The message's size in bytes (what it was before it was cut).
    qint64 size() const { return fullSize >= 0 ? fullSize : payload.size(); }
    bool isCut() const { return fullSize >= 0; }
    /// Keeps the first \a maxBytes of the payload (freeing the rest) and remembers its full size.
    void cut(qsizetype maxBytes);
    /// About how much memory the entry holds.
    qsizetype cost() const;
};

} // namespace Signalbox::Live
