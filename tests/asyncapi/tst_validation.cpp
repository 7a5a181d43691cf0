// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "skipping.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;
using Signalbox::Test::doc3;

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void schemaErrorsLandOnTheNode();
    void everyDiagnosticHasAPointer();
    void version2IsRecognised();
    void bundledExamplesAreValid();
    void modelOfExample();
    void referenceChainsEndWithADiagnostic_data();
    void referenceChainsEndWithADiagnostic();
    void deepDocumentIsNotHandedToTheValidator();
    void otherFilesAreNotQuoted();
    void stringFanOutIsBounded_data();
    void stringFanOutIsBounded();
    void combinatorsNameTheirBranches_data();
    void combinatorsNameTheirBranches();
    void officialCombinatorsAreWorded_data();
    void officialCombinatorsAreWorded();
    void noValidatorWordingInTheCorpus();
};

void TestValidation::rules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected"); // code@line of errors and warnings

    const QByteArray channel = R"(channels:
  c:
    address: c
    messages:
      m:
        payload: {type: string}
)";
    QTest::newRow("valid-minimal") << doc3(channel) << QStringList{};
    QTest::newRow("missing-title") << QByteArray("asyncapi: 3.0.0\ninfo:\n  version: '1'\n")
                                   << QStringList{u"schema.required@2"_s};
    QTest::newRow("unknown-property") << doc3("foo: 1\n") << QStringList{u"schema.unknown-property@5"_s};
    QTest::newRow("version-float") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: 1.0\n")
                                   << QStringList{u"schema.type@4"_s};
    QTest::newRow("bad-action") << doc3(channel + R"(operations:
  o:
    action: publish
    channel:
      $ref: '#/channels/c'
)") << QStringList{u"schema.enum@13"_s};
    QTest::newRow("operation-channel-inline") << doc3(channel + R"(operations:
  o:
    action: send
    channel:
      address: x
)") << QStringList{u"operation.channel-not-ref@14"_s, u"schema.required@14"_s};
    QTest::newRow("operation-message-not-in-channel") << doc3(channel + R"(  d:
    address: d
    messages:
      other:
        payload: {type: string}
operations:
  o:
    action: send
    channel:
      $ref: '#/channels/c'
    messages:
      - $ref: '#/channels/d/messages/other'
)") << QStringList{u"operation.message-not-in-channel@22"_s};
    QTest::newRow("address-query") << doc3("channels:\n  c:\n    address: 'a/b?x=1'\n")
                                   << QStringList{u"channel.address-query-or-fragment@7"_s};
    QTest::newRow("parameters-mismatch") << doc3(R"(channels:
  c:
    address: 'users/{userId}/{other}'
    parameters:
      userId: {}
      unused: {}
)") << QStringList{u"channel.parameter-undefined@7"_s, u"channel.parameter-unused@10"_s};
    QTest::newRow("channel-server-not-ref") << doc3(R"(servers:
  s:
    host: h
    protocol: ws
channels:
  c:
    address: c
    servers:
      - host: h
        protocol: ws
)") << QStringList{u"channel.server-not-ref@13"_s, u"schema.required@13"_s};
    QTest::newRow("server-variables") << doc3(R"(servers:
  s:
    host: '{region}.example.com'
    protocol: ws
    variables:
      port:
        default: '80'
)") << QStringList{u"server.variable-undefined@7"_s, u"server.variable-unused@10"_s};
    QTest::newRow("reply-without-destination") << doc3(channel + R"(operations:
  o:
    action: send
    channel:
      $ref: '#/channels/c'
    reply:
      messages:
        - $ref: '#/channels/c/messages/m'
)") << QStringList{u"reply.no-destination@16"_s};
    QTest::newRow("duplicate-tags")
        << doc3("tags:\n  - name: a\n  - name: a\n").replace("info:\n  title: T\n", "info:\n  title: T\n")
        << QStringList{u"tags.duplicate@7"_s, u"schema.unknown-property@5"_s};
    QTest::newRow("example-mismatch") << doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          type: object
          required: [id]
          properties:
            id: {type: integer}
        headers:
          type: object
          properties:
            h: {type: string}
        examples:
          - payload: {id: 1}
            headers: {h: ok}
          - payload: {id: 'x'}
          - payload: {}
            headers: {h: 3}
)") << QStringList{u"message.example-invalid@22"_s, u"message.example-invalid@23"_s, u"message.example-invalid@24"_s};
    QTest::newRow("ref-wrong-kind") << doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        $ref: '#/components/schemas/s'
    parameters:
      p:
        $ref: '#/components/messages/x'
