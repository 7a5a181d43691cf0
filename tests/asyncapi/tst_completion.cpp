// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <asyncapi/completion/completion.h>

#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;

namespace {

QStringList texts(const QList<Suggestion> &s)
{
    QStringList out;
    for (const Suggestion &x : s)
        out << x.text;
    return out;
}

/** The text with "|" removed, and where it was. */
std::pair<QString, qsizetype> at(QString text)
{
    const qsizetype pos = text.indexOf(QLatin1Char('|'));
    text.remove(pos, 1);
    return {text, pos};
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void context_data();
    void context();
    void keysAtThreeDepths();
    void valuesAndDescriptions();
    void keysAlreadyWrittenAreNotOffered_data();
    void keysAlreadyWrittenAreNotOffered();
    void referenceTargetsFitThePlace_data();
    void referenceTargetsFitThePlace();
    void brokenDocumentsStillComplete_data();
    void brokenDocumentsStillComplete();
    void valueAtPathReadsBlockAndFlow();
};

void TestCompletion::context_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<bool>("onValue");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("root") << u"asyncapi: 3.0.0\nin|"_s << QStringList{} << false << u"in"_s;
    QTest::newRow("in-info") << u"info:\n  title: x\n  ve|"_s << QStringList{u"info"_s} << false << u"ve"_s;
    QTest::newRow("in-channel") << u"channels:\n  user/signedup:\n    address: a\n    |"_s
                                << QStringList{u"channels"_s, u"user/signedup"_s} << false << QString();
    QTest::newRow("dedent") << u"info:\n  title: x\nchan|"_s << QStringList{} << false << u"chan"_s;
    QTest::newRow("value") << u"operations:\n  o:\n    action: se|"_s << QStringList{u"operations"_s, u"o"_s} << true
                           << u"se"_s;
    QTest::newRow("sequence-item") << u"info:\n  tags:\n    - name: a\n      desc|"_s
                                   << QStringList{u"info"_s, u"tags"_s, u"[]"_s} << false << u"desc"_s;
    QTest::newRow("broken-yaml-above") << u"info: {title: [\nchannels:\n  c:\n    addr|"_s
                                       << QStringList{u"channels"_s, u"c"_s} << false << u"addr"_s;
    QTest::newRow("quoted-value") << u"x:\n  $ref: '#/compo|"_s << QStringList{u"x"_s} << true << u"#/compo"_s;
}

void TestCompletion::context()
{
    QFETCH(QString, text);
    QFETCH(QStringList, path);
    QFETCH(bool, onValue);
    QFETCH(QString, prefix);
    const auto [t, pos] = at(text);
    const YamlCursorContext ctx = cursorContext(t, pos);
    QCOMPARE(ctx.path, path);
    QCOMPARE(ctx.onValue, onValue);
    QCOMPARE(ctx.prefix, prefix);
    QCOMPARE(t.mid(ctx.prefixStart, prefix.size()), prefix);
}

void TestCompletion::keysAtThreeDepths()
{
    const QStringList root = texts(SchemaCompletion::keys(u"3.0.0"_s, {}));
    for (const char *k : {"asyncapi", "info", "servers", "channels", "operations", "components", "id"})
        QVERIFY2(root.contains(QLatin1String(k)), k);
    QVERIFY(!root.contains(u"title"_s));

    const QStringList info = texts(SchemaCompletion::keys(u"3.0.0"_s, {u"info"_s}));
    for (const char *k : {"title", "version", "description", "contact", "license", "tags"})
        QVERIFY2(info.contains(QLatin1String(k)), k);

    const QStringList channel = texts(SchemaCompletion::keys(u"3.0.0"_s, {u"channels"_s, u"anything"_s}));
    for (const char *k : {"address", "messages", "parameters", "servers", "bindings", "title"})
        QVERIFY2(channel.contains(QLatin1String(k)), k);

    const QStringList tag = texts(SchemaCompletion::keys(u"3.0.0"_s, {u"info"_s, u"tags"_s, u"[]"_s}));
    QVERIFY(tag.contains(u"name"_s) && tag.contains(u"externalDocs"_s));

    const QStringList v2channel = texts(SchemaCompletion::keys(u"2.6.0"_s, {u"channels"_s, u"a/b"_s}));
    QVERIFY(v2channel.contains(u"publish"_s) && v2channel.contains(u"subscribe"_s));
}

void TestCompletion::valuesAndDescriptions()
{
    const QStringList actions = texts(SchemaCompletion::values(u"3.0.0"_s, {u"operations"_s, u"o"_s, u"action"_s}));
    QCOMPARE(actions, (QStringList{u"send"_s, u"receive"_s}));
    QVERIFY(
        SchemaCompletion::description(u"3.0.0"_s, {u"info"_s, u"title"_s}).contains(u"title"_s, Qt::CaseInsensitive));
    const auto [text, pos] = at(u"info:\n  ti|tle: x\n"_s);
    QCOMPARE(keyPathAt(text, pos), (QStringList{u"info"_s, u"title"_s}));
    QCOMPARE(keyPathAt(text, text.indexOf(u'x')), QStringList{});
}

