// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "liveconnection.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThreadPool;

namespace Signalbox::AsyncApi {
struct Analysis;
}

namespace Signalbox::Live {

/**
 * The live session of the window: one LiveConnection, and the matcher its messages are checked
 * with, compiled (off this thread) from the document's analysis and the chosen channel. The form
 * that says where to connect and the composer that sends ask it to open, close and send; the log
 * subscribes to entriesArrived() directly.
 */
class LiveSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSession)

public:
    explicit LiveSession(QObject *parent = nullptr);
    ~LiveSession() override;

    /**
     * Where the live path's jobs on the document run (matchers compiled from its schemas, the
     * composer's samples and draft checks): a pool of their own, never deleted, so that neither
     * quitting (QCoreApplication waits for the global pool) nor the analysis, documentation and
     * graph jobs of the global pool wait for a stale one. A job holds its own copy of what it reads.
     */
    static QThreadPool *jobPool();

    /**
     * Messages are checked against \a channel of \a analysis from now on (once its matcher is
     * compiled; until then, and when there is no such channel, they are logged unchecked).
     */
    void setChannel(const std::shared_ptr<const AsyncApi::Analysis> &analysis, const QString &channel);
    /// Whether the matcher is still being compiled.
    bool isBusy() const { return m_jobs > 0; }

    void open(const ConnectionSettings &settings);
    /// Closes (WebSocket: with \a code and \a reason).
    void close(int code = 1000, const QString &reason = {});
    /// See LiveConnection::send().
    bool send(const QByteArray &payload, bool binary = false, int message = -1);
    bool ping();

    LiveConnection::State state() const { return m_connection->state(); }
    Endpoint::Kind kind() const { return m_connection->kind(); }
    /// The last SSE event ID received (empty for WebSocket).
    QString lastEventId() const { return m_connection->lastEventId(); }
    LiveConnection *connection() const { return m_connection; }

signals:
    /// Log entries, in order, at most one batch per event-loop turn.
    void entriesArrived(const std::vector<Signalbox::Live::LogEntry> &batch);
    void stateChanged(Signalbox::Live::LiveConnection::State state);
    /// See LiveConnection::finished().
    void finished(const QString &reason, bool failed);

private:
    LiveConnection *m_connection;
    // Shared with the matcher jobs, which skip their work when a newer one has been asked for meanwhile.
    std::shared_ptr<std::atomic<quint64>> m_matcherGeneration = std::make_shared<std::atomic<quint64>>(0);
    int m_jobs = 0;
};

} // namespace Signalbox::Live
