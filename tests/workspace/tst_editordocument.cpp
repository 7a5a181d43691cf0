// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "serverprocess.h"
#include "testconfig.h"

#include <workspace/editordocument.h>
#include <workspace/recoverystore.h>
#include <workspace/referencefolders.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Signalbox::Workspace;
using Signalbox::AsyncApi::Analysis;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Valid = QStringLiteral("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n");

/** A valid document whose message payload is `$ref: ref` (on line 11). */
QString withPayloadRef(const QString &ref)
{
    return Valid + u"channels:\n  c:\n    address: c\n    messages:\n      m:\n        payload:\n          $ref: '"_s +
           ref + u"'\n"_s;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList codes(const Analysis &a)
{
    QStringList out;
    for (const auto &d : a.diagnostics)
        out << u"%1@%2"_s.arg(d.code).arg(d.range.start.line + 1);
    return out;
}

QString bigDocument(int channels)
{
    QString t = Valid + QStringLiteral("channels:\n");
    for (int i = 0; i < channels; ++i)
        t += QStringLiteral("  c%1:\n    address: 'a/%1'\n    messages:\n      m:\n        payload: {type: string}\n")
                 .arg(i);
    return t;
}

} // namespace

class TestEditorDocument : public QObject
{
    Q_OBJECT

private slots:
    void typingIsDebouncedIntoOneAnalysis();
    void staleResultIsDropped();
    void lastGoodAnalysisSurvivesATypo();
    void editsAreOneUndoStep();
    void saveIsAtomicAndLoadRoundTrips();
    void changeOnDiskIsNoticed();
    void saveAsResolvesInTheNewFolder();
    void unsavedDocumentResolvesAfterSaving();
    void referenceFoldersFollowTheStore();
    void referenceFoldersKeepWhatTheOwnTreeDoesNotAllow();
    void fetchingRemoteReferencesFollowsTheStore();
    void saveKeepsTheTextAsItWas();
    void autosaveKeepsTheTextAsItWas();
    void nonUtf8FileGivesAWarning();
    void specialOrHugeFileIsRefused_data();
    void specialOrHugeFileIsRefused();
    void looksLikeJson_data();
    void looksLikeJson();
};

void TestEditorDocument::typingIsDebouncedIntoOneAnalysis()
{
    EditorDocument doc;
    QSignalSpy spy(&doc, &EditorDocument::analysisChanged);
    QTextCursor c(doc.textDocument());
    for (const QChar ch : Valid)
        c.insertText(QString(ch));
    // The process's first analysis compiles the official schema: seconds on a loaded machine.
    QVERIFY(spy.wait(30000));
    QCOMPARE(doc.analysesStarted(), 1);
    QVERIFY(doc.analysis());
    QCOMPARE(doc.analysis()->generation, doc.generation());
    QVERIFY(doc.analysis()->isValid());
    QVERIFY(!doc.isStale());
}

void TestEditorDocument::staleResultIsDropped()
{
    EditorDocument doc;
    doc.textDocument()->setPlainText(bigDocument(3000));
    doc.analyseNow(); // a long analysis is now running
    QTextCursor c(doc.textDocument());
    c.movePosition(QTextCursor::End);
    c.insertText(QStringLiteral("x-late: 1\n")); // changes the text while it runs
    const quint64 latest = doc.generation();
    doc.analyseNow(); // queued behind the running one
    QTRY_VERIFY_WITH_TIMEOUT(doc.analysis() && doc.analysis()->generation == latest, 20000);
    QCOMPARE(doc.resultsDropped(), 1);
    QCOMPARE(doc.analysesStarted(), 2);
    QVERIFY(doc.analysis()->isValid());
}

void TestEditorDocument::lastGoodAnalysisSurvivesATypo()
{
    EditorDocument doc;
    QSignalSpy stale(&doc, &EditorDocument::staleChanged);
    doc.setText(Valid);
    QTRY_VERIFY(doc.analysis() && doc.analysis()->parsed());
    const auto good = doc.lastGoodAnalysis();
    QVERIFY(!doc.isStale());
    QTextCursor c(doc.textDocument());
    c.movePosition(QTextCursor::End);
    c.insertText(QStringLiteral("channels: {a: [\n"));
    QVERIFY(doc.isStale());
    QTRY_VERIFY(doc.analysis() != good);
    QVERIFY(!doc.analysis()->parsed());
    QCOMPARE(doc.lastGoodAnalysis(), good);
    QVERIFY(doc.isStale());
    doc.textDocument()->undo();
    QTRY_VERIFY(!doc.isStale());
}

