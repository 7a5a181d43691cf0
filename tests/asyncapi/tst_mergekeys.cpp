// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/yaml/reformat.h>
#include <asyncapi/yaml/yamltree.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;

class TestMergeKeys : public QObject
{
    Q_OBJECT

private slots:
    void expansion_data();
    void expansion();
    void positions_data();
    void positions();
    void documents_data();
    void documents();
    void mergeBomb_data();
    void mergeBomb();
    void twoPartParseKeepsMerges_data();
    void twoPartParseKeepsMerges();
    void conversionWritesMergedPairs();
};

namespace {

/** The node at \a path ("a/0/b": keys and sequence indexes), or null. */
const YamlNode *nodeAt(const YamlNode *node, const QString &path)
{
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!node)
            return nullptr;
        if (node->isSequence()) {
            bool ok = false;
            const std::size_t i = segment.toULongLong(&ok);
            node = ok && i < node->size() ? node->item(i) : nullptr;
        } else {
            node = node->get(segment.toStdString());
        }
    }
    return node;
}

/** A node as flow YAML, keys in tree order: `{x: 1, y: [a, b]}`. */
QString flow(const YamlNode *node)
{
    if (!node || node->isNull())
        return u"~"_s;
    if (node->isScalar())
        return node->text();
    QStringList parts;
    if (node->isSequence()) {
        for (const YamlNode *item : node->children)
            parts << flow(item);
        return u"["_s + parts.join(u", "_s) + u"]"_s;
    }
    for (std::size_t i = 0; i < node->size(); ++i)
        parts << flow(node->keyAt(i)) + u": "_s + flow(node->valueAt(i));
    return u"{"_s + parts.join(u", "_s) + u"}"_s;
}

/** "code@line:column" (1-based) of every diagnostic of \a doc. */
QStringList located(const YamlDocument &doc)
{
    QStringList out;
    for (const Diagnostic &d : doc.diagnostics())
        out << u"%1@%2:%3"_s.arg(d.code).arg(d.range.start.line + 1).arg(d.range.start.column + 1);
    return out;
}

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/merge/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

