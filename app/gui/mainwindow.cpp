// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "buildinfo.h"
#include "convertdialog.h"
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "inspector/connectionform.h"
#include "inspector/inspectordock.h"
#include "inspector/inspectorwidget.h"
#include "inspector/logpanel.h"
#include "mock/mockpanel.h"
#include "outlinedelegate.h"
#include "overviewwidget.h"
#include "problems/problemspanel.h"
#include "refactor/renamedialog.h"
#include "refactor/usagespanel.h"
#include "referencefoldersdialog.h"
#include "templatedialog.h"
#include "welcomepage.h"

#include <asyncapi/refactor/rename.h>
#include <asyncapi/yaml/reformat.h>
#include <export/htmlexporter.h>
#include <live/livesession.h>
#include <live/logio.h>
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
#include <QDialogButtonBox>
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
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <map>
#include <utility>

namespace Signalbox {

using namespace AsyncApi;
using Workspace::EditorDocument;

namespace {

constexpr int AutosaveMs = 4000;
const QString ExampleResource = QStringLiteral(":/examples/harbour-cranes.yaml");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
    , m_outlineView(new QTreeView(this))
    , m_problems(new ProblemsPanel(this))
    , m_usages(new UsagesPanel(this))
    , m_liveSession(new Live::LiveSession(this))
    , m_inspector(new InspectorWidget(m_liveSession, this))
    , m_liveLog(new LogPanel(this))
    , m_mockPanel(new MockPanel(this))
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
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    connect(m_welcome, &WelcomePage::newRequested, this, [this] { newDocument(QString()); });
    connect(m_welcome, &WelcomePage::templateRequested, this, &MainWindow::newFromTemplate);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openFiles);
    connect(m_welcome, &WelcomePage::exampleRequested, this, &MainWindow::openExample);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) {
        QString error;
        if (!openFile(path, &error))
            QMessageBox::warning(this, tr("Open Recent"), error);
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);

    createDocks();
    createActions();
    statusBar()->addWidget(m_validity);
    statusBar()->addWidget(m_counts);
    statusBar()->addPermanentWidget(m_version);
    statusBar()->addPermanentWidget(m_position);
    m_pointSize = QFontDatabase::systemFont(QFontDatabase::FixedFont).pointSize();
    // The cursor and scroll position go into the recovery copy, so that restored work opens where it was.
    m_autosaver->setViewStateProvider([this](EditorDocument *document, Workspace::RecoveryStore::Entry &entry) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i));
            if (pane && pane->document() == document) {
                const EditorPane::ViewPosition position = pane->viewPosition();
                entry.cursorLine = position.line;
                entry.cursorColumn = position.column;
                entry.scrollValue = position.scroll;
            }
        }
    });
    connect(m_autosaver, &Workspace::Autosaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Autosave failed (%1): unsaved work is not protected against a crash.").arg(error),
                                 30000);
    });
    readSettings();
    updateStatus();
    updateCentral();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    m_outlineView->setHeaderHidden(false);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Both columns fit the dock and elide (the row's tooltip has it all): no sideways scrolling.
    m_outlineView->setItemDelegateForColumn(1, new OutlineDetailDelegate(m_outlineView));
    m_outlineView->header()->setStretchLastSection(true);
    m_outlineView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToFileOffset);

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
    auto *logDock = m_logDock = new QDockWidget(tr("Live Log"), this);
    logDock->setObjectName(QStringLiteral("liveLogDock"));
    logDock->setWidget(m_liveLog);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    tabifyDockWidget(problemsDock, logDock);
    auto *mockDock = new QDockWidget(tr("Mock Server"), this);
    mockDock->setObjectName(QStringLiteral("mockDock"));
    mockDock->setWidget(m_mockPanel);
    addDockWidget(Qt::BottomDockWidgetArea, mockDock);
    tabifyDockWidget(logDock, mockDock);
    m_usagesDock = new QDockWidget(tr("Usages"), this);
    m_usagesDock->setObjectName(QStringLiteral("usagesDock"));
    m_usagesDock->setWidget(m_usages);
    addDockWidget(Qt::BottomDockWidgetArea, m_usagesDock);
    tabifyDockWidget(mockDock, m_usagesDock);
    connect(m_usages, &UsagesPanel::usageActivated, this, &MainWindow::goToFileOffset);
    problemsDock->raise();
    connect(m_mockPanel, &MockPanel::inspectRequested, this, &MainWindow::connectInspectorToMock);
    // The first time it comes forward, room for its options and a few URLs (the bottom area starts
    // with a few rows of problems), unless the user made the area that tall already.
    auto sized = std::make_shared<bool>(false);
    connect(mockDock, &QDockWidget::visibilityChanged, this, [this, mockDock, sized](bool visible) {
        const int wanted = fontMetrics().height() * 15;
        if (!visible || std::exchange(*sized, true) || mockDock->isFloating() || mockDock->height() >= wanted)
            return;
        resizeDocks({mockDock}, {wanted}, Qt::Vertical);
    });
    // Its tab says that it runs, and where, while another dock is in front.
    connect(m_mockPanel, &MockPanel::runningChanged, mockDock, [this, mockDock](bool running) {
        mockDock->setWindowTitle(running ? tr("Mock Server (:%1)").arg(m_mockPanel->mock()->port())
                                         : tr("Mock Server"));
    });
    connect(m_liveSession, &Live::LiveSession::entriesArrived, m_liveLog, &LogPanel::append);
    connect(m_liveSession, &Live::LiveSession::stateChanged, this, &MainWindow::updateTrafficSource);
    // The graphs show the traffic of a log, gathered at their own pace.
    m_liveLog->traffic()->setSide(Live::Traffic::Side::Client);
    for (LogPanel *log : {m_liveLog, m_mockPanel->log()}) {
        connect(log, &LogPanel::trafficChanged, this, [this, log] {
            updateTrafficSource();
            if (log != m_trafficSource)
                return;
            if (EditorPane *pane = currentPane())
                pane->trafficChanged();
        });
    }
    connect(m_mockPanel, &MockPanel::runningChanged, this, [this] { updateTrafficAnalysis(); });
    m_trafficSource = m_liveLog;
    // The log comes forward when a connection starts.
    connect(m_liveSession, &Live::LiveSession::stateChanged, this, [logDock](Live::LiveConnection::State state) {
        if (state == Live::LiveConnection::State::Connecting)
            logDock->raise();
    });
}

