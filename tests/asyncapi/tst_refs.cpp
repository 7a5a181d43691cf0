// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/refs/confinedfile.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;
using Signalbox::Test::doc3;
using Signalbox::Test::hasCode;

class TestRefs : public QObject
{
    Q_OBJECT

private slots:
    void pointerDecoding_data();
    void pointerDecoding();
    void localPointers();
    void filesSeveralDeep();
    void brokenReferenceTwoFilesAway();
    void unresolvedLocal();
    void invalidPointer();
    void cycleOfReferences();
    void recursiveSchemaIsLegal();
    void remoteNotFetchedByDefault();
    void remoteFetchedWhenAllowed();

    // Confinement of file references to the document's folder (audit C1, H1, M10).
    void initTestCase();
    void refusedReferences_data();
    void refusedReferences();
    void symlinkInsideTheTreeIsFollowed();
    void allowedFolderIsRead_data();
    void allowedFolderIsRead();
    void referencedFileMayNotLeaveEither();
    void oversizedFileIsRefused();
    void totalBudgetAcrossFiles();
    void unsavedDocumentReadsNoFiles();
    void hiddenFilesAreReadOnlyWhenAllowed_data();
    void hiddenFilesAreReadOnlyWhenAllowed();
    void homeRootAndTempAreNotProjects_data();
    void homeRootAndTempAreNotProjects();
    void projectsInTheHomeFolderStillWork();

private:
    /** A document whose message payload is `$ref: ref`; the `$ref` is on line 11. */
    static QByteArray payloadRef(const QString &ref)
    {
        return doc3("channels:\n  c:\n    address: c\n    messages:\n      m:\n        payload:\n          $ref: '" +
                    ref.toUtf8() + "'\n");
    }
    /** Analyses payloadRef(ref) as the file project/api.yaml of the fixture. */
    std::shared_ptr<const Analysis> analyzeInProject(const QString &ref, const QStringList &allowed = {},
                                                     const LoadOptions &load = {}) const
    {
        AnalyzeOptions options;
        options.filePath = m_project + u"/api.yaml"_s;
        options.load = load;
        options.load.allowedRoots = allowed;
        return analyze(payloadRef(ref), options);
    }
    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    /** No diagnostic quotes the fixture's secret file. */
    static bool leaksNothing(const Analysis &a)
    {
        for (const Diagnostic &d : a.diagnostics) {
            if (d.message.contains(u"TOPSECRET"_s))
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_project; // m_dir/project: the document's folder
    QString m_outside; // m_dir/outside: a folder beside it holding a "secret"
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestRefs::pointerDecoding_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("plain") << u"/components/schemas/a"_s << QStringList{u"components"_s, u"schemas"_s, u"a"_s};
    QTest::newRow("tilde-one") << u"/channels/user~1signedup"_s << QStringList{u"channels"_s, u"user/signedup"_s};
    QTest::newRow("tilde-zero") << u"/a~0b"_s << QStringList{u"a~b"_s};
    QTest::newRow("tilde-order") << u"/a~01"_s << QStringList{u"a~1"_s};
    QTest::newRow("percent") << u"/channels/user%20signed%7Bup%7D"_s
                             << QStringList{u"channels"_s, u"user signed{up}"_s};
    QTest::newRow("root") << u""_s << QStringList{};
}

void TestRefs::pointerDecoding()
{
    QFETCH(QString, pointer);
    QFETCH(QStringList, segments);
    const auto decoded = DocumentSet::decodePointer(pointer.toStdString());
    QVERIFY(decoded.has_value());
    QStringList got;
    for (const std::string &s : *decoded)
        got << QString::fromStdString(s);
    QCOMPARE(got, segments);
    QVERIFY(!DocumentSet::decodePointer("no-slash").has_value());
    QVERIFY(!DocumentSet::decodePointer("/bad~2escape").has_value());
}

void TestRefs::localPointers()
{
    const auto a = analyze(doc3(R"(channels:
  user/signedup:
    address: user/signedup
    messages:
      m:
        $ref: '#/components/messages/a~1b'
  other:
    address: other
    messages:
      n:
        $ref: '#/components/messages/with%20space'
  tilde:
    address: tilde
    messages:
      t:
        $ref: '#/components/messages/x~0y'
operations:
  op:
    action: send
    channel:
      $ref: '#/channels/user~1signedup'
    messages:
      - $ref: '#/channels/user~1signedup/messages/m'
components:
  messages:
    a/b:
      payload: {type: string}
    with space:
      payload: {type: string}
    x~y:
      payload: {type: string}
)"));
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QCOMPARE(a->spec->operations.size(), 1);
    QCOMPARE(a->spec->operations.first().channel, QStringLiteral("user/signedup"));
    QCOMPARE(a->spec->operations.first().messages, QStringList{u"m"_s});
    QCOMPARE(a->spec->channels.first().messages.size(), 1);
    QVERIFY(a->spec->channels.first().messages.first().payload);
}

void TestRefs::filesSeveralDeep()
{
    const QString path = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/main.yaml");
    AnalyzeOptions options;
    options.filePath = path;
    const auto a = analyze(read(path), options);
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QCOMPARE(a->documents->others().size(), std::size_t(2));
    const Message &m = a->spec->channels.first().messages.first();
    QCOMPARE(m.messageName, QStringLiteral("orderPlaced"));
    QVERIFY(m.payload);
    QVERIFY(m.payload.doc->fileName().endsWith(QLatin1String("deeper/schemas.yaml")));
}

void TestRefs::brokenReferenceTwoFilesAway()
{
    const QString path = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/broken-deep.yaml");
    AnalyzeOptions options;
    options.filePath = path;
    const auto a = analyze(read(path), options);
    QVERIFY(!a->isValid());
    bool found = false;
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code == QLatin1String("ref.unresolved")) {
            QVERIFY(d.file.endsWith(QLatin1String("nested/broken.yaml")));
            QCOMPARE(d.range.start.line, 4); // the $ref line in that file
            found = true;
        }
    }
    QVERIFY(found);
}

void TestRefs::unresolvedLocal()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        $ref: '#/components/messages/nope'
)"));
    QVERIFY(hasCode(*a, QStringLiteral("ref.unresolved"), 10));
    QVERIFY(!a->isValid());
}

