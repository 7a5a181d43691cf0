// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "trafficstats.h"

#include <asyncapi/document/spec.h>

#include <QJsonArray>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace Signalbox::Live {

namespace {

/** The value at \a pointer in \a payload, as compact JSON; empty when it is not there. */
QString valueAt(const QByteArray &payload, const QString &pointer)
{
    if (pointer.isNull())
        return {};
    const auto json = nlohmann::json::parse(payload.constBegin(), payload.constEnd(), nullptr, false);
    if (json.is_discarded())
        return {};
    try {
        const nlohmann::json::json_pointer at(pointer.toStdString());
        return json.contains(at) ? QString::fromStdString(json.at(at).dump()) : QString();
    } catch (const nlohmann::json::exception &) { // not a valid pointer
        return {};
    }
}

QJsonObject countJson(const TrafficStats::Count &c)
{
    return {{QStringLiteral("in"), c.in},
            {QStringLiteral("out"), c.out},
            {QStringLiteral("nonConforming"), c.nonConforming}};
}

} // namespace

void TrafficStats::Pairs::record(qint64 latencyMs)
{
    ++answered;
    ++histogram[latencyMs];
    latencies.push_back(latencyMs);
    if (latencies.size() > MaxLatencies)
        latencies.erase(latencies.begin(), latencies.begin() + qsizetype(latencies.size() - MaxLatencies / 2));
}

qint64 TrafficStats::Pairs::percentile(int p) const
{
    // Nearest rank: the smallest value with at least p% of the values at or below it. Counted by
    // value, so that a long session costs as many steps as it had distinct latencies.
    qint64 total = 0;
    for (const auto &[value, count] : histogram)
        total += count;
    if (total == 0)
        return -1;
    const qint64 rank = std::clamp<qint64>((p * total + 99) / 100, 1, total);
    qint64 seen = 0;
    for (const auto &[value, count] : histogram) {
        seen += count;
        if (seen >= rank)
            return value;
    }
    return histogram.rbegin()->first;
}

TrafficStats::TrafficStats(const AsyncApi::Spec *spec, qint64 replyTimeoutMs)
    : m_timeoutMs(replyTimeoutMs)
{
    setSpec(spec);
}

void TrafficStats::setSpec(const AsyncApi::Spec *spec)
{
    if (!spec) {
        m_rules.clear();
        return;
    }
    std::vector<ReplyRule> rules;
    for (const AsyncApi::Operation &o : spec->operations) {
        if (!o.reply.present || o.channel.isEmpty())
            continue;
        if (o.action == AsyncApi::Operation::Action::Unknown)
            continue;
        ReplyRule rule;
        rule.operation = o.name;
        rule.requestFromApplication = o.action == AsyncApi::Operation::Action::Send;
        rule.requestChannel = o.channel;
        for (const AsyncApi::Message *m : spec->messagesOf(o)) {
            rule.requestMessages.append(m->name);
            // One pointer for the operation's requests: the first that declares one.
            if (rule.requestCorrelation.isNull())
                rule.requestCorrelation = m->correlationId.payloadPointer().value_or(QString());
        }
        rule.replyChannel = o.reply.channel.isEmpty() ? o.channel : o.reply.channel;
        rule.replyMessages = o.reply.messages;
        if (const AsyncApi::Channel *replies = spec->channel(rule.replyChannel)) {
            for (const AsyncApi::Message &m : replies->messages)
                rule.replyCorrelation.insert(m.name, m.correlationId.payloadPointer().value_or(QString()));
        }
        rules.push_back(std::move(rule));
    }
    if (rules == m_rules)
        return;
    m_rules = std::move(rules);
    for (const ReplyRule &rule : m_rules) {
        if (!m_pairs.contains(rule.operation))
            m_pairs.insert(rule.operation, {});
    }
}

void TrafficStats::add(const std::vector<LogEntry> &batch)
{
    for (const LogEntry &e : batch)
        add(e);
}

