// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionsettings.h"
#include "logentry.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Signalbox::AsyncApi {
class MessageMatcher;
}

namespace Signalbox::Live {

class LiveWorker;

/**
 * A live connection whose every message, both ways, and every connection event becomes a
 * LogEntry. The sockets live on a network thread of the connection's own, where messages are also
 * matched against the spec (setMatcher()); the owner's thread only gets entriesArrived(), in order and
 * in batches, so a fast server never holds up the user interface. One batch at a time travels to
 * the owner: while it is busy, messages gather on the network thread up to a bound, and beyond it
 * are dropped and counted in a connection entry. Credentials are hidden in what the entries say
 * of the URL and in error messages (Redactor). Headers with line breaks are refused.
 */
class LiveConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveConnection)

public:
    enum class State { Closed, Connecting, Open, Reconnecting };
    Q_ENUM(State)

    explicit LiveConnection(QObject *parent = nullptr);
    ~LiveConnection() override;

    /// The channel's messages to match with; null: messages are logged unchecked.
    void setMatcher(std::shared_ptr<const AsyncApi::MessageMatcher> matcher);

    /// The spec's channel the messages travel on, stamped on their log entries.
    void setChannel(const QString &channel);

    void open(const ConnectionSettings &settings);
    /// Closes (WebSocket: with \a code and \a reason).
    void close(int code = 1000, const QString &reason = {});
    State state() const { return m_state; }
    Endpoint::Kind kind() const { return m_settings.kind; }

    /// Sends over an open WebSocket; checked as \a message (index in the matcher) when >= 0, else
    /// matched. False when no WebSocket is open.
    bool send(const QByteArray &payload, bool binary = false, int message = -1);
    bool ping();

    /// The last SSE event ID received (empty for WebSocket).
    QString lastEventId() const { return m_lastEventId; }
    /// Waits until everything received so far is checked and delivered by entriesArrived() (tests, exit).
    void drain();

signals:
    void stateChanged(Signalbox::Live::LiveConnection::State state);
    /// Log entries, in order, at most one batch per event-loop turn.
    void entriesArrived(const std::vector<Signalbox::Live::LogEntry> &batch);
    /// The connection ended for good, with why (empty after close()); \a failed when it could not be
    /// made or broke (refused, handshake, TLS, server error) rather than closed.
    void finished(const QString &reason, bool failed);

private:
    void setState(State state);

    ConnectionSettings m_settings;
    QThread m_thread;
    std::shared_ptr<std::atomic<int>> m_inFlight;
    LiveWorker *m_worker;
    State m_state = State::Closed;
    QString m_lastEventId;
};

} // namespace Signalbox::Live
