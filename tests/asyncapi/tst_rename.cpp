// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "skipping.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/document/spec.h>
#include <asyncapi/refactor/rename.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Signalbox;
using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;

/** Renaming an element and every reference to it, across the project's files; finding its usages. */
class TestRename : public QObject
{
    Q_OBJECT

private slots:
    void renamesAcrossFiles();
    void keepsEscapingAndQuoting();
    void parameterInItsAddress();
    void names2x();
    void refuses_data();
    void refuses();
    void findUsagesListsEveryPlace();
    void namedElementOfAPlaceInside();
    void elementAtTheCursor();
    void removesAnUnusedComponent();
    void awkwardTexts_data();
    void awkwardTexts();
    void unifiedDiffIsPatchReadable();
    void everyCorpusComponent();
};

namespace {

const QString Data = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/rename");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** A copy of the rename project in a temporary folder, so that renames can be written. */
struct Project
{
    QTemporaryDir dir;
    Project()
    {
        QDir().mkpath(dir.filePath(u"schemas"_s));
        for (const QString &f : {u"main.yaml"_s, u"other.yaml"_s, u"schemas/common.yaml"_s})
            QFile::copy(Data + u'/' + f, dir.filePath(f));
    }
    QString path(const QString &f) const { return dir.filePath(f); }
};

/** The main document's set and the project's others, as the command line and the window make them. */
struct Sets
{
    std::shared_ptr<const YamlDocument> doc;
    std::unique_ptr<DocumentSet> main;
    std::vector<std::unique_ptr<DocumentSet>> others;
    std::vector<const DocumentSet *> all;

