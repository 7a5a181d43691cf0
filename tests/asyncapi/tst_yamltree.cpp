// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <asyncapi/yaml/lineindex.h>
#include <asyncapi/yaml/yamltree.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;

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
    void syntaxErrorNamesTheCause_data();
    void syntaxErrorNamesTheCause();
    void quoteLeftOpenAtTheEnd();
    void aliasesShareNodes();
    void parallelParseMatchesSequential_data();
    void parallelParseMatchesSequential();
    void strayTextAfterDocumentStops_data();
    void strayTextAfterDocumentStops();
    void eventBudgetStopsParsing();
    void denseValidTextIsWithinBudget();
    void duplicateKeyWithPercentSign();
    void longNonAsciiLinePositions();
    void lineIndex_data();
    void lineIndex();
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

void TestYamlTree::syntaxErrorNamesTheCause_data()
{
    // The text; the line and column (1-based) of what causes the error; words of the message.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("words");
    QTest::newRow("dedent-between-levels") // yaml-cpp: "end of map not found" on the line after
        << QByteArray("channels:\n  a:\n    messages:\n      m:\n     $ref: x\n  b:\n    address: b\n") << 5 << 6
        << u"starts at column 6, which lines up with no key above it; the keys it belongs with start at column 7"_s;
    QTest::newRow("dedent-one-space") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n version: 1\n") << 4 << 2
                                      << u"starts at column 2, which lines up with no key"_s;
    QTest::newRow("deeper-than-a-key-with-value")
        << QByteArray("info:\n  title: T\n    version: 1\n") << 3 << 5 << u"'title' has its value on its line"_s;
    QTest::newRow("deeper-at-root") << QByteArray("a: 1\n  b: 2\n") << 2 << 3 << u"'a' has its value"_s;
    QTest::newRow("tab") << QByteArray("asyncapi: 3.0.0\ninfo:\n\ttitle: T\n") << 3 << 1 << u"with a tab"_s;
    QTest::newRow("tab-after-spaces") << QByteArray("info:\n  title: T\n  \tversion: 1\n") << 3 << 3 << u"with a tab"_s;
    QTest::newRow("stray-line") << QByteArray("a:\n  b: 1\n  stray\n  c: 2\n") << 3 << 3 << u"without 'key:'"_s;
    QTest::newRow("stray-first-line") << QByteArray("a:\n  stray\n  c: 2\n") << 2 << 3 << u"without 'key:'"_s;
    QTest::newRow("unclosed-list") << QByteArray("a: 1\nb: [1, 2\nc: 3\nd: 4\n") << 2 << 4 << u"'[' is not closed"_s;
    QTest::newRow("unclosed-map") << QByteArray("a: 1\nb: {x: 1\nc: 3\n") << 2 << 4 << u"'{' is not closed"_s;
    QTest::newRow("unclosed-quote") << QByteArray("a: 'abc\nb: 'x'\nc: 1\n") << 1 << 4
                                    << u"quote is not closed on its line"_s;
    QTest::newRow("colon-in-plain-value") << QByteArray("a: b: c\n") << 1 << 5 << u"cannot hold ': '"_s;
    QTest::newRow("text-after-quote") << QByteArray("a: 1\nb: 'x' y\nc: 3\n") << 2 << 8 << u"after the closing quote"_s;
}

void TestYamlTree::syntaxErrorNamesTheCause()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, words);
    const auto doc = YamlDocument::parse(text);
    QVERIFY(!doc->root());
    QCOMPARE(doc->diagnostics().size(), 1);
    const Diagnostic &d = doc->diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("yaml.syntax"));
    QVERIFY2(d.message.contains(words), qPrintable(d.message));
    QCOMPARE(d.range.start.line + 1, line);
    QCOMPARE(d.range.start.column + 1, column);
}

