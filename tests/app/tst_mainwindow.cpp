// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "convertdialog.h"
#include "docspreview.h"
#include "editor/filechangedbanner.h"
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "mainwindow.h"
#include "problems/problemspanel.h"
#include "refactor/renamedialog.h"
#include "refactor/usagespanel.h"
#include "templatedialog.h"
#include "testconfig.h"
#include "translators.h"
#include "welcomepage.h"

#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>
#include <workspace/recoverystore.h>
#include <workspace/singleinstance.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLocalSocket>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <functional>

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

/** What a tooltip in rich text reads as. */
QString plainOf(const QString &tip)
{
    return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
}

/**
 * Answers every message box that opens while it lives with \a button, once \a ready() holds, and
 * keeps their texts: dialogs run their own event loop, the test's code waits behind them.
 */
class Answerer final : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton button, std::function<bool()> ready = {})
        : m_button(button)
        , m_ready(std::move(ready))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible() || (m_ready && !m_ready()))
                return;
            texts << box->text();
            details << box->informativeText();
            // A box without that button (a test that fails) is dismissed rather than crashing.
            if (QAbstractButton *button = box->button(m_button))
                button->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }
    QStringList texts;
    QStringList details;

private:
    QMessageBox::StandardButton m_button;
    std::function<bool()> m_ready;
    QTimer m_timer;
};

/**
 * Hands the first modal dialog of type \a T that opens while it lives to \a act (a dialog runs its
 * own event loop: the test's code waits behind it).
 */
template<typename T> class ModalHandler final : public QObject
{
public:
    explicit ModalHandler(std::function<void(T *)> act)
        : m_act(std::move(act))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            m_timer.stop();
            handled = true;
            m_act(dialog);
        });
        m_timer.start(10);
    }
    bool handled = false;

private:
    std::function<void(T *)> m_act;
    QTimer m_timer;
};

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(text.toUtf8()), text.toUtf8().size());
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

/**
 * English plural forms, as an English catalogue gives them to texts with a count: "%n errors" is
 * "1 error" for one. Only texts that ask for a numerus form (n >= 0) get one.
 */
class PluralTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        if (n != 1)
            return {};
        static const QRegularExpression plural(u"(%n \\w+)s\\b"_s);
        return QString::fromUtf8(source).replace(plural, u"\\1"_s);
    }
    bool isEmpty() const override { return false; }
};

/** Forgets the window's size, docks and recent files, as on a first launch. */
void forgetSettings()
{
    QSettings settings;
    settings.remove(u"window"_s);
}

/** One launch's request, as SingleInstance sends it; the peer hangs up at once. */
void sendRequest(const QString &socketPath, const QStringList &paths)
{
    QLocalSocket peer;
    peer.connectToServer(socketPath);
    QVERIFY(peer.waitForConnected(2000));
    QByteArray request;
    for (const QString &path : paths)
        request += QUrl::toPercentEncoding(path, "/") + '\n';
    peer.write(request + '\n');
    QVERIFY(peer.waitForBytesWritten(2000));
    peer.disconnectFromServer();
}

QAction *actionNamed(QWidget *w, const QString &text)
{
    const auto actions = w->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typingUpdatesProblemsAndOutline();
    void outlineFollowsTheCursor();
    void clickingAProblemMovesTheCursor();
    void completionOffersKeysAtThreeDepths();
    void completionAcceptsWithReturnAndTab();
    void referenceCompletionIsQuoted();
    void findAndReplaceWithRegex();
    void highlightingColoursKeys();
    void commentsAndFolding();
    void goToDefinitionAndBack();
    void openSaveAndTabs();
    void graphFollowsTheText();
    void restoredWorkKeepsItsRecoveryCopy();
    void discardedRecoveryIsRemoved();
    void secondLaunchWhileAnOpenFails();
    void reloadAsksBeforeDiscardingEdits();
    void convertUsesTheCurrentText();
    void upgradeShowsTheChangesAndIsOneUndoStep();
    void specTextInTooltipsIsPlain();
    void renameAcrossFilesIsOneUndoStepEach();
    void findUsagesListsAndGoes();
    void unusedComponentIsRemovedFromItsProblem();
    void closingDocsNeverWaitsForItsJob();
    void restoredFileSavesToItsPath();
    void restoredUntitledKeepsItsName();
    void quitAsksOnceForAllModified_data();
    void quitAsksOnceForAllModified();
    void saveAllAndCloseAll();
    void welcomePageOnFirstLaunch();
    void blankDocumentHasNoError();
    void statusCountsUsePluralForms();
    void geometryIsRemembered();
    void problemsDockStartsSmall();
    void unmodifiedDocumentReloadsQuietly();
    void shortcutsDialogListsTheActions();
    void germanUsesQtsOwnCatalogue();
    void englishPluralForms_data();
    void englishPluralForms();

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

void TestMainWindow::outlineFollowsTheCursor()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid + u"  d:\n    address: d\n"_s);
    QTRY_COMPARE(pane->outlineModel()->rowCount(pane->outlineModel()->index(2, 0)), 2);
    YamlEditor *editor = pane->editor();
    QTextCursor c = editor->textCursor();
    c.setPosition(int(editor->toPlainText().indexOf(u"address: d"_s)));
    editor->setTextCursor(c);
    QCOMPARE(w.outlineView()->currentIndex().data().toString(), u"d"_s);

    // Another document has an outline and a cursor of its own; back on the first, its item is current again.
    EditorPane *other = w.newDocument(Valid);
    QTRY_VERIFY(other->document()->analysis());
    QCOMPARE(w.outlineView()->model(), other->outlineModel());
    QVERIFY(w.outlineView()->currentIndex().data().toString() != u"d"_s);
    w.tabs()->setCurrentWidget(pane);
    QCOMPARE(w.outlineView()->model(), pane->outlineModel());
    QCOMPARE(w.outlineView()->currentIndex().data().toString(), u"d"_s);
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

