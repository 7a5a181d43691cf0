// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli probe against real servers on 127.0.0.1: Debian's python3-websockets
// (tests/live/ws_server.py) and an SSE server on Python's standard library (tests/live/sse_server.py).
#include "serverprocess.h"
#include "skipping.h"
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
    void plaintextCredentialsRefused();
    void secretsHiddenInTheOutput();
    void hostInjectionRefused();
    void headerInjectionRefused();
    void contentFromAnotherFileIsNotSentUnseen();
    void sampleBombIsBounded();
    void droppedMessageFails();
    void webSocket2xDocument();

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

    Signalbox::Test::PythonLiveServers m_servers;
    QTemporaryDir m_dir;
    const QString m_chat = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml");
};

/** Skips the case (visibly) when the test servers cannot run here; fails when they should but did not start. */
#define NEED_SERVERS() SIGNALBOX_NEED_LIVE_SERVERS(m_servers)

void TestProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProbe::cleanupTestCase()
{
    m_servers.stop();
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
    NEED_SERVERS();
    const Run r =
        probe({m_chat, u"--operation"_s, u"sendChat"_s, u"--url"_s, u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort),
               u"--send-example"_s, u"--send-sample"_s, u"--count"_s, u"2"_s});
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

void TestProbe::webSocket2xDocument()
{
    // A 2.x document: its subscribe operation is what the application sends, its messages come from
    // the operations (one a oneOf), the example from the message and the content type from its trait.
    NEED_SERVERS();
    const QString doc = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat-2x.yaml");
    const Run r = probe({doc, u"--operation"_s, u"sendChat"_s, u"--url"_s,
                         u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort), u"--send-example"_s, u"--count"_s, u"1"_s});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const auto out = messages(r, u"out"_s);
    const auto in = messages(r, u"in"_s);
    QCOMPARE(out.size(), 1);
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.at(0)[u"message"_s].toString(), u"chat"_s);
    QCOMPARE(in.at(0)[u"check"_s].toString(), u"conforms"_s);
    QVERIFY(in.at(0)[u"payload"_s].toString().contains(u"Hello, harbour"_s));
    // Against the receiving operation (publish, a oneOf), a line that is neither message does not conform.
    const QString bad = write(u"bad-2x.json"_s, R"({"type": "chat", "id": 0, "text": "x"})");
    const Run wrong =
        probe({doc, u"--operation"_s, u"receiveRoom"_s, u"--url"_s, u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort),
               u"--send-file"_s, bad, u"--count"_s, u"1"_s});
    QCOMPARE(wrong.status, 1);
    QCOMPARE(messages(wrong, u"in"_s).size(), 1);
    QCOMPARE(messages(wrong, u"in"_s).at(0)[u"check"_s].toString(), u"invalid"_s);
}

void TestProbe::nonConformingMessageFails()
{
    NEED_SERVERS();
    const QString bad = write(u"bad.json"_s, R"({"type": "chat", "id": 0, "text": "x"})");
    const QString other = write(u"other.txt"_s, "not json at all");
    const Run r =
        probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort),
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
    NEED_SERVERS();
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
    Run r = probe({doc, u"--server"_s, u"ws"_s, u"--var"_s, u"port=%1"_s.arg(m_servers.wsPort), u"--secret-env"_s,
                   u"PROBE_TOKEN"_s, u"--send-sample"_s, u"--count"_s, u"1"_s, u"--allow-plaintext-credentials"_s},
                  env);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The token is in the handshake, never in the output.
    for (const QJsonObject &o : r.lines)
        QVERIFY(!QJsonDocument(o).toJson().contains("secret"));
    env.remove(u"PROBE_TOKEN"_s);
    r = probe({doc, u"--server"_s, u"ws"_s, u"--var"_s, u"port=%1"_s.arg(m_servers.wsPort), u"--secret-env"_s,
               u"PROBE_TOKEN"_s, u"--count"_s, u"1"_s},
              env);
    QCOMPARE(r.status, 2); // refused: 401
    env.insert(u"SIGNALBOX_SECRET"_s, u"k-123"_s);
    r = probe({doc, u"--server"_s, u"sse"_s, u"--var"_s, u"port=%1"_s.arg(m_servers.ssePort), u"--count"_s, u"1"_s,
               u"--allow-plaintext-credentials"_s},
              env);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(messages(r, u"in"_s).size(), 1);
}

