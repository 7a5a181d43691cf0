// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "websocketsession.h"

#include "backoff_p.h"
#include "connectionsettings.h"

#include <QNetworkRequest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Signalbox::Live {

WebSocketSession::WebSocketSession(QObject *parent)
    : Session(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &WebSocketSession::connectNow);
}

WebSocketSession::~WebSocketSession()
{
    dropSocket();
}

void WebSocketSession::open(const WebSocketRequest &request)
{
    m_reconnectTimer.stop();
    dropSocket();
    m_request = request;
    m_failedAttempts = 0;
    m_sessionOpened = false;
    connectNow();
}

void WebSocketSession::open(const ConnectionSettings &settings)
{
    WebSocketRequest r;
    r.url = settings.url;
    r.headers = settings.headers;
    r.subprotocols = settings.subprotocols;
    r.origin = settings.origin;
    r.maxMessageBytes = settings.maxMessageBytes;
    r.reconnect = settings.reconnect;
    r.tls = settings.tls;
    open(r);
}

void WebSocketSession::close(int code, const QString &reason)
{
    m_reconnectTimer.stop();
    if (m_socket && state() == State::Open) {
        m_closingByUs = true;
        setState(State::Closing);
        m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
        return;
    }
    dropSocket();
    setState(State::Closed);
}

void WebSocketSession::connectNow()
{
    dropSocket();
    m_socket = std::make_unique<QWebSocket>(m_request.origin);
    QWebSocket *socket = m_socket.get();
    socket->setMaxAllowedIncomingMessageSize(quint64(m_request.maxMessageBytes));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_request.maxMessageBytes));
    m_everOpened = false;
    m_goodConnection = false;
    m_closingByUs = false;
    m_lastError.clear();
    m_tlsFailed = false;
    m_requestSent = false;
    m_handshakeRejected = false;

    connect(socket, &QWebSocket::connected, this, [this] {
        m_everOpened = true;
        m_sessionOpened = true;
        m_openedAt.start();
        setState(State::Open);
        emit opened(subprotocol());
        emit connected(0, subprotocol());
    });
    connect(socket, &QWebSocket::disconnected, this, &WebSocketSession::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        m_goodConnection = true;
        emit textReceived(message);
        emit messageArrived(QStringLiteral("text"), message.toUtf8(), QString());
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        m_goodConnection = true;
        emit binaryReceived(message);
        emit messageArrived(QStringLiteral("binary"), message, QString());
    });
    connect(socket, &QWebSocket::pong, this, [this](quint64 elapsed, const QByteArray &payload) {
        emit pong(qint64(elapsed), payload);
        emit pongArrived(qint64(elapsed));
    });
    // Something was written once the TCP connection stood: the handshake request.
    connect(socket, &QWebSocket::bytesWritten, this, [this] { m_requestSent = true; });
    auto onError = [this](QAbstractSocket::SocketError error) {
        // A refusal after the request went out is the server's answer (401, 403…), not a closed port.
        if (error == QAbstractSocket::ConnectionRefusedError && m_requestSent)
            m_handshakeRejected = true;
        if (!m_tlsFailed) // the certificate's story beats "handshake failed"
            m_lastError = m_socket->errorString();
    };
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, onError);
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, onError);
#endif

    if (m_request.url.scheme() == QLatin1String("wss")) {
        QString caError;
        socket->setSslConfiguration(sslConfiguration(m_request.tls, &caError));
        if (!caError.isEmpty()) {
            dropSocket();
            setState(State::Closed);
            emit failed(caError);
            return;
        }
        connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            const TlsVerdict verdict = judgeSslErrors(errors, m_request.tls);
            if (verdict.ignore)
                m_socket->ignoreSslErrors();
            m_tlsFailed = !verdict.ignore;
            if (verdict.ignore)
                emit tlsWarning(verdict.message);
            else
                m_lastError = verdict.message;
        });
    }

    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_request.subprotocols);
    setState(State::Connecting);
    socket->open(request, options);
}

void WebSocketSession::onDisconnected()
{
    int code = int(m_socket->closeCode());
    QString reason = m_socket->closeReason();
    if (!m_lastError.isEmpty() && !m_closingByUs && reason.isEmpty() && code == QWebSocketProtocol::CloseCodeNormal) {
        // QWebSocket reports 1000 when the connection simply went; RFC 6455 calls that 1006.
        code = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
        reason = m_lastError;
    }
    const QString error = m_lastError.isEmpty() ? m_socket->errorString() : m_lastError;
    const bool opened = m_everOpened;
    const bool byUs = m_closingByUs;
    // Deleting the socket inside its own signal is not allowed: hand it over to the event loop.
    if (QWebSocket *socket = m_socket.release()) {
        socket->disconnect(this);
        socket->deleteLater();
    }
    const QString why = error.isEmpty() ? tr("The connection could not be opened.") : error;
    if (!opened && (!m_request.reconnect || m_tlsFailed || (!m_sessionOpened && m_handshakeRejected))) {
        // Not asked to retry, a certificate that is not accepted, or a server that answers but
        // refuses (401, 403…) before ever letting us in: retrying would not change that. A first
        // attempt that found nobody listening is retried like the later ones (the server may be
        // starting).
        setState(State::Closed);
        emit failed(why);
        return;
    }
    if (opened && (byUs || !m_request.reconnect)) {
        setState(State::Closed);
        emit disconnected(code, reason, -1);
        emit ended(code, reason, -1);
        return;
    }
    if (!opened) { // a reconnection attempt failed: try again, later each time
        code = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
        reason = why;
    } else if (m_goodConnection || m_openedAt.elapsed() >= StableConnectionMs) {
        m_failedAttempts = 0;
    }
    const qint64 delay = backoffDelay(m_request.retryMs, m_failedAttempts, m_request.maxRetryMs);
    ++m_failedAttempts;
    setState(State::WaitingToReconnect);
    emit disconnected(code, reason, delay);
    emit ended(code, reason, delay);
    m_reconnectTimer.start(std::chrono::milliseconds(delay));
}

bool WebSocketSession::sendText(const QString &message)
{
    return state() == State::Open && m_socket->sendTextMessage(message) >= 0;
}

bool WebSocketSession::sendBinary(const QByteArray &message)
{
    return state() == State::Open && m_socket->sendBinaryMessage(message) >= 0;
}

bool WebSocketSession::ping(const QByteArray &payload)
{
    if (state() != State::Open)
        return false;
    m_socket->ping(payload);
    return true;
}

QString WebSocketSession::subprotocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

void WebSocketSession::dropSocket()
{
    if (std::unique_ptr<QWebSocket> socket = std::move(m_socket)) {
        socket->disconnect(this);
        socket->abort();
        socket.release()->deleteLater();
    }
}

} // namespace Signalbox::Live
