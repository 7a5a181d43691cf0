// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <workspace/editordocument.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Signalbox::Workspace;
using Signalbox::AsyncApi::Analysis;

namespace {

const QString Valid = QStringLiteral("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n");

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
};

void TestEditorDocument::typingIsDebouncedIntoOneAnalysis()
{
    EditorDocument doc;
    QSignalSpy spy(&doc, &EditorDocument::analysisChanged);
    QTextCursor c(doc.textDocument());
    for (const QChar ch : Valid)
        c.insertText(QString(ch));
    QVERIFY(spy.wait(3000));
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

QTEST_MAIN(TestEditorDocument)
#include "tst_editordocument.moc"