void TestRefs::invalidPointer()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    $ref: '# /components/channels/x'
)"));
    QVERIFY2(hasCode(*a, QStringLiteral("ref.invalid"), 7), qPrintable(codes(*a).join(QLatin1Char(' '))));
}

void TestRefs::cycleOfReferences()
{
    QElapsedTimer t;
    t.start();
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        $ref: '#/components/messages/a'
components:
  messages:
    a:
      $ref: '#/components/messages/b'
    b:
      $ref: '#/components/messages/a'
)"));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY2(hasCode(*a, QStringLiteral("ref.cycle")), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QVERIFY(!a->isValid());
}

void TestRefs::recursiveSchemaIsLegal()
{
    QElapsedTimer t;
    t.start();
    const auto a = analyze(doc3(R"(channels:
  tree:
    address: tree
    messages:
      node:
        payload:
          $ref: '#/components/schemas/node'
        examples:
          - payload: {name: root, children: [{name: leaf, children: []}]}
          - payload: {name: root, children: [{name: 7}]}
components:
  schemas:
    node:
      type: object
      properties:
        name: {type: string}
        children:
          type: array
          items:
            $ref: '#/components/schemas/node'
)"));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(!hasCode(*a, QStringLiteral("ref.cycle")));
    // The second example has a nested name that is not a string: found through the recursion.
    QCOMPARE(codes(*a, Severity::Error), QStringList{u"message.example-invalid@14"_s});
}

void TestRefs::remoteNotFetchedByDefault()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          $ref: 'https://example.com/schemas/m.json'
)"));
    QVERIFY(hasCode(*a, QStringLiteral("ref.remote-not-fetched"), 11));
    // A warning, so that the document is not called fine silently; not an error, so it stays valid.
    QCOMPARE(codes(*a, Severity::Warning), QStringList{u"ref.remote-not-fetched@11"_s});
    QVERIFY(a->isValid());
}

