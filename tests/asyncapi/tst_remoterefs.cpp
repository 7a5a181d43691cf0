// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Remote references fetched from a real HTTP server on 127.0.0.1 (remote_refs_server.py).

#include "serverprocess.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/refs/remotefetcher.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;
using Signalbox::Test::doc3;

class TestRemoteRefs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void notFetchedIsAWarning();
    void fetched_data();
    void fetched();
    void revalidatedWithTheServer_data();
    void revalidatedWithTheServer();
    void keptCopyIsUsedOffline();
    void silentHostIsWaitedForOnce();
    void failedServerIsNotAskedAgainAtOnce();

private:
    /** A document whose message payload is `$ref: url` (line 11) with an example that breaks it (line 13). */
    static QByteArray document(const QString &url);
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path); }
    /** The analysis of document(url) with fetching on, its copies kept in \a cacheFolder. */
    std::shared_ptr<const Analysis> analyzeFetching(const QString &url, const QString &cacheFolder,
                                                    int revalidateAfterSeconds = 0) const;
    /** How often the server was asked for \a path, and how often it answered 304. */
    QPair<int, int> served(const QString &path) const;
    /** The message of the diagnostic \a code on line \a line, or empty. */
    static QString messageOf(const Analysis &a, const QString &code, int line);

    QProcess m_server;
    int m_port = 0;
};

QByteArray TestRemoteRefs::document(const QString &url)
{
    return doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          $ref: ')" +
                url.toUtf8() +
                R"('
        examples:
          - payload: {id: 'not a number'}
)");
}

std::shared_ptr<const Analysis> TestRemoteRefs::analyzeFetching(const QString &url, const QString &cacheFolder,
                                                                int revalidateAfterSeconds) const
{
    RemoteFetchOptions fetch;
    fetch.cacheFolder = cacheFolder;
    fetch.timeoutMs = 500;
    fetch.maxBytes = 64 * 1024;
    fetch.maxRedirects = 3;
    fetch.revalidateAfterSeconds = revalidateAfterSeconds;
    AnalyzeOptions options;
    options.load.fetchRemote = RemoteFetcher::callback(fetch);
    return analyze(document(url), options);
}

QPair<int, int> TestRemoteRefs::served(const QString &path) const
{
    QTemporaryDir cache;
    RemoteFetchOptions options;
    options.cacheFolder = cache.path();
    const FetchResult stats = RemoteFetcher(options).fetch(url(u"/stats"_s));
    const QJsonArray seen = QJsonDocument::fromJson(stats.bytes).object().value(path).toArray();
    return {seen.at(0).toInt(), seen.at(1).toInt()};
}

QString TestRemoteRefs::messageOf(const Analysis &a, const QString &code, int line)
{
    for (const Diagnostic &d : a.diagnostics) {
        if (d.code == code && d.range.start.line + 1 == line)
            return d.message;
    }
    return {};
}

void TestRemoteRefs::initTestCase()
{
    m_port = Signalbox::Test::startPythonServer(
        m_server, QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/asyncapi/remote_refs_server.py"));
    QVERIFY2(m_port > 0, "the test server did not start");
}

void TestRemoteRefs::cleanupTestCase()
{
    Signalbox::Test::stopServer(m_server);
}

void TestRemoteRefs::notFetchedIsAWarning()
{
    // Off (the default): nothing is asked of the server, and the reference is a warning on its line.
    const auto before = served(u"/good.yaml"_s);
    const auto a = analyze(document(url(u"/good.yaml"_s)));
    QCOMPARE(codes(*a, Severity::Warning), QStringList{u"ref.remote-not-fetched@11"_s});
    QVERIFY(messageOf(*a, u"ref.remote-not-fetched"_s, 11).contains(u"not checked"_s));
    QVERIFY(a->isValid()); // a warning: the document may be fine, we cannot tell
    QCOMPARE(served(u"/good.yaml"_s), before);
}

void TestRemoteRefs::fetched_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error"); // part of the message on the `$ref`; empty: fetched and used
    QTest::newRow("good") << u"/good.yaml"_s << QString();
    QTest::newRow("redirect on the same server") << u"/moved.yaml"_s << QString();
    QTest::newRow("404") << u"/missing.yaml"_s << u"HTTP 404"_s;
    QTest::newRow("slow") << u"/slow.yaml"_s << u"no answer within"_s;
    QTest::newRow("huge") << u"/huge.yaml"_s << u"larger than"_s;
    QTest::newRow("huge without length") << u"/huge-stream.yaml"_s << u"larger than"_s;
    QTest::newRow("endless") << u"/endless.yaml"_s << u"larger than"_s;
    QTest::newRow("redirect to file") << u"/to-file.yaml"_s << u"redirected to 'file:///etc/passwd'"_s;
    QTest::newRow("redirect to ftp") << u"/to-ftp.yaml"_s << u"redirected to 'ftp://127.0.0.1/good.yaml'"_s;
    QTest::newRow("redirect loop") << u"/loop.yaml"_s << u"more than 3 redirect"_s;
    QTest::newRow("HTML page") << u"/page.yaml"_s << u"HTML page"_s;
    QTest::newRow("not YAML") << u"/text.yaml"_s << u"is not a YAML or JSON document"_s;
}

void TestRemoteRefs::fetched()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QTemporaryDir cache;
    QElapsedTimer time;
    time.start();
    const auto a = analyzeFetching(url(path), cache.path());
    QVERIFY2(time.elapsed() < 3000, qPrintable(QString::number(time.elapsed())));
    const QStringList found = codes(*a, Severity::Warning);
    if (error.isEmpty()) {
        // The fetched schema is used: the example breaks it.
        QCOMPARE(found, QStringList{u"message.example-invalid@13"_s});
        return;
    }
    QCOMPARE(found, QStringList{u"ref.fetch-failed@11"_s});
    const QString message = messageOf(*a, u"ref.fetch-failed"_s, 11);
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY2(message.contains(url(path)), qPrintable(message));
}

