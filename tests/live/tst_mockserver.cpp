// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "serverprocess.h"
#include "skipping.h"
#include "testconfig.h"

#include <asyncapi/analysis.h>
#include <live/mockserver.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <nlohmann/json.hpp>

#include <functional>

using namespace Signalbox;
using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

/** The mock server of a document, talked to by Qt's own WebSocket client and a raw HTTP socket. */
class TestMockServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routes();
    void refusals_data();
    void refusals();
    void webSocketSendsExamplesAndAnswersWithTheReply();
    void sseStreamsAndResumes();
    void faultsOnDemand();
    void clientRole();
    void headTimeoutSparesOpenConnections();
    void twoServersOnOnePath();
    void listeningIsLoggedFirst();
    void replaysARecordedLog_data();
    void replaysARecordedLog();
    void replaysAMocksOwnLogAndResumes();
    void delayAndCloseCode();
    void replyOnItsOwnChannel();
    void refusesAMessageTooLarge();
    void servesOverTls();
    void repliesDoNotShiftTheStream();
    void parametersAreCheckedAgainstTheirSchema_data();
    void parametersAreCheckedAgainstTheirSchema();

private:
    std::unique_ptr<MockServer> start(MockOptions options = {});
    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
};

namespace {

constexpr int Timeout = 5000;

/** Sends \a head on a fresh connection to \a port and reads until the server closes (bounded). */
QByteArray exchange(quint16 port, const QByteArray &head, int waitMs = Timeout)
{
    // The server runs on this thread: wait with the event loop running, not in a blocking call.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    QByteArray got;
    QObject::connect(&s, &QTcpSocket::connected, &s, [&s, head] { s.write(head); });
    QObject::connect(&s, &QIODevice::readyRead, &s, [&s, &got] { got += s.readAll(); });
    QElapsedTimer t;
    t.start();
    while (s.state() != QAbstractSocket::UnconnectedState && t.elapsed() < waitMs)
        QTest::qWait(10);
    return got + s.readAll();
}

QByteArray get(const QByteArray &path, const QByteArray &headers = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
}

/** A WebSocket request for room \a room of the rooms document, with a bearer token. */
QNetworkRequest roomRequest(quint16 port, const QString &room, const QByteArray &token = "secret",
                            const QString &scheme = u"ws"_s)
{
    QNetworkRequest request(QUrl(u"%1://127.0.0.1:%2/rooms/%3"_s.arg(scheme).arg(port).arg(room)));
    request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

/** Whether the mock logged an entry that \a test accepts (the spy is on MockServer::logged). */
bool hasLogged(const QSignalSpy &logged, const std::function<bool(const LogEntry &)> &test)
{
    return std::any_of(logged.cbegin(), logged.cend(),
                       [&test](const QList<QVariant> &args) { return test(args.at(0).value<LogEntry>()); });
}

/** The `data:` payloads of an SSE stream's events, with their ids. */
QList<QPair<QByteArray, QByteArray>> events(const QByteArray &stream)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const qsizetype body = stream.indexOf("\r\n\r\n");
    QByteArray id;
    QByteArray data;
    for (const QByteArray &line : stream.mid(body + 4).split('\n')) {
        if (line.startsWith("id: "))
            id = line.mid(4);
        else if (line.startsWith("data: "))
            data += line.mid(6);
        else if (line.isEmpty() && !data.isEmpty()) {
            out.append({id, data});
            data.clear();
        }
    }
    return out;
}

} // namespace

void TestMockServer::initTestCase()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/rooms.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_analysis = AsyncApi::analyze(f.readAll());
    QVERIFY(m_analysis->isValid());
}

std::unique_ptr<MockServer> TestMockServer::start(MockOptions options)
{
    auto mock = std::make_unique<MockServer>(m_analysis, options);
    QString error;
    if (!mock->listen(&error)) {
        qWarning() << error;
        return nullptr;
    }
    return mock;
}