components:
  schemas:
    s: {type: string}
  messages:
    x: {payload: {type: string}}
)") << QStringList{u"ref.wrong-kind@10"_s, u"ref.wrong-kind@13"_s, u"channel.parameter-unused@12"_s};
    QTest::newRow("security-unknown-scheme-v2") << QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
servers:
  s:
    url: example.com
    protocol: ws
    security:
      - nope: []
channels: {}
)") << QStringList{u"security.unknown-scheme@8"_s};
    QTest::newRow("duplicate-operation-id-v2") << QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  a:
    publish:
      operationId: same
      message: {payload: {type: string}}
  b:
    subscribe:
      operationId: same
      message: {payload: {type: string}}
)") << QStringList{u"operation.duplicate-id@10"_s};
    // An integral multipleOf too big for an integer is kept (converting it was undefined behaviour).
    QTest::newRow("multiple-of-huge") << doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload: {type: number, multipleOf: 1e300}
        examples: [{payload: 5}, {payload: 0}]
)") << QStringList{u"message.example-invalid@11"_s};
    QTest::newRow("unsupported-version") << QByteArray("asyncapi: 9.0.0\ninfo: {title: T, version: '1'}\n")
                                         << QStringList{u"document.unsupported-version@1"_s};
    QTest::newRow("version-not-string") << QByteArray("asyncapi: 3.0\ninfo: {title: T, version: '1'}\n")
                                        << QStringList{u"document.version-not-string@1"_s};
}

void TestValidation::rules()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const auto a = analyze(text);
    QStringList got = codes(*a, Severity::Warning);
    got.sort();
    expected.sort();
    QVERIFY2(got == expected, qPrintable(got.join(QLatin1Char(' '))));
}

void TestValidation::schemaErrorsLandOnTheNode()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        $ref: '#/components/messages/m'
components:
  messages:
    m:
      contentType: 42
      payload: {type: string}
)"));
    QCOMPARE(a->errorCount(), 1);
    const Diagnostic &d = a->diagnostics.first();
    QCOMPARE(d.code, QStringLiteral("schema.type"));
    QCOMPARE(d.range.start.line, 13);
    QCOMPARE(d.range.start.column, 19);
    // Reported where it is defined, not at each reference to it.
    QCOMPARE(d.pointer, QStringLiteral("/components/messages/m/contentType"));
}

