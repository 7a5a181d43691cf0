// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli probe against real servers on 127.0.0.1: Debian's python3-websockets
// (tests/live/ws_server.py) and an SSE server on Python's standard library (tests/live/sse_server.py).
#include "serverprocess.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void webSocketExampleConforms();
    void nonConformingMessageFails();
    void securityFromTheDocument();
    void sseEventsResumeAndConform();
    void sseReportsUnknownAndInvalid();
    void refusedAndTimedOut();
    void usageErrors();

private:
    struct Run
    {
        int status;
        QList<QJsonObject> lines;
        QString err;
        qint64 ms;
    };
    Run probe(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    static QList<QJsonObject> messages(const Run &r, const QString &direction);
    QString write(const QString &name, const QByteArray &text);

    QProcess m_ws;
    QProcess m_sse;
    int m_wsPort = 0;
    int m_ssePort = 0;
    QTemporaryDir m_dir;
    const QString m_chat = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml");
};

void TestProbe::initTestCase()
{
    if (!Signalbox::Test::havePythonWebsockets())
        QSKIP("python3-websockets is not installed (packaging/dev.sh setup installs it)");
    m_wsPort = Signalbox::Test::startPythonServer(m_ws, QStringLiteral(SIGNALBOX_WS_SERVER));
    m_ssePort = Signalbox::Test::startPythonServer(m_sse, QStringLiteral(SIGNALBOX_SSE_SERVER));
    QVERIFY(m_wsPort > 0 && m_ssePort > 0);
    QVERIFY(m_dir.isValid());
}

void TestProbe::cleanupTestCase()
{
    Signalbox::Test::stopServer(m_ws);
    Signalbox::Test::stopServer(m_sse);
}

TestProbe::Run TestProbe::probe(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH), QStringList{u"probe"_s} + args);
    if (!p.waitForFinished(30000))
        return {-1, {}, {}, t.elapsed()};
    Run r{p.exitCode(), {}, QString::fromUtf8(p.readAllStandardError()), t.elapsed()};
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            r.lines << QJsonDocument::fromJson(line).object();
    return r;
}

QList<QJsonObject> TestProbe::messages(const Run &r, const QString &direction)
{
    QList<QJsonObject> out;
    for (const QJsonObject &o : r.lines)
        if (o[u"direction"_s].toString() == direction)
            out << o;
    return out;
}

QString TestProbe::write(const QString &name, const QByteArray &text)
{
    QFile f(m_dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return f.fileName();
}

void TestProbe::webSocketExampleConforms()
{
    const Run r = probe({m_chat, u"--operation"_s, u"sendChat"_s, u"--url"_s,
                         u"ws://127.0.0.1:%1/echo"_s.arg(m_wsPort), u"--send-example"_s, u"--send-sample"_s,
                         u"--count"_s, u"2"_s});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const auto out = messages(r, u"out"_s);
    const auto in = messages(r, u"in"_s);
    QCOMPARE(out.size(), 2);
    QCOMPARE(in.size(), 2);
    for (const QJsonObject &o : out + in) {
        QCOMPARE(o[u"message"_s].toString(), u"chat"_s);
        QCOMPARE(o[u"check"_s].toString(), u"conforms"_s);
    }
    QVERIFY(in.at(0)[u"payload"_s].toString().contains(u"Hello, harbour"_s));
    QCOMPARE(messages(r, u"connection"_s).first()[u"event"_s].toString(), u"connecting"_s);
}

void TestProbe::nonConformingMessageFails()
{
    const QString bad = write(u"bad.json"_s, R"({"type": "chat", "id": 0, "text": "x"})");
    const QString other = write(u"other.txt"_s, "not json at all");
    const Run r = probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"ws://127.0.0.1:%1/echo"_s.arg(m_wsPort),
                         u"--send-file"_s, bad, u"--send-file"_s, other, u"--count"_s, u"2"_s});
    QCOMPARE(r.status, 1);
    const auto in = messages(r, u"in"_s);
    QCOMPARE(in.size(), 2);
    QCOMPARE(in.at(0)[u"check"_s].toString(), u"invalid"_s);
    QCOMPARE(in.at(0)[u"message"_s].toString(), u"chat"_s);
    QVERIFY(in.at(0)[u"errors"_s].toArray().at(0).toString().startsWith(u"payload/id"_s));
    QCOMPARE(in.at(1)[u"check"_s].toString(), u"unknown"_s);
    QVERIFY(in.at(1)[u"message"_s].isNull());
}