void TestMockServer::routes()
{
    const auto mock = start();
    QVERIFY(mock);
    const auto routes = mock->routes();
    QCOMPARE(routes.size(), 2);
    QCOMPARE(routes[0].path, u"/rooms/{roomId}"_s);
    QVERIFY(routes[0].webSocket);
    QCOMPARE(routes[0].url.scheme(), u"ws"_s);
    QCOMPARE(routes[0].url.port(), int(mock->port()));
    QCOMPARE(routes[1].path, u"/ticks"_s);
    QVERIFY(!routes[1].webSocket);

    MockOptions one;
    one.server = u"feed"_s;
    QCOMPARE(start(one)->routes().size(), 1);
    MockOptions none;
    none.server = u"nowhere"_s;
    MockServer refused(m_analysis, none);
    QString error;
    QVERIFY(!refused.listen(&error));
    QVERIFY2(error.contains(u"nowhere"_s), qPrintable(error));
}

void TestMockServer::refusals_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("reason");
    const QByteArray upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    QTest::newRow("no-channel") << get("/nowhere") << QByteArray("404") << QByteArray("No channel at /nowhere");
    QTest::newRow("bad-parameter") << get("/rooms/kitchen", upgrade + "Authorization: Bearer t\r\n")
                                   << QByteArray("404") << QByteArray("'kitchen' is not a value of parameter roomId");
    QTest::newRow("no-token") << get("/rooms/lobby", upgrade) << QByteArray("401") << QByteArray("token");
    QTest::newRow("wrong-token") << get("/rooms/lobby", upgrade + "Authorization: Bearer nope\r\n") << QByteArray("401")
                                 << QByteArray("token");
    QTest::newRow("not-websocket") << get("/rooms/lobby", "Authorization: Bearer secret\r\n") << QByteArray("426")
                                   << QByteArray("WebSocket channel");
    QTest::newRow("post") << QByteArray("POST /ticks HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << QByteArray("405")
                          << QByteArray("Only GET");
    QTest::newRow("huge-head") << get("/ticks", "X-Big: " + QByteArray(20'000, 'a') + "\r\n") << QByteArray("431")
                               << QByteArray("larger than");
    QTest::newRow("not-http") << QByteArray("hello\r\n\r\n") << QByteArray("400") << QByteArray("Not an HTTP");
}

void TestMockServer::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, reason);
    MockOptions options;
    options.credentials.insert(u"token"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    const QByteArray answer = exchange(mock->port(), request);
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.left(200).constData());
    QVERIFY2(answer.contains(reason), answer.constData());
    QCOMPARE(mock->connectionCount(), 0);
    if (status == "401") // the challenge of the scheme asked for
        QVERIFY(answer.contains("WWW-Authenticate: Bearer realm="));
}

void TestMockServer::webSocketSendsExamplesAndAnswersWithTheReply()
{
    MockOptions options;
    options.rate = 50;
    options.credentials.insert(u"token"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QSignalSpy logged(mock.get(), &MockServer::logged);

    QWebSocket client;
    QStringList got;
    connect(&client, &QWebSocket::textMessageReceived, this, [&got](const QString &m) { got.append(m); });
    const QNetworkRequest request = roomRequest(mock->port(), u"dock"_s);
    client.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= 3, Timeout);
    // The chat examples in turn, compact, their keys in the order written.
    auto json = [](const QString &text) { return nlohmann::json::parse(text.toStdString()); };
    QVERIFY(json(got[0]) == nlohmann::json::parse(R"({"text":"hello","from":"ann"})"));
    QVERIFY(json(got[1]) == nlohmann::json::parse(R"({"text":"world","from":"bob"})"));
    QVERIFY(!got[0].contains(u'\n')); // compact
    QCOMPARE(got[2], got[0]);
    QCOMPARE(mock->connectionCount(), 1);

    // A ping is checked and answered with the pong, its id copied where the pong keeps it.
    client.sendTextMessage(uR"({"op":"ping","id":"abc-1"})"_s);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(got.cbegin(), got.cend(),
                                         [&json](const QString &m) {
                                             return json(m) == nlohmann::json::parse(R"({"op":"pong","re":"abc-1"})");
                                         }),
                             Timeout);
    client.sendTextMessage(uR"({"op":"ping"})"_s); // no id: a ping that does not conform
    QTRY_VERIFY_WITH_TIMEOUT(hasLogged(logged,
                                       [](const LogEntry &e) {
                                           return e.direction == LogEntry::Direction::Incoming &&
                                                  e.check == LogEntry::Check::Invalid && e.message == u"ping"_s;
                                       }),
                             Timeout);
    client.sendTextMessage(u"{\"what\": 1}"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasLogged(logged, [](const LogEntry &e) { return e.check == LogEntry::Check::Unknown; }),
                             Timeout);
    client.close();
    QTRY_COMPARE_WITH_TIMEOUT(mock->connectionCount(), 0, Timeout);
}