void TestEditorDocument::editsAreOneUndoStep()
{
    EditorDocument doc;
    doc.setText(Valid);
    doc.textDocument()->clearUndoRedoStacks();
    const qsizetype title = Valid.indexOf(QLatin1String("T\n"));
    const qsizetype version = Valid.indexOf(QLatin1String("'1'"));
    doc.applyEdits({{title, title + 1, QStringLiteral("Harbour")}, {version, version + 3, QStringLiteral("'2'")}});
    QVERIFY(doc.textDocument()->toPlainText().contains(QLatin1String("title: Harbour\n  version: '2'")));
    doc.textDocument()->undo(); // one step undoes both edits
    QCOMPARE(doc.textDocument()->toPlainText(), Valid);
    QVERIFY(!doc.textDocument()->isUndoAvailable());
}

void TestEditorDocument::saveIsAtomicAndLoadRoundTrips()
{
    QTemporaryDir dir;
    EditorDocument doc;
    doc.setText(Valid + QStringLiteral("# ünïcode\n"));
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    QString error;
    QVERIFY2(doc.save(path, &error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.filePath(), path);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.yaml")}); // no temp file left

    // A failed save leaves the old file as it was and says why.
    QVERIFY(!doc.save(dir.filePath(QStringLiteral("missing/b.yaml")), &error));
    QVERIFY(error.contains(QLatin1String("b.yaml")));

    EditorDocument other;
    QVERIFY(other.load(path, &error));
    QCOMPARE(other.textDocument()->toPlainText(), doc.textDocument()->toPlainText());
    QVERIFY(!other.isModified());
    QVERIFY(!other.load(dir.filePath(QStringLiteral("nope.yaml")), &error));
    QVERIFY(error.contains(QLatin1String("nope.yaml")));
}

void TestEditorDocument::changeOnDiskIsNoticed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.yaml"));
    EditorDocument doc;
    doc.setText(Valid);
    QString error;
    QVERIFY(doc.save(path, &error));
    QSignalSpy changed(&doc, &EditorDocument::fileChangedOnDisk);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
        f.write("x-other: 1\n");
    }
    QVERIFY(changed.wait(5000));
    // Our own save is not a change on disk.
    changed.clear();
    QVERIFY(doc.save(path, &error));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 0);
}

void TestEditorDocument::saveAsResolvesInTheNewFolder()
{
    // Audit M10: "Save As" into another folder used to keep the references resolved in the old one.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"a"_s) && QDir(dir.path()).mkpath(u"b"_s));
    QVERIFY(write(dir.filePath(u"a/schema.yaml"_s), "type: string\n"));
    QVERIFY(write(dir.filePath(u"a/api.yaml"_s), withPayloadRef(u"./schema.yaml"_s).toUtf8()));
    EditorDocument doc;
    QSignalSpy analysed(&doc, &EditorDocument::analysisChanged);
    QString error;
    QVERIFY(doc.load(dir.filePath(u"a/api.yaml"_s), &error));
    QVERIFY(analysed.wait(5000));
    QVERIFY2(doc.analysis()->isValid(), qPrintable(codes(*doc.analysis()).join(u' ')));
    analysed.clear();
    QVERIFY(doc.save(dir.filePath(u"b/api.yaml"_s), &error));
    QVERIFY(analysed.wait(5000)); // analysed again, with the same text
    QVERIFY(doc.analysis()->filePath.endsWith(u"b/api.yaml"_s));
    QVERIFY2(codes(*doc.analysis()).contains(u"ref.unresolved@11"_s), qPrintable(codes(*doc.analysis()).join(u' ')));
    // And back: resolved again.
    QVERIFY(doc.save(dir.filePath(u"a/api.yaml"_s), &error));
    QTRY_VERIFY(doc.analysis()->filePath.endsWith(u"a/api.yaml"_s));
    QVERIFY(doc.analysis()->isValid());
}

