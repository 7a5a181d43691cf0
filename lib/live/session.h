// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Signalbox::Live {

struct ConnectionSettings;

/**
 * One live connection of some kind (WebSocketSession, SseSession): its state, open and close,
 * and the signals LiveConnection's worker turns into log entries, the same for every kind, so that
 * it wires a session once whatever its kind. The kinds add signals of their own with what only
 * they know (a WebSocket's close code, an SSE event's fields).
 */
class Session : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    /// Closing: a WebSocket waits for the server's close frame (SSE never closes in steps).
    enum class State { Closed, Connecting, Open, Closing, WaitingToReconnect };
    Q_ENUM(State)

    ~Session() override;

    /// Connects as \a settings say (the parts for this kind).
    virtual void open(const ConnectionSettings &settings) = 0;
    /// Ends the session: no more messages, no reconnection (a WebSocket closes with \a code and \a reason).
    virtual void close(int code = 1000, const QString &reason = {}) = 0;
    /// Sends a message; false when this kind cannot send or the session is not open.
    virtual bool sendText(const QString &message);
    virtual bool sendBinary(const QByteArray &message);
    /// Pings; false when this kind cannot ping or the session is not open.
    virtual bool ping(const QByteArray &payload = {});

    State state() const { return m_state; }

signals:
    void stateChanged(Signalbox::Live::Session::State state);
    /// Open: the SSE response's \a httpStatus (0 for WebSocket), the WebSocket \a subprotocol agreed (may be empty).
    void connected(int httpStatus, const QString &subprotocol);
    /// A message arrived: \a event is "text" or "binary" for WebSocket, the event type for SSE (with its \a eventId).
    void messageArrived(const QString &event, const QByteArray &payload, const QString &eventId);
    /// A ping came back after \a roundTripMs.
    void pongArrived(qint64 roundTripMs);
    /// The connection ended, with the WebSocket's \a closeCode (-1 for SSE) and \a reason; another
    /// attempt follows after \a delayMs, none when -1.
    void ended(int closeCode, const QString &reason, qint64 delayMs);
    /// The connection could not be made, or ended for good (refused, handshake, TLS, bad response).
    void failed(const QString &message);
    /// Certificate errors that TlsOptions::ignoreErrors let pass.
    void tlsWarning(const QString &message);
    /// Something the server sent was dropped (an SSE event or a line over the limit).
    void warning(const QString &message);

protected:
    explicit Session(QObject *parent = nullptr);
    void setState(State state);

private:
    State m_state = State::Closed;
};

} // namespace Signalbox::Live
