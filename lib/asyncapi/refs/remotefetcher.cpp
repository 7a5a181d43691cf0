// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "remotefetcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <mutex>

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxReferences)
};

/*
 * The copies are kept by hand rather than in a QNetworkDiskCache: that cache decides by HTTP's
 * freshness heuristics when to ask the server again (a document could go unchecked for days), it
 * cannot hand out a stale copy with its age when the server is unreachable, and it is not made to
 * share one folder between processes (the window and the command line). One file per URL holds a
 * line of JSON (the URL, its validators, when it was fetched and last checked) and then the body;
 * it is replaced atomically.
 */
struct CachedCopy
{
    bool present = false;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime fetched;
    QDateTime checked;
    QString failure; ///< why the latest check did not reach the server; empty when it did
    QByteArray body;
};

QString entryPath(const QString &folder, const QString &url)
{
    return folder + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex()) +
           QStringLiteral(".entry");
}

CachedCopy readCache(const QString &path, const QString &url)
{
    CachedCopy copy;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return copy;
    const QByteArray bytes = f.readAll();
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0)
        return copy;
    const QJsonObject meta = QJsonDocument::fromJson(bytes.left(newline)).object();
    if (meta.value(QLatin1String("url")).toString() != url) // a damaged file, or (never seen) a hash collision
        return copy;
    copy.present = true;
    copy.etag = meta.value(QLatin1String("etag")).toString().toLatin1();
    copy.lastModified = meta.value(QLatin1String("lastModified")).toString().toLatin1();
    copy.fetched = QDateTime::fromMSecsSinceEpoch(qint64(meta.value(QLatin1String("fetched")).toDouble()), Qt::UTC);
    copy.checked = QDateTime::fromMSecsSinceEpoch(qint64(meta.value(QLatin1String("checked")).toDouble()), Qt::UTC);
    copy.failure = meta.value(QLatin1String("failure")).toString();
    copy.body = bytes.mid(newline + 1);
    return copy;
}

void writeCache(const QString &folder, const QString &path, const QString &url, const CachedCopy &copy)
{
    // A cache that cannot be written only costs a fetch next time.
    if (!QDir().mkpath(folder))
        return;
    const QJsonObject meta{{QStringLiteral("url"), url},
                           {QStringLiteral("etag"), QString::fromLatin1(copy.etag)},
                           {QStringLiteral("lastModified"), QString::fromLatin1(copy.lastModified)},
                           {QStringLiteral("fetched"), double(copy.fetched.toMSecsSinceEpoch())},
                           {QStringLiteral("checked"), double(copy.checked.toMSecsSinceEpoch())},
                           {QStringLiteral("failure"), copy.failure}};
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(meta).toJson(QJsonDocument::Compact) + '\n');
    f.write(copy.body);
    f.commit();
}

QString seconds(int ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 3);
}

