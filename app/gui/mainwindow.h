// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>
#include <asyncapi/document/elementid.h>
#include <asyncapi/refactor/rename.h>
#include <live/mockserver.h>
#include <workspace/recoverystore.h>

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Signalbox {

namespace Workspace {
class Autosaver;
} // namespace Workspace

namespace Live {
class LiveSession;
}

class EditorPane;
class InspectorWidget;
class LogPanel;
class MockPanel;
class ProblemsPanel;
class UsagesPanel;
class WelcomePage;

/**
 * The main window: documents in tabs (editor beside the overview), the outline and problems
 * docks of the current document, menus, status bar, recent files, drag and drop, the changed-on-
 * disk banner, autosave with crash recovery, and settings kept between runs. Only wiring: the
 * work is in the document, the editor and the library.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens \a path in a tab (or shows it when already open). False and \a error when unreadable. */
    bool openFile(const QString &path, QString *error = nullptr);
    /**
     * A new unsaved document with \a text, named "\a name N" ("Untitled N" without a name): N
     * counts the new documents, skipping a name an open document has (a restored one, say).
     */
    EditorPane *newDocument(const QString &text, const QString &name = {});
    /**
     * Saves every modified document (each untitled one through Save As). False when one was not
     * saved (cancelled or failed); the others are saved all the same.
     */
    bool saveAll();
    /** Closes every document, asking once about the modified ones. False when the user cancelled. */
    bool closeAll();
    /** What the window shows while no document is open. */
    WelcomePage *welcomePage() const { return m_welcome; }
    /** Offers to restore work left by a session that did not end cleanly. */
    void offerRecovery();
    /**
     * Opens the files another launch handed over (see Workspace::SingleInstance), says once which
     * failed, and brings the window forward. Requests arriving meanwhile are opened in turn.
     */
    void openRequested(const QStringList &paths);

    EditorPane *currentPane() const;
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *problemsView() const;
    QTreeView *outlineView() const { return m_outlineView; }
    Workspace::Autosaver *autosaver() const { return m_autosaver; }
    InspectorWidget *inspector() const { return m_inspector; }
    LogPanel *liveLog() const { return m_liveLog; }
    /// The live connection the inspector opens and the log shows.
    Live::LiveSession *liveSession() const { return m_liveSession; }
    /** Shows the inspector on a channel or operation of the current document. */
    void inspect(const AsyncApi::ElementId &id);
    /// The mock server's panel (its dock: View → Mock Server).
    MockPanel *mockPanel() const { return m_mockPanel; }
    /// Start Mock Server / Stop Mock Server.
    QAction *mockAction() const { return m_mockAction; }
    /**
     * Opens the inspector on \a route's channel of the document the mock serves, pointed at the
     * mock, and connects it (closing the connection it had first).
     */
    void connectInspectorToMock(const Live::MockServer::Route &route);
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    EditorPane *addPane();
    bool saveTab(int index, bool saveAs);
    bool closeTab(int index);
    bool maybeSave(int index);
    /**
     * Asks about the modified documents among \a panes before they are closed: one with the usual
     * Save / Discard / Cancel, several in one list with Save All / Discard All / Cancel. False to cancel.
     */
    bool maybeSaveAll(const QList<EditorPane *> &panes);
    /** Reopens recovered \a entry: on its file when it has one (modified, Undo brings the file back). */
    EditorPane *restore(const Workspace::RecoveryStore::Entry &entry);
    void newFromTemplate();
    void openFiles();
    void openExample();
    void showShortcuts();
    /** The welcome page when there is no document, the tabs otherwise. */
    void updateCentral();
    void currentTabChanged();
    void updateStatus();
    /// The log whose traffic the graphs show: the live log's, else the mock's while only it has any.
    void updateTrafficSource();
    void showTrafficOnCurrentPane();
    void replayLog();
    /// Places the messages of the logs as the current document declares them.
    void updateTrafficAnalysis();
    void expandOutline();
    void updateTabTitle(EditorPane *pane);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void convertCurrent(bool toJson);
    /// Upgrades the document shown to AsyncAPI 3 after a preview (ConvertDialog), as one undo step.
    void upgradeCurrent();
    /** Shows \a offset of \a file (opening it), or of the document shown when \a file is empty. */
    void goToFileOffset(const QString &file, qsizetype offset);
    /** What renaming or finding usages at the cursor works on: the element there and the project's documents. */
    struct Refactoring
    {
        std::shared_ptr<const AsyncApi::Analysis> analysis;
        std::optional<AsyncApi::NamedElement> element;
        std::vector<std::unique_ptr<AsyncApi::DocumentSet>> others;
        std::vector<const AsyncApi::DocumentSet *> sets;
    };
    Refactoring refactoringAtCursor();
    /// F2: renames the element at the cursor after a preview (RenameDialog), one undo step per file.
    void renameAtCursor();
    /// Shift+F12: every place the element at the cursor is named, in the Usages dock.
    void findUsagesAtCursor();
    /// The quick action of a "component.unused" problem: removes the component, as one undo step.
    void removeUnusedComponent();
    void exportHtml();
    void readSettings();
    void writeSettings();
    void setEditorPointSize(int size);

    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    QTreeView *m_outlineView;
    ProblemsPanel *m_problems;
    UsagesPanel *m_usages;
    QDockWidget *m_usagesDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    LogPanel *m_trafficSource = nullptr;
    Live::LiveSession *m_liveSession;
    InspectorWidget *m_inspector;
    LogPanel *m_liveLog;
    MockPanel *m_mockPanel;
    QAction *m_mockAction = nullptr;
    QLabel *m_validity;
    QLabel *m_counts;
    QLabel *m_version;
    QLabel *m_position;
    QMenu *m_recentMenu;
    Workspace::Autosaver *m_autosaver;
    QStringList m_requestedPaths;
    bool m_openingRequested = false;
    int m_untitledCount = 0;
    int m_pointSize = 0;
    QByteArray m_splitterState;
    /** Restored documents whose first save still has to say that it overwrites their file. */
    QList<QPointer<EditorPane>> m_restoredUnconfirmed;
    bool m_firstRun = false;
    bool m_shown = false;
};

} // namespace Signalbox
