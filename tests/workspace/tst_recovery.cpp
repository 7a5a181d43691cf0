// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <workspace/editordocument.h>
#include <workspace/recoverystore.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <sys/stat.h>

#include <memory>

using namespace Signalbox::Workspace;
using namespace Qt::Literals::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void crashedWorkIsRestored();
    void savedWorkLeavesNothingBehind();
    void storeIsPrivate();
    void noTextWithoutDescription();
    void orphanTextIsCleaned();
    void autosaveFailureIsReported();
    void defaultFolderTakesOverTheOldOne();
    void viewStateIsKept();
};

void TestRecovery::crashedWorkIsRestored()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(u"spec.yaml"_s);
    {
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("info: {}\n");
    }
    const QString typed = u"asyncapi: 3.0.0\n# unsaved work, ünïcode 😀\n"_s;
    const QString text = typed + u"info: {}\n"_s;
    QProcess p;
    p.setProgram(QStringLiteral(SIGNALBOX_BINARY_DIR "/tests/workspace/recovery_helper"));
    p.setArguments({dir.path(), typed, original});
    p.start();
    QVERIFY(p.waitForStarted(5000));
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains("ready") && p.state() == QProcess::Running; ++i) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.contains("ready"), p.readAllStandardError().constData());
    QCOMPARE(p.state(), QProcess::Running);
    p.kill(); // SIGKILL: no chance to clean up
    QVERIFY(p.waitForFinished(5000));

    const RecoveryStore store(dir.path());
    const QList<RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    const RecoveryStore::Entry entry = entries.first();
    QCOMPARE(entry.text, text);
    QCOMPARE(entry.originalPath, original);

    // What the window does when the user accepts the offer (MainWindow::offerRecovery).
    auto restored = std::make_unique<EditorDocument>();
    auto autosaver = std::make_unique<Autosaver>(store, 60000);
    autosaver->add(restored.get());
    restored->setText(entry.text);
    restored->textDocument()->setModified(true);
    autosaver->adopt(restored.get(), entry);
    QCOMPARE(restored->textDocument()->toPlainText(), text);
    QCOMPARE(autosaver->idOf(restored.get()), entry.id);
    QCOMPARE(autosaver->originalPathOf(restored.get()), original);

    // The restored work is never without its copy on disk: it stays until written again.
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().text, text);
    autosaver->saveAll(); // nothing changed: nothing to write, nothing removed
    QCOMPARE(store.entries().size(), 1);

    // A crash right after restoring loses nothing.
    autosaver.reset();
    restored.reset();
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().text, text);

    // Restored again, then edited: written under the same id, still naming the original file.
    restored = std::make_unique<EditorDocument>();
    autosaver = std::make_unique<Autosaver>(store, 60000);
    autosaver->add(restored.get());
    restored->setText(entry.text);
    restored->textDocument()->setModified(true);
    autosaver->adopt(restored.get(), entry);
    QTextCursor(restored->textDocument()).insertText(u"# more\n"_s);
    autosaver->saveAll();
    QList<RecoveryStore::Entry> now = store.entries();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().id, entry.id);
    QCOMPARE(now.first().text, u"# more\n"_s + text);
    QCOMPARE(now.first().originalPath, original);

    // Saved: the copy is no longer needed.
    QString error;
    QVERIFY2(restored->save(dir.filePath(u"restored.yaml"_s), &error), qPrintable(error));
    QVERIFY(store.entries().isEmpty());
}

void TestRecovery::savedWorkLeavesNothingBehind()
{
    QTemporaryDir dir;
    RecoveryStore store(dir.filePath(u"recovery"_s));
    EditorDocument doc;
    Autosaver autosaver(store, 60000);
    autosaver.add(&doc);
    doc.setText(u"asyncapi: 3.0.0\n"_s);
    doc.textDocument()->setModified(true);
    autosaver.saveAll();
    QCOMPARE(store.entries().size(), 1);
    QString error;
    QVERIFY(doc.save(dir.filePath(u"a.yaml"_s), &error));
    QCOMPARE(store.entries().size(), 0);
}

void TestRecovery::storeIsPrivate()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"recovery"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0); // as an older version left it
    const mode_t old = ::umask(022);
    auto restore = qScopeGuard([old] { ::umask(old); });
    const RecoveryStore store(folder);
    QString error;
    QVERIFY2(store.save({u"one"_s, {}, u"Untitled 1"_s, {}, u"secret: 1\n"_s}, &error), qPrintable(error));
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(QDir(folder).filePath(u"one.txt"_s)), 0600);
    QCOMPARE(modeOf(QDir(folder).filePath(u"one.json"_s)), 0600);
    // Written again (QSaveFile replaces the file): still private.
    QVERIFY(store.save({u"one"_s, {}, u"Untitled 1"_s, {}, u"secret: 2\n"_s}, &error));
    QCOMPARE(modeOf(QDir(folder).filePath(u"one.txt"_s)), 0600);
}