void TestValidation::everyDiagnosticHasAPointer()
{
    const auto a = analyze(doc3(R"(channels:
  user/signed:
    address: 'users/{id}'
    messages:
      m:
        $ref: '#/components/messages/nope'
components:
  schemas:
    unused: {type: string}
)"));
    QStringList got;
    for (const Diagnostic &d : a->diagnostics)
        got << d.code + QLatin1Char(' ') + d.pointer;
    got.sort();
    QCOMPARE(got, (QStringList{u"channel.parameter-undefined /channels/user~1signed/address"_s,
                               u"component.unused /components/schemas/unused"_s,
                               u"ref.unresolved /channels/user~1signed/messages/m/$ref"_s}));
}

void TestValidation::version2IsRecognised()
{
    const auto a = analyze(QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  user/signedup:
    subscribe:
      message:
        payload: {type: string}
)"));
    QVERIFY(a->isValid());
    QVERIFY(Signalbox::Test::hasCode(*a, QStringLiteral("document.convertible"), 1));
    QCOMPARE(a->spec->majorVersion, 2);
    QCOMPARE(a->spec->channels.first().address, QStringLiteral("user/signedup"));
    QCOMPARE(a->spec->operations.first().action, Operation::Action::Send);

    const auto bad = analyze(QByteArray("asyncapi: 2.6.0\ninfo: {title: T}\nchannels: {}\n"));
    QCOMPARE(codes(*bad, Severity::Error), QStringList{u"schema.required@2"_s});
}

void TestValidation::bundledExamplesAreValid()
{
    QStringList files;
    for (const char *folder : {"examples", "templates"}) {
        const QDir dir(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/") + QLatin1String(folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.json")}))
            files << dir.filePath(name);
    }
    QVERIFY(files.size() >= 7); // the example and the six templates
    for (const QString &name : files) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        AnalyzeOptions options;
        options.filePath = f.fileName();
        const auto a = analyze(f.readAll(), options);
        QVERIFY2(a->isValid() && a->warningCount() == 0,
                 qPrintable(name + QLatin1String(": ") + codes(*a).join(QLatin1Char(' '))));
    }
}

void TestValidation::modelOfExample()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto a = analyze(f.readAll());
    QVERIFY(a->spec);
    const Spec &s = *a->spec;
    QCOMPARE(s.info.title, QStringLiteral("Harbour Cranes API"));
    QCOMPARE(s.servers.size(), 2);
    QCOMPARE(s.servers[1].variables.first().enumValues, (QStringList{u"8080"_s, u"9000"_s}));
    QCOMPARE(s.servers[0].security.size(), 1);
    QCOMPARE(s.servers[0].security[0].name, u"bearer"_s);
    QCOMPARE(s.channels.size(), 3);
    QCOMPARE(s.channels[0].parameters.first().name, QStringLiteral("craneId"));
    QCOMPARE(s.channels[0].parameters.first().examples, QStringList{u"C-07"_s});
    QVERIFY(s.channels[2].dynamicAddress);
    QCOMPARE(s.operations.size(), 2);
    QCOMPARE(s.operations[1].action, Operation::Action::Send);
    QCOMPARE(s.operations[1].reply.channel, QStringLiteral("commandAcks"));
    QCOMPARE(s.operations[1].reply.address, QStringLiteral("$message.header#/replyTo"));
    QCOMPARE(s.operations[1].reply.messages, QStringList{u"ack"_s});
    QCOMPARE(s.channels[0].range.start.line, 35); // 0-based
}

namespace {

/**
 * \a chain schemas, each nested \a depth levels (flow sequences or properties) and referring to
 * the next one; in 2.x validation inlines them all, in 3.x the example check does.
 */
QByteArray referenceChain(int major, int chain, int depth, bool properties)
{
    QByteArray t;
    if (major == 2)
        t = "asyncapi: 2.6.0\ninfo: {title: chain, version: '1'}\nchannels:\n  c:\n    subscribe:\n      message:\n"
            "        payload: {$ref: '#/components/schemas/s0'}\n        examples: [{payload: 1}, {payload: 2}]\n";
    else
        t = "asyncapi: 3.0.0\ninfo: {title: chain, version: '1'}\nchannels:\n  c:\n    address: c\n    messages:\n"
            "      m:\n        payload: {$ref: '#/components/schemas/s0'}\n"
            "        examples: [{payload: 1}, {payload: 2}]\n";
    t += "components:\n  schemas:\n";
    const QByteArray open = properties ? "{type: object, properties: {a: " : "{items: ";
    const QByteArray close = properties ? "}}" : "}";
    for (int i = 0; i < chain; ++i) {
        const QByteArray inner = i + 1 < chain ? "{$ref: '#/components/schemas/s" + QByteArray::number(i + 1) + "'}"
                                               : QByteArray("{type: string}");
        t += "    s" + QByteArray::number(i) + ": " + open.repeated(depth) + inner + close.repeated(depth) + "\n";
    }
    return t;
}

} // namespace

