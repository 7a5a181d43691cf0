// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editor/yamleditor.h"
#include "editorpane.h"

#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

/** What one document's views show while its text is typed in. */
class TestEditorPane : public QObject
{
    Q_OBJECT

private slots:
    void halfTypedStateWaitsForThePause();
};

namespace {

const QString Ticker =
    u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  ticker:\n    address: /ticker\n"_s;

int channelCount(const Workspace::OutlineModel *outline)
{
    for (int r = 0; r < outline->rowCount(); ++r) {
        const QModelIndex group = outline->index(r, 0);
        if (group.data().toString() == u"Channels"_s)
            return outline->rowCount(group);
    }
    return -1;
}

} // namespace

void TestEditorPane::halfTypedStateWaitsForThePause()
{
    EditorPane pane;
    // A pause long enough that the analysis of the half-typed text arrives within it on a loaded
    // machine (the analysis of this text takes milliseconds), short enough for the test.
    pane.setTypingPause(4000);
    pane.resize(1000, 700);
    pane.show();
    QSignalSpy updated(&pane, &EditorPane::analysisUpdated);
    pane.document()->setText(Ticker);
    QTRY_VERIFY(pane.lastGood().analysis && pane.lastGood().analysis->generation == pane.document()->generation());
    QCOMPARE(channelCount(pane.outlineModel()), 1);

    // The user starts a channel: "orders:" and, on the next line, "addr" (on the way to "address").
    YamlEditor *editor = pane.editor();
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, u"  orders:"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"addr"_s);
    QTest::keyClick(editor, Qt::Key_Escape); // close the completion popup, if any
    const quint64 typed = pane.document()->generation();

    // Its analysis arrives (more errors: no address, an unknown key) and goes to the problems and
    // the editor, but the views keep the document as it was, dimmed; the outline's selection stays.
    QTRY_VERIFY_WITH_TIMEOUT(pane.lastGood().latest && pane.lastGood().latest->generation == typed, 3500);
    QVERIFY(pane.lastGood().latest->spec);
    QVERIFY(pane.lastGood().latest->errorCount() > 0);
    QVERIFY(pane.lastGood().heldBack());
    QVERIFY(pane.lastGood().stale);
    QCOMPARE(channelCount(pane.outlineModel()), 1);
    QVERIFY(pane.outlineModel()->isStale());
    QVERIFY(pane.outlineSelection()->currentIndex().data().toString() != u"orders"_s);

    // Once the typing pauses, the views show the text as it is, and the outline follows the cursor
    // into the new channel.
    QTRY_VERIFY_WITH_TIMEOUT(!pane.lastGood().heldBack(), 15000);
    QCOMPARE(pane.lastGood().analysis->generation, typed);
    QVERIFY(!pane.lastGood().stale);
    QCOMPARE(channelCount(pane.outlineModel()), 2);
    QCOMPARE(pane.outlineSelection()->currentIndex().data().toString(), u"orders"_s);
}

QTEST_MAIN(TestEditorPane)
#include "tst_editorpane.moc"