void MainWindow::updateTrafficSource()
{
    LogPanel *mockLog = m_mockPanel->log();
    // One log at a time: the inspector talking to the mock is in both.
    // The inspector's while it is connected or its log has messages, else the mock's while only
    // it has any.
    const bool inspecting = m_liveSession->state() != Live::LiveConnection::State::Closed;
    LogPanel *source =
        !inspecting && m_liveLog->traffic()->messageCount() == 0 && mockLog->traffic()->messageCount() > 0 ? mockLog
                                                                                                           : m_liveLog;
    if (source == m_trafficSource)
        return;
    m_trafficSource = source;
    showTrafficOnCurrentPane();
}

void MainWindow::showTrafficOnCurrentPane()
{
    // Messages are placed in the current document: its views alone show them.
    EditorPane *current = currentPane();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i)))
            pane->setTraffic(pane == current ? m_trafficSource->traffic() : nullptr,
                             m_trafficSource == m_liveLog ? tr("Live Log") : tr("Mock Server log"));
    }
}

void MainWindow::updateTrafficAnalysis()
{
    EditorPane *pane = currentPane();
    const auto current = pane && !pane->lastGood().stale ? pane->lastGood().analysis : nullptr;
    if (current)
        m_liveLog->traffic()->setAnalysis(current);
    // The mock's messages are of the document it serves, and its role says who sends them.
    const auto served = m_mockPanel->servedAnalysis();
    Live::Traffic *mock = m_mockPanel->log()->traffic();
    mock->setSide(m_mockPanel->mock() && m_mockPanel->mock()->options().role == Live::MockOptions::Role::Client
                      ? Live::Traffic::Side::Client
                      : Live::Traffic::Side::Application);
    if (served || current)
        mock->setAnalysis(served ? served : current);
}