void TestValidation::referenceChainsEndWithADiagnostic_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("tooDeep"); // ref.too-deep warnings expected
    // The audit's shapes (300 schemas 400 levels deep crashed the stack), and long chains of
    // shallow schemas, where the main document itself is shallow.
    QTest::newRow("2.x-300x400") << referenceChain(2, 300, 400, false) << -1;
    QTest::newRow("3.x-300x400") << referenceChain(3, 300, 400, false) << -1;
    QTest::newRow("2.x-3000x1") << referenceChain(2, 3000, 1, true) << 2; // the check and the examples
    QTest::newRow("3.x-3000x1") << referenceChain(3, 3000, 1, true) << 1; // the examples, said once
}

void TestValidation::referenceChainsEndWithADiagnostic()
{
    QFETCH(QByteArray, text);
    QFETCH(int, tooDeep);
    QElapsedTimer timer;
    timer.start();
    const auto a = analyze(text);
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(a->spec);
    int found = 0;
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code != QLatin1String("ref.too-deep"))
            continue;
        ++found;
        QCOMPARE(d.severity, Severity::Warning);
        QVERIFY2(d.message.contains(QLatin1String("more than 128 levels")), qPrintable(d.message));
        QVERIFY(d.range.start.line >= 0);
    }
    if (tooDeep < 0)
        QVERIFY(found > 0);
    else
        QCOMPARE(found, tooDeep);
}

void TestValidation::deepDocumentIsNotHandedToTheValidator()
{
    // valijson recurses, and takes about the cube of the depth against the official schema: a
    // document deeper than the limit is not checked against it, with a warning where it is deep.
    const QByteArray deep =
        doc3("components:\n  schemas:\n    s: " + QByteArray("{type: object, properties: {a: ").repeated(200) +
             "{type: string}" + QByteArray("}}").repeated(200) + "\n");
    const auto a = analyze(deep);
    QCOMPARE(codes(*a, Severity::Warning), QStringList{u"ref.too-deep@7"_s});
    // Within the limit it is checked as usual ('type' is one of the type names, or a list of them:
    // 7 is closest to a name).
    const QByteArray ok =
        doc3("components:\n  schemas:\n    s: " + QByteArray("{type: object, properties: {a: ").repeated(50) +
             "{type: 7}" + QByteArray("}}").repeated(50) + "\n");
    QVERIFY(Signalbox::Test::hasCode(*analyze(ok), QStringLiteral("schema.enum"), 7));
}

void TestValidation::otherFilesAreNotQuoted()
{
    // Messages end up in CI logs: a value or key of a file other than the main document is named
    // by its kind, never quoted. The main document's values are quoted, shortly.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile info(dir.filePath(QStringLiteral("info.yaml")));
    QVERIFY(info.open(QIODevice::WriteOnly));
    info.write("title: T\nversion: '1'\nSECRET_KEY_NAME: x\ncontact: TOPSECRET-token-value\n");
    info.close();
    AnalyzeOptions options;
    options.filePath = dir.filePath(QStringLiteral("main.yaml"));
    const auto a =
        analyze("asyncapi: 3.0.0\ninfo: {$ref: 'info.yaml'}\ndefaultContentType: [" + QByteArray("a").repeated(100) +
                    "]\noperations:\n  o: {action: " + QByteArray("b").repeated(100) +
                    ", channel: {$ref: '#/channels/c'}}\n"
                    "channels: {c: {address: c}}\n",
                options);
    QStringList messages;
    for (const Diagnostic &d : a->diagnostics) {
        messages << d.message;
        QVERIFY2(!d.message.contains(QLatin1String("TOPSECRET")) && !d.message.contains(QLatin1String("SECRET_KEY")),
                 qPrintable(d.message));
    }
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("not a string")), qPrintable(all));                      // contact
    QVERIFY2(all.contains(QLatin1String("This property is not allowed here")), qPrintable(all)); // the key
    // The main document: a short quote, cut with an ellipsis.
    QVERIFY2(all.contains(QLatin1Char('\'') + QString(40, QLatin1Char('b')) + QStringLiteral("…'")), qPrintable(all));
    QVERIFY(!all.contains(QString(41, QLatin1Char('b'))));
}

