// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <workspace/editordocument.h>
#include <workspace/recoverystore.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Signalbox::Workspace;
using namespace Qt::Literals::StringLiterals;

class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void crashedWorkIsRestored();
    void savedWorkLeavesNothingBehind();
};

void TestRecovery::crashedWorkIsRestored()
{
    QTemporaryDir dir;
    const QString text = u"asyncapi: 3.0.0\n# unsaved work, ünïcode 😀\n"_s;
    QProcess p;
    p.setProgram(QStringLiteral(SIGNALBOX_BINARY_DIR "/tests/workspace/recovery_helper"));
    p.setArguments({dir.path(), text});
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
    QCOMPARE(entries.first().text, text);

    // What the window does when the user accepts the offer.
    EditorDocument restored;
    restored.setText(entries.first().text);
    restored.textDocument()->setModified(true);
    QCOMPARE(restored.textDocument()->toPlainText(), text);
    store.remove(entries.first().id);
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

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