void TestMainWindow::completionAcceptsWithReturnAndTab()
{
    // The list that opens by itself while typing a key has its first item selected: Return or Tab
    // takes it. With nothing to offer, Return is a newline again.
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    auto *completer = editor->findChild<QCompleter *>();
    QVERIFY(completer);
    auto newLineAfter = [editor](int block) {
        QTextCursor c(editor->document()->findBlockByNumber(block));
        c.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(c);
        QTest::keyClick(editor, Qt::Key_Return);
    };
    newLineAfter(6); // in channel c
    QTest::keyClicks(editor, u"ti"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(editor->document()->findBlockByNumber(7).text(), u"    title: "_s);
    QVERIFY(!completer->popup()->isVisible());

    newLineAfter(3); // in info
    QTest::keyClicks(editor, u"lic"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Tab);
    QCOMPARE(editor->document()->findBlockByNumber(4).text(), u"  license: "_s);

    newLineAfter(4);
    QTest::keyClicks(editor, u"zq"_s); // nothing starts so: no list, and Return makes a new line
    QVERIFY(!completer->popup()->isVisible());
    const int lines = editor->document()->blockCount();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(editor->document()->blockCount(), lines + 1);
}

void TestMainWindow::referenceCompletionIsQuoted()
{
    // A bare `#/…` value would be a YAML comment: a reference is inserted quoted, and a quote the
    // user typed is closed.
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid + u"    messages:\n      m:\n        $ref: \ncomponents:\n  messages:\n"
                                             u"    Price:\n      payload: {type: number}\n"_s);
    QTRY_VERIFY(pane->document()->analysis());
    YamlEditor *editor = pane->editor();
    auto *completer = editor->findChild<QCompleter *>();
    auto completeAtEndOf = [&](int block) {
        QTextCursor c(editor->document()->findBlockByNumber(block));
        c.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(c);
        editor->showCompletion();
        QTRY_VERIFY(completer->popup()->isVisible());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
    };
    completeAtEndOf(9);
    QCOMPARE(editor->document()->findBlockByNumber(9).text(), u"        $ref: '#/components/messages/Price'"_s);

    QTextCursor line(editor->document()->findBlockByNumber(9));
    line.movePosition(QTextCursor::EndOfBlock);
    line.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    line.insertText(u"        $ref: \"#/comp"_s);
    completeAtEndOf(9);
    QCOMPARE(editor->document()->findBlockByNumber(9).text(), u"        $ref: \"#/components/messages/Price\""_s);
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
        if (plainOf(item->toolTip()).startsWith(u"receiveTelemetry"_s))
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

void TestMainWindow::restoredWorkKeepsItsRecoveryCopy()
{
    // The store MainWindow uses (test mode keeps it out of the user's way), emptied first.
    const Workspace::RecoveryStore store;
    for (const auto &e : store.entries())
        store.remove(e.id);
    const QString original = m_dir.filePath(u"orders.yaml"_s);
    const QString text = Valid + u"# unsaved\n"_s;
    QVERIFY(store.save({u"crashed-1"_s, original, u"orders.yaml"_s, {}, text}));

    MainWindow w;
    w.show();
    {
        Answerer yes(QMessageBox::Yes);
        w.offerRecovery();
        QCOMPARE(yes.texts.size(), 1);
        QVERIFY(yes.texts.first().contains(u"orders.yaml"_s));
    }
    EditorPane *pane = w.currentPane();
    QVERIFY(pane);
    QCOMPARE(pane->document()->textDocument()->toPlainText(), text);
    QVERIFY(pane->document()->isModified());
    // Its file is gone: named after it all the same, not "orders.yaml (recovered)".
    QCOMPARE(pane->document()->displayName(), u"orders.yaml"_s);
    QVERIFY(w.tabs()->tabToolTip(w.tabs()->currentIndex()).contains(original));

    // Before any autosave: the copy on disk is still there, now the restored document's.
    QList<Workspace::RecoveryStore::Entry> entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, u"crashed-1"_s);
    QCOMPARE(entries.first().text, text);
    QCOMPARE(w.autosaver()->idOf(pane->document()), u"crashed-1"_s);

    // Edited and autosaved: replaced under the same id, still naming the original file.
    QTextCursor(pane->document()->textDocument()).insertText(u"# more\n"_s);
    w.autosaver()->saveAll();
    entries = store.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, u"crashed-1"_s);
    QCOMPARE(entries.first().text, u"# more\n"_s + text);
    QCOMPARE(entries.first().originalPath, original);

    // Closed without saving, on purpose: nothing left to recover.
    {
        Answerer discard(QMessageBox::Discard);
        QVERIFY(w.tabs()->tabBar());
        emit w.tabs()->tabCloseRequested(w.tabs()->currentIndex());
        QCOMPARE(discard.texts.size(), 1);
    }
    QVERIFY(store.entries().isEmpty());
}

void TestMainWindow::discardedRecoveryIsRemoved()
{
    const Workspace::RecoveryStore store;
    for (const auto &e : store.entries())
        store.remove(e.id);
    QVERIFY(store.save({u"crashed-2"_s, {}, u"Untitled 3"_s, {}, Valid}));
    MainWindow w;
    w.show();
    const int tabs = w.tabs()->count();
    {
        Answerer discard(QMessageBox::Discard);
        w.offerRecovery();
        QCOMPARE(discard.texts.size(), 1);
    }
    QCOMPARE(w.tabs()->count(), tabs);
    QVERIFY(store.entries().isEmpty());
}

