// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <live/websocketsession.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

/**
 * Against Debian's python3-websockets (tests/live/ws_server.py), an implementation we did not
 * write, on 127.0.0.1. Skips when python3-websockets is not installed (packaging/dev.sh setup
 * installs it).
 */
class TestWebSocketSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
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

private:
    QUrl url(const QString &path) const { return QUrl(u"ws://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }
    WebSocketRequest to(const QString &path) const
    {
        WebSocketRequest request;
        request.url = url(path);
        return request;
    }
    void openAndWait(WebSocketSession &session, const WebSocketRequest &request);

    QProcess m_server;
    int m_port = 0;
};

void TestWebSocketSession::initTestCase()
{
    QProcess check;
    check.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import websockets.legacy.server"_s});
    if (!check.waitForFinished(10000) || check.exitCode() != 0)
        QSKIP("python3-websockets is not installed (packaging/dev.sh setup installs it)");
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(u"/usr/bin/python3"_s, {QStringLiteral(SIGNALBOX_WS_SERVER)});
    QVERIFY(m_server.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
    m_port = m_server.readLine().trimmed().toInt();
    QVERIFY(m_port > 0);
}

void TestWebSocketSession::cleanupTestCase()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.closeWriteChannel(); // the server stops when its input closes
    if (!m_server.waitForFinished(5000))
        m_server.kill();
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
    WebSocketSession session;
    QSignalSpy failed(&session, &WebSocketSession::failed);
    session.open(to(u"/forbidden"_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QVERIFY2(failed.constFirst().constFirst().toString().contains(u"403"_s), qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    QVERIFY(!session.sendText(u"x"_s));
    // A 401 with a challenge: Qt 6.4 names the status, Qt 6.8 the challenge it cannot answer.
    session.open(to(u"/private"_s));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 5000);
    const QString message = failed.at(1).constFirst().toString();
    QVERIFY2(message.contains(u"401"_s) || message.contains(u"WWW-Authenticate"_s), qPrintable(message));
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

void TestWebSocketSession::authorizedHandshake()
{
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
    WebSocketSession session;
    QSignalSpy texts(&session, &WebSocketSession::textReceived);
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    WebSocketRequest request = to(u"/drop"_s);
    request.reconnect = true;
    request.retryMs = 20;
    request.maxRetryMs = 40;
    session.open(request);
    // Every connection says hello and is dropped: the session keeps coming back.
    QTRY_VERIFY_WITH_TIMEOUT(texts.size() >= 3, 10000);
    session.close();
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
    QVERIFY(ended.size() >= 2);
    QCOMPARE(ended.at(0).at(2).toLongLong(), 20);
    QCOMPARE(ended.at(0).at(0).toInt(), 1006); // abnormal closure: no close frame
}

void TestWebSocketSession::incomingMessageLimit()
{
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
    WebSocketSession session;
    QSignalSpy ended(&session, &WebSocketSession::disconnected);
    openAndWait(session, to(u"/echo"_s));
    session.close(4100, u"done testing"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
    QCOMPARE(ended.constFirst().at(2).toLongLong(), -1);
    QCOMPARE(session.state(), WebSocketSession::State::Closed);
}

QTEST_GUILESS_MAIN(TestWebSocketSession)
#include "tst_websocketsession.moc"