void MainWindow::replayLog()
{
    // From the folder of the last replay, else where exports go: a log just exported is at hand.
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("replayFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Replay a Log"), folder,
                                                      tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("replayFolder"), QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Replay a Log"), tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    QString problem;
    std::vector<Live::LogEntry> entries = Live::readJsonLines(f, &problem, m_liveLog->model()->capacity());
    if (entries.empty()) {
        QMessageBox::warning(this, tr("Replay a Log"),
                             problem.isEmpty() ? tr("%1 holds no log entries").arg(path)
                                               : tr("%1: %2").arg(path, problem));
        return;
    }
    if (m_liveLog->model()->rowCount() > 0) {
        QMessageBox ask(QMessageBox::Question, tr("Replay a Log"),
                        tr("Replaying %1 empties the live log first.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Cancel, this);
        ask.setInformativeText(
            tr("Its %Ln entries go; export them first to keep them.", nullptr, m_liveLog->model()->rowCount()));
        QPushButton *replay = ask.addButton(tr("Replay"), QMessageBox::AcceptRole);
        ask.setDefaultButton(replay);
        ask.exec();
        if (ask.clickedButton() != replay)
            return;
    }
    if (!problem.isEmpty())
        statusBar()->showMessage(tr("Some lines of %1 were skipped: %2").arg(path, problem), 10000);
    updateTrafficAnalysis();
    m_logDock->show();
    m_logDock->raise();
    m_liveLog->replay(std::move(entries));
}

void MainWindow::inspect(const AsyncApi::ElementId &id)
{
    if (auto *dock = qobject_cast<InspectorDock *>(m_inspector->parentWidget()))
        dock->open();
    if (EditorPane *pane = currentPane())
        m_inspector->setAnalysis(pane->lastGood().analysis);
    m_inspector->selectTarget(id);
}

void MainWindow::connectInspectorToMock(const Live::MockServer::Route &route)
{
    const auto analysis = m_mockPanel->servedAnalysis();
    if (!analysis)
        return;
    if (auto *dock = qobject_cast<InspectorDock *>(m_inspector->parentWidget()))
        dock->open();
    const QUrl origin = route.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString credential = m_mockPanel->clientCredential();
    auto go = [this, analysis, route, origin, credential] {
        // The mock may have stopped (or served another text) while the last connection closed.
        if (m_mockPanel->servedAnalysis() != analysis)
            return;
        m_inspector->setAnalysis(analysis);
        if (!m_inspector->form()->connectToStandIn(route.server, route.channel, origin, credential))
            m_mockPanel->showProblem(
                tr("The inspector could not open channel %1 of server %2.").arg(route.channel, route.server));
    };
    if (m_liveSession->state() == Live::LiveConnection::State::Closed) {
        go();
        return;
    }
    // The inspector is on another connection: that one ends first.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_liveSession, &Live::LiveSession::stateChanged, this, [once, go](Live::LiveConnection::State s) {
        if (s != Live::LiveConnection::State::Closed)
            return;
        QObject::disconnect(*once);
        go();
    });
    m_liveSession->close();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), this, [this] { newDocument(QString()); })->setShortcut(QKeySequence::New);
    file->addAction(tr("New from &Template…"), this, &MainWindow::newFromTemplate)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save"), this, [this] { saveTab(m_tabs->currentIndex(), false); });
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, [this] { saveTab(m_tabs->currentIndex(), true); });
    saveAs->setShortcut(QKeySequence::SaveAs);
    // No default shortcut: the usual ones (Ctrl+L, Ctrl+Shift+S) are Go to Line and Save As here.
    file->addAction(tr("Sa&ve All"), this, &MainWindow::saveAll);
    file->addSeparator();
    file->addAction(tr("Export &HTML…"), this, &MainWindow::exportHtml)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("Convert to &JSON"), this, [this] { convertCurrent(true); });
    file->addAction(tr("Convert to &YAML"), this, [this] { convertCurrent(false); });
    QAction *upgrade = file->addAction(tr("Upgrade to AsyncAPI &3…"), this, &MainWindow::upgradeCurrent);
    m_problems->addQuickAction(QStringLiteral("document.convertible"), upgrade);
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
    file->addAction(tr("Clos&e All"), this, &MainWindow::closeAll)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
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
    edit->addSeparator();
    edit->addAction(tr("Re&name…"), this, &MainWindow::renameAtCursor)->setShortcut(QKeySequence(Qt::Key_F2));
    edit->addAction(tr("Find &Usages"), this, &MainWindow::findUsagesAtCursor)
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F12));
    QAction *removeUnused = new QAction(tr("Remove Unused Component"), this); // offered on the problem, not in a menu
    connect(removeUnused, &QAction::triggered, this, &MainWindow::removeUnusedComponent);
    m_problems->addQuickAction(QStringLiteral("component.unused"), removeUnused);
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
    // With mnemonics of their own (the View menu's other letters are taken).
    const std::pair<QString, QString> dockTexts[] = {{QStringLiteral("outlineDock"), tr("Ou&tline")},
                                                     {QStringLiteral("problemsDock"), tr("&Problems")},
                                                     {QStringLiteral("inspectorDock"), tr("Insp&ector")},
                                                     {QStringLiteral("liveLogDock"), tr("Live Lo&g")},
                                                     {QStringLiteral("mockDock"), tr("&Mock Server")}};
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        for (const auto &[name, text] : dockTexts) {
            if (dock->objectName() == name)
                dock->toggleViewAction()->setText(text);
        }
        view->addAction(dock->toggleViewAction());
    }
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

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Replay a Log…"), this, &MainWindow::replayLog);
    m_mockAction = tools->addAction(tr("Start &Mock Server"), this, [this] {
        if (m_mockPanel->isRunning()) {
            m_mockPanel->stop();
            return;
        }
        if (auto *dock = qobject_cast<QDockWidget *>(m_mockPanel->parentWidget())) {
            dock->show();
            dock->raise();
        }
        m_mockPanel->start();
    });
    m_mockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mockAction->setEnabled(false);
    connect(m_mockPanel, &MockPanel::runningChanged, this, [this](bool running) {
        m_mockAction->setText(running ? tr("Stop &Mock Server") : tr("Start &Mock Server"));
        m_mockAction->setEnabled(running || currentPane());
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("Open the &Example"), this, &MainWindow::openExample);
    help->addSeparator();
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

void MainWindow::newFromTemplate()
{
    TemplateDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        newDocument(dialog.selectedText(), dialog.selectedTitle());
}

void MainWindow::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open AsyncAPI Documents"), QString(),
                                                            tr("AsyncAPI (*.yaml *.yml *.json);;All files (*)"));
    for (const QString &p : paths) {
        QString error;
        if (!openFile(p, &error))
            QMessageBox::warning(this, tr("Open"), error);
    }
}