void TestMainWindow::secondLaunchWhileAnOpenFails()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"instance"_s);
    MainWindow w;
    w.show();
    Workspace::SingleInstance instance(folder);
    QCOMPARE(instance.start({}), Workspace::SingleInstance::Role::Primary);
    QSignalSpy requests(&instance, &Workspace::SingleInstance::filesRequested); // before the window's dialog
    // As main.cpp wires it.
    connect(&instance, &Workspace::SingleInstance::filesRequested, &w, &MainWindow::openRequested);

    // A launch asks for a file that cannot be opened, and hangs up at once. While the warning is
    // up, another launch asks for a good file (and hangs up too): the warning is answered only
    // after that request came in.
    const QString good = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/mqtt.yaml");
    bool sentSecond = false;
    Answerer ok(QMessageBox::Ok, [&] {
        if (!sentSecond) {
            sentSecond = true;
            sendRequest(instance.socketPath(), {good});
        }
        return requests.size() == 2;
    });
    sendRequest(instance.socketPath(), {dir.filePath(u"missing.yaml"_s), dir.path()});
    QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ok.texts.size(), 1, 5000);
    // One warning for both failures.
    QVERIFY(ok.texts.first().contains(u"missing.yaml"_s));
    QTRY_VERIFY(w.currentPane() && w.currentPane()->document()->filePath() == good);

    // Still serving.
    sendRequest(instance.socketPath(), {});
    QTRY_COMPARE(requests.size(), 3);
}

void TestMainWindow::reloadAsksBeforeDiscardingEdits()
{
    const QString path = m_dir.filePath(u"reload.yaml"_s);
    auto write = [&path](const QString &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    };
    write(Valid);
    MainWindow w;
    w.show();
    QString error;
    QVERIFY(w.openFile(path, &error));
    EditorPane *pane = w.currentPane();
    QTextCursor(pane->document()->textDocument()).insertText(u"# mine\n"_s);
    const QString mine = pane->document()->textDocument()->toPlainText();
    write(Valid + u"# theirs\n"_s);

    {
        Answerer cancel(QMessageBox::Cancel);
        QVERIFY(!pane->reloadFromDisk());
        QCOMPARE(cancel.texts.size(), 1);
    }
    QCOMPARE(pane->document()->textDocument()->toPlainText(), mine);
    {
        Answerer discard(QMessageBox::Discard);
        QVERIFY(pane->reloadFromDisk());
        QCOMPARE(discard.texts.size(), 1);
    }
    QCOMPARE(pane->document()->textDocument()->toPlainText(), Valid + u"# theirs\n"_s);
    QVERIFY(!pane->document()->isModified());

    // Unmodified: no question. Gone from disk: says so, keeps the text.
    QVERIFY(QFile::remove(path));
    {
        Answerer ok(QMessageBox::Ok);
        QVERIFY(!pane->reloadFromDisk());
        QCOMPARE(ok.texts.size(), 1);
        QVERIFY(ok.texts.first().contains(u"reload.yaml"_s));
    }
    QCOMPARE(pane->document()->textDocument()->toPlainText(), Valid + u"# theirs\n"_s);
}

void TestMainWindow::convertUsesTheCurrentText()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(Valid);
    QTRY_VERIFY(pane->document()->analysis());
    // Typed after the last analysis, converted before the next one.
    QTextCursor c(pane->document()->textDocument());
    c.movePosition(QTextCursor::End);
    c.insertText(u"  typedJustNow:\n    address: d\n"_s);
    QAction *toJson = actionNamed(&w, u"Convert to &JSON"_s);
    QVERIFY(toJson);
    toJson->trigger();
    const QString json = pane->document()->textDocument()->toPlainText();
    QVERIFY2(json.trimmed().startsWith(u'{'), qPrintable(json));
    QVERIFY2(json.contains(u"\"typedJustNow\""_s), qPrintable(json));
}

void TestMainWindow::upgradeShowsTheChangesAndIsOneUndoStep()
{
    MainWindow w;
    w.show();
    const QString v2 =
        u"# a comment\nasyncapi: 2.6.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  lights:\n"
        u"    publish:\n      operationId: onLight\n      message:\n        payload:\n          type: string\n"_s;
    EditorPane *pane = w.newDocument(v2);
    QTRY_VERIFY(pane->document()->analysis());
    QAction *upgrade = actionNamed(&w, u"Upgrade to AsyncAPI &3…"_s);
    QVERIFY(upgrade);
    // The preview: both texts, the changes marked, the point of view chosen; then applied.
    bool looked = false;
    QTimer::singleShot(0, &w, [&looked] {
        auto *dialog = qobject_cast<ConvertDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->afterView()->toPlainText().startsWith(u"# a comment\nasyncapi: 3.0.0\n"_s));
        QVERIFY(dialog->afterView()->toPlainText().contains(u"action: receive"_s));
        QVERIFY(!dialog->beforeView()->extraSelections().isEmpty()); // publish: … removed
        QVERIFY(!dialog->afterView()->extraSelections().isEmpty());  // address, operations… written
        if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + u"/upgrade-dialog.png"_s);
        dialog->pointOfViewBox()->setCurrentIndex(1); // a client's view
        QVERIFY(dialog->afterView()->toPlainText().contains(u"action: send"_s));
        looked = true;
        dialog->accept();
    });
    // The 2.x diagnostic offers it: its row in the problems panel shows the action's button.
    auto *problems = w.findChild<ProblemsPanel *>();
    QVERIFY(problems);
    QAbstractItemModel *rows = problems->view()->model();
    QModelIndex convertible;
    QTRY_VERIFY(rows->rowCount() > 0);
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, 0).data(Workspace::ProblemsModel::CodeRole).toString() == u"document.convertible"_s)
            convertible = rows->index(r, 0);
    }
    QVERIFY(convertible.isValid());
    QTRY_VERIFY(problems->quickActionButton()->isVisible()); // offered before any row is chosen
    QCOMPARE(problems->quickActionButton()->defaultAction(), upgrade);
    problems->view()->setCurrentIndex(convertible);
    QVERIFY(problems->quickActionButton()->isVisible());
    QCOMPARE(problems->quickActionButton()->defaultAction(), upgrade);
    QTest::mouseClick(problems->quickActionButton(), Qt::LeftButton);
    QVERIFY(looked);
    const QString upgraded = pane->document()->textDocument()->toPlainText();
    QVERIFY2(upgraded.startsWith(u"# a comment\nasyncapi: 3.0.0\n"_s), qPrintable(upgraded));
    QVERIFY(upgraded.contains(u"  onLight:\n    action: send\n"_s));
    QTRY_VERIFY(pane->document()->analysis() && pane->document()->analysis()->isValid());
    pane->document()->textDocument()->undo(); // one step brings it back
    QCOMPARE(pane->document()->textDocument()->toPlainText(), v2);
}

