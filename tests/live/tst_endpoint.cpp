// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <asyncapi/analysis.h>
#include <live/endpoint.h>
#include <live/security.h>

#include <QTest>

using namespace Signalbox;
using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const V3 = R"(asyncapi: 3.0.0
info: {title: Cranes, version: 1.0.0}
servers:
  live:
    host: '{region}.cranes.example:{port}'
    protocol: wss
    pathname: /v2/
    variables:
      region: {enum: [eu, us]}
      port: {default: '443'}
  events:
    host: api.cranes.example
    protocol: https
  plain:
    host: localhost:8080
    protocol: ws
  broker:
    host: mqtt.cranes.example
    protocol: mqtt
  tenant:
    host: '{tenant}.cranes.example'
    protocol: ws
    variables:
      tenant: {description: no default}
channels:
  crane:
    address: cranes/{craneId}/status
    parameters:
      craneId: {examples: ['A 7/ß']}
  lifts:
    address: '/lifts?since={since}'
    parameters:
      since: {default: '0'}
  nowhere:
    address: null
operations: {}
)";

const char *const V2 = R"(asyncapi: 2.6.0
info: {title: Old, version: 1.0.0}
servers:
  prod:
    url: wss://old.example/{stage}
    protocol: wss
    variables:
      stage: {default: live}
channels:
  /ticks/{symbol}:
    parameters:
      symbol: {schema: {type: string}}
    subscribe:
      message: {payload: {type: string}}
)";

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void kindOfScheme()
    {
        QCOMPARE(endpointKind(QStringLiteral("ws")), Endpoint::Kind::WebSocket);
        QCOMPARE(endpointKind(QStringLiteral("WSS")), Endpoint::Kind::WebSocket);
        QCOMPARE(endpointKind(QStringLiteral("http")), Endpoint::Kind::ServerSentEvents);
        QCOMPARE(endpointKind(QStringLiteral("https")), Endpoint::Kind::ServerSentEvents);
        QCOMPARE(endpointKind(QStringLiteral("mqtt")), Endpoint::Kind::Unsupported);
        QCOMPARE(endpointKind(QString()), Endpoint::Kind::Unsupported);
    }
    void credentialsAndRedaction()
    {
        QUrl url(u"wss://example.com/feed?room=7"_s);
        QList<QPair<QByteArray, QByteArray>> headers;
        SecurityScheme query;
        query.kind = SecurityScheme::Kind::ApiKeyQuery;
        query.parameter = u"api_key"_s;
        SecurityScheme bearer;
        bearer.kind = SecurityScheme::Kind::Bearer;
        SecurityScheme basic;
        basic.kind = SecurityScheme::Kind::Basic;
        SecurityScheme header;
        header.kind = SecurityScheme::Kind::ApiKeyHeader;
        header.parameter = u"X-Key"_s;
        applyCredential(query, {QString(), u"k&1"_s}, url, headers);
        applyCredential(bearer, {QString(), u"tok"_s}, url, headers);
        applyCredential(basic, {u"ada"_s, u"pw"_s}, url, headers);
        applyCredential(header, {QString(), u"hk"_s}, url, headers);
        applyCredential(header, {}, url, headers); // nothing given: nothing added
        QCOMPARE(url.toString(), u"wss://example.com/feed?room=7&api_key=k%261"_s);
        const QList<QPair<QByteArray, QByteArray>> expected{
            {"Authorization", "Bearer tok"},
            {"Authorization", "Basic " + QByteArray("ada:pw").toBase64()},
            {"X-Key", "hk"}};
        QCOMPARE(headers, expected);
        // What the log shows of the URL hides the key, and only the key.
        const QString shown = redactedUrl(url, {query, bearer}).toString();
        QVERIFY2(!shown.contains(u"k%261"_s) && shown.contains(u"room=7"_s) && shown.contains(u"api_key="_s),
                 qPrintable(shown));
    }
    void fromTheDocument();
    void givenValuesWin();
    void problemsAreSaid();
    void version2Url();
    void serverVariablesCannotMoveTheHost_data();
    void serverVariablesCannotMoveTheHost();
    void credentialNames_data();
    void credentialNames();
    void redactionOfQueriesAndUserInfo();
    void redactorHidesSecretsInMessages();
    void shownUrlsHaveAsciiHosts();
    void plaintextCredentialsAreFound();
    void headerInjectionIsRefused();
};

