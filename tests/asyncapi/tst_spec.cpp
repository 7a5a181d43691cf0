// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The model: what the views, the export, the matcher and the live path read instead of the YAML.
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/document/elementid.h>

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::StringLiterals;

class TestSpec : public QObject
{
    Q_OBJECT

private slots:
    void elementIdRoundTrips_data();
    void elementIdRoundTrips();
    void liftsInfoTagsBindingsAndDocs();
    void securityOf3xServersAndOperations();
    void securityOf2xNamesComponents();
    void securitySchemeInAnotherFile();
    void messagesOf2xOperations();
    void messageDetails();
    void multiFormatSchemasAreUnwrapped();
    void unresolvedChannelKeepsItsReference();
    void operationsOf2xWithoutMessage();
    void sameNamedMessagesStayApart();
    void requirementWrittenThe2xWayIn3x();
    void traitsApplied2x();
    void traitsApplied3x();
};

void TestSpec::elementIdRoundTrips_data()
{
    QTest::addColumn<ElementId>("id");
    QTest::addColumn<QString>("text");
    QTest::newRow("application") << ElementId::application() << u"app"_s;
    QTest::newRow("server") << ElementId::server(u"prod"_s) << u"server:prod"_s;
    QTest::newRow("channel with colon") << ElementId::channel(u"a:b"_s) << u"channel:a:b"_s;
    QTest::newRow("operation") << ElementId::operation(u"send it"_s) << u"operation:send it"_s;
    QTest::newRow("message") << ElementId::message(u"c"_s, u"m"_s) << u"message:c/m"_s;
    QTest::newRow("none") << ElementId{} << QString();
}

void TestSpec::elementIdRoundTrips()
{
    QFETCH(ElementId, id);
    QFETCH(QString, text);
    QCOMPARE(id.toString(), text);
    QCOMPARE(ElementId::fromString(text), id);
    QCOMPARE(ElementId::fromString(u"bogus:x"_s).isValid(), false);
}