namespace {

/** A copy of tests/data/rename (main.yaml, other.yaml, schemas/common.yaml) in \a dir. */
QString copyRenameProject(const QTemporaryDir &dir)
{
    const QString data = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/rename/");
    QDir(dir.path()).mkpath(u"schemas"_s);
    for (const QString &f : {u"main.yaml"_s, u"other.yaml"_s, u"schemas/common.yaml"_s})
        QFile::copy(data + f, dir.filePath(f));
    return dir.filePath(u"main.yaml"_s);
}

/** Puts the cursor of \a pane \a plus characters into the first \a needle. */
void putCursor(EditorPane *pane, const QString &needle, int plus)
{
    const qsizetype at = pane->document()->text().indexOf(needle);
    QVERIFY(at >= 0);
    QTextCursor c = pane->editor()->textCursor();
    c.setPosition(int(at + plus));
    pane->editor()->setTextCursor(c);
}

/** Whether \a pane's analysis is of the text it shows now (what renaming and removing need). */
bool analysedNow(const EditorPane *pane)
{
    const auto analysis = pane->document()->analysis();
    return analysis && analysis->generation == pane->document()->generation();
}

/** Shows \a w (1400×900) with a copy of the rename project in \a dir open: its main document's
 *  pane once it is analysed, else null. */
EditorPane *openRenameProject(MainWindow &w, const QTemporaryDir &dir)
{
    w.resize(1400, 900);
    w.show();
    if (!w.openFile(copyRenameProject(dir)))
        return nullptr;
    EditorPane *pane = w.currentPane();
    return QTest::qWaitFor([pane] { return analysedNow(pane); }) ? pane : nullptr;
}

EditorPane *paneOf(MainWindow &w, const QString &fileName)
{
    for (int i = 0; i < w.tabs()->count(); ++i) {
        auto *pane = qobject_cast<EditorPane *>(w.tabs()->widget(i));
        if (pane && pane->document()->filePath().endsWith(fileName))
            return pane;
    }
    return nullptr;
}

} // namespace

void TestMainWindow::renameAcrossFilesIsOneUndoStepEach()
{
    QTemporaryDir dir;
    MainWindow w;
    EditorPane *pane = openRenameProject(w, dir);
    QVERIFY(pane);
    const QString before = pane->document()->text();
    // F2 on a reference into the shared file renames what it points to, in every file.
    putCursor(pane, u"common.yaml#/components/schemas/Text"_s, 3);
    bool looked = false;
    QTimer::singleShot(0, &w, [&looked] {
        auto *dialog = qobject_cast<RenameDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->nameEdit()->text(), u"Text"_s);
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->nameEdit()->setText(u"bad name"_s);
        QVERIFY(dialog->messageLabel()->text().contains(u"letters, digits"_s));
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->nameEdit()->setText(u"Words"_s);
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(dialog->preview()->topLevelItemCount(), 3); // main.yaml, schemas/common.yaml, other.yaml
        QVERIFY(dialog->preview()->topLevelItem(0)->child(0)->text(1).contains(u"schemas/Words"_s));
        if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + u"/rename-dialog.png"_s);
        looked = true;
        dialog->accept();
    });
    actionNamed(&w, u"Re&name…"_s)->trigger();
    QVERIFY(looked);
    QCOMPARE(w.currentPane(), pane); // back where the user was
    QVERIFY(pane->document()->text().contains(u"schemas/common.yaml#/components/schemas/Words"_s));
    EditorPane *common = paneOf(w, u"schemas/common.yaml"_s);
    EditorPane *other = paneOf(w, u"other.yaml"_s);
    QVERIFY(common && other); // opened, changed, not saved
    QVERIFY(common->document()->isModified() && other->document()->isModified());
    QVERIFY(common->document()->text().contains(u"    Words:\n"_s));
    QVERIFY(common->document()->text().contains(u"$ref: '#/components/schemas/Words'"_s));
    QVERIFY(other->document()->text().contains(u"schemas/Words"_s));
    QFile onDisk(dir.filePath(u"schemas/common.yaml"_s));
    QVERIFY(onDisk.open(QIODevice::ReadOnly) && onDisk.readAll().contains("    Text:\n"));
    // One undo step in each.
    pane->document()->textDocument()->undo();
    QCOMPARE(pane->document()->text(), before);
    common->document()->textDocument()->undo();
    QVERIFY(!common->document()->text().contains(u"Words"_s));
}

void TestMainWindow::findUsagesListsAndGoes()
{
    QTemporaryDir dir;
    MainWindow w;
    EditorPane *pane = openRenameProject(w, dir);
    QVERIFY(pane);
    putCursor(pane, u"common.yaml#/components/schemas/Text"_s, 30);
    actionNamed(&w, u"Find &Usages"_s)->trigger();
    auto *usages = w.findChild<UsagesPanel *>();
    QVERIFY(usages && usages->isVisible());
    if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(200); // the dock's new height is laid out
        w.grab().save(shots + u"/usages.png"_s);
    }
    QTreeWidget *view = usages->view();
    QCOMPARE(view->topLevelItemCount(),
             3); // schemas/common.yaml (definition, Wrapped's reference), main.yaml, other.yaml
    int rows = 0;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        rows += view->topLevelItem(i)->childCount();
    QCOMPARE(rows, 4);
    QCOMPARE(view->topLevelItem(0)->text(0), u"schemas/common.yaml"_s);
    QCOMPARE(view->topLevelItem(0)->child(0)->text(1), u"definition"_s);
    // Activating the definition opens the shared file there.
    emit view->itemActivated(view->topLevelItem(0)->child(0), 0);
    QVERIFY(w.currentPane()->document()->filePath().endsWith(u"schemas/common.yaml"_s));
    QCOMPARE(w.currentPane()->editor()->textCursor().blockNumber(), 3);
}

