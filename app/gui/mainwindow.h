// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/elementid.h>

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
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
class ProblemsPanel;

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
    /** A new unsaved document with \a text. */
    EditorPane *newDocument(const QString &text, const QString &name = {});
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
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    EditorPane *addPane();
    bool saveTab(int index, bool saveAs);
    bool closeTab(int index);
    bool maybeSave(int index);
    void currentTabChanged();
    void updateStatus();
    void expandOutline();
    void updateTabTitle(EditorPane *pane);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void convertCurrent(bool toJson);
    void exportHtml();
    void readSettings();
    void writeSettings();
    void setEditorPointSize(int size);

    QTabWidget *m_tabs;
    QTreeView *m_outlineView;
    ProblemsPanel *m_problems;
    Live::LiveSession *m_liveSession;
    InspectorWidget *m_inspector;
    LogPanel *m_liveLog;
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
};

} // namespace Signalbox