void TestRefs::remoteFetchedWhenAllowed()
{
    AnalyzeOptions options;
    QStringList fetched;
    options.load.fetchRemote = [&fetched](const QString &url) {
        fetched << url;
        FetchResult result;
        if (url == QLatin1String("https://example.com/schemas/m.yaml"))
            result.bytes = "type: object\nproperties:\n  id: {type: integer}\n";
        else
            result.error = u"the server answered HTTP 404 Not Found"_s;
        return result;
    };
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          $ref: 'https://example.com/schemas/m.yaml'
        examples:
          - payload: {id: 'not a number'}
      n:
        payload:
          $ref: 'https://example.com/missing.yaml'
)"),
                           options);
    QCOMPARE(fetched.size(), 2);
    QVERIFY(hasCode(*a, QStringLiteral("message.example-invalid"), 13));
    QVERIFY(hasCode(*a, QStringLiteral("ref.fetch-failed"), 16));
}

void TestRefs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir root(m_dir.path());
    QVERIFY(root.mkpath(u"project/schemas"_s) && root.mkpath(u"outside"_s));
    m_project = root.filePath(u"project"_s);
    m_outside = root.filePath(u"outside"_s);
    const QByteArray secret = "type: object\ndescription: 'TOPSECRET-CONTENT do not show'\n";
    QVERIFY(write(m_outside + u"/secret.yaml"_s, secret));
    QVERIFY(write(m_outside + u"/refs-back.yaml"_s,
                  "type: object\nproperties:\n  a:\n    $ref: '../project/schemas/ok.yaml'\n"));
    QVERIFY(
        write(m_outside + u"/leaves.yaml"_s, "type: object\nproperties:\n  a:\n    $ref: '../secret-beside.yaml'\n"));
    QVERIFY(write(root.filePath(u"secret-beside.yaml"_s), secret));
    QVERIFY(write(m_project + u"/schemas/ok.yaml"_s, "type: object\nproperties:\n  id: {type: string}\n"));
    QVERIFY(write(m_project + u"/schemas/sibling.yaml"_s, "type: object\nproperties:\n  ok:\n    $ref: './ok.yaml'\n"));
    QVERIFY(write(m_project + u"/schemas/escapes.yaml"_s,
                  "type: object\nproperties:\n  s:\n    $ref: '../../outside/secret.yaml'\n"));
    // Links: one out of the tree, one within it, and a folder linked from outside.
    QVERIFY(QFile::link(m_outside + u"/secret.yaml"_s, m_project + u"/link-out.yaml"_s));
    QVERIFY(QFile::link(m_project + u"/schemas/ok.yaml"_s, m_project + u"/link-in.yaml"_s));
    QVERIFY(QFile::link(m_outside, m_project + u"/vendor"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, m_project + u"/zero.yaml"_s));
    // Hidden files and folders in the tree, as in a home folder (audit: a spec saved in $HOME).
    QVERIFY(root.mkpath(u"project/.ssh"_s));
    QVERIFY(write(m_project + u"/.ssh/id_ed25519"_s, secret));
    QVERIFY(write(m_project + u"/.git-credentials"_s, secret));
    QVERIFY(write(m_project + u"/schemas/.hidden.yaml"_s, secret));
    QVERIFY(QFile::link(m_project + u"/.ssh"_s, m_project + u"/keys"_s));
    // Dangling links: where they point decides, not whether the target exists.
    QVERIFY(QFile::link(u"../outside/no-such-folder"_s, m_project + u"/dangling-out"_s));
    QVERIFY(QFile::link(u"dangling-out"_s, m_project + u"/dangling-chain"_s));
    QVERIFY(QFile::link(u"schemas/no-such.yaml"_s, m_project + u"/dangling-in.yaml"_s));
    QVERIFY(QFile::link(u"loop-b"_s, m_project + u"/loop-a"_s));
    QVERIFY(QFile::link(u"loop-a"_s, m_project + u"/loop-b"_s));
    // A FIFO: opening it for reading blocks until a writer comes, which never happens here.
    QCOMPARE(::mkfifo(QFile::encodeName(m_project + u"/pipe.yaml"_s).constData(), 0600), 0);
}