void MainWindow::openExample()
{
    QFile f(ExampleResource);
    if (!f.open(QIODevice::ReadOnly))
        return; // built in: cannot fail
    // A copy to play with: nothing to save unless the user changes it.
    EditorPane *pane = newDocument(QString::fromUtf8(f.readAll()), tr("Harbour Cranes example"));
    pane->document()->textDocument()->setModified(false);
}

void MainWindow::showShortcuts()
{
    // Listed from the menus' own actions, so the list is what the keys do.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    std::function<void(QMenu *, QTreeWidgetItem *)> addMenu = [&](QMenu *menu, QTreeWidgetItem *group) {
        for (QAction *action : menu->actions()) {
            if (QMenu *sub = action->menu()) {
                addMenu(sub, group);
                continue;
            }
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(group, {QString(action->text()).remove(QLatin1Char('&')).remove(u'…'),
                                        keys.join(QStringLiteral(", "))});
        }
    };
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        auto *group = new QTreeWidgetItem(tree, {QString(menuAction->text()).remove(QLatin1Char('&'))});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(menu, group);
        if (group->childCount() == 0)
            delete group;
    }
    tree->setRootIsDecorated(false);
    tree->expandAll();
    tree->setItemsExpandable(false);
    tree->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 32);
    dialog.exec();
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
            if (!pane->lastGood().stale) { // mid-typo it keeps what it shows
                m_inspector->setAnalysis(pane->lastGood().analysis);
                updateTrafficAnalysis();
            }
        }
    });
    connect(pane->graph()->view(), &GraphView::inspectRequested, this,
            [this](const QString &id) { inspect(AsyncApi::ElementId::fromString(id)); });
    // A click on a node or edge with traffic shows its messages in the log they came from.
    connect(pane->graph()->view(), &GraphView::trafficFilterRequested, this,
            [this](const QStringList &keys, const QString &label) {
                m_trafficSource->setTrafficFilter(keys, label);
                QDockWidget *dock =
                    m_trafficSource == m_liveLog ? m_logDock : qobject_cast<QDockWidget *>(m_mockPanel->parentWidget());
                if (dock) {
                    dock->show();
                    dock->raise();
                }
            });
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
    connect(pane, &EditorPane::reloadedQuietly, this, [this, pane] {
        statusBar()->showMessage(tr("%1 changed on disk and was reloaded.").arg(pane->document()->displayName()), 5000);
    });
    m_autosaver->add(doc);
    const int index = m_tabs->addTab(pane, doc->displayName());
    m_tabs->setCurrentIndex(index);
    updateCentral();
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
    auto inUse = [this](const QString &candidate) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *open = qobject_cast<EditorPane *>(m_tabs->widget(i));
            if (open && open->document()->displayName() == candidate)
                return true;
        }
        return false;
    };
    QString untitled;
    do {
        ++m_untitledCount;
        untitled = name.isEmpty() ? tr("Untitled %1").arg(m_untitledCount) : tr("%1 %2").arg(name).arg(m_untitledCount);
    } while (inUse(untitled));
    EditorPane *pane = addPane();
    pane->document()->setUntitledName(untitled);
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
    EditorPane *first = nullptr;
    for (const auto &e : entries) {
        if (answer == QMessageBox::Discard) {
            store.remove(e.id);
        } else if (answer == QMessageBox::Yes) {
            EditorPane *pane = restore(e);
            first = first ? first : pane;
        }
    }
    if (first) {
        m_tabs->setCurrentWidget(first); // the newest
        statusBar()->showMessage(tr("Restored the unsaved work. Saving writes it back to its files."), 10000);
    }
}

