// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "spec.h"

namespace Signalbox::AsyncApi {

namespace {

template<typename T> const T *byName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

bool isJsonSchemaFormat(QStringView schemaFormat)
{
    // Media types compare without regard to case; any version of either schema language.
    return schemaFormat.isEmpty() ||
           schemaFormat.startsWith(QLatin1StringView("application/vnd.aai.asyncapi"), Qt::CaseInsensitive) ||
           schemaFormat.startsWith(QLatin1StringView("application/schema+json"), Qt::CaseInsensitive) ||
           schemaFormat.startsWith(QLatin1StringView("application/schema+yaml"), Qt::CaseInsensitive);
}

bool Message::isJsonSchema() const
{
    return isJsonSchemaFormat(schemaFormat);
}

const Message *Channel::message(const QString &name) const
{
    return byName(messages, name);
}

const Channel *Spec::channel(const QString &name) const
{
    return byName(channels, name);
}

const Server *Spec::server(const QString &name) const
{
    return byName(servers, name);
}

const Operation *Spec::operation(const QString &name) const
{
    return byName(operations, name);
}

QList<const Message *> Spec::messagesOf(const Operation &operation) const
{
    QList<const Message *> out;
    const Channel *c = operation.channelResolved ? channel(operation.channel) : nullptr;
    if (!c)
        return out;
    for (const Message &m : c->messages) {
        if (!operation.messagesListed || operation.messages.contains(m.name))
            out << &m;
    }
    return out;
}

} // namespace Signalbox::AsyncApi
