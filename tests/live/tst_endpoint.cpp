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
            {"Authorization", "Bearer tok"}, {"Authorization", "Basic " + QByteArray("ada:pw").toBase64()}, {"X-Key", "hk"}};
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

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
