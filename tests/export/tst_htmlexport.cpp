// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "skipping.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <export/htmlexporter.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::mutated;

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString exportFile(const QString &path, QString *error = nullptr)
{
    AsyncApi::AnalyzeOptions options;
    options.filePath = path;
    return Export::exportHtml(*AsyncApi::analyze(read(path), options), {}, error);
}

/** Prints a unified diff when \a actual differs from the golden file \a golden. */
bool sameAsGolden(const QString &actual, const QString &golden, QString *diff)
{
    if (actual.toUtf8() == read(golden))
        return true;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"actual.html"_s);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(actual.toUtf8());
    f.close();
    QProcess p;
    p.start(u"diff"_s, {u"-u"_s, golden, path});
    p.waitForFinished();
    *diff = QString::fromUtf8(p.readAllStandardOutput()).left(4000);
    return false;
}

} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void scriptPayloadsAreInert();
    void markdownIsSafe();
    void invalidDocumentsStillExport();
    void templateDirOverrides();
    void corpusDocumentsExport();
    void mutatedDocumentsNeverCrash();
    void referenceFanOutIsTruncated();
    void stringFanOutIsBounded();
    void anchorsAreDistinct();
    void crlfScriptMatchesItsHash();
    void locationWithPercentSign();
    void document2xHasItsMessages();
};

void TestHtmlExport::golden_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("golden");
    QTest::newRow("harbour-cranes") << QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml")
                                    << QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/export/harbour-cranes.html");
    QTest::newRow("request-reply") << QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/request-reply.yaml")
                                   << QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/export/request-reply.html");
    QTest::newRow("kafka-headers") << QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/kafka-headers.yaml")
                                   << QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/export/kafka-headers.html");
}

void TestHtmlExport::golden()
{
    QFETCH(QString, source);
    QFETCH(QString, golden);
    QString error;
    const QString html = exportFile(source, &error);
    QVERIFY2(!html.isEmpty(), qPrintable(error));
    QString diff;
    QVERIFY2(sameAsGolden(html, golden, &diff),
             qPrintable(u"differs from its golden file (tests/update-golden.sh regenerates it):\n"_s + diff));
}

void TestHtmlExport::scriptPayloadsAreInert()
{
    const QString html = exportFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/export/script-payloads.yaml"));
    QVERIFY(!html.isEmpty());
    // Only our own script element, at the end.
    QCOMPARE(html.count(u"<script"_s, Qt::CaseInsensitive), 1);
    QVERIFY(html.lastIndexOf(u"<script>"_s) > html.indexOf(u"<footer>"_s));
    // No event handler attribute in any tag (quoted attribute values, where escaped text lives, aside).
    static const QRegularExpression tag(u"<[a-zA-Z][^>]*>"_s);
    static const QRegularExpression quoted(u"\"[^\"]*\""_s);
    static const QRegularExpression handler(u"\\son\\w+\\s*="_s, QRegularExpression::CaseInsensitiveOption);
    auto tags = tag.globalMatch(html);
    while (tags.hasNext()) {
        const QString t = tags.next().captured().remove(quoted);
        QVERIFY2(!handler.match(t).hasMatch(), qPrintable(t));
    }
    QVERIFY(!html.contains(u"href=\"javascript:"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"href=\"data:"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"<iframe"_s, Qt::CaseInsensitive));
    QVERIFY(html.contains(u"href=\"https://example.com\""_s));
    QVERIFY(html.contains(u"Content-Security-Policy"_s));
    QVERIFY(html.contains(u"script-src 'sha256-"_s));
}

