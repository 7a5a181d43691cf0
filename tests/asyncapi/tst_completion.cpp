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

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