namespace {
/** tests/data/validation/devices.yaml with its state message's payload schema and example replaced. */
QByteArray devices(const QByteArray &payload, const QByteArray &example)
{
    QFile f(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/validation/devices.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = f.readAll();
    const qsizetype from = text.indexOf("      payload:\n") + qsizetype(strlen("      payload:\n"));
    const qsizetype to = text.indexOf("      examples:\n");
    text.replace(from, to - from, payload);
    return text.replace("{kind: thermostat, setpoint: 20.5, mode: heat}", example);
}

/** The messages of \a a's diagnostics with \a code, sorted. */
QStringList messagesOf(const Analysis &a, const QString &code)
{
    QStringList out;
    for (const Diagnostic &d : a.diagnostics) {
        if (d.code == code)
            out << d.message;
    }
    out.sort();
    return out;
}

/** Phrases of valijson's messages: none must reach the user. */
QString validatorWording(const QString &message)
{
    static const QStringList phrases{u"child schema"_s,
                                     u"Failed to"_s,
                                     u"constraint"_s,
                                     u"Value matches none, or"_s,
                                     u"should be"_s,
                                     u"should contain"_s,
                                     u"should have"_s,
                                     u"Expected number"_s,
                                     u"could not be validated"_s,
                                     u"Target should"_s,
                                     u"Missing dependency"_s,
                                     u"Cannot validate"_s};
    for (const QString &p : phrases) {
        if (message.contains(p))
            return p;
    }
    return {};
}
} // namespace

void TestValidation::combinatorsNameTheirBranches_data()
{
    QTest::addColumn<QByteArray>("payload"); // the payload schema, at the indentation of tests/data
    QTest::addColumn<QByteArray>("example");
    QTest::addColumn<QStringList>("expected"); // the example's messages, without their prefix

    const QByteArray oneOf = R"(        oneOf:
          - $ref: '#/components/schemas/Light'
          - $ref: '#/components/schemas/Thermostat'
          - $ref: '#/components/schemas/Lock'
)";
    QTest::newRow("valid") << oneOf << QByteArray("{kind: thermostat, setpoint: 20.5, mode: heat}") << QStringList{};
    QTest::newRow("oneOf, all three match")
        << oneOf << QByteArray("{on: true, setpoint: 20, mode: heat, locked: false}")
        << QStringList{u"Value matches Light, Thermostat and Lock; oneOf needs exactly one"_s};
    QTest::newRow("oneOf, two match") << oneOf << QByteArray("{on: true, locked: false}")
                                      << QStringList{u"Value matches Light and Lock; oneOf needs exactly one"_s};
    // Its kind says which it is meant to be, though another has fewer errors.
    QTest::newRow("oneOf, none, closest by its kind")
        << oneOf << QByteArray("{kind: thermostat, setpoint: 20}")
        << QStringList{u"Value matches none of Light, Thermostat and Lock; closest is Thermostat: Missing required "
                       "property 'mode'"_s};
    // No kind: the branches whose type fits, then the fewest errors, then the deepest.
    QTest::newRow("oneOf, none, closest by its errors")
        << oneOf << QByteArray("{locked: 1}")
        << QStringList{u"Value has the wrong type for this field"_s,
                       u"Value matches none of Light, Thermostat and Lock; closest is Lock: Value has the wrong type "
                       "for this field (at /locked)"_s};
    QTest::newRow("anyOf, none") << QByteArray(R"(        anyOf:
          - $ref: '#/components/schemas/Light'
          - $ref: '#/components/schemas/Lock'
)") << QByteArray("{kind: lock, locked: 'yes'}")
                                 << QStringList{u"Value has the wrong type for this field"_s,
                                                u"Value matches none of Light and Lock; closest is Lock: Value has the "
                                                "wrong type for this field (at /locked)"_s};
    QTest::newRow("nested oneOf, titled branch") << QByteArray(R"(        oneOf:
          - $ref: '#/components/schemas/Light'
          - title: Climate
            oneOf:
              - $ref: '#/components/schemas/Thermostat'
              - $ref: '#/components/schemas/Lock'
)") << QByteArray("{kind: thermostat, setpoint: 20}")
                                                 << QStringList{u"Value matches none of Light and Climate; closest is "
                                                                "Climate: Value matches none of Thermostat and Lock; "
                                                                "closest is Thermostat: Missing required property "
                                                                "'mode'"_s};
    QTest::newRow("nested oneOf in a property") << QByteArray(R"(        type: object
        properties:
          device:
            oneOf:
              - $ref: '#/components/schemas/Light'
              - $ref: '#/components/schemas/Lock'
)") << QByteArray("{device: {kind: light, on: 1}}")
                                                << QStringList{u"Value has the wrong type for this field"_s,
                                                               u"Value matches none of Light and Lock; closest is "
                                                               "Light: Value has the wrong type for this field (at "
                                                               "/on)"_s};
    QTest::newRow("unnamed branches") << QByteArray("        oneOf: [{type: string}, {type: integer}]\n")
                                      << QByteArray("true")
                                      << QStringList{u"Value matches none of branch 1 and branch 2: Value has the "
                                                     "wrong type for this field"_s};
}