void TestRefs::refusedReferences_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("code");
    const QString outside = u"ref.outside-folder"_s;
    const QString notAFile = u"ref.not-a-file"_s;
    QTest::newRow("absolute-path") << m_outside + u"/secret.yaml"_s << QStringList{} << outside;
    QTest::newRow("absolute-etc-passwd") << u"/etc/passwd"_s << QStringList{} << outside;
    QTest::newRow("dot-dot-escape") << u"../outside/secret.yaml"_s << QStringList{} << outside;
    QTest::newRow("dot-dot-percent-encoded") << u"%2E%2E/outside/secret.yaml"_s << QStringList{} << outside;
    QTest::newRow("dot-dot-deep") << u"schemas/../../outside/secret.yaml"_s << QStringList{} << outside;
    QTest::newRow("symlink-out") << u"./link-out.yaml"_s << QStringList{} << outside;
    QTest::newRow("symlinked-folder-out") << u"vendor/secret.yaml"_s << QStringList{} << outside;
    QTest::newRow("symlink-to-dev-zero") << u"zero.yaml"_s << QStringList{} << outside;
    QTest::newRow("dev-zero") << u"/dev/zero"_s << QStringList{} << outside;
    QTest::newRow("proc-environ") << u"/proc/self/environ"_s << QStringList{} << outside;
    QTest::newRow("missing-outside-is-not-told-apart") << u"../no-such-file.yaml"_s << QStringList{} << outside;
    // Even in an allowed folder, only regular files are read.
    QTest::newRow("fifo-in-tree") << u"./pipe.yaml"_s << QStringList{} << notAFile;
    QTest::newRow("folder-in-tree") << u"./schemas"_s << QStringList{} << notAFile;
    QTest::newRow("dev-zero-allowed") << u"/dev/zero"_s << QStringList{u"/dev"_s} << notAFile;
    QTest::newRow("symlink-to-dev-zero-allowed") << u"zero.yaml"_s << QStringList{u"/dev"_s} << notAFile;
    QTest::newRow("dev-tty-allowed") << u"/dev/tty"_s << QStringList{u"/dev"_s} << notAFile;
    QTest::newRow("proc-environ-allowed") << u"/proc/self/environ"_s << QStringList{u"/proc/self"_s} << notAFile;
    QTest::newRow("missing-in-tree") << u"./no-such-file.yaml"_s << QStringList{} << u"ref.unresolved"_s;
    // A dangling link pointing out answers as one whose target exists: "outside", never "cannot read".
    QTest::newRow("dangling-link-out") << u"dangling-out/s.yaml"_s << QStringList{} << outside;
    QTest::newRow("dangling-link-out-itself") << u"dangling-out"_s << QStringList{} << outside;
    QTest::newRow("dangling-link-chain-out") << u"dangling-chain/s.yaml"_s << QStringList{} << outside;
    QTest::newRow("dangling-link-in-tree") << u"dangling-in.yaml"_s << QStringList{} << u"ref.unresolved"_s;
    QTest::newRow("link-loop") << u"loop-a/s.yaml"_s << QStringList{} << outside;
    // Hidden files and folders of the tree are not read.
    const QString hidden = u"ref.hidden-file"_s;
    QTest::newRow("hidden-folder") << u".ssh/id_ed25519"_s << QStringList{} << hidden;
    QTest::newRow("hidden-file") << u".git-credentials"_s << QStringList{} << hidden;
    QTest::newRow("hidden-file-deeper") << u"schemas/.hidden.yaml"_s << QStringList{} << hidden;
    QTest::newRow("hidden-through-a-link") << u"keys/id_ed25519"_s << QStringList{} << hidden;
    QTest::newRow("hidden-absolute") << m_project + u"/.ssh/id_ed25519"_s << QStringList{} << hidden;
    QTest::newRow("hidden-missing-is-not-told-apart") << u".ssh/no-such-key"_s << QStringList{} << hidden;
}