void TestHtmlExport::markdownIsSafe()
{
    QCOMPARE(Export::markdownToHtml(u"**bold** <b>raw</b>"_s),
             u"<p><strong>bold</strong> &lt;b&gt;raw&lt;/b&gt;</p>\n"_s);
    QVERIFY(Export::markdownToHtml(u"[x](javascript:alert(1))"_s).contains(u"href=\"#\""_s));
    QVERIFY(Export::markdownToHtml(u"[x](mailto:a@b.c)"_s).contains(u"href=\"mailto:a@b.c\""_s));
    QVERIFY(
        Export::markdownToHtml(u"![i](http://example.com/i.png)"_s).contains(u"src=\"http://example.com/i.png\""_s));
    QVERIFY(Export::markdownToHtml(u"![i](file:///etc/passwd)"_s).contains(u"src=\"#\""_s));
}

void TestHtmlExport::invalidDocumentsStillExport()
{
    const auto a = AsyncApi::analyze(QByteArray("asyncapi: 3.0.0\ninfo:\n  title: Broken\n  version: 1.0\n"
                                                "channels:\n  c:\n    address: c\n"));
    QVERIFY(!a->isValid());
    const QString html = Export::exportHtml(*a);
    QVERIFY(html.contains(u"This document has errors"_s));
    QVERIFY(html.contains(u"schema.type"_s));
    QVERIFY(html.contains(u"id=\"channel-c\""_s));
    // Not AsyncAPI at all: a page that says so.
    QVERIFY(Export::exportHtml(*AsyncApi::analyze(QByteArray("just: yaml\n"))).contains(u"document.not-asyncapi"_s));
}