QString staleWarning(const CachedCopy &copy)
{
    return Tr::tr("%1; the copy fetched on %2 is used")
        .arg(copy.failure, QLocale().toString(copy.fetched.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

RemoteFetcher::RemoteFetcher(RemoteFetchOptions options)
    : m_options(std::move(options))
{}

QString RemoteFetcher::defaultCacheFolder()
{
    // Not the application's own cache location: the window and signalbox-cli share the copies.
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/Signalbox/remote-refs");
}

std::function<FetchResult(const QString &url)> RemoteFetcher::callback(const RemoteFetchOptions &options)
{
    // One callback serves one analysis (or one command-line run), on one thread at a time: once a
    // host has not answered in time, its other documents are not waited for again.
    auto silentHosts = std::make_shared<QHash<QString, QString>>();
    return [fetcher = RemoteFetcher(options), silentHosts](const QString &url) {
        const QString host = QUrl(url).host();
        const auto silent = silentHosts->constFind(host);
        const Attempt attempt = fetcher.fetchImpl(url, silent == silentHosts->cend() ? nullptr : &*silent);
        if (attempt.timedOut && silent == silentHosts->cend())
            silentHosts->insert(host, Tr::tr("%1 did not answer an earlier request in time").arg(host));
        return attempt.fetched;
    };
}

FetchResult RemoteFetcher::fetch(const QString &url) const
{
    return fetchImpl(url, nullptr).fetched;
}

namespace {

/**
 * Recent failures to reach a server for a document with no kept copy, process-wide: such a server
 * is not asked (nor waited for) again within revalidateAfterSeconds, as one with a kept copy is not,
 * since the window analyses on every pause in typing.
 */
struct RecentFailures
{
    std::mutex mutex;
    QHash<QString, std::pair<QDateTime, QString>> byEntry; // cache entry → when, why
};

RecentFailures &recentFailures()
{
    static RecentFailures failures;
    return failures;
}

} // namespace

RemoteFetcher::Attempt RemoteFetcher::fetchImpl(const QString &url, const QString *knownFailure) const
{
    Attempt attempt;
    FetchResult &result = attempt.fetched;
    const QUrl target(url);
    const QString scheme = target.scheme().toLower();
    if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        target.host().isEmpty()) {
        result.error = Tr::tr("only http and https addresses are fetched");
        return attempt;
    }
    const QString folder = m_options.cacheFolder.isEmpty() ? defaultCacheFolder() : m_options.cacheFolder;
    const QString entry = entryPath(folder, url);
    CachedCopy cached = readCache(entry, url);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (cached.present && cached.checked.isValid() && cached.checked <= now &&
        cached.checked.secsTo(now) < m_options.revalidateAfterSeconds) {
        // Checked a moment ago (successfully or not): not asked again, so that an analysis on
        // every pause in typing neither asks the server each time nor waits for one that is gone.
        result.bytes = cached.body;
        if (!cached.failure.isEmpty())
            result.warning = staleWarning(cached);
        return attempt;
    }
    if (!cached.present) {
        RecentFailures &failures = recentFailures();
        std::lock_guard lock(failures.mutex);
        if (const auto it = failures.byEntry.constFind(entry); it != failures.byEntry.cend()) {
            if (it->first <= now && it->first.secsTo(now) < m_options.revalidateAfterSeconds) {
                result.error = it->second;
                return attempt;
            }
            failures.byEntry.erase(it);
        }
    }
    if (knownFailure) {
        if (cached.present) {
            cached.failure = *knownFailure;
            result.bytes = cached.body;
            result.warning = staleWarning(cached);
        } else {
            result.error = *knownFailure;
        }
        return attempt;
    }

    enum class Stop { None, Timeout, TooLarge, Redirect, TooManyRedirects };
    Stop stop = Stop::None;
    QUrl refusedRedirect;
    QByteArray body;
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply;
    QEventLoop loop;
    QTimer timer; // for the whole fetch, redirects included
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        stop = Stop::Timeout;
        reply->abort();
    });
    timer.start(m_options.timeoutMs);
    // Redirects are followed here, one request each, rather than by Qt: Qt 6.4 sometimes ends a
    // reply after a few redirects with neither an answer nor an error.
    QUrl current = target;
    for (int redirects = 0;; ++redirects) {
        QNetworkRequest request(current);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Signalbox"));
        request.setRawHeader("Accept", "application/yaml, application/json, text/yaml, text/plain;q=0.9, */*;q=0.5");
        if (cached.present && !cached.etag.isEmpty())
            request.setRawHeader("If-None-Match", cached.etag);
        if (cached.present && !cached.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", cached.lastModified);
        reply.reset(network.get(request));
        QNetworkReply *r = reply.get();
        // Qt stops reading from the socket past this, so a server that streams without end
        // cannot fill memory while the loop is busy; the cap is checked on what arrives.
        r->setReadBufferSize(std::min<qint64>(m_options.maxBytes + 1, qint64(1) << 20));
        auto tooLarge = [&] {
            stop = Stop::TooLarge;
            r->abort();
        };
        auto isRedirect = [r] {
            const int code = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            return code >= 300 && code < 400 && code != 304 && r->hasRawHeader("Location");
        };
        QObject::connect(r, &QNetworkReply::metaDataChanged, r, [&, r] {
            const QVariant length = r->header(QNetworkRequest::ContentLengthHeader);
            if (!isRedirect() && length.isValid() && length.toLongLong() > m_options.maxBytes)
                tooLarge();
        });
        QObject::connect(r, &QNetworkReply::readyRead, r, [&, r] {
            if (isRedirect()) {
                r->readAll(); // a redirect's own text, not the document
                return;
            }
            // Never hold more than one byte past the cap.
            body += r->read(std::max<qint64>(0, m_options.maxBytes + 1 - body.size()));
            if (body.size() > m_options.maxBytes)
                tooLarge();
        });
        QObject::connect(r, &QNetworkReply::downloadProgress, r, [&, r](qint64 received, qint64) {
            if (!isRedirect() && received > m_options.maxBytes)
                tooLarge();
        });
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        if (stop != Stop::None || !isRedirect())
            break;
        const QUrl next = current.resolved(QUrl(QString::fromUtf8(r->rawHeader("Location"))));
        const QString from = current.scheme().toLower();
        const QString to = next.scheme().toLower();
        if (to != from && !(from == QLatin1String("http") && to == QLatin1String("https"))) {
            stop = Stop::Redirect;
            refusedRedirect = next;
            break;
        }
        if (redirects + 1 > m_options.maxRedirects) {
            stop = Stop::TooManyRedirects;
            break;
        }
        current = next;
    }
    timer.stop();
    if (stop == Stop::None && reply->bytesAvailable() > 0) {
        body += reply->read(std::max<qint64>(0, m_options.maxBytes + 1 - body.size()));
        if (body.size() > m_options.maxBytes)
            stop = Stop::TooLarge;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString failure; // a failure a cached copy may stand in for: the server was not reached or failed
    switch (stop) {
    case Stop::TooLarge:
        result.error = Tr::tr("it is larger than %1").arg(QLocale().formattedDataSize(m_options.maxBytes));
        return attempt;
    case Stop::Redirect:
        result.error = Tr::tr("the server redirected to '%1', which is not followed (only to the same scheme, or "
                              "from http to https)")
                           .arg(refusedRedirect.toString());
        return attempt;
    case Stop::TooManyRedirects:
        result.error = Tr::tr("more than %n redirect(s)", nullptr, m_options.maxRedirects);
        return attempt;
    case Stop::Timeout:
        failure = Tr::tr("no answer within %1 s").arg(seconds(m_options.timeoutMs));
        attempt.timedOut = true;
        break;
    case Stop::None:
        if (status == 304 && cached.present) {
            cached.checked = now;
            cached.failure.clear();
            writeCache(folder, entry, url, cached);
            result.bytes = cached.body;
            return attempt;
        }
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
            if (type.startsWith(QLatin1String("text/html"))) {
                result.error = Tr::tr("the server sent an HTML page, not a YAML or JSON document");
                return attempt;
            }
            CachedCopy fresh;
            fresh.etag = reply->rawHeader("ETag");
            fresh.lastModified = reply->rawHeader("Last-Modified");
            fresh.fetched = now;
            fresh.checked = now;
            fresh.body = body;
            writeCache(folder, entry, url, fresh);
            result.bytes = std::move(body);
            return attempt;
        }
        if (status >= 300) {
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            const QString answer = Tr::tr("the server answered HTTP %1 %2").arg(status).arg(reason).trimmed();
            if (status < 500) {
                result.error = answer;
                return attempt;
            }
            failure = answer;
            break;
        }
        failure = reply->error() != QNetworkReply::NoError
                      ? reply->errorString()
                      : Tr::tr("the server's answer could not be read (HTTP status %1)").arg(status);
        break;
    }
    if (cached.present) {
        cached.checked = now;
        cached.failure = failure;
        writeCache(folder, entry, url, cached);
        result.bytes = cached.body;
        result.warning = staleWarning(cached);
        return attempt;
    }
    result.error = failure;
    if (m_options.revalidateAfterSeconds > 0) {
        RecentFailures &failures = recentFailures();
        std::lock_guard lock(failures.mutex);
        failures.byEntry.insert(entry, {now, failure});
    }
    return attempt;
}

} // namespace Signalbox::AsyncApi