void TestYamlTree::quoteLeftOpenAtTheEnd()
{
    // yaml-cpp accepts a quoted scalar that runs to the end of the text; it is an error here.
    const auto doc = YamlDocument::parse("a: 1\nb:\n  $ref: '#/components/messages/Price\n");
    QCOMPARE(doc->diagnostics().size(), 1);
    const Diagnostic &d = doc->diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("yaml.syntax"));
    QCOMPARE(d.severity, Severity::Error);
    QVERIFY2(d.message.contains(u"quote is not closed"_s), qPrintable(d.message));
    QCOMPARE(d.range.start.line + 1, 3);
    QCOMPARE(d.range.start.column + 1, 9);
    for (const QByteArray &closed : {QByteArray("a: 'x'"), QByteArray("a: \"x\"\n"), QByteArray("a: ''")})
        QVERIFY2(YamlDocument::parse(closed)->diagnostics().isEmpty(), closed.constData());
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

void TestYamlTree::strayTextAfterDocumentStops_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // yaml-cpp 0.7 produces empty documents for ever at a `,` after a top-level flow collection.
    QTest::newRow("comma-after-object") << QByteArray(R"({"a": 1},)") << 0 << 8;
    QTest::newRow("comma-after-sequence") << QByteArray("[1, 2],\n") << 0 << 6;
    QTest::newRow("comma-then-more") << QByteArray("{a: 1}\n, b: 2\n") << 1 << 0;
    QFile f(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/hostile/trailing-comma.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QTest::newRow("trailing-comma.json") << f.readAll() << 3 << 1;
}

void TestYamlTree::strayTextAfterDocumentStops()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QElapsedTimer timer;
    timer.start();
    const auto doc = YamlDocument::parse(text);
    QVERIFY2(timer.elapsed() < 2000, "the parse must end at once");
    QVERIFY(!doc->root());
    QVERIFY(doc->nodeCount() < 100);
    QCOMPARE(doc->diagnostics().size(), 1);
    const Diagnostic &d = doc->diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("yaml.syntax"));
    QCOMPARE(d.severity, Severity::Error);
    QVERIFY2(d.message.contains(QLatin1String("after the end of the document")), qPrintable(d.message));
    QCOMPARE(d.range.start.line, line);
    QCOMPARE(d.range.start.column, column);
}

void TestYamlTree::eventBudgetStopsParsing()
{
    // Any loop yaml-cpp may have, not just the one above: the events are bounded by the text size.
    ParseLimits limits;
    limits.eventsPerByte = 0;
    limits.minEvents = 10;
    limits.parallel = false;
    const auto doc = YamlDocument::parse("a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: 7\n", {}, limits);
    QVERIFY(!doc->root());
    QCOMPARE(doc->diagnostics().size(), 1);
    const Diagnostic &d = doc->diagnostics().first();
    QCOMPARE(d.code, QStringLiteral("yaml.syntax"));
    QVERIFY2(d.message.contains(QLatin1String("more than 10 events")), qPrintable(d.message));
    QCOMPARE(d.range.start.line, 4); // the 11th event is the key "e"
}

