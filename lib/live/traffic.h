// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "logentry.h"
#include "trafficstats.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <deque>
#include <memory>
#include <vector>

namespace Signalbox::AsyncApi {
struct Analysis;
}

namespace Signalbox::Live {

/**
 * A session's traffic as the graph and the sequence view show it. Each message of the log is
 * given its place in the document (its operation, and whether it is that operation's reply:
 * written into the entry, so that a filter of the log agrees with the counts whatever the
 * document becomes), then counted on every node and edge it went over (keysOf()). The time-ordered
 * events of the session (at most maxEvents(), the oldest go first) carry the pairing of requests
 * with their replies (TrafficStats) and requests left unanswered after the timeout.
 *
 * Keys are the graph's node ids ("channel:NAME", "message:CHANNEL/NAME", "operation:NAME",
 * "reply:OPERATION"), "unknown:CHANNEL" for messages of a channel that match none of its messages
 * ("unknown:" for messages on no known channel), and edges as edgeKey(from, to).
 */
class Traffic final
{
public:
    /// Who the log's own end is: what its directions mean.
    enum class Side { Client, Application };

    struct Tally
    {
        qint64 count = 0;
        qint64 nonConforming = 0;
        qint64 lastMs = 0;
        QString last; ///< the last message: its name and the beginning of its body
        /// Messages per second over the RateSeconds seconds up to \a nowMs.
        double rate(qint64 nowMs) const;

        static constexpr int RateSeconds = 10;
        std::array<qint64, RateSeconds> perSecond{}; ///< counts by second, a ring
        qint64 lastSecond = 0;                       ///< the second perSecond's newest slot counts
    };

    /// One message of the session, for the sequence view.
    struct Event
    {
        qint64 serial = 0; ///< its number in the session, from 0
        qint64 timeMs = 0;
        bool fromApplication = false;
        QString channel; ///< empty: unknown
        QString label;   ///< its message's name, else its event type
        QString operation;
        bool reply = false;
        bool request = false; ///< a request of an operation with a reply
        bool nonConforming = false;
        bool unknown = false;      ///< matched no message of the document
        qint64 answerSerial = -1;  ///< a request: the serial of its reply
        qint64 requestSerial = -1; ///< a reply: the serial of its request
        qint64 latencyMs = -1;     ///< a request or reply that was paired: how long the reply took
        bool unanswered = false;   ///< a request that waited longer than the timeout
    };

    explicit Traffic(qsizetype maxEvents = 100'000, qint64 replyTimeoutMs = 30'000);

    /// The document that places messages from now on (null: none). Counts stay.
    void setAnalysis(std::shared_ptr<const AsyncApi::Analysis> analysis);
    void setSide(Side side) { m_stats.setLocalIsApplication(side == Side::Application); }

    /// Places \a entries (see LogEntry::operation) and counts them.
    void add(std::vector<LogEntry> &entries);
    /// Requests waiting longer than the timeout at \a nowMs become unanswered.
    void expire(qint64 nowMs);
    void clear();

    /// Whether \a entry went from the application (else from a client).
    bool fromApplication(const LogEntry &entry) const { return m_stats.fromApplication(entry); }
    /// Where \a entry went on the graph: node and edge keys. Empty for no message.
    static QStringList keysOf(const LogEntry &entry);
    /// The key of the graph's edge of \a kind (an AsyncApi::GraphEdge::Kind) from \a from to \a to.
    static QString edgeKey(const QString &from, const QString &to, int kind)
    {
        return from + u'\x1f' + to + u'\x1f' + QString::number(kind);
    }
    static QString unknownKey(const QString &channel) { return QStringLiteral("unknown:") + channel; }

    const QHash<QString, Tally> &tallies() const { return m_tallies; }
    Tally tally(const QString &key) const { return m_tallies.value(key); }
    const std::deque<Event> &events() const { return m_events; }
    /// The event of \a serial, or null when it is gone or never was.
    const Event *event(qint64 serial) const;
    const TrafficStats &stats() const { return m_stats; }
    qint64 messageCount() const { return m_serial; }
    /// The latest message's time (0: none yet).
    qint64 latestMs() const { return m_latestMs; }
    /// Grows with every change: views compare it to know whether to redraw.
    quint64 generation() const { return m_generation; }
    /// Grows with every clear(): a view's caches of the session go then.
    quint64 session() const { return m_session; }
    qsizetype maxEvents() const { return m_maxEvents; }

private:
    void place(LogEntry &entry) const;
    struct Place
    {
        QString operation;
        bool reply = false;
    };
    /// By channel, message and whether the application sent it ('a') or a client ('c').
    QHash<QString, Place> m_places;
    Event *eventAt(qint64 serial);
    void markUnanswered(const std::vector<qint64> &serials);

    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    qsizetype m_maxEvents;
    QHash<QString, Tally> m_tallies;
    std::deque<Event> m_events;
    TrafficStats m_stats;
    qint64 m_serial = 0;
    qint64 m_latestMs = 0;
    quint64 m_generation = 0;
    quint64 m_session = 0;
};

} // namespace Signalbox::Live
