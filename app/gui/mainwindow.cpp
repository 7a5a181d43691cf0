// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "buildinfo.h"
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "inspector/inspectordock.h"
#include "inspector/inspectorwidget.h"
#include "inspector/logpanel.h"
#include "overviewwidget.h"
#include "problems/problemspanel.h"
#include "referencefoldersdialog.h"
#include "templatedialog.h"

#include <asyncapi/yaml/reformat.h>
#include <export/htmlexporter.h>
#include <live/livesession.h>
#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>
#include <workspace/recentfiles.h>
#include <workspace/recoverystore.h>
#include <workspace/referencefolders.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

#include <algorithm>
#include <utility>

namespace Signalbox {

using namespace AsyncApi;
using Workspace::EditorDocument;

namespace {

constexpr int AutosaveMs = 4000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_outlineView(new QTreeView(this))
    , m_problems(new ProblemsPanel(this))
    , m_liveSession(new Live::LiveSession(this))
    , m_inspector(new InspectorWidget(m_liveSession, this))
    , m_liveLog(new LogPanel(this))
    , m_validity(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_version(new QLabel(this))
    , m_position(new QLabel(this))
    , m_recentMenu(nullptr)
    , m_autosaver(new Workspace::Autosaver(Workspace::RecoveryStore(), AutosaveMs, this))
{
    setWindowTitle(tr("Signalbox"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);

    createDocks();
    createActions();
    statusBar()->addWidget(m_validity);
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_version);
    statusBar()->addPermanentWidget(m_position);
    m_pointSize = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize();
    connect(m_autosaver, &Workspace::Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed (%1): unsaved work is not protected against a crash.").arg(error),
                                 30000);
    });
    readSettings();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineView->setHeaderHidden(false);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    outlineDock->setWidget(m_outlineView);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    connect(m_outlineView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QModelIndex item = index.siblingAtColumn(0);
        const QVariant offset = item.data(Workspace::OutlineModel::OffsetRole);
        if (EditorPane *pane = currentPane(); pane && offset.isValid())
            pane->editor()->goToOffset(offset.toLongLong(),
                                       item.data(Workspace::OutlineModel::EndOffsetRole).toLongLong());
    });

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_problems, &ProblemsPanel::problemActivated, this, [this](const QString &file, qsizetype offset) {
        EditorPane *pane = currentPane();
        if (!pane)
            return;
        if (file.isEmpty()) {
            pane->editor()->goToOffset(offset);
        } else if (openFile(file)) {
            currentPane()->editor()->goToOffset(offset);
        }
    });

    auto *inspectorDock = new InspectorDock(m_inspector, this);
    inspectorDock->setNeighbour(outlineDock); // shares its column in a narrow window
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    // Its width comes from the graph rather than from the text, as far as the graph can spare it.
    connect(inspectorDock, &InspectorDock::placed, this, [this] {
        if (EditorPane *pane = currentPane())
            InspectorDock::keepColumns(pane->splitter(), pane->editor(), InspectorDock::ReadableColumns);
    });
    // Closed until asked for (View → Inspector, or double-click a channel or operation in the
    // graph), so that a first look has room for the graph; the saved window state reopens it.
    inspectorDock->hide();
    inspectorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    auto *logDock = new QDockWidget(tr("Live Log"), this);
    logDock->setObjectName(QStringLiteral("liveLogDock"));
    logDock->setWidget(m_liveLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(problemsDock, logDock);
    problemsDock->raise();
    connect(m_liveSession, &Live::LiveSession::entriesArrived, m_liveLog, &LogPanel::append);
    // The log comes forward when a connection starts.
    connect(m_liveSession, &Live::LiveSession::stateChanged, this, [logDock](Live::LiveConnection::State state) {
        if (state == Live::LiveConnection::State::Connecting)
            logDock->raise();
    });
}

