// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "liveconnection.h"

#include "liveworker_p.h"
#include "ssesession.h"
#include "websocketsession.h"

#include <asyncapi/messages/messagematcher.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>

#include <climits>

namespace Signalbox::Live {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
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

LiveConnection::LiveConnection(QObject *parent)
    : QObject(parent)
    , m_inFlight(std::make_shared<std::atomic<int>>(0))
    , m_worker(new LiveWorker(m_inFlight))
{
    m_thread.setObjectName(QStringLiteral("live connection"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &LiveWorker::batchReady, this, [this](const std::vector<LogEntry> &batch) {
        for (auto it = batch.rbegin(); it != batch.rend(); ++it)
            if (!it->eventId.isEmpty()) {
                m_lastEventId = it->eventId;
                break;
            }
        emit entriesArrived(batch);
        --*m_inFlight; // taken: the worker may send the next one
    });
    connect(m_worker, &LiveWorker::stateChanged, this, &LiveConnection::setState);
    connect(m_worker, &LiveWorker::finished, this, &LiveConnection::finished);
    m_thread.start();
}

LiveConnection::~LiveConnection()
{
    LiveWorker *worker = m_worker;
    QThread *here = thread();
    QMetaObject::invokeMethod(
        worker,
        [worker, here] {
            worker->shutdown();
            worker->moveToThread(here); // so that it can be deleted here
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

void LiveConnection::setMatcher(std::shared_ptr<const AsyncApi::MessageMatcher> matcher)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, matcher] { w->setMatcher(matcher); }, Qt::QueuedConnection);
}

void LiveConnection::setChannel(const QString &channel)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, channel] { w->setChannel(channel); }, Qt::QueuedConnection);
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
    m_settings = settings;
    m_lastEventId = settings.lastEventId;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, settings] { w->open(settings); }, Qt::QueuedConnection);
}

void LiveConnection::close(int code, const QString &reason)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, code, reason] { w->close(code, reason); }, Qt::QueuedConnection);
}

bool LiveConnection::send(const QByteArray &payload, bool binary, int message)
{
    if (m_state != State::Open || m_settings.kind != Endpoint::Kind::WebSocket)
        return false;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, payload, binary, message] { w->send(payload, binary, message); },
        Qt::QueuedConnection);
    return true;
}

bool LiveConnection::ping()
{
    if (m_state != State::Open || m_settings.kind != Endpoint::Kind::WebSocket)
        return false;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->ping(); }, Qt::QueuedConnection);
    return true;
}

void LiveConnection::drain()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->flushNow(true); }, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

// The worker, on the network thread.

LiveWorker::LiveWorker(std::shared_ptr<std::atomic<int>> inFlight)
    : m_inFlight(std::move(inFlight))
    , m_retryFlush(new QTimer(this))
{
    m_retryFlush->setSingleShot(true);
    m_retryFlush->setInterval(20);
    connect(m_retryFlush, &QTimer::timeout, this, [this] { flushNow(); });
}