void TestCompletion::keysAlreadyWrittenAreNotOffered_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("siblings");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("notOffered");
    QTest::newRow("channel-below-and-above")
        << u"channels:\n  c:\n    address: a\n    |\n    messages:\n      m: {}\n  d:\n    title: T\n"_s
        << QStringList{u"address"_s, u"messages"_s} << u"title"_s << u"address"_s;
    QTest::newRow("root") << u"asyncapi: 3.0.0\ninfo:\n  title: T\n|\nchannels: {}\n"_s
                          << QStringList{u"asyncapi"_s, u"info"_s, u"channels"_s} << u"operations"_s << u"info"_s;
    QTest::newRow("sequence-item") << u"info:\n  tags:\n    - name: a\n      |\n    - name: b\n      description: x\n"_s
                                   << QStringList{u"name"_s} << u"description"_s << u"name"_s;
    QTest::newRow("item-start") << u"info:\n  tags:\n    - name: a\n    - |\n      name: b\n"_s
                                << QStringList{u"name"_s} << u"description"_s << u"name"_s;
    QTest::newRow("block-scalar-skipped") << u"info:\n  description: >\n    version: no\n  |\n"_s
                                          << QStringList{u"description"_s} << u"version"_s << u"description"_s;
}

void TestCompletion::keysAlreadyWrittenAreNotOffered()
{
    QFETCH(QString, text);
    QFETCH(QStringList, siblings);
    QFETCH(QString, offered);
    QFETCH(QString, notOffered);
    const auto [t, pos] = at(text);
    const YamlCursorContext ctx = cursorContext(t, pos);
    QCOMPARE(ctx.siblingKeys, siblings);
    const QStringList keys = texts(SchemaCompletion::suggest(u"3.0.0"_s, ctx, {}, t));
    QVERIFY2(keys.contains(offered), qPrintable(keys.join(u',')));
    QVERIFY2(!keys.contains(notOffered), qPrintable(keys.join(u',')));
}

void TestCompletion::referenceTargetsFitThePlace_data()
{
    const QStringList all{u"#/components/messages/Price"_s,
                          u"#/components/schemas/Money"_s,
                          u"#/components/channels/shared"_s,
                          u"#/components/servers/prod"_s,
                          u"#/components/securitySchemes/key"_s,
                          u"#/components/parameters/id"_s,
                          u"#/channels/ticker"_s,
                          u"#/channels/orders"_s,
                          u"#/channels/ticker/messages/tick"_s,
                          u"#/channels/orders/messages/placed"_s,
                          u"#/servers/local"_s,
                          u"#/operations/sendOrder"_s,
                          u"./common.yaml#/components/messages/Shared"_s,
                          u"./common.yaml#/components/schemas/Amount"_s};
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("channel-messages") << u"3.0.0"_s
                                      << u"channels:\n  orders:\n    messages:\n      m:\n        $ref: |"_s << all
                                      << QStringList{u"#/components/messages/Price"_s,
                                                     u"#/channels/ticker/messages/tick"_s,
                                                     u"#/channels/orders/messages/placed"_s,
                                                     u"./common.yaml#/components/messages/Shared"_s};
    QTest::newRow("payload") << u"3.0.0"_s
                             << u"components:\n  messages:\n    Price:\n      payload:\n        $ref: '|"_s << all
                             << QStringList{u"#/components/schemas/Money"_s,
                                            u"./common.yaml#/components/schemas/Amount"_s};
    QTest::newRow("schema-property")
        << u"3.0.0"_s << u"components:\n  schemas:\n    Money:\n      properties:\n        amount:\n          $ref: |"_s
        << all << QStringList{u"#/components/schemas/Money"_s, u"./common.yaml#/components/schemas/Amount"_s};
    QTest::newRow("operation-channel") << u"3.0.0"_s
                                       << u"operations:\n  o:\n    action: send\n    channel:\n      $ref: |"_s << all
                                       << QStringList{u"#/channels/ticker"_s, u"#/channels/orders"_s};
    QTest::newRow("operation-messages-of-its-channel")
        << u"3.0.0"_s
        << u"operations:\n  o:\n    action: send\n    channel:\n      $ref: '#/channels/orders'\n    messages:\n"
           u"      - $ref: |"_s
        << all << QStringList{u"#/channels/orders/messages/placed"_s};
    QTest::newRow("operation-messages-flow-channel")
        << u"3.0.0"_s
        << u"operations:\n  o:\n    messages:\n      - $ref: |\n    channel: {$ref: '#/channels/ticker'}\n"_s << all
        << QStringList{u"#/channels/ticker/messages/tick"_s};
    QTest::newRow("operation-messages-no-channel-yet")
        << u"3.0.0"_s << u"operations:\n  o:\n    messages:\n      - $ref: |"_s << all
        << QStringList{u"#/channels/ticker/messages/tick"_s, u"#/channels/orders/messages/placed"_s};
    QTest::newRow("reply-channel") << u"3.0.0"_s << u"operations:\n  o:\n    reply:\n      channel:\n        $ref: |"_s
                                   << all << QStringList{u"#/channels/ticker"_s, u"#/channels/orders"_s};
    QTest::newRow("channel-servers") << u"3.0.0"_s << u"channels:\n  c:\n    servers:\n      - $ref: |"_s << all
                                     << QStringList{u"#/servers/local"_s};
    QTest::newRow("server") << u"3.0.0"_s << u"servers:\n  s:\n    $ref: |"_s << all
                            << QStringList{u"#/components/servers/prod"_s, u"#/servers/local"_s};
    QTest::newRow("channel") << u"3.0.0"_s << u"channels:\n  c:\n    $ref: |"_s << all
                             << QStringList{u"#/components/channels/shared"_s, u"#/channels/ticker"_s,
                                            u"#/channels/orders"_s};
    QTest::newRow("extension-anything") << u"3.0.0"_s << u"x-mine:\n  a:\n    $ref: |"_s << all << all;
    QTest::newRow("v2-message") << u"2.6.0"_s << u"channels:\n  a/b:\n    publish:\n      message:\n        $ref: |"_s
                                << QStringList{u"#/components/messages/Price"_s, u"#/components/schemas/Money"_s}
                                << QStringList{u"#/components/messages/Price"_s};
}

