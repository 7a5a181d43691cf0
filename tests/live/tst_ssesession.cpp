// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "serverprocess.h"

#include <live/liveconnection.h>
#include <live/liveworker_p.h>
#include <live/ssesession.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

namespace {

/** One HTTP request as the test server saw it. */
struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

/**
 * Our own SSE test server on 127.0.0.1: reads one request per connection and lets the test
 * answer it through \a respond (which writes the response and may close the socket).
 */
class TestServer : public QObject
{
public:
    std::function<void(QTcpSocket *, const SeenRequest &, int connection)> respond;
    QList<SeenRequest> requests;

    /// Over TLS with \a tls when given (QSslServer), else plain TCP.
    explicit TestServer(const QSslConfiguration *tls = nullptr)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server.reset(server);
            m_scheme = u"https"_s;
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
        m_port = m_server->serverPort();
        // pendingConnectionAvailable: for QSslServer, once the handshake is done.
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0 || buffer->isNull())
                        return;
                    SeenRequest request;
                    const QList<QByteArray> lines = buffer->first(end).split('\n');
                    const QList<QByteArray> first = lines.constFirst().trimmed().split(' ');
                    request.method = first.value(0);
                    request.path = first.value(1);
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines[i].indexOf(':');
                        if (colon > 0)
                            request.headers.insert(lines[i].first(colon).trimmed().toLower(),
                                                   lines[i].sliced(colon + 1).trimmed());
                    }
                    const qsizetype length = request.headers.value("content-length").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    request.body = buffer->sliced(end + 4, length);
                    *buffer = QByteArray(); // null: this connection's request is done
                    requests << request;
                    respond(socket, request, int(requests.size()));
                });
            }
        });
    }

    QUrl url(const QString &path = u"/events"_s) const
    {
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(m_scheme).arg(m_port).arg(path));
    }

    /// Stops listening: later connections are refused.
    void stopListening() { m_server->close(); }

private:
    std::unique_ptr<QTcpServer> m_server;
    QString m_scheme = u"http"_s;
    quint16 m_port = 0;
};

/** Writes \a chunk to \a socket for as long as it is connected, never more than 1 MB ahead of the reader. */
void writeForever(QTcpSocket *socket, const QByteArray &chunk)
{
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024)
            socket->write(chunk);
    });
    timer->start(1);
}

void writeStreamHead(QTcpSocket *socket, const QByteArray &contentType = "text/event-stream")
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                  "\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n");
}

} // namespace

class TestSseSession : public QObject
{
    Q_OBJECT

private slots:
    void resumesWithLastEventIdAcrossDrops();
    void failsForGood_data();
    void failsForGood();
    void postWithBodyHeadersAndFilter();
    void refusedConnectionIsRetriedWithBackoff();
    void retryZeroStillBacksOff();
    void emptyStreamsBackOffAndGiveUp();
    void endlessEventIsCutAndSaid_data();
    void endlessEventIsCutAndSaid();
    void overfullEventIsDroppedAndTheNextArrives();
    void redirectsAreNotFollowed();
    void closeHangsUp();
    void tlsSelfSignedRefused();
    void tlsIgnoredOrTrusted();
    void tlsAllowanceIsNotReusedByTheNextConnection();
    void busyWindowDropsAndCounts();

private:
    /// A self-signed certificate for 127.0.0.1 (openssl), as the server's configuration.
    bool makeCertificate(QSslConfiguration &server);
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
};