void TestValidation::combinatorsNameTheirBranches()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, example);
    QFETCH(QStringList, expected);
    const QByteArray text = devices(payload, example);
    QVERIFY(!text.isEmpty());
    const auto a = analyze(text);
    for (QString &e : expected)
        e.prepend(u"Example 1 does not match the payload schema: "_s);
    const QStringList got = messagesOf(*a, u"message.example-invalid"_s);
    QVERIFY2(got == expected, qPrintable(got.join(u'\n')));
    QCOMPARE(a->errorCount(), expected.size());
}

void TestValidation::officialCombinatorsAreWorded_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected"); // all the messages of schema.* diagnostics, sorted

    // Its type says which scheme it is meant to be: that one's problem, not another's.
    QTest::newRow("security scheme, closest by its type")
        << QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels: {}
components:
  securitySchemes:
    k:
      type: oauth2
      flows:
        implicit:
          scopes: {}
)")
        << QStringList{u"Missing required property 'authorizationUrl'"_s,
                       u"Value matches none of a User Password object, an API Key object, an X509 object, a Symmetric "
                       "Encryption object, an Asymmetric Encryption object, an HTTP Security Scheme object, an OAuth2 "
                       "Flows object, an Open ID Connect object and 1 more; closest is an OAuth2 Flows object: Missing "
                       "required property 'authorizationUrl' (at /flows/implicit)"_s};
    QTest::newRow("a $ref, a schema or an Avro schema")
        << doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload: {type: string}
        bindings:
          kafka: {bindingVersion: 0.4.0, key: 42}
)")
        << QStringList{u"Value matches none of a $ref, a Schema object and an Avro schema: Expected a mapping or true "
                       "or false or a string or a list here, not '42'"_s};
    // Reference-or-object: an object that is not a reference gets the object's errors alone.
    QTest::newRow("server without protocol") << doc3(R"(servers:
  prod:
    host: example.com
)") << QStringList{u"Missing required property 'protocol'"_s};
    QTest::newRow("2.x message with an unknown field") << QByteArray(R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
channels:
  c:
    subscribe:
      message:
        payload: {type: string}
        foo: 1
)") << QStringList{u"Property 'foo' is not allowed here"_s};
}

void TestValidation::officialCombinatorsAreWorded()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const auto a = analyze(text);
    QStringList got;
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code.startsWith(u"schema."_s))
            got << d.message;
    }
    got.sort();
    QVERIFY2(got == expected, qPrintable(got.join(u'\n')));
}

