// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "traffic.h"

#include <asyncapi/analysis.h>
#include <asyncapi/document/elementid.h>
#include <asyncapi/document/spec.h>
#include <asyncapi/graph/graphmodel.h>

#include <algorithm>

namespace Signalbox::Live {

using AsyncApi::ElementId;
using AsyncApi::GraphEdge;
using AsyncApi::Operation;

namespace {

QString placeKey(const QString &channel, const QString &message, bool fromApplication)
{
    return channel + u'\x1f' + message + u'\x1f' + (fromApplication ? u'a' : u'c');
}

/// The message's name and the beginning of its body, on one line.
QString lastText(const LogEntry &e)
{
    constexpr qsizetype Shown = 80;
    QString body = QString::fromUtf8(e.payload.left(Shown * 4)).simplified();
    if (body.size() > Shown)
        body = body.left(Shown - 1) + u'…';
    const QString name = e.message.isEmpty() ? e.event : e.message;
    return name.isEmpty() ? body : name + QStringLiteral(": ") + body;
}

} // namespace

double Traffic::Tally::rate(qint64 nowMs) const
{
    const qint64 now = nowMs / 1000;
    qint64 sum = 0;
    for (qint64 second = std::max(lastSecond - RateSeconds + 1, now - RateSeconds + 1); second <= lastSecond; ++second)
        sum += perSecond[size_t(second % RateSeconds)];
    return double(sum) / RateSeconds;
}

Traffic::Traffic(qsizetype maxEvents, qint64 replyTimeoutMs)
    : m_maxEvents(std::max<qsizetype>(maxEvents, 1))
    , m_stats(nullptr, replyTimeoutMs)
{}

void Traffic::setAnalysis(std::shared_ptr<const AsyncApi::Analysis> analysis)
{
    if (analysis && !analysis->spec)
        analysis.reset();
    if (analysis == m_analysis)
        return; // the window hands the same analysis on at every update of the views
    m_analysis = std::move(analysis);
    m_places.clear();
    m_stats.setSpec(m_analysis ? m_analysis->spec.get() : nullptr);
    if (!m_analysis)
        return;
    // Every (channel, message, sender) the document places, worked out once: a fast server's
    // messages cost a lookup each. The first operation that fits wins, as in the document's order.
    const AsyncApi::Spec &spec = *m_analysis->spec;
    QHash<QString, Place> loose; // an operation's message going the other way than its action says
    for (const Operation &o : spec.operations) {
        if (o.channel.isEmpty())
            continue;
        for (const AsyncApi::Message *m : spec.messagesOf(o)) {
            for (const bool app : {true, false}) {
                const bool fits =
                    o.action != Operation::Action::Unknown && (o.action == Operation::Action::Send) == app;
                QHash<QString, Place> &into = fits ? m_places : loose;
                const QString key = placeKey(o.channel, m->name, app);
                if (!into.contains(key))
                    into.insert(key, {o.name, false});
            }
        }
    }
    for (const Operation &o : spec.operations) {
        if (!o.reply.present || o.channel.isEmpty() || o.action == Operation::Action::Unknown)
            continue;
        const QString channel = o.reply.channel.isEmpty() ? o.channel : o.reply.channel;
        const AsyncApi::Channel *replies = spec.channel(channel);
        if (!replies)
            continue;
        // The reply goes the other way: the application answers what it receives.
        const bool app = o.action == Operation::Action::Receive;
        for (const AsyncApi::Message &m : replies->messages) {
            if (!o.reply.messages.isEmpty() && !o.reply.messages.contains(m.name))
                continue;
            const QString key = placeKey(channel, m.name, app);
            if (!m_places.contains(key))
                m_places.insert(key, {o.name, true});
        }
    }
    for (auto it = loose.cbegin(); it != loose.cend(); ++it) {
        if (!m_places.contains(it.key()))
            m_places.insert(it.key(), it.value());
    }
}

void Traffic::place(LogEntry &e) const
{
    const Place p = e.channel.isEmpty() || e.message.isEmpty()
                        ? Place()
                        : m_places.value(placeKey(e.channel, e.message, fromApplication(e)));
    e.operation = p.operation;
    e.reply = p.reply;
}

QStringList Traffic::keysOf(const LogEntry &e)
{
    if (e.direction == LogEntry::Direction::Connection)
        return {};
    if (e.channel.isEmpty())
        return {unknownKey(QString())};
    const QString channel = ElementId::channel(e.channel).toString();
    QStringList keys{channel};
    const QString message =
        e.message.isEmpty() ? unknownKey(e.channel) : ElementId::message(e.channel, e.message).toString();
    keys << message << edgeKey(channel, message, int(GraphEdge::Kind::ChannelMessage));
    if (!e.operation.isEmpty()) {
        const QString operation = ElementId::operation(e.operation).toString();
        keys << operation << edgeKey(ElementId::application().toString(), operation, int(GraphEdge::Kind::Performs));
        if (e.reply) {
            const QString reply = ElementId{ElementId::Kind::Reply, e.operation}.toString();
            keys << reply << edgeKey(operation, reply, int(GraphEdge::Kind::OperationReply))
                 << edgeKey(operation, channel, int(GraphEdge::Kind::OperationReply));
        } else {
            keys << edgeKey(operation, channel, int(GraphEdge::Kind::OperationChannel));
        }
    }
    return keys;
}

Traffic::Event *Traffic::eventAt(qint64 serial)
{
    if (m_events.empty() || serial < m_events.front().serial || serial > m_events.back().serial)
        return nullptr;
    return &m_events[size_t(serial - m_events.front().serial)];
}

const Traffic::Event *Traffic::event(qint64 serial) const
{
    return const_cast<Traffic *>(this)->eventAt(serial);
}

void Traffic::markUnanswered(const std::vector<qint64> &serials)
{
    for (const qint64 serial : serials) {
        if (Event *e = eventAt(serial))
            e->unanswered = true;
    }
}

void Traffic::add(std::vector<LogEntry> &entries)
{
    std::vector<qint64> expired;
    bool changed = false;
    for (LogEntry &e : entries) {
        if (e.direction == LogEntry::Direction::Connection)
            continue;
        changed = true;
        place(e);
        const qint64 serial = m_serial++;
        expired.clear();
        const TrafficStats::Outcome outcome = m_stats.add(e, serial, &expired);
        markUnanswered(expired);

        Event ev;
        ev.serial = serial;
        ev.timeMs = e.timeMs;
        ev.fromApplication = fromApplication(e);
        ev.channel = e.channel;
        // A WebSocket frame's kind ("text") names nothing: an unknown one is just unknown.
        const bool frameKind = e.event == QLatin1String("text") || e.event == QLatin1String("binary");
        ev.label = !e.message.isEmpty() ? e.message : frameKind ? QString() : e.event;
        ev.operation = outcome.operation.isEmpty() ? e.operation : outcome.operation;
        ev.reply = e.reply || (!outcome.operation.isEmpty() && !outcome.request);
        ev.request = outcome.request;
        ev.nonConforming = e.check == LogEntry::Check::Invalid || e.check == LogEntry::Check::Unknown;
        ev.unknown = e.message.isEmpty();
        if (!outcome.operation.isEmpty() && !outcome.request) {
            ev.requestSerial = outcome.requestSerial;
            ev.latencyMs = outcome.latencyMs;
            if (Event *request = eventAt(outcome.requestSerial)) {
                request->answerSerial = serial;
                request->latencyMs = outcome.latencyMs;
            }
        }
        m_events.push_back(std::move(ev));
        while (qsizetype(m_events.size()) > m_maxEvents)
            m_events.pop_front();

        const QString last = lastText(e);
        const qint64 second = e.timeMs / 1000;
        for (const QString &key : keysOf(e)) {
            Tally &t = m_tallies[key];
            ++t.count;
            t.nonConforming += ev.nonConforming ? 1 : 0;
            if (e.timeMs >= t.lastMs) {
                t.lastMs = e.timeMs;
                t.last = last;
            }
            if (second > t.lastSecond) {
                for (qint64 s = std::max(t.lastSecond + 1, second - Tally::RateSeconds + 1); s <= second; ++s)
                    t.perSecond[size_t(s % Tally::RateSeconds)] = 0;
                t.lastSecond = second;
            }
            if (second > t.lastSecond - Tally::RateSeconds)
                ++t.perSecond[size_t(second % Tally::RateSeconds)];
        }
        m_latestMs = std::max(m_latestMs, e.timeMs);
    }
    if (changed)
        ++m_generation;
}

void Traffic::expire(qint64 nowMs)
{
    std::vector<qint64> expired;
    m_stats.expire(nowMs, &expired);
    markUnanswered(expired);
    if (!expired.empty())
        ++m_generation;
}

void Traffic::clear()
{
    m_tallies.clear();
    m_events.clear();
    m_stats.clear();
    m_serial = 0;
    m_latestMs = 0;
    ++m_generation;
    ++m_session;
}

} // namespace Signalbox::Live