void TestSseSession::resumesWithLastEventIdAcrossDrops()
{
    // The server sends events 1..40, dropping the connection after every 7th, and resumes
    // after the id the client sends back: nothing may be lost or duplicated.
    constexpr int Total = 40;
    constexpr int PerConnection = 7;
    TestServer server;
    server.respond = [](QTcpSocket *socket, const SeenRequest &request, int) {
        writeStreamHead(socket);
        int next = request.headers.value("last-event-id", "0").toInt() + 1;
        QByteArray body = "retry: 150\n: keep-alive\n\n";
        for (int sent = 0; sent < PerConnection && next <= Total; ++sent, ++next)
            body += "id: " + QByteArray::number(next) + "\r\nevent: tick\r\ndata: {\"n\": " + QByteArray::number(next) +
                    "}\r\n\r\n";
        // In pieces cut mid-line, as a slow server would send them.
        for (qsizetype at = 0; at < body.size(); at += 13) {
            socket->write(body.mid(at, 13));
            socket->flush();
        }
        socket->disconnectFromHost();
    };

    SseSession session(&m_network);
    QList<int> received;
    connect(&session, &SseSession::eventReceived, this, [&](const SseEvent &event) {
        QCOMPARE(event.type, u"tick"_s);
        QCOMPARE(event.lastEventId, QString::number(received.size() + 1));
        received << event.data.mid(6).chopped(1).toInt();
        if (received.size() == Total)
            session.close();
    });
    QSignalSpy drops(&session, &SseSession::disconnected);
    SseRequest request;
    request.url = server.url();
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Total, 10000);

    QList<int> expected;
    for (int i = 1; i <= Total; ++i)
        expected << i;
    QCOMPARE(received, expected);
    QCOMPARE(session.state(), SseSession::State::Closed);
    QCOMPARE(session.connectionCount(), (Total + PerConnection - 1) / PerConnection);
    QCOMPARE(server.requests.constFirst().headers.value("accept"), "text/event-stream"_ba);
    QVERIFY(!server.requests.constFirst().headers.contains("last-event-id"));
    QCOMPARE(server.requests.at(1).headers.value("last-event-id"), "7"_ba);
    // The server's retry (150 ms) was used, not the 3 s default, and not doubled: each connection delivered events.
    QVERIFY(!drops.isEmpty());
    for (const QList<QVariant> &drop : std::as_const(drops))
        QCOMPARE(drop.at(1).toLongLong(), 150);
}

void TestSseSession::failsForGood_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("401") << "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"events\"\r\n"
                            "Content-Type: text/plain\r\nContent-Length: 6\r\nConnection: close\r\n\r\nno way"_ba
                         << u"401"_s;
    QTest::newRow("wrong content type")
        << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\ndata: x\n\n"_ba
        << u"application/json"_s;
    QTest::newRow("no content type") << "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\ndata: x\n\n"_ba
                                     << u"Content-Type"_s;
    QTest::newRow("204") << "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"_ba << u"204"_s;
}

void TestSseSession::failsForGood()
{
    // A refused handshake, a body that is not an event stream, or 204: the session ends with
    // the reason, delivers nothing and does not reconnect.
    QFETCH(QByteArray, response);
    QFETCH(QString, mentions);
    TestServer server;
    server.respond = [&](QTcpSocket *socket, const SeenRequest &, int) {
        socket->write(response);
        socket->disconnectFromHost();
    };
    SseSession session(&m_network);
    QSignalSpy failed(&session, &SseSession::failed);
    QSignalSpy events(&session, &SseSession::eventReceived);
    SseRequest request;
    request.url = server.url();
    request.retryMs = 10;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(mentions),
             qPrintable(failed.constFirst().constFirst().toString()));
    QTest::qWait(100);
    QCOMPARE(server.requests.size(), 1); // no reconnection
    QCOMPARE(events.size(), 0);
    QCOMPARE(session.state(), SseSession::State::Closed);
}