void TestValidation::noValidatorWordingInTheCorpus()
{
    // Every message of every corpus document, and of a few damaged copies of each, is in this
    // project's words: nothing of the validator's own text ("child schema #0", "constraint"…).
    std::mt19937 random(13);
    int documents = 0;
    const bool here = Signalbox::Test::forEachCorpusDocument([&](const QString &path) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        AnalyzeOptions options;
        options.filePath = path;
        options.load.allowedRoots = {Signalbox::Test::corpusFolder()};
        for (int copy = 0; copy < 3; ++copy) {
            const auto a = analyze(copy == 0 ? original : Signalbox::Test::mutated(original, random), options);
            ++documents;
            for (const Diagnostic &d : a->diagnostics) {
                const QString phrase = validatorWording(d.message);
                QVERIFY2(phrase.isEmpty(), qPrintable(path + u": "_s + d.message));
            }
        }
    });
    if (!here)
        SIGNALBOX_SKIP("../shared/corpus is not here (a fresh clone)");
    QVERIFY(documents > 100);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestValidation)
namespace {
/** Examples referring to \a levels levels of ten references each, down to one string of \a length. */
QByteArray stringFan(int major, int levels, int length, const QByteArray &items)
{
    const QByteArray top = "{$ref: '#/components/x/F0'}";
    QByteArray t = major == 3
                       ? QByteArray("asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nchannels:\n  c:\n"
                                    "    address: /c\n    messages:\n      m:\n")
                       : "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels:\n  c:\n    bindings: {ws: " + top +
                             "}\n    subscribe:\n      message:\n";
    t += "        payload: {type: array, items: " + items + "}\n        examples:\n";
    for (int i = 0; i < 3; ++i)
        t += "          - {payload: " + top + "}\n";
    t += "components:\n  x:\n";
    for (int i = 0; i < levels; ++i) {
        QByteArrayList refs;
        for (int r = 0; r < 10; ++r)
            refs << "{$ref: '#/components/x/F" + QByteArray::number(i + 1) + "'}";
        t += "    F" + QByteArray::number(i) + ": [" + refs.join(", ") + "]\n";
    }
    return t + "    F" + QByteArray::number(levels) + ": '" + QByteArray(length, '7') + "'\n";
}
} // namespace

void TestValidation::stringFanOutIsBounded_data()
{
    QTest::addColumn<int>("major");
    QTest::newRow("3.x") << 3;
    QTest::newRow("2.x") << 2;
}

void TestValidation::stringFanOutIsBounded()
{
    QFETCH(int, major);
    // Small fan-outs are resolved and checked as before: the example's strings are not integers.
    const auto small = analyze(stringFan(major, 1, 10, "{type: integer}"));
    QVERIFY2(Signalbox::Test::hasCode(*small, u"message.example-invalid"_s), qPrintable(codes(*small).join(u' ')));
    QVERIFY(!Signalbox::Test::hasCode(*small, u"ref.expansion-too-large"_s));
    QVERIFY(
        !Signalbox::Test::hasCode(*analyze(stringFan(major, 1, 10, "{type: string}")), u"message.example-invalid"_s));
    // 10^4 copies of a 100 KB string (1 GB) from 100 KB of text: counted in bytes, it stops at the
    // budget. The examples are then left unchecked, never judged on a partial copy.
    QElapsedTimer timer;
    timer.start();
    const auto big = analyze(stringFan(major, 4, 100'000, "{type: array}"));
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(!Signalbox::Test::hasCode(*big, u"message.example-invalid"_s), qPrintable(codes(*big).join(u' ')));
    // 2.x is checked against the official schema with its references resolved: it says it was not.
    if (major == 2)
        QVERIFY2(Signalbox::Test::hasCode(*big, u"ref.expansion-too-large"_s), qPrintable(codes(*big).join(u' ')));
}

#include "tst_validation.moc"
