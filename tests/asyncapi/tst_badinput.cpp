// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <random>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;
using Signalbox::Test::doc3;
using Signalbox::Test::hasCode;
using Signalbox::Test::mutated;

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void diagnosed_data();
    void diagnosed();
    void aliasBomb();
    void deepNesting();
    void hugeFile();
    void jsonDocument();
    void windowsLineEndings();
    void mutatedDocumentsNeverCrash();
    void invalidUtf8KeepsPositionsInTheText_data();
    void invalidUtf8KeepsPositionsInTheText();
};

void TestBadInput::diagnosed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("malformed-flow") << doc3("channels: {a: [1, 2}\nx: 1\n") << u"yaml.syntax"_s << 5;
    QTest::newRow("bad-indentation") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n version: 1\n")
                                     << u"yaml.syntax"_s << 4;
    QTest::newRow("tab-indentation") << QByteArray("asyncapi: 3.0.0\ninfo:\n\ttitle: T\n") << u"yaml.syntax"_s << 3;
    QTest::newRow("invalid-utf8") << doc3("channels:\n  c:\n    address: 'caf\xE9'\n") << u"yaml.invalid-utf8"_s << 7;
    QTest::newRow("truncated-utf8") << QByteArray("asyncapi: 3.0.0\ninfo: {title: '\xF0\x9F'}\n")
                                    << u"yaml.invalid-utf8"_s << 2;
    QTest::newRow("empty") << QByteArray() << u"document.empty"_s << 1;
    QTest::newRow("whitespace-only") << QByteArray("\n  \n\n") << u"document.empty"_s << 1;
    QTest::newRow("comment-only") << QByteArray("# nothing here\n") << u"document.empty"_s << 1;
    QTest::newRow("not-asyncapi") << QByteArray("openapi: 3.1.0\ninfo: {title: T}\n") << u"document.not-asyncapi"_s
                                  << 1;
    QTest::newRow("scalar-root") << QByteArray("just some text\n") << u"document.not-asyncapi"_s << 1;
    QTest::newRow("sequence-root") << QByteArray("- a\n- b\n") << u"document.not-asyncapi"_s << 1;
    QTest::newRow("several-documents") << doc3("---\nasyncapi: 3.0.0\n") << u"yaml.multiple-documents"_s << 5;
    QTest::newRow("duplicate-key") << doc3("channels: {}\nchannels: {}\n") << u"yaml.duplicate-key"_s << 6;
    QTest::newRow("unknown-alias") << QByteArray("a: *nope\n") << u"yaml.syntax"_s << 1;
}

void TestBadInput::diagnosed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    const auto a = analyze(text);
    QVERIFY2(hasCode(*a, code, line), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QVERIFY(!a->isValid());
}

void TestBadInput::aliasBomb()
{
    // Ten levels of ten aliases: 10^10 nodes when expanded.
    QByteArray text = "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nx-bomb:\n  l0: &l0 [lol]\n";
    for (int i = 1; i <= 10; ++i) {
        text += "  l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            text += (k ? ", *l" : "*l") + QByteArray::number(i - 1);
        text += "]\n";
    }
    QElapsedTimer t;
    t.start();
    const auto a = analyze(text);
    QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(hasCode(*a, QStringLiteral("yaml.alias-expansion")));
    QVERIFY(!a->isValid());
}

void TestBadInput::deepNesting()
{
    for (const bool flow : {true, false}) {
        QByteArray text = "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nx-deep: ";
        if (flow) {
            text += QByteArray(10000, '[') + QByteArray(10000, ']') + '\n';
        } else {
            text += '\n';
            // Block style needs an indentation per level: 600 levels (past yaml-cpp's 500) keep it small.
            for (int i = 0; i < 600; ++i)
                text += QByteArray(i + 1, ' ') + "k:\n";
        }
        QElapsedTimer t;
        t.start();
        const auto a = analyze(text);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(hasCode(*a, QStringLiteral("yaml.too-deep")), qPrintable(codes(*a).join(QLatin1Char(' '))));
    }
}

void TestBadInput::hugeFile()
{
    QByteArray text = doc3("x-filler:\n");
    const QByteArray line = "  - 'the quick brown fox jumps over the lazy dog, again and again and again'\n";
    text.reserve(51 * 1024 * 1024);
    while (text.size() < 50 * 1024 * 1024)
        text += line;
    QElapsedTimer t;
    t.start();
    const auto a = analyze(text);
    QVERIFY(t.elapsed() < 2000);
    QVERIFY(hasCode(*a, QStringLiteral("document.too-large"), 1));
    QVERIFY(a->diagnostics.first().message.contains(QLatin1String("MB")));
}