void TestEndpoint::fromTheDocument()
{
    const auto analysis = AsyncApi::analyze(QByteArray(V3));
    QVERIFY(analysis->spec);
    const AsyncApi::Spec &spec = *analysis->spec;
    // Enum's first value, default, trailing slash of the pathname, encoded example parameter.
    Endpoint e = buildEndpoint(*spec.server(u"live"_s), spec.channel(u"crane"_s));
    QCOMPARE(e.error, QString());
    QCOMPARE(e.kind, Endpoint::Kind::WebSocket);
    QCOMPARE(e.url.toString(QUrl::FullyEncoded), u"wss://eu.cranes.example:443/v2/cranes/A%207%2F%C3%9F/status"_s);
    e = buildEndpoint(*spec.server(u"events"_s), spec.channel(u"lifts"_s));
    QCOMPARE(e.kind, Endpoint::Kind::ServerSentEvents);
    QCOMPARE(e.url.toString(), u"https://api.cranes.example/lifts?since=0"_s);
    e = buildEndpoint(*spec.server(u"plain"_s), nullptr);
    QCOMPARE(e.url.toString(), u"ws://localhost:8080"_s);
    e = buildEndpoint(*spec.server(u"plain"_s), spec.channel(u"nowhere"_s));
    QCOMPARE(e.url.toString(), u"ws://localhost:8080"_s);
}

void TestEndpoint::givenValuesWin()
{
    const auto analysis = AsyncApi::analyze(QByteArray(V3));
    const AsyncApi::Spec &spec = *analysis->spec;
    const Endpoint e = buildEndpoint(*spec.server(u"live"_s), spec.channel(u"crane"_s),
                                     {{u"region"_s, u"us"_s}, {u"port"_s, u"8443"_s}, {u"craneId"_s, u"c1"_s}});
    QCOMPARE(e.url.toString(), u"wss://us.cranes.example:8443/v2/cranes/c1/status"_s);
}

void TestEndpoint::problemsAreSaid()
{
    const auto analysis = AsyncApi::analyze(QByteArray(V3));
    const AsyncApi::Spec &spec = *analysis->spec;
    Endpoint e = buildEndpoint(*spec.server(u"broker"_s), nullptr);
    QCOMPARE(e.kind, Endpoint::Kind::Unsupported);
    QVERIFY(e.error.contains(u"mqtt"_s));
    QVERIFY(e.url.isEmpty());
    e = buildEndpoint(*spec.server(u"tenant"_s), nullptr);
    QCOMPARE(e.missing, QStringList{u"tenant"_s});
    QVERIFY(e.error.contains(u"tenant"_s));
    QVERIFY(e.url.isEmpty());
    e = buildEndpoint(*spec.server(u"tenant"_s), nullptr, {{u"tenant"_s, u"acme"_s}});
    QCOMPARE(e.url.toString(), u"ws://acme.cranes.example"_s);
    e = buildEndpoint(*spec.server(u"tenant"_s), nullptr, {{u"tenant"_s, u"bad host name"_s}});
    QVERIFY(!e.error.isEmpty());
    QVERIFY(e.url.isEmpty());
}

void TestEndpoint::version2Url()
{
    const auto analysis = AsyncApi::analyze(QByteArray(V2));
    QVERIFY(analysis->spec);
    const AsyncApi::Spec &spec = *analysis->spec;
    QCOMPARE(spec.channels.size(), 1);
    Endpoint e = buildEndpoint(spec.servers.constFirst(), &spec.channels.constFirst());
    // A parameter with neither default, enum nor example has to be given.
    QCOMPARE(e.missing, QStringList{u"symbol"_s});
    e = buildEndpoint(spec.servers.constFirst(), &spec.channels.constFirst(), {{u"symbol"_s, u"EURUSD"_s}});
    QCOMPARE(e.url.toString(), u"wss://old.example/live/ticks/EURUSD"_s);
}

void TestEndpoint::serverVariablesCannotMoveTheHost_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << u"prod"_s << false;
    QTest::newRow("dashes and digits") << u"prod-2"_s << false;
    QTest::newRow("path and query") << u"127.0.0.1:9/x?"_s << true;
    QTest::newRow("fragment") << u"evil.example#"_s << true;
    QTest::newRow("user info") << u"me@evil.example"_s << true;
    QTest::newRow("backslash") << u"evil.example\\"_s << true;
    QTest::newRow("space") << u"a b"_s << true;
    QTest::newRow("percent") << u"evil%2Eexample"_s << true;
    QTest::newRow("line break") << u"a\nb"_s << true;
}

