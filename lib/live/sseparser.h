// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace Signalbox::Live {

/** One dispatched Server-Sent Event. */
struct SseEvent
{
    QString type;        ///< The `event` field, "message" when absent.
    QString data;        ///< The `data` lines joined with "\n".
    QString lastEventId; ///< The stream's last event ID when this event was dispatched.
    qsizetype bytes =
        0; ///< Raw bytes of the stream since the previous event (the LF of a CRLF ending it counts towards the next).
};

/**
 * The WHATWG "event stream" interpretation (HTML standard, section 9.2.6), written by hand because
 * neither Qt 6.4 nor any Debian 12 library has an event-stream parser: QNetworkReply hands us raw
 * chunks. Bytes may arrive split anywhere, inside a CRLF pair or inside a UTF-8 sequence; lines
 * end with CR, LF or CRLF; one leading byte order mark is skipped; invalid UTF-8 becomes U+FFFD.
 * Fields are `event`, `data`, `id` (ignored when it contains NUL) and `retry` (digits only);
 * others and comments (lines starting with a colon) are ignored, comments are counted. An event
 * is dispatched at an empty line when it has data; an unterminated event at the end of a stream
 * is dropped. A line longer than maxLineBytes() is dropped whole (and counted), and so is an event
 * whose data passes maxEventBytes() (its further lines are skipped up to the empty line that ends
 * it, then it is counted), so a hostile server cannot make the parser buffer without bound: at
 * most about maxLineBytes() + maxEventBytes(). A new stream starts its id buffer from the last
 * event ID (as browsers do), so events without `id` after a reconnection keep the old one.
 */
class SseParser
{
public:
    /// Parses \a chunk and appends the events it completes to \a out.
    void feed(QByteArrayView chunk, std::vector<SseEvent> &out);

    /// The connection ended: forgets the partial line and event. The last event ID and the
    /// reconnection time stay, as the standard asks, for the next connection.
    void endOfStream();

    QString lastEventId() const { return m_lastEventId; }
    /// Set by the user before reconnecting (sent as Last-Event-ID).
    void setLastEventId(const QString &id);

    /// The server's latest valid `retry` value in milliseconds, if any.
    std::optional<qint64> retryMs() const { return m_retryMs; }

    qsizetype commentCount() const { return m_comments; }
    qsizetype droppedLineCount() const { return m_droppedLines; }
    /// Events dropped because their data passed maxEventBytes() (counted when they end).
    qsizetype droppedEventCount() const { return m_droppedEvents; }
    /// Whether the event being read has already passed maxEventBytes() (and is being skipped).
    bool isSkippingEvent() const { return m_overfull; }
    /// Whether the line being read has already passed maxLineBytes() (and is being skipped).
    bool isSkippingLine() const { return m_overlong; }

    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    void setMaxLineBytes(qsizetype bytes) { m_maxLineBytes = bytes; }
    /// The most UTF-8 bytes an event's data may gather (64 MB unless set).
    qsizetype maxEventBytes() const { return m_maxEventBytes; }
    void setMaxEventBytes(qsizetype bytes) { m_maxEventBytes = bytes; }

private:
    void feedBody(QByteArrayView chunk, std::vector<SseEvent> &out);
    void appendPartial(QByteArrayView piece);
    void processLine(QByteArrayView line, std::vector<SseEvent> &out);
    void dispatch(std::vector<SseEvent> &out);

    QByteArray m_line;            // the unterminated line so far
    bool m_skipLeadingLf = false; // the last chunk ended with CR: an LF next belongs to it
    bool m_atStreamStart = true;  // a BOM may still come
    bool m_overlong = false;      // the current line passed the limit and is being skipped

    QString m_eventType;
    QString m_data;
    bool m_hasData = false;
    bool m_overfull = false;   // the event's data passed the limit: skipped until it ends
    qsizetype m_dataBytes = 0; // UTF-8 bytes of the data so far
    qsizetype m_eventBytes = 0;

    QString m_idBuffer;    // the `id` seen in the current stream, published at dispatch
    QString m_lastEventId; // survives reconnections; starts each new stream's id buffer
    std::optional<qint64> m_retryMs;
    qsizetype m_comments = 0;
    qsizetype m_droppedLines = 0;
    qsizetype m_droppedEvents = 0;
    qsizetype m_maxLineBytes = 64 * 1024 * 1024;
    qsizetype m_maxEventBytes = 64 * 1024 * 1024;
};

} // namespace Signalbox::Live
