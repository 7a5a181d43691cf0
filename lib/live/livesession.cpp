// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "livesession.h"

#include <asyncapi/analysis.h>
#include <asyncapi/messages/messagematcher.h>

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Signalbox::Live {

QThreadPool *LiveSession::jobPool()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool; // not deleted: its destructor would wait for running jobs
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

LiveSession::LiveSession(QObject *parent)
    : QObject(parent)
    , m_connection(new LiveConnection(this))
{
    connect(m_connection, &LiveConnection::entriesArrived, this, &LiveSession::entriesArrived);
    connect(m_connection, &LiveConnection::stateChanged, this, &LiveSession::stateChanged);
    connect(m_connection, &LiveConnection::finished, this, &LiveSession::finished);
}

LiveSession::~LiveSession() = default;

void LiveSession::setChannel(const std::shared_ptr<const AsyncApi::Analysis> &analysis, const QString &channel)
{
    // Compiled off this thread; until it is there, messages are logged unchecked.
    m_connection->setMatcher(nullptr);
    m_connection->setChannel(channel);
    const quint64 mine = ++*m_matcherGeneration;
    const AsyncApi::Channel *ch = analysis && analysis->spec ? analysis->spec->channel(channel) : nullptr;
    if (!ch || !analysis->documents)
        return;
    const QList<AsyncApi::Message> messages = ch->messages;
    using Matcher = std::shared_ptr<const AsyncApi::MessageMatcher>;
    auto *watcher = new QFutureWatcher<Matcher>(this);
    ++m_jobs;
    const auto generation = m_matcherGeneration;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, mine] {
        --m_jobs;
        watcher->deleteLater();
        if (*generation == mine) // else a newer job's result is what counts
            m_connection->setMatcher(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(jobPool(), [analysis, messages, generation, mine]() -> Matcher {
        if (*generation != mine) // asked for again meanwhile: this answer would be thrown away
            return nullptr;
        try {
            return std::make_shared<AsyncApi::MessageMatcher>(*analysis->documents, messages);
        } catch (...) { // out of memory, say: messages are logged unchecked rather than a lost window
            return nullptr;
        }
    }));
}

void LiveSession::open(const ConnectionSettings &settings)
{
    m_connection->open(settings);
}

void LiveSession::close(int code, const QString &reason)
{
    m_connection->close(code, reason);
}

bool LiveSession::send(const QByteArray &payload, bool binary, int message)
{
    return m_connection->send(payload, binary, message);
}

bool LiveSession::ping()
{
    return m_connection->ping();
}

} // namespace Signalbox::Live
