// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private: the half of LiveConnection that lives on its network thread.

#include "liveconnection.h"
#include "session.h"

#include <QNetworkAccessManager>
#include <QTimer>

#include <atomic>

namespace Signalbox::Live {

/**
 * Owns the sessions and turns what they report into log entries, checking messages against the
 * matcher, and hands them over in batches (one per event-loop turn of its thread). One batch at a
 * time is on its way to the owner's thread: while the owner has not taken it, new entries gather
 * here, and past MaxHeldEntries or MaxHeldBytes messages are dropped (and the next batch says how
 * many), so a server faster than the window costs bounded memory.
 */
class LiveWorker final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxHeldEntries = 20000;
    static constexpr qsizetype MaxHeldBytes = 64 * 1024 * 1024;

    explicit LiveWorker(std::shared_ptr<std::atomic<int>> inFlight);

    void open(const ConnectionSettings &settings);
    void close(int code, const QString &reason);
    void send(const QByteArray &payload, bool binary, int as);
    void ping();
    void setMatcher(std::shared_ptr<const AsyncApi::MessageMatcher> matcher) { m_matcher = std::move(matcher); }
    void setChannel(const QString &channel) { m_channel = channel; }
    /// Checks and hands over what is gathered now (\a force: even when the last batch is still on its way).
    void flushNow(bool force = false);
    /// Drops the sessions (before the thread ends).
    void shutdown();

signals:
    void batchReady(const std::vector<Signalbox::Live::LogEntry> &batch);
    void stateChanged(Signalbox::Live::LiveConnection::State state);
    void finished(const QString &reason, bool failed);

private:
    /// The connection ended; another attempt follows after \a delayMs, none when it is -1.
    void ended(const QString &detail, qint64 delayMs);
    /// A session starts connecting: after a drop, that is a reconnection.
    void attempting();
    void failedWith(const QString &why);
    void connectionEvent(const QString &event, const QString &detail, LogEntry::Check check = LogEntry::Check::None);
    void message(LogEntry entry, int as = -1);
    void schedule();
    void setState(LiveConnection::State state);

    Endpoint::Kind m_kind = Endpoint::Kind::WebSocket;
    Redactor m_redactor;
    std::shared_ptr<std::atomic<int>> m_inFlight; // batches emitted and not yet taken by the owner
    QTimer *m_retryFlush;                         // the owner was busy: try again shortly
    qsizetype m_heldBytes = 0;
    qint64 m_droppedBehind = 0;
    qint64 m_droppedBehindBytes = 0;
    std::shared_ptr<const AsyncApi::MessageMatcher> m_matcher;
    QString m_channel; // stamped on the messages
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Session> m_session; // a WebSocketSession or an SseSession (made by m_kind)
    LiveConnection::State m_state = LiveConnection::State::Closed;
    std::vector<std::pair<LogEntry, int>> m_batch;
    bool m_scheduled = false;
};

} // namespace Signalbox::Live
