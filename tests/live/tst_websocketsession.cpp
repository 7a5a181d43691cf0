// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "serverprocess.h"
#include "skipping.h"

#include <live/websocketsession.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

/**
 * Against WebSocket servers we did not write, on 127.0.0.1: Debian's python3-websockets
 * (tests/live/ws_server.py) when SIGNALBOX_WS_IMPL is "python", npm's ws (tests/live/ws_server.mjs)
 * when it is "node". The cases that need that server start it when first asked (needServer()) and
 * skip, visibly to ctest, when it is not installed (packaging/dev.sh setup installs both); the others
 * use Qt's own QWebSocketServer or no server. A self-signed certificate made with openssl serves
 * the TLS tests.
 */
class TestWebSocketSession : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void echoTextAndBinary();
    void largeMessage();
    void handshakeHeadersSubprotocolOrigin();
    void serverCloseCodeAndReason();
    void refusedHandshakeFails();
    void authorizedHandshake();
    void droppedConnectionReconnects();
    void incomingMessageLimit();
    void closeWithCode();
    void invalidFrames_data();
    void invalidFrames();
    void fragmentedMessage();
    void tlsSelfSignedRefused();
    void tlsErrorsIgnoredWhenAsked();
    void tlsCustomCa();
    void firstRefusedAttemptIsRetried();
    void reconnectsWhenTheServerComesBack();

private:
    /// Starts the server of SIGNALBOX_WS_IMPL once; why it cannot run here, or empty.
    QString startServer();
    QUrl url(const QString &path) const { return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }
    QUrl tlsUrl(const QString &path) const { return QUrl(u"wss://127.0.0.1:%1%2"_s.arg(m_tlsPort).arg(path)); }
    WebSocketRequest to(const QString &path) const
    {
        WebSocketRequest request;
        request.url = url(path);
        return request;
    }
    void openAndWait(WebSocketSession &session, const WebSocketRequest &request);

    QProcess m_server;
    QTemporaryDir m_dir;
    int m_port = 0;
    int m_tlsPort = 0;
    bool m_tried = false;
    QString m_unavailable;
};

/** Skips the case (visibly) when the WebSocket test server cannot run here; fails when it should but did not start. */
#define NEED_SERVER()                                                                                                  \
    do {                                                                                                               \
        if (const QString why = startServer(); !why.isEmpty())                                                         \
            SIGNALBOX_SKIP(qPrintable(why));                                                                           \
        QVERIFY2(m_port > 0 && m_tlsPort > 0, "the WebSocket test server did not start");                              \
    } while (false)

QString TestWebSocketSession::startServer()
{
    if (m_tried)
        return m_unavailable;
    m_tried = true;
    const QString impl = qEnvironmentVariable("SIGNALBOX_WS_IMPL", u"python"_s);
    QString program;
    QStringList args;
    if (impl == u"node"_s) {
        const QString wsDir = QStringLiteral(SIGNALBOX_NODE_WS_DIR);
        if (wsDir.isEmpty() || !QFile::exists(wsDir + u"/ws/package.json"_s))
            return m_unavailable = u"npm's ws is not fetched (packaging/dev.sh setup fetches it)"_s;
        program = u"node"_s;
        args << QStringLiteral(SIGNALBOX_WS_SERVER_NODE);
        m_server.setProcessEnvironment([&] {
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(u"NODE_PATH"_s, wsDir);
            return env;
        }());
    } else {
        if (!Signalbox::Test::havePythonWebsockets())
            return m_unavailable = u"python3-websockets is not installed (packaging/dev.sh setup installs it)"_s;
        program = u"/usr/bin/python3"_s;
        args << QStringLiteral(SIGNALBOX_WS_SERVER);
    }
    // A self-signed certificate for 127.0.0.1.
    if (!m_dir.isValid() || !Signalbox::Test::makeSelfSignedCertificate(m_dir.path()))
        return {}; // m_port stays 0: the case fails
    args << m_dir.filePath(u"cert.pem"_s) << m_dir.filePath(u"key.pem"_s);

    const QList<int> ports = Signalbox::Test::startServer(m_server, program, args);
    if (ports.size() == 2) {
        m_port = ports.at(0);
        m_tlsPort = ports.at(1);
    }
    qInfo("server: %s", qPrintable(impl));
    return {};
}

void TestWebSocketSession::cleanupTestCase()
{
    Signalbox::Test::stopServer(m_server);
}

void TestWebSocketSession::openAndWait(WebSocketSession &session, const WebSocketRequest &request)
{
    QSignalSpy opened(&session, &WebSocketSession::opened);
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
    QCOMPARE(session.state(), WebSocketSession::State::Open);
}

