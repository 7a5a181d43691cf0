// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <workspace/lastgood.h>

#include <QTimer>
#include <QWidget>

class QItemSelectionModel;
class QSplitter;
class QTabWidget;

namespace Signalbox::Live {
class Traffic;
}

namespace Signalbox {

namespace Workspace {
class EditorDocument;
class OutlineModel;
class ProblemsModel;
} // namespace Workspace

class FileChangedBanner;
class GraphPane;
class SequenceView;
class DocsPreview;
class FindBar;
class OverviewWidget;
class YamlEditor;

/**
 * One open document, one tab: the editor (with its find bar and changed-on-disk banner) beside
 * the document overview, and the outline and problems models the docks show while it is current.
 * Wires the document's analysis to its views, deciding once for all of them what they show
 * (lastGood()), and makes the graph and the outline follow the cursor.
 */
class EditorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPane)

public:
    /** Where the view is: the cursor's line and column (0-based) and the vertical scroll position. */
    struct ViewPosition
    {
        int line = 0;
        int column = 0;
        int scroll = 0;
    };

    explicit EditorPane(QWidget *parent = nullptr);
    ~EditorPane() override;

    Workspace::EditorDocument *document() const { return m_document; }
    YamlEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    OverviewWidget *overview() const { return m_overview; }
    GraphPane *graph() const { return m_graph; }
    DocsPreview *docs() const { return m_docs; }
    /// The session's messages as a sequence diagram (the tab beside the graph).
    SequenceView *sequence() const { return m_sequence; }
    /// The graph, sequence, overview and docs tabs.
    QTabWidget *sideTabs() const { return m_side; }
    /// A session's traffic on the graph and the sequence view (not owned; null: none).
    void setTraffic(const Live::Traffic *traffic, const QString &source = {});
    /// The traffic changed: the views catch up at their own pace.
    void trafficChanged();
    QSplitter *splitter() const { return m_splitter; }
    Workspace::OutlineModel *outlineModel() const { return m_outline; }
    Workspace::ProblemsModel *problemsModel() const { return m_problems; }
    /** The outline's current item, which follows the cursor; the window's outline view shows it. */
    QItemSelectionModel *outlineSelection() const { return m_outlineSelection; }
    /** What the views show: the latest analysis with a model, and whether the text has moved on from it. */
    const Workspace::LastGood &lastGood() const { return m_shown; }

    /** How long after an edit the user counts as typing (TypingPauseMs unless set). */
    void setTypingPause(int ms) { m_typing.setInterval(ms); }

    /** Chooses YAML or JSON highlighting from the file name or the text. */
    void updateHighlighting();
    /**
     * Reloads the file from disk (the banner's Reload). Asks first when the text has unsaved
     * edits, which a reload loses for good; says so when the file cannot be read. True when reloaded.
     * The cursor stays on its line and column and the view where it was (as far as the new text goes).
     */
    bool reloadFromDisk();
    /**
     * A new document nobody has typed in yet: no file, unmodified, nothing but white space. It is
     * not reported as "empty", which would greet a new document with an error.
     */
    bool isBlank() const;
    ViewPosition viewPosition() const;
    /** Moves the cursor to \a position's line and column and scrolls there, each clamped to the text. */
    void setViewPosition(const ViewPosition &position);

signals:
    void analysisUpdated();
    /** The file changed on disk while the text had no edits of its own, and was reloaded without asking. */
    void reloadedQuietly();

private:
    void showAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    void updateViews();
    void settle();
    void followCursor();
    /** The file changed on disk: reloads an unmodified text quietly, asks (the banner) otherwise. */
    void fileChangedOnDisk();

    /// How long after an edit the user counts as typing (a half-typed state is held back meanwhile).
    static constexpr int TypingPauseMs = 1500;

    Workspace::EditorDocument *m_document;
    YamlEditor *m_editor;
    FindBar *m_findBar;
    FileChangedBanner *m_banner;
    OverviewWidget *m_overview;
    GraphPane *m_graph;
    SequenceView *m_sequence;
    DocsPreview *m_docs;
    QSplitter *m_splitter;
    QTabWidget *m_side;
    Workspace::OutlineModel *m_outline;
    Workspace::ProblemsModel *m_problems;
    QItemSelectionModel *m_outlineSelection;
    Workspace::LastGood m_shown;
    QTimer m_typing;
    bool m_json = false;
};

} // namespace Signalbox
