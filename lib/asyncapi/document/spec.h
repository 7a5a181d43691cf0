// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Signalbox::AsyncApi {

/**
 * What every element of the model has: its name (the key it is defined under), where that key
 * is, the JSON pointer of its definition and the node itself (references followed) for the
 * fields the model does not lift. Nodes stay valid while the owning Analysis lives.
 */
struct Element
{
    QString name;
    SourceRange range;  ///< The key (or item) in the main document that defines or refers to it.
    SourceRange extent; ///< From that key to the end of its value in the main document.
    QString pointer;
    NodeRef node;
};

/** A link to documentation elsewhere (`externalDocs`). */
struct ExternalDocs
{
    QString url;
    QString description;

    bool isEmpty() const { return url.isEmpty() && description.isEmpty(); }
};

struct Tag
{
    QString name;
    QString description;
    ExternalDocs externalDocs;
};

/** An element's `bindings`: the object itself (free-form, per protocol) and its protocols. */
struct Bindings
{
    NodeRef node; ///< The bindings object (reference followed), empty when there is none.
    QStringList protocols;

    bool isEmpty() const { return protocols.isEmpty(); }
};

/**
 * A security scheme as a server or operation requires it: the definition resolved
 * (`components/securitySchemes`, a reference, or written inline) and the scopes asked for.
 */
struct SecurityScheme
{
    QString name;          ///< Its key under components/securitySchemes; an inline scheme is named by its type.
    bool resolved = false; ///< The definition was found; the fields below are empty otherwise.
    QString type;          ///< userPassword, apiKey, X509, httpApiKey, http, oauth2, openIdConnect, …
    QString description;
    QString scheme; ///< http: basic, bearer, …
    QString bearerFormat;
    QString in;            ///< apiKey and httpApiKey: user, password, query, header or cookie.
    QString parameterName; ///< httpApiKey: the `name` of the header, query parameter or cookie.
    QString openIdConnectUrl;
    QStringList scopes; ///< 2.x: the requirement's list; 3.x: the scheme's `scopes`.
};

struct Contact
{
    QString name;
    QString url;
    QString email;
};

struct License
{
    QString name;
    QString url;
};

struct Info
{
    QString title;
    QString version;
    QString description;
    QString termsOfService;
    Contact contact;
    License license;
    ExternalDocs externalDocs;
    QList<Tag> tags;
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
    QList<SecurityScheme> security; ///< The schemes it requires, in the order written.
    QList<Tag> tags;
    ExternalDocs externalDocs;
    Bindings bindings;
};

struct Parameter : Element
{
    QStringList enumValues;
    QString defaultValue;
    QStringList examples;
    QString description;
    QString location;
};

/** One of a message's `examples`. */
struct MessageExample
{
    int index = 0; ///< Its place in the list as written, from 0 (items that are not objects are left out).
    QString name;
    QString summary;
    NodeRef payload; ///< As written (references inside are not followed).
    NodeRef headers;
};

struct CorrelationId
{
    QString location; ///< A runtime expression, e.g. `$message.header#/correlationId`; empty when none.
    QString description;

    /// The JSON pointer of a location into the payload (`$message.payload#/a/b`); nullopt for any other.
    std::optional<QString> payloadPointer() const { return pointerAfter(QStringLiteral("$message.payload#")); }
    /// The JSON pointer of a location into the headers (`$message.header#/a/b`); nullopt for any other.
    std::optional<QString> headerPointer() const { return pointerAfter(QStringLiteral("$message.header#")); }

private:
    std::optional<QString> pointerAfter(const QString &prefix) const
    {
        return location.startsWith(prefix) ? std::optional<QString>(location.mid(prefix.size())) : std::nullopt;
    }
};

/**
 * A message. In a 3.x document its name is its key in the channel's `messages`; a 2.x message
 * (under an operation's `message`, or one of its `oneOf`) is named by its `messageId`, else the key
 * it has under components/messages, else its `name`, else "<anonymous-message-N>" in document order.
 */
struct Message : Element
{
    QString messageName; ///< The message's `name` field.
    QString messageId;   ///< 2.x `messageId`.
    QString title;
    QString summary;
    QString description;
    QString contentType;
    QString schemaFormat; ///< Of the payload; empty means the document's default (JSON Schema).
    NodeRef payload;      ///< The payload schema (multi-format wrapper unwrapped), may be empty.
    NodeRef headers;      ///< The headers schema (unwrapped as the payload), may be empty.
    CorrelationId correlationId;
    QList<MessageExample> examples;
    QList<Tag> tags;
    ExternalDocs externalDocs;
    Bindings bindings;
    QStringList traits; ///< Names of the message traits applied ("(inline)" for one written in place).

    /** Whether the payload is a JSON Schema (AsyncAPI Schema or JSON Schema, any version), so can be checked. */
    bool isJsonSchema() const;
};

/** Whether \a schemaFormat names the AsyncAPI Schema or JSON Schema (an empty format is the default: yes). */
bool isJsonSchemaFormat(QStringView schemaFormat);

struct Channel : Element
{
    QString address; ///< Empty with \c dynamicAddress when the address is null or absent.
    bool dynamicAddress = false;
    QString title;
    QString description;
    QList<Parameter> parameters;
    QList<Message> messages; ///< 2.x: the messages of its publish and subscribe operations, each once.
    QStringList servers;     ///< Names of the servers it is restricted to; empty means all.
    QList<Tag> tags;
    ExternalDocs externalDocs;
    Bindings bindings;

    const Message *message(const QString &name) const;
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
    QString verb2x;     ///< 2.x: "publish" or "subscribe" as written (mapped onto \c action); empty in 3.x.
    QString channel;    ///< Name of the channel, empty when it does not resolve.
    QString channelRef; ///< 3.x: the channel's `$ref` as written, also when it does not resolve.
    bool channelResolved = false;
    QStringList messages; ///< Names within the channel (see messagesListed).
    /// The operation's messages are the ones in \c messages, even none (2.x: its `message`); otherwise
    /// (a 3.x operation that lists none) all of its channel's.
    bool messagesListed = false;
    QString title;
    QString summary;
    QString description;
    Reply reply;
    QStringList traits;
    QList<SecurityScheme> security;
    QList<Tag> tags;
    ExternalDocs externalDocs;
    Bindings bindings;
};

/**
 * The operation's action for people: "send" or "receive", translated; a 2.x operation also says its
 * verb, "receive (2.x publish)", since 2.x verbs are read from the other side.
 */
QString actionLabel(const Operation &operation);

/**
 * What the action means for the application, in one sentence; for 2.x the reading the official
 * converter applies by default ("publish" describes what others publish: the application receives).
 */
QString actionExplanation(const Operation &operation);

struct Component : Element
{
    QString kind; ///< The components map it is in: schemas, messages, …
};

/**
 * The immutable model of an AsyncAPI document, 3.x shaped (a 2.x document is mapped onto it:
 * channel keys become addresses, publish/subscribe become receive/send operations, their messages
 * the channel's). Views, export, the matcher and the live path read the document through it;
 * buildSpec() (specbuilder.h) makes it.
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
    /** The messages \a operation sends or receives: those it lists, else all of its channel's. */
    QList<const Message *> messagesOf(const Operation &operation) const;
};

} // namespace Signalbox::AsyncApi
