// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/spec.h>
#include <asyncapi/refs/documentset.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Signalbox::Live {

/** A security scheme of a server, as a live connection can satisfy it. */
struct SecurityScheme
{
    enum class Kind {
        Bearer,       ///< http bearer, oauth2, openIdConnect: an Authorization: Bearer token
        Basic,        ///< http basic: user and password
        ApiKeyHeader, ///< httpApiKey in a header named parameter
        ApiKeyQuery,  ///< httpApiKey in a query parameter
        ApiKeyCookie, ///< httpApiKey in a cookie
        Unsupported,  ///< userPassword, X509, SASL…: not something an HTTP handshake carries
    };
    QString name; ///< its key under components/securitySchemes
    Kind kind = Kind::Unsupported;
    QString type; ///< the scheme's `type`
    QString parameter; ///< header, query or cookie name of an API key
    QString description;
};

/** The schemes \a server requires, resolved in components/securitySchemes of the main document. */
QList<SecurityScheme> serverSecurity(const AsyncApi::DocumentSet &set, const AsyncApi::Server &server);

/** A secret for a scheme: a token or key (secret alone) or a user and password. */
struct Credential
{
    QString user;
    QString secret;
    bool isEmpty() const { return user.isEmpty() && secret.isEmpty(); }
};

/**
 * Puts \a credential where \a scheme says: an Authorization header, another header, a query
 * parameter of \a url or a cookie. Nothing for an unsupported scheme or an empty credential.
 */
void applyCredential(const SecurityScheme &scheme, const Credential &credential, QUrl &url,
                     QList<QPair<QByteArray, QByteArray>> &headers);

/** \a url with the values of the API keys \a schemes put in its query replaced by "•••" (for the log). */
QUrl redactedUrl(QUrl url, const QList<SecurityScheme> &schemes);

} // namespace Signalbox::Live