    explicit Sets(const QString &path)
    {
        doc = YamlDocument::parse(readAll(path), path);
        main = std::make_unique<DocumentSet>(doc, path, LoadOptions{});
        others = projectDocumentSets(path, LoadOptions{});
        all.push_back(main.get());
        for (const auto &o : others)
            all.push_back(o.get());
    }
    const YamlDocument *byName(const QString &suffix) const
    {
        for (const YamlDocument *d : main->others()) {
            if (main->pathOf(d).endsWith(suffix))
                return d;
        }
        return nullptr;
    }
};

void write(const RenamePlan &plan)
{
    for (const FileChange &c : plan.files) {
        QFile f(c.path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(c.after);
    }
}

QString errorsOf(const Analysis &a)
{
    QStringList out;
    for (const Diagnostic &d : a.diagnostics) {
        if (d.severity == Severity::Error)
            out << u"%1:%2: %3"_s.arg(d.file).arg(d.range.start.line + 1).arg(d.message);
    }
    return out.join(u'\n');
}

std::shared_ptr<const Analysis> analyzeFile(const QString &path)
{
    AnalyzeOptions options;
    options.filePath = path;
    return analyze(readAll(path), options);
}

} // namespace

void TestRename::renamesAcrossFiles()
{
    Project p;
    const QByteArray before[3] = {readAll(p.path(u"main.yaml"_s)), readAll(p.path(u"schemas/common.yaml"_s)),
                                  readAll(p.path(u"other.yaml"_s))};
    {
        const Sets sets(p.path(u"main.yaml"_s));
        const YamlDocument *common = sets.byName(u"schemas/common.yaml"_s);
        QVERIFY(common);
        const RenamePlan plan = planRename(sets.all, {common, {"components", "schemas", "Text"}}, u"Words"_s);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        // main.yaml (the message's payload), common.yaml (the key and Wrapped's property), other.yaml.
        QCOMPARE(plan.files.size(), std::size_t(3));
        QCOMPARE(plan.usages.size(), std::size_t(4));
        write(plan);
    }
    const QByteArray main = readAll(p.path(u"main.yaml"_s));
    QVERIFY(main.contains("        $ref: 'schemas/common.yaml#/components/schemas/Words'\n"));
    const QByteArray common = readAll(p.path(u"schemas/common.yaml"_s));
    QVERIFY(common.contains("    Words:\n      type: string\n"));
    QVERIFY(common.contains("          $ref: '#/components/schemas/Words'\n"));
    QVERIFY(readAll(p.path(u"other.yaml"_s)).contains("schemas/common.yaml#/components/schemas/Words"));
    // Nothing else changed: the same text with the name replaced.
    QCOMPARE(QByteArray(before[0]).replace("schemas/Text", "schemas/Words"), main);
    for (const QString &f : {u"main.yaml"_s, u"other.yaml"_s}) {
        const auto a = analyzeFile(p.path(f));
        QVERIFY2(a->isValid(), qPrintable(f + u": "_s + errorsOf(*a)));
    }
    // And back: the original bytes.
    {
        const Sets sets(p.path(u"main.yaml"_s));
        const RenamePlan back = planRename(
            sets.all, {sets.byName(u"schemas/common.yaml"_s), {"components", "schemas", "Words"}}, u"Text"_s);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        write(back);
    }
    QCOMPARE(readAll(p.path(u"main.yaml"_s)), before[0]);
    QCOMPARE(readAll(p.path(u"schemas/common.yaml"_s)), before[1]);
    QCOMPARE(readAll(p.path(u"other.yaml"_s)), before[2]);
}

void TestRename::keepsEscapingAndQuoting()
{
    Project p;
    const QByteArray before = readAll(p.path(u"main.yaml"_s));
    {
        const Sets sets(p.path(u"main.yaml"_s));
        const RenamePlan plan =
            planRename(*sets.main, {sets.doc.get(), {"components", "schemas", "Head.ers"}}, u"Head.line"_s);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        write(plan);
    }
    const QByteArray after = readAll(p.path(u"main.yaml"_s));
    QVERIFY2(after.contains("    \"Head.line\":   # quoted on purpose\n"), after.constData()); // quotes and comment
    QVERIFY(after.contains("        $ref: '#/components/schemas/Head.line'\n"));
    QVERIFY(after.contains("          $ref: '#/components/schemas/Head%2Eline/properties/id'\n")); // as it was encoded
    QVERIFY2(analyzeFile(p.path(u"main.yaml"_s))->isValid(),
             qPrintable(errorsOf(*analyzeFile(p.path(u"main.yaml"_s)))));
    {
        const Sets sets(p.path(u"main.yaml"_s));
        write(planRename(*sets.main, {sets.doc.get(), {"components", "schemas", "Head.line"}}, u"Head.ers"_s));
    }
    QCOMPARE(readAll(p.path(u"main.yaml"_s)), before);

    // A channel: its `/` escaped as ~1 in every reference, and the operation's message references.
    const Sets sets(p.path(u"main.yaml"_s));
    const RenamePlan plan = planRename(*sets.main, {sets.doc.get(), {"channels", "room/{roomId}"}}, u"rooms/~all"_s);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    const QByteArray text = plan.files.at(0).after;
    QVERIFY(text.contains("  rooms/~all:\n"));
    QVERIFY(text.contains("      $ref: '#/channels/rooms~1~0all'\n"));
    QVERIFY(text.contains("      - $ref: '#/channels/rooms~1~0all/messages/said'\n"));
    AnalyzeOptions options;
    options.filePath = p.path(u"main.yaml"_s);
    const auto a = analyze(text, options);
    QVERIFY2(a->isValid(), qPrintable(errorsOf(*a)));
    QCOMPARE(a->spec->operations.value(0).channel, u"rooms/~all"_s);
}

void TestRename::parameterInItsAddress()
{
    Project p;
    const Sets sets(p.path(u"main.yaml"_s));
    const RenamePlan plan =
        planRename(*sets.main, {sets.doc.get(), {"channels", "room/{roomId}", "parameters", "roomId"}}, u"room"_s);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    const QByteArray text = plan.files.at(0).after;
    QVERIFY(text.contains("    address: 'rooms/{room}'\n"));
    QVERIFY(text.contains("      room:\n        $ref: '#/components/parameters/roomId'\n"));
    QVERIFY(text.contains("  room/{roomId}:\n")); // the channel's key is a name, not its address
    AnalyzeOptions options;
    options.filePath = p.path(u"main.yaml"_s);
    const auto a = analyze(text, options);
    QVERIFY2(a->isValid(), qPrintable(errorsOf(*a)));
}

void TestRename::names2x()
{
    const QByteArray text = R"(asyncapi: 2.6.0
info: {title: T, version: '1'}
servers:
  production:
    url: ws://example.com
    protocol: ws
    security:
      - token: []
channels:
  lights:
    servers: [production]
    subscribe:
      message:
        payload: {type: object}
        examples:
          - payload: {servers: [production]}
components:
  securitySchemes:
    token:
      type: httpApiKey
      name: token
      in: query
)";
    const auto before = analyze(text);
    QVERIFY2(before->isValid(), qPrintable(errorsOf(*before)));
    const DocumentSet &set = *before->documents;
    RenamePlan plan = planRename(set, {set.main(), {"servers", "production"}}, u"live"_s);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QByteArray after = plan.files.at(0).after;
    QVERIFY(after.contains("  live:\n    url:"));
    QVERIFY(after.contains("    servers: [live]\n"));
    QVERIFY(after.contains("          - payload: {servers: [production]}\n")); // example data is not a name
    auto a = analyze(after);
    QVERIFY2(a->isValid(), qPrintable(errorsOf(*a)));

