// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logentry.h"

#include <asyncapi/analysis.h>

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace Signalbox::Live {

/** How a MockServer plays the document. */
struct MockOptions
{
    enum class Role {
        Application, ///< the application the document describes: emits its `send` operations' messages
        Client,      ///< the other side: emits the messages of the `receive` operations
    };
    QString server; ///< the server to serve; empty: every server with a ws, wss, http or https protocol
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: any free port
    Role role = Role::Application;
    double rate = 1.0;   ///< messages a second on each connection; 0: one for each message a client sends
    qint64 count = -1;   ///< messages on each connection (SSE: of the stream, resumed) before it closes; -1: none
    bool random = false; ///< pick messages and examples at random (from seed) rather than in turn
    quint64 seed = 0;
    int dropEvery = 0;    ///< drop the connection after every N messages (0: never)
    int invalidEvery = 0; ///< make every Nth message one that does not conform (0: never)
    int delayMs = 0;      ///< every message leaves this much later: the stream starts late, replies come late
    /// WebSocket: with dropEvery, close with this code (and a close frame) rather than cut the
    /// connection; with count, the code after the last message (0: cut / 1000).
    int closeCode = 0;
    /// When set, recorded messages served back instead of the document's: on each connection those of
    /// its channel (all of them when the log names no channel), in order, SSE ids counting them (so
    /// Last-Event-ID resumes). A client's log (the inspector's, the probe's) gives what it received;
    /// a mock's own log (it begins with "listening") what that mock sent. Requests are not answered.
    std::shared_ptr<const std::vector<LogEntry>> replay;
    bool replayTiming = true; ///< replay with the recorded gaps between messages; false: as fast as read
    /// A PEM certificate (chain) and private key: served over TLS (wss, https); empty: plain text.
    /// The key may sit in the certificate's file.
    QString certificateFile;
    QString privateKeyFile;
    int sseRetryMs = 2000;
    /// A client that has not sent its whole request head by then is disconnected.
    int requestHeadTimeoutMs = 10'000;
    /// The credential a client must present, by security scheme name ("*" for any scheme): a
    /// token or key, or "user:password" for basic. A scheme without one takes any credential.
    QMap<QString, QString> credentials;
};

/**
 * A mock of the servers of a document, on one local listener: a `ws`/`wss` server's channels are
 * served as WebSocket, an `http`/`https` server's as Server-Sent Events (in plain text, or all over
 * TLS with a certificate given in the options), each at the server's pathname plus the channel's address, with
 * `{parameter}` matching one path segment (a value outside the parameter's `enum` gets 404 with
 * the reason). The server's security schemes are enforced (401 without a right credential).
 *
 * On each connection it sends the messages of the operations the role sends on that channel
 * (examples, else a sample from the payload schema), checks what the client sends against the
 * messages the role receives (the inspector's matcher), and answers an operation's `reply` with its
 * reply message, with the request's correlation id copied where the reply declares one.
 * Server-Sent Events carry `event:` (the message's name), an increasing `id:` and `retry:`;
 * a `Last-Event-ID` resumes after that id: the Nth message of a connection is always the same
 * one, so nothing is lost or repeated.
 */
class MockServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServer)

public:
    /** A URL the mock serves and what is served there. */
    struct Route
    {
        QString server;
        QString channel;
        bool webSocket = false; ///< else Server-Sent Events
        QString path;           ///< with `{name}` for parameters
        QStringList sends;      ///< the messages the mock's role sends there
        QUrl url;               ///< once listening
    };

    MockServer(std::shared_ptr<const AsyncApi::Analysis> analysis, MockOptions options, QObject *parent = nullptr);
    ~MockServer() override;

    /** A connected client. */
    struct Client
    {
        QString peer; ///< address:port
        QString server;
        QString channel;
        bool webSocket = false;
        qint64 sent = 0;     ///< messages the mock sent it
        qint64 received = 0; ///< messages it sent the mock
    };

    /** Starts listening; false with \a error (no channel to serve, the address is taken…). */
    bool listen(QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;
    const MockOptions &options() const;
    /// http://host:port of the listener (WebSocket routes are ws:// on the same port).
    QUrl baseUrl() const;
    QList<Route> routes() const;
    /// What the user should know of what is served (e.g. a path two servers share), once listening.
    QStringList warnings() const;
    int connectionCount() const;
    QList<Client> clients() const;

signals:
    /// Everything the mock does, in the live log's format (status names the connection and route).
    void logged(const Signalbox::Live::LogEntry &entry);
    void connectionCountChanged(int count);
    /// A connection had its --count messages (and is being closed).
    void countReached();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Signalbox::Live