void TestMockServer::sseStreamsAndResumes()
{
    MockOptions options;
    options.rate = 200;
    options.count = 4;
    options.sseRetryMs = 1500;
    const auto mock = start(options);
    QVERIFY(mock);
    QSignalSpy reached(mock.get(), &MockServer::countReached);
    const QByteArray stream = exchange(mock->port(), get("/ticks", "Accept: text/event-stream\r\n"));
    QVERIFY2(stream.startsWith("HTTP/1.1 200 OK\r\n"), stream.constData());
    QVERIFY(stream.contains("Content-Type: text/event-stream"));
    QVERIFY(stream.contains("\r\n\r\nretry: 1500\n"));
    QVERIFY(stream.contains("event: tick\n"));
    const auto first = events(stream);
    QCOMPARE(first.size(), 4); // then it closes, as --count asks
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(first[i].first, QByteArray::number(i + 1));
        QVERIFY(nlohmann::json::parse(first[i].second.toStdString()).at("n").is_number_integer());
    }
    // Resuming after id 2 goes on with 3 and 4, the same messages, none lost or repeated; the
    // stream's count holds over the resumed connection.
    const auto resumed = events(exchange(mock->port(), get("/ticks", "Last-Event-ID: 2\r\n")));
    QCOMPARE(resumed.size(), 2);
    QCOMPARE(resumed[0].first, QByteArray("3"));
    QCOMPARE(resumed[1].second, first[3].second);
    QCOMPARE(reached.size(), 2);
    // Resumed at the end, the stream has nothing more; an id beyond reason starts it again (no overflow).
    QVERIFY(events(exchange(mock->port(), get("/ticks", "Last-Event-ID: 4\r\n"))).isEmpty());
    const auto again = events(exchange(mock->port(), get("/ticks", "Last-Event-ID: 9223372036854775807\r\n")));
    QCOMPARE(again.size(), 4);
    QCOMPARE(again[0].first, QByteArray("1"));
}

void TestMockServer::faultsOnDemand()
{
    MockOptions options;
    options.rate = 200;
    options.invalidEvery = 2;
    options.dropEvery = 3;
    const auto mock = start(options);
    QVERIFY(mock);
    QSignalSpy logged(mock.get(), &MockServer::logged);
    const auto got = events(exchange(mock->port(), get("/ticks")));
    QCOMPARE(got.size(), 3); // dropped after 3
    QVERIFY(nlohmann::json::parse(got[0].second.toStdString()).contains("n"));
    QVERIFY(!nlohmann::json::parse(got[1].second.toStdString()).contains("n")); // the 2nd is invalid
    QVERIFY(nlohmann::json::parse(got[2].second.toStdString()).contains("n"));
    QStringList statuses;
    for (const auto &args : logged)
        statuses.append(args.at(0).value<LogEntry>().status);
    QVERIFY2(statuses.join(u'\n').contains(u"invalid on purpose"_s), qPrintable(statuses.join(u'\n')));
    QVERIFY(hasLogged(logged, [](const LogEntry &e) { // flagged as a client's check would flag it
        return e.direction == LogEntry::Direction::Outgoing && e.check == LogEntry::Check::Invalid &&
               e.errors.value(0).contains(u"invalid on purpose"_s);
    }));
    QVERIFY2(statuses.join(u'\n').contains(u"dropped on purpose (every 3 messages)"_s),
             qPrintable(statuses.join(u'\n')));
}