void TestSseSession::postWithBodyHeadersAndFilter()
{
    TestServer server;
    server.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket, "Text/Event-Stream; charset=utf-8");
        socket->write("event: a\ndata: 1\n\nevent: b\ndata: 2\n\ndata: 3\n\nevent: c\ndata: 4\n\n");
        socket->disconnectFromHost();
    };
    SseSession session(&m_network);
    QStringList seen;
    connect(&session, &SseSession::eventReceived, this, [&](const SseEvent &e) { seen << e.type + u'=' + e.data; });
    QSignalSpy failed(&session, &SseSession::failed);
    SseRequest request;
    request.url = server.url(u"/stream?topic=x"_s);
    request.method = "POST";
    request.body = R"({"subscribe":["a","c"]})";
    request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Bearer t0ken"}};
    request.eventTypes = {u"a"_s, u"message"_s};
    request.lastEventId = u"99"_s;
    request.reconnect = false;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000); // the stream ended and reconnect is off
    QCOMPARE(seen, (QStringList{u"a=1"_s, u"message=3"_s}));
    QCOMPARE(session.filteredCount(), 2);
    const SeenRequest &r = server.requests.constFirst();
    QCOMPARE(r.method, "POST"_ba);
    QCOMPARE(r.path, "/stream?topic=x"_ba);
    QCOMPARE(r.body, request.body);
    QCOMPARE(r.headers.value("authorization"), "Bearer t0ken"_ba);
    QCOMPARE(r.headers.value("last-event-id"), "99"_ba);
}

void TestSseSession::refusedConnectionIsRetriedWithBackoff()
{
    // A port nobody listens on: attempts are retried, each delay twice the one before.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    SseSession session(&m_network);
    QSignalSpy drops(&session, &SseSession::disconnected);
    SseRequest request;
    request.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
    request.retryMs = 100;
    request.maxRetryMs = 400;
    session.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(drops.size() >= 4, 5000);
    session.close();
    QCOMPARE(drops.at(0).at(1).toLongLong(), 100);
    QCOMPARE(drops.at(1).at(1).toLongLong(), 200);
    QCOMPARE(drops.at(2).at(1).toLongLong(), 400);
    QCOMPARE(drops.at(3).at(1).toLongLong(), 400); // the ceiling
    QVERIFY(!drops.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(session.state(), SseSession::State::Closed);
}

void TestSseSession::retryZeroStillBacksOff()
{
    // The server says `retry: 0`, closes, and goes away: the attempts against its closed port come
    // no sooner than 100 ms, then each twice as late (it used to be thousands a second).
    TestServer server;
    server.respond = [&](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        socket->write("retry: 0\ndata: bye\n\n");
        socket->disconnectFromHost();
        server.stopListening();
    };
    SseSession session(&m_network);
    QSignalSpy drops(&session, &SseSession::disconnected);
    QSignalSpy events(&session, &SseSession::eventReceived);
    SseRequest request;
    request.url = server.url();
    request.retryMs = 5;
    request.maxRetryMs = 60000;
    QElapsedTimer clock;
    clock.start();
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 1500, 5000);
    const int attempts = session.connectionCount();
    session.close();
    // Within 1.5 s: the first connection, then at 0.1, 0.3, 0.7 and 1.5 s at most.
    QVERIFY2(attempts >= 3 && attempts <= 6, qPrintable(QString::number(attempts)));
    QVERIFY(drops.size() >= 3);
    QCOMPARE(drops.at(0).at(1).toLongLong(), 100); // the floor, after a connection that delivered
    QCOMPARE(drops.at(1).at(1).toLongLong(), 200); // refused: doubled
    QCOMPARE(drops.at(2).at(1).toLongLong(), 400);
}