void MainWindow::inspect(const AsyncApi::ElementId &id)
{
    if (auto *dock = qobject_cast<InspectorDock *>(m_inspector->parentWidget()))
        dock->open();
    if (EditorPane *pane = currentPane())
        m_inspector->setAnalysis(pane->lastGood().analysis);
    m_inspector->selectTarget(id);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New from Template…"), this, [this] {
        TemplateDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            newDocument(dialog.selectedText(), dialog.selectedTitle());
    });
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open AsyncAPI Documents"), QString(),
                                                                tr("AsyncAPI (*.yaml *.yml *.json);;All files (*)"));
        for (const QString &p : paths) {
            QString error;
            if (!openFile(p, &error))
                QMessageBox::warning(this, tr("Open"), error);
        }
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { saveTab(m_tabs->currentIndex(), false); });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] { saveTab(m_tabs->currentIndex(), true); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("Export &HTML…"), this, &MainWindow::exportHtml)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("Convert to &JSON"), this, [this] { convertCurrent(true); });
    file->addAction(tr("Convert to &YAML"), this, [this] { convertCurrent(false); });
    file->addSeparator();
    // Which folders besides its own a document's file references may read, and whether its remote
    // references are fetched (remembered per folder).
    file->addAction(tr("Reference &Folders…"), this, [this] {
        EditorPane *pane = currentPane();
        const QString project =
            pane ? Workspace::ReferenceFolders::projectFolderOf(pane->document()->filePath()) : QString();
        if (project.isEmpty()) {
            QMessageBox::information(this, tr("Reference Folders"),
                                     tr("Save the document first: its file references are read from its folder "
                                        "and from the folders allowed for that folder."));
            return;
        }
        ReferenceFoldersDialog dialog(Workspace::ReferenceFolders::application(), project, this);
        dialog.exec();
    });
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, [this] { closeTab(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto withEditor = [this](auto f) {
        return [this, f] {
            if (EditorPane *pane = currentPane())
                f(pane);
        };
    };
    edit->addAction(tr("&Undo"), this, withEditor([](EditorPane *p) { p->editor()->undo(); }))
        ->setShortcut(QKeySequence::Undo);
    edit->addAction(tr("&Redo"), this, withEditor([](EditorPane *p) { p->editor()->redo(); }))
        ->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), this, withEditor([](EditorPane *p) { p->editor()->cut(); }))
        ->setShortcut(QKeySequence::Cut);
    edit->addAction(tr("&Copy"), this, withEditor([](EditorPane *p) { p->editor()->copy(); }))
        ->setShortcut(QKeySequence::Copy);
    edit->addAction(tr("&Paste"), this, withEditor([](EditorPane *p) { p->editor()->paste(); }))
        ->setShortcut(QKeySequence::Paste);
    edit->addAction(tr("Select &All"), this, withEditor([](EditorPane *p) { p->editor()->selectAll(); }))
        ->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), this, withEditor([](EditorPane *p) { p->findBar()->showFind(); }))
        ->setShortcut(QKeySequence::Find);
    edit->addAction(tr("Find and &Replace…"), this, withEditor([](EditorPane *p) { p->findBar()->showReplace(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addAction(tr("Find &Next"), this, withEditor([](EditorPane *p) { p->findBar()->findNext(false); }))
        ->setShortcut(QKeySequence::FindNext);
    edit->addAction(tr("Find Pre&vious"), this, withEditor([](EditorPane *p) { p->findBar()->findNext(true); }))
        ->setShortcut(QKeySequence::FindPrevious);
    edit->addAction(tr("&Go to Line…"), this, withEditor([this](EditorPane *p) {
                        bool ok = false;
                        const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"),
                                                              p->editor()->textCursor().blockNumber() + 1, 1,
                                                              p->editor()->blockCount(), 1, &ok);
                        if (ok)
                            p->editor()->goToLine(line);
                    }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    edit->addAction(tr("Toggle &Comment"), this, withEditor([](EditorPane *p) { p->editor()->toggleComment(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    edit->addAction(tr("Complete"), this, withEditor([](EditorPane *p) { p->editor()->showCompletion(); }))
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));
    edit->addAction(tr("Go to &Definition"), this, withEditor([](EditorPane *p) { p->editor()->goToDefinition(); }))
        ->setShortcut(QKeySequence(Qt::Key_F12));
    edit->addAction(tr("&Back"), this, withEditor([](EditorPane *p) { p->editor()->goBack(); }))
        ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), this, [this] { setEditorPointSize(m_pointSize + 1); })
        ->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("Zoom &Out"), this, [this] { setEditorPointSize(m_pointSize - 1); })
        ->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Reset Zoom"), this,
                    [this] { setEditorPointSize(QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize()); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    view->addAction(tr("&Fold All"), this, withEditor([](EditorPane *p) { p->editor()->foldAll(true); }));
    view->addAction(tr("&Unfold All"), this, withEditor([](EditorPane *p) { p->editor()->foldAll(false); }));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    for (const auto &[code, name] :
         {std::pair{QString(), tr("System")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
          std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        QAction *a = language->addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("Language"), tr("The language changes when Signalbox starts again."));
        });
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Signalbox"), this, [this] {
        QStringList libraries{
            tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(SIGNALBOX_BUILT_QT))};
        const std::pair<const char *, const char *> built[] = {
            {"yaml-cpp", SIGNALBOX_BUILT_YAMLCPP},
            {"nlohmann_json", SIGNALBOX_BUILT_NLOHMANN},
            {"valijson", SIGNALBOX_BUILT_VALIJSON},
            {"Graphviz", SIGNALBOX_BUILT_GRAPHVIZ},
            {"md4c", SIGNALBOX_BUILT_MD4C},
            {"KSyntaxHighlighting", SIGNALBOX_BUILT_KSYNTAXHIGHLIGHTING},
            {"@asyncapi/specs", SIGNALBOX_BUILT_SPECS}};
        for (const auto &[name, version] : built) {
            if (qstrlen(version) > 0)
                libraries << QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(version));
        }
        QMessageBox::about(this, tr("About Signalbox"),
                           tr("<h3>Signalbox %1</h3><p>A native studio for AsyncAPI.</p><p>Licensed under the "
                              "Apache License 2.0.</p><p>Built with:<br>%2</p>")
                               .arg(QApplication::applicationVersion(), libraries.join(QStringLiteral("<br>"))));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

EditorPane *MainWindow::addPane()
{
    auto *pane = new EditorPane(m_tabs);
    pane->editor()->setFont([this, pane] {
        QFont f = pane->editor()->font();
        if (m_pointSize > 0)
            f.setPointSize(m_pointSize);
        return f;
    }());
    if (!m_splitterState.isEmpty())
        pane->splitter()->restoreState(m_splitterState);
    connect(pane->splitter(), &QSplitter::splitterMoved, this,
            [this, pane] { m_splitterState = pane->splitter()->saveState(); });
    EditorDocument *doc = pane->document();
    doc->setReferenceFolderStore(Workspace::ReferenceFolders::application());
    connect(pane, &EditorPane::analysisUpdated, this, [this, pane] {
        if (pane == currentPane()) {
            updateStatus();
            if (!pane->lastGood().stale) // mid-typo it keeps what it shows
                m_inspector->setAnalysis(pane->lastGood().analysis);
        }
    });
    connect(pane->graph()->view(), &GraphView::inspectRequested, this,
            [this](const QString &id) { inspect(AsyncApi::ElementId::fromString(id)); });
    connect(doc, &EditorDocument::modificationChanged, this, [this, pane] { updateTabTitle(pane); });
    // Queued: after the view has taken the reset in (it collapses everything).
    connect(
        pane->outlineModel(), &QAbstractItemModel::modelReset, this,
        [this, pane] {
            if (pane == currentPane())
                expandOutline();
        },
        Qt::QueuedConnection);
    connect(doc, &EditorDocument::filePathChanged, this, [this, pane] { updateTabTitle(pane); });
    connect(pane->editor(), &QPlainTextEdit::cursorPositionChanged, this, [this, pane] {
        if (pane != currentPane())
            return;
        const QTextCursor c = pane->editor()->textCursor();
        m_position->setText(tr("Ln %1, Col %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1));
    });
    connect(pane->editor(), &YamlEditor::openFileRequested, this, [this](const QString &path, qsizetype offset) {
        QString error;
        if (openFile(path, &error))
            currentPane()->editor()->goToOffset(offset);
        else
            QMessageBox::warning(this, tr("Go to Definition"), error);
    });
    connect(pane->editor(), &YamlEditor::zoomChanged, this, [this](int size) { setEditorPointSize(size); });
    m_autosaver->add(doc);
    const int index = m_tabs->addTab(pane, doc->displayName());
    m_tabs->setCurrentIndex(index);
    return pane;
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i));
        if (pane && pane->document()->filePath() == absolute) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    // Reuse a single untouched empty tab.
    EditorPane *pane = nullptr;
    if (m_tabs->count() == 1) {
        auto *only = qobject_cast<EditorPane *>(m_tabs->widget(0));
        if (only && only->document()->filePath().isEmpty() && !only->document()->isModified() &&
            only->document()->textDocument()->isEmpty())
            pane = only;
    }
    const bool created = !pane;
    if (!pane)
        pane = addPane();
    QString message;
    QString warning;
    if (!pane->document()->load(path, &message, &warning)) {
        if (created)
            closeTab(m_tabs->indexOf(pane));
        if (error)
            *error = message;
        return false;
    }
    if (!warning.isEmpty()) {
        // Not modal: openFile also runs for files another launch hands over.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open"), warning, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    pane->updateHighlighting();
    pane->editor()->moveCursor(QTextCursor::Start);
    updateTabTitle(pane);
    addRecent(absolute);
    return true;
}

EditorPane *MainWindow::newDocument(const QString &text, const QString &name)
{
    EditorPane *pane = addPane();
    ++m_untitledCount;
    pane->document()->setUntitledName(name.isEmpty() ? tr("Untitled %1").arg(m_untitledCount)
                                                     : tr("%1 %2").arg(name).arg(m_untitledCount));
    pane->document()->setText(text);
    pane->document()->textDocument()->clearUndoRedoStacks();
    pane->document()->textDocument()->setModified(!text.isEmpty());
    pane->updateHighlighting();
    updateTabTitle(pane);
    return pane;
}

void MainWindow::offerRecovery()
{
    const Workspace::RecoveryStore store;
    const QList<Workspace::RecoveryStore::Entry> entries = store.entries();
    if (entries.isEmpty())
        return;
    QStringList names;
    for (const auto &e : entries)
        names << QStringLiteral("• %1 (%2)")
                     .arg(e.displayName, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
    const auto answer =
        QMessageBox::question(this, tr("Restore Unsaved Work"),
                              tr("Signalbox did not close normally. Restore the unsaved work it kept?\n\n%1")
                                  .arg(names.join(QLatin1Char('\n'))),
                              QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    for (const auto &e : entries) {
        if (answer == QMessageBox::Discard) {
            store.remove(e.id);
        } else if (answer == QMessageBox::Yes) {
            EditorPane *pane = newDocument(e.text, e.displayName);
            if (!e.originalPath.isEmpty())
                pane->document()->setUntitledName(tr("%1 (recovered)").arg(QFileInfo(e.originalPath).fileName()));
            // The entry on disk stays the restored document's copy until it is written again,
            // saved or closed: a crash right after restoring loses nothing.
            m_autosaver->adopt(pane->document(), e);
            updateTabTitle(pane);
        }
    }
}

void MainWindow::openRequested(const QStringList &paths)
{
    m_requestedPaths += paths;
    if (m_openingRequested)
        return; // a dialog of the call below is open: it opens these next
    m_openingRequested = true;
    do {
        QStringList errors;
        for (const QString &path : std::exchange(m_requestedPaths, {})) {
            QString error;
            if (!path.isEmpty() && !openFile(path, &error))
                errors << error;
        }
        showNormal();
        raise();
        activateWindow();
        if (!errors.isEmpty())
            QMessageBox::warning(this, tr("Open"), errors.join(QLatin1Char('\n')));
    } while (!m_requestedPaths.isEmpty());
    m_openingRequested = false;
}

EditorPane *MainWindow::currentPane() const
{
    return qobject_cast<EditorPane *>(m_tabs->currentWidget());
}

QTableView *MainWindow::problemsView() const
{
    return m_problems->view();
}

void MainWindow::updateTabTitle(EditorPane *pane)
{
    const int index = m_tabs->indexOf(pane);
    if (index < 0)
        return;
    const EditorDocument *doc = pane->document();
    m_tabs->setTabText(index, doc->displayName() + (doc->isModified() ? QStringLiteral(" •") : QString()));
    const QString recoveredFrom = m_autosaver->originalPathOf(pane->document());
    m_tabs->setTabToolTip(index, doc->filePath().isEmpty() && !recoveredFrom.isEmpty()
                                     ? tr("Recovered from %1").arg(QDir::toNativeSeparators(recoveredFrom))
                                     : doc->filePath());
    if (pane == currentPane())
        setWindowTitle(tr("%1[*] — Signalbox").arg(doc->displayName()));
    setWindowModified(doc->isModified());
}

bool MainWindow::saveTab(int index, bool saveAs)
{
    auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(index));
    if (!pane)
        return false;
    EditorDocument *doc = pane->document();
    QString path = doc->filePath();
    if (saveAs || path.isEmpty()) {
        const bool json = doc->looksLikeJson();
        // A recovered document suggests the file it was recovered from.
        const QString recoveredFrom = m_autosaver->originalPathOf(doc);
        const QString suggested = !path.isEmpty() ? path
                                  : !recoveredFrom.isEmpty()
                                      ? recoveredFrom
                                      : doc->displayName() + (json ? QStringLiteral(".json") : QStringLiteral(".yaml"));
        path = QFileDialog::getSaveFileName(this, tr("Save As"), suggested,
                                            tr("AsyncAPI (*.yaml *.yml *.json);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    if (!doc->save(path, &error)) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    addRecent(doc->filePath());
    pane->updateHighlighting();
    updateTabTitle(pane);
    return true;
}

bool MainWindow::maybeSave(int index)
{
    auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(index));
    if (!pane || !pane->document()->isModified())
        return true;
    m_tabs->setCurrentIndex(index);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(pane->document()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveTab(index, false);
    return true;
}

bool MainWindow::closeTab(int index)
{
    auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(index));
    if (!pane || !maybeSave(index))
        return false;
    m_autosaver->discard(pane->document());
    m_tabs->removeTab(index);
    pane->deleteLater();
    if (m_tabs->count() == 0)
        currentTabChanged();
    return true;
}

void MainWindow::currentTabChanged()
{
    EditorPane *pane = currentPane();
    if (pane) {
        QItemSelectionModel *old = m_outlineView->selectionModel();
        m_outlineView->setModel(pane->outlineModel());
        QItemSelectionModel *created = m_outlineView->selectionModel();
        // The pane's selection, whose current item follows the cursor; the ones the view made go.
        m_outlineView->setSelectionModel(pane->outlineSelection());
        for (QItemSelectionModel *own : {old, created == old ? nullptr : created}) {
            if (own && own->parent() == m_outlineView)
                delete own;
        }
        expandOutline();
        m_outlineView->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        m_outlineView->setColumnWidth(0, 170);
        m_problems->setModel(pane->problemsModel());
        updateTabTitle(pane);
        m_inspector->setAnalysis(pane->lastGood().analysis);
        pane->editor()->setFocus();
        emit pane->editor()->cursorPositionChanged();
        m_outlineView->scrollTo(m_outlineView->currentIndex());
    } else {
        m_outlineView->setModel(nullptr);
        m_problems->setModel(nullptr);
        setWindowTitle(tr("Signalbox"));
    }
    updateStatus();
}

void MainWindow::expandOutline()
{
    // Open the groups, but not huge ones: a tree of thousands of rows costs every relayout a frame.
    constexpr int MaxExpandedRows = 200;
    QAbstractItemModel *model = m_outlineView->model();
    if (!model)
        return;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex group = model->index(r, 0);
        m_outlineView->setExpanded(group, model->rowCount(group) <= MaxExpandedRows);
    }
}

void MainWindow::updateStatus()
{
    EditorPane *pane = currentPane();
    const auto analysis = pane ? pane->document()->analysis() : nullptr;
    if (!analysis) {
        m_validity->setText(pane ? tr("Analysing…") : QString());
        m_counts->clear();
        m_version->clear();
        return;
    }
    const qsizetype errors = analysis->errorCount();
    const qsizetype warnings = analysis->warningCount();
    const qsizetype infos = countSeverity(analysis->diagnostics, Severity::Info);
    if (!analysis->parsed())
        m_validity->setText(tr("⚠ Does not parse — showing the last good state"));
    else
        m_validity->setText(errors == 0 ? tr("✔ Valid") : tr("✖ Invalid"));
    m_counts->setText(tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
    const auto good = pane->document()->lastGoodAnalysis();
    m_version->setText(good && good->spec ? tr("AsyncAPI %1").arg(good->spec->asyncapiVersion) : QString());
    m_problems->setCounts(errors, warnings, infos);
}

QString MainWindow::statusText() const
{
    return m_validity->text() + QLatin1Char(' ') + m_counts->text();
}

void MainWindow::addRecent(const QString &path)
{
    Workspace::RecentFiles::add(path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Workspace::RecentFiles::files();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).path(), this,
                                [this, path] {
                                    QString error;
                                    if (!openFile(path, &error))
                                        QMessageBox::warning(this, tr("Open Recent"), error);
                                });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            Workspace::RecentFiles::clear();
            rebuildRecentMenu();
        });
    }
}

void MainWindow::convertCurrent(bool toJson)
{
    EditorPane *pane = currentPane();
    if (!pane)
        return;
    // The text as it is now, not as last analysed: edits since then must not be lost.
    QTextDocument *text = pane->document()->textDocument();
    const auto document = YamlDocument::parse(pane->document()->text().toUtf8()); // keeps U+00A0, unlike toPlainText()
    const bool parses =
        document->root() && std::none_of(document->diagnostics().cbegin(), document->diagnostics().cend(),
                                         [](const Diagnostic &d) { return d.severity == Severity::Error; });
    if (!parses) {
        QMessageBox::information(this, tr("Convert"), tr("The document must parse before it can be converted."));
        return;
    }
    const QString converted = toJson ? reformatToJson(*document) : reformatToYaml(*document);
    if (converted.isEmpty())
        return;
    if (document->text().find('#') != std::string::npos) {
        const auto answer = QMessageBox::question(this, tr("Convert"),
                                                  tr("Comments are not kept by the conversion. Convert anyway? "
                                                     "(Undo brings the original back.)"));
        if (answer != QMessageBox::Yes)
            return;
    }
    pane->document()->applyEdits({{0, text->characterCount() - 1, converted}});
    pane->updateHighlighting();
}

void MainWindow::exportHtml()
{
    EditorPane *pane = currentPane();
    const auto analysis = pane ? pane->document()->analysis() : nullptr;
    if (!analysis || !analysis->spec) {
        QMessageBox::information(this, tr("Export HTML"), tr("The document must parse before it can be exported."));
        return;
    }
    const QString base = pane->document()->filePath().isEmpty()
                             ? pane->document()->displayName()
                             : QFileInfo(pane->document()->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export HTML"), base + QStringLiteral(".html"),
                                                      tr("HTML (*.html *.htm)"));
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray html = Export::exportHtml(*analysis, {}, &error).toUtf8();
    QSaveFile f(path);
    if (html.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(html) != html.size() || !f.commit()) {
        QMessageBox::warning(this, tr("Export HTML"),
                             error.isEmpty() ? tr("Cannot write %1: %2").arg(path, f.errorString()) : error);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Export HTML"),
        analysis->isValid() ? tr("Exported to %1. Open it in the browser?").arg(QDir::toNativeSeparators(path))
                            : tr("Exported to %1; the document has errors, listed on top of the page. Open it in the "
                                 "browser?")
                                  .arg(QDir::toNativeSeparators(path)));
    if (answer == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MainWindow::setEditorPointSize(int size)
{
    m_pointSize = std::clamp(size, 6, 48);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i))) {
            QFont f = pane->editor()->font();
            f.setPointSize(m_pointSize);
            pane->editor()->setFont(f);
        }
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitterState = settings.value(QStringLiteral("window/splitter")).toByteArray();
    const int size = settings.value(QStringLiteral("editor/pointSize"), 0).toInt();
    if (size > 0)
        m_pointSize = size;
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    if (!settings.contains(QStringLiteral("window/state"))) {
        // First run: most of the height for the editor.
        const auto docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->objectName() == QLatin1String("problemsDock"))
                resizeDocks({dock}, {170}, Qt::Vertical);
            else
                resizeDocks({dock}, {260}, Qt::Horizontal);
        }
    }
    rebuildRecentMenu();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (EditorPane *pane = currentPane())
        m_splitterState = pane->splitter()->saveState();
    settings.setValue(QStringLiteral("window/splitter"), m_splitterState);
    settings.setValue(QStringLiteral("editor/pointSize"), m_pointSize);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!maybeSave(i)) {
            event->ignore();
            return;
        }
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i)))
            m_autosaver->discard(pane->document());
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        QString error;
        if (!openFile(url.toLocalFile(), &error))
            QMessageBox::warning(this, tr("Open"), error);
    }
    event->acceptProposedAction();
}

} // namespace Signalbox