void TestEndpoint::serverVariablesCannotMoveTheHost()
{
    // The keychain-confusion spec: the host template stays, a variable's value would point it elsewhere.
    QFETCH(QString, value);
    QFETCH(bool, refused);
    const auto analysis = AsyncApi::analyze(QByteArray(R"(asyncapi: 3.0.0
info: {title: fork, version: '1'}
servers:
  production:
    host: '{env}.example.com'
    protocol: wss
    pathname: '/{stage}'
    variables:
      env: {default: prod}
      stage: {default: v1}
channels:
  orders: {address: /orders}
)"));
    const AsyncApi::Spec &spec = *analysis->spec;
    const Endpoint e = buildEndpoint(*spec.server(u"production"_s), spec.channel(u"orders"_s), {{u"env"_s, value}});
    if (refused) {
        QVERIFY(e.url.isEmpty());
        QVERIFY2(e.error.contains(u"{env}"_s) && e.error.contains(u"change the server's address"_s),
                 qPrintable(e.error));
    } else {
        QCOMPARE(e.error, QString());
        QCOMPARE(e.url.host(), value.section(u':', 0, 0) + u".example.com"_s);
    }
    // In the path a value is percent-encoded, and cannot start a query or a fragment.
    const Endpoint p =
        buildEndpoint(*spec.server(u"production"_s), spec.channel(u"orders"_s), {{u"stage"_s, u"v2?x=1#y"_s}});
    QCOMPARE(p.error, QString());
    QCOMPARE(p.url.host(), u"prod.example.com"_s);
    QVERIFY(!p.url.hasQuery() && !p.url.hasFragment());
    QCOMPARE(p.url.path(QUrl::FullyEncoded), u"/v2%3Fx%3D1%23y/orders"_s);
}

void TestEndpoint::credentialNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char *yes :
         {"token",       "access_token",  "ACCESS_TOKEN", "api_key",       "apikey",          "apiKey",
          "X-Api-Key",   "key",           "secret",       "client_secret", "password",        "passwd",
          "auth",        "Authorization", "signature",    "sig",           "X-Amz-Signature", "session",
          "mySessionId", "jwt",           "bearer",       "refreshToken",  "idtoken",         "credentials",
          "Cookie",      "api key",       "code",         "nonce",         "Nonce",           "id_nonce"})
        QTest::newRow(yes) << QString::fromLatin1(yes) << true;
    for (const char *no :
         {"room", "user", "page", "monkey", "keyword", "design", "since", "topic", "id", "error_code", "zipcode"})
        QTest::newRow(no) << QString::fromLatin1(no) << false;
}

void TestEndpoint::credentialNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(looksLikeCredentialName(name), secret);
}

void TestEndpoint::redactionOfQueriesAndUserInfo()
{
    // Any credential-like name, and the document's API key compared encoded and decoded.
    SecurityScheme key;
    key.kind = SecurityScheme::Kind::ApiKeyQuery;
    key.parameter = u"api+key"_s;
    SecurityScheme custom;
    custom.kind = SecurityScheme::Kind::ApiKeyQuery;
    custom.parameter = u"k"_s;
    const QUrl url(
        u"wss://ada:pw1234@example.com/c?token=T0K&api%2Bkey=S3CRET&room=7&k=KEYV&Access_Token=AT#id_token=IDT&state=s1"_s);
    const QString shown = redactedUrl(url, {key, custom}).toString();
    for (const QString &secret : {u"T0K"_s, u"S3CRET"_s, u"KEYV"_s, u"AT&"_s, u"IDT"_s, u"pw1234"_s, u"ada"_s})
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
    QVERIFY2(shown.contains(u"room=7"_s) && shown.contains(u"state=s1"_s) && shown.contains(u"token=•••"_s) &&
                 shown.contains(u"api%2Bkey=•••"_s) && shown.contains(u"•••@example.com"_s),
             qPrintable(shown));
    // Nothing to hide: the URL as it was.
    const QUrl plain(u"ws://example.com/c?room=7"_s);
    QCOMPARE(redactedUrl(plain, {key}), plain);
}

void TestEndpoint::shownUrlsHaveAsciiHosts()
{
    // A host in another script that looks like a known one is shown in its xn-- form, so that it
    // cannot pass as the real one; the rest of the URL stays readable, the password goes.
    const QUrl homograph(u"wss://user:pw@\u0430pple.com:8443/c/\u00e9t\u00e9?room=7&code=\u2022\u2022\u2022#f"_s);
    const QString shown = shownUrl(homograph);
    QCOMPARE(shown, u"wss://user@xn--pple-43d.com:8443/c/\u00e9t\u00e9?room=7&code=\u2022\u2022\u2022#f"_s);
    QCOMPARE(shownUrl(QUrl(u"http://[::1]:9/x?token=1"_s)), u"http://[::1]:9/x?token=1"_s);
    QCOMPARE(shownUrl(QUrl(u"ws://127.0.0.1:8765/rooms/lobby"_s)), u"ws://127.0.0.1:8765/rooms/lobby"_s);
    // An OAuth authorization code and a nonce are hidden like tokens.
    const QString redacted = shownUrl(redactedUrl(QUrl(u"https://example.com/cb?code=C0DE&nonce=N0NCE&room=7"_s), {}));
    QVERIFY2(!redacted.contains(u"C0DE"_s) && !redacted.contains(u"N0NCE"_s) && redacted.contains(u"room=7"_s),
             qPrintable(redacted));
}