void TestRemoteRefs::revalidatedWithTheServer_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("ETag") << u"/etag.yaml"_s;
    QTest::newRow("Last-Modified") << u"/lastmod.yaml"_s;
}

void TestRemoteRefs::revalidatedWithTheServer()
{
    QFETCH(QString, path);
    QTemporaryDir cache;
    const auto before = served(path);
    const auto first = analyzeFetching(url(path), cache.path());
    QCOMPARE(codes(*first, Severity::Warning), QStringList{u"message.example-invalid@13"_s});
    QCOMPARE(served(path), qMakePair(before.first + 1, before.second));

    // Asked again: a conditional request, answered 304, and the kept copy is used.
    const auto second = analyzeFetching(url(path), cache.path());
    QCOMPARE(codes(*second, Severity::Warning), QStringList{u"message.example-invalid@13"_s});
    QCOMPARE(served(path), qMakePair(before.first + 2, before.second + 1));

    // Checked a moment ago: used without asking.
    const auto third = analyzeFetching(url(path), cache.path(), 3600);
    QCOMPARE(codes(*third, Severity::Warning), QStringList{u"message.example-invalid@13"_s});
    QCOMPARE(served(path), qMakePair(before.first + 2, before.second + 1));
}

void TestRemoteRefs::keptCopyIsUsedOffline()
{
    QProcess server;
    const int port = Signalbox::Test::startPythonServer(
        server, QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/asyncapi/remote_refs_server.py"));
    QVERIFY(port > 0);
    const QString address = u"http://127.0.0.1:%1/good.yaml"_s.arg(port);
    QTemporaryDir cache;
    QTemporaryDir empty;
    QCOMPARE(codes(*analyzeFetching(address, cache.path()), Severity::Warning),
             QStringList{u"message.example-invalid@13"_s});
    Signalbox::Test::stopServer(server);

    // The server is gone: the kept copy is used, with a warning on the reference.
    const auto offline = analyzeFetching(address, cache.path());
    QCOMPARE(codes(*offline, Severity::Warning),
             (QStringList{u"ref.remote-stale@11"_s, u"message.example-invalid@13"_s}));
    QVERIFY(offline->isValid() == false); // the example error, found through the kept copy
    QVERIFY(messageOf(*offline, u"ref.remote-stale"_s, 11).contains(u"the copy fetched on"_s));
    // Tried a moment ago: the copy is used, still with the warning.
    QCOMPARE(codes(*analyzeFetching(address, cache.path(), 3600), Severity::Warning),
             (QStringList{u"ref.remote-stale@11"_s, u"message.example-invalid@13"_s}));
    // Without a kept copy, it is an error.
    QCOMPARE(codes(*analyzeFetching(address, empty.path()), Severity::Warning), QStringList{u"ref.fetch-failed@11"_s});
}

void TestRemoteRefs::silentHostIsWaitedForOnce()
{
    // Two documents on a server that does not answer in time: one wait, not two.
    QTemporaryDir cache;
    RemoteFetchOptions fetch;
    fetch.cacheFolder = cache.path();
    fetch.timeoutMs = 700;
    AnalyzeOptions options;
    options.load.fetchRemote = RemoteFetcher::callback(fetch);
    QElapsedTimer time;
    time.start();
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          $ref: ')" + url(u"/slow.yaml"_s).toUtf8() +
                                R"('
      n:
        payload:
          $ref: ')" + url(u"/slow.yaml?again"_s).toUtf8() +
                                R"('
)"),
                           options);
    QVERIFY2(time.elapsed() < 1300, qPrintable(QString::number(time.elapsed())));
    QCOMPARE(codes(*a, Severity::Warning), (QStringList{u"ref.fetch-failed@11"_s, u"ref.fetch-failed@14"_s}));
    QVERIFY(messageOf(*a, u"ref.fetch-failed"_s, 11).contains(u"no answer within"_s));
    QVERIFY2(messageOf(*a, u"ref.fetch-failed"_s, 14).contains(u"did not answer an earlier request"_s),
             qPrintable(messageOf(*a, u"ref.fetch-failed"_s, 14)));
}

void TestRemoteRefs::failedServerIsNotAskedAgainAtOnce()
{
    // A server that did not answer, for a document with no kept copy, is not waited for again on the
    // next analysis (the window analyses on every pause in typing) until the revalidation time passed.
    QTemporaryDir cache;
    const QString slow = url(u"/slow.yaml?cooldown"_s);
    QElapsedTimer time;
    time.start();
    const auto first = analyzeFetching(slow, cache.path(), 60);
    QVERIFY(time.elapsed() >= 400);
    QVERIFY(messageOf(*first, u"ref.fetch-failed"_s, 11).contains(u"no answer within"_s));
    time.restart();
    const auto second = analyzeFetching(slow, cache.path(), 60);
    QVERIFY2(time.elapsed() < 300, qPrintable(QString::number(time.elapsed())));
    QCOMPARE(messageOf(*second, u"ref.fetch-failed"_s, 11), messageOf(*first, u"ref.fetch-failed"_s, 11));
    time.restart();
    analyzeFetching(slow, cache.path(), 0); // told to ask every time: asks (and waits) again
    QVERIFY(time.elapsed() >= 400);
}

QTEST_GUILESS_MAIN(TestRemoteRefs)
#include "tst_remoterefs.moc"