void TestProbe::sseEventsResumeAndConform()
{
    NEED_SERVERS();
    // The server drops the stream every 3 events; the probe reconnects with Last-Event-ID.
    const Run r =
        probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s,
               u"http://127.0.0.1:%1/chat?count=8"_s.arg(m_servers.ssePort), u"--reconnect"_s, u"--count"_s, u"8"_s});
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
    NEED_SERVERS();
    Run r = probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"http://127.0.0.1:%1/bad"_s.arg(m_servers.ssePort),
                   u"--count"_s, u"3"_s});
    QCOMPARE(r.status, 1);
    auto in = messages(r, u"in"_s);
    QCOMPARE(in.size(), 3);
    QCOMPARE(in.at(0)[u"check"_s].toString(), u"invalid"_s);
    QCOMPARE(in.at(1)[u"check"_s].toString(), u"unknown"_s);
    QCOMPARE(in.at(2)[u"check"_s].toString(), u"conforms"_s);
    // An event filter: only the "chat" events.
    r = probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"http://127.0.0.1:%1/bad"_s.arg(m_servers.ssePort),
               u"--event"_s, u"other"_s, u"--count"_s, u"1"_s});
    in = messages(r, u"in"_s);
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.at(0)[u"event"_s].toString(), u"other"_s);
}

void TestProbe::refusedAndTimedOut()
{
    NEED_SERVERS();
    Run r = probe({u"--url"_s, u"ws://127.0.0.1:1/echo"_s, u"--timeout"_s, u"5"_s});
    QCOMPARE(r.status, 2);
    QCOMPARE(messages(r, u"connection"_s).last()[u"event"_s].toString(), u"error"_s);
    // Nothing comes: the timeout ends it, status 3 for the missing count.
    r = probe({u"--url"_s, u"ws://127.0.0.1:%1/echo"_s.arg(m_servers.wsPort), u"--count"_s, u"1"_s, u"--timeout"_s,
               u"0.5"_s});
    QCOMPARE(r.status, 3);
    QVERIFY2(r.ms < 5000, qPrintable(QString::number(r.ms)));
}

void TestProbe::usageErrors()
{
    QCOMPARE(probe({}).status, 2);
    QCOMPARE(probe({m_chat, u"--channel"_s, u"nope"_s}).status, 2);
    QCOMPARE(probe({m_chat, u"--timeout"_s, u"-1"_s}).status, 2);
    // SSE cannot send (said before connecting: no server needed).
    const Run r = probe({m_chat, u"--url"_s, u"http://127.0.0.1:1/chat"_s, u"--send-sample"_s});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains(u"only receive"_s));
}

void TestProbe::plaintextCredentialsRefused()
{
    // A secret for the document's ws:// server, a token in a custom ws:// URL, user info in an
    // http:// one: refused before connecting, unless asked for.
    const QString doc = write(u"plain.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Plain, version: '1'}
servers:
  ws: {host: '127.0.0.1:1', protocol: ws, security: [{$ref: '#/components/securitySchemes/token'}]}
channels:
  c: {address: /c, messages: {m: {payload: {}}}}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
)");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"s3cret-token"_s);
    Run r = probe({doc}, env);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"--allow-plaintext-credentials"_s) && r.err.contains(u"Authorization"_s),
             qPrintable(r.err));
    QVERIFY(r.lines.isEmpty()); // never connected
    r = probe({u"--url"_s, u"ws://127.0.0.1:1/chat?access_token=TOPSECRET123"_s});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"access_token"_s) && !r.err.contains(u"TOPSECRET123"_s), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
    r = probe({u"--url"_s, u"http://ada:pw1234@127.0.0.1:1/feed"_s});
    QCOMPARE(r.status, 2);
    QVERIFY(r.lines.isEmpty());
    // Asked for: it connects (and is refused by the closed port).
    r = probe({doc, u"--allow-plaintext-credentials"_s}, env);
    QCOMPARE(r.status, 2);
    QVERIFY(!r.lines.isEmpty());
    QCOMPARE(r.lines.constFirst()[u"event"_s].toString(), u"connecting"_s);
    // Without a secret nothing is at stake over ws://.
    env.remove(u"SIGNALBOX_SECRET"_s);
    r = probe({doc}, env);
    QVERIFY(!r.lines.isEmpty());
}

