// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

#include <QString>

#include <functional>

namespace Signalbox::AsyncApi {

/** How RemoteFetcher reaches the network and where it keeps its copies. */
struct RemoteFetchOptions
{
    /// Where fetched documents are kept; empty: defaultCacheFolder().
    QString cacheFolder;
    /// The most a fetch may take, from the request to the last byte, redirects included.
    int timeoutMs = 10000;
    /// The largest document fetched; a larger one is cut off as soon as it shows.
    qint64 maxBytes = qint64(8) * 1024 * 1024;
    /// Redirects followed (to the same scheme, or from http to https) before giving up.
    int maxRedirects = 5;
    /// A cached copy checked with the server less than this long ago is used without asking again
    /// (an analysis runs on every pause in typing); older ones are revalidated. 0: always ask.
    int revalidateAfterSeconds = 60;
};

/**
 * Fetches remote (http, https) references for LoadOptions::fetchRemote, blocking the calling
 * thread (the analysing worker) with its own network access manager and event loop.
 *
 * - A fetch ends after timeoutMs, and when the document grows beyond maxBytes (the declared
 *   length or the bytes received so far), without reading further.
 * - Redirects are followed to the same scheme on any host (documents move between hosts, and the
 *   user allowed fetching from the network at all) and from http to https, up to maxRedirects;
 *   one to another scheme (file:, ftp:, https to http) is refused.
 * - Every document fetched is kept on disk with its ETag and Last-Modified. Later fetches send
 *   them (If-None-Match, If-Modified-Since) and take the kept copy when the server answers 304.
 * - Offline: when the server cannot be reached, does not answer in time or fails with a 5xx
 *   status, a kept copy is used with a warning that says how old it is (and the server is not
 *   asked again for revalidateAfterSeconds). A 4xx status, a refused redirect or a document too
 *   large is an error even with a kept copy (the server answered).
 * - Through callback(), a host that did not answer in time is not waited for again during the
 *   same analysis.
 * - An HTML page (Content-Type text/html) is not taken for a YAML or JSON document.
 *
 * Safe to use from several threads at once: copies are written atomically (QSaveFile).
 */
class RemoteFetcher final
{
public:
    explicit RemoteFetcher(RemoteFetchOptions options = {});

    /** Where fetched documents are kept unless told otherwise: shared by the window and the command line. */
    static QString defaultCacheFolder();

    const RemoteFetchOptions &options() const { return m_options; }

    /** Fetches \a url (http or https), or takes the kept copy; blocks until done or timed out. */
    FetchResult fetch(const QString &url) const;

    /** A LoadOptions::fetchRemote that fetches with \a options. */
    static std::function<FetchResult(const QString &url)> callback(const RemoteFetchOptions &options = {});

private:
    struct Attempt
    {
        FetchResult fetched;
        bool timedOut = false;
    };
    /** fetch(); with \a knownFailure, the server is not asked (an earlier request to it timed out). */
    Attempt fetchImpl(const QString &url, const QString *knownFailure) const;

    RemoteFetchOptions m_options;
};

} // namespace Signalbox::AsyncApi
