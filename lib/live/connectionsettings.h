// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"
#include "security.h"
#include "tls.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Signalbox::Live {

/** Everything a connection to a WebSocket or SSE endpoint needs. */
struct ConnectionSettings
{
    Endpoint::Kind kind = Endpoint::Kind::WebSocket;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< credentials included
    QList<SecurityScheme> schemes;                ///< whose secrets are hidden in the log
    TlsOptions tls;
    bool reconnect = false;
    /// Larger incoming messages (WebSocket: the connection closes with 1009) and SSE events (dropped, said) are
    /// refused.
    qint64 maxMessageBytes = 64 * 1024 * 1024;
    // WebSocket
    QStringList subprotocols;
    QString origin;
    // Server-Sent Events
    QByteArray method = "GET";
    QByteArray body;
    QStringList eventTypes;
    QString lastEventId;
};

} // namespace Signalbox::Live