void TestProbe::secretsHiddenInTheOutput()
{
    // Tokens in query parameters of any credential-like name, the document's API key whose name
    // needs percent-encoding, user info: hidden in every line the probe prints, errors included.
    const QString doc = write(u"apikey.yaml"_s, R"(asyncapi: 3.0.0
info: {title: q, version: '1'}
servers:
  local:
    host: '127.0.0.1:1'
    protocol: ws
    security: [{$ref: '#/components/securitySchemes/key'}]
channels:
  c:
    address: '/c?token={token}&room=7'
    parameters:
      token: {description: per-user token}
    messages:
      m: {payload: {type: string}}
components:
  securitySchemes:
    key: {type: httpApiKey, in: query, name: 'api+key'}
)");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"SECRET+KEY/9"_s);
    Run r = probe({doc, u"--var"_s, u"token=USERTOKEN42"_s, u"--allow-plaintext-credentials"_s}, env);
    QCOMPARE(r.status, 2); // port 1 refuses
    QVERIFY(!r.lines.isEmpty());
    QByteArray all;
    for (const QJsonObject &o : r.lines)
        all += QJsonDocument(o).toJson();
    all += r.err.toUtf8();
    for (const QByteArray &secret : {"USERTOKEN42"_ba, "SECRET+KEY/9"_ba, "SECRET%2BKEY%2F9"_ba, "SECRET"_ba})
        QVERIFY2(!all.contains(secret), all.constData());
    const QString connecting = r.lines.constFirst()[u"status"_s].toString();
    QVERIFY2(connecting.contains(u"room=7"_s) && connecting.contains(u"token=•••"_s) &&
                 connecting.contains(u"api%2Bkey=•••"_s),
             qPrintable(connecting));
    // A custom URL: any name that looks like a credential, in any case, encoded or not.
    r = probe(
        {u"--url"_s,
         u"ws://ada:pw1234@127.0.0.1:1/chat?Access_Token=T0PSECRET&x%2Dapi%2Dkey=K3YVALUE&sig=S1GVALUE&mySessionId=SESS10N&room=7"_s,
         u"--allow-plaintext-credentials"_s});
    all.clear();
    for (const QJsonObject &o : r.lines)
        all += QJsonDocument(o).toJson();
    all += r.err.toUtf8();
    for (const QByteArray &secret :
         {"T0PSECRET"_ba, "K3YVALUE"_ba, "S1GVALUE"_ba, "SESS10N"_ba, "pw1234"_ba, "ada:"_ba})
        QVERIFY2(!all.contains(secret), all.constData());
    QVERIFY(all.contains("room=7"));
}

void TestProbe::hostInjectionRefused()
{
    // A server variable whose value would move the host elsewhere is refused, clearly, before
    // any connection (the stored bearer token would have gone there).
    const QString doc = write(u"inject.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Orders API (fork), version: '1'}
servers:
  production:
    host: '{env}.example.com'
    protocol: wss
    variables:
      env: {default: '127.0.0.1:1/x?', enum: ['127.0.0.1:1/x?', prod]}
    security: [{$ref: '#/components/securitySchemes/bearer'}]
channels:
  orders: {address: /orders, messages: {m: {payload: {type: object}}}}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
)");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"x-token"_s);
    for (const QString &value : {u"127.0.0.1:1/x?"_s, u"evil.example#"_s, u"a@evil.example"_s, u"a b"_s, u"a\\b"_s}) {
        const Run r = probe({doc, u"--var"_s, u"env="_s + value}, env);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"{env}"_s) && r.err.contains(u"change the server's address"_s), qPrintable(r.err));
        QVERIFY(r.lines.isEmpty());
    }
}

