// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace Signalbox::Live {

/** How a connection treats TLS. Errors stop it unless ignoring them was chosen for it. */
struct TlsOptions
{
    QString caFile;            ///< PEM file of extra certificate authorities to trust
    bool ignoreErrors = false; ///< go on despite certificate errors (reported as a warning)
};

/**
 * The configuration for \a options: the system's authorities plus those of caFile. \a error gets
 * a message when the file cannot be read or holds no certificate.
 */
QSslConfiguration sslConfiguration(const TlsOptions &options, QString *error);

/** What a connection does with certificate errors under \a options; the message names the errors. */
struct TlsVerdict
{
    bool ignore = false; ///< go on (and warn with message), else stop with message
    QString message;
};
TlsVerdict judgeSslErrors(const QList<QSslError> &errors, const TlsOptions &options);

} // namespace Signalbox::Live