EditorPane *MainWindow::restore(const Workspace::RecoveryStore::Entry &entry)
{
    EditorPane *pane = nullptr;
    if (!entry.originalPath.isEmpty() && QFileInfo(entry.originalPath).isFile()) {
        // On its own file, so that it keeps its name, its folder's references and Ctrl+S; the
        // restored text is one edit on top of the file's, which Undo takes back.
        pane = addPane();
        QString error;
        if (pane->document()->load(entry.originalPath, &error)) {
            EditorDocument *doc = pane->document();
            doc->applyEdits({{0, doc->textDocument()->characterCount() - 1, entry.text}});
            doc->textDocument()->setModified(true);
        } else {
            qWarning("Restoring over %s: %s", qPrintable(entry.originalPath), qPrintable(error));
            closeTab(m_tabs->indexOf(pane));
            pane = nullptr;
        }
    }
    if (!pane) {
        // Never saved, or its file is gone: named as it was (saving offers the file it came from).
        pane = addPane();
        EditorDocument *doc = pane->document();
        doc->setUntitledName(!entry.originalPath.isEmpty()  ? QFileInfo(entry.originalPath).fileName()
                             : !entry.displayName.isEmpty() ? entry.displayName
                                                            : tr("Untitled"));
        doc->setText(entry.text);
        doc->textDocument()->clearUndoRedoStacks();
        doc->textDocument()->setModified(true);
    }
    pane->updateHighlighting();
    // The entry on disk stays the restored document's copy until it is written again, saved or
    // closed: a crash right after restoring loses nothing.
    m_autosaver->adopt(pane->document(), entry);
    if (!entry.originalPath.isEmpty())
        m_restoredUnconfirmed << pane;
    if (entry.cursorLine >= 0)
        pane->setViewPosition({entry.cursorLine, entry.cursorColumn, entry.scrollValue});
    updateTabTitle(pane);
    return pane;
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
    const QString path = QDir::toNativeSeparators(doc->filePath().isEmpty() ? recoveredFrom : doc->filePath());
    m_tabs->setTabToolTip(index, m_restoredUnconfirmed.contains(pane)
                                     ? tr("%1\nRestored from unsaved work after a crash").arg(path)
                                     : path);
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
    if (!saveAs && m_restoredUnconfirmed.contains(pane)) {
        // Restored work goes back to its file, but the first save says so: the file may have
        // moved on since the crash.
        const QString target = path.isEmpty() ? m_autosaver->originalPathOf(doc) : path;
        m_tabs->setCurrentIndex(index);
        QMessageBox box(QMessageBox::Question, tr("Save Restored Work"),
                        tr("%1 was restored from unsaved work after a crash. Saving overwrites %2 with it.")
                            .arg(doc->displayName(), QDir::toNativeSeparators(target)),
                        QMessageBox::Save | QMessageBox::Cancel, this);
        QPushButton *saveElsewhere = box.addButton(tr("Save &As…"), QMessageBox::ActionRole);
        box.setDefaultButton(QMessageBox::Save);
        box.exec();
        if (box.clickedButton() == saveElsewhere) {
            saveAs = true;
            path = target;
        } else if (box.clickedButton() != box.button(QMessageBox::Save)) {
            return false;
        } else {
            path = target;
        }
    }
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
    m_restoredUnconfirmed.removeAll(pane);
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

bool MainWindow::maybeSaveAll(const QList<EditorPane *> &panes)
{
    QList<EditorPane *> modified;
    for (EditorPane *pane : panes) {
        if (pane->document()->isModified())
            modified << pane;
    }
    if (modified.size() <= 1)
        return modified.isEmpty() || maybeSave(m_tabs->indexOf(modified.first()));
    QStringList names;
    for (const EditorPane *pane : modified) {
        const QString path = pane->document()->filePath();
        names << (path.isEmpty()
                      ? QStringLiteral("• %1").arg(pane->document()->displayName())
                      : QStringLiteral("• %1 (%2)")
                            .arg(pane->document()->displayName(), QDir::toNativeSeparators(QFileInfo(path).path())));
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%n documents have unsaved changes. Save them?", nullptr, int(modified.size())),
                    QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(names.join(QLatin1Char('\n')));
    box.button(QMessageBox::Discard)->setText(tr("&Discard All"));
    box.setDefaultButton(QMessageBox::SaveAll);
    const int answer = box.exec();
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::SaveAll)
        return false;
    for (EditorPane *pane : std::as_const(modified)) {
        if (!saveTab(m_tabs->indexOf(pane), false))
            return false; // cancelled or failed: nothing is closed
    }
    return true;
}

bool MainWindow::saveAll()
{
    bool all = true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i));
        if (pane && pane->document()->isModified() && !saveTab(i, false))
            all = false;
    }
    return all;
}

