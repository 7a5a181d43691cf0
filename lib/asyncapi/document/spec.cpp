// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "spec.h"

#include <QCoreApplication>

namespace Signalbox::AsyncApi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxModel)
};

template<typename T> const T *byName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

QString actionLabel(const Operation &operation)
{
    const QString action = operation.action == Operation::Action::Send      ? Tr::tr("send")
                           : operation.action == Operation::Action::Receive ? Tr::tr("receive")
                                                                            : Tr::tr("action?");
    if (operation.verb2x.isEmpty())
        return action;
    //: %1 is "send" or "receive", %2 the 2.x verb as written (publish, subscribe): not translated
    return Tr::tr("%1 (2.x %2)").arg(action, operation.verb2x);
}

QString actionExplanation(const Operation &operation)
{
    const bool send = operation.action == Operation::Action::Send;
    if (operation.verb2x == QLatin1String("publish"))
        return Tr::tr("In AsyncAPI 2.x, 'publish' describes what others publish to this channel: the application "
                      "receives these messages.");
    if (operation.verb2x == QLatin1String("subscribe"))
        return Tr::tr("In AsyncAPI 2.x, 'subscribe' describes what others subscribe to on this channel: the "
                      "application sends these messages.");
    if (operation.action == Operation::Action::Unknown)
        return Tr::tr("The action is neither 'send' nor 'receive'.");
    return send ? Tr::tr("The application sends these messages.") : Tr::tr("The application receives these messages.");
}

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