void TestMockServer::clientRole()
{
    // Played from the other side, the mock sends pings (a sample: the document has no example)
    // and checks the chat messages it is sent.
    MockOptions options;
    options.role = MockOptions::Role::Client;
    options.rate = 100;
    options.server = u"rooms"_s;
    const auto mock = start(options);
    QVERIFY(mock);
    QSignalSpy logged(mock.get(), &MockServer::logged);
    QWebSocket client;
    QStringList got;
    connect(&client, &QWebSocket::textMessageReceived, this, [&got](const QString &m) { got.append(m); });
    const QNetworkRequest request = roomRequest(mock->port(), u"lobby"_s, "any"); // no expected value given: any token
    client.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(!got.isEmpty(), Timeout);
    const auto ping = nlohmann::json::parse(got[0].toStdString());
    QVERIFY(ping.at("op") == "ping");
    client.sendTextMessage(uR"({"text":"hi","from":"cy"})"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasLogged(logged,
                  [](const LogEntry &e) { return e.check == LogEntry::Check::Conforms && e.message == u"chat"_s; }),
        Timeout);
}

void TestMockServer::headTimeoutSparesOpenConnections()
{
    // A client that never finishes its request head is disconnected; a WebSocket that opened long
    // before is not (it was, once: its socket still looked like one waiting for its head).
    MockOptions options;
    options.rate = 20;
    options.requestHeadTimeoutMs = 300;
    options.credentials.insert(u"token"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QWebSocket client;
    int got = 0;
    connect(&client, &QWebSocket::textMessageReceived, this, [&got] { ++got; });
    const QNetworkRequest request = roomRequest(mock->port(), u"dock"_s);
    client.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(got > 0, Timeout);

    QElapsedTimer t;
    t.start();
    const QByteArray silent = exchange(mock->port(), "GET /ticks HTTP/1.1\r\n"); // never ends its head
    QVERIFY(silent.isEmpty());
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));

    QTest::qWait(600); // well past the head timeout
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    const int before = got;
    QTRY_VERIFY_WITH_TIMEOUT(got > before, Timeout);
    QCOMPARE(mock->connectionCount(), 1);
    mock->close(); // with the connection open: no crash, nothing left
    QCOMPARE(mock->connectionCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, Timeout);
}

void TestMockServer::twoServersOnOnePath()
{
    // A ws and an http server at the same place: the request's kind chooses the channel.
    const auto analysis = AsyncApi::analyze(QByteArray(R"(asyncapi: 3.0.0
info: {title: T, version: '1'}
servers:
  ws: {host: 127.0.0.1, protocol: ws}
  feed: {host: 127.0.0.1, protocol: http}
channels:
  events:
    address: /events
    messages:
      e: {payload: {type: object, required: [n], properties: {n: {const: 7}}}}
operations:
  sendEvents: {action: send, channel: {$ref: '#/channels/events'}}
)"));
    QVERIFY(analysis->isValid());
    MockOptions options;
    options.rate = 100;
    options.count = 1;
    MockServer mock(analysis, options);
    QString error;
    QVERIFY2(mock.listen(&error), qPrintable(error));
    QCOMPARE(mock.routes().size(), 2);
    const auto sse = events(exchange(mock.port(), get("/events")));
    QCOMPARE(sse.size(), 1);
    QCOMPARE(sse[0].second, QByteArray(R"({"n":7})"));
    QWebSocket client;
    QString got;
    connect(&client, &QWebSocket::textMessageReceived, this, [&got](const QString &m) { got = m; });
    client.open(QUrl(u"ws://127.0.0.1:%1/events"_s.arg(mock.port())));
    QTRY_COMPARE_WITH_TIMEOUT(got, uR"({"n":7})"_s, Timeout);
}

void TestMockServer::listeningIsLoggedFirst()
{
    MockServer mock(m_analysis, {});
    QSignalSpy logged(&mock, &MockServer::logged);
    QString error;
    QVERIFY(mock.listen(&error));
    QCOMPARE(mock.baseUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(mock.port())));
    QTRY_COMPARE_WITH_TIMEOUT(logged.size(), 1, Timeout); // said after listen() returned, so that it can be heard
    const auto e = logged.at(0).at(0).value<LogEntry>();
    QCOMPARE(e.event, u"listening"_s);
    QCOMPARE(e.status, mock.baseUrl().toString());
}