void TestMergeKeys::expansion_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");     // the mapping at path, keys in tree order
    QTest::addColumn<QStringList>("problems"); // code@line:column

    // YAML's merge type (and js-yaml). The official parser reads YAML with Spectral's reader, which
    // differs in three places: a key written before `<<` loses to a merged one, a quoted "<<"
    // merges too, and a value that is not a mapping is dropped without a word.
    const QByteArray ab = "a: &a {x: 1, y: 2}\nb: &b {x: 3, z: 4}\n";
    QTest::newRow("single-alias") << QByteArray("base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  z: 3\n") << u"use"_s
                                  << u"{x: 1, y: 2, z: 3}"_s << QStringList{};
    QTest::newRow("list-earlier-wins") << ab + "c:\n  <<: [*a, *b]\n"
                                       << u"c"_s << u"{x: 1, y: 2, z: 4}"_s << QStringList{};
    QTest::newRow("list-reversed") << ab + "c:\n  <<: [*b, *a]\n" << u"c"_s << u"{x: 3, z: 4, y: 2}"_s << QStringList{};
    QTest::newRow("explicit-after-merge") << ab + "c:\n  <<: *a\n  x: 9\n"
                                          << u"c"_s << u"{y: 2, x: 9}"_s << QStringList{};
    QTest::newRow("explicit-before-merge") << ab + "c:\n  x: 9\n  <<: *a\n"
                                           << u"c"_s << u"{x: 9, y: 2}"_s << QStringList{};
    QTest::newRow("explicit-overrides-list")
        << ab + "c: {z: 0, <<: [*a, *b], y: 8}" << u"c"_s << u"{z: 0, x: 1, y: 8}"_s << QStringList{};
    QTest::newRow("nested-merge") << QByteArray("a: &a {x: 1, w: 0}\nb: &b {<<: *a, y: 2, w: 5}\nc: {<<: *b, z: 3}\n")
                                  << u"c"_s << u"{x: 1, y: 2, w: 5, z: 3}"_s << QStringList{};
    QTest::newRow("nested-value-keeps-its-merge")
        << QByteArray("a: &a {x: 1}\nb: &b {inner: {<<: *a, y: 2}}\nc: {<<: *b}\n") << u"c/inner"_s << u"{x: 1, y: 2}"_s
        << QStringList{};
    QTest::newRow("in-sequence-block") << QByteArray("base: &b {host: h, protocol: ws}\nlist:\n  - <<: *b\n"
                                                     "    protocol: wss\n  - {<<: *b}\n")
                                       << u"list/0"_s << u"{host: h, protocol: wss}"_s << QStringList{};
    QTest::newRow("in-sequence-flow") << QByteArray("base: &b {host: h, protocol: ws}\nlist: [{<<: *b}, {a: 1}]\n")
                                      << u"list/0"_s << u"{host: h, protocol: ws}"_s << QStringList{};
    QTest::newRow("inline-mapping") << QByteArray("c: {<<: {x: 1, y: 2}, y: 3}\n") << u"c"_s << u"{x: 1, y: 3}"_s
                                    << QStringList{};
    QTest::newRow("two-merge-keys-earlier-wins") << ab + "c:\n  <<: *a\n  <<: *b\n"
                                                 << u"c"_s << u"{x: 1, y: 2, z: 4}"_s << QStringList{};
    QTest::newRow("alias-of-a-list") << ab + "l: &l [*b, *a]\nc: {<<: *l}\n"
                                     << u"c"_s << u"{x: 3, z: 4, y: 2}"_s << QStringList{};
    QTest::newRow("merge-tag") << ab + "c: {!!merge <<: *a}\n" << u"c"_s << u"{x: 1, y: 2}"_s << QStringList{};
    // A quoted "<<" is an ordinary key (in JSON too); only the plain one merges.
    QTest::newRow("quoted-key-is-ordinary") << ab + "c:\n  \"<<\": *a\n  <<: *b\n"
                                            << u"c"_s << u"{<<: {x: 1, y: 2}, x: 3, z: 4}"_s << QStringList{};
    QTest::newRow("empty-list") << QByteArray("c: {<<: [], x: 1}\n") << u"c"_s << u"{x: 1}"_s << QStringList{};
    QTest::newRow("scalar-value") << QByteArray("c:\n  <<: 5\n  x: 1\n") << u"c"_s << u"{x: 1}"_s
                                  << QStringList{u"yaml.merge-not-mapping@2:7"_s};
    QTest::newRow("alias-of-a-scalar") << QByteArray("s: &s text\nc:\n  x: 1\n  <<: *s\n") << u"c"_s << u"{x: 1}"_s
                                       << QStringList{u"yaml.merge-not-mapping@4:7"_s};
    QTest::newRow("scalar-in-list") << ab + "c:\n  <<: [*a, 1, *b]\n"
                                    << u"c"_s << u"{x: 1, y: 2, z: 4}"_s
                                    << QStringList{u"yaml.merge-not-mapping@4:12"_s};
    QTest::newRow("alias-of-a-scalar-in-list") << QByteArray("s: &s text\nc: {<<: [*s]}\n") << u"c"_s << u"{}"_s
                                               << QStringList{u"yaml.merge-not-mapping@2:10"_s};
    QTest::newRow("sequence-in-list") << ab + "c: {<<: [[*a]], w: 1}\n"
                                      << u"c"_s << u"{w: 1}"_s << QStringList{u"yaml.merge-not-mapping@3:10"_s};
    QTest::newRow("empty-value") << QByteArray("c:\n  <<:\n  x: 1\n") << u"c"_s << u"{x: 1}"_s
                                 << QStringList{u"yaml.merge-not-mapping@2:3"_s};
    QTest::newRow("list-of-a-scalar-anchor")
        << QByteArray("l: &l [1, {x: 2}]\nc: {<<: *l}\n") << u"c"_s << u"{x: 2}"_s
        << QStringList{u"yaml.merge-not-mapping@1:8"_s}; // the item, where the list is written
}

