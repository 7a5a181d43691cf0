// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "testconfig.h"

#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QGraphicsItem>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Valid = u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  c:\n    address: c\n"_s;

bool hasProblem(EditorPane *pane, const QString &code)
{
    const auto *m = pane->problemsModel();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(Workspace::ProblemsModel::CodeRole).toString() == code)
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingUpdatesProblemsAndOutline();
    void clickingAProblemMovesTheCursor();
    void completionOffersKeysAtThreeDepths();
    void findAndReplaceWithRegex();
    void highlightingColoursKeys();
    void commentsAndFolding();
    void goToDefinitionAndBack();
    void openSaveAndTabs();
    void graphFollowsTheText();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recovery files out of the user's way
}

void TestMainWindow::typingUpdatesProblemsAndOutline()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    QVERIFY(pane->document()->analysis()->isValid());
    QCOMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 1); // one channel

    YamlEditor *editor = pane->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, u"  d:"_s); // a second channel...
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"address: d"_s); // auto-indented under d
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, u"bogus: 1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasProblem(pane, u"schema.unknown-property"_s), 5000);
    QTRY_COMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 2);
    QVERIFY(w.statusText().contains(u"Invalid"_s));

    // Mid-typo: the outline keeps the last good state, marked stale.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"broken: ["_s);
    QTRY_VERIFY(pane->document()->analysis() && !pane->document()->analysis()->parsed());
    QCOMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 2);
    QVERIFY(pane->outlineModel()->isStale());
    QVERIFY(w.statusText().contains(u"parse"_s));
}

void TestMainWindow::clickingAProblemMovesTheCursor()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: 1.0\n"_s);
    QTRY_VERIFY(pane->problemsModel()->rowCount() > 0);
    QTableView *view = w.problemsView();
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const QModelIndex index = view->model()->index(0, 1);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    const qsizetype expected = u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: "_s.size();
    QCOMPARE(pane->editor()->textCursor().position(), int(expected));
}

void TestMainWindow::completionOffersKeysAtThreeDepths()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    auto offered = [editor] {
        const auto *completer = editor->findChild<QCompleter *>();
        QStringList out;
        for (int r = 0; completer && r < completer->completionModel()->rowCount(); ++r)
            out << completer->completionModel()->index(r, 0).data().toString();
        return out;
    };
    auto complete = [editor](int block, const QString &typed) {
        QTextCursor c(editor->document()->findBlockByNumber(block));
        c.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, typed);
        editor->showCompletion();
    };
    complete(6, u"    ti"_s.trimmed()); // depth 2: in channel c (auto-indented)
    QVERIFY2(offered().contains(u"title"_s), qPrintable(offered().join(u',')));
    QTest::keyClick(editor->findChild<QCompleter *>()->popup(), Qt::Key_Return);
    QVERIFY(editor->document()->findBlockByNumber(7).text().startsWith(u"    title: "_s));

    complete(3, u"lic"_s); // depth 1: in info
    QCOMPARE(offered(), QStringList{u"license"_s});
    QTest::keyClick(editor->findChild<QCompleter *>()->popup(), Qt::Key_Escape);

    QTextCursor end(editor->document());
    end.movePosition(QTextCursor::End);
    editor->setTextCursor(end);
    QVERIFY(end.block().text().isEmpty()); // the last line, at the root
    QTest::keyClicks(editor, u"oper"_s);
    editor->showCompletion();
    QCOMPARE(offered(), QStringList{u"operations"_s});
}

void TestMainWindow::findAndReplaceWithRegex()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"a: userId\nb: orderId\nc: other\n"_s);
    FindBar *bar = pane->findBar();
    bar->showReplace();
    bar->setRegularExpression(true);
    bar->setFindText(u"(\\w+)Id"_s);
    bar->setReplaceText(u"\\1Key"_s);
    QCOMPARE(bar->replaceAll(), 2);
    QCOMPARE(pane->document()->textDocument()->toPlainText(), u"a: userKey\nb: orderKey\nc: other\n"_s);
    pane->document()->textDocument()->undo(); // one step
    QCOMPARE(pane->document()->textDocument()->toPlainText(), u"a: userId\nb: orderId\nc: other\n"_s);
}

void TestMainWindow::highlightingColoursKeys()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: 'T'\n"_s);
    const QTextBlock block = pane->editor()->document()->findBlockByNumber(2);
    QTRY_VERIFY(!block.layout()->formats().isEmpty());
    // The key and the quoted value get different colours, whichever highlighter is built in.
    QColor key;
    QColor value;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.start <= 2 && r.start + r.length > 2)
            key = r.format.foreground().color();
        if (r.start <= 10 && r.start + r.length > 10)
            value = r.format.foreground().color();
    }
    QVERIFY(key.isValid() && value.isValid());
    QVERIFY(key != value);
}

