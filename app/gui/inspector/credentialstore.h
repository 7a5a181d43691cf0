// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Signalbox {

/**
 * Credentials kept in the system keychain (QtKeychain: Secret Service, KWallet…), never in
 * settings files. Every call is asynchronous; the callback gets the result or an error message
 * (for example when no keychain service is running).
 */
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// \a done(secret, error): secret empty and error empty when nothing is stored under \a key.
    void read(const QString &key, std::function<void(const QString &secret, const QString &error)> done);
    void write(const QString &key, const QString &secret, std::function<void(const QString &error)> done);
    void remove(const QString &key, std::function<void(const QString &error)> done);

    static QString service() { return QStringLiteral("Signalbox"); }
};

} // namespace Signalbox
