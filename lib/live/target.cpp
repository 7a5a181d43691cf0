// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "target.h"

#include "endpoint.h"
#include "security.h"

namespace Signalbox::Live {

using AsyncApi::ElementId;

const AsyncApi::Server *defaultServer(const AsyncApi::Spec &spec, const AsyncApi::Channel *channel)
{
    for (const AsyncApi::Server &s : spec.servers)
        if (endpointKind(s.protocol) != Endpoint::Kind::Unsupported &&
            (!channel || channel->servers.isEmpty() || channel->servers.contains(s.name)))
            return &s;
    return nullptr;
}

bool isOnServer(const AsyncApi::Channel &channel, const QString &server)
{
    return channel.servers.isEmpty() || channel.servers.contains(server);
}

const AsyncApi::Server *serverFor(const AsyncApi::Spec &spec, const AsyncApi::Channel &channel, const QString &current)
{
    if (const AsyncApi::Server *s = current.isEmpty() ? nullptr : spec.server(current);
        s && isOnServer(channel, current))
        return s;
    if (const AsyncApi::Server *s = defaultServer(spec, &channel))
        return s;
    for (const QString &name : channel.servers)
        if (const AsyncApi::Server *s = spec.server(name))
            return s;
    return nullptr;
}

const AsyncApi::Operation *operationOf(const AsyncApi::Spec &spec, const ElementId &target)
{
    return target.kind == ElementId::Kind::Operation ? spec.operation(target.name) : nullptr;
}

const AsyncApi::Channel *channelOf(const AsyncApi::Spec &spec, const ElementId &target)
{
    if (target.kind == ElementId::Kind::Channel)
        return spec.channel(target.name);
    if (const AsyncApi::Operation *op = operationOf(spec, target))
        return spec.channel(op->channel);
    return nullptr;
}

QStringList messageNames(const AsyncApi::Spec &spec, const ElementId &target)
{
    if (const AsyncApi::Operation *op = operationOf(spec, target); op && op->messagesListed)
        return op->messages;
    QStringList all;
    if (const AsyncApi::Channel *ch = channelOf(spec, target))
        for (const AsyncApi::Message &m : ch->messages)
            all << m.name;
    return all;
}

int messageIndex(const AsyncApi::Channel &channel, const QString &name)
{
    for (int i = 0; i < channel.messages.size(); ++i)
        if (name.isEmpty() || channel.messages.at(i).name == name)
            return i;
    return -1;
}

QString applyServer(ConnectionSettings &settings, const AsyncApi::Server &server, const AsyncApi::Channel *channel,
                    const QMap<QString, QString> &values)
{
    const Endpoint ep = buildEndpoint(server, channel, values);
    if (!ep.error.isEmpty())
        return ep.error;
    settings.kind = ep.kind;
    settings.url = ep.url;
    settings.schemes = serverSecurity(server);
    return {};
}

} // namespace Signalbox::Live