bool MainWindow::closeAll()
{
    QList<EditorPane *> panes;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i)))
            panes << pane;
    }
    if (!maybeSaveAll(panes))
        return false;
    for (EditorPane *pane : std::as_const(panes)) {
        m_autosaver->discard(pane->document());
        m_tabs->removeTab(m_tabs->indexOf(pane));
        pane->deleteLater();
    }
    currentTabChanged();
    updateCentral();
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
    updateCentral();
    return true;
}

void MainWindow::updateCentral()
{
    if (m_tabs->count() > 0) {
        m_central->setCurrentWidget(m_tabs);
        return;
    }
    m_central->setCurrentWidget(m_welcome);
    m_welcome->setFocus();
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
        m_outlineView->setColumnWidth(0, std::max(110, m_outlineView->viewport()->width() * 11 / 20));
        m_problems->setModel(pane->problemsModel());
        updateTabTitle(pane);
        m_inspector->setAnalysis(pane->lastGood().analysis);
        m_mockPanel->setCurrentPane(pane);
        updateTrafficAnalysis();
        showTrafficOnCurrentPane();
        pane->editor()->setFocus();
        emit pane->editor()->cursorPositionChanged();
        m_outlineView->scrollTo(m_outlineView->currentIndex());
    } else {
        m_outlineView->setModel(nullptr);
        m_problems->setModel(nullptr);
        m_mockPanel->setCurrentPane(nullptr);
        setWindowTitle(tr("Signalbox"));
    }
    if (m_mockAction)
        m_mockAction->setEnabled(pane || m_mockPanel->isRunning());
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
    if (!analysis || pane->isBlank()) {
        m_validity->setText(!pane ? QString() : analysis ? tr("Empty document") : tr("Analysing…"));
        m_counts->clear();
        m_version->clear();
        m_problems->setCounts(0, 0, 0);
        return;
    }
    const qsizetype errors = analysis->errorCount();
    const qsizetype warnings = analysis->warningCount();
    const qsizetype infos = countSeverity(analysis->diagnostics, Severity::Info);
    if (!analysis->parsed())
        m_validity->setText(tr("⚠ Does not parse — showing the last good state"));
    else
        m_validity->setText(errors == 0 ? tr("✔ Valid") : tr("✖ Invalid"));
    // Numerus forms: a catalogue gives each language its own ("1 error" included, from an English
    // plural catalogue); without one the text reads as the source.
    //: The status bar's counts, e.g. "1 error, 2 warnings".
    m_counts->setText(
        tr("%1, %2").arg(tr("%n errors", nullptr, int(errors)), tr("%n warnings", nullptr, int(warnings))));
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
    m_welcome->setRecentFiles(recent);
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

void MainWindow::upgradeCurrent()
{
    EditorPane *pane = currentPane();
    if (!pane)
        return;
    // The text as it is now, not as last analysed.
    const QString text = pane->document()->text();
    const auto document = YamlDocument::parse(text.toUtf8());
    const QString version = document->root() && document->root()->isMapping()
                                ? QString::fromStdString(std::string(document->root()->stringAt("asyncapi")))
                                : QString();
    if (!version.startsWith(QLatin1String("2.")) && !version.startsWith(QLatin1String("3.0"))) {
        QMessageBox::information(
            this, tr("Upgrade to AsyncAPI 3"),
            version.isEmpty() ? tr("The document must parse, with its AsyncAPI version, before it can be upgraded.")
                              : tr("This is an AsyncAPI %1 document: there is nothing to upgrade.").arg(version));
        return;
    }
    ConvertDialog dialog(text, version, this);
    if (dialog.exec() != QDialog::Accepted || dialog.convertedText().isEmpty())
        return;
    pane->document()->applyEdits({{0, pane->document()->textDocument()->characterCount() - 1, dialog.convertedText()}});
    pane->updateHighlighting();
}

