// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "ssesession.h"

#include "backoff_p.h"
#include "connectionsettings.h"
#include "security.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <climits>

namespace Signalbox::Live {

SseSession::SseSession(QNetworkAccessManager *network, QObject *parent)
    : Session(parent)
    , m_network(network)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SseSession::connectNow);
}

SseSession::~SseSession()
{
    dropReply();
}

void SseSession::open(const SseRequest &request)
{
    close();
    m_request = request;
    m_parser = SseParser();
    m_parser.setLastEventId(request.lastEventId);
    m_parser.setMaxEventBytes(request.maxEventBytes);
    m_parser.setMaxLineBytes(request.maxEventBytes);
    m_saidSkippingEvent = false;
    m_saidSkippingLine = false;
    m_saidDroppedLines = 0;
    m_saidDroppedEvents = 0;
    m_failedAttempts = 0;
    m_failedInARow = 0;
    m_connections = 0;
    m_filtered = 0;
    connectNow();
}

void SseSession::open(const ConnectionSettings &settings)
{
    SseRequest r;
    r.url = settings.url;
    r.method = settings.method;
    r.body = settings.body;
    r.headers = settings.headers;
    r.eventTypes = settings.eventTypes;
    r.lastEventId = settings.lastEventId;
    r.reconnect = settings.reconnect;
    r.maxEventBytes = settings.maxMessageBytes;
    r.tls = settings.tls;
    open(r);
}

void SseSession::close(int, const QString &)
{
    m_reconnectTimer.stop();
    dropReply();
    setState(State::Closed);
}

void SseSession::connectNow()
{
    dropReply();
    QNetworkRequest request(m_request.url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Redirections are not followed: the credentials in the headers must not reach another address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0); // an event stream may stay quiet for as long as it likes
    if (const QString id = m_parser.lastEventId(); !id.isEmpty())
        request.setRawHeader("Last-Event-ID", id.toUtf8());
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);

    if (m_request.url.scheme() == QLatin1String("https")) {
        QString caError;
        request.setSslConfiguration(sslConfiguration(m_request.tls, &caError));
        if (!caError.isEmpty()) {
            fail(caError);
            return;
        }
    }

    m_checked = false;
    m_goodConnection = false;
    m_tlsError.clear();
    ++m_connections;
    setState(State::Connecting);
    m_reply = m_network->sendCustomRequest(request, m_request.method, m_request.body);
    // What the network layer holds for us, at most: the rest waits in the socket (and the server).
    m_reply->setReadBufferSize(4 * ReadSlice);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &SseSession::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseSession::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseSession::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        const TlsVerdict verdict = judgeSslErrors(errors, m_request.tls);
        if (!verdict.ignore) {
            m_tlsError = verdict.message;
            return;
        }
        m_reply->ignoreSslErrors();
        emit tlsWarning(verdict.message);
    });
}

void SseSession::onMetaData()
{
    if (!m_checked && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        checkResponse();
}

bool SseSession::checkResponse()
{
    if (m_checked)
        return true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 204) {
        fail(tr("The server answered 204 No Content: it asks not to reconnect."));
        return false;
    }
    if (status >= 300 && status < 400) {
        const QUrl target = m_reply->url().resolved(QUrl::fromEncoded(m_reply->rawHeader("Location")));
        fail(tr("The server redirects (HTTP %1) to %2. Redirections are not followed, so that no credential "
                "reaches another address: connect to that address yourself if you trust it.")
                 .arg(status)
                 .arg(target.isValid() ? shownUrl(redactedUrl(target, {})) : tr("an invalid address")));
        return false;
    }
    if (status != 200) {
        fail(tr("The server answered HTTP %1 %2 instead of 200.").arg(status).arg(reason).trimmed());
        return false;
    }
    const QByteArray contentType = m_reply->rawHeader("Content-Type");
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    if (mime != "text/event-stream") {
        fail(contentType.isEmpty()
                 ? tr("The response has no Content-Type; text/event-stream is required.")
                 : tr("The response is %1, not text/event-stream.").arg(QString::fromLatin1(contentType)));
        return false;
    }
    m_checked = true;
    m_openedAt.start();
    setState(State::Open);
    emit opened(status);
    emit connected(status, QString());
    return true;
}