void TestEditorDocument::unsavedDocumentResolvesAfterSaving()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"schema.yaml"_s), "type: string\n"));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path())); // not where an unsaved document's references resolve
    EditorDocument doc;
    doc.setText(withPayloadRef(u"schema.yaml"_s));
    QTRY_VERIFY(doc.analysis());
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(codes(*doc.analysis()).contains(u"ref.unsaved-document@11"_s),
             qPrintable(codes(*doc.analysis()).join(u' ')));
    QString error;
    QVERIFY(doc.save(dir.filePath(u"api.yaml"_s), &error));
    QTRY_VERIFY(!doc.analysis()->filePath.isEmpty());
    QVERIFY2(doc.analysis()->isValid(), qPrintable(codes(*doc.analysis()).join(u' ')));
}

void TestEditorDocument::referenceFoldersFollowTheStore()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"service"_s) && QDir(dir.path()).mkpath(u"common"_s));
    QVERIFY(write(dir.filePath(u"common/schema.yaml"_s), "type: string\n"));
    const QString api = dir.filePath(u"service/api.yaml"_s);
    QVERIFY(write(api, withPayloadRef(u"../common/schema.yaml"_s).toUtf8()));
    const QString settings = dir.filePath(u"settings.ini"_s);
    ReferenceFolders store(settings);
    EditorDocument doc;
    doc.setReferenceFolderStore(&store);
    QString error;
    QVERIFY(doc.load(api, &error));
    QTRY_VERIFY(doc.analysis());
    QVERIFY2(codes(*doc.analysis()).contains(u"ref.outside-folder@11"_s),
             qPrintable(codes(*doc.analysis()).join(u' ')));

    // Allowing the sibling folder for the document's folder analyses it again.
    const QString project = ReferenceFolders::projectFolderOf(api);
    QCOMPARE(project, QFileInfo(dir.filePath(u"service"_s)).canonicalFilePath());
    QSignalSpy analysed(&doc, &EditorDocument::analysisChanged);
    store.setFolders(project,
                     {dir.filePath(u"service/../common"_s), dir.filePath(u"service"_s), dir.filePath(u"nope"_s)});
    const QStringList expected{QFileInfo(dir.filePath(u"common"_s)).canonicalFilePath()};
    QCOMPARE(store.folders(project), expected); // canonical; its own tree and missing folders left out
    QCOMPARE(doc.referenceFolders(), expected);
    QVERIFY(analysed.wait(5000));
    QVERIFY2(doc.analysis()->isValid(), qPrintable(codes(*doc.analysis()).join(u' ')));

    // Remembered: another store on the same settings, and another document of that folder.
    ReferenceFolders again(settings);
    QCOMPARE(again.folders(project), expected);
    EditorDocument other;
    other.setReferenceFolderStore(&again);
    QVERIFY(other.load(api, &error));
    QCOMPARE(other.referenceFolders(), expected);
    QTRY_VERIFY(other.analysis());
    QVERIFY(other.analysis()->isValid());
    // Another project folder has its own (empty) list.
    QVERIFY(again.folders(QFileInfo(dir.path()).canonicalFilePath()).isEmpty());

    // Taking it back refuses the reference again.
    analysed.clear();
    store.setFolders(project, {});
    QVERIFY(doc.referenceFolders().isEmpty());
    QVERIFY(analysed.wait(5000));
    QVERIFY(codes(*doc.analysis()).contains(u"ref.outside-folder@11"_s));

    // Without a store, folders can be given directly.
    doc.setReferenceFolderStore(nullptr);
    analysed.clear();
    doc.setReferenceFolders(expected);
    QVERIFY(analysed.wait(5000));
    QVERIFY(doc.analysis()->isValid());
}