void TestRefs::refusedReferences()
{
    QFETCH(QString, ref);
    QFETCH(QStringList, allowed);
    QFETCH(QString, code);
    QElapsedTimer timer;
    timer.start();
    const auto a = analyzeInProject(ref, allowed);
    QVERIFY2(timer.elapsed() < 5000, "a refused reference must not block or read for long");
    QVERIFY2(hasCode(*a, code, 11), qPrintable(codes(*a).join(u' ')));
    QVERIFY(!a->isValid());
    QVERIFY(a->documents->others().empty()); // nothing was loaded
    QVERIFY(leaksNothing(*a));
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code == code) {
            QVERIFY2(d.message.contains(ref.section(u'/', -1)), qPrintable(d.message)); // names the reference
            QVERIFY(d.file.isEmpty());                                                  // on the `$ref` line
        }
    }
}

void TestRefs::symlinkInsideTheTreeIsFollowed()
{
    for (const QString &ref :
         QStringList{u"./link-in.yaml"_s, u"schemas/sibling.yaml"_s, m_project + u"/schemas/ok.yaml"_s}) {
        const auto a = analyzeInProject(ref);
        QVERIFY2(a->isValid(), qPrintable(ref + u": "_s + codes(*a).join(u' ')));
        QVERIFY(!a->documents->others().empty());
    }
}

void TestRefs::allowedFolderIsRead_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QStringList>("allowed");
    QTest::newRow("dot-dot") << u"../outside/secret.yaml"_s << QStringList{m_outside};
    QTest::newRow("absolute") << m_outside + u"/secret.yaml"_s << QStringList{m_outside};
    QTest::newRow("given-through-dot-dot") << u"../outside/secret.yaml"_s << QStringList{m_project + u"/../outside"_s};
    QTest::newRow("given-through-a-link") << u"../outside/secret.yaml"_s << QStringList{m_project + u"/vendor"_s};
    QTest::newRow("linked-folder") << u"vendor/secret.yaml"_s << QStringList{m_outside};
    QTest::newRow("and-back-into-the-tree") << u"../outside/refs-back.yaml"_s << QStringList{m_outside};
}

void TestRefs::allowedFolderIsRead()
{
    QFETCH(QString, ref);
    QFETCH(QStringList, allowed);
    QVERIFY(hasCode(*analyzeInProject(ref), u"ref.outside-folder"_s, 11));
    const auto a = analyzeInProject(ref, allowed);
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(u' ')));
    QVERIFY(!a->documents->others().empty());
}

void TestRefs::referencedFileMayNotLeaveEither()
{
    // A file in the tree that points out of it: refused, and reported in that file.
    auto a = analyzeInProject(u"schemas/escapes.yaml"_s);
    bool found = false;
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code == QLatin1String("ref.outside-folder")) {
            QVERIFY(d.file.endsWith(u"schemas/escapes.yaml"_s));
            QCOMPARE(d.range.start.line, 3);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(codes(*a).join(u' ')));
    QVERIFY(leaksNothing(*a));
    // An allowed folder gives no passage beyond itself.
    a = analyzeInProject(u"../outside/leaves.yaml"_s, {m_outside});
    QVERIFY2(hasCode(*a, u"ref.outside-folder"_s, 4), qPrintable(codes(*a).join(u' ')));
    QVERIFY(leaksNothing(*a));
}

void TestRefs::oversizedFileIsRefused()
{
    const QString big = m_project + u"/big.yaml"_s;
    QVERIFY(write(big, "type: object\ndescription: '" + QByteArray(4000, 'x') + "'\n"));
    LoadOptions load;
    load.limits.maxBytes = 2000; // the main document is smaller
    const auto a = analyzeInProject(u"big.yaml"_s, {}, load);
    QVERIFY2(hasCode(*a, u"ref.too-large"_s, 11), qPrintable(codes(*a).join(u' ')));
    QVERIFY(a->documents->others().empty());
    QVERIFY(analyzeInProject(u"big.yaml"_s)->isValid()); // the default cap is 32 MB
    QVERIFY(QFile::remove(big));
}