    plan = planRename(*a->documents, {a->documents->main(), {"components", "securitySchemes", "token"}}, u"key"_s);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    after = plan.files.at(0).after;
    QVERIFY(after.contains("      - key: []\n"));
    QVERIFY(after.contains("    key:\n      type: httpApiKey\n"));
    a = analyze(after);
    QVERIFY2(a->isValid(), qPrintable(errorsOf(*a)));

    // A 2.x parameter is part of its channel's name: refused with the reason.
    const auto params =
        analyze(QByteArray("asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\nchannels:\n  a/{id}:\n    parameters:\n"
                           "      id:\n        schema: {type: string}\n"));
    plan = planRename(*params->documents, {params->documents->main(), {"channels", "a/{id}", "parameters", "id"}},
                      u"key"_s);
    QVERIFY(plan.error.contains(u"rename the channel"_s));
}

void TestRename::refuses_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("why");
    QTest::newRow("taken") << u"/channels/room~1{roomId}/messages/said"_s << u"left"_s << u"is taken"_s;
    QTest::newRow("same") << u"/components/messages/Said"_s << u"Said"_s << u"already called"_s;
    QTest::newRow("space") << u"/components/messages/Said"_s << u"Said it"_s << u"letters, digits"_s;
    QTest::newRow("extension") << u"/servers/local"_s << u"x-local"_s << u"specification extension"_s;
    QTest::newRow("empty") << u"/servers/local"_s << QString() << u"empty"_s;
    QTest::newRow("not-a-name") << u"/info/title"_s << u"Name"_s << u"can be renamed"_s;
    QTest::newRow("nothing-there") << u"/components/schemas/Nope"_s << u"Yes"_s << u"nothing at"_s;
}

void TestRename::refuses()
{
    QFETCH(QString, pointer);
    QFETCH(QString, name);
    QFETCH(QString, why);
    const Sets sets(Data + u"/main.yaml"_s);
    const RenamePlan plan =
        planRename(*sets.main, {sets.doc.get(), *DocumentSet::decodePointer(pointer.toStdString())}, name);
    QVERIFY2(plan.error.contains(why), qPrintable(plan.error));
    QVERIFY(plan.files.empty());
}

void TestRename::findUsagesListsEveryPlace()
{
    const Sets sets(Data + u"/main.yaml"_s);
    const YamlDocument *common = sets.byName(u"schemas/common.yaml"_s);
    const auto usages = findUsages(sets.all, {common, {"components", "schemas", "Text"}});
    QStringList seen;
    for (const Usage &u : usages)
        seen << u"%1:%2 %3"_s.arg(QFileInfo(u.doc->fileName()).fileName())
                    .arg(u.range.start.line + 1)
                    .arg(u.kind == Usage::Kind::Definition ? u"definition"_s : u"reference"_s);
    // The definition, then by file: the main document, the files it reaches, the project's others.
    QCOMPARE(seen, (QStringList{u"common.yaml:4 definition"_s, u"main.yaml:39 reference"_s,
                                u"common.yaml:10 reference"_s, u"other.yaml:12 reference"_s}));
}

