// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/spec.h>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Signalbox::Live {

/** Where a server and channel of a document say to connect. */
struct Endpoint
{
    enum class Kind { WebSocket, ServerSentEvents, Unsupported };
    Kind kind = Kind::Unsupported;
    QUrl url;
    /// Server variables and channel parameters that have no value (nor default, enum or example).
    QStringList missing;
    /// Why there is no usable URL; empty when url is valid.
    QString error;
};

/// What the inspector connects to with \a scheme (a URL scheme or a server protocol, any case):
/// ws and wss are WebSocket, http and https Server-Sent Events, anything else is unsupported.
Endpoint::Kind endpointKind(const QString &scheme);

/// The value a form starts from: the default, else the first enum value (else the first example).
QString initialValue(const AsyncApi::ServerVariable &variable);
QString initialValue(const AsyncApi::Parameter &parameter);

/**
 * The URL for \a server and \a channel (which may be null: the server alone). The scheme comes
 * from the server's protocol (ws, wss: WebSocket; http, https: Server-Sent Events) unless a 2.x
 * `url` already has one; `{name}` in the host and pathname takes server variable values, in the
 * channel address channel parameter values (percent-encoded), from \a values by name, else their
 * initialValue(). A server variable value that would change where the URL points (/ @ ? # \ %,
 * white space or control characters in the host or port) is refused with an error; in a path it
 * is percent-encoded (slashes kept). The channel address is appended to the server's path.
 */
Endpoint buildEndpoint(const AsyncApi::Server &server, const AsyncApi::Channel *channel,
                       const QMap<QString, QString> &values = {});

} // namespace Signalbox::Live