namespace {

LogEntry recorded(qint64 timeMs, LogEntry::Direction direction, const QByteArray &payload, const QString &channel,
                  const QString &event = u"text"_s)
{
    LogEntry e;
    e.timeMs = timeMs;
    e.direction = direction;
    e.payload = payload;
    e.channel = channel;
    e.event = event;
    return e;
}

} // namespace

void TestMockServer::replaysARecordedLog_data()
{
    QTest::addColumn<bool>("timing");
    QTest::newRow("recorded-timing") << true;
    QTest::newRow("as-fast-as-possible") << false;
}

void TestMockServer::replaysARecordedLog()
{
    // What an inspector received on two channels, 400 ms apart: each channel's own, in order.
    QFETCH(bool, timing);
    const qint64 t0 = 1'700'000'000'000;
    auto log = std::make_shared<std::vector<LogEntry>>();
    log->push_back(recorded(t0, LogEntry::Direction::Incoming, R"({"text":"one","from":"x"})", u"room"_s));
    log->push_back(recorded(t0 + 10, LogEntry::Direction::Outgoing, R"({"op":"ping","id":"1"})", u"room"_s));
    log->push_back(recorded(t0 + 20, LogEntry::Direction::Incoming, R"({"n":1})", u"ticks"_s, u"tick\nid: 999"_s));
    log->push_back(recorded(t0 + 400, LogEntry::Direction::Incoming, "\x01\x02", u"room"_s, u"binary"_s));
    log->push_back(recorded(t0 + 800, LogEntry::Direction::Incoming, R"({"text":"three","from":"y"})", u"room"_s));
    LogEntry cut = recorded(t0 + 900, LogEntry::Direction::Incoming, "{\"text\":", u"room"_s);
    cut.fullSize = 100'000;
    log->push_back(cut);
    MockOptions options;
    options.replay = log;
    options.replayTiming = timing;
    options.credentials.insert(u"*"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QSignalSpy logged(mock.get(), &MockServer::logged);

    QWebSocket client;
    QList<QPair<qint64, QByteArray>> got;
    QElapsedTimer clock;
    connect(&client, &QWebSocket::textMessageReceived, this, [&](const QString &m) {
        got.append({clock.elapsed(), m.toUtf8()});
    });
    connect(&client, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &m) {
        got.append({clock.elapsed(), m});
    });
    const QNetworkRequest request = roomRequest(mock->port(), u"lobby"_s);
    clock.start();
    client.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, Timeout);
    QCOMPARE(got[0].second, QByteArray(R"({"text":"one","from":"x"})"));
    QCOMPARE(got[1].second, QByteArray("\x01\x02")); // binary stays binary
    QCOMPARE(got[2].second, QByteArray(R"({"text":"three","from":"y"})"));
    if (timing) // the third 800 ms after the first: at least most of it (the clock starts after the handshake)
        QVERIFY2(got[2].first - got[0].first >= 700, qPrintable(QString::number(got[2].first - got[0].first)));
    QTRY_VERIFY_WITH_TIMEOUT(hasLogged(logged, [](const LogEntry &e) { return e.event == u"replayed"_s; }), Timeout);
    QVERIFY(hasLogged(logged, [](const LogEntry &e) {
        return e.event == u"replay"_s && e.status.startsWith(u"1 recorded"_s) && e.status.contains(u"not served"_s);
    }));
    QTest::qWait(50);
    QCOMPARE(got.size(), 3); // nothing of the other channel, nor what the inspector sent, nor the cut one

    // The SSE channel gets its own recorded event, with its recorded type.
    const QByteArray stream = exchange(mock->port(), get("/ticks"), 500);
    // (A line break in the recorded type would start fields of its own: it does not.)
    QVERIFY2(stream.contains("event: tick id: 999\ndata: {\"n\":1}\n"), stream.constData());
}

