// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "tls.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace Signalbox::Live {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxTls)
};
/** One line naming the errors, e.g. "The certificate is self-signed". */
QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors)
        if (!parts.contains(e.errorString()))
            parts << e.errorString();
    return parts.join(QLatin1String("; "));
}

} // namespace

QSslConfiguration sslConfiguration(const TlsOptions &options, QString *error)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!options.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (cas.isEmpty()) {
            if (error)
                *error = Tr::tr("No PEM certificate could be read from %1").arg(options.caFile);
        } else {
            conf.addCaCertificates(cas);
        }
    }
    return conf;
}

TlsVerdict judgeSslErrors(const QList<QSslError> &errors, const TlsOptions &options)
{
    const QString what = describeSslErrors(errors);
    if (options.ignoreErrors)
        return {true, Tr::tr("TLS errors ignored as asked: %1").arg(what)};
    return {false, Tr::tr("TLS: %1").arg(what)};
}

} // namespace Signalbox::Live
