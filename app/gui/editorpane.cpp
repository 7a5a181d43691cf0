// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editorpane.h"

#include "docspreview.h"
#include "editor/filechangedbanner.h"
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "live/sequenceview.h"
#include "overviewwidget.h"

#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QVarLengthArray>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcGui, "signalbox.gui", QtWarningMsg)

namespace Signalbox {

namespace {

/** Times the steps of updating the views and logs them (signalbox.gui, debug) in one line when it goes. */
class LapTimer final
{
    Q_DISABLE_COPY_MOVE(LapTimer)

public:
    LapTimer() { m_timer.start(); }
    ~LapTimer()
    {
        if (!lcGui().isDebugEnabled())
            return;
        QStringList laps;
        qint64 previous = 0;
        for (const auto &[what, at] : m_laps) {
            laps << QStringLiteral("%1 %2 ms").arg(QLatin1String(what)).arg(double(at - previous) / 1e6, 0, 'f', 1);
            previous = at;
        }
        qCDebug(lcGui, "views updated: %s", qPrintable(laps.join(QStringLiteral(", "))));
    }
    /** Ends the step of updating \a what. */
    void lap(const char *what) { m_laps.append({what, m_timer.nsecsElapsed()}); }

private:
    QElapsedTimer m_timer;
    QVarLengthArray<std::pair<const char *, qint64>, 8> m_laps;
};

} // namespace

EditorPane::EditorPane(QWidget *parent)
    : QWidget(parent)
    , m_document(new Workspace::EditorDocument(this))
    , m_editor(new YamlEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_banner(new FileChangedBanner(this))
    , m_overview(new OverviewWidget(this))
    , m_graph(new GraphPane(this))
    , m_sequence(new SequenceView(this))
    , m_docs(new DocsPreview(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_side(new QTabWidget(this))
    , m_outline(new Workspace::OutlineModel(this))
    , m_problems(new Workspace::ProblemsModel(this))
    , m_outlineSelection(new QItemSelectionModel(m_outline, this))
{
    QTextDocument *text = m_document->textDocument();
    text->setDocumentLayout(new QPlainTextDocumentLayout(text));
    text->setDefaultFont(m_editor->font());
    m_editor->setDocument(text);
    m_editor->attachHighlighter(false);

    const QStyle *style = QApplication::style();
    m_problems->setSeverityIcon(AsyncApi::Severity::Error, style->standardIcon(QStyle::SP_MessageBoxCritical));
    m_problems->setSeverityIcon(AsyncApi::Severity::Warning, style->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problems->setSeverityIcon(AsyncApi::Severity::Info, style->standardIcon(QStyle::SP_MessageBoxInformation));
    m_problems->setSeverityIcon(AsyncApi::Severity::Hint, style->standardIcon(QStyle::SP_MessageBoxQuestion));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_findBar);
    m_side->setDocumentMode(true);
    m_side->addTab(m_graph, tr("Graph"));
    m_side->addTab(m_sequence, tr("Sequence"));
    m_side->setTabToolTip(1, tr("The session's messages in time order: who sent what on which channel, requests "
                                "with their replies"));
    m_side->addTab(m_overview, tr("Overview"));
    m_side->addTab(m_docs, tr("Docs"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    // "Typing" lasts a moment after each edit; a half-typed state held back meanwhile is shown after.
    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &EditorPane::settle);
    connect(m_document, &Workspace::EditorDocument::textEdited, &m_typing, qOverload<>(&QTimer::start));
    connect(m_document, &Workspace::EditorDocument::analysisChanged, this, &EditorPane::showAnalysis);
    connect(m_document, &Workspace::EditorDocument::filePathChanged, this, &EditorPane::updateHighlighting);
    connect(m_document, &Workspace::EditorDocument::fileChangedOnDisk, this, &EditorPane::fileChangedOnDisk);
    connect(m_banner, &FileChangedBanner::reloadRequested, this, &EditorPane::reloadFromDisk);
    connect(m_graph->view(), &GraphView::nodeActivated, m_editor,
            [this](qsizetype offset, qsizetype) { m_editor->goToOffset(offset); });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &EditorPane::followCursor);
    connect(m_graph->view(), &GraphView::graphUpdated, m_graph->view(),
            [this] { followCursor(); }); // (only with positions of the current text)
    connect(m_overview, &OverviewWidget::jumpRequested, m_editor,
            [this](qsizetype offset) { m_editor->goToOffset(offset); });
}

EditorPane::~EditorPane() = default;

void EditorPane::showAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis)
{
    // One decision for every view: a text without a model (it does not parse, or is no AsyncAPI
    // document) leaves them showing the last good one, dimmed. Typing alone does not dim them, to
    // avoid flicker on every keystroke; a half-typed state (more errors than shown) waits for the
    // typing to stop. The editor and the problems are always the latest text's.
    // (A file loaded or reloaded is not typing: its text is the saved one.)
    m_shown = m_shown.next(analysis, m_typing.isActive() && m_document->isModified());
    LapTimer laps;
    std::shared_ptr<const AsyncApi::Analysis> reported = analysis;
    if (isBlank()) {
        auto quiet = std::make_shared<AsyncApi::Analysis>(*analysis);
        quiet->diagnostics.removeIf([](const AsyncApi::Diagnostic &d) { return d.code == u"document.empty"; });
        reported = quiet;
    }
    m_problems->setDiagnostics(reported->diagnostics);
    laps.lap("problems");
    m_editor->setAnalysis(reported);
    laps.lap("editor");
    updateViews();
}

void EditorPane::updateViews()
{
    LapTimer laps;
    if (!m_shown.stale)
        m_outline->setAnalysis(m_shown.analysis);
    m_outline->setStale(m_shown.stale);
    laps.lap("outline");
    m_overview->setAnalysis(m_shown);
    laps.lap("overview");
    m_graph->setAnalysis(m_shown);
    laps.lap("graph");
    m_docs->setAnalysis(m_shown);
    laps.lap("docs");
    followCursor();
    emit analysisUpdated();
}

void EditorPane::settle()
{
    if (!m_shown.heldBack())
        return;
    m_shown = m_shown.settle();
    updateViews();
}

void EditorPane::followCursor()
{
    // Positions are the shown text's: after an edit they are off until the analysis catches up
    // (and a stale outline may not have the element the cursor is in), so the views keep their
    // selection until then.
    if (!m_shown.analysis || m_shown.analysis->generation != m_document->generation())
        return;
    const qsizetype position = m_editor->textCursor().position();
    m_graph->view()->highlightAt(position);
    const QModelIndex index = m_outline->indexAt(position);
    if (index.isValid() && index != m_outlineSelection->currentIndex())
        m_outlineSelection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool EditorPane::reloadFromDisk()
{
    if (m_document->isModified()) {
        const auto answer = QMessageBox::warning(
            this, tr("Reload"),
            tr("%1 has unsaved changes. Reloading replaces them with the file on disk, and Undo cannot bring "
               "them back. Reload anyway?")
                .arg(m_document->displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            m_banner->show(); // the file on disk still differs: the choice stays open
            return false;
        }
    }
    QString error;
    const ViewPosition position = viewPosition();
    if (!m_document->load(m_document->filePath(), &error)) {
        QMessageBox::warning(this, tr("Reload"), tr("%1 The text in the editor is kept.").arg(error));
        return false;
    }
    updateHighlighting();
    setViewPosition(position);
    return true;
}

void EditorPane::fileChangedOnDisk()
{
    // As KDE's editors do: a text without edits of its own follows the file; one with edits, or a
    // file that is gone, is the user's call.
    if (!m_document->isModified() && QFileInfo(m_document->filePath()).isFile()) {
        m_banner->hide();
        QString error;
        const ViewPosition position = viewPosition();
        if (m_document->load(m_document->filePath(), &error)) {
            updateHighlighting();
            setViewPosition(position);
            emit reloadedQuietly();
            return;
        }
    }
    m_banner->show();
}

bool EditorPane::isBlank() const
{
    return m_document->filePath().isEmpty() && !m_document->isModified() &&
           m_document->textDocument()->toPlainText().trimmed().isEmpty();
}

EditorPane::ViewPosition EditorPane::viewPosition() const
{
    const QTextCursor cursor = m_editor->textCursor();
    return {cursor.blockNumber(), cursor.positionInBlock(), m_editor->verticalScrollBar()->value()};
}

void EditorPane::setViewPosition(const ViewPosition &position)
{
    const QTextDocument *text = m_document->textDocument();
    const QTextBlock block = text->findBlockByNumber(std::clamp(position.line, 0, text->blockCount() - 1));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(position.column, 0, block.length() - 1));
    m_editor->setTextCursor(cursor);
    // The scroll range follows the layout, which a hidden editor has not done yet: scrolled once it has.
    QScrollBar *bar = m_editor->verticalScrollBar();
    if (position.scroll <= bar->maximum())
        bar->setValue(position.scroll);
    else
        QTimer::singleShot(0, bar, [bar, scroll = position.scroll] { bar->setValue(scroll); });
}

void EditorPane::updateHighlighting()
{
    const QString path = m_document->filePath();
    const bool json =
        path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || (path.isEmpty() && m_document->looksLikeJson());
    if (json != m_json) {
        m_json = json;
        m_editor->attachHighlighter(json);
    }
}

void EditorPane::setTraffic(const Live::Traffic *traffic, const QString &source)
{
    m_graph->setTraffic(traffic, source);
    m_sequence->setTraffic(traffic);
}

void EditorPane::trafficChanged()
{
    m_graph->trafficChanged();
    m_sequence->trafficChanged();
}

} // namespace Signalbox