void TestHtmlExport::templateDirOverrides()
{
    QTemporaryDir dir;
    QFile page(dir.filePath(u"page.mustache"_s));
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("<h1>{{title}}</h1>{{#channels}}<p>{{name}}</p>{{/channels}}");
    page.close();
    const auto a =
        AsyncApi::analyze(read(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml")));
    Export::HtmlExportOptions options;
    options.templateDir = dir.path();
    QCOMPARE(Export::exportHtml(*a, options),
             u"<h1>Harbour Cranes API</h1><p>craneTelemetry</p><p>craneCommands</p><p>commandAcks</p>"_s);
    QVERIFY(page.open(QIODevice::WriteOnly));
    page.write("{{#channels}}unclosed");
    page.close();
    QString error;
    QVERIFY(Export::exportHtml(*a, options, &error).isEmpty());
    QVERIFY(error.contains(u"Template"_s));
}

void TestHtmlExport::corpusDocumentsExport()
{
    int exported = 0;
    const bool found = Test::forEachCorpusDocument([&exported](const QString &path) {
        AsyncApi::AnalyzeOptions options;
        options.filePath = path;
        const auto a = AsyncApi::analyze(read(path), options);
        if (!a->spec)
            return;
        QString error;
        const QString html = Export::exportHtml(*a, {}, &error);
        QVERIFY2(!html.isEmpty(), qPrintable(path + u": "_s + error));
        for (const AsyncApi::Channel &c : a->spec->channels) {
            if (!c.dynamicAddress)
                QVERIFY2(html.contains(c.address.toHtmlEscaped()) || html.contains(c.name.toHtmlEscaped()),
                         qPrintable(path + u": address "_s + c.address));
            for (const AsyncApi::Message &m : c.messages)
                QVERIFY2(html.contains((m.messageName.isEmpty() ? m.name : m.messageName).toHtmlEscaped()),
                         qPrintable(path + u": message "_s + m.name));
        }
        for (const AsyncApi::Operation &o : a->spec->operations)
            QVERIFY2(html.contains(o.name.toHtmlEscaped()), qPrintable(path + u": operation "_s + o.name));
        ++exported;
    });
    if (!found)
        SIGNALBOX_SKIP("../shared/corpus is not here (a fresh clone)");
    if (QTest::currentTestFailed())
        return;
    qInfo("exported: %d documents", exported);
    QVERIFY(exported > 100);
}

void TestHtmlExport::mutatedDocumentsNeverCrash()
{
    const QByteArray original = read(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    std::mt19937 random(777);
    for (int round = 0; round < 300; ++round) {
        const QString html = Export::exportHtml(*AsyncApi::analyze(mutated(original, random)));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QCOMPARE(html.count(u"<script"_s, Qt::CaseInsensitive), 1);
    }
}

void TestHtmlExport::referenceFanOutIsTruncated()
{
    // 10 properties a level, each referring to the next level, 8 levels: 10^8 rows in the tables,
    // 10^6 values in the sample, as many in an example that refers to it. Every table, sample
    // and example draws from the page's budget and says where it was cut.
    QByteArray t = "asyncapi: 3.0.0\ninfo: {title: fan, version: '1'}\nchannels:\n  c:\n    address: c\n"
                   "    messages:\n      m: {payload: {$ref: '#/components/schemas/L0'}}\n"
                   "      e:\n        payload: {$ref: '#/components/schemas/L0'}\n"
                   "        examples: [{payload: {$ref: '#/components/schemas/L0'}}]\n"
                   "components:\n  schemas:\n";
    for (int level = 0; level < 8; ++level) {
        QByteArrayList props;
        for (int p = 0; p < 10; ++p)
            props << "p" + QByteArray::number(p) + ": {$ref: '#/components/schemas/L" + QByteArray::number(level + 1) +
                         "'}";
        t += "    L" + QByteArray::number(level) + ": {type: object, properties: {" + props.join(", ") + "}}\n";
    }
    t += "    L8: {type: string, description: leaf}\n";
    QVERIFY(t.size() < 4096);
    QElapsedTimer timer;
    timer.start();
    const QString html = Export::exportHtml(*AsyncApi::analyze(t));
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!html.isEmpty());
    QVERIFY2(html.size() < 16 * 1024 * 1024, qPrintable(QString::number(html.size())));
    QVERIFY(html.count(u"(truncated: too large to show in full)"_s) >= 3); // a table, the sample, the example
}

void TestHtmlExport::stringFanOutIsBounded()
{
    // Few values but long ones: four levels of ten references down to one 100 KB string, from 21
    // examples and bindings. Each block stops at its share of bytes, and once the page's is spent
    // the rest are left out with one note for the page.
    const QByteArray top = "{$ref: '#/components/x/F0'}";
    QByteArray t = "asyncapi: 3.0.0\ninfo: {title: fan, version: '1'}\nchannels:\n  c:\n    address: c\n"
                   "    bindings: {ws: " +
                   top +
                   "}\n    messages:\n      m:\n        payload: {type: array}\n"
                   "        examples:\n";
    for (int i = 0; i < 10; ++i)
        t += "          - {payload: " + top + ", headers: " + top + "}\n";
    t += "components:\n  x:\n";
    for (int level = 0; level < 4; ++level) {
        QByteArrayList refs;
        for (int r = 0; r < 10; ++r)
            refs << "{$ref: '#/components/x/F" + QByteArray::number(level + 1) + "'}";
        t += "    F" + QByteArray::number(level) + ": [" + refs.join(", ") + "]\n";
    }
    t += "    F4: '" + QByteArray(100'000, '<') + "'\n"; // escaped: four times as long on the page
    QElapsedTimer timer;
    timer.start();
    const QString html = Export::exportHtml(*AsyncApi::analyze(t));
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(html.size() < 16 * 1024 * 1024, qPrintable(QString::number(html.size())));
    const qsizetype notes = html.count(u"(truncated: too large to show in full)"_s);
    QVERIFY2(notes >= 1 && notes < 10, qPrintable(QString::number(notes)));
    QCOMPARE(html.count(u"This page is incomplete"_s), 1);
    // A page within its budget has no such note.
    QVERIFY(!exportFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"))
                 .contains(u"This page is incomplete"_s));
}

void TestHtmlExport::anchorsAreDistinct()
{
    // Punctuation reads as '-': names that read the same still get ids of their own.
    const auto a =
        AsyncApi::analyze(QByteArray("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nchannels:\n"
                                     "  a.b: {address: x}\n  a-b: {address: y}\n  a/b: {address: z}\n"
                                     "operations:\n  o: {action: send, channel: {$ref: '#/channels/a-b'}}\n"));
    const QString html = Export::exportHtml(*a);
    static const QRegularExpression id(u"id=\"(channel-[^\"]*)\""_s);
    QStringList ids;
    for (auto it = id.globalMatch(html); it.hasNext();)
        ids << it.next().captured(1);
    QCOMPARE(ids, (QStringList{u"channel-a-b"_s, u"channel-a-b-2"_s, u"channel-a-b-3"_s}));
    // A link to a channel goes to its own section.
    QVERIFY2(html.contains(u"href=\"#channel-a-b-2\""_s), qPrintable(html));
}

void TestHtmlExport::crlfScriptMatchesItsHash()
{
    // A browser hashes an inline script with its line ends normalised: the page must say that hash.
    QTemporaryDir dir;
    QFile script(dir.filePath(u"script.js"_s));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("// custom\r\ndocument.body.setAttribute('data-ok', '1');\r\n// old Mac\rvar x = 1;\r\n");
    script.close();
    Export::HtmlExportOptions options;
    options.templateDir = dir.path();
    const QString html = Export::exportHtml(
        *AsyncApi::analyze(read(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/request-reply.yaml"))),
        options);
    const qsizetype open = html.lastIndexOf(u"<script>"_s);
    const qsizetype close = html.lastIndexOf(u"</script>"_s);
    QVERIFY(open >= 0 && close > open);
    const QString embedded = html.mid(open + 8, close - open - 8);
    QVERIFY(!embedded.contains(QLatin1Char('\r')));
    QVERIFY(embedded.contains(u"// old Mac\nvar x"_s));
    const QByteArray hash = QCryptographicHash::hash(embedded.toUtf8(), QCryptographicHash::Sha256).toBase64();
    QVERIFY(html.contains(u"'sha256-"_s + QString::fromLatin1(hash) + u"'"_s));
}

void TestHtmlExport::locationWithPercentSign()
{
    // The error list's "file:line:column" is filled in one go: a file name holding %1 stays as it is.
    QTemporaryDir dir;
    QFile info(dir.filePath(u"in%1fo.yaml"_s));
    QVERIFY(info.open(QIODevice::WriteOnly));
    info.write("title: [unclosed\n"); // the error is at the "[" left open
    info.close();
    AsyncApi::AnalyzeOptions options;
    options.filePath = dir.filePath(u"main.yaml"_s);
    const auto a = AsyncApi::analyze(QByteArray("asyncapi: 3.0.0\ninfo: {$ref: 'in%251fo.yaml'}\n"), options);
    const QString html = Export::exportHtml(*a);
    QVERIFY2(html.contains(u"in%1fo.yaml:1:8"_s), qPrintable(Signalbox::Test::codes(*a).join(u' ')));
}

void TestHtmlExport::document2xHasItsMessages()
{
    // A 2.x WebSocket document: its operations' messages are on the page, a trait's content type
    // applied, and each operation says what its 2.x verb means for the application.
    QString error;
    const QString html = exportFile(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat-2x.yaml"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(html.contains(u"<h2 class=\"kind\">Messages</h2>"_s));
    for (const QString &message : {u"chat"_s, u"presence"_s})
        QVERIFY2(html.contains(u"<h3>%1</h3>"_s.arg(message)), qPrintable(message));
    QVERIFY(html.contains(u"<code>application/json</code>"_s));
    QVERIFY(html.contains(u"Hello, harbour"_s));
    QVERIFY(html.contains(u"<span class=\"badge send\">send</span> sendChat</h3><p class=\"verb2x\">"_s));
    QVERIFY(html.contains(u"the application receives these messages"_s));
}

SIGNALBOX_TEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