void TestProbe::securityFromTheDocument()
{
    const QString doc = write(u"secure.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Secure, version: '1'}
servers:
  ws:
    host: '127.0.0.1:{port}'
    protocol: ws
    variables: {port: {default: '1'}}
    security: [{$ref: '#/components/securitySchemes/token'}]
  sse:
    host: '127.0.0.1:{port}'
    protocol: http
    variables: {port: {default: '1'}}
    security: [{$ref: '#/components/securitySchemes/key'}]
channels:
  private:
    address: /private
    messages:
      any: {payload: {}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
    key: {type: httpApiKey, in: header, name: X-Api-Key}
)");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PROBE_TOKEN"_s, u"secret"_s);
    Run r = probe({doc, u"--server"_s, u"ws"_s, u"--var"_s, u"port=%1"_s.arg(m_wsPort), u"--secret-env"_s,
                   u"PROBE_TOKEN"_s, u"--send-sample"_s, u"--count"_s, u"1"_s},
                  env);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The token is in the handshake, never in the output.
    for (const QJsonObject &o : r.lines)
        QVERIFY(!QJsonDocument(o).toJson().contains("secret"));
    env.remove(u"PROBE_TOKEN"_s);
    r = probe({doc, u"--server"_s, u"ws"_s, u"--var"_s, u"port=%1"_s.arg(m_wsPort), u"--secret-env"_s,
               u"PROBE_TOKEN"_s, u"--count"_s, u"1"_s},
              env);
    QCOMPARE(r.status, 2); // refused: 401
    env.insert(u"SIGNALBOX_SECRET"_s, u"k-123"_s);
    r = probe({doc, u"--server"_s, u"sse"_s, u"--var"_s, u"port=%1"_s.arg(m_ssePort), u"--count"_s, u"1"_s}, env);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(messages(r, u"in"_s).size(), 1);
}

void TestProbe::sseEventsResumeAndConform()
{
    // The server drops the stream every 3 events; the probe reconnects with Last-Event-ID.
    const Run r = probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s,
                         u"http://127.0.0.1:%1/chat?count=8"_s.arg(m_ssePort), u"--reconnect"_s, u"--count"_s, u"8"_s});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const auto in = messages(r, u"in"_s);
    QCOMPARE(in.size(), 8);
    for (int i = 0; i < in.size(); ++i) {
        QCOMPARE(in.at(i)[u"eventId"_s].toString(), QString::number(i + 1));
        QCOMPARE(in.at(i)[u"event"_s].toString(), u"chat"_s);
        QCOMPARE(in.at(i)[u"check"_s].toString(), u"conforms"_s);
    }
}

void TestProbe::sseReportsUnknownAndInvalid()
{
    Run r = probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"http://127.0.0.1:%1/bad"_s.arg(m_ssePort),
                   u"--count"_s, u"3"_s});
    QCOMPARE(r.status, 1);
    auto in = messages(r, u"in"_s);
    QCOMPARE(in.size(), 3);
    QCOMPARE(in.at(0)[u"check"_s].toString(), u"invalid"_s);
    QCOMPARE(in.at(1)[u"check"_s].toString(), u"unknown"_s);
    QCOMPARE(in.at(2)[u"check"_s].toString(), u"conforms"_s);
    // An event filter: only the "chat" events.
    r = probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"http://127.0.0.1:%1/bad"_s.arg(m_ssePort),
               u"--event"_s, u"other"_s, u"--count"_s, u"1"_s});
    in = messages(r, u"in"_s);
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.at(0)[u"event"_s].toString(), u"other"_s);
}

void TestProbe::refusedAndTimedOut()
{
    Run r = probe({u"--url"_s, u"ws://127.0.0.1:1/echo"_s, u"--timeout"_s, u"5"_s});
    QCOMPARE(r.status, 2);
    QCOMPARE(messages(r, u"connection"_s).last()[u"event"_s].toString(), u"error"_s);
    // Nothing comes: the timeout ends it, status 3 for the missing count.
    r = probe({u"--url"_s, u"ws://127.0.0.1:%1/echo"_s.arg(m_wsPort), u"--count"_s, u"1"_s, u"--timeout"_s, u"0.5"_s});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.ms < 5000, qPrintable(QString::number(r.ms)));
}

void TestProbe::usageErrors()
{
    QCOMPARE(probe({}).status, 2);
    QCOMPARE(probe({m_chat, u"--channel"_s, u"nope"_s}).status, 2);
    QCOMPARE(probe({m_chat, u"--timeout"_s, u"-1"_s}).status, 2);
    // SSE cannot send.
    const Run r = probe({m_chat, u"--url"_s, u"http://127.0.0.1:%1/chat"_s.arg(m_ssePort), u"--send-sample"_s});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains(u"only receive"_s));
}

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