void TestSpec::liftsInfoTagsBindingsAndDocs()
{
    const auto a = analyze(uR"(asyncapi: 3.0.0
info:
  title: T
  version: '1'
  termsOfService: https://example.org/terms
  contact: {name: Ops, url: https://example.org, email: ops@example.org}
  license: {$ref: '#/components/x-license'}
  externalDocs: {url: https://example.org/docs, description: More}
  tags:
    - name: public
    - $ref: '#/components/tags/internal'
channels:
  c:
    address: /c
    tags: [{name: chan}]
    bindings: {ws: {method: GET}, kafka: {}}
operations:
  o:
    action: send
    channel: {$ref: '#/channels/c'}
    tags: [{name: t1, description: first}, {$ref: '#/components/tags/internal'}]
    bindings: {$ref: '#/components/operationBindings/b'}
components:
  x-license: {name: MIT, url: https://opensource.org/licenses/MIT}
  tags:
    internal: {name: internal, externalDocs: {url: https://example.org/i}}
  operationBindings:
    b: {amqp: {ack: true}}
)"_s);
    QVERIFY(a->spec);
    const Info &info = a->spec->info;
    QCOMPARE(info.termsOfService, u"https://example.org/terms"_s);
    QCOMPARE(info.contact.email, u"ops@example.org"_s);
    QCOMPARE(info.license.name, u"MIT"_s); // through a reference
    QCOMPARE(info.externalDocs.description, u"More"_s);
    QCOMPARE(info.tags.size(), 2);
    QCOMPARE(info.tags[1].name, u"internal"_s);
    QCOMPARE(info.tags[1].externalDocs.url, u"https://example.org/i"_s);
    const Channel *c = a->spec->channel(u"c"_s);
    QVERIFY(c);
    QCOMPARE(c->tags.size(), 1);
    QCOMPARE(c->bindings.protocols, (QStringList{u"ws"_s, u"kafka"_s}));
    QVERIFY(c->bindings.node);
    const Operation *o = a->spec->operation(u"o"_s);
    QVERIFY(o);
    QCOMPARE(o->tags.size(), 2);
    QCOMPARE(o->tags[0].description, u"first"_s);
    QCOMPARE(o->tags[1].name, u"internal"_s); // through a reference
    QCOMPARE(o->bindings.protocols, QStringList{u"amqp"_s});
}

void TestSpec::securityOf3xServersAndOperations()
{
    const auto a = analyze(Signalbox::Test::doc3(R"(servers:
  prod:
    host: example.org
    protocol: wss
    security:
      - $ref: '#/components/securitySchemes/key'
      - $ref: '#/components/securitySchemes/missing'
channels:
  c: {address: /c}
operations:
  o:
    action: receive
    channel: {$ref: '#/channels/c'}
    security:
      - type: http
        scheme: bearer
        bearerFormat: JWT
components:
  securitySchemes:
    key: {type: httpApiKey, in: query, name: api_key, description: The key}
)"));
    QVERIFY(a->spec);
    const Server *s = a->spec->server(u"prod"_s);
    QVERIFY(s);
    QCOMPARE(s->security.size(), 2);
    QCOMPARE(s->security[0].name, u"key"_s);
    QVERIFY(s->security[0].resolved);
    QCOMPARE(s->security[0].type, u"httpApiKey"_s);
    QCOMPARE(s->security[0].in, u"query"_s);
    QCOMPARE(s->security[0].parameterName, u"api_key"_s);
    QCOMPARE(s->security[1].name, u"missing"_s);
    QVERIFY(!s->security[1].resolved);
    const Operation *o = a->spec->operation(u"o"_s);
    QCOMPARE(o->security.size(), 1);
    QCOMPARE(o->security[0].name, u"http"_s); // written in place: named by its type
    QCOMPARE(o->security[0].scheme, u"bearer"_s);
    QCOMPARE(o->security[0].bearerFormat, u"JWT"_s);
}

void TestSpec::securityOf2xNamesComponents()
{
    const auto a = analyze(uR"(asyncapi: 2.6.0
info: {title: T, version: '1'}
servers:
  prod:
    url: example.org
    protocol: ws
    security:
      - oauth: [read, write]
        key: []
channels:
  c:
    publish:
      security: [{oauth: [admin]}]
      message: {payload: {type: string}}
components:
  securitySchemes:
    oauth: {type: oauth2, flows: {}}
    key: {type: httpApiKey, in: header, name: X-Key}
)"_s);
    QVERIFY(a->spec);
    const Server *s = a->spec->server(u"prod"_s);
    QCOMPARE(s->security.size(), 2);
    QCOMPARE(s->security[0].name, u"oauth"_s);
    QCOMPARE(s->security[0].type, u"oauth2"_s);
    QCOMPARE(s->security[0].scopes, (QStringList{u"read"_s, u"write"_s}));
    QCOMPARE(s->security[1].parameterName, u"X-Key"_s);
    QCOMPARE(a->spec->operations.size(), 1);
    QCOMPARE(a->spec->operations[0].security.size(), 1);
    QCOMPARE(a->spec->operations[0].security[0].scopes, QStringList{u"admin"_s});
}

void TestSpec::securitySchemeInAnotherFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile schemes(dir.filePath(u"schemes.yaml"_s));
    QVERIFY(schemes.open(QIODevice::WriteOnly));
    schemes.write("token:\n  type: http\n  scheme: bearer\n");
    schemes.close();
    AnalyzeOptions options;
    options.filePath = dir.filePath(u"api.yaml"_s);
    const auto a = analyze(Signalbox::Test::doc3(R"(servers:
  prod:
    host: example.org
    protocol: wss
    security: [{$ref: '#/components/securitySchemes/token'}]
components:
  securitySchemes:
    token: {$ref: 'schemes.yaml#/token'}
)"),
                           options);
    QVERIFY(a->spec);
    QCOMPARE(a->spec->servers[0].security.size(), 1);
    QVERIFY(a->spec->servers[0].security[0].resolved);
    QCOMPARE(a->spec->servers[0].security[0].scheme, u"bearer"_s);
}

void TestSpec::messagesOf2xOperations()
{
    const auto a = analyze(uR"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  user/signedup:
    subscribe:
      operationId: onSignup
      message:
        oneOf:
          - $ref: '#/components/messages/UserSignedUp'
          - messageId: welcome
            payload: {type: string}
          - payload: {type: integer}
    publish:
      message:
        $ref: '#/components/messages/UserSignedUp'
  other:
    publish:
      message:
        name: Ping
        payload: {type: object}
components:
  messages:
    UserSignedUp:
      payload: {type: object}
      correlationId: {location: '$message.header#/cid'}
)"_s);
    QVERIFY(a->spec);
    const Channel *c = a->spec->channel(u"user/signedup"_s);
    QVERIFY(c);
    QStringList names;
    for (const Message &m : c->messages)
        names << m.name;
    // Named by messageId, else the components key, else `name`, else made up; each definition once.
    QCOMPARE(names, (QStringList{u"UserSignedUp"_s, u"welcome"_s, u"<anonymous-message-1>"_s}));
    QCOMPARE(c->messages[1].messageId, u"welcome"_s);
    QCOMPARE(c->messages[1].pointer, u"/channels/user~1signedup/subscribe/message/oneOf/1"_s);
    QCOMPARE(c->messages[0].correlationId.location, u"$message.header#/cid"_s);
    QCOMPARE(a->spec->operations.size(), 3);
    const Operation *sub = a->spec->operation(u"onSignup"_s);
    QVERIFY(sub);
    QCOMPARE(sub->action, Operation::Action::Send);
    QCOMPARE(sub->messages.size(), 3);
    const Operation *pub = a->spec->operation(u"publish user/signedup"_s);
    QVERIFY(pub);
    QCOMPARE(pub->messages, QStringList{u"UserSignedUp"_s});
    QCOMPARE(a->spec->messagesOf(*pub).size(), 1);
    QCOMPARE(a->spec->channel(u"other"_s)->messages.constFirst().name, u"Ping"_s);
    // The messages' positions point into the text.
    const SourceRange r = c->messages[1].extent;
    QVERIFY(r.isValid());
    QCOMPARE(r.start.line + 1, 10);
}

void TestSpec::messageDetails()
{
    const auto a = analyze(Signalbox::Test::doc3(R"(channels:
  c:
    address: /c
    messages:
      m:
        name: M
        description: The *message*
        contentType: application/json
        traits: [{$ref: '#/components/messageTraits/common'}, {headers: {type: object}}]
        correlationId: {$ref: '#/components/correlationIds/cid'}
        examples:
          - name: first
            payload: {a: 1}
          - just text
          - summary: third
            headers: {h: x}
components:
  messageTraits:
    common: {contentType: application/json}
  correlationIds:
    cid: {location: '$message.payload#/id', description: Its id}
)"));
    QVERIFY(a->spec);
    const Message &m = a->spec->channels[0].messages[0];
    QCOMPARE(m.description, u"The *message*"_s);
    QCOMPARE(m.correlationId.location, u"$message.payload#/id"_s);
    QCOMPARE(m.correlationId.description, u"Its id"_s);
    QCOMPARE(m.traits.size(), 2);
    QCOMPARE(m.traits[0], u"common"_s);
    QCOMPARE(m.examples.size(), 2); // the item that is not an object is left out, not renumbered
    QCOMPARE(m.examples[0].name, u"first"_s);
    QVERIFY(m.examples[0].payload);
    QCOMPARE(m.examples[1].index, 2);
    QVERIFY(m.examples[1].headers);
    QVERIFY(m.isJsonSchema());
}

void TestSpec::multiFormatSchemasAreUnwrapped()
{
    const auto a = analyze(Signalbox::Test::doc3(R"(channels:
  c:
    address: /c
    messages:
      avro:
        payload: {schemaFormat: 'application/vnd.apache.avro;version=1.9.0', schema: {type: record}}
      json:
        payload: {schemaFormat: 'Application/Schema+JSON;version=draft-07', schema: {type: object}}
        headers: {schemaFormat: 'application/schema+json;version=draft-07', schema: {type: object}}
)"));
    QVERIFY(a->spec);
    const Channel &c = a->spec->channels[0];
    QVERIFY(!c.messages[0].isJsonSchema());
    QCOMPARE(c.messages[0].payload.textAt("type"), u"record"_s);
    QVERIFY(c.messages[1].isJsonSchema()); // media types compare without regard to case
    QCOMPARE(c.messages[1].headers.textAt("type"), u"object"_s);
    QVERIFY(isJsonSchemaFormat(u""_s));
    QVERIFY(isJsonSchemaFormat(u"application/vnd.aai.asyncapi+yaml;version=3.0.0"_s));
    QVERIFY(!isJsonSchemaFormat(u"application/raml+yaml;version=1.0"_s));
}

void TestSpec::unresolvedChannelKeepsItsReference()
{
    const auto a = analyze(Signalbox::Test::doc3(R"(operations:
  lost:
    action: send
    channel: {$ref: '#/channels/nowhere'}
)"));
    QVERIFY(a->spec);
    QCOMPARE(a->spec->operations[0].channelResolved, false);
    QCOMPARE(a->spec->operations[0].channelRef, u"#/channels/nowhere"_s);
}

void TestSpec::operationsOf2xWithoutMessage()
{
    const auto a = analyze(uR"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  c:
    publish:
      message: {name: In, payload: {type: string}}
    subscribe:
      operationId: out
)"_s);
    QVERIFY(a->spec);
    const Operation *out = a->spec->operation(u"out"_s);
    QVERIFY(out);
    // Its channel has a message, but not for this operation.
    QCOMPARE(a->spec->channels[0].messages.size(), 1);
    QVERIFY(out->messagesListed);
    QCOMPARE(a->spec->messagesOf(*out).size(), 0);
    // A 3.x operation that lists none has all of its channel's.
    const auto b = analyze(Signalbox::Test::doc3(R"(channels:
  c:
    address: /c
    messages: {m1: {payload: {type: string}}, m2: {payload: {type: string}}}
operations:
  o:
    action: send
    channel: {$ref: '#/channels/c'}
)"));
    QVERIFY(b->spec);
    QCOMPARE(b->spec->messagesOf(b->spec->operations[0]).size(), 2);
}

void TestSpec::sameNamedMessagesStayApart()
{
    const auto a = analyze(uR"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  c:
    subscribe:
      message:
        oneOf:
          - {name: Foo, payload: {type: string}}
          - {name: Foo, payload: {type: integer}}
          - {name: Foo, payload: {type: boolean}}
)"_s);
    QVERIFY(a->spec);
    QStringList names;
    for (const Message &m : a->spec->channels[0].messages)
        names << m.name;
    QCOMPARE(names.size(), 3);
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
    QCOMPARE(a->spec->operations[0].messages.size(), 3);
}

void TestSpec::requirementWrittenThe2xWayIn3x()
{
    // Not valid 3.x (the schema check says so), but the scheme it names is still the one meant.
    const auto a = analyze(Signalbox::Test::doc3(R"(servers:
  prod:
    host: example.org
    protocol: wss
    security: [{key: []}]
components:
  securitySchemes:
    key: {type: httpApiKey, in: header, name: X-Key}
)"));
    QVERIFY(a->spec);
    QCOMPARE(a->spec->servers[0].security.size(), 1);
    QCOMPARE(a->spec->servers[0].security[0].name, u"key"_s);
    QCOMPARE(a->spec->servers[0].security[0].parameterName, u"X-Key"_s);
}

void TestSpec::traitsApplied2x()
{
    // 2.x: each trait in turn overrides the object (JSON Merge Patch, as the official parser applies them).
    const auto a = analyze(uR"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  c:
    subscribe:
      traits: [{$ref: '#/components/operationTraits/tagged'}]
      message:
        contentType: text/plain
        summary: Own summary
        payload: {type: object}
        examples:
          - headers: {requestId: 7}
        traits:
          - $ref: '#/components/messageTraits/json'
          - {summary: null}
components:
  operationTraits:
    tagged:
      operationId: fromTrait
      summary: Trait summary
      tags: [{name: telemetry}]
      bindings: {ws: {method: GET}}
  messageTraits:
    json:
      contentType: application/json
      messageId: withTraits
      headers:
        type: object
        properties: {requestId: {type: string}}
)"_s);
    QVERIFY(a->spec);
    const Operation *o = a->spec->operation(u"fromTrait"_s);
    QVERIFY(o);
    QCOMPARE(o->summary, u"Trait summary"_s);
    QCOMPARE(o->tags.size(), 1);
    QCOMPARE(o->tags[0].name, u"telemetry"_s);
    QCOMPARE(o->bindings.protocols, QStringList{u"ws"_s});
    QCOMPARE(o->traits, QStringList{u"tagged"_s});
    const Message *m = a->spec->channels[0].message(u"withTraits"_s);
    QVERIFY(m);
    QCOMPARE(m->contentType, u"application/json"_s); // the trait overrides the message in 2.x
    QVERIFY(m->summary.isEmpty());                   // a null in a trait removes the value
    QVERIFY(m->headers);
    // The example's headers are checked against the headers the trait gives.
    bool headersChecked = false;
    for (const Diagnostic &d : a->diagnostics)
        headersChecked = headersChecked || (d.code == u"message.example-invalid"_s && d.message.contains(u"headers"_s));
    QVERIFY(headersChecked);
}

void TestSpec::traitsApplied3x()
{
    // 3.x: the object overrides its traits, a later trait an earlier one.
    const auto a = analyze(Signalbox::Test::doc3(R"(channels:
  c:
    address: /c
    messages:
      m:
        contentType: text/plain
        traits:
          - {contentType: application/json, title: First, description: From a trait}
          - {title: Second}
operations:
  o:
    action: send
    channel: {$ref: '#/channels/c'}
    traits: [{summary: Sends, externalDocs: {url: 'https://example.com/docs'}}]
)"));
    QVERIFY(a->spec);
    const Message *m = a->spec->channels[0].message(u"m"_s);
    QVERIFY(m);
    QCOMPARE(m->contentType, u"text/plain"_s);
    QCOMPARE(m->title, u"Second"_s);
    QCOMPARE(m->description, u"From a trait"_s);
    QCOMPARE(m->traits.size(), 2);
    const Operation *o = a->spec->operation(u"o"_s);
    QVERIFY(o);
    QCOMPARE(o->summary, u"Sends"_s);
    QCOMPARE(o->externalDocs.url, u"https://example.com/docs"_s);
}

QTEST_GUILESS_MAIN(TestSpec)
#include "tst_spec.moc"