void TestBadInput::jsonDocument()
{
    const auto a = analyze(QByteArray(R"({
  "asyncapi": "3.0.0",
  "info": {"title": "JSON", "version": "1.0.0"},
  "channels": {"c": {"address": "c", "messages": {"m": {"payload": {"type": "integer", "minimum": 0}}}}},
  "operations": {"o": {"action": "receive", "channel": {"$ref": "#/channels/c"}}}
})"));
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QCOMPARE(a->spec->channels.size(), 1);

    const auto bad = analyze(QByteArray("{\"asyncapi\": \"3.0.0\",\n \"info\": {\"title\": 1, \"version\": \"1\"}}"));
    QCOMPARE(codes(*bad, Severity::Error), QStringList{u"schema.type@2"_s});
}

void TestBadInput::windowsLineEndings()
{
    QByteArray text = doc3("channels:\n  c:\n    address: c\n    unknown: 1\n");
    text.replace("\n", "\r\n");
    const auto a = analyze(text);
    QCOMPARE(codes(*a, Severity::Error), QStringList{u"schema.unknown-property@8"_s});
    QCOMPARE(a->diagnostics.first().range.start.column, 4);
}

void TestBadInput::mutatedDocumentsNeverCrash()
{
    // Deterministic random edits of a real document (deleted, doubled and replaced bytes, cut
    // lines): every result is analysed to the end, in bounded time, and each diagnostic points
    // into the text.
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    std::mt19937 random(20261127);
    QElapsedTimer t;
    t.start();
    for (int round = 0; round < 2000; ++round) {
        const QByteArray text = mutated(original, random);
        // analyze() never throws (it turns a failure into a diagnostic): nothing to catch here.
        const std::shared_ptr<const Analysis> a = analyze(text);
        const qsizetype length = QString::fromUtf8(text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text).size();
        for (const Diagnostic &d : a->diagnostics) {
            if (!d.file.isEmpty())
                continue;
            QVERIFY2(d.range.start.offset >= 0 && d.range.start.offset <= length + 1,
                     qPrintable(QStringLiteral("round %1: %2 at %3").arg(round).arg(d.code).arg(d.range.start.offset)));
            QVERIFY(d.range.end.offset >= d.range.start.offset);
        }
    }
    QVERIFY2(t.elapsed() < 60000, qPrintable(QString::number(t.elapsed())));
}

void TestBadInput::invalidUtf8KeepsPositionsInTheText_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::newRow("four-byte leads") << QByteArray(40, '\xF2');
    QTest::newRow("continuation bytes") << QByteArray(17, '\x80');
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80\xED\xBF\xBF");
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF\xE0\x80\xAF");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
}

void TestBadInput::invalidUtf8KeepsPositionsInTheText()
{
    // Found by fuzz_analysis: bad bytes counted differently from the editor's decoding put later
    // diagnostics past the end of the text. The editor shows QString::fromUtf8 of the bytes.
    QFETCH(QByteArray, bad);
    const QByteArray text = "asyncapi: 3.0.0\ninfo:\n  title: 'x" + bad + "y'\n  version: '1'\nchannels:\n  c: [1\n";
    const auto a = analyze(text);
    const QString shown = QString::fromUtf8(text);
    QVERIFY(hasCode(*a, u"yaml.invalid-utf8"_s, 3));
    QVERIFY2(hasCode(*a, u"yaml.syntax"_s, 7) || hasCode(*a, u"yaml.syntax"_s, 6),
             qPrintable(codes(*a).join(QLatin1Char(' '))));
    for (const Diagnostic &d : a->diagnostics) {
        QVERIFY2(d.range.start.offset >= 0 && d.range.end.offset >= d.range.start.offset &&
                     d.range.end.offset <= shown.size(),
                 qPrintable(u"%1 at %2-%3 in %4"_s.arg(d.code)
                                .arg(d.range.start.offset)
                                .arg(d.range.end.offset)
                                .arg(shown.size())));
        // Line and column agree with the offset in the text as shown.
        const qsizetype lineStart = d.range.start.line == 0 ? 0 : [&] {
            qsizetype at = -1;
            for (int l = 0; l < d.range.start.line; ++l)
                at = shown.indexOf(u'\n', at + 1);
            return at + 1;
        }();
        QCOMPARE(lineStart + d.range.start.column, d.range.start.offset);
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