void TestMainWindow::unusedComponentIsRemovedFromItsProblem()
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    const QString text = u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\ncomponents:\n  schemas:\n"
                         u"    Kept:\n      type: string\n    # Nobody's.\n    Spare:\n      type: object\n"
                         u"  messages:\n    Ping:\n      payload:\n        $ref: '#/components/schemas/Kept'\n"_s;
    EditorPane *pane = w.newDocument(text);
    QTRY_VERIFY(analysedNow(pane));
    auto *problems = w.findChild<ProblemsPanel *>();
    QAbstractItemModel *rows = problems->view()->model();
    int spare = -1;
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, 0).data(Workspace::ProblemsModel::PointerRole).toString() == u"/components/schemas/Spare"_s)
            spare = r;
    }
    QVERIFY(spare >= 0);
    problems->view()->setCurrentIndex(rows->index(spare, 0));
    QVERIFY(problems->quickActionButton()->isVisible());
    QCOMPARE(problems->quickActionButton()->text(), u"Remove Unused Component"_s);
    QTest::mouseClick(problems->quickActionButton(), Qt::LeftButton);
    QCOMPARE(pane->document()->text(), QString(text).remove(u"    # Nobody's.\n    Spare:\n      type: object\n"_s));
    pane->document()->textDocument()->undo();
    QCOMPARE(pane->document()->text(), text);
}

void TestMainWindow::specTextInTooltipsIsPlain()
{
    const QString bomb = u"<img width=99999 height=99999 src=x>"_s;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  '%1':\n"
                                     u"    address: c\n    bindings: '%1'\n"_s.arg(bomb));

    // Problems: the message quotes the value, the pointer names the channel.
    const auto *problems = pane->problemsModel();
    auto problemTips = [problems] {
        QStringList tips;
        for (int r = 0; r < problems->rowCount(); ++r)
            tips << problems->index(r, 1).data(Qt::ToolTipRole).toString();
        return tips;
    };
    QTRY_VERIFY_WITH_TIMEOUT(plainOf(problemTips().join(u'\n')).contains(bomb), 5000);
    for (const QString &tip : problemTips())
        QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));

    // Graph nodes.
    GraphView *graph = pane->graph()->view();
    QTRY_VERIFY_WITH_TIMEOUT(graph->model().indexOf(u"channel:"_s + bomb) >= 0, 10000);
    QTRY_VERIFY(!graph->isBusy());
    bool seen = false;
    for (QGraphicsItem *item : graph->scene()->items()) {
        QVERIFY2(!item->toolTip().contains(u"<img"_s), qPrintable(item->toolTip()));
        seen = seen || plainOf(item->toolTip()).contains(bomb);
    }
    QVERIFY(seen);

    // Editor diagnostics.
    YamlEditor *editor = pane->editor();
    const QString text = editor->toPlainText();
    QTextCursor at(editor->document());
    at.setPosition(int(text.lastIndexOf(bomb)) + 3);
    const QPoint pos = editor->cursorRect(at).center() + QPoint(editor->viewport()->x(), 0);
    QHelpEvent help(QEvent::ToolTip, pos, editor->mapToGlobal(pos));
    QApplication::sendEvent(editor, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(!QToolTip::text().contains(u"<img"_s), qPrintable(QToolTip::text()));
    QVERIFY2(plainOf(QToolTip::text()).contains(bomb), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestMainWindow::closingDocsNeverWaitsForItsJob()
{
    Workspace::EditorDocument doc;
    doc.setText(Valid);
    QTRY_VERIFY(doc.analysis() && doc.analysis()->spec);

    // A job that does not end (it gives up after a while, so that a regression fails, not hangs).
    auto started = std::make_shared<QSemaphore>();
    auto gate = std::make_shared<QSemaphore>();
    auto *preview = new DocsPreview;
    preview->setRenderer([started, gate](const AsyncApi::Analysis &) {
        started->release();
        gate->tryAcquire(1, 3000);
        return u"<p>late</p>"_s;
    });
    preview->show();
    preview->setAnalysis(Workspace::LastGood().next(doc.analysis()));
    QVERIFY(started->tryAcquire(1, 5000));
    QVERIFY(preview->isBusy());
    QElapsedTimer timer;
    timer.start();
    delete preview;
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    gate->release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
}

void TestMainWindow::restoredFileSavesToItsPath()
{
    const Workspace::RecoveryStore store;
    for (const auto &e : store.entries())
        store.remove(e.id);
    const QString path = m_dir.filePath(u"ticker.yaml"_s);
    writeFile(path, Valid);
    const QString edited = Valid + u"  d:\n    address: d\n"_s;

    // A session edits the file, puts the cursor on line 7, column 5, and is autosaved; then it
    // dies (no close: the copy stays).
    {
        MainWindow crashed;
        crashed.show();
        QVERIFY(crashed.openFile(path));
        EditorPane *pane = crashed.currentPane();
        QTextCursor c(pane->document()->textDocument());
        c.movePosition(QTextCursor::End);
        c.insertText(u"  d:\n    address: d\n"_s);
        QCOMPARE(pane->document()->text(), edited);
        pane->setViewPosition({6, 4, 0});
        crashed.autosaver()->saveAll();
        const auto entries = store.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().originalPath, path);
        QCOMPARE(entries.first().cursorLine, 6);
        QCOMPARE(entries.first().cursorColumn, 4);
    }

    MainWindow w;
    w.show();
    {
        Answerer yes(QMessageBox::Yes);
        w.offerRecovery();
        QCOMPARE(yes.texts.size(), 1);
    }
    EditorPane *pane = w.currentPane();
    QVERIFY(pane);
    // On its own file, under its own name, modified.
    QCOMPARE(pane->document()->filePath(), path);
    QCOMPARE(pane->document()->displayName(), u"ticker.yaml"_s);
    QCOMPARE(w.tabs()->tabText(w.tabs()->currentIndex()), u"ticker.yaml •"_s);
    QVERIFY(w.tabs()->tabToolTip(w.tabs()->currentIndex()).contains(path));
    QVERIFY(pane->document()->isModified());
    QCOMPARE(pane->document()->text(), edited);
    // Where the cursor was.
    QCOMPARE(pane->editor()->textCursor().blockNumber(), 6);
    QCOMPARE(pane->editor()->textCursor().positionInBlock(), 4);

    // Ctrl+S: says once that it overwrites the file, then writes it there.
    {
        Answerer save(QMessageBox::Save);
        actionNamed(&w, u"&Save"_s)->trigger(); // Ctrl+S
        QCOMPARE(save.texts.size(), 1);
        QVERIFY2(save.texts.first().contains(path), qPrintable(save.texts.first()));
    }
    QCOMPARE(readFile(path), edited);
    QVERIFY(!pane->document()->isModified());
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"ticker.yaml (recovered).yaml"_s)));
    // Only once.
    QTextCursor(pane->document()->textDocument()).insertText(u"# again\n"_s);
    {
        Answerer any(QMessageBox::Cancel);
        actionNamed(&w, u"&Save"_s)->trigger(); // Ctrl+S
        QCOMPARE(any.texts.size(), 0);
    }
    QCOMPARE(readFile(path), u"# again\n"_s + edited);
}