void MainWindow::goToFileOffset(const QString &file, qsizetype offset)
{
    EditorPane *pane = currentPane();
    if (!pane)
        return;
    if (file.isEmpty() || file == pane->document()->filePath())
        pane->editor()->goToOffset(offset);
    else if (openFile(file))
        currentPane()->editor()->goToOffset(offset);
}

namespace {

/**
 * Editor offsets of byte offsets of a document read from disk, asked in increasing order: the editor
 * shows a Windows line end (CR LF) as one character, the parsed text counts two.
 */
class EditorOffsets
{
public:
    explicit EditorOffsets(const AsyncApi::YamlDocument *doc)
        : m_doc(doc)
    {}
    qsizetype at(std::size_t byte)
    {
        const std::string &text = m_doc->text();
        for (; m_scanned < byte && m_scanned + 1 < text.size(); ++m_scanned) {
            if (text[m_scanned] == '\r' && text[m_scanned + 1] == '\n')
                ++m_carriageReturns;
        }
        return m_doc->position(byte).offset - m_carriageReturns;
    }

private:
    const AsyncApi::YamlDocument *m_doc;
    std::size_t m_scanned = 0;
    qsizetype m_carriageReturns = 0;
};

} // namespace

MainWindow::Refactoring MainWindow::refactoringAtCursor()
{
    Refactoring r;
    EditorPane *pane = currentPane();
    if (!pane)
        return r;
    r.analysis = pane->document()->analysis();
    // The positions must be those of the text shown: an analysis of an older text will not do.
    if (!r.analysis || !r.analysis->documents || r.analysis->generation != pane->document()->generation()) {
        statusBar()->showMessage(tr("The document is being analysed: try again in a moment."), 4000);
        r.analysis.reset();
        return r;
    }
    const QTextCursor cursor = pane->editor()->textCursor();
    const std::size_t byte =
        r.analysis->document->byteOffset({cursor.blockNumber(), cursor.positionInBlock(), cursor.position()});
    r.element = AsyncApi::elementAt(*r.analysis->documents, r.analysis->document.get(), byte);
    if (!r.element) {
        statusBar()->showMessage(tr("Put the cursor on the name of a component, channel, operation, server, message "
                                    "or parameter, or on a $ref to one."),
                                 5000);
        return r;
    }
    bool complete = true;
    r.others = AsyncApi::projectDocumentSets(pane->document()->filePath(), AsyncApi::LoadOptions{}, &complete);
    if (!complete)
        statusBar()->showMessage(tr("The folder holds more files than are read: references in the others are not "
                                    "found."),
                                 8000);
    r.sets.push_back(r.analysis->documents.get());
    for (const auto &other : r.others)
        r.sets.push_back(other.get());
    return r;
}

void MainWindow::renameAtCursor()
{
    const Refactoring r = refactoringAtCursor();
    if (!r.element)
        return;
    RenameDialog dialog(r.sets, *r.element, this);
    if (dialog.exec() != QDialog::Accepted || dialog.plan().files.empty())
        return;
    EditorPane *origin = currentPane();
    // Every file the rename changes, in a tab: those that were not open are opened, and stay
    // modified, unsaved (Undo brings each back). Nothing changes unless every one can be.
    QList<std::pair<EditorPane *, const AsyncApi::FileChange *>> targets;
    for (const AsyncApi::FileChange &change : dialog.plan().files) {
        EditorPane *pane = change.doc == r.analysis->document.get() ? origin : nullptr;
        QString error;
        if (!pane && openFile(change.path, &error))
            pane = currentPane();
        if (!pane || pane->document()->text() !=
                         QString::fromUtf8(change.before).replace(QStringLiteral("\r\n"), QStringLiteral("\n"))) {
            m_tabs->setCurrentWidget(origin);
            QMessageBox::warning(this, tr("Rename"),
                                 pane ? tr("%1 has changes that are not saved: save it, then rename again.")
                                            .arg(QDir::toNativeSeparators(change.path))
                                      : tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(change.path), error));
            return;
        }
        targets.append({pane, &change});
    }
    for (const auto &[pane, change] : targets) {
        QList<Workspace::TextEdit> edits;
        EditorOffsets offsets(change->doc);
        for (const AsyncApi::FileChange::Edit &e : change->edits) {
            const qsizetype start = offsets.at(e.start);
            edits.append({start, offsets.at(e.end), QString::fromStdString(e.text)});
        }
        pane->document()->applyEdits(edits);
        pane->updateHighlighting();
    }
    m_tabs->setCurrentWidget(origin);
    statusBar()->showMessage(
        tr("Renamed '%1' to '%2' in %n file(s); Undo in each brings it back.", nullptr, int(targets.size()))
            .arg(QString::fromStdString(r.element->name()), dialog.nameEdit()->text()),
        8000);
}

