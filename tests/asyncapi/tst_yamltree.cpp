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

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