void TestMockServer::replaysAMocksOwnLogAndResumes()
{
    // A mock's own log (it starts with "listening") is served from what that mock sent, and a log
    // that names no channel serves every channel; Last-Event-ID resumes within the recording.
    auto log = std::make_shared<std::vector<LogEntry>>();
    log->push_back(recorded(1, LogEntry::Direction::Connection, {}, {}, u"listening"_s));
    log->push_back(recorded(2, LogEntry::Direction::Incoming, R"({"from":"the client"})", {}));
    for (int i = 1; i <= 5; ++i)
        log->push_back(recorded(2 + i, LogEntry::Direction::Outgoing, QByteArray::number(i), {}, u"tick"_s));
    MockOptions options;
    options.replay = log;
    options.replayTiming = false;
    options.server = u"feed"_s;
    const auto mock = start(options);
    QVERIFY(mock);
    QList<QByteArray> data;
    for (const auto &e : events(exchange(mock->port(), get("/ticks", "Last-Event-ID: 2\r\n"), 500)))
        data.append(e.first + '=' + e.second);
    QCOMPARE(data, (QList<QByteArray>{"3=3", "4=4", "5=5"}));

    auto nothing = std::make_shared<std::vector<LogEntry>>();
    nothing->push_back(recorded(2, LogEntry::Direction::Outgoing, "sent by an inspector", {}));
    options.replay = nothing;
    MockServer refused(m_analysis, options);
    QString error;
    QVERIFY(!refused.listen(&error));
    QVERIFY2(error.contains(u"no message to serve"_s), qPrintable(error));
}