void MainWindow::findUsagesAtCursor()
{
    const Refactoring r = refactoringAtCursor();
    if (!r.element)
        return;
    const auto usages = AsyncApi::findUsages(r.sets, *r.element);
    const QString base = QFileInfo(currentPane()->document()->filePath()).path();
    QList<UsagesPanel::Entry> entries;
    std::map<const AsyncApi::YamlDocument *, EditorOffsets> offsets; // usages come in text order per file
    for (const AsyncApi::Usage &u : usages) {
        const qsizetype offset = offsets.try_emplace(u.doc, u.doc).first->second.at(u.node->startByte);
        QString path;
        for (const AsyncApi::DocumentSet *set : r.sets) {
            if (path.isEmpty())
                path = set->pathOf(u.doc);
        }
        const std::string_view text(u.doc->text());
        const std::size_t lineStart = text.rfind('\n', u.node->startByte == 0 ? 0 : u.node->startByte - 1);
        const std::size_t from = lineStart == std::string_view::npos || u.node->startByte == 0 ? 0 : lineStart + 1;
        const std::size_t to = text.find('\n', u.node->startByte);
        const QString kind = u.kind == AsyncApi::Usage::Kind::Definition  ? tr("definition")
                             : u.kind == AsyncApi::Usage::Kind::Reference ? tr("reference")
                             : u.kind == AsyncApi::Usage::Kind::Name      ? tr("by name")
                                                                          : tr("in the address");
        entries.append(
            {path, path.isEmpty() || base.isEmpty() ? tr("(this document)") : QDir(base).relativeFilePath(path),
             u.range.start.line, offset, kind,
             QString::fromUtf8(text.substr(from, to == std::string_view::npos ? std::string_view::npos : to - from))
                 .trimmed()});
    }
    m_usages->setUsages(
        tr("%1: %n place(s)", nullptr, int(entries.size())).arg(QString::fromStdString(r.element->pointer())), entries);
    m_usagesDock->show();
    m_usagesDock->raise();
    // Room for a few files' rows, unless the user made the area that tall already.
    const int wanted = fontMetrics().height() * 12;
    if (!m_usagesDock->isFloating() && m_usagesDock->height() < wanted)
        resizeDocks({m_usagesDock}, {wanted}, Qt::Vertical);
}

void MainWindow::removeUnusedComponent()
{
    EditorPane *pane = currentPane();
    const QModelIndex problem = m_problems->quickActionIndex();
    const auto analysis = pane ? pane->document()->analysis() : nullptr;
    if (!problem.isValid() || !analysis || !analysis->document ||
        analysis->generation != pane->document()->generation()) {
        statusBar()->showMessage(tr("The document is being analysed: try again in a moment."), 4000);
        return;
    }
    const auto path = AsyncApi::DocumentSet::decodePointer(
        problem.data(Workspace::ProblemsModel::PointerRole).toString().toStdString());
    QString error;
    const auto edit = path ? AsyncApi::removalOf(analysis->document.get(), *path, &error) : std::nullopt;
    if (!edit) {
        QMessageBox::information(this, tr("Remove Unused Component"), error);
        return;
    }
    const AsyncApi::YamlDocument *doc = analysis->document.get();
    pane->document()->applyEdits({{doc->position(edit->start).offset, doc->position(edit->end).offset, QString()}});
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
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // First run: most of the screen, centred (a fixed size is small on a big screen).
        const QRect available = screen()->availableGeometry();
        const QSize size = (available.size() * 0.85).expandedTo(QSize(800, 560)).boundedTo(available.size());
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
    }
    m_firstRun = !settings.contains(QStringLiteral("window/state"));
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

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_shown, true) || !m_firstRun)
        return;
    // First run, once the window has its size (docks cannot be sized before): most of the
    // height for the editor, a few rows for the problems, the side docks narrow.
    const int rowHeight = fontMetrics().height();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->objectName() == QLatin1String("problemsDock"))
            resizeDocks({dock}, {rowHeight * 8}, Qt::Vertical);
        else if (dock->objectName() == QLatin1String("outlineDock"))
            resizeDocks({dock}, {fontMetrics().averageCharWidth() * 36}, Qt::Horizontal);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<EditorPane *> panes;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i)))
            panes << pane;
    }
    if (!maybeSaveAll(panes)) {
        event->ignore();
        return;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *pane = qobject_cast<EditorPane *>(m_tabs->widget(i)))
            m_autosaver->discard(pane->document());
    }
    m_mockPanel->stop();
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