void TestSseSession::emptyStreamsBackOffAndGiveUp()
{
    // A server that answers 200 and closes at once, but for the 1st and 4th connection, which each
    // deliver one event: an empty stream is a failed attempt (doubling the delay, it used to
    // reconnect every 50 ms forever), an event makes the next delay the base again, and the 4th
    // empty stream in a row ends the session, saying so.
    TestServer server;
    server.respond = [&](QTcpSocket *socket, const SeenRequest &, int connection) {
        writeStreamHead(socket);
        if (connection == 1 || connection == 4)
            socket->write("id: " + QByteArray::number(connection) + "\ndata: hello\n\n");
        socket->disconnectFromHost();
    };
    SseSession session(&m_network);
    QSignalSpy drops(&session, &SseSession::disconnected);
    QSignalSpy events(&session, &SseSession::eventReceived);
    QSignalSpy failures(&session, &SseSession::failed);
    SseRequest request;
    request.url = server.url();
    request.retryMs = 20; // the floor, 100 ms, applies
    request.maxRetryMs = 400;
    request.maxFailedAttempts = 4;
    QElapsedTimer clock;
    clock.start();
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, 10000);
    // 100 + 200 + 400, then 100 + 200 + 400 + 400: not sooner, and not more attempts.
    QVERIFY2(clock.elapsed() >= 1700, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(events.size(), 2);
    QCOMPARE(session.connectionCount(), 8);
    QList<qint64> delays;
    for (const QList<QVariant> &drop : std::as_const(drops))
        delays << drop.at(1).toLongLong();
    QCOMPARE(delays, (QList<qint64>{100, 200, 400, 100, 200, 400, 400}));
    QCOMPARE(failures.constFirst().constFirst().toString(),
             u"Gave up after 4 attempts: The server closed the stream."_s);
    QCOMPARE(session.state(), SseSession::State::Closed);
    QCOMPARE(server.requests.constLast().headers.value("last-event-id"), QByteArray("4"));
    // Nothing more is tried.
    QTest::qWait(600);
    QCOMPARE(session.connectionCount(), 8);
}

void TestSseSession::endlessEventIsCutAndSaid_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("chunk");
    QTest::addColumn<QString>("said");
    // Data lines that never end their event, and one line that never ends.
    QTest::newRow("data lines") << QByteArray() << QByteArray("data: " + QByteArray(1000, 'x') + "\n")
                                << u"An event passed"_s;
    QTest::newRow("one line") << "data: "_ba << QByteArray(4096, 'y') << u"A line passed"_s;
}

void TestSseSession::endlessEventIsCutAndSaid()
{
    // The server never stops; the session says at once that it drops what passed the limit, and
    // stays open (memory stays bounded: the data is not gathered).
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, chunk);
    QFETCH(QString, said);
    TestServer server;
    server.respond = [&](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        socket->write(start);
        writeForever(socket, chunk);
    };
    SseSession session(&m_network);
    QSignalSpy warnings(&session, &SseSession::warning);
    QSignalSpy events(&session, &SseSession::eventReceived);
    SseRequest request;
    request.url = server.url();
    request.maxEventBytes = 256 * 1024;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(warnings.size(), 1, 10000);
    const QString warning = warnings.constFirst().constFirst().toString();
    QVERIFY2(warning.startsWith(said) && warning.contains(u"256"_s), qPrintable(warning));
    QCOMPARE(session.state(), SseSession::State::Open);
    QTRY_VERIFY_WITH_TIMEOUT(server.requests.size() == 1, 1000);
    session.close();
    QCOMPARE(events.size(), 0);
    QCOMPARE(warnings.size(), 1); // said once, not per line
}

void TestSseSession::overfullEventIsDroppedAndTheNextArrives()
{
    TestServer server;
    server.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        for (int i = 0; i < 100; ++i)
            socket->write("data: " + QByteArray(1000, 'x') + "\n");
        socket->write("\ndata: after\n\n");
        socket->disconnectFromHost();
    };
    SseSession session(&m_network);
    QSignalSpy warnings(&session, &SseSession::warning);
    QStringList seen;
    connect(&session, &SseSession::eventReceived, this, [&](const SseEvent &e) { seen << e.data; });
    SseRequest request;
    request.url = server.url();
    request.maxEventBytes = 10 * 1024;
    request.reconnect = false;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), SseSession::State::Closed, 5000);
    QCOMPARE(seen, QStringList{u"after"_s});
    QCOMPARE(warnings.size(), 1);
}

