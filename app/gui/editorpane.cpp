// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "editorpane.h"

#include "docspreview.h"
#include "editor/filechangedbanner.h"
#include "editor/findbar.h"
#include "editor/yamleditor.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "overviewwidget.h"

#include <workspace/editordocument.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcGui, "signalbox.gui", QtWarningMsg)

namespace Signalbox {

EditorPane::EditorPane(QWidget *parent)
    : QWidget(parent)
    , m_document(new Workspace::EditorDocument(this))
    , m_editor(new YamlEditor(this))
    , m_findBar(new FindBar(m_editor, this))
    , m_banner(new FileChangedBanner(this))
    , m_overview(new OverviewWidget(this))
    , m_graph(new GraphPane(this))
    , m_docs(new DocsPreview(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_side(new QTabWidget(this))
    , m_outline(new Workspace::OutlineModel(this))
    , m_problems(new Workspace::ProblemsModel(this))
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

    connect(m_document, &Workspace::EditorDocument::analysisChanged, this,
            [this](const std::shared_ptr<const AsyncApi::Analysis> &analysis) {
                QElapsedTimer t;
                t.start();
                m_problems->setDiagnostics(analysis->diagnostics);
                const qint64 a = t.nsecsElapsed();
                m_editor->setAnalysis(analysis);
                const qint64 b = t.nsecsElapsed();
                m_outline->setAnalysis(analysis); // ignored when it does not parse
                const qint64 c = t.nsecsElapsed();
                m_overview->setAnalysis(analysis);
                const qint64 d = t.nsecsElapsed();
                m_graph->setAnalysis(analysis);
                m_docs->setAnalysis(analysis);
                qCDebug(
                    lcGui,
                    "views updated: problems %.1f ms, editor %.1f ms, outline %.1f ms, overview %.1f ms, graph %.1f ms",
                    double(a) / 1e6, double(b - a) / 1e6, double(c - b) / 1e6, double(d - c) / 1e6,
                    double(t.nsecsElapsed() - d) / 1e6);
                m_outline->setStale(!analysis->spec);
                m_overview->setStale(!analysis->spec && m_document->lastGoodAnalysis());
                emit analysisUpdated();
            });
    connect(m_document, &Workspace::EditorDocument::staleChanged, this, [this](bool stale) {
        // Typing makes the views stale until the new analysis lands; only a text that does not
        // parse dims them (above), to avoid flicker on every keystroke.
        if (!stale) {
            m_outline->setStale(false);
            m_overview->setStale(false);
        }
    });
    connect(m_document, &Workspace::EditorDocument::filePathChanged, this, &EditorPane::updateHighlighting);
    connect(m_document, &Workspace::EditorDocument::fileChangedOnDisk, m_banner, &QWidget::show);
    connect(m_banner, &FileChangedBanner::reloadRequested, this, &EditorPane::reloadFromDisk);
    connect(m_graph->view(), &GraphView::nodeActivated, m_editor,
            [this](qsizetype offset, qsizetype) { m_editor->goToOffset(offset); });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, m_graph->view(),
            [this] { m_graph->view()->highlightAt(m_editor->textCursor().position()); });
    connect(m_graph->view(), &GraphView::graphUpdated, m_graph->view(),
            [this] { m_graph->view()->highlightAt(m_editor->textCursor().position()); });
    connect(m_overview, &OverviewWidget::jumpRequested, m_editor,
            [this](qsizetype offset) { m_editor->goToOffset(offset); });
}

EditorPane::~EditorPane() = default;

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
    if (!m_document->load(m_document->filePath(), &error)) {
        QMessageBox::warning(this, tr("Reload"), tr("%1 The text in the editor is kept.").arg(error));
        return false;
    }
    updateHighlighting();
    return true;
}

void EditorPane::updateHighlighting()
{
    const QString path = m_document->filePath();
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                      (path.isEmpty() && m_document->looksLikeJson());
    if (json != m_json) {
        m_json = json;
        m_editor->attachHighlighter(json);
    }
}

} // namespace Signalbox