void TestMergeKeys::expansion()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QStringList, problems);

    const auto doc = YamlDocument::parse(text);
    QCOMPARE(located(*doc), problems);
    QVERIFY(doc->root());
    const YamlNode *node = nodeAt(doc->root(), path);
    QVERIFY(node && node->isMapping());
    QCOMPARE(flow(node), expected);
    // Lookups see what the mapping holds, and its expanded size counts the merged pairs.
    std::uint64_t size = 1;
    for (std::size_t i = 0; i < node->size(); ++i) {
        QCOMPARE(node->get(node->keyAt(i)->value), node->valueAt(i));
        size += node->keyAt(i)->expandedSize + node->valueAt(i)->expandedSize;
    }
    QCOMPARE(node->expandedSize, size);
}

void TestMergeKeys::positions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("keyLine");     // 1-based, where the key is written
    QTest::addColumn<int>("keyColumn");   // 1-based
    QTest::addColumn<int>("valueLine");   // 1-based, where the value is written
    QTest::addColumn<int>("valueColumn"); // 1-based

    QTest::newRow("merged-key") << u"servers/production/host"_s << 3 << 5 << 3 << 11;
    QTest::newRow("merged-mapping") << u"servers/production/bindings"_s << 5 << 5 << 6 << 7;
    QTest::newRow("merged-from-second-of-list") << u"servers/production/pathname"_s << 9 << 5 << 9 << 15;
    QTest::newRow("explicit-wins-through-nested-merge") << u"servers/staging/protocol"_s << 14 << 5 << 14 << 17;
    QTest::newRow("nested-merge") << u"servers/staging/host"_s << 3 << 5 << 3 << 11;
    QTest::newRow("merged-in-sequence") << u"x-list/0/pathname"_s << 9 << 5 << 9 << 15;
}

void TestMergeKeys::positions()
{
    QFETCH(QString, path);
    QFETCH(int, keyLine);
    QFETCH(int, keyColumn);
    QFETCH(int, valueLine);
    QFETCH(int, valueColumn);

    const QByteArray text = "x-fragments:\n"                 // 1
                            "  base: &base\n"                // 2
                            "    host: example.com\n"        // 3
                            "    protocol: ws\n"             // 4
                            "    bindings:\n"                // 5
                            "      ws: {method: GET}\n"      // 6
                            "  path: &path {pathname: /a}\n" // 7
                            "  more: &more\n"                // 8
                            "    pathname: /b\n"             // 9
                            "servers:\n"                     // 10
                            "  production: &prod\n"          // 11
                            "    <<: [*base, *more]\n"       // 12
                            "    description: d\n"           // 13
                            "    \"protocol\": wss\n"        // 14
                            "  staging: {<<: *prod}\n"       // 15: merges a mapping that merges
                            "x-list:\n"                      // 16
                            "  - {<<: [*more, *base]}\n";    // 17
    const auto doc = YamlDocument::parse(text);
    QVERIFY2(doc->diagnostics().isEmpty(), qPrintable(located(*doc).join(u' ')));
    const QStringList segments = path.split(QLatin1Char('/'));
    const YamlNode *parent = nodeAt(doc->root(), segments.mid(0, segments.size() - 1).join(QLatin1Char('/')));
    QVERIFY(parent && parent->isMapping());
    const YamlNode *key = parent->keyOf(segments.last().toStdString());
    const YamlNode *value = parent->get(segments.last().toStdString());
    QVERIFY(key && value);
    const SourceRange k = doc->range(key);
    const SourceRange v = doc->range(value);
    QCOMPARE(k.start.line + 1, keyLine);
    QCOMPARE(k.start.column + 1, keyColumn);
    QCOMPARE(v.start.line + 1, valueLine);
    QCOMPARE(v.start.column + 1, valueColumn);
    // The merging mapping keeps the range of what is written in it (from its anchor on): merged
    // text elsewhere does not widen it.
    if (path.startsWith(u"servers/production/"_s)) {
        const SourceRange own = doc->range(parent);
        QCOMPARE(own.start.line + 1, 11);
        QCOMPARE(own.end.line + 1, 14);
    }
}