void TestRename::namedElementOfAPlaceInside()
{
    using P = std::vector<std::string>;
    QCOMPARE(namedElementOf({"components", "schemas", "A", "properties", "x"}, 3), (P{"components", "schemas", "A"}));
    QCOMPARE(namedElementOf({"channels", "c", "messages", "m", "payload"}, 3), (P{"channels", "c", "messages", "m"}));
    QCOMPARE(namedElementOf({"channels", "c", "publish", "message"}, 2), (P{"channels", "c"}));
    QCOMPARE(namedElementOf({"components", "channels", "c", "parameters", "p"}, 3),
             (P{"components", "channels", "c", "parameters", "p"}));
    QVERIFY(!namedElementOf({"info", "title"}, 3));
    QVERIFY(!namedElementOf({"components", "x-extra", "a"}, 3));
}

void TestRename::elementAtTheCursor()
{
    const Sets sets(Data + u"/main.yaml"_s);
    const std::string text = sets.doc->text();
    auto at = [&](const std::string &needle, std::size_t plus) {
        const std::size_t offset = text.find(needle);
        Q_ASSERT(offset != std::string::npos);
        const auto e = elementAt(*sets.main, sets.doc.get(), offset + plus);
        return e ? QFileInfo(e->doc->fileName()).fileName() + u':' + QString::fromStdString(e->pointer()) : QString();
    };
    // On a key; inside an element; on a reference (to the element it points into, in its file).
    QCOMPARE(at("    Said:", 5), u"main.yaml:/components/messages/Said"_s);
    QCOMPARE(at("      description: The room.", 8), u"main.yaml:/components/parameters/roomId"_s);
    QCOMPARE(at("'#/components/schemas/Head%2Eers/properties/id'", 10), u"main.yaml:/components/schemas/Head.ers"_s);
    QCOMPARE(at("'schemas/common.yaml#/components/schemas/Text'", 3), u"common.yaml:/components/schemas/Text"_s);
    QCOMPARE(at("      - $ref: '#/channels/room~1{roomId}/messages/said'", 20),
             u"main.yaml:/channels/room~1{roomId}/messages/said"_s);
    QCOMPARE(at("  title: Rooms", 4), QString()); // info is not a name
}

