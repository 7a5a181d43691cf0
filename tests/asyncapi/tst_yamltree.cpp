// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <asyncapi/yaml/yamltree.h>

#include <QTest>

using namespace Signalbox::AsyncApi;

class TestYamlTree : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void scalarTypes_data();
    void scalarTypes();
    void duplicateKeys();
    void severalDocuments();
    void syntaxErrorLine();
    void aliasesShareNodes();
    void parallelParseMatchesSequential_data();
    void parallelParseMatchesSequential();
};

void TestYamlTree::positions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");

    QTest::newRow("ascii") << QByteArray("a: 1\nbb: 2\n") << QStringLiteral("bb") << 1 << 0 << 5;
    // "ключ" is 8 bytes but 4 UTF-16 units.
    QTest::newRow("unicode-key-before") << QByteArray("ключ: 1\nname: x\n") << QStringLiteral("name") << 1 << 0 << 8;
    QTest::newRow("unicode-value-same-line")
        << QByteArray("{ a: \"é😀\", b: 2 }") << QStringLiteral("b") << 0 << 12 << 12;
    QTest::newRow("emoji-key-in-flow") << QByteArray("{ \"😀\": 1, zz: 2 }") << QStringLiteral("zz") << 0 << 11 << 11;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFtitle: x\nv: 1\n") << QStringLiteral("v") << 1 << 0 << 9;
    QTest::newRow("bom-first-key") << QByteArray("\xEF\xBB\xBFtitle: x\n") << QStringLiteral("title") << 0 << 0 << 0;
    QTest::newRow("crlf") << QByteArray("a: 1\r\nb: 2\r\nc: 3\r\n") << QStringLiteral("c") << 2 << 0 << 12;
    QTest::newRow("non-ascii-line-before-crlf")
        << QByteArray("é: 1\r\nname: 2\r\n") << QStringLiteral("name") << 1 << 0 << 6;
}

void TestYamlTree::positions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);

    const auto doc = YamlDocument::parse(text);
    QVERIFY2(doc->diagnostics().isEmpty(), qPrintable(doc->diagnostics().value(0).message));
    QVERIFY(doc->root() && doc->root()->isMapping());
    const YamlNode *k = doc->root()->keyOf(key.toStdString());
    QVERIFY(k);
    const SourceRange r = doc->range(k);
    QCOMPARE(r.start.line, line);
    QCOMPARE(r.start.column, column);
    QCOMPARE(r.start.offset, offset);
    // The offset is where the key is in the text an editor shows (BOM removed, UTF-16 units).
    QString shown = QString::fromUtf8(text);
    if (shown.startsWith(QChar(0xFEFF)))
        shown.remove(0, 1);
    QCOMPARE(shown.mid(r.start.offset, key.size()), key);
    QCOMPARE(r.end.offset - r.start.offset, key.size());
}

void TestYamlTree::scalarTypes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("type");
    using T = YamlNode::ScalarType;
    QTest::newRow("int") << QByteArray("42") << int(T::Int);
    QTest::newRow("negative-int") << QByteArray("-7") << int(T::Int);
    QTest::newRow("hex") << QByteArray("0x1F") << int(T::Int);
    QTest::newRow("octal") << QByteArray("0o17") << int(T::Int);
    QTest::newRow("float") << QByteArray("1.0") << int(T::Float);
    QTest::newRow("exp") << QByteArray("6.02e23") << int(T::Float);
    QTest::newRow("inf") << QByteArray("-.inf") << int(T::Float);
    QTest::newRow("bool") << QByteArray("true") << int(T::Bool);
    QTest::newRow("bool-upper") << QByteArray("FALSE") << int(T::Bool);
    QTest::newRow("yes-is-string") << QByteArray("yes") << int(T::String);
    QTest::newRow("null") << QByteArray("null") << int(T::Null);
    QTest::newRow("tilde") << QByteArray("~") << int(T::Null);
    QTest::newRow("empty") << QByteArray("") << int(T::Null);
    QTest::newRow("quoted-number") << QByteArray("'1.0'") << int(T::String);
    QTest::newRow("version") << QByteArray("3.0.0") << int(T::String);
    QTest::newRow("tagged-str") << QByteArray("!!str 12") << int(T::String);
    QTest::newRow("dot") << QByteArray(".") << int(T::String);
}

void TestYamlTree::scalarTypes()
{
    QFETCH(QByteArray, value);
    QFETCH(int, type);
    const auto doc = YamlDocument::parse("k: " + value + "\n");
    QVERIFY(doc->root());
    const YamlNode *v = doc->root()->get("k");
    QVERIFY(v);
    QCOMPARE(int(v->scalarType()), type);
}

void TestYamlTree::duplicateKeys()
{
    const auto doc = YamlDocument::parse("a: 1\nb: 2\na: 3\n");
    QCOMPARE(doc->diagnostics().size(), 1);
    const Diagnostic &d = doc->diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("yaml.duplicate-key"));
    QCOMPARE(d.range.start.line, 2);
    QVERIFY(d.message.contains(QLatin1String("line 1")));
    QCOMPARE(doc->root()->get("a")->value, std::string("1")); // the first one counts
}

