// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session.h"
#include "tls.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace Signalbox::Live {

struct WebSocketRequest
{
    QUrl url;                                     ///< ws:// or wss://, query parameters included
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra handshake headers
    QStringList subprotocols;                     ///< offered in Sec-WebSocket-Protocol
    QString origin;                               ///< the Origin header, none when empty
    qint64 maxMessageBytes = 64 * 1024 * 1024;    ///< larger incoming messages close the connection
    bool reconnect = false;                       ///< reconnect after the server or the network ends an open connection
    qint64 retryMs = 1000;                        ///< first reconnection delay, doubled while attempts fail
    qint64 maxRetryMs = 30000;
    TlsOptions tls;
};

/**
 * One WebSocket connection for testing a server (QtWebSockets underneath): handshake headers,
 * subprotocols and origin; text and binary messages; ping with round-trip time; closing with a
 * code and reason, and the server's code and reason when it closes. Without reconnect, a
 * connection that could not be opened fails for good (the message says why). With it, an open one
 * that the server or the network ends is reconnected, and attempts that fail (refused, say, while
 * the server starts or restarts; the first one too) are retried, each delay twice the one before,
 * up to maxRetryMs: a connection counts as good, and the failures before it are forgotten, once it
 * delivered a message or stayed open for two seconds. Certificate errors are never retried, nor is
 * a handshake the server refuses (401, 403…) before the session ever opened.
 */
class WebSocketSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketSession)

public:
    explicit WebSocketSession(QObject *parent = nullptr);
    ~WebSocketSession() override;

    void open(const WebSocketRequest &request);
    /// Opens with the WebSocket parts of \a settings.
    void open(const ConnectionSettings &settings) override;
    /// Closes with \a code (1000: normal) and \a reason; no reconnection follows.
    void close(int code = 1000, const QString &reason = {}) override;

    /// False when not open.
    bool sendText(const QString &message) override;
    bool sendBinary(const QByteArray &message) override;
    bool ping(const QByteArray &payload = {}) override;

    QString subprotocol() const;

signals:
    void opened(const QString &subprotocol);
    void textReceived(const QString &message);
    void binaryReceived(const QByteArray &message);
    void pong(qint64 roundTripMs, const QByteArray &payload);
    /// An open connection ended, or a reconnection attempt failed (code 1006 and why); \a delayMs
    /// until the next attempt, or -1 when none follows.
    void disconnected(int closeCode, const QString &closeReason, qint64 delayMs);

private:
    void connectNow();
    void onDisconnected();
    void dropSocket();

    WebSocketRequest m_request;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    bool m_everOpened = false;     // this attempt opened
    bool m_sessionOpened = false;  // some attempt of this session opened
    bool m_goodConnection = false; // this connection delivered a message or stayed open long enough
    QElapsedTimer m_openedAt;
    bool m_closingByUs = false;
    int m_failedAttempts = 0; // since the last good connection
    QString m_lastError;
    bool m_tlsFailed = false;         // this attempt's certificate was refused
    bool m_requestSent = false;       // this attempt's handshake request went out (the TCP connection stood)
    bool m_handshakeRejected = false; // this attempt's handshake was answered with a refusal
};

} // namespace Signalbox::Live