void TestRefs::totalBudgetAcrossFiles()
{
    QTemporaryDir dir;
    const QByteArray schema = "type: object\ndescription: '" + QByteArray(300, 'x') + "'\n";
    for (const char *name : {"a.yaml", "b.yaml", "c.yaml"})
        QVERIFY(write(dir.filePath(QLatin1String(name)), schema));
    AnalyzeOptions options;
    options.filePath = dir.filePath(u"api.yaml"_s);
    options.load.maxTotalBytes = 2 * schema.size() + 10; // two fit, the third does not
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      a: {payload: {$ref: './a.yaml'}}
      b: {payload: {$ref: './b.yaml'}}
      c: {payload: {$ref: './c.yaml'}}
)"),
                           options);
    QCOMPARE(a->documents->others().size(), std::size_t(2));
    QVERIFY2(hasCode(*a, u"ref.too-large"_s, 11), qPrintable(codes(*a).join(u' ')));
    options.load.maxTotalBytes = 3 * schema.size();
    QVERIFY(analyze(QByteArray::fromStdString(a->document->text()), options)->isValid());
}

void TestRefs::unsavedDocumentReadsNoFiles()
{
    // An unsaved document resolves nothing against the working folder (often the home folder).
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_outside));
    const auto a = analyze(payloadRef(u"secret.yaml"_s));
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(hasCode(*a, u"ref.unsaved-document"_s, 11), qPrintable(codes(*a).join(u' ')));
    QVERIFY(a->documents->others().empty());
    QVERIFY(leaksNothing(*a));
    // References within the document still resolve.
    QVERIFY(analyze(doc3("channels:\n  c:\n    $ref: '#/components/channels/c'\ncomponents:\n  channels:\n"
                         "    c: {address: c}\n"))
                ->isValid());
}

void TestRefs::hiddenFilesAreReadOnlyWhenAllowed_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QStringList>("allowed");
    QTest::newRow("hidden-folder-allowed") << u".ssh/id_ed25519"_s << QStringList{m_project + u"/.ssh"_s};
    QTest::newRow("tree-allowed-by-name") << u".git-credentials"_s << QStringList{m_project};
    QTest::newRow("through-a-link") << u"keys/id_ed25519"_s << QStringList{m_project + u"/keys"_s};
}

void TestRefs::hiddenFilesAreReadOnlyWhenAllowed()
{
    QFETCH(QString, ref);
    QFETCH(QStringList, allowed);
    QVERIFY(hasCode(*analyzeInProject(ref), u"ref.hidden-file"_s, 11));
    const auto a = analyzeInProject(ref, allowed);
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(u' ')));
    QVERIFY(!a->documents->others().empty());
}

void TestRefs::homeRootAndTempAreNotProjects_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("kind");
    const QString home = m_dir.filePath(u"home"_s);
    const QString temp = m_dir.filePath(u"tmp"_s);
    QTest::newRow("home-key") << home << u".ssh/id_ed25519"_s << u"home folder"_s;
    QTest::newRow("home-schema") << home << u"schemas/x.yaml"_s << u"home folder"_s;
    QTest::newRow("home-missing") << home << u"schemas/no-such.yaml"_s << u"home folder"_s;
    QTest::newRow("temp-schema") << temp << u"schemas/x.yaml"_s << u"temporary folder"_s;
    QTest::newRow("root") << u"/"_s << u"etc/hostname"_s << u"root folder"_s;
}