void TestWebSocketSession::echoTextAndBinary()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    QSignalSpy binaries(&session, &WebSocketSession::binaryReceived);
    QSignalSpy pongs(&session, &WebSocketSession::pong);
    openAndWait(session, to(u"/echo"_s));
    QVERIFY(session.sendText(u"{\"grüße\": \"\U0001F686\"}"_s));
    const QByteArray binary("\x00\x01\xFF\xFE", 4);
    QVERIFY(session.sendBinary(binary));
    QVERIFY(session.ping("rtt"));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(binaries.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pongs.size(), 1, 5000);
    QCOMPARE(texts.constFirst().constFirst().toString(), u"{\"grüße\": \"\U0001F686\"}"_s);
    QCOMPARE(binaries.constFirst().constFirst().toByteArray(), binary);
    QVERIFY(pongs.constFirst().at(0).toLongLong() >= 0);
    QCOMPARE(pongs.constFirst().at(1).toByteArray(), "rtt"_ba);
}

void TestWebSocketSession::largeMessage()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy binaries(&session, &WebSocketSession::binaryReceived);
    openAndWait(session, to(u"/echo"_s));
    QByteArray big(10 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < big.size(); i += 4093)
        big[i] = char(i % 251);
    QVERIFY(session.sendBinary(big));
    QTRY_COMPARE_WITH_TIMEOUT(binaries.size(), 1, 20000);
    QCOMPARE(binaries.constFirst().constFirst().toByteArray(), big);
}

void TestWebSocketSession::handshakeHeadersSubprotocolOrigin()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    WebSocketRequest request = to(u"/headers?room=7&user=a%20b"_s);
    request.headers = {{"X-Api-Key", "k-123"}};
    request.subprotocols = {u"chat.v2"_s, u"other"_s};
    request.origin = u"https://studio.example"_s;
    openAndWait(session, request);
    QCOMPARE(session.subprotocol(), u"chat.v2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
    const QJsonObject seen = QJsonDocument::fromJson(texts.constFirst().constFirst().toString().toUtf8()).object();
    QCOMPARE(seen[u"path"_s].toString(), u"/headers?room=7&user=a%20b"_s);
    QCOMPARE(seen[u"subprotocol"_s].toString(), u"chat.v2"_s);
    const QJsonObject headers = seen[u"headers"_s].toObject();
    QCOMPARE(headers[u"x-api-key"_s].toString(), u"k-123"_s);
    QCOMPARE(headers[u"origin"_s].toString(), u"https://studio.example"_s);
}