void TestEditorDocument::saveKeepsTheTextAsItWas()
{
    // Audit L1: no-break spaces, line separators, a byte order mark and CRLF line ends survive a save.
    QTemporaryDir dir;
    const QByteArray original = "\xEF\xBB\xBF"
                                "asyncapi: 3.0.0\r\ninfo:\r\n  title: 'A\xC2\xA0"
                                "B\xE2\x80\xA8"
                                "C'\r\n"
                                "  version: '1'\r\n";
    const QString path = dir.filePath(u"a.yaml"_s);
    QVERIFY(write(path, original));
    EditorDocument doc;
    QString error;
    QString warning = u"stale"_s;
    QVERIFY(doc.load(path, &error, &warning));
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    QVERIFY(doc.text().contains(u"A\u00A0B\u2028C"_s));
    QVERIFY(doc.save(dir.filePath(u"b.yaml"_s), &error));
    QCOMPARE(read(dir.filePath(u"b.yaml"_s)), original);
    // What is analysed is what is saved.
    QTRY_VERIFY(doc.analysis());
    QVERIFY(QString::fromStdString(doc.analysis()->document->text()).contains(u"A\u00A0B\u2028C"_s));

    // A new document is written with plain line ends and no byte order mark.
    EditorDocument fresh;
    fresh.setText(Valid);
    QVERIFY(fresh.save(dir.filePath(u"c.yaml"_s), &error));
    QCOMPARE(read(dir.filePath(u"c.yaml"_s)), Valid.toUtf8());
}

void TestEditorDocument::autosaveKeepsTheTextAsItWas()
{
    // Audit L1: the recovery copy was toPlainText() too.
    QTemporaryDir dir;
    RecoveryStore store(dir.filePath(u"recovery"_s));
    Autosaver autosaver(store, 60000);
    EditorDocument doc;
    doc.setText(u"a: 'x\u00A0y\u2028z'\n"_s);
    doc.textDocument()->setModified(true);
    autosaver.add(&doc);
    autosaver.saveAll();
    const QList<RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().text, u"a: 'x\u00A0y\u2028z'\n"_s);
}

void TestEditorDocument::nonUtf8FileGivesAWarning()
{
    QTemporaryDir dir;
    const QString latin1 = dir.filePath(u"latin1.yaml"_s);
    QVERIFY(write(latin1, "asyncapi: 3.0.0\ninfo:\n  title: 'Caf\xE9'\n  version: '1'\n"));
    EditorDocument doc;
    QString error;
    QString warning;
    QVERIFY(doc.load(latin1, &error, &warning));
    QVERIFY(warning.contains(u"latin1.yaml"_s));
    QVERIFY2(warning.contains(u"line 3"_s), qPrintable(warning));
    // A sequence cut at the end of the file is not UTF-8 either.
    QVERIFY(write(latin1, "a: '\xC3"));
    QVERIFY(doc.load(latin1, &error, &warning));
    QVERIFY(!warning.isEmpty());
    // Characters the editor cannot keep.
    QVERIFY(write(latin1, "a: 'x\xE2\x80\xA9y'\n"));
    QVERIFY(doc.load(latin1, &error, &warning));
    QVERIFY(warning.contains(u"U+2029"_s));
    QVERIFY(write(latin1, "a: 'caf\xC3\xA9'\n"));
    QVERIFY(doc.load(latin1, &error, &warning));
    QVERIFY(warning.isEmpty());
}

void TestEditorDocument::specialOrHugeFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("fifo") << u"fifo"_s;
    QTest::newRow("dev-zero") << u"/dev/zero"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("larger-than-32-MB") << u"huge"_s;
}

