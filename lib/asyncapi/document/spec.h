// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {

/**
 * What every element of the model has: its name (the key it is defined under), where that key
 * is, the JSON pointer of its definition and the node itself (references followed) for the
 * fields the model does not lift. Nodes stay valid while the owning Analysis lives.
 */
struct Element
{
    QString name;
    SourceRange range; ///< The key (or item) in the main document that defines or refers to it.
    SourceRange extent; ///< From that key to the end of its value in the main document.
    QString pointer;
    NodeRef node;
};

struct Info
{
    QString title;
    QString version;
    QString description;
    SourceRange range;
};

struct ServerVariable : Element
{
    QString defaultValue;
    QStringList enumValues;
    QString description;
};

struct Server : Element
{
    QString host;
    QString protocol;
    QString protocolVersion;
    QString pathname;
    QString title;
    QString description;
    QList<ServerVariable> variables;
    QStringList security; ///< Names of the security schemes it requires.
    QStringList bindings; ///< Protocols with bindings.
};

struct Parameter : Element
{
    QStringList enumValues;
    QString defaultValue;
    QStringList examples;
    QString description;
    QString location;
};

struct Message : Element
{
    QString messageName; ///< The message's `name` field.
    QString title;
    QString summary;
    QString contentType;
    QString schemaFormat;
    NodeRef payload; ///< The payload schema (multi-format wrapper unwrapped), may be empty.
    NodeRef headers;
    int exampleCount = 0;
};

struct Channel : Element
{
    QString address; ///< Empty with \c dynamicAddress when the address is null or absent.
    bool dynamicAddress = false;
    QString title;
    QString description;
    QList<Parameter> parameters;
    QList<Message> messages;
    QStringList servers; ///< Names of the servers it is restricted to; empty means all.
    QStringList bindings;
};

struct Reply
{
    bool present = false;
    QString channel;      ///< Name of the reply channel, empty when none or unresolved.
    QString address;      ///< Runtime expression or address of the reply, if given.
    QStringList messages; ///< Names of the reply messages within the reply channel.
    SourceRange range;
};

struct Operation : Element
{
    enum class Action { Send, Receive, Unknown };
    Action action = Action::Unknown;
    QString channel; ///< Name of the channel, empty when it does not resolve.
    bool channelResolved = false;
    QStringList messages; ///< Names within the channel; all of the channel's when none are listed.
    QString title;
    QString summary;
    QString description;
    Reply reply;
    QStringList traits;
    QStringList security;
    QStringList bindings;
};

struct Component : Element
{
    QString kind; ///< The components map it is in: schemas, messages, …
};

/**
 * The immutable model of an AsyncAPI document, 3.x shaped (a 2.x document is mapped onto it:
 * channel keys become addresses, publish/subscribe become receive/send operations).
 */
struct Spec
{
    QString asyncapiVersion;
    int majorVersion = 0;
    QString id;
    QString defaultContentType;
    Info info;
    QList<Server> servers;
    QList<Channel> channels;
    QList<Operation> operations;
    QList<Component> components;

    const Channel *channel(const QString &name) const;
    const Server *server(const QString &name) const;
    const Operation *operation(const QString &name) const;
};

} // namespace Signalbox::AsyncApi
