// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "liveconnection.h"

#include "ssesession.h"
#include "websocketsession.h"

#include <asyncapi/messages/messagematcher.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrlQuery>

namespace Signalbox::Live {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** \a url with the values of API keys in the query hidden. */
QUrl redactedUrl(QUrl url, const QList<SecurityScheme> &schemes)
{
    QUrlQuery query(url);
    bool changed = false;
    for (const SecurityScheme &s : schemes) {
        if (s.kind == SecurityScheme::Kind::ApiKeyQuery && query.hasQueryItem(s.parameter)) {
            query.removeAllQueryItems(s.parameter);
            query.addQueryItem(s.parameter, QStringLiteral("•••"));
            changed = true;
        }
    }
    if (changed)
        url.setQuery(query);
    return url;
}

void applyCheck(LogEntry &e, const AsyncApi::MessageCheck &c)
{
    e.message = c.messageName;
    e.errors = c.errors;
    e.check = c.message < 0 ? LogEntry::Check::Unknown
              : c.conforms  ? LogEntry::Check::Conforms
                            : LogEntry::Check::Invalid;
}

} // namespace

LiveConnection::LiveConnection(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

LiveConnection::~LiveConnection()
{
    m_ws.reset();
    m_sse.reset();
    m_pool.waitForDone();
}

void LiveConnection::setMatcher(std::shared_ptr<const AsyncApi::MessageMatcher> matcher)
{
    m_matcher = std::move(matcher);
}

void LiveConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LiveConnection::open(const ConnectionSettings &settings)
{
    close();
    m_settings = settings;
    const QString shown = redactedUrl(settings.url, settings.schemes).toDisplayString();
    connectionEvent(tr("connecting"), shown);
    setState(State::Connecting);
    if (settings.kind == Endpoint::Kind::WebSocket) {
        m_ws = std::make_unique<WebSocketSession>();
        WebSocketSession *ws = m_ws.get();
        connect(ws, &WebSocketSession::opened, this, [this](const QString &subprotocol) {
            connectionEvent(tr("open"), subprotocol.isEmpty() ? QString() : tr("subprotocol %1").arg(subprotocol));
            setState(State::Open);
        });
        connect(ws, &WebSocketSession::textReceived, this, [this](const QString &text) {
            LogEntry e;
            e.event = QStringLiteral("text");
            e.payload = text.toUtf8();
            message(std::move(e));
        });
        connect(ws, &WebSocketSession::binaryReceived, this, [this](const QByteArray &bytes) {
            LogEntry e;
            e.event = QStringLiteral("binary");
            e.payload = bytes;
            message(std::move(e));
        });
        connect(ws, &WebSocketSession::pong, this, [this](qint64 ms, const QByteArray &) {
            connectionEvent(tr("pong"), tr("round trip %1 ms").arg(ms));
        });
        connect(ws, &WebSocketSession::tlsWarning, this, [this](const QString &w) { connectionEvent(tr("TLS"), w); });
        connect(ws, &WebSocketSession::disconnected, this, [this](int code, const QString &reason, qint64 delay) {
            QString detail = tr("code %1").arg(code);
            if (!reason.isEmpty())
                detail += QLatin1String(": ") + reason;
            if (delay >= 0) {
                connectionEvent(tr("closed"), detail + u' ' + tr("(reconnecting in %1 ms)").arg(delay));
                setState(State::Reconnecting);
            } else {
                connectionEvent(tr("closed"), detail);
                setState(State::Closed);
                emit finished(detail);
            }
        });
        connect(ws, &WebSocketSession::stateChanged, this, [this](WebSocketSession::State s) {
            if (s == WebSocketSession::State::Connecting && m_state == State::Reconnecting)
                connectionEvent(tr("reconnecting"), QString());
        });
        connect(ws, &WebSocketSession::failed, this, [this](const QString &why) {
            connectionEvent(tr("error"), why);
            setState(State::Closed);
            emit finished(why);
        });
        WebSocketRequest r;
        r.url = settings.url;
        r.headers = settings.headers;
        r.subprotocols = settings.subprotocols;
        r.origin = settings.origin;
        r.maxMessageBytes = settings.maxMessageBytes;
        r.reconnect = settings.reconnect;
        r.tls = settings.tls;
        ws->open(r);
        return;
    }
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_sse = std::make_unique<SseSession>(m_network.get());
    SseSession *sse = m_sse.get();
    connect(sse, &SseSession::opened, this, [this](int status) {
        connectionEvent(tr("open"), tr("HTTP %1").arg(status));
        setState(State::Open);
    });
    connect(sse, &SseSession::eventReceived, this, [this](const SseEvent &event) {
        LogEntry e;
        e.event = event.type;
        e.payload = event.data.toUtf8();
        e.eventId = event.lastEventId;
        message(std::move(e));
    });
    connect(sse, &SseSession::tlsWarning, this, [this](const QString &w) { connectionEvent(tr("TLS"), w); });
    connect(sse, &SseSession::disconnected, this, [this](const QString &reason, qint64 delay) {
        connectionEvent(tr("closed"), reason + u' ' + tr("(reconnecting in %1 ms)").arg(delay));
        setState(State::Reconnecting);
    });
    connect(sse, &SseSession::failed, this, [this](const QString &why) {
        connectionEvent(tr("error"), why);
        setState(State::Closed);
        emit finished(why);
    });
    SseRequest r;
    r.url = settings.url;
    r.method = settings.method;
    r.body = settings.body;
    r.headers = settings.headers;
    r.eventTypes = settings.eventTypes;
    r.lastEventId = settings.lastEventId;
    r.reconnect = settings.reconnect;
    r.tls = settings.tls;
    sse->open(r);
}

void LiveConnection::close(int code, const QString &reason)
{
    const bool wasOpen = m_state != State::Closed;
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->close(code, reason);
        m_ws.release()->deleteLater(); // it may still be sending its close frame
    }
    if (m_sse) {
        m_sse->disconnect(this);
        m_sse->close();
        m_sse.reset();
    }
    if (wasOpen) {
        connectionEvent(tr("closed"), tr("by you"));
        setState(State::Closed);
        emit finished(QString());
    }
}