void TestProbe::headerInjectionRefused()
{
    Run r = probe({u"--url"_s, u"wss://127.0.0.1:1/"_s, u"--header"_s, u"X-A: b\r\nX-Evil: 1"_s});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"line break"_s), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
    // An API key header name from the document with a line break in it.
    const QString doc = write(
        u"crlf.yaml"_s,
        "asyncapi: 3.0.0\ninfo: {title: h, version: '1'}\nservers:\n  s: {host: '127.0.0.1:1', protocol: wss, "
        "security: [{$ref: '#/components/securitySchemes/k'}]}\nchannels:\n  c: {address: /c}\n"
        "components:\n  securitySchemes:\n    k: {type: httpApiKey, in: header, name: \"X-Key\\r\\nX-Evil: 1\"}\n");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"k"_s);
    r = probe({doc}, env);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"cannot be a header"_s), qPrintable(r.err));
    QVERIFY(r.lines.isEmpty());
}

void TestProbe::contentFromAnotherFileIsNotSentUnseen()
{
    // An example or a default pulled in from another file through a $ref is not sent by
    // --send-example or --send-sample: the user looks at it and uses --send-file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto put = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    put(u"notes.yaml"_s, "private: do not send\n");
    put(u"api.yaml"_s, R"(asyncapi: 3.0.0
info: {title: x, version: '1'}
servers:
  s: {host: '127.0.0.1:1', protocol: ws}
channels:
  c:
    address: /c
    messages:
      fromExample:
        payload: {type: object}
        examples: [{payload: {$ref: 'notes.yaml'}}]
      fromDefault:
        payload: {type: object, default: {$ref: 'notes.yaml'}}
      inline:
        payload: {type: object}
        examples: [{payload: {hello: world}}]
)");
    const QString api = dir.filePath(u"api.yaml"_s);
    const struct
    {
        QString message;
        QString option;
    } refused[] = {{u"fromExample"_s, u"--send-example"_s},
                   {u"fromDefault"_s, u"--send-sample"_s},
                   {u"fromDefault"_s, u"--send-example"_s}};
    for (const auto &[message, option] : refused) {
        const Run r = probe({api, u"--message"_s, message, option});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"notes.yaml"_s) && r.err.contains(u"--send-file"_s), qPrintable(r.err));
        QVERIFY(r.lines.isEmpty()); // nothing connected, nothing sent
    }
    // Content of the document itself goes (to a closed port here).
    const Run r = probe({api, u"--message"_s, u"inline"_s, u"--send-example"_s});
    QCOMPARE(r.status, 2);
    QVERIFY2(!r.lines.isEmpty(), qPrintable(r.err));
}

void TestProbe::sampleBombIsBounded()
{
    // Ten levels of minItems: 10 would be 10^9 values; the sample stops at its budget, fast.
    const QString doc = write(u"bomb.yaml"_s, R"(asyncapi: 3.0.0
info: {title: sample bomb, version: '1'}
servers:
  local: {host: '127.0.0.1:1', protocol: ws}
channels:
  c:
    address: c
    messages:
      m:
        payload: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: array, minItems: 10, items: {type: string, minLength: 1e300}}}}}}}}}}
)");
    const Run r = probe({doc, u"--send-sample"_s});
    QCOMPARE(r.status, 2); // the closed port
    QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
    QVERIFY2(r.err.contains(u"cut at its size limit"_s), qPrintable(r.err));
}

void TestProbe::droppedMessageFails()
{
    // An event over the size limit is dropped unchecked, then one conforms: not "every message
    // conformed" (status 1, a message did not).
    NEED_SERVERS();
    const Run r =
        probe({m_chat, u"--channel"_s, u"room"_s, u"--url"_s, u"http://127.0.0.1:%1/huge"_s.arg(m_servers.ssePort),
               u"--count"_s, u"1"_s, u"--timeout"_s, u"20"_s});
    QVERIFY2(messages(r, u"connection"_s).size() > 0, qPrintable(r.err));
    bool dropped = false;
    for (const QJsonObject &o : messages(r, u"connection"_s))
        dropped = dropped || o[u"check"_s].toString() == u"invalid"_s;
    QVERIFY(dropped);
    QCOMPARE(messages(r, u"in"_s).size(), 1);
    QCOMPARE(r.status, 1);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