void TestMockServer::delayAndCloseCode()
{
    MockOptions options;
    options.rate = 100;
    options.delayMs = 400;
    options.dropEvery = 2;
    options.closeCode = 4001;
    options.credentials.insert(u"*"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QSignalSpy logged(mock.get(), &MockServer::logged);
    QWebSocket client;
    QList<qint64> at;
    QElapsedTimer clock;
    connect(&client, &QWebSocket::textMessageReceived, this, [&] { at.append(clock.elapsed()); });
    const QNetworkRequest request = roomRequest(mock->port(), u"lobby"_s);
    QSignalSpy connected(&client, &QWebSocket::connected);
    clock.start();
    client.open(request);
    QVERIFY(connected.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, Timeout);
    QCOMPARE(at.size(), 2);
    // The stream starts late: 400 ms after the mock took the connection, which is after the clock started.
    QVERIFY2(at[0] >= 395, qPrintable(QString::number(at[0])));
    QCOMPARE(int(client.closeCode()), 4001); // a close frame with the code
    QCOMPARE(client.closeReason(), u"mock fault"_s);
    QVERIFY(hasLogged(logged, [](const LogEntry &e) { return e.event == u"dropped"_s; })); // counted as a drop
}

void TestMockServer::replyOnItsOwnChannel()
{
    // The reply channel is another address: the answer goes to the clients there, and to the asker
    // when nobody listens there (said in the log).
    const auto analysis = AsyncApi::analyze(QByteArray(R"(asyncapi: 3.0.0
info: {title: T, version: '1'}
servers:
  ws: {host: 127.0.0.1, protocol: ws}
channels:
  asks:
    address: /asks
    messages:
      ask:
        correlationId: {location: '$message.payload#/id'}
        payload: {type: object, required: [id], properties: {id: {type: string}}}
  answers:
    address: /answers
    messages:
      answer:
        correlationId: {location: '$message.payload#/meta/for'}
        payload: {type: object, properties: {ok: {type: boolean}, meta: {type: object}}}
        examples:
          - payload: {ok: true, meta: {for: ''}}
operations:
  answerAsks:
    action: receive
    channel: {$ref: '#/channels/asks'}
    reply:
      channel: {$ref: '#/channels/answers'}
)"));
    QVERIFY(analysis->isValid());
    MockOptions options;
    options.rate = 0; // nothing but answers
    MockServer mock(analysis, options);
    QSignalSpy logged(&mock, &MockServer::logged);
    QString error;
    QVERIFY2(mock.listen(&error), qPrintable(error));
    QWebSocket asker;
    QWebSocket listener;
    QStringList heard;
    QStringList answeredHere;
    connect(&listener, &QWebSocket::textMessageReceived, this, [&heard](const QString &m) { heard.append(m); });
    connect(&asker, &QWebSocket::textMessageReceived, this,
            [&answeredHere](const QString &m) { answeredHere.append(m); });
    QSignalSpy listening(&listener, &QWebSocket::connected);
    listener.open(QUrl(u"ws://127.0.0.1:%1/answers"_s.arg(mock.port())));
    QVERIFY(listening.wait(Timeout));
    QSignalSpy asking(&asker, &QWebSocket::connected);
    asker.open(QUrl(u"ws://127.0.0.1:%1/asks"_s.arg(mock.port())));
    QVERIFY(asking.wait(Timeout));
    QTRY_COMPARE_WITH_TIMEOUT(mock.connectionCount(), 2, Timeout);
    asker.sendTextMessage(uR"({"id":"q-1"})"_s);
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, Timeout);
    QVERIFY(nlohmann::json::parse(heard[0].toStdString()) ==
            nlohmann::json::parse(R"({"ok":true,"meta":{"for":"q-1"}})"));
    QVERIFY(answeredHere.isEmpty());

    listener.close();
    QTRY_COMPARE_WITH_TIMEOUT(mock.connectionCount(), 1, Timeout);
    asker.sendTextMessage(uR"({"id":"q-2"})"_s);
    QTRY_COMPARE_WITH_TIMEOUT(answeredHere.size(), 1, Timeout);
    QVERIFY(answeredHere[0].contains(u"q-2"_s));
    QVERIFY(hasLogged(logged, [](const LogEntry &e) { return e.status.contains(u"no client on its channel"_s); }));
}

void TestMockServer::refusesAMessageTooLarge()
{
    // A client may not make the mock hold more than 16 MB for one message: it is closed (1009).
    MockOptions options;
    options.rate = 0;
    options.credentials.insert(u"*"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QWebSocket client;
    client.setMaxAllowedIncomingMessageSize(1024);
    const QNetworkRequest request = roomRequest(mock->port(), u"lobby"_s);
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(request);
    QVERIFY(connected.wait(Timeout));
    client.sendBinaryMessage(QByteArray(17 * 1024 * 1024, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 20000);
    QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    QTRY_COMPARE_WITH_TIMEOUT(mock->connectionCount(), 0, Timeout);
}

void TestMockServer::repliesDoNotShiftTheStream()
{
    // One chat message for each ping (rate 0), every 2nd made invalid: replies (pongs) are not
    // in the stream's count.
    MockOptions options;
    options.rate = 0;
    options.invalidEvery = 2;
    options.credentials.insert(u"*"_s, u"secret"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QWebSocket client;
    QStringList chats;
    connect(&client, &QWebSocket::textMessageReceived, this, [&chats](const QString &m) {
        if (!m.contains(u"pong"_s))
            chats.append(m);
    });
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(roomRequest(mock->port(), u"lobby"_s));
    QVERIFY(connected.wait(Timeout));
    for (int i = 0; i < 4; ++i)
        client.sendTextMessage(uR"({"op":"ping","id":"x"})"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chats.size(), 4, Timeout);
    QVERIFY2(chats[0].contains(u"hello"_s) && !chats[1].contains(u"from"_s) && chats[2].contains(u"hello"_s) &&
                 !chats[3].contains(u"from"_s),
             qPrintable(chats.join(u'\n')));
}

void TestMockServer::servesOverTls()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!Test::makeSelfSignedCertificate(dir.path()))
        SIGNALBOX_SKIP("openssl could not make a certificate");
    MockOptions options;
    options.rate = 50;
    options.credentials.insert(u"*"_s, u"secret"_s);
    options.certificateFile = dir.filePath(u"cert.pem"_s);
    options.privateKeyFile = dir.filePath(u"key.pem"_s);
    const auto mock = start(options);
    QVERIFY(mock);
    QCOMPARE(mock->routes().at(0).url.scheme(), u"wss"_s);
    QCOMPARE(mock->routes().at(1).url.scheme(), u"https"_s);
    QCOMPARE(mock->baseUrl().scheme(), u"https"_s);

    // A client that trusts the certificate, and one that does not.
    QWebSocket client;
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.setCaCertificates(QSslCertificate::fromPath(dir.filePath(u"cert.pem"_s)));
    client.setSslConfiguration(trusting);
    QStringList got;
    connect(&client, &QWebSocket::textMessageReceived, this, [&got](const QString &m) { got.append(m); });
    const QNetworkRequest request = roomRequest(mock->port(), u"lobby"_s, "secret", u"wss"_s);
    client.open(request);
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= 2, Timeout);
    QVERIFY(got[0].contains(u"hello"_s));

    QWebSocket doubting;
    QSignalSpy errors(&doubting, &QWebSocket::sslErrors);
    doubting.open(request);
    QVERIFY(errors.wait(Timeout)); // the self-signed certificate is not trusted by default
    QVERIFY(doubting.state() != QAbstractSocket::ConnectedState);

    // A plain request on the TLS port is not served.
    QVERIFY(exchange(mock->port(), get("/ticks"), 2000).isEmpty());

    options.certificateFile = dir.filePath(u"missing.pem"_s);
    MockServer refused(m_analysis, options);
    QString error;
    QVERIFY(!refused.listen(&error));
    QVERIFY2(error.contains(u"certificate"_s) && error.contains(u"missing.pem"_s), qPrintable(error));
    options.certificateFile = dir.filePath(u"key.pem"_s); // a key is no certificate
    MockServer wrong(m_analysis, options);
    QVERIFY(!wrong.listen(&error));
    QVERIFY2(error.contains(u"no PEM certificate"_s), qPrintable(error));
}

void TestMockServer::parametersAreCheckedAgainstTheirSchema_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("fits") << QByteArray("/v2/rooms/kitchen/7") << QByteArray("200") << QByteArray();
    QTest::newRow("pattern") << QByteArray("/v2/rooms/Kitchen/7") << QByteArray("404")
                             << QByteArray("'Kitchen' is not a valid value of parameter roomId");
    QTest::newRow("integer") << QByteArray("/v2/rooms/kitchen/seven") << QByteArray("404")
                             << QByteArray("'seven' is not a valid value of parameter floor");
    QTest::newRow("maximum") << QByteArray("/v2/rooms/kitchen/99") << QByteArray("404")
                             << QByteArray("'99' is not a valid value of parameter floor");
}

void TestMockServer::parametersAreCheckedAgainstTheirSchema()
{
    // 2.x parameters carry a schema: a path segment is checked against it (as text, or as the
    // number it reads as).
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, reason);
    const auto analysis = AsyncApi::analyze(QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
servers:
  feed: {url: 'http://127.0.0.1/v2', protocol: http}
channels:
  rooms/{roomId}/{floor}:
    parameters:
      roomId:
        schema: {type: string, pattern: '^[a-z]+$'}
      floor:
        $ref: '#/components/parameters/floor'
    subscribe:
      message:
        payload: {type: object, properties: {n: {type: integer}}}
        examples: [{payload: {n: 1}}]
components:
  parameters:
    floor:
      schema: {type: integer, maximum: 20}
)"));
    QVERIFY(analysis->isValid());
    MockOptions options;
    options.rate = 100;
    options.count = 1;
    MockServer mock(analysis, options);
    QString error;
    QVERIFY2(mock.listen(&error), qPrintable(error));
    const QByteArray answer = exchange(mock.port(), get(path));
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.constData());
    QVERIFY2(answer.contains(reason), answer.constData());
}

QTEST_GUILESS_MAIN(TestMockServer)
#include "tst_mockserver.moc"