void TestMainWindow::restoredUntitledKeepsItsName()
{
    const Workspace::RecoveryStore store;
    for (const auto &e : store.entries())
        store.remove(e.id);
    QVERIFY(store.save({u"crashed-chat"_s, {}, u"WebSocket chat 1"_s, {}, Valid, 3, 2, 0}));
    MainWindow w;
    w.show();
    {
        Answerer yes(QMessageBox::Yes);
        w.offerRecovery();
    }
    EditorPane *pane = w.currentPane();
    QVERIFY(pane);
    QCOMPARE(pane->document()->displayName(), u"WebSocket chat 1"_s);
    QCOMPARE(pane->editor()->textCursor().blockNumber(), 3);
    QCOMPARE(pane->editor()->textCursor().positionInBlock(), 2);
    // A new one from the same template does not take its name.
    EditorPane *next = w.newDocument(Valid, u"WebSocket chat"_s);
    QCOMPARE(next->document()->displayName(), u"WebSocket chat 2"_s);
    // Saving a never-saved one is Save As, suggesting its name: no question about overwriting.
    w.tabs()->setCurrentWidget(pane);
    {
        ModalHandler<QFileDialog> saveAs([](QFileDialog *dialog) { dialog->reject(); });
        Answerer none(QMessageBox::Cancel);
        actionNamed(&w, u"&Save"_s)->trigger(); // Ctrl+S
        QVERIFY(saveAs.handled);
        QCOMPARE(none.texts.size(), 0);
    }
    for (const auto &e : store.entries())
        store.remove(e.id);
}

void TestMainWindow::quitAsksOnceForAllModified_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<bool>("saved");
    QTest::newRow("save all") << int(QMessageBox::SaveAll) << true << true;
    QTest::newRow("discard all") << int(QMessageBox::Discard) << true << false;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false << false;
}

void TestMainWindow::quitAsksOnceForAllModified()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    QFETCH(bool, saved);
    const QStringList paths{m_dir.filePath(u"quit-a.yaml"_s), m_dir.filePath(u"quit-b.yaml"_s),
                            m_dir.filePath(u"quit-c.yaml"_s)};
    for (const QString &path : paths)
        writeFile(path, Valid);
    MainWindow w;
    w.show();
    for (const QString &path : paths)
        QVERIFY(w.openFile(path));
    // Two of three modified.
    for (int i : {0, 2}) {
        auto *pane = qobject_cast<EditorPane *>(w.tabs()->widget(i));
        QTextCursor(pane->document()->textDocument()).insertText(u"# edited\n"_s);
    }
    {
        Answerer answerer{QMessageBox::StandardButton(answer)};
        QCOMPARE(w.close(), closed);
        QCOMPARE(answerer.texts.size(), 1); // one question for both
        QVERIFY2(answerer.texts.first().contains(u'2'), qPrintable(answerer.texts.first()));
        QVERIFY(answerer.details.first().contains(u"quit-a.yaml"_s));
        QVERIFY(answerer.details.first().contains(u"quit-c.yaml"_s));
        QVERIFY(!answerer.details.first().contains(u"quit-b.yaml"_s));
    }
    QCOMPARE(w.isVisible(), !closed);
    const QString edited = u"# edited\n"_s + Valid;
    QCOMPARE(readFile(paths[0]) == edited, saved);
    QCOMPARE(readFile(paths[2]) == edited, saved);
    QCOMPARE(readFile(paths[1]), Valid);

    // A single modified document keeps the usual question.
    if (!closed) {
        qobject_cast<EditorPane *>(w.tabs()->widget(0))->document()->textDocument()->undo();
        Answerer single(QMessageBox::Discard);
        QVERIFY(w.close());
        QCOMPARE(single.texts.size(), 1);
        QVERIFY(single.texts.first().contains(u"quit-c.yaml"_s));
    }
}

