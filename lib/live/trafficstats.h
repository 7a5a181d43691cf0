// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logentry.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <deque>
#include <map>
#include <vector>

namespace Signalbox::AsyncApi {
struct Spec;
}

namespace Signalbox::Live {

/**
 * What went over the wire in a session, counted from its log entries: messages by channel and
 * by message (each direction, and those that did not conform), and requests paired with their
 * replies by operation. A request is a message of an operation that has a `reply`; its reply is a
 * message of the reply's channel (and of its `messages` when listed) going the other way, with the
 * same correlation id where both messages declare one in their payload, else the oldest request
 * still waiting. A request not answered within the timeout counts as unanswered.
 *
 * The same figures feed `signalbox-cli probe --summary` and the window's views.
 */
class TrafficStats final
{
public:
    struct Count
    {
        qint64 in = 0;  ///< messages received
        qint64 out = 0; ///< messages sent
        qint64 nonConforming = 0;
        qint64 total() const { return in + out; }
    };

    struct Pairs
    {
        qint64 answered = 0;
        qint64 unanswered = 0;         ///< waited longer than the timeout
        std::vector<qint64> latencies; ///< of the last MaxLatencies answered, in milliseconds, in arrival order
        /// Every answered one's latency: how many took each number of milliseconds.
        std::map<qint64, qint64> histogram;
        static constexpr std::size_t MaxLatencies = 100'000;
        void record(qint64 latencyMs);
        qint64 percentile(int p) const; ///< over the whole session, nearest rank; -1 when none
    };

    /// What adding one entry made of it.
    struct Outcome
    {
        QString operation; ///< of the request or reply, empty when it is neither
        bool request = false;
        qint64 requestSerial = -1; ///< a reply: the serial its request was added with
        qint64 latencyMs = -1;     ///< a reply: how long after its request it came
    };

    /** Pairs requests and replies as \a spec declares them (null: no pairing); nothing of it is kept. */
    explicit TrafficStats(const AsyncApi::Spec *spec = nullptr, qint64 replyTimeoutMs = 30'000);

    /// Whether the log's own end is the application (a mock's log), else a client: who sent what.
    void setLocalIsApplication(bool application) { m_localIsApplication = application; }
    /// Whether \a entry went from the application (else from a client): the log's end sent what went out.
    bool fromApplication(const LogEntry &entry) const
    {
        return (entry.direction == LogEntry::Direction::Outgoing) == m_localIsApplication;
    }
    /// Pairs as \a spec declares (an edit of the document); counts and waiting requests stay.
    void setSpec(const AsyncApi::Spec *spec);
    /// Counts \a entry; \a serial names it in the outcome of its reply and in \a expired (the
    /// requests that its time made unanswered, see expire()).
    Outcome add(const LogEntry &entry, qint64 serial = -1, std::vector<qint64> *expired = nullptr);
    void add(const std::vector<LogEntry> &batch);
    /// Requests waiting longer than the timeout at \a nowMs become unanswered (their serials in \a expired).
    void expire(qint64 nowMs, std::vector<qint64> *expired = nullptr);
    void clear();
    qint64 replyTimeoutMs() const { return m_timeoutMs; }

    const Count &all() const { return m_all; }
    /// By channel name (empty: unknown channel).
    const QMap<QString, Count> &channels() const { return m_channels; }
    /// By channel, then message name (empty: matched no message of the channel).
    const QMap<QString, QMap<QString, Count>> &messages() const { return m_messages; }
    /// By operation name.
    const QMap<QString, Pairs> &pairs() const { return m_pairs; }
    qint64 waiting() const;
    /// Requests of \a operation waiting for their replies.
    qint64 waiting(const QString &operation) const { return qint64(m_waiting.value(operation).size()); }

    /** Everything as one JSON object (the probe's summary). */
    QJsonObject toJson() const;

private:
    struct Waiting
    {
        qint64 timeMs;
        QString correlation; ///< empty: none could be read
        qint64 serial;
    };
    struct ReplyRule
    {
        QString operation;
        bool requestFromApplication = false; ///< the operation's action is send
        QString requestChannel;
        QStringList requestMessages;
        QString requestCorrelation; ///< a payload pointer, or empty
        QString replyChannel;
        QStringList replyMessages;               ///< empty: any of the reply channel's
        QMap<QString, QString> replyCorrelation; ///< by reply message: a payload pointer
        friend bool operator==(const ReplyRule &, const ReplyRule &) = default;
    };

    Outcome pair(const LogEntry &e, qint64 serial, std::vector<qint64> *expired);

    qint64 m_timeoutMs;
    std::vector<ReplyRule> m_rules;
    Count m_all;
    QMap<QString, Count> m_channels;
    QMap<QString, QMap<QString, Count>> m_messages;
    QMap<QString, Pairs> m_pairs;
    /// Requests waiting, by operation.
    QMap<QString, std::deque<Waiting>> m_waiting;
    bool m_localIsApplication = false;
};

} // namespace Signalbox::Live
