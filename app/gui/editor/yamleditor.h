// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <QPlainTextEdit>
#include <QTextCursor>

#include <memory>

class QCompleter;
class QStandardItemModel;
class QSyntaxHighlighter;

namespace Signalbox {

/**
 * The YAML/JSON editor: line numbers, folding and diagnostics in the gutter, current line and
 * bracket matching, 2-space indentation, comments, diagnostics in the text with tooltips,
 * completion from the official schema and the document's components, go to definition on `$ref`
 * (F12, Ctrl+click) and back (Alt+Left), and the schema's description on hover. It only edits
 * text; the analysis it shows comes from outside (setAnalysis()).
 */
class YamlEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlEditor)

public:
    explicit YamlEditor(QWidget *parent = nullptr);
    ~YamlEditor() override;

    /** Installs the JSON highlighter when \a json, else the YAML one (KSyntaxHighlighting when built with it). */
    void attachHighlighter(bool json);
    void setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    std::shared_ptr<const AsyncApi::Analysis> analysis() const { return m_analysis; }

    /** Moves the cursor to UTF-16 \a offset (recording where it was, for Back) and shows it. */
    void goToOffset(qsizetype offset, qsizetype selectUntil = -1);
    void goToLine(int line);
    /** Back to where the cursor was before the last jump. */
    bool goBack();
    bool canGoBack() const { return !m_history.isEmpty(); }

    void toggleComment();
    void showCompletion();
    /** Jumps to the target of the `$ref` at the cursor; false when there is none. */
    bool goToDefinition();

    void foldAll(bool fold);
    bool isFolded(int blockNumber) const;
    void setFolded(int blockNumber, bool folded);

    int lineNumberAreaWidth() const;

signals:
    /** A `$ref` points into another file: the window opens it there. */
    void openFileRequested(const QString &path, qsizetype offset);
    void zoomChanged(int pointSize);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    friend class LineNumberArea;
    void paintGutter(QPaintEvent *event);
    void gutterClicked(QMouseEvent *event);
    void updateExtraSelections();
    void updateGutterWidth();
    void insertCompletion(const QString &text);
    QRect completionRect() const;
    /** Handles a typed quote (pairs it where a value starts, steps over a paired one); true when done. */
    bool typeQuote(QChar quote);
    bool canFold(const QTextBlock &block) const;
    void applyTheme();
    void autoIndentNewline();
    void indentSelection(bool indent);
    const AsyncApi::Diagnostic *diagnosticAt(qsizetype offset) const;
    bool isDark() const;

    QWidget *m_gutter;
    QSyntaxHighlighter *m_highlighter = nullptr;
    QCompleter *m_completer;
    QStandardItemModel *m_completions;
    qsizetype m_completionStart = 0;
    bool m_completingKey = false;
    bool m_completingRef = false; ///< A `$ref` value: inserted quoted (a bare `#/…` is a YAML comment).
    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    std::shared_ptr<const AsyncApi::Analysis> m_lastParsed; ///< The last analysis of a text that parsed.
    QTextCursor m_pairedQuote; ///< Just after a closing quote the editor added, while it is still there.
    QList<int> m_history;      // cursor positions before jumps
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections;
    QHash<int, int> m_lineSeverity; // block number → most severe diagnostic
    QList<QTextCursor> m_foldedHeaders;
};

} // namespace Signalbox