void TestMainWindow::commentsAndFolding()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(u"info:\n  title: T\n  version: '1'\nx: 1\n"_s);
    YamlEditor *editor = pane->editor();
    QTextCursor c(editor->document()->findBlockByNumber(1));
    c.movePosition(QTextCursor::Down, QTextCursor::KeepAnchor);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->toggleComment();
    QCOMPARE(editor->document()->toPlainText(), u"info:\n  # title: T\n  # version: '1'\nx: 1\n"_s);
    editor->toggleComment();
    QCOMPARE(editor->document()->toPlainText(), u"info:\n  title: T\n  version: '1'\nx: 1\n"_s);

    editor->setFolded(0, true);
    QVERIFY(editor->isFolded(0));
    QVERIFY(!editor->document()->findBlockByNumber(1).isVisible());
    QVERIFY(!editor->document()->findBlockByNumber(2).isVisible());
    QVERIFY(editor->document()->findBlockByNumber(3).isVisible());
    editor->goToLine(2); // moving into a fold opens it
    QVERIFY(editor->document()->findBlockByNumber(1).isVisible());
}

void TestMainWindow::goToDefinitionAndBack()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"), &error));
    EditorPane *pane = w.currentPane();
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    const QString text = editor->toPlainText();
    const qsizetype ref = text.indexOf(u"$ref: '#/components/parameters/craneId'"_s);
    QTextCursor c(editor->document());
    c.setPosition(int(ref));
    editor->setTextCursor(c);
    QTest::keyClick(editor, Qt::Key_F12);
    QCOMPARE(editor->textCursor().position(), int(text.indexOf(u"craneId:\n      description"_s)));
    QTest::keyClick(editor, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(editor->textCursor().position(), int(ref));
}

void TestMainWindow::openSaveAndTabs()
{
    MainWindow w;
    w.show();
    QString error;
    QVERIFY(!w.openFile(m_dir.filePath(u"missing.yaml"_s), &error));
    QVERIFY(error.contains(u"missing.yaml"_s));
    const QString path = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/mqtt.yaml");
    QVERIFY(w.openFile(path, &error));
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/sse-feed.yaml"), &error));
    QCOMPARE(w.tabs()->count(), 2);
    QVERIFY(w.openFile(path, &error)); // already open: shown, not opened twice
    QCOMPARE(w.tabs()->count(), 2);
    QCOMPARE(w.tabs()->currentIndex(), 0);
    // Each document has its own undo stack.
    auto *first = qobject_cast<EditorPane *>(w.tabs()->widget(0));
    auto *second = qobject_cast<EditorPane *>(w.tabs()->widget(1));
    QTest::keyClicks(first->editor(), u"# edit"_s);
    QVERIFY(first->document()->isModified());
    QVERIFY(!second->document()->textDocument()->isUndoAvailable());
    first->document()->textDocument()->undo();
    QVERIFY(!first->document()->isModified());
}

void TestMainWindow::graphFollowsTheText()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QString error;
    QVERIFY(w.openFile(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"), &error));
    EditorPane *pane = w.currentPane();
    GraphView *graph = pane->graph()->view();
    QTRY_VERIFY(graph->model().indexOf(u"channel:craneTelemetry"_s) >= 0);
    QTRY_VERIFY(!graph->isBusy());

    // The node under the cursor is highlighted.
    const QString text = pane->editor()->toPlainText();
    QTextCursor c(pane->editor()->document());
    c.setPosition(int(text.indexOf(u"address: 'cranes/{craneId}/commands'"_s)));
    pane->editor()->setTextCursor(c);
    const qsizetype found = graph->model().nodeAt(c.position());
    QVERIFY2(found >= 0, qPrintable(QString::number(c.position())));
    QCOMPARE(graph->model().nodes[found].id, u"channel:craneCommands"_s);
    QCOMPARE(graph->selectedId(), u"channel:craneCommands"_s);

    // Clicking a node selects its element in the editor.
    QGraphicsItem *target = nullptr;
    for (QGraphicsItem *item : graph->scene()->items()) {
        if (item->toolTip().startsWith(u"receiveTelemetry"_s))
            target = item;
    }
    QVERIFY(target);
    graph->centerOn(target);
    const QPoint at = graph->mapFromScene(target->sceneBoundingRect().center());
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(pane->editor()->textCursor().blockNumber(),
             int(text.left(text.indexOf(u"  receiveTelemetry:"_s)).count(u'\n')));

    // The picture is not empty, and a broken channel reference shows as a broken edge.
    const QImage shot = graph->grab().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    QVERIFY(colours.size() > 10);
    const qsizetype ref = text.indexOf(u"$ref: '#/channels/craneCommands'"_s);
    QTextCursor edit(pane->editor()->document());
    edit.setPosition(int(ref + 18));
    edit.setPosition(int(ref + 31), QTextCursor::KeepAnchor);
    edit.insertText(u"gone"_s);
    QTRY_VERIFY_WITH_TIMEOUT(graph->model().indexOf(u"unresolved:sendMove"_s) >= 0, 5000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
