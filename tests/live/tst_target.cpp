// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// What a live connection goes to, chosen from a document, without a display or a network.
#include <asyncapi/analysis.h>
#include <live/target.h>

#include <QTest>

using namespace Signalbox;
using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;
using AsyncApi::ElementId;

namespace {

const char *const Spec = R"(asyncapi: 3.0.0
info: {title: Quay, version: 1.0.0}
servers:
  broker:
    host: mqtt.quay.example
    protocol: mqtt
  events:
    host: 'events.quay.example:{port}'
    protocol: https
    variables:
      port: {default: '8443'}
    security:
      - $ref: '#/components/securitySchemes/key'
  socket:
    host: ws.quay.example
    protocol: wss
  bad:
    host: '{host}'
    protocol: ws
    variables:
      host: {default: 'a/b'}
channels:
  berth:
    address: '/berths/{berth}'
    parameters:
      berth: {enum: ['7', '8']}
    messages:
      arrival: {payload: {type: object}}
      departure: {payload: {type: object}}
      delay: {payload: {type: object}}
  crane:
    address: /cranes
    servers:
      - $ref: '#/servers/socket'
    messages:
      lift: {payload: {type: object}}
  quiet:
    address: /quiet
    servers:
      - $ref: '#/servers/broker'
operations:
  announce:
    action: send
    channel: {$ref: '#/channels/berth'}
    messages:
      - $ref: '#/channels/berth/messages/departure'
      - $ref: '#/channels/berth/messages/delay'
  watch:
    action: receive
    channel: {$ref: '#/channels/berth'}
  lost:
    action: receive
    channel: {$ref: '#/channels/nowhere'}
components:
  securitySchemes:
    key: {type: httpApiKey, name: key, in: query}
)";

} // namespace

class TestTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultServer_data();
    void defaultServer();
    void channelOf_data();
    void channelOf();
    void messageNames_data();
    void messageNames();
    void messageIndex_data();
    void messageIndex();
    void applyServer_data();
    void applyServer();

private:
    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
};

void TestTarget::initTestCase()
{
    m_analysis = AsyncApi::analyze(QByteArray(Spec));
    QVERIFY(m_analysis->spec);
    QVERIFY(m_analysis->documents);
}

void TestTarget::defaultServer_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("server");
    QTest::newRow("no channel: the first one spoken") << QString() << u"events"_s;
    QTest::newRow("a channel for all servers") << u"berth"_s << u"events"_s;
    QTest::newRow("a channel restricted to one") << u"crane"_s << u"socket"_s;
    QTest::newRow("restricted to one not spoken") << u"quiet"_s << QString();
}

void TestTarget::defaultServer()
{
    QFETCH(QString, channel);
    QFETCH(QString, server);
    const AsyncApi::Spec &spec = *m_analysis->spec;
    const AsyncApi::Channel *ch = channel.isEmpty() ? nullptr : spec.channel(channel);
    QCOMPARE(ch == nullptr, channel.isEmpty());
    const AsyncApi::Server *s = Live::defaultServer(spec, ch);
    QCOMPARE(s ? s->name : QString(), server);
}

void TestTarget::channelOf_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("operation");
    QTest::newRow("a channel") << u"channel:crane"_s << u"crane"_s << QString();
    QTest::newRow("an operation's channel") << u"operation:announce"_s << u"berth"_s << u"announce"_s;
    QTest::newRow("an operation without a channel") << u"operation:lost"_s << QString() << u"lost"_s;
    QTest::newRow("no such channel") << u"channel:pier"_s << QString() << QString();
    QTest::newRow("no such operation") << u"operation:moor"_s << QString() << QString();
    QTest::newRow("a server is no target") << u"server:socket"_s << QString() << QString();
    QTest::newRow("nothing") << QString() << QString() << QString();
}

void TestTarget::channelOf()
{
    QFETCH(QString, target);
    QFETCH(QString, channel);
    QFETCH(QString, operation);
    const ElementId id = ElementId::fromString(target);
    const AsyncApi::Channel *ch = Live::channelOf(*m_analysis->spec, id);
    QCOMPARE(ch ? ch->name : QString(), channel);
    const AsyncApi::Operation *op = Live::operationOf(*m_analysis->spec, id);
    QCOMPARE(op ? op->name : QString(), operation);
}