void TestMainWindow::saveAllAndCloseAll()
{
    const QStringList paths{m_dir.filePath(u"all-a.yaml"_s), m_dir.filePath(u"all-b.yaml"_s)};
    for (const QString &path : paths)
        writeFile(path, Valid);
    MainWindow w;
    w.show();
    for (const QString &path : paths) {
        QVERIFY(w.openFile(path));
        QTextCursor(w.currentPane()->document()->textDocument()).insertText(u"# all\n"_s);
    }
    QAction *saveAll = actionNamed(&w, u"Sa&ve All"_s);
    QVERIFY(saveAll);
    saveAll->trigger();
    for (const QString &path : paths)
        QCOMPARE(readFile(path), u"# all\n"_s + Valid);

    QAction *closeAll = actionNamed(&w, u"Clos&e All"_s);
    QVERIFY(closeAll);
    QTextCursor(w.currentPane()->document()->textDocument()).insertText(u"# once more\n"_s);
    {
        Answerer cancel(QMessageBox::Cancel); // one modified: the usual question
        closeAll->trigger();
        QCOMPARE(cancel.texts.size(), 1);
    }
    QCOMPARE(w.tabs()->count(), 2);
    {
        Answerer discard(QMessageBox::Discard);
        closeAll->trigger();
    }
    QCOMPARE(w.tabs()->count(), 0);
    QVERIFY(w.welcomePage()->isVisible());

    // File → New is a blank document (Ctrl+N); New from Template has Ctrl+Shift+N.
    QAction *blank = actionNamed(&w, u"&New"_s);
    QVERIFY(blank);
    QCOMPARE(blank->shortcut(), QKeySequence(QKeySequence::New));
    blank->trigger();
    QCOMPARE(w.tabs()->count(), 1);
    QVERIFY(w.currentPane()->document()->text().isEmpty());
    QAction *fromTemplate = actionNamed(&w, u"New from &Template…"_s);
    QVERIFY(fromTemplate);
    QCOMPARE(fromTemplate->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
}

void TestMainWindow::welcomePageOnFirstLaunch()
{
    MainWindow w;
    w.show();
    WelcomePage *welcome = w.welcomePage();
    QVERIFY(welcome->isVisible());
    QVERIFY(!w.tabs()->isVisible());
    QCOMPARE(w.tabs()->count(), 0);
    auto click = [welcome](const QString &name) {
        auto *button = welcome->findChild<QCommandLinkButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    };

    // New: a blank document, and back to the welcome page when it is closed.
    click(u"welcomeNew"_s);
    QCOMPARE(w.tabs()->count(), 1);
    QVERIFY(w.tabs()->isVisible());
    QVERIFY(!welcome->isVisible());
    QVERIFY(w.currentPane()->document()->text().isEmpty());
    QVERIFY(w.closeAll());
    QVERIFY(welcome->isVisible());

    // The example: a whole document, valid, nothing to save.
    click(u"welcomeExample"_s);
    QCOMPARE(w.tabs()->count(), 1);
    EditorPane *example = w.currentPane();
    QVERIFY(example->document()->text().contains(u"Harbour Cranes"_s));
    QVERIFY(!example->document()->isModified());
    QTRY_VERIFY(example->document()->analysis());
    QVERIFY(example->document()->analysis()->spec);
    QVERIFY(w.closeAll());

    // From a template: the dialog, then its text.
    {
        ModalHandler<TemplateDialog> accept([](TemplateDialog *dialog) { dialog->accept(); });
        click(u"welcomeTemplate"_s);
        QVERIFY(accept.handled);
    }
    QCOMPARE(w.tabs()->count(), 1);
    QFile minimal(u":/templates/minimal.yaml"_s);
    QVERIFY(minimal.open(QIODevice::ReadOnly));
    QCOMPARE(w.currentPane()->document()->text(), QString::fromUtf8(minimal.readAll()));
    QVERIFY(w.currentPane()->document()->displayName().startsWith(u"Minimal"_s));
    {
        Answerer discard(QMessageBox::Discard);
        QVERIFY(w.closeAll());
    }

    // Open: the file dialog, then the file; it joins the recent files.
    const QString path = m_dir.filePath(u"welcome-open.yaml"_s);
    writeFile(path, Valid);
    {
        ModalHandler<QFileDialog> open([path](QFileDialog *dialog) {
            dialog->selectFile(path);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the selection
        });
        click(u"welcomeOpen"_s);
        QVERIFY(open.handled);
    }
    QCOMPARE(w.tabs()->count(), 1);
    QCOMPARE(w.currentPane()->document()->filePath(), path);
    QVERIFY(w.closeAll());

    // Recent files: listed, and opened from the list.
    QListWidget *recent = welcome->recentList();
    QVERIFY(recent->isVisible());
    QVERIFY(recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
    emit recent->itemActivated(recent->item(0));
    QCOMPARE(w.tabs()->count(), 1);
    QCOMPARE(w.currentPane()->document()->filePath(), path);
}

void TestMainWindow::blankDocumentHasNoError()
{
    MainWindow w;
    w.show();
    EditorPane *pane = w.newDocument(QString());
    QTRY_VERIFY(pane->document()->analysis());
    QVERIFY(hasProblem(pane, u"document.empty"_s) == false);
    QCOMPARE(pane->problemsModel()->rowCount(), 0);
    QVERIFY2(w.statusText().contains(u"Empty document"_s), qPrintable(w.statusText()));
    QVERIFY(!w.statusText().contains(u"parse"_s));
    // Once the user typed something, the text is reported as it is.
    QTest::keyClicks(pane->editor(), u"a: ["_s);
    QTRY_VERIFY(pane->problemsModel()->rowCount() > 0);
}

void TestMainWindow::statusCountsUsePluralForms()
{
    PluralTranslator plurals;
    QVERIFY(QCoreApplication::installTranslator(&plurals));
    auto removed = qScopeGuard([&plurals] { QCoreApplication::removeTranslator(&plurals); });
    MainWindow w;
    w.show();
    // One error (no info object's version), no warning.
    EditorPane *pane = w.newDocument(u"asyncapi: 3.0.0\ninfo:\n  title: T\nchannels: {}\n"_s);
    QTRY_VERIFY(pane->document()->analysis());
    const auto analysis = pane->document()->analysis();
    QCOMPARE(analysis->errorCount(), 1);
    QCOMPARE(analysis->warningCount(), 0);
    QVERIFY2(w.statusText().endsWith(u"1 error, 0 warnings"_s), qPrintable(w.statusText()));
}

void TestMainWindow::geometryIsRemembered()
{
    forgetSettings();
    QRect first;
    {
        MainWindow w;
        w.show();
        // A first launch fills most of the screen, and stays on it.
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(
            w.width() >= available.width() * 8 / 10 && w.height() >= available.height() * 8 / 10,
            qPrintable(
                u"%1x%2 of %3x%4"_s.arg(w.width()).arg(w.height()).arg(available.width()).arg(available.height())));
        QVERIFY(available.contains(w.geometry()));
        w.resize(available.width() * 6 / 10, available.height() * 7 / 10);
        w.findChild<QDockWidget *>(u"outlineDock"_s)->hide();
        QTRY_COMPARE(w.width(), available.width() * 6 / 10);
        first = w.geometry();
        QVERIFY(w.close());
    }
    MainWindow again;
    again.show();
    QCOMPARE(again.size(), first.size());
    QVERIFY(again.findChild<QDockWidget *>(u"outlineDock"_s)->isHidden());
    again.findChild<QDockWidget *>(u"outlineDock"_s)->show();
    QVERIFY(again.close());
    forgetSettings();
}

void TestMainWindow::problemsDockStartsSmall()
{
    forgetSettings();
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    EditorPane *pane = w.newDocument(Valid);
    auto *problems = w.findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(problems->isVisible());
    // A few rows, not a fifth of the window.
    QTRY_VERIFY2(problems->height() <= w.fontMetrics().height() * 9, qPrintable(QString::number(problems->height())));
    QVERIFY(pane->editor()->height() > problems->height() * 2);
    forgetSettings();
}

void TestMainWindow::unmodifiedDocumentReloadsQuietly()
{
    const QString path = m_dir.filePath(u"quiet.yaml"_s);
    QString text = Valid;
    for (int i = 0; i < 80; ++i)
        text += u"# line %1\n"_s.arg(i);
    writeFile(path, text);
    MainWindow w;
    w.resize(900, 500);
    w.show();
    QVERIFY(w.openFile(path));
    EditorPane *pane = w.currentPane();
    auto *banner = pane->findChild<FileChangedBanner *>();
    QVERIFY(banner);
    pane->setViewPosition({60, 3, 40});
    QTRY_COMPARE(pane->editor()->verticalScrollBar()->value(), 40);

    // Changed on disk, no edits here: reloaded without a question, the view where it was.
    Answerer none(QMessageBox::Cancel);
    writeFile(path, u"# theirs\n"_s + text);
    QTRY_COMPARE(pane->document()->text(), u"# theirs\n"_s + text);
    QVERIFY(!banner->isVisible());
    QVERIFY(!pane->document()->isModified());
    QCOMPARE(pane->editor()->textCursor().blockNumber(), 60);
    QCOMPARE(pane->editor()->textCursor().positionInBlock(), 3);
    QCOMPARE(pane->editor()->verticalScrollBar()->value(), 40);
    QCOMPARE(none.texts.size(), 0);

    // With edits of its own: the banner asks, the text stays.
    QTextCursor(pane->document()->textDocument()).insertText(u"# mine\n"_s);
    writeFile(path, u"# theirs again\n"_s + text);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(pane->document()->text().startsWith(u"# mine\n"_s));
}

void TestMainWindow::shortcutsDialogListsTheActions()
{
    MainWindow w;
    w.show();
    // What the menus say, gathered here independently of the dialog.
    QMap<QString, QString> expected;
    std::function<void(QMenu *)> gather = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                gather(a->menu());
            else if (!a->shortcut().isEmpty())
                expected.insert(QString(a->text()).remove(u'&').remove(u'…'),
                                a->shortcut().toString(QKeySequence::NativeText));
        }
    };
    for (QAction *a : w.menuBar()->actions()) {
        if (a->menu())
            gather(a->menu());
    }
    QVERIFY(expected.contains(u"Save"_s));
    QVERIFY(expected.contains(u"New from Template"_s));

    QMap<QString, QString> listed;
    ModalHandler<QDialog> read([&listed](QDialog *dialog) {
        auto *tree = dialog->findChild<QTreeWidget *>();
        for (int g = 0; tree && g < tree->topLevelItemCount(); ++g) {
            for (int r = 0; r < tree->topLevelItem(g)->childCount(); ++r) {
                const QTreeWidgetItem *item = tree->topLevelItem(g)->child(r);
                listed.insert(item->text(0), item->text(1).section(u", "_s, 0, 0));
            }
        }
        dialog->reject();
    });
    QAction *shortcuts = actionNamed(&w, u"&Keyboard Shortcuts"_s);
    QVERIFY(shortcuts);
    shortcuts->trigger();
    QVERIFY(read.handled);
    QCOMPARE(listed, expected);
}

