// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/spec.h>
#include <asyncapi/refs/documentset.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
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
    QString type;      ///< the scheme's `type`
    QString parameter; ///< header, query or cookie name of an API key
    QString description;
    QString problem; ///< why the scheme cannot be used although the spec names it (Unsupported), else empty
};

/** The schemes \a server requires, as a connection can send their credentials. */
QList<SecurityScheme> serverSecurity(const AsyncApi::Server &server);

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
 * Returns why nothing was put when the credential cannot go into a header (a line break or NUL
 * in it), else an empty string.
 */
QString applyCredential(const SecurityScheme &scheme, const Credential &credential, QUrl &url,
                        QList<QPair<QByteArray, QByteArray>> &headers);

/**
 * Why \a name and \a value cannot be sent as an HTTP header: a name that is not an RFC 9110 token,
 * or a line break or NUL in the value (which would add headers of the sender's choosing). Empty
 * when they can.
 */
QString headerProblem(const QByteArray &name, const QByteArray &value);

/**
 * Whether a query parameter, header or cookie called \a name probably carries a credential: its
 * name, or a part of it (split at punctuation and lower-to-upper case changes, compared in any
 * case), is token, key, secret, password, auth, signature, sig, session, jwt, bearer, credential,
 * nonce and the like, or it contains token, secret, passw, apikey, bearer, jwt, credential or auth;
 * or it is code (an OAuth authorization code).
 */
bool looksLikeCredentialName(QStringView name);

/**
 * \a url with its user info and the values of query (and fragment) parameters that carry
 * credentials replaced by "•••": parameters whose names looksLikeCredentialName(), and the API
 * keys \a schemes put in the query; names are compared percent-encoded and decoded.
 */
QUrl redactedUrl(QUrl url, const QList<SecurityScheme> &schemes);

/**
 * \a url as shown to the user and logged: decoded for reading, but its host in ASCII (IDNA
 * "xn--" form) so that a host in another script that looks like a known one cannot pass as it;
 * no password.
 */
QString shownUrl(const QUrl &url);

/**
 * Hides the secrets of one connection in what is shown or saved about it: its URL (redactedUrl())
 * and any text, such as an error message, that quotes the URL or a credential it carries (the
 * values redactedUrl() hides, in every encoding, and those of headers whose names look like
 * credentials: Authorization, Cookie, API keys).
 */
class Redactor
{
public:
    Redactor() = default;
    Redactor(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
             const QList<SecurityScheme> &schemes);

    QUrl url(const QUrl &url) const { return redactedUrl(url, m_schemes); }
    QString text(QString text) const;

private:
    QList<SecurityScheme> m_schemes;
    QStringList m_secrets; // longest first
};

/**
 * When \a url is plain ws:// or http:// and a credential would travel with it (user info, a
 * query parameter or header that looks like one, or an API key of \a schemes), what would be
 * sent in clear, as a phrase ("an Authorization header", "the query parameter token"…); empty
 * otherwise.
 */
QStringList plaintextCredentials(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QList<SecurityScheme> &schemes);

} // namespace Signalbox::Live