void TestRename::removesAnUnusedComponent()
{
    const QByteArray text = R"(asyncapi: 3.0.0
info: {title: T, version: '1'}
components:
  schemas:
    Used:
      type: string
    # Nobody refers to this one.
    Unused:
      type: object
      properties:
        a: {type: string}
  messages:
    Lonely:
      payload: {type: string}
  parameters: {inline: {description: x}, other: {description: y}}
)";
    const auto doc = YamlDocument::parse(text);
    QString error;
    auto apply = [&](const FileChange::Edit &e) {
        return QByteArray::fromStdString(doc->text().substr(0, e.start) + e.text + doc->text().substr(e.end));
    };
    auto edit = removalOf(doc.get(), {"components", "schemas", "Unused"}, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(apply(*edit),
             QByteArray(text).replace("    # Nobody refers to this one.\n    Unused:\n      type: object\n"
                                      "      properties:\n        a: {type: string}\n",
                                      ""));
    // The only message: `messages:` goes with it.
    edit = removalOf(doc.get(), {"components", "messages", "Lonely"}, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(apply(*edit), QByteArray(text).replace("  messages:\n    Lonely:\n      payload: {type: string}\n", ""));
    QVERIFY(analyze(apply(*edit))->isValid());
    // An anchor used elsewhere is not left dangling; `components:` is not left null.
    const auto anchored = YamlDocument::parse("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\ncomponents:\n"
                                              "  schemas:\n    Base: &base\n      type: object\n    Used:\n"
                                              "      <<: *base\n");
    QVERIFY(!removalOf(anchored.get(), {"components", "schemas", "Base"}, &error));
    QVERIFY(error.contains(u"anchor"_s));
    const auto alone = YamlDocument::parse("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\ncomponents:\n"
                                           "  schemas:\n    Only:\n      type: object\n");
    edit = removalOf(alone.get(), {"components", "schemas", "Only"}, &error);
    QVERIFY2(edit, qPrintable(error));
    QCOMPARE(QByteArray::fromStdString(alone->text().substr(0, edit->start) + alone->text().substr(edit->end)),
             QByteArray("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\n"));
    // Inline: refused with the reason.
    QVERIFY(!removalOf(doc.get(), {"components", "parameters", "inline"}, &error));
    QVERIFY(error.contains(u"inline"_s));
}

void TestRename::awkwardTexts_data()
{
    // Each renamed and back: the text says what it said (no error appears), and renaming back gives
    // the original bytes (found by a review).
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected"); // a line of the renamed text
    const QByteArray head = "asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\n";
    QTest::newRow("percent-encoded UTF-8")
        << head + "channels:\n  \"café\":\n    address: c\noperations:\n  o:\n    action: send\n    channel:\n"
                  "      $ref: '#/channels/caf%C3%A9'\n"
        << u"/channels/café"_s << u"naïve"_s << QByteArray("      $ref: '#/channels/na%C3%AFve'\n");
    QTest::newRow("anchor and tag on a reference")
        << head + "channels:\n  c:\n    address: c\n    messages:\n      m:\n        payload:\n"
                  "          $ref: &r '#/components/schemas/A'\n      n:\n        payload:\n          $ref: *r\n"
                  "      o:\n        payload:\n          $ref: !!str '#/components/schemas/A'\n"
                  "components:\n  schemas:\n    A: {type: string}\n"
        << u"/components/schemas/A"_s << u"B"_s << QByteArray("          $ref: &r '#/components/schemas/B'\n");
    QTest::newRow("flow indicator in a flow mapping")
        << head + "channels: {ch: {address: x}}\n"
        << u"/channels/ch"_s << u"a,b"_s << QByteArray("channels: {'a,b': {address: x}}\n");
    QTest::newRow("quotes the old name needed") << head + "channels:\n  'a: b':\n    address: x\n"
                                                << u"/channels/a: b"_s << u"ch"_s << QByteArray("  ch:\n");
    QTest::newRow("merge key name") << head + "channels:\n  ch:\n    address: x\n"
                                    << u"/channels/ch"_s << u"<<"_s << QByteArray("  '<<':\n");
    QTest::newRow("JSON keeps double quotes")
        << QByteArray("{\"asyncapi\": \"3.0.0\", \"info\": {\"title\": \"T\", \"version\": \"1\"},\n"
                      " \"components\": {\"schemas\": {\"A\": {\"type\": \"string\"},\n"
                      "   \"B\": {\"$ref\": \"#/components/schemas/A\"}}}}\n")
        << u"/components/schemas/A"_s << u"A2"_s
        << QByteArray("   \"B\": {\"$ref\": \"#/components/schemas/A2\"}}}}\n");
}

void TestRename::awkwardTexts()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    const auto before = analyze(text);
    QVERIFY2(before->isValid(), qPrintable(errorsOf(*before)));
    const auto path = *DocumentSet::decodePointer(pointer.toStdString());
    const RenamePlan plan = planRename(*before->documents, {before->document.get(), path}, name);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    const QByteArray renamed = plan.files.at(0).after;
    QVERIFY2(renamed.contains(expected), renamed.constData());
    const auto after = analyze(renamed);
    QVERIFY2(after->isValid(), qPrintable(errorsOf(*after) + u"\n"_s + QString::fromUtf8(renamed)));
    std::vector<std::string> back = path;
    back.back() = name.toStdString();
    const RenamePlan undo =
        planRename(*after->documents, {after->document.get(), back}, QString::fromStdString(path.back()));
    QVERIFY2(undo.error.isEmpty(), qPrintable(undo.error));
    QCOMPARE(undo.files.at(0).after, text);
}