void TestWebSocketSession::serverCloseCodeAndReason()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    WebSocketRequest request = to(u"/close"_s);
    request.reconnect = false;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
    QCOMPARE(ended.constFirst().at(0).toInt(), 4001);
    QCOMPARE(ended.constFirst().at(1).toString(), u"bye"_s);
    QCOMPARE(ended.constFirst().at(2).toLongLong(), -1);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void TestWebSocketSession::refusedHandshakeFails()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy failed(&session, &WebSocketSession::failed);
    session.open(to(u"/forbidden"_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(u"403"_s),
             qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    QVERIFY(!session.sendText(u"x"_s));
    // Asked to reconnect: a refused handshake still ends it (retrying would not change the answer).
    WebSocketRequest again = to(u"/forbidden"_s);
    again.reconnect = true;
    session.open(again);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    // A 401 with a challenge: Qt 6.4 names the status, Qt 6.8 the challenge it cannot answer.
    session.open(to(u"/private"_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 5000);
    const QString message = failed.at(2).constFirst().toString();
    QVERIFY2(message.contains(u"401"_s) || message.contains(u"WWW-Authenticate"_s), qPrintable(message));
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void TestWebSocketSession::authorizedHandshake()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    WebSocketRequest request = to(u"/private"_s);
    request.headers = {{"Authorization", "Bearer secret"}};
    openAndWait(session, request);
    QVERIFY(session.sendText(u"in"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
}

void TestWebSocketSession::droppedConnectionReconnects()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    WebSocketRequest request = to(u"/drop"_s);
    request.reconnect = true;
    request.retryMs = 150;
    request.maxRetryMs = 600;
    session.open(request);
    // Every connection says hello and is dropped: the session keeps coming back, at the first
    // delay each time (a connection that delivered a message was a good one).
    QTRY_VERIFY_WITH_TIMEOUT(texts.size() >= 3, 10000);
    session.close();
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    QVERIFY(ended.size() >= 2);
    QCOMPARE(ended.at(0).at(2).toLongLong(), 150);
    QCOMPARE(ended.at(1).at(2).toLongLong(), 150);
    QCOMPARE(ended.at(0).at(0).toInt(), 1006); // abnormal closure: no close frame
}

void TestWebSocketSession::incomingMessageLimit()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    WebSocketRequest request = to(u"/echo"_s);
    request.maxMessageBytes = 1000;
    openAndWait(session, request);
    QVERIFY(session.sendText(QString(5000, u'y')));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
    QCOMPARE(texts.size(), 0);
    QCOMPARE(ended.constFirst().at(0).toInt(), 1009); // message too big
}

void TestWebSocketSession::closeWithCode()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    openAndWait(session, to(u"/echo"_s));
    session.close(4100, u"done testing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
    QCOMPARE(ended.constFirst().at(2).toLongLong(), -1);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void TestWebSocketSession::invalidFrames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("code");
    // RFC 6455 §8.1: text that is not UTF-8 fails the connection (1007); a reserved opcode is a
    // protocol error (1002). Never a crash or a bogus message.
    QTest::newRow("invalid UTF-8 in a text frame") << u"/badutf8"_s << 1007;
    QTest::newRow("reserved opcode") << u"/malformed"_s << 1002;
}

void TestWebSocketSession::invalidFrames()
{
    NEED_SERVER();
    QFETCH(QString, path);
    QFETCH(int, code);
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    session.open(to(path)); // opens, then the frame ends it
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
    QCOMPARE(texts.size(), 0);
    QCOMPARE(ended.constFirst().at(0).toInt(), code);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void TestWebSocketSession::fragmentedMessage()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    openAndWait(session, to(u"/fragments"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
    QCOMPARE(texts.constFirst().constFirst().toString(), u"fragments"_s);
}

void TestWebSocketSession::tlsSelfSignedRefused()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy failed(&session, &WebSocketSession::failed);
    QSignalSpy opened(&session, &WebSocketSession::opened);
    WebSocketRequest request;
    request.url = tlsUrl(u"/echo"_s);
    request.reconnect = true; // a certificate error is not retried all the same
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    const QString message = failed.constFirst().constFirst().toString();
    QVERIFY2(message.startsWith(u"TLS: "_s) && message.contains(u"signed"_s, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(opened.size(), 0);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void TestWebSocketSession::tlsErrorsIgnoredWhenAsked()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy warnings(&session, &WebSocketSession::tlsWarning);
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    WebSocketRequest request;
    request.url = tlsUrl(u"/echo"_s);
    request.tls.ignoreErrors = true;
    openAndWait(session, request);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(session.sendText(u"over tls"_s));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
}

void TestWebSocketSession::tlsCustomCa()
{
    NEED_SERVER();
    WebSocketSession session;
    QSignalSpy warnings(&session, &WebSocketSession::tlsWarning);
    WebSocketRequest request;
    request.url = tlsUrl(u"/echo"_s);
    request.tls.caFile = m_dir.filePath(u"cert.pem"_s);
    openAndWait(session, request);
    QCOMPARE(warnings.size(), 0);
    session.close();
    // A CA file that holds no certificate is said so before connecting.
    QSignalSpy failed(&session, &WebSocketSession::failed);
    request.tls.caFile = m_dir.filePath(u"key.pem"_s) + u".missing"_s;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY(failed.constFirst().constFirst().toString().contains(u".missing"_s));
}

void TestWebSocketSession::firstRefusedAttemptIsRetried()
{
    // Without reconnect, a refused first attempt ends the session. With it, the refused attempts
    // are retried (the server may be starting), each delay twice the one before, until it listens.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    WebSocketSession session;
    QSignalSpy failed(&session, &WebSocketSession::failed);
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    WebSocketRequest request;
    request.url = QUrl(u"ws://127.0.0.1:%1/"_s.arg(port));
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);

    request.reconnect = true;
    request.retryMs = 100;
    request.maxRetryMs = 400;
    session.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= 3, 10000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(ended.at(0).at(0).toInt(), 1006);
    QCOMPARE(ended.at(0).at(2).toLongLong(), 100);
    QCOMPARE(ended.at(1).at(2).toLongLong(), 200);
    QCOMPARE(ended.at(2).at(2).toLongLong(), 400);
    QWebSocketServer server(u"test"_s, QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketSession::State::Open, 10000);
    QCOMPARE(failed.size(), 1);
    session.close();
}

void TestWebSocketSession::reconnectsWhenTheServerComesBack()
{
    // Qt's own server: it drops the connection and stops listening; the refused attempts are
    // retried, each delay twice the one before; when it listens again the session is back.
    QWebSocketServer server(u"test"_s, QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    QList<QWebSocket *> clients;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *client = server.nextPendingConnection()) {
            clients << client;
            client->sendTextMessage(u"hello %1"_s.arg(clients.size()));
        }
    });
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    QSignalSpy failed(&session, &WebSocketSession::failed);
    WebSocketRequest request;
    request.url = QUrl(u"ws://127.0.0.1:%1/"_s.arg(port));
    request.reconnect = true;
    request.retryMs = 100;
    request.maxRetryMs = 400;
    session.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);

    // The server goes down: the connection ends, then three refused attempts.
    server.close();
    clients.constFirst()->abort();
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= 4, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(ended.at(0).at(2).toLongLong(), 100); // after a good connection: the first delay
    QCOMPARE(ended.at(1).at(2).toLongLong(), 200); // refused: doubled
    QCOMPARE(ended.at(2).at(2).toLongLong(), 400);
    QCOMPARE(ended.at(3).at(2).toLongLong(), 400); // the ceiling
    QCOMPARE(ended.at(1).at(0).toInt(), 1006);
    QVERIFY(!ended.at(1).at(1).toString().isEmpty()); // why the attempt failed

    // Back up on the same port: the session reconnects by itself.
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 2, 10000);
    QCOMPARE(texts.at(1).constFirst().toString(), u"hello 2"_s);
    QCOMPARE(session.state(), WebSocketSession::State::Open);
    QCOMPARE(failed.size(), 0);
    session.close();
    qDeleteAll(clients);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestWebSocketSession)
#include "tst_websocketsession.moc"