void TestCompletion::referenceTargetsFitThePlace()
{
    QFETCH(QString, version);
    QFETCH(QString, text);
    QFETCH(QStringList, targets);
    QFETCH(QStringList, expected);
    const auto [t, pos] = at(text);
    const YamlCursorContext ctx = cursorContext(t, pos);
    QVERIFY(ctx.onValue);
    QCOMPARE(ctx.key, u"$ref"_s);
    QCOMPARE(texts(SchemaCompletion::suggest(version, ctx, targets, t)), expected);
}

void TestCompletion::brokenDocumentsStillComplete_data()
{
    // None of these parse; completion reads the place from the indentation around the cursor.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stray-scalar-line") << u"asyncapi: 3.0.0\nchannels:\n  orders:\n    address: o\n    oops\n    mes|"_s
                                       << u"messages"_s;
    QTest::newRow("stray-scalar-then-new-key")
        << u"asyncapi: 3.0.0\nchannels:\n  orders\n  ticker:\n    addr|"_s << u"address"_s;
    QTest::newRow("tab-elsewhere") << u"asyncapi: 3.0.0\ninfo:\n\ttitle: T\nchannels:\n  c:\n    tit|"_s << u"title"_s;
    QTest::newRow("unclosed-flow") << u"asyncapi: 3.0.0\ninfo: {title: T\noperations:\n  o:\n    act|"_s << u"action"_s;
    QTest::newRow("unclosed-flow-value") << u"asyncapi: 3.0.0\ninfo: {title: T\noperations:\n  o:\n    action: |"_s
                                         << u"receive"_s;
    QTest::newRow("mis-indented") << u"asyncapi: 3.0.0\ninfo:\n  title: T\n version: 1\n  lic|"_s << u"license"_s;
}

void TestCompletion::brokenDocumentsStillComplete()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto [t, pos] = at(text);
    const YamlCursorContext ctx = cursorContext(t, pos);
    const QStringList offered = texts(SchemaCompletion::suggest(asyncApiVersionIn(t), ctx, {}, t));
    QVERIFY2(offered.contains(expected), qPrintable(offered.join(u',')));
}

void TestCompletion::valueAtPathReadsBlockAndFlow()
{
    const QString text = u"asyncapi: '3.0.0'\noperations:\n  a:\n    channel:\n      $ref: \"#/channels/x\" # here\n"
                         u"  b:\n    channel: {$ref: '#/channels/y'}\n  c:\n    channel: {other: 1}\n"_s;
    QCOMPARE(valueAtPath(text, {u"operations"_s, u"a"_s, u"channel"_s, u"$ref"_s}), u"#/channels/x"_s);
    QCOMPARE(valueAtPath(text, {u"operations"_s, u"b"_s, u"channel"_s, u"$ref"_s}), u"#/channels/y"_s);
    QCOMPARE(valueAtPath(text, {u"operations"_s, u"c"_s, u"channel"_s, u"$ref"_s}), QString());
    QCOMPARE(valueAtPath(text, {u"operations"_s, u"d"_s}), QString());
    QCOMPARE(asyncApiVersionIn(text), u"3.0.0"_s);
    QCOMPARE(asyncApiVersionIn(u"info: {}\n"_s), QString());
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