void TestRename::unifiedDiffIsPatchReadable()
{
    const QByteArray a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    const QByteArray b = "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\n11\ntwelve\n";
    // As GNU diff -u: changes 7 kept lines apart are two hunks, 6 apart one.
    QCOMPARE(unifiedDiff(a, b, u"f.yaml"_s), u"--- f.yaml\n+++ f.yaml\n"
                                             "@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n"
                                             "@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+twelve\n"_s);
    const QByteArray a11 = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n";
    const QByteArray b11 = "1\n2\n3\nfour\n5\n6\n7\n8\n9\n10\neleven\n";
    QCOMPARE(unifiedDiff(a11, b11, u"f"_s), u"--- f\n+++ f\n@@ -1,11 +1,11 @@\n 1\n 2\n 3\n-4\n+four\n 5\n 6\n 7\n"
                                            " 8\n 9\n 10\n-11\n+eleven\n"_s);
    const QByteArray c = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
    const QByteArray d = "one\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\nsixteen\n";
    QCOMPARE(unifiedDiff(c, d, u"g"_s), u"--- g\n+++ g\n@@ -1,4 +1,4 @@\n-1\n+one\n 2\n 3\n 4\n"
                                        "@@ -13,4 +13,4 @@\n 13\n 14\n 15\n-16\n+sixteen\n"_s);
    QCOMPARE(unifiedDiff(a, a, u"f"_s), QString());
}

