// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session.h"
#include "sseparser.h"
#include "tls.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Signalbox::Live {

struct SseRequest
{
    QUrl url;
    QByteArray method = "GET";                    ///< GET, or POST (or any verb) with body
    QList<QPair<QByteArray, QByteArray>> headers; ///< sent as given, after our own defaults
    QByteArray body;
    QStringList eventTypes;                     ///< only these event types are reported; empty reports all
    QString lastEventId;                        ///< sent as Last-Event-ID on the first connection when not empty
    bool reconnect = true;                      ///< reconnect after a dropped connection
    qint64 retryMs = 3000;                      ///< reconnection delay until the server sends `retry`
    qint64 maxRetryMs = 30000;                  ///< ceiling of the backoff after failed attempts
    int maxFailedAttempts = 10;                 ///< failed attempts in a row before giving up; 0: never
    qsizetype maxEventBytes = 64 * 1024 * 1024; ///< larger events (and lines) are dropped, and said
    TlsOptions tls;
};

/**
 * One Server-Sent-Events connection, the EventSource processing model of the HTML standard on
 * top of QNetworkAccessManager: a 200 response with a text/event-stream body opens the session;
 * another status or content type fails it for good (the message says which); a 204 ends it, and so
 * does a redirection (it is not followed, so that no credential reaches another address; the
 * message says where it pointed). A dropped or refused connection is retried after the server's
 * `retry` time, never sooner than 100 ms, doubling after each failed attempt up to maxRetryMs; an
 * attempt failed unless it delivered an event or stayed open for two seconds (a server that answers
 * and closes at once fails each time), and after maxFailedAttempts in a row the session gives up
 * (failed(), "Gave up after N attempts: why"). The last event ID
 * goes along as Last-Event-ID. An event or line larger than maxEventBytes is dropped, and said
 * (warning()), as soon as it passes the limit; the reply buffers at most a few hundred KB.
 */
class SseSession final : public Session
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SseSession)

public:
    explicit SseSession(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SseSession() override;

    void open(const SseRequest &request);
    /// Opens with the Server-Sent-Events parts of \a settings.
    void open(const ConnectionSettings &settings) override;
    /// Stops the session: no more events, no reconnection (\a code and \a reason are the WebSocket's).
    void close(int code = 1000, const QString &reason = {}) override;

    QString lastEventId() const { return m_parser.lastEventId(); }
    /// Events of other types than SseRequest::eventTypes, left out.
    qsizetype filteredCount() const { return m_filtered; }
    /// Connections made, the first one included.
    int connectionCount() const { return m_connections; }

signals:
    void opened(int httpStatus);
    void eventReceived(const Signalbox::Live::SseEvent &event);
    /// The connection ended; a reconnection follows after \a delayMs (or none when -1).
    void disconnected(const QString &reason, qint64 delayMs);

private:
    void reportDrops();
    void connectNow();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool checkResponse();
    void scheduleReconnect(const QString &reason);
    void fail(const QString &message);
    void dropReply();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    SseRequest m_request;
    SseParser m_parser;
    QTimer m_reconnectTimer;
    bool m_checked = false;
    bool m_moreScheduled = false;
    bool m_finishPending = false;
    static constexpr qint64 ReadSlice = 256 * 1024;
    QString m_tlsError;
    int m_failedAttempts = 0;      // the backoff's exponent
    int m_failedInARow = 0;        // attempts since the last good one that failed
    bool m_goodConnection = false; // this connection delivered an event or stayed open long enough
    QElapsedTimer m_openedAt;
    bool m_saidSkippingEvent = false;
    bool m_saidSkippingLine = false;
    qsizetype m_saidDroppedLines = 0;
    qsizetype m_saidDroppedEvents = 0;
    int m_connections = 0;
    qsizetype m_filtered = 0;
    std::vector<SseEvent> m_batch;
};

} // namespace Signalbox::Live