void TestSseSession::redirectsAreNotFollowed()
{
    // A redirection elsewhere is not followed (the request carries a credential); the failure
    // says where it pointed, without the credentials its address carries.
    TestServer elsewhere;
    elsewhere.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        socket->write("data: stolen\n\n");
    };
    TestServer server;
    server.respond = [&](QTcpSocket *socket, const SeenRequest &, int) {
        socket->write("HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url(u"/collect"_s).toEncoded() +
                      "?token=REDIRSECRET&page=2" + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    };
    SseSession session(&m_network);
    QSignalSpy failed(&session, &SseSession::failed);
    SseRequest request;
    request.url = server.url();
    request.headers = {{"Authorization", "Bearer t0ken"}};
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.contains(u"302"_s) && message.contains(elsewhere.url(u"/collect"_s).toString()),
             qPrintable(message));
    // The address it names is redacted like our own: a credential in its query is not shown.
    QVERIFY2(!message.contains(u"REDIRSECRET"_s) && message.contains(u"page=2"_s), qPrintable(message));
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests.size(), 0);
    QCOMPARE(server.requests.size(), 1);
}

void TestSseSession::closeHangsUp()
{
    // An endless stream: after close() the server sees the connection go.
    TestServer server;
    bool hungUp = false;
    server.respond = [&](QTcpSocket *socket, const SeenRequest &, int) {
        connect(socket, &QTcpSocket::disconnected, socket, [&] { hungUp = true; });
        writeStreamHead(socket);
        socket->write("data: first\n\n");
    };
    SseSession session(&m_network);
    QSignalSpy events(&session, &SseSession::eventReceived);
    SseRequest request;
    request.url = server.url();
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
    QCOMPARE(session.state(), SseSession::State::Open);
    session.close();
    QTRY_VERIFY_WITH_TIMEOUT(hungUp, 5000);
    QCOMPARE(server.requests.size(), 1);
}

bool TestSseSession::makeCertificate(QSslConfiguration &server)
{
    if (!m_dir.isValid())
        return false;
    if (!Signalbox::Test::makeSelfSignedCertificate(m_dir.path()))
        return false;
    QFile c(m_dir.filePath(u"cert.pem"_s));
    QFile k(m_dir.filePath(u"key.pem"_s));
    if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
        return false;
    server = QSslConfiguration::defaultConfiguration();
    server.setLocalCertificate(QSslCertificate(c.readAll(), QSsl::Pem));
    server.setPrivateKey(QSslKey(k.readAll(), QSsl::Rsa, QSsl::Pem));
    server.setPeerVerifyMode(QSslSocket::VerifyNone);
    return !server.localCertificate().isNull() && !server.privateKey().isNull();
}

void TestSseSession::tlsSelfSignedRefused()
{
    QSslConfiguration tls;
    QVERIFY(makeCertificate(tls));
    TestServer server(&tls);
    server.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        socket->write("data: secret\n\n");
    };
    SseSession session(&m_network);
    QSignalSpy failed(&session, &SseSession::failed);
    QSignalSpy events(&session, &SseSession::eventReceived);
    SseRequest request;
    request.url = server.url();
    request.retryMs = 10; // a certificate error is not retried all the same
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(u"TLS: "_s), qPrintable(message));
    QTest::qWait(100);
    QCOMPARE(session.connectionCount(), 1);
    QCOMPARE(events.size(), 0);
    QCOMPARE(session.state(), SseSession::State::Closed);
}