void TestEndpoint::redactorHidesSecretsInMessages()
{
    const QUrl url(u"https://example.com/feed?access_token=abc%2Bdef%2F1&room=7"_s);
    const QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer tok-777"},
                                                       {"X-Key", "hk-999"},
                                                       {"Cookie", "sid=c00kie; theme=dark"},
                                                       {"Accept", "text/plain"}};
    SecurityScheme header;
    header.kind = SecurityScheme::Kind::ApiKeyHeader;
    header.parameter = u"X-Key"_s;
    const Redactor r(url, headers, {header});
    const QString message = r.text(u"Error transferring https://example.com/feed?access_token=abc%2Bdef%2F1&room=7 - "
                                   "token abc+def/1, tok-777, hk-999, c00kie, text/plain"_s);
    for (const QString &secret : {u"abc%2Bdef%2F1"_s, u"abc+def/1"_s, u"tok-777"_s, u"hk-999"_s, u"c00kie"_s})
        QVERIFY2(!message.contains(secret), qPrintable(message));
    QVERIFY2(message.contains(u"room=7"_s) && message.contains(u"text/plain"_s), qPrintable(message));
    QVERIFY(r.url(url).toString().contains(u"access_token=•••"_s));
}

void TestEndpoint::plaintextCredentialsAreFound()
{
    SecurityScheme key;
    key.kind = SecurityScheme::Kind::ApiKeyQuery;
    key.parameter = u"k"_s;
    QVERIFY(plaintextCredentials(QUrl(u"wss://h/?token=x"_s), {{"Authorization", "Bearer t"}}, {}).isEmpty());
    QVERIFY(plaintextCredentials(QUrl(u"ws://h/?room=1"_s), {{"Accept", "x"}}, {key}).isEmpty());
    QCOMPARE(plaintextCredentials(QUrl(u"ws://h/?token=x"_s), {}, {}).size(), 1);
    QCOMPARE(plaintextCredentials(QUrl(u"http://h/?k=x"_s), {}, {key}).size(), 1);
    QCOMPARE(plaintextCredentials(QUrl(u"http://u:p@h/"_s), {}, {}).size(), 1);
    QCOMPARE(plaintextCredentials(QUrl(u"ws://h/"_s), {{"Authorization", "Bearer t"}, {"X-Api-Key", "k"}}, {}).size(),
             2);
}

void TestEndpoint::headerInjectionIsRefused()
{
    QVERIFY(headerProblem("X-Key", "value").isEmpty());
    QVERIFY(!headerProblem("X-Key", "a\r\nX-Evil: 1").isEmpty());
    QVERIFY(!headerProblem("X-Key", QByteArray("a\0b", 3)).isEmpty());
    QVERIFY(!headerProblem("X-Key\r\nX-Evil", "v").isEmpty());
    QVERIFY(!headerProblem("X Key", "v").isEmpty());
    QVERIFY(!headerProblem("", "v").isEmpty());
    // A credential with a line break is not put anywhere.
    SecurityScheme bearer;
    bearer.kind = SecurityScheme::Kind::Bearer;
    bearer.name = u"b"_s;
    QUrl url(u"wss://h/"_s);
    QList<QPair<QByteArray, QByteArray>> headers;
    QVERIFY(!applyCredential(bearer, {QString(), u"t\r\nX-Evil: 1"_s}, url, headers).isEmpty());
    QVERIFY(headers.isEmpty());
    // A document's API key header name with a line break: the scheme cannot be used, and says why.
    const auto analysis = AsyncApi::analyze(QByteArray(
        "asyncapi: 3.0.0\ninfo: {title: h, version: '1'}\nservers:\n  s: {host: h, protocol: wss, "
        "security: [{$ref: '#/components/securitySchemes/k'}]}\nchannels: {}\n"
        "components:\n  securitySchemes:\n    k: {type: httpApiKey, in: header, name: \"X-Key\\r\\nX-Evil: 1\"}\n"));
    QVERIFY(analysis->spec);
    const QList<SecurityScheme> schemes = serverSecurity(analysis->spec->servers.constFirst());
    QCOMPARE(schemes.size(), 1);
    QCOMPARE(schemes.constFirst().kind, SecurityScheme::Kind::Unsupported);
    QVERIFY(schemes.constFirst().problem.contains(u"cannot be a header"_s));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