void SseSession::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_checked && !checkResponse())
        return;
    // A slice at a time, the rest on the next event-loop turn: a server far ahead of us must not
    // hold the thread for the whole backlog.
    m_batch.clear();
    m_parser.feed(m_reply->read(ReadSlice), m_batch);
    reportDrops();
    if (!m_batch.empty())
        m_goodConnection = true;
    for (const SseEvent &event : m_batch) {
        if (!m_request.eventTypes.isEmpty() && !m_request.eventTypes.contains(event.type)) {
            ++m_filtered;
            continue;
        }
        emit eventReceived(event);
        emit messageArrived(event.type, event.data.toUtf8(), event.lastEventId);
        if (state() != State::Open) // a receiver closed the session
            return;
    }
    if (m_reply && m_reply->bytesAvailable() > 0 && !m_moreScheduled) {
        m_moreScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_moreScheduled = false;
            if (!m_reply)
                return;
            onReadyRead();
            if (m_finishPending && m_reply && m_reply->bytesAvailable() == 0) {
                m_finishPending = false;
                onFinished();
            }
        });
    }
}

void SseSession::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const bool hadResponse = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    if (hadResponse && !m_checked && !checkResponse())
        return;
    if (m_checked) {
        onReadyRead(); // what arrived with the end of the stream
        if (m_reply == reply && reply->bytesAvailable() > 0) {
            m_finishPending = true; // after the last slice
            return;
        }
    }
    if (m_reply != reply)
        return;
    if (!m_tlsError.isEmpty()) { // certificate errors are not retried
        fail(m_tlsError);
        return;
    }
    const QString reason =
        reply->error() == QNetworkReply::NoError ? tr("The server closed the stream.") : reply->errorString();
    dropReply();
    m_parser.endOfStream();
    if (!m_request.reconnect) {
        fail(reason);
        return;
    }
    scheduleReconnect(reason);
}

void SseSession::reportDrops()
{
    const QString limit = QLocale::c().formattedDataSize(m_request.maxEventBytes);
    // An event is said when it passes the limit, or, when it began and ended within one read, once counted.
    qsizetype events = m_parser.droppedEventCount() - m_saidDroppedEvents;
    if (m_saidSkippingEvent && events > 0)
        --events; // the one said when it passed the limit
    if (m_parser.isSkippingEvent() && !m_saidSkippingEvent)
        emit warning(tr("An event passed %1 of data: it is dropped, up to its end.").arg(limit));
    if (events > 0)
        emit warning(tr("%n event(s) over %1 dropped.", nullptr, int(std::min<qsizetype>(events, INT_MAX))).arg(limit));
    m_saidSkippingEvent = m_parser.isSkippingEvent();
    m_saidDroppedEvents = m_parser.droppedEventCount();
    // A long line is said when it passes the limit, or, when it began and ended within one read, once counted.
    qsizetype ended = m_parser.droppedLineCount() - m_saidDroppedLines;
    if (m_saidSkippingLine && ended > 0)
        --ended; // the one said when it passed the limit
    if (m_parser.isSkippingLine() && !m_saidSkippingLine)
        emit warning(tr("A line passed %1: it is dropped, up to its end.").arg(limit));
    if (ended > 0)
        emit warning(tr("%n line(s) over %1 dropped.", nullptr, int(std::min<qsizetype>(ended, INT_MAX))).arg(limit));
    m_saidSkippingLine = m_parser.isSkippingLine();
    m_saidDroppedLines = m_parser.droppedLineCount();
}

void SseSession::scheduleReconnect(const QString &reason)
{
    // The server's `retry` (never below the floor), doubled for each attempt in a row that failed:
    // an attempt that delivered an event or stayed open long enough was a good one.
    if (state() == State::Open && (m_goodConnection || m_openedAt.elapsed() >= StableConnectionMs)) {
        m_failedAttempts = 0;
        m_failedInARow = 0;
    } else if (++m_failedInARow >= m_request.maxFailedAttempts && m_request.maxFailedAttempts > 0) {
        // Refused, or answered and closed before any event, that many times: it will not get better.
        fail(tr("Gave up after %n attempts: %1", nullptr, m_failedInARow).arg(reason));
        return;
    }
    const qint64 delay =
        backoffDelay(m_parser.retryMs().value_or(m_request.retryMs), m_failedAttempts, m_request.maxRetryMs);
    ++m_failedAttempts;
    setState(State::WaitingToReconnect);
    emit disconnected(reason, delay);
    emit ended(-1, reason, delay);
    m_reconnectTimer.start(std::chrono::milliseconds(delay));
}

void SseSession::fail(const QString &message)
{
    m_reconnectTimer.stop();
    dropReply();
    m_parser.endOfStream();
    setState(State::Closed);
    emit failed(message);
}

void SseSession::dropReply()
{
    m_finishPending = false;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Signalbox::Live