void TestYamlTree::severalDocuments()
{
    const auto doc = YamlDocument::parse("a: 1\n---\nb: 2\n");
    QCOMPARE(doc->documentCount(), 2);
    QCOMPARE(doc->diagnostics().size(), 1);
    QCOMPARE(doc->diagnostics().first().code, QStringLiteral("yaml.multiple-documents"));
    QCOMPARE(doc->diagnostics().first().range.start.line, 1);
    QVERIFY(doc->root()->get("a"));
}

void TestYamlTree::syntaxErrorLine()
{
    const auto doc = YamlDocument::parse("a: 1\nb: [1, 2\nc: 3\nd: 4\n");
    QVERIFY(!doc->root());
    QCOMPARE(doc->diagnostics().size(), 1);
    QCOMPARE(doc->diagnostics().first().code, QStringLiteral("yaml.syntax"));
    QVERIFY(doc->diagnostics().first().range.start.line >= 1);
}

void TestYamlTree::aliasesShareNodes()
{
    const auto doc = YamlDocument::parse("base: &b {x: 1, y: 2}\nuse: *b\n");
    QVERIFY(doc->root());
    QCOMPARE(doc->root()->get("base"), doc->root()->get("use"));
    QCOMPARE(doc->root()->expandedSize, std::uint64_t(1 + 2 + 5 + 5));
}

namespace {

/** A document of about \a kb kilobytes whose sections are \a channelsShare and the rest components. */
QByteArray bigDocument(int channels, int components, const QByteArray &extraInComponents = {},
                       const QByteArray &extraTopLevel = {})
{
    QByteArray t = "asyncapi: 3.0.0\ninfo:\n  title: Big ünïcode\n  version: '1'\nchannels:\n";
    for (int i = 0; i < channels; ++i)
        t += "  ch" + QByteArray::number(i) + ":\n    address: 'a/" + QByteArray::number(i) +
             "/é'\n    messages:\n      m:\n        $ref: '#/components/messages/m" + QByteArray::number(i % 7) + "'\n";
    t += extraTopLevel;
    t += "components:\n  messages:\n";
    for (int i = 0; i < components; ++i)
        t += "    m" + QByteArray::number(i) + ":\n      payload: {type: string, description: \"😀 " +
             QByteArray::number(i) + "\"}\n";
    t += "  schemas:\n";
    for (int i = 0; i < components; ++i)
        t += "    s" + QByteArray::number(i) + ":\n      type: object\n      properties:\n        x: [1, 2]\n";
    t += extraInComponents;
    return t;
}

void compareTrees(const YamlDocument &a, const YamlNode *x, const YamlDocument &b, const YamlNode *y, int depth = 0)
{
    QVERIFY(x && y);
    QCOMPARE(int(x->kind), int(y->kind));
    QCOMPARE(x->value, y->value);
    QCOMPARE(x->startByte, y->startByte);
    QCOMPARE(x->endByte, y->endByte);
    QCOMPARE(x->expandedSize, y->expandedSize);
    QCOMPARE(x->children.size(), y->children.size());
    QCOMPARE(a.range(x), b.range(y));
    for (std::size_t i = 0; i < x->children.size(); ++i) {
        compareTrees(a, x->children[i], b, y->children[i], depth + 1);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

void TestYamlTree::parallelParseMatchesSequential_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("duplicates");
    QTest::newRow("cut-at-top-level") << bigDocument(4000, 20) << 0;
    QTest::newRow("cut-inside-components") << bigDocument(100, 6000) << 0;
    QTest::newRow("duplicate-across-cut") << bigDocument(100, 6000, "  messages:\n    late: {}\n") << 1;
    QTest::newRow("alias-across-cut") << bigDocument(100, 6000, "  x-alias: *anchor\n", "x-anchor: &anchor {a: 1}\n")
                                      << 0;
}

void TestYamlTree::parallelParseMatchesSequential()
{
    QFETCH(QByteArray, text);
    QFETCH(int, duplicates);
    QVERIFY(text.size() > 300 * 1024);
    ParseLimits sequentialLimits;
    sequentialLimits.parallel = false;
    const auto parallel = YamlDocument::parse(text);
    const auto sequential = YamlDocument::parse(text, {}, sequentialLimits);
    QCOMPARE(parallel->diagnostics().size(), sequential->diagnostics().size());
    QCOMPARE(parallel->diagnostics().size(), duplicates);
    QCOMPARE(parallel->nodeCount(), sequential->nodeCount());
    compareTrees(*parallel, parallel->root(), *sequential, sequential->root());
    // Lookups through the merged mappings' indexes.
    const YamlNode *messages = parallel->root()->get("components")->get("messages");
    QVERIFY(messages && messages->get("m5") && messages->get("m5")->get("payload"));
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