void TestSseSession::tlsIgnoredOrTrusted()
{
    QSslConfiguration tls;
    QVERIFY(makeCertificate(tls));
    TestServer server(&tls);
    server.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        socket->write("id: 1\ndata: over tls\n\n");
    };
    for (const bool ignore : {true, false}) {
        SseSession session(&m_network);
        QSignalSpy warnings(&session, &SseSession::tlsWarning);
        QSignalSpy events(&session, &SseSession::eventReceived);
        SseRequest request;
        request.url = server.url();
        if (ignore)
            request.tls.ignoreErrors = true;
        else
            request.tls.caFile = m_dir.filePath(u"cert.pem"_s);
        session.open(request);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000);
        QCOMPARE(events.constFirst().constFirst().value<SseEvent>().data, u"over tls"_s);
        QCOMPARE(warnings.size(), ignore ? 1 : 0);
        session.close();
        m_network.clearConnectionCache(); // the next session makes its own handshake
    }
}

void TestSseSession::tlsAllowanceIsNotReusedByTheNextConnection()
{
    // A connection that ignored certificate errors leaves nothing behind for the next one, which
    // did not ask to: it makes its own handshake and refuses the certificate.
    QSslConfiguration tls;
    QVERIFY(makeCertificate(tls));
    TestServer server(&tls);
    server.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        socket->write("data: over tls\n\n");
        socket->flush();
    };
    LiveConnection connection;
    QList<LogEntry> log;
    connect(&connection, &LiveConnection::entriesArrived, this,
            [&](const std::vector<LogEntry> &batch) { log.append(QList<LogEntry>(batch.begin(), batch.end())); });
    QSignalSpy finished(&connection, &LiveConnection::finished);
    ConnectionSettings settings;
    settings.kind = Endpoint::Kind::ServerSentEvents;
    settings.url = server.url();
    settings.tls.ignoreErrors = true;
    connection.open(settings);
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(log.cbegin(), log.cend(), [](const LogEntry &e) { return e.payload == "over tls"; }), 5000);
    connection.close();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    settings.tls.ignoreErrors = false;
    log.clear();
    connection.open(settings);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QVERIFY(finished.at(1).at(1).toBool()); // failed
    QVERIFY2(finished.at(1).at(0).toString().startsWith(u"TLS: "_s), qPrintable(finished.at(1).at(0).toString()));
    QVERIFY(std::none_of(log.cbegin(), log.cend(), [](const LogEntry &e) { return e.payload == "over tls"; }));
}

void TestSseSession::busyWindowDropsAndCounts()
{
    // While the owner's thread is busy (here: this one, serving), the network thread gathers at
    // most MaxHeldEntries messages and drops the rest, counted in a "dropped" entry; nothing is
    // queued without bound, and every event is either delivered or counted.
    constexpr int Total = 50000;
    TestServer server;
    server.respond = [](QTcpSocket *socket, const SeenRequest &, int) {
        writeStreamHead(socket);
        QByteArray body;
        for (int i = 0; i < Total; ++i)
            body += "data: " + QByteArray::number(i) + "\n\n";
        socket->write(body);
        while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(5000)) {
        }
        QThread::msleep(1000); // a window that is busy for a second
        socket->disconnectFromHost();
    };
    LiveConnection connection;
    qint64 received = 0;
    qint64 dropped = 0;
    qint64 largestBatch = 0;
    connect(&connection, &LiveConnection::entriesArrived, this, [&](const std::vector<LogEntry> &batch) {
        largestBatch = std::max<qint64>(largestBatch, qint64(batch.size()));
        for (const LogEntry &e : batch) {
            if (e.direction == LogEntry::Direction::Incoming)
                ++received;
            else if (e.event == u"dropped"_s)
                dropped += e.status.section(u' ', 0, 0).toLongLong();
        }
    });
    QSignalSpy finished(&connection, &LiveConnection::finished);
    ConnectionSettings settings;
    settings.kind = Endpoint::Kind::ServerSentEvents;
    settings.url = server.url();
    connection.open(settings);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    connection.drain();
    QVERIFY2(dropped > 0, qPrintable(QString::number(received)));
    QCOMPARE(received + dropped, Total);
    QVERIFY(largestBatch <= LiveWorker::MaxHeldEntries + 2);
}

QTEST_GUILESS_MAIN(TestSseSession)
#include "tst_ssesession.moc"