void TestRefs::homeRootAndTempAreNotProjects()
{
    QFETCH(QString, folder);
    QFETCH(QString, ref);
    QFETCH(QString, kind);
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldTemp = qgetenv("TMPDIR");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        qputenv("TMPDIR", oldTemp);
    });
    const QString home = m_dir.filePath(u"home"_s);
    const QString temp = m_dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(home + u"/.ssh"_s) && QDir().mkpath(home + u"/schemas"_s) &&
            QDir().mkpath(temp + u"/schemas"_s));
    QVERIFY(write(home + u"/.ssh/id_ed25519"_s, "type: object\ndescription: 'TOPSECRET-CONTENT do not show'\n"));
    QVERIFY(write(home + u"/schemas/x.yaml"_s, "type: string\n"));
    QVERIFY(write(temp + u"/schemas/x.yaml"_s, "type: string\n"));
    qputenv("HOME", QFile::encodeName(home));
    qputenv("TMPDIR", QFile::encodeName(temp));
    QCOMPARE(QDir::homePath(), home);

    AnalyzeOptions options;
    options.filePath = QDir(folder).filePath(u"api.yaml"_s); // need not exist: the analysis gets the text
    auto a = analyze(payloadRef(ref), options);
    QVERIFY2(hasCode(*a, u"ref.not-a-project-folder"_s, 11), qPrintable(codes(*a).join(u' ')));
    QVERIFY(a->documents->others().empty());
    QVERIFY(leaksNothing(*a));
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code == QLatin1String("ref.not-a-project-folder")) {
            QVERIFY2(d.message.contains(kind), qPrintable(d.message));       // says why
            QVERIFY2(d.message.contains(u"allow"_s), qPrintable(d.message)); // and how
        }
    }
    if (folder == u"/"_s)
        return; // the root is not allowed here: nothing of it is meant to be read
    // Allowing the folder by name reads it, hidden files included.
    options.load.allowedRoots = {folder};
    a = analyze(payloadRef(ref), options);
    QVERIFY(!hasCode(*a, u"ref.not-a-project-folder"_s));
    if (!ref.contains(u"no-such"_s)) {
        QVERIFY2(a->isValid(), qPrintable(codes(*a).join(u' ')));
        QVERIFY(!a->documents->others().empty());
    }
}

void TestRefs::projectsInTheHomeFolderStillWork()
{
    const QByteArray oldHome = qgetenv("HOME");
    const auto restore = qScopeGuard([&] { qputenv("HOME", oldHome); });
    const QString home = m_dir.filePath(u"home2"_s);
    const QString api = home + u"/projects/api"_s;
    QVERIFY(QDir().mkpath(api + u"/schemas"_s) && QDir().mkpath(home + u"/projects/common"_s) &&
            QDir().mkpath(home + u"/.ssh"_s));
    QVERIFY(write(api + u"/schemas/x.yaml"_s, "type: string\n"));
    QVERIFY(write(home + u"/projects/common/y.yaml"_s, "type: integer\n"));
    QVERIFY(write(home + u"/.ssh/id_ed25519"_s, "type: object\ndescription: 'TOPSECRET-CONTENT do not show'\n"));
    qputenv("HOME", QFile::encodeName(home));
    QCOMPARE(ConfinedFile::folderKind(QFileInfo(home).canonicalFilePath()), ConfinedFile::FolderKind::Home);
    QCOMPARE(ConfinedFile::folderKind(QFileInfo(api).canonicalFilePath()), ConfinedFile::FolderKind::Project);
    QCOMPARE(ConfinedFile::folderKind(u"/"_s), ConfinedFile::FolderKind::FileSystemRoot);

    AnalyzeOptions options;
    options.filePath = api + u"/api.yaml"_s;
    QVERIFY(analyze(payloadRef(u"./schemas/x.yaml"_s), options)->isValid());
    QVERIFY(hasCode(*analyze(payloadRef(u"../common/y.yaml"_s), options), u"ref.outside-folder"_s, 11));
    const auto key = analyze(payloadRef(u"../../.ssh/id_ed25519"_s), options);
    QVERIFY(hasCode(*key, u"ref.outside-folder"_s, 11));
    QVERIFY(leaksNothing(*key));
    options.load.allowedRoots = {home + u"/projects/common"_s};
    const auto a = analyze(payloadRef(u"../common/y.yaml"_s), options);
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(u' ')));
    QCOMPARE(a->documents->others().size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestRefs)
#include "tst_refs.moc"