void TestRename::everyCorpusComponent()
{
    // Each component of each valid corpus document (multi-file ones included), renamed: the
    // document says the same (the same diagnostics by code and line, the same counts), and renaming
    // back gives the original bytes of every file.
    const QString corpus = Test::corpusFolder();
    if (corpus.isEmpty())
        SIGNALBOX_SKIP("the shared corpus is not beside the clone");
    QFile oracle(corpus + u"/oracle.jsonl"_s);
    QVERIFY(oracle.open(QIODevice::ReadOnly));
    auto summary = [](const Analysis &a) {
        QStringList out;
        for (const Diagnostic &d : a.diagnostics)
            out << u"%1 %2 %3:%4"_s.arg(severityName(d.severity), d.code, QFileInfo(d.file).fileName())
                       .arg(d.range.start.line);
        if (a.spec) {
            qsizetype messages = 0;
            for (const Channel &c : a.spec->channels)
                messages += c.messages.size();
            out << u"%1 servers, %2 channels, %3 operations, %4 messages, %5 components"_s.arg(a.spec->servers.size())
                       .arg(a.spec->channels.size())
                       .arg(a.spec->operations.size())
                       .arg(messages)
                       .arg(a.spec->components.size());
        }
        return out;
    };
    int documents = 0;
    int renamed = 0;
    int acrossFiles = 0;
    QStringList failures;
    QElapsedTimer timer;
    timer.start();
    while (!oracle.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(oracle.readLine()).object();
        if (!o[u"valid"_s].toBool())
            continue;
        const QString file = o[u"file"_s].toString();
        const QString path = QFileInfo(corpus + u'/' + file).canonicalFilePath();
        const QByteArray original = readAll(path);
        // A project is the corpus's first folder (social-media/, real-world/): its documents
        // share files across their folders, as a user allows with Reference Folders.
        const QDir folder(
            QDir(file.contains(u'/') ? corpus + u'/' + file.section(u'/', 0, 0) : corpus).canonicalPath());
        AnalyzeOptions options;
        options.filePath = path;
        options.load.allowedRoots << folder.canonicalPath();
        const auto before = analyze(original, options);
        if (!before->isValid() || !before->documents)
            continue; // where we differ from the official parser, tst_corpus says why
        ++documents;
        // The components of the document and of every file it reaches in the corpus.
        std::vector<const YamlDocument *> holders{before->document.get()};
        for (const YamlDocument *d : before->documents->others()) {
            if (before->documents->pathOf(d).startsWith(QDir(corpus).canonicalPath()))
                holders.push_back(d);
        }
        for (const YamlDocument *holder : holders) {
            const QString holderPath = holder == before->document.get() ? path : before->documents->pathOf(holder);
            // A file of shared fragments names its top-level keys; a document, its components.
            std::vector<std::vector<std::string>> elements;
            const YamlNode *root = holder->root() && holder->root()->isMapping() ? holder->root() : nullptr;
            const YamlNode *components = root ? root->get("components") : nullptr;
            for (std::size_t k = 0; components && components->isMapping() && k < components->size(); ++k) {
                const YamlNode *kind = components->valueAt(k);
                const std::string kindName(components->keyAt(k)->value);
                for (std::size_t i = 0; kind->isMapping() && kindName.rfind("x-", 0) != 0 && i < kind->size(); ++i)
                    elements.push_back({"components", kindName, std::string(kind->keyAt(i)->value)});
            }
            for (std::size_t i = 0; root && isFragmentFile(*before->documents, holder) && i < root->size(); ++i) {
                if (root->keyAt(i)->value != "components")
                    elements.push_back({std::string(root->keyAt(i)->value)});
            }
            {
                for (const std::vector<std::string> &element : elements) {
                    const std::string &name = element.back();
                    const QString newName = QString::fromStdString(name) + u"Renamed"_s;
                    const QString where =
                        u"%1 (%2) %3"_s.arg(file, folder.relativeFilePath(holderPath),
                                            QString::fromStdString(NamedElement{holder, element}.pointer()));
                    const RenamePlan plan = planRename(*before->documents, {holder, element}, newName);
                    if (!plan.error.isEmpty()) {
                        failures << where + u": "_s + plan.error;
                        continue;
                    }
                    ++renamed;
                    // Files other than the main one that change are written to a copy of its folder.
                    std::unique_ptr<QTemporaryDir> copy;
                    QString renamedPath = path;
                    QByteArray renamedText = original;
                    for (const FileChange &c : plan.files) {
                        if (c.doc == before->document.get()) {
                            renamedText = c.after;
                            continue;
                        }
                        if (!copy) {
                            copy = std::make_unique<QTemporaryDir>();
                            QDirIterator it(folder.path(), QDir::Files, QDirIterator::Subdirectories);
                            while (it.hasNext()) {
                                const QString f = it.next();
                                QDir().mkpath(QFileInfo(copy->filePath(folder.relativeFilePath(f))).path());
                                QFile::copy(f, copy->filePath(folder.relativeFilePath(f)));
                            }
                            renamedPath =
                                QDir(QDir(copy->path()).canonicalPath()).filePath(folder.relativeFilePath(path));
                            ++acrossFiles;
                        }
                        QFile out(copy->filePath(folder.relativeFilePath(c.path)));
                        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(c.path));
                        out.write(c.after);
                    }
                    AnalyzeOptions renamedOptions;
                    renamedOptions.filePath = renamedPath;
                    renamedOptions.load.allowedRoots
                        << (copy ? QDir(copy->path()).canonicalPath() : folder.canonicalPath());
                    const auto after = analyze(renamedText, renamedOptions);
                    if (summary(*after) != summary(*before)) {
                        failures << where + u":\n  before: "_s + summary(*before).join(u"\n          "_s) +
                                        u"\n  after:  "_s + summary(*after).join(u"\n          "_s);
                        continue;
                    }
                    // Back, in the renamed project: the original bytes of every file.
                    const QDir renamedRoot(copy ? QDir(copy->path()).canonicalPath() : folder.path());
                    const YamlDocument *renamedHolder = after->document.get();
                    for (const YamlDocument *d : after->documents->others()) {
                        if (renamedRoot.relativeFilePath(after->documents->pathOf(d)) ==
                            folder.relativeFilePath(holderPath))
                            renamedHolder = d;
                    }
                    std::vector<std::string> renamedElement = element;
                    renamedElement.back() = newName.toStdString();
                    const RenamePlan back =
                        planRename(*after->documents, {renamedHolder, renamedElement}, QString::fromStdString(name));
                    if (!back.error.isEmpty() || back.files.empty())
                        failures << where + u": renaming back: "_s + back.error;
                    for (const FileChange &c : back.files) {
                        const QString relative = c.doc == after->document.get() ? folder.relativeFilePath(path)
                                                                                : renamedRoot.relativeFilePath(c.path);
                        if (c.after != readAll(folder.filePath(relative)))
                            failures << where + u": renaming back does not give the original bytes of "_s + relative;
                    }
                }
            }
        }
    }
    qInfo("%d documents, %d components renamed (%d across files) in %lld ms", documents, renamed, acrossFiles,
          qlonglong(timer.elapsed()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    QVERIFY(documents >= 100);
    QVERIFY(renamed >= 500);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestRename)
#include "tst_rename.moc"