void TestEditorDocument::specialOrHugeFileIsRefused()
{
    // Audit L9 and H1 for the main file: nothing blocks or loads without bound on the GUI thread.
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = kind;
    if (kind == u"fifo"_s) {
        path = dir.filePath(u"pipe.yaml"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder"_s) {
        path = dir.path();
    } else if (kind == u"huge"_s) {
        path = dir.filePath(u"huge.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(qint64(33) * 1024 * 1024)); // sparse
    }
    EditorDocument doc;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!doc.load(path, &error));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(doc.filePath().isEmpty());
}

void TestEditorDocument::referenceFoldersKeepWhatTheOwnTreeDoesNotAllow()
{
    // The own tree of a project is read anyway, but not its hidden folders, and the home folder is
    // no project at all: allowing those must be remembered, or the window could never allow them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"service/.keys"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"home/sub"_s));
    ReferenceFolders store(dir.filePath(u"settings.ini"_s));
    const QString project = QFileInfo(dir.filePath(u"service"_s)).canonicalFilePath();
    const QString hidden = QFileInfo(dir.filePath(u"service/.keys"_s)).canonicalFilePath();
    store.setFolders(project, {hidden, project});
    QCOMPARE(store.folders(project), QStringList{hidden});

    const QByteArray oldHome = qgetenv("HOME");
    const QString home = QFileInfo(dir.filePath(u"home"_s)).canonicalFilePath();
    qputenv("HOME", home.toLocal8Bit());
    const QString sub = home + u"/sub"_s;
    store.setFolders(home, {home, sub});
    qputenv("HOME", oldHome);
    QCOMPARE(store.folders(home), (QStringList{home, sub}));
}

void TestEditorDocument::looksLikeJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("json");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("yaml") << Valid << false;
    QTest::newRow("json") << u"{\"asyncapi\": \"3.0.0\"}"_s << true;
    QTest::newRow("json after blank lines") << u"\n  \n\t{\n}"_s << true;
    QTest::newRow("yaml flow mapping after a comment") << u"# {\n{a: 1}"_s << false;
    QTest::newRow("json array") << u"[1]"_s << false;
}

void TestEditorDocument::looksLikeJson()
{
    QFETCH(QString, text);
    QFETCH(bool, json);
    EditorDocument doc;
    doc.setText(text);
    QCOMPARE(doc.looksLikeJson(), json);
}

void TestEditorDocument::fetchingRemoteReferencesFollowsTheStore()
{
    QProcess server;
    const int port = Signalbox::Test::startPythonServer(
        server, QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/asyncapi/remote_refs_server.py"));
    QVERIFY2(port > 0, "the test server did not start");
    QTemporaryDir dir;
    const QString api = dir.filePath(u"api.yaml"_s);
    // The remote schema wants an integer id; the example gives a string: an error only when fetched.
    QVERIFY(write(api, (withPayloadRef(u"http://127.0.0.1:%1/good.yaml"_s.arg(port)) +
                        u"        examples:\n          - payload: {id: 'not a number'}\n"_s)
                           .toUtf8()));
    const QString settings = dir.filePath(u"settings.ini"_s);
    ReferenceFolders store(settings);
    EditorDocument doc;
    Signalbox::AsyncApi::RemoteFetchOptions fetch;
    fetch.cacheFolder = dir.filePath(u"cache"_s);
    fetch.timeoutMs = 2000;
    doc.setRemoteFetchOptions(fetch);
    doc.setReferenceFolderStore(&store);
    QString error;
    QVERIFY(doc.load(api, &error));
    QTRY_VERIFY(doc.analysis());
    QVERIFY(!doc.fetchesRemote()); // off by default
    QCOMPARE(codes(*doc.analysis()), QStringList{u"ref.remote-not-fetched@11"_s});

    // Turned on for the document's folder: analysed again, with the fetched schema.
    const QString project = ReferenceFolders::projectFolderOf(api);
    QSignalSpy analysed(&doc, &EditorDocument::analysisChanged);
    store.setFetchesRemote(project, true);
    QVERIFY(doc.fetchesRemote());
    QVERIFY(analysed.wait(5000));
    QCOMPARE(codes(*doc.analysis()), QStringList{u"message.example-invalid@13"_s});
    QVERIFY(QFileInfo(fetch.cacheFolder).isDir()); // the copy is kept where it was told

    // Remembered per folder: another store on the same settings; another folder is off.
    ReferenceFolders again(settings);
    QVERIFY(again.fetchesRemote(project));
    QVERIFY(!again.fetchesRemote(QFileInfo(QDir::tempPath()).canonicalFilePath()));
    QVERIFY(!again.fetchesRemote(QString()));

    // Off again: the warning is back.
    analysed.clear();
    store.setFetchesRemote(project, false);
    QVERIFY(!doc.fetchesRemote());
    QVERIFY(analysed.wait(5000));
    QCOMPARE(codes(*doc.analysis()), QStringList{u"ref.remote-not-fetched@11"_s});
    QVERIFY(!ReferenceFolders(settings).fetchesRemote(project));
    Signalbox::Test::stopServer(server);
}

QTEST_MAIN(TestEditorDocument)
#include "tst_editordocument.moc"
