// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionsettings.h"

#include <asyncapi/document/elementid.h>
#include <asyncapi/document/spec.h>

#include <QMap>
#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {
class DocumentSet;
}

namespace Signalbox::Live {

// What a live connection goes to, chosen from a document: the server, the channel (or the
// operation and its channel), the messages. The inspector's form and `signalbox-cli probe` choose
// the same way.

/**
 * The server a connection goes to when none is chosen: the first whose protocol a live connection
 * speaks (WebSocket, HTTP), among those \a channel is restricted to when it is given and lists any;
 * null when there is none.
 */
const AsyncApi::Server *defaultServer(const AsyncApi::Spec &spec, const AsyncApi::Channel *channel = nullptr);

/// Whether \a channel is on the server named \a server: it lists it, or lists none (then it is on all).
bool isOnServer(const AsyncApi::Channel &channel, const QString &server);

/**
 * The server a connection to \a channel goes to, given that \a current (a server name, may be
 * empty) is chosen: \a current when the channel is on it, else defaultServer() for the channel,
 * else the first server the channel lists that the document has; null when there is none.
 */
const AsyncApi::Server *serverFor(const AsyncApi::Spec &spec, const AsyncApi::Channel &channel, const QString &current);

/// The operation \a target names; null for a channel, or when there is no such operation.
const AsyncApi::Operation *operationOf(const AsyncApi::Spec &spec, const AsyncApi::ElementId &target);

/// The channel \a target names: the channel itself, or the operation's channel; null when none.
const AsyncApi::Channel *channelOf(const AsyncApi::Spec &spec, const AsyncApi::ElementId &target);

/// The names of the messages \a target exchanges: an operation's own when it lists any, else all of its channel's.
QStringList messageNames(const AsyncApi::Spec &spec, const AsyncApi::ElementId &target);

/// The index in \a channel's messages of the one named \a name, the first when \a name is empty; -1 when none.
int messageIndex(const AsyncApi::Channel &channel, const QString &name);

/**
 * Fills the kind, URL and security schemes of \a settings for \a server and \a channel (which may
 * be null), with \a values for server variables and channel parameters (see buildEndpoint());
 * why there is no usable URL, or empty.
 */
QString applyServer(ConnectionSettings &settings, const AsyncApi::Server &server, const AsyncApi::Channel *channel,
                    const QMap<QString, QString> &values = {});

} // namespace Signalbox::Live