void TestYamlTree::denseValidTextIsWithinBudget()
{
    // The densest valid texts make about two events per byte: they stay well within the budget.
    QByteArray pairs = "[";
    QByteArray items = "[";
    for (int i = 0; i < 50'000; ++i) {
        pairs += ":,";
        items += "[],";
    }
    pairs += "]";
    items += "]";
    for (const QByteArray &text : {pairs, items}) {
        const auto doc = YamlDocument::parse(text);
        QVERIFY2(doc->diagnostics().isEmpty(), qPrintable(doc->diagnostics().value(0).message));
        QVERIFY(doc->root() && doc->root()->isSequence());
        QCOMPARE(doc->root()->size(), std::size_t(50'000));
    }
}

void TestYamlTree::duplicateKeyWithPercentSign()
{
    const auto doc = YamlDocument::parse("'%1 %2': 1\nb: 2\n'%1 %2': 3\n");
    QCOMPARE(doc->diagnostics().size(), 1);
    QCOMPARE(doc->diagnostics().first().message,
             QStringLiteral("Duplicate key '%1 %2' (first defined on line 1); only one of them can be used"));
}

void TestYamlTree::longNonAsciiLinePositions()
{
    // A minified JSON on one line with non-ASCII text all along it: every lookup must cost about
    // the same, not a walk from the start of the line (which made this quadratic).
    QByteArray text = "{\"é\": 0";
    QStringList keys;
    for (int i = 0; i < 20'000; ++i) {
        const QString key = (i % 3 == 0   ? QStringLiteral("k%1")
                             : i % 3 == 1 ? QStringLiteral("ключ%1")
                                          : QStringLiteral("😀é%1"))
                                .arg(i);
        keys << key;
        text += ", \"" + key.toUtf8() + "\": [\"v\", \"" + QByteArray(i % 7, 'x') + "ü\"]";
    }
    text += "}";
    QVERIFY(text.size() > 500'000);
    QElapsedTimer timer;
    timer.start();
    const auto doc = YamlDocument::parse(text);
    QVERIFY2(doc->diagnostics().isEmpty(), qPrintable(doc->diagnostics().value(0).message));
    const QString shown = QString::fromUtf8(text);
    std::size_t lookups = 0;
    doc->forEachNode([&](const YamlNode &n) {
        const SourceRange r = doc->range(&n);
        const SourceRange head = doc->headRange(&n); // up to the node's end or line end, whichever is first
        if (head.end.offset != r.end.offset)
            QFAIL("one line only: the head is the whole node");
        lookups += 4;
        if (n.isScalar() && !n.plain && r.start.line != 0)
            QFAIL("one line only");
    });
    QVERIFY(lookups > 100'000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed))); // was about 20 s
    for (int i = 0; i < keys.size(); i += 97) {
        const YamlNode *k = doc->root()->keyOf(keys.at(i).toStdString());
        QVERIFY(k);
        const SourceRange r = doc->range(k);
        QCOMPARE(r.start.line, 0);
        QCOMPARE(r.start.column, r.start.offset);
        QCOMPARE(shown.mid(r.start.offset, keys.at(i).size() + 2), QLatin1Char('"') + keys.at(i) + QLatin1Char('"'));
        QCOMPARE(r.end.offset - r.start.offset, keys.at(i).size() + 2);
        // And back: the byte offset of the position is the key's.
        QCOMPARE(doc->byteOffset(r.start), std::size_t(k->startByte));
        QCOMPARE(doc->byteOffset(r.end), std::size_t(k->endByte));
    }
}

void TestYamlTree::lineIndex_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("byte");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");
    QTest::newRow("start") << QByteArray("a: 1\nb: 2\n") << 0 << 0 << 0 << 0;
    QTest::newRow("second line") << QByteArray("a: 1\nb: 2\n") << 8 << 1 << 3 << 8;
    QTest::newRow("end of text") << QByteArray("a: 1\nb: 2\n") << 10 << 2 << 0 << 10;
    QTest::newRow("after two-byte character") << QByteArray("x\né: 1\n") << 5 << 1 << 2 << 4;
    QTest::newRow("after four-byte character") << QByteArray("\xF0\x9F\x98\x80: 1") << 4 << 0 << 2 << 2;
    QTest::newRow("empty text") << QByteArray() << 0 << 0 << 0 << 0;
}

void TestYamlTree::lineIndex()
{
    QFETCH(QByteArray, text);
    QFETCH(int, byte);
    const std::string_view view(text.constData(), std::size_t(text.size()));
    const LineIndex index(view);
    const SourcePosition p = index.position(std::size_t(byte));
    QTEST(p.line, "line");
    QTEST(p.column, "column");
    QTEST(int(p.offset), "offset");
    QCOMPARE(index.byteOffset(p), std::size_t(byte)); // and back
    QCOMPARE(firstInvalidUtf8(view), std::string_view::npos);
}

QTEST_GUILESS_MAIN(TestYamlTree)
#include "tst_yamltree.moc"
