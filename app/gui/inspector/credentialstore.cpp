// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace Signalbox {

namespace {

/** QtKeychain's error as a sentence a user can act on (its own text is often "Unknown error"). */
QString describe(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no keychain service is running (Secret Service or KWallet)");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("the keychain denied access");
    case QKeychain::NotImplemented:
        return CredentialStore::tr("this system has no supported keychain");
    default:
        break;
    }
    const QString text = job->errorString();
    return text.isEmpty() || text == QLatin1String("Unknown error")
               ? CredentialStore::tr("the keychain service did not answer (is one running on this desktop?)")
               : text;
}

} // namespace

void CredentialStore::read(const QString &key, std::function<void(const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (r->error() == QKeychain::EntryNotFound)
            done({}, {});
        else if (r->error() != QKeychain::NoError)
            done({}, describe(r));
        else
            done(r->textData(), {});
    });
    job->start();
}

void CredentialStore::write(const QString &key, const QString &secret, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : describe(j));
    });
    job->start();
}

void CredentialStore::remove(const QString &key, std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(service(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? QString() : describe(j));
    });
    job->start();
}

} // namespace Signalbox