void LiveWorker::setState(LiveConnection::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LiveWorker::shutdown()
{
    m_session.reset();
    m_network.reset();
}

void LiveWorker::open(const ConnectionSettings &settings)
{
    close(1000, QString());
    m_kind = settings.kind;
    m_redactor = Redactor(settings.url, settings.headers, settings.schemes);
    const QString shown = shownUrl(m_redactor.url(settings.url));
    connectionEvent(tr("connecting"), shown);
    setState(LiveConnection::State::Connecting);
    for (const auto &[name, value] : settings.headers) {
        if (const QString problem = headerProblem(name, value); !problem.isEmpty()) {
            failedWith(problem);
            return;
        }
    }
    if (settings.kind == Endpoint::Kind::WebSocket) {
        m_session = std::make_unique<WebSocketSession>();
    } else {
        // A network access manager of its own for each session: no connection kept alive, nor one
        // whose certificate errors another session let pass, is reused with other TLS settings.
        m_network = std::make_unique<QNetworkAccessManager>();
        m_session = std::make_unique<SseSession>(m_network.get());
    }
    Session *session = m_session.get();
    connect(session, &Session::connected, this, [this](int httpStatus, const QString &subprotocol) {
        if (m_kind == Endpoint::Kind::WebSocket)
            connectionEvent(tr("open"), subprotocol.isEmpty() ? QString() : tr("subprotocol %1").arg(subprotocol));
        else
            connectionEvent(tr("open"), tr("HTTP %1").arg(httpStatus));
        setState(LiveConnection::State::Open);
    });
    connect(session, &Session::messageArrived, this,
            [this](const QString &event, const QByteArray &payload, const QString &eventId) {
                LogEntry e;
                e.event = event;
                e.payload = payload;
                e.eventId = eventId;
                message(std::move(e));
            });
    connect(session, &Session::pongArrived, this,
            [this](qint64 ms) { connectionEvent(tr("pong"), tr("round trip %1 ms").arg(ms)); });
    connect(session, &Session::tlsWarning, this, [this](const QString &w) { connectionEvent(tr("TLS"), w); });
    // A message over the limit was not checked, and cannot have conformed: said as a message that did not.
    connect(session, &Session::warning, this,
            [this](const QString &w) { connectionEvent(tr("dropped"), w, LogEntry::Check::Invalid); });
    // (connectionEvent() hides credentials in every detail.)
    connect(session, &Session::ended, this, [this](int code, const QString &reason, qint64 delay) {
        if (code < 0) { // Server-Sent Events: no close code
            ended(reason, delay);
            return;
        }
        QString detail = tr("code %1").arg(code);
        if (!reason.isEmpty())
            detail += QLatin1String(": ") + reason;
        ended(detail, delay);
    });
    connect(session, &Session::stateChanged, this, [this](Session::State s) {
        if (s == Session::State::Connecting)
            attempting();
    });
    connect(session, &Session::failed, this, &LiveWorker::failedWith);
    session->open(settings);
}

void LiveWorker::close(int code, const QString &reason)
{
    const bool wasOpen = m_state != LiveConnection::State::Closed;
    const bool wasWebSocket =
        m_session && m_kind == Endpoint::Kind::WebSocket && m_state == LiveConnection::State::Open;
    if (m_session) {
        m_session->disconnect(this);
        m_session->close(code, reason);
        if (m_kind == Endpoint::Kind::WebSocket)
            m_session.release()->deleteLater(); // it may still be sending its close frame
        else
            m_session.reset();
    }
    m_network.reset();
    if (wasOpen) {
        QString detail = tr("by you");
        if (wasWebSocket) {
            detail += u", " + tr("code %1").arg(code);
            if (!reason.isEmpty())
                detail += QLatin1String(": ") + reason;
        }
        connectionEvent(tr("closed"), detail);
        setState(LiveConnection::State::Closed);
        emit finished(QString(), false);
    }
}

void LiveWorker::send(const QByteArray &payload, bool binary, int as)
{
    if (!m_session || m_state != LiveConnection::State::Open)
        return;
    const bool sent = binary ? m_session->sendBinary(payload) : m_session->sendText(QString::fromUtf8(payload));
    if (!sent)
        return;
    LogEntry e;
    e.direction = LogEntry::Direction::Outgoing;
    e.event = binary ? QStringLiteral("binary") : QStringLiteral("text");
    e.payload = payload;
    message(std::move(e), as);
}

void LiveWorker::ping()
{
    if (m_session)
        m_session->ping();
}

void LiveWorker::ended(const QString &detail, qint64 delayMs)
{
    if (delayMs >= 0) {
        connectionEvent(tr("closed"), detail + u' ' + tr("(reconnecting in %1 ms)").arg(delayMs));
        setState(LiveConnection::State::Reconnecting);
        return;
    }
    connectionEvent(tr("closed"), detail);
    setState(LiveConnection::State::Closed);
    emit finished(m_redactor.text(detail), false);
}

void LiveWorker::attempting()
{
    if (m_state == LiveConnection::State::Reconnecting)
        connectionEvent(tr("reconnecting"), QString());
}

void LiveWorker::failedWith(const QString &why)
{
    connectionEvent(tr("error"), why);
    setState(LiveConnection::State::Closed);
    emit finished(m_redactor.text(why), true);
}

void LiveWorker::connectionEvent(const QString &event, const QString &detail, LogEntry::Check check)
{
    LogEntry e;
    e.check = check;
    e.timeMs = now();
    e.direction = LogEntry::Direction::Connection;
    e.event = event;
    e.status = m_redactor.text(detail);
    if (qsizetype(m_batch.size()) >= 2 * MaxHeldEntries) { // a flood of connection events: dropped too
        ++m_droppedBehind;
        return;
    }
    m_heldBytes += e.cost();
    m_batch.emplace_back(std::move(e), -1);
    schedule();
}

void LiveWorker::message(LogEntry entry, int as)
{
    // The owner is behind: beyond the bound, messages are dropped (counted) rather than gathered.
    if (qsizetype(m_batch.size()) >= MaxHeldEntries || m_heldBytes + entry.payload.size() > MaxHeldBytes) {
        ++m_droppedBehind;
        m_droppedBehindBytes += entry.payload.size();
        schedule();
        return;
    }
    entry.timeMs = now();
    m_heldBytes += entry.cost();
    m_batch.emplace_back(std::move(entry), as);
    schedule();
}

void LiveWorker::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Gather what this event-loop turn brings, then check it and hand it over in one go.
    QMetaObject::invokeMethod(
        this, [this] { flushNow(); }, Qt::QueuedConnection);
}

void LiveWorker::flushNow(bool force)
{
    m_scheduled = false;
    if (m_batch.empty() && m_droppedBehind == 0)
        return;
    if (!force && m_inFlight->load() > 0) {
        // The last batch is still on its way: gather more, and look again shortly.
        if (!m_retryFlush->isActive())
            m_retryFlush->start();
        return;
    }
    m_retryFlush->stop();
    std::vector<LogEntry> out;
    out.reserve(m_batch.size() + 1);
    for (auto &[e, as] : m_batch) {
        if (e.direction != LogEntry::Direction::Connection)
            e.channel = m_channel;
        if (m_matcher && e.direction != LogEntry::Direction::Connection && m_matcher->count() > 0)
            applyCheck(e, as >= 0 ? m_matcher->checkAs(as, e.payload) : m_matcher->check(e.payload));
        out.push_back(std::move(e));
    }
    m_batch.clear();
    m_heldBytes = 0;
    if (m_droppedBehind > 0) {
        LogEntry e;
        e.timeMs = now();
        e.direction = LogEntry::Direction::Connection;
        e.event = tr("dropped");
        e.check = LogEntry::Check::Unknown; // not checked: nobody can say they conformed
        e.status = tr("%n message(s) dropped (%1) while the window was busy", nullptr,
                      int(std::min<qint64>(m_droppedBehind, INT_MAX)))
                       .arg(QLocale::c().formattedDataSize(m_droppedBehindBytes));
        out.push_back(std::move(e));
        m_droppedBehind = 0;
        m_droppedBehindBytes = 0;
    }
    ++*m_inFlight;
    emit batchReady(out);
}

} // namespace Signalbox::Live