bool LiveConnection::send(const QByteArray &payload, bool binary, int as)
{
    if (!m_ws || m_state != State::Open)
        return false;
    const bool sent = binary ? m_ws->sendBinary(payload) : m_ws->sendText(QString::fromUtf8(payload));
    if (!sent)
        return false;
    LogEntry e;
    e.direction = LogEntry::Direction::Outgoing;
    e.event = binary ? QStringLiteral("binary") : QStringLiteral("text");
    e.payload = payload;
    message(std::move(e), as);
    return true;
}

bool LiveConnection::ping()
{
    return m_ws && m_ws->ping();
}

QString LiveConnection::lastEventId() const
{
    return m_sse ? m_sse->lastEventId() : QString();
}

void LiveConnection::connectionEvent(const QString &event, const QString &detail)
{
    LogEntry e;
    e.timeMs = now();
    e.direction = LogEntry::Direction::Connection;
    e.event = event;
    e.status = detail;
    m_batch.emplace_back(std::move(e), -1);
    schedule();
}

void LiveConnection::message(LogEntry entry, int as)
{
    entry.timeMs = now();
    m_batch.emplace_back(std::move(entry), as);
    schedule();
}

void LiveConnection::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Gather what this event-loop turn brings, then check it on the worker in one go.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            auto batch = std::make_shared<std::vector<std::pair<LogEntry, int>>>(std::move(m_batch));
            m_batch.clear();
            QPointer<LiveConnection> self(this);
            m_pool.start([self, batch, matcher = m_matcher] {
                std::vector<LogEntry> out;
                out.reserve(batch->size());
                for (auto &[e, as] : *batch) {
                    if (matcher && e.direction != LogEntry::Direction::Connection && matcher->count() > 0)
                        applyCheck(e, as >= 0 ? matcher->checkAs(as, e.payload) : matcher->check(e.payload));
                    out.push_back(std::move(e));
                }
                // The pool is waited for before this object goes, so self is alive when the call is made.
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, out = std::move(out)] {
                        if (self)
                            emit self->entries(out);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void LiveConnection::drain()
{
    QCoreApplication::sendPostedEvents(this);
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace Signalbox::Live