void TestMainWindow::germanUsesQtsOwnCatalogue()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    if (!QFileInfo::exists(qtbase))
        QSKIP("Qt's German catalogue is not installed (qt6-translations-l10n)");
    QObject owner;
    QVERIFY(installTranslators(QLocale(QLocale::German), &owner) >= 1);
    // Qt's own dialogs and key names, in German.
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"Suchen in:"_s);
    QVERIFY(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText).startsWith(u"Strg+"_s));
    const auto translators = owner.findChildren<QTranslator *>();
    for (QTranslator *t : translators)
        QCoreApplication::removeTranslator(t);
    QCOMPARE(QCoreApplication::translate("QFileDialog", "Look in:"), u"Look in:"_s);
}

void TestMainWindow::englishPluralForms_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("no-catalogue-of-its-own") << QLocale(QLocale::French);
    QTest::newRow("c") << QLocale::c();
}

void TestMainWindow::englishPluralForms()
{
    // Counts read "1 error", "2 errors" in every language without a catalogue of its own.
    QFETCH(QLocale, locale);
    QObject owner;
    installTranslators(locale, &owner);
    QCOMPARE(QCoreApplication::translate("Signalbox::MainWindow", "%n errors", nullptr, 1), u"1 error"_s);
    QCOMPARE(QCoreApplication::translate("Signalbox::MainWindow", "%n errors", nullptr, 2), u"2 errors"_s);
    QCOMPARE(QCoreApplication::translate("Signalbox::LogPanel", "%Ln bytes", nullptr, 1), u"1 byte"_s);
    for (QTranslator *t : owner.findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QCOMPARE(QCoreApplication::translate("Signalbox::MainWindow", "%n errors", nullptr, 1), u"1 errors"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