void TestTarget::messageNames_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("a channel: all of its messages")
        << u"channel:berth"_s << QStringList{u"arrival"_s, u"departure"_s, u"delay"_s};
    QTest::newRow("an operation listing some: those")
        << u"operation:announce"_s << QStringList{u"departure"_s, u"delay"_s};
    QTest::newRow("an operation listing none: its channel's")
        << u"operation:watch"_s << QStringList{u"arrival"_s, u"departure"_s, u"delay"_s};
    QTest::newRow("a channel without messages") << u"channel:quiet"_s << QStringList();
    QTest::newRow("no such channel") << u"channel:pier"_s << QStringList();
}

void TestTarget::messageNames()
{
    QFETCH(QString, target);
    QFETCH(QStringList, names);
    QCOMPARE(Live::messageNames(*m_analysis->spec, ElementId::fromString(target)), names);
}

void TestTarget::messageIndex_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::newRow("no name: the first") << u"berth"_s << QString() << 0;
    QTest::newRow("by name") << u"berth"_s << u"delay"_s << 2;
    QTest::newRow("no such message") << u"berth"_s << u"lift"_s << -1;
    QTest::newRow("no messages at all") << u"quiet"_s << QString() << -1;
}

void TestTarget::messageIndex()
{
    QFETCH(QString, channel);
    QFETCH(QString, name);
    QFETCH(int, index);
    const AsyncApi::Channel *ch = m_analysis->spec->channel(channel);
    QVERIFY(ch);
    QCOMPARE(Live::messageIndex(*ch, name), index);
}

void TestTarget::applyServer_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("values"); // name=value,…
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("schemes");
    QTest::addColumn<bool>("problem");
    const int ws = int(Endpoint::Kind::WebSocket);
    const int sse = int(Endpoint::Kind::ServerSentEvents);
    QTest::newRow("SSE, defaults, its security")
        << u"events"_s << u"berth"_s << QString() << u"https://events.quay.example:8443/berths/7"_s << sse
        << QStringList{u"key"_s} << false;
    QTest::newRow("values for variables and parameters")
        << u"events"_s << u"berth"_s << u"port=9443,berth=8"_s << u"https://events.quay.example:9443/berths/8"_s << sse
        << QStringList{u"key"_s} << false;
    QTest::newRow("WebSocket, no channel")
        << u"socket"_s << QString() << QString() << u"wss://ws.quay.example"_s << ws << QStringList() << false;
    QTest::newRow("a host that would point elsewhere")
        << u"bad"_s << u"crane"_s << QString() << QString() << int(Endpoint::Kind::WebSocket) << QStringList() << true;
}

void TestTarget::applyServer()
{
    QFETCH(QString, server);
    QFETCH(QString, channel);
    QFETCH(QString, values);
    QFETCH(QString, url);
    QFETCH(int, kind);
    QFETCH(QStringList, schemes);
    QFETCH(bool, problem);
    const AsyncApi::Spec &spec = *m_analysis->spec;
    const AsyncApi::Server *s = spec.server(server);
    QVERIFY(s);
    QMap<QString, QString> given;
    for (const QString &v : values.split(u',', Qt::SkipEmptyParts))
        given.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    ConnectionSettings settings;
    const QString why = Live::applyServer(settings, *s, channel.isEmpty() ? nullptr : spec.channel(channel), given);
    QCOMPARE(!why.isEmpty(), problem);
    if (problem) {
        QVERIFY(settings.url.isEmpty()); // nothing filled in
        return;
    }
    QCOMPARE(settings.url.toString(), url);
    QCOMPARE(int(settings.kind), kind);
    QStringList names;
    for (const SecurityScheme &scheme : std::as_const(settings.schemes))
        names << scheme.name;
    QCOMPARE(names, schemes);
}

QTEST_GUILESS_MAIN(TestTarget)
#include "tst_target.moc"