void TestMergeKeys::documents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // code@line of errors and warnings

    QTest::newRow("shared-fragments") << u"shared-fragments.yaml"_s << QStringList{};
    // The fragment is not checked where it is written (an x- extension) but where it is merged;
    // the error is on the line that holds the property.
    QTest::newRow("merged-unknown-property")
        << u"merged-unknown-property.yaml"_s << QStringList{u"schema.unknown-property@8"_s};
}

void TestMergeKeys::documents()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);

    const auto a = analyze(readData(file));
    QVERIFY(a->spec);
    QCOMPARE(codes(*a, Severity::Warning), expected);
    if (!expected.isEmpty()) {
        // The problem is named with its path in the merging server.
        const Diagnostic &d = a->diagnostics.first();
        QVERIFY2(d.message.contains(u"colour"_s), qPrintable(d.message));
        QCOMPARE(d.pointer, u"/servers/production/colour"_s);
        return;
    }
    // The model sees the merged values.
    QCOMPARE(a->spec->servers.size(), 2);
    for (const auto &server : a->spec->servers) {
        QCOMPARE(server.protocol, u"mqtt"_s);
        QVERIFY(server.host.endsWith(u".harbour.example"_s));
    }
}

void TestMergeKeys::mergeBomb_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("merged"); // a path that only merging fills (before the budget runs out)

    const QByteArray head = "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nx-bomb:\n";
    // One mapping of 20 000 keys merged into 20 000 mappings: 4 × 10^8 pairs to copy (gigabytes).
    QByteArray fanOut = head + "  big: &big {";
    for (int i = 0; i < 20'000; ++i)
        fanOut += (i ? ", k" : "k") + QByteArray::number(i) + ": 1";
    fanOut += "}\n";
    for (int i = 0; i < 20'000; ++i)
        fanOut += "  m" + QByteArray::number(i) + ": {<<: *big}\n";
    QTest::newRow("fan-out") << fanOut << u"x-bomb/m0/k19999"_s;
    // The same mapping listed 100 000 times in one merge: 2 × 10^9 pairs to look at.
    QByteArray repeated = head + "  big: &big {";
    for (int i = 0; i < 20'000; ++i)
        repeated += (i ? ", k" : "k") + QByteArray::number(i) + ": 1";
    repeated += "}\n  first: {<<: *big}\n  m: {<<: [*big";
    for (int i = 1; i < 100'000; ++i)
        repeated += ", *big";
    repeated += "]}\n";
    QTest::newRow("repeated-in-list") << repeated << u"x-bomb/first/k0"_s;
    // Each level merges the one before and holds it twice more: its expanded size doubles.
    QByteArray doubling = head + "  l0: &l0 {a0: x, b0: x}\n";
    for (int i = 1; i <= 40; ++i) {
        const QByteArray p = QByteArray::number(i - 1);
        doubling += "  l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " {<<: [*l" + p + ", *l" + p +
                    "], a" + QByteArray::number(i) + ": *l" + p + ", b" + QByteArray::number(i) + ": *l" + p + "}\n";
    }
    QTest::newRow("doubling-levels") << doubling << u"x-bomb/l40/a0"_s;
}

void TestMergeKeys::mergeBomb()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, merged);

    QElapsedTimer t;
    t.start();
    const auto doc = YamlDocument::parse(text);
    const qint64 parseMs = t.elapsed();
    // A bound against a runaway (unbounded, the fan-out ran out of memory after 24 s), not a speed
    // figure: builds with sanitizers are several times slower.
    QVERIFY2(parseMs < 15000, qPrintable(QString::number(parseMs)));
    QVERIFY(doc->root());
    QVERIFY(doc->isExpansionTooLarge());
    QVERIFY(located(*doc).join(u' ').contains(u"yaml.alias-expansion"_s));
    QVERIFY2(nodeAt(doc->root(), merged), qPrintable(merged));

    // The same kind of bound for the whole analysis, loose enough for a loaded CI machine running
    // two tests at once (1.7 s alone here; 6 s was seen beside tst_hostile).
    const auto a = analyze(text);
    QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(Signalbox::Test::hasCode(*a, u"yaml.alias-expansion"_s));
    QVERIFY(!a->isValid());
}

void TestMergeKeys::twoPartParseKeepsMerges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mapping"); // where the merge is
    QTest::addColumn<QString>("merged");  // a key only the anchor has
    QTest::addColumn<QString>("written"); // a key both have: the written value wins
    QTest::addColumn<QString>("value");

    // Big enough for the two-part parse, which cuts at a top-level key (or in the last one).
    auto channels = [](const QByteArray &indent) {
        QByteArray t;
        for (int i = 0; i < 10'000; ++i)
            t += indent + "c" + QByteArray::number(i) + ":\n" + indent + "  address: 'a/" + QByteArray::number(i) +
                 "'\n";
        return t;
    };
    const QByteArray anchor = "x-base: &base {zz: merged, only: anchor}\n";
    QTest::newRow("merge-at-the-root") << anchor + "<<: *base\nchannels:\n" + channels("  ") + "zz: written\n"
                                       << QString() << u"only"_s << u"zz"_s << u"written"_s;
    QTest::newRow("merge-in-the-cut-mapping")
        << "x-a: 1\n" + anchor + "channels:\n  <<: *base\n" + channels("  ") + "  zz: written\n"
        << u"channels"_s << u"only"_s << u"zz"_s << u"written"_s;
}

void TestMergeKeys::twoPartParseKeepsMerges()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mapping);
    QFETCH(QString, merged);
    QFETCH(QString, written);
    QFETCH(QString, value);

    QVERIFY(text.size() > 300 * 1024);
    ParseLimits sequentialLimits;
    sequentialLimits.parallel = false;
    for (const ParseLimits &limits : {ParseLimits(), sequentialLimits}) {
        const auto doc = YamlDocument::parse(text, {}, limits);
        QVERIFY2(doc->diagnostics().isEmpty(), qPrintable(located(*doc).join(u' ')));
        const YamlNode *m = nodeAt(doc->root(), mapping);
        QVERIFY(m && m->isMapping());
        QVERIFY(m->get(merged.toStdString()));
        QCOMPARE(m->get(written.toStdString())->text(), value);
        QVERIFY(!m->get("<<"));
    }
}

void TestMergeKeys::conversionWritesMergedPairs()
{
    // The conversion rewrites the whole text from the tree: a `<<` written out as a key would be
    // an ordinary key in JSON (and a quoted one in YAML), so the merged pairs are written instead.
    const auto doc = YamlDocument::parse("base: &b {host: h, protocol: ws}\nuse:\n  <<: *b\n  protocol: wss\n");
    QCOMPARE(reformatToJson(*doc), u"{\n  \"base\": {\n    \"host\": \"h\",\n    \"protocol\": \"ws\"\n  },\n"
                                   "  \"use\": {\n    \"host\": \"h\",\n    \"protocol\": \"wss\"\n  }\n}\n"_s);
    const QString yaml = reformatToYaml(*doc);
    QVERIFY2(!yaml.contains(u"<<"_s), qPrintable(yaml));
    QCOMPARE(reformatToJson(*YamlDocument::parse(yaml.toUtf8())), reformatToJson(*doc));
}

QTEST_GUILESS_MAIN(TestMergeKeys)
#include "tst_mergekeys.moc"