TrafficStats::Outcome TrafficStats::add(const LogEntry &e, qint64 serial, std::vector<qint64> *expired)
{
    if (e.direction == LogEntry::Direction::Connection)
        return {};
    const bool in = e.direction == LogEntry::Direction::Incoming;
    const bool bad = e.check == LogEntry::Check::Invalid || e.check == LogEntry::Check::Unknown;
    for (Count *c : {&m_all, &m_channels[e.channel], &m_messages[e.channel][e.message]}) {
        ++(in ? c->in : c->out);
        c->nonConforming += bad ? 1 : 0;
    }
    if (m_rules.empty() || e.message.isEmpty())
        return {};
    return pair(e, serial, expired);
}

TrafficStats::Outcome TrafficStats::pair(const LogEntry &e, qint64 serial, std::vector<qint64> *expired)
{
    expire(e.timeMs, expired);
    const bool fromApp = fromApplication(e);
    for (const ReplyRule &rule : m_rules) {
        if (fromApp != rule.requestFromApplication) {
            // The way replies go.
            if (e.channel != rule.replyChannel ||
                (!rule.replyMessages.isEmpty() && !rule.replyMessages.contains(e.message)))
                continue;
            auto waiting = m_waiting.find(rule.operation);
            if (waiting == m_waiting.end() || waiting->empty())
                continue;
            const QString id = valueAt(e.payload, rule.replyCorrelation.value(e.message));
            auto match = waiting->begin();
            if (!id.isEmpty()) {
                match = std::find_if(waiting->begin(), waiting->end(),
                                     [&id](const Waiting &w) { return w.correlation == id; });
                // A request whose id could not be read waits for whichever reply comes, in turn.
                if (match == waiting->end())
                    match = std::find_if(waiting->begin(), waiting->end(),
                                         [](const Waiting &w) { return w.correlation.isEmpty(); });
            }
            if (match == waiting->end())
                continue; // the reply of a request that is no longer waited for
            Outcome outcome{rule.operation, false, match->serial, std::max<qint64>(0, e.timeMs - match->timeMs)};
            m_pairs[rule.operation].record(outcome.latencyMs);
            waiting->erase(match);
            return outcome;
        }
        if (e.channel == rule.requestChannel && rule.requestMessages.contains(e.message)) {
            m_waiting[rule.operation].push_back({e.timeMs, valueAt(e.payload, rule.requestCorrelation), serial});
            return {rule.operation, true, -1, -1};
        }
    }
    return {};
}

void TrafficStats::expire(qint64 nowMs, std::vector<qint64> *expired)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        while (!it->empty() && nowMs - it->front().timeMs > m_timeoutMs) {
            ++m_pairs[it.key()].unanswered;
            if (expired)
                expired->push_back(it->front().serial);
            it->pop_front();
        }
    }
}

void TrafficStats::clear()
{
    m_all = {};
    m_channels.clear();
    m_messages.clear();
    m_waiting.clear();
    for (Pairs &p : m_pairs)
        p = {};
}

qint64 TrafficStats::waiting() const
{
    qint64 n = 0;
    for (const auto &w : m_waiting)
        n += qint64(w.size());
    return n;
}

QJsonObject TrafficStats::toJson() const
{
    QJsonObject channels;
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it) {
        QJsonObject c = countJson(it.value());
        QJsonObject messages;
        const QMap<QString, Count> byMessage = m_messages.value(it.key());
        for (auto m = byMessage.cbegin(); m != byMessage.cend(); ++m)
            messages.insert(m.key().isEmpty() ? QStringLiteral("(unknown)") : m.key(), countJson(m.value()));
        c.insert(QStringLiteral("messages"), messages);
        channels.insert(it.key().isEmpty() ? QStringLiteral("(unknown)") : it.key(), c);
    }
    QJsonObject operations;
    for (auto it = m_pairs.cbegin(); it != m_pairs.cend(); ++it) {
        const Pairs &p = it.value();
        operations.insert(it.key(), QJsonObject{{QStringLiteral("answered"), p.answered},
                                                {QStringLiteral("unanswered"), p.unanswered},
                                                {QStringLiteral("waiting"), qint64(m_waiting.value(it.key()).size())},
                                                {QStringLiteral("p50Ms"), p.percentile(50)},
                                                {QStringLiteral("p95Ms"), p.percentile(95)}});
    }
    QJsonObject out = countJson(m_all);
    out.insert(QStringLiteral("channels"), channels);
    out.insert(QStringLiteral("operations"), operations);
    return out;
}

} // namespace Signalbox::Live