void TestRecovery::noTextWithoutDescription()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    // The description cannot be written (a folder is in its way), the text can.
    QVERIFY(QDir(dir.path()).mkdir(u"two.json"_s));
    QString error;
    QVERIFY(!store.save({u"two"_s, {}, u"Untitled 2"_s, {}, u"text\n"_s}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(u"two.txt"_s)));
}

void TestRecovery::orphanTextIsCleaned()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.path());
    QVERIFY(store.save({u"kept"_s, {}, u"Kept"_s, {}, u"k\n"_s}));
    for (const QString &name : {u"old.txt"_s, u"young.txt"_s}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("orphan\n");
    }
    {
        // A crash between the text and its description, a while ago.
        QFile f(dir.filePath(u"old.txt"_s));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    }
    const QList<RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, u"kept"_s);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"old.txt"_s)));
    QVERIFY(QFileInfo::exists(dir.filePath(u"young.txt"_s))); // maybe a save in progress
    QVERIFY(QFileInfo::exists(dir.filePath(u"kept.txt"_s)));
}

void TestRecovery::autosaveFailureIsReported()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"recovery"_s);
    {
        QFile blocker(folder); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
    EditorDocument doc;
    Autosaver autosaver(RecoveryStore(folder), 60000);
    autosaver.add(&doc);
    QSignalSpy failed(&autosaver, &Autosaver::failed);
    QSignalSpy saved(&autosaver, &Autosaver::saved);
    QTextCursor(doc.textDocument()).insertText(u"a: 1\n"_s);
    autosaver.saveAll();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"recovery"_s));
    QTextCursor(doc.textDocument()).insertText(u"b: 2\n"_s);
    autosaver.saveAll();
    QCOMPARE(failed.size(), 1); // once, not every few seconds
    QCOMPARE(saved.size(), 0);

    QVERIFY(QFile::remove(folder));
    autosaver.saveAll();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(RecoveryStore(folder).entries().size(), 1);
}

void TestRecovery::defaultFolderTakesOverTheOldOne()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the application names itself: the organisation has the application's name.
    QCoreApplication::setOrganizationName(u"Signalbox"_s);
    QCoreApplication::setApplicationName(u"Signalbox"_s);
    auto restore = qScopeGuard([] {
        QCoreApplication::setOrganizationName({});
        QCoreApplication::setApplicationName(u"tst_recovery"_s);
    });
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QCOMPARE(RecoveryStore::defaultFolder(), data + u"/Signalbox/recovery"_s);
    QCOMPARE(RecoveryStore::legacyFolder(), data + u"/Signalbox/Signalbox/recovery"_s);
    QDir(RecoveryStore::defaultFolder()).removeRecursively();
    QDir(data + u"/Signalbox/Signalbox"_s).removeRecursively();

    // An older version's record, in the old folder.
    const RecoveryStore old(RecoveryStore::legacyFolder());
    QVERIFY(old.save({u"old-1"_s, u"/somewhere/spec.yaml"_s, u"spec.yaml"_s, {}, u"asyncapi: 3.0.0\n"_s}));

    const RecoveryStore store;
    QCOMPARE(store.folder(), RecoveryStore::defaultFolder());
    const auto entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, u"old-1"_s);
    QCOMPARE(entries.first().originalPath, u"/somewhere/spec.yaml"_s);
    QCOMPARE(entries.first().text, u"asyncapi: 3.0.0\n"_s);
    QCOMPARE(modeOf(store.folder()), 0700);
    // Moved, not copied: offered once; the doubled folder is gone.
    QVERIFY(old.entries().isEmpty());
    QVERIFY(!QFileInfo::exists(data + u"/Signalbox/Signalbox"_s));
    store.remove(u"old-1"_s);
}

void TestRecovery::viewStateIsKept()
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(u"recovery"_s));
    EditorDocument doc;
    doc.setText(u"a: 1\nb: 2\n"_s);
    QTextCursor(doc.textDocument()).insertText(u"# edit\n"_s);
    Autosaver saver(store, 60000);
    saver.add(&doc);
    saver.setViewStateProvider([&doc](EditorDocument *d, RecoveryStore::Entry &e) {
        QCOMPARE(d, &doc);
        e.cursorLine = 2;
        e.cursorColumn = 3;
        e.scrollValue = 1;
    });
    saver.saveAll();
    const auto entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().cursorLine, 2);
    QCOMPARE(entries.first().cursorColumn, 3);
    QCOMPARE(entries.first().scrollValue, 1);
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
