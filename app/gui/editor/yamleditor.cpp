// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamleditor.h"

#include "yamlhighlighter.h"

#include <asyncapi/completion/completion.h>
#include <asyncapi/refs/definition.h>
#include <asyncapi/refs/reftargets.h>
#include <export/htmlexporter.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QToolTip>

#ifdef SIGNALBOX_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Signalbox {

using namespace AsyncApi;

namespace {

constexpr int Indent = 2;
constexpr int MarkerWidth = 10;
constexpr int FoldWidth = 14;
constexpr int BracketScanLimit = 20000;

int indentation(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

bool isBlank(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty();
}

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xdc, 0x26, 0x26);
    case Severity::Warning:
        return QColor(0xd9, 0x77, 0x06);
    case Severity::Info:
        return QColor(0x25, 0x63, 0xeb);
    case Severity::Hint:
        return QColor(0x6b, 0x72, 0x80);
    }
    return {};
}

/** "Error: …", "Warning: …" (translated), as the Problems panel names severities. */
QString withSeverity(Severity s, const QString &message)
{
    switch (s) {
    case Severity::Error:
        return YamlEditor::tr("Error: %1").arg(message);
    case Severity::Warning:
        return YamlEditor::tr("Warning: %1").arg(message);
    case Severity::Info:
        return YamlEditor::tr("Info: %1").arg(message);
    case Severity::Hint:
        return YamlEditor::tr("Hint: %1").arg(message);
    }
    return message;
}

/**
 * Whether a quote typed at \a col of \a line opens a value (or a key): not inside a quoted
 * scalar or a comment, where a value starts (after `key: `, `- `, `[`, `{`, `,` or at the start
 * of the line), and not right before a word. Written by hand: a line scan, which the highlighters
 * (KSyntaxHighlighting or ours) do not expose.
 */
bool quoteOpensValue(const QString &line, int col)
{
    if (col < line.size()) {
        const QChar next = line.at(col);
        if (next.isLetterOrNumber() || next == QLatin1Char('_') || next == QLatin1Char('\'') ||
            next == QLatin1Char('"'))
            return false;
    }
    QChar inQuote;
    for (int i = 0; i < col; ++i) {
        const QChar ch = line.at(i);
        if (!inQuote.isNull()) {
            if (ch == QLatin1Char('\\') && inQuote == QLatin1Char('"'))
                ++i;
            else if (ch == inQuote)
                inQuote = QChar();
        } else if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            inQuote = ch;
        } else if (ch == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return false; // a comment
        }
    }
    if (!inQuote.isNull())
        return false;
    int before = col - 1;
    while (before >= 0 && line.at(before) == QLatin1Char(' '))
        --before;
    if (before < 0)
        return true;
    const QChar last = line.at(before);
    const bool spaced = before < col - 1;
    if (last == QLatin1Char('[') || last == QLatin1Char('{') || last == QLatin1Char(','))
        return true;
    return spaced && (last == QLatin1Char(':') || last == QLatin1Char('-'));
}

} // namespace

/** The gutter: diagnostics markers, line numbers and fold markers. */
class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(YamlEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }
    void mousePressEvent(QMouseEvent *event) override { m_editor->gutterClicked(event); }
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(e);
            const QTextBlock block = m_editor->cursorForPosition(QPoint(0, help->pos().y())).block();
            const QTextCursor c(block);
            QStringList messages;
            if (const auto &a = m_editor->analysis()) {
                for (const Diagnostic &d : a->diagnostics) {
                    if (d.file.isEmpty() && d.range.start.line == block.blockNumber())
                        messages << withSeverity(d.severity, d.message);
                }
            }
            if (messages.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(),
                                   Qt::convertFromPlainText(messages.join(QLatin1Char('\n')), Qt::WhiteSpaceNormal),
                                   this);
            return true;
        }
        return QWidget::event(e);
    }

private:
    YamlEditor *m_editor;
};

YamlEditor::YamlEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStandardItemModel(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * Indent);
    setMouseTracking(true);

    m_completer->setModel(m_completions);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &YamlEditor::insertCompletion);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &YamlEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        // Never leave the cursor inside a folded region.
        QTextBlock block = textCursor().block();
        if (!block.isVisible()) {
            for (QTextBlock b = block.previous(); b.isValid(); b = b.previous()) {
                if (b.isVisible() && isFolded(b.blockNumber())) {
                    setFolded(b.blockNumber(), false);
                    if (block.isVisible())
                        break;
                }
            }
        }
        updateExtraSelections();
    });
    updateGutterWidth();
    applyTheme();
}

YamlEditor::~YamlEditor() = default;

void YamlEditor::attachHighlighter(bool json)
{
    delete m_highlighter;
#ifdef SIGNALBOX_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto *h = new KSyntaxHighlighting::SyntaxHighlighter(document());
    h->setDefinition(repository.definitionForName(json ? QStringLiteral("JSON") : QStringLiteral("YAML")));
    h->setTheme(repository.defaultTheme(isDark() ? KSyntaxHighlighting::Repository::DarkTheme
                                                 : KSyntaxHighlighting::Repository::LightTheme));
    m_highlighter = h;
#else
    Q_UNUSED(json)
    auto *h = new YamlHighlighter(document());
    h->setDark(isDark());
    m_highlighter = h;
#endif
}

bool YamlEditor::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void YamlEditor::applyTheme()
{
#ifdef SIGNALBOX_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *h = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter)) {
        static KSyntaxHighlighting::Repository repository;
        h->setTheme(repository.defaultTheme(isDark() ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme));
        h->rehighlight();
    }
#else
    if (auto *h = qobject_cast<YamlHighlighter *>(m_highlighter))
        h->setDark(isDark());
#endif
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * Indent);
        updateGutterWidth();
    }
}

void YamlEditor::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn(1);
        else if (event->angleDelta().y() < 0)
            zoomOut(1);
        emit zoomChanged(font().pointSize());
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

int YamlEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return MarkerWidth + 6 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + FoldWidth;
}

void YamlEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void YamlEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGutterWidth();
}

void YamlEditor::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::Window));
    const int currentBlock = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int numberRight = m_gutter->width() - FoldWidth - 2;
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int n = block.blockNumber();
            QColor numberColor = pal.color(QPalette::Disabled, QPalette::Text);
            if (n == currentBlock)
                numberColor = pal.color(QPalette::Text);
            p.setPen(numberColor);
            p.drawText(MarkerWidth, top, numberRight - MarkerWidth, lineHeight, Qt::AlignRight, QString::number(n + 1));
            if (const auto it = m_lineSeverity.constFind(n); it != m_lineSeverity.constEnd()) {
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(Qt::NoPen);
                p.setBrush(severityColor(Severity(*it)));
                p.drawEllipse(QPointF(MarkerWidth / 2.0 + 1, top + lineHeight / 2.0), 3.5, 3.5);
                p.setRenderHint(QPainter::Antialiasing, false);
            }
            if (canFold(block)) {
                const bool folded = isFolded(n);
                const int cx = m_gutter->width() - FoldWidth / 2 - 1;
                const int cy = top + lineHeight / 2;
                p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
                p.setBrush(Qt::NoBrush);
                QPolygon arrow;
                if (folded)
                    arrow << QPoint(cx - 2, cy - 4) << QPoint(cx + 3, cy) << QPoint(cx - 2, cy + 4);
                else
                    arrow << QPoint(cx - 4, cy - 2) << QPoint(cx, cy + 3) << QPoint(cx + 4, cy - 2);
                p.drawPolyline(arrow);
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void YamlEditor::gutterClicked(QMouseEvent *event)
{
    const QTextBlock block = cursorForPosition(QPoint(0, int(event->position().y()))).block();
    if (event->position().x() >= m_gutter->width() - FoldWidth - 2 && canFold(block)) {
        setFolded(block.blockNumber(), !isFolded(block.blockNumber()));
        return;
    }
    QTextCursor c(block);
    setTextCursor(c);
}

bool YamlEditor::canFold(const QTextBlock &block) const
{
    const QString text = block.text();
    if (isBlank(text))
        return false;
    const int ind = indentation(text);
    for (QTextBlock next = block.next(); next.isValid(); next = next.next()) {
        const QString t = next.text();
        if (isBlank(t))
            continue;
        return indentation(t) > ind || (t.trimmed().startsWith(QLatin1String("- ")) && indentation(t) == ind &&
                                        text.trimmed().endsWith(QLatin1Char(':')));
    }
    return false;
}

bool YamlEditor::isFolded(int blockNumber) const
{
    // Folded headers are kept as cursors, which follow edits (a block's user data belongs to the
    // highlighter, KSyntaxHighlighting's included).
    return std::any_of(m_foldedHeaders.cbegin(), m_foldedHeaders.cend(),
                       [blockNumber](const QTextCursor &c) { return c.blockNumber() == blockNumber; });
}

void YamlEditor::setFolded(int blockNumber, bool folded)
{
    QTextBlock header = document()->findBlockByNumber(blockNumber);
    if (!header.isValid() || !canFold(header))
        return;
    m_foldedHeaders.erase(
        std::remove_if(m_foldedHeaders.begin(), m_foldedHeaders.end(),
                       [blockNumber](const QTextCursor &c) { return c.blockNumber() == blockNumber; }),
        m_foldedHeaders.end());
    if (folded)
        m_foldedHeaders.append(QTextCursor(header));
    const QString headerText = header.text();
    const int ind = indentation(headerText);
    const bool listUnderKey = headerText.trimmed().endsWith(QLatin1Char(':'));
    QTextBlock last = header;
    for (QTextBlock b = header.next(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (!isBlank(t)) {
            const int i = indentation(t);
            const bool sameLevelItem = listUnderKey && i == ind && t.trimmed().startsWith(QLatin1String("- "));
            if (i <= ind && !sameLevelItem)
                break;
        }
        b.setVisible(!folded);
        if (!folded) {
            // Keep inner folds folded.
            if (isFolded(b.blockNumber())) {
                last = b;
                setFolded(b.blockNumber(), true);
            }
        }
        last = b;
    }
    document()->markContentsDirty(header.position(), last.position() + last.length() - header.position());
    viewport()->update();
    m_gutter->update();
    // The hidden lines change the scrollable height.
    verticalScrollBar()->setValue(verticalScrollBar()->value());
}

void YamlEditor::foldAll(bool fold)
{
    for (QTextBlock b = document()->lastBlock(); b.isValid(); b = b.previous()) {
        if (canFold(b) && indentation(b.text()) > 0)
            setFolded(b.blockNumber(), fold);
    }
}

void YamlEditor::setAnalysis(const std::shared_ptr<const Analysis> &analysis)
{
    m_analysis = analysis;
    if (analysis && analysis->documents)
        m_lastParsed = analysis;
    m_diagnosticSelections.clear();
    m_lineSeverity.clear();
    if (analysis) {
        const int length = document()->characterCount();
        for (const Diagnostic &d : analysis->diagnostics) {
            if (!d.file.isEmpty())
                continue;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            const int start = int(std::clamp<qsizetype>(d.range.start.offset, 0, length - 1));
            int end = int(std::clamp<qsizetype>(d.range.end.offset, 0, length - 1));
            if (end <= start)
                end = std::min(start + 1, length - 1);
            sel.cursor.setPosition(start);
            sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
            sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            sel.format.setUnderlineColor(severityColor(d.severity));
            m_diagnosticSelections << sel;
            const int line = d.range.start.line;
            const auto it = m_lineSeverity.find(line);
            if (it == m_lineSeverity.end() || int(d.severity) < *it)
                m_lineSeverity[line] = int(d.severity);
        }
    }
    updateExtraSelections();
    m_gutter->update();
}

void YamlEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    QTextEdit::ExtraSelection line;
    QColor lineColor = palette().color(QPalette::Highlight);
    lineColor.setAlpha(isDark() ? 40 : 22);
    line.format.setBackground(lineColor);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    all << line;
    all << m_diagnosticSelections;

    // Bracket matching in flow style.
    const QTextCursor c = textCursor();
    const QTextDocument *doc = document();
    const int size = doc->characterCount();
    const int pos = c.position();
    auto match = [&](int at) -> int {
        if (at < 0 || at >= size)
            return -1;
        const QChar ch = doc->characterAt(at);
        static const QString open = QStringLiteral("{[(");
        static const QString close = QStringLiteral("}])");
        int dir = 0;
        QChar want;
        if (const qsizetype o = open.indexOf(ch); o >= 0) {
            dir = 1;
            want = close.at(o);
        } else if (const qsizetype cl = close.indexOf(ch); cl >= 0) {
            dir = -1;
            want = open.at(cl);
        } else {
            return -1;
        }
        int depth = 0;
        for (int i = at, steps = 0; i >= 0 && i < size && steps < BracketScanLimit; i += dir, ++steps) {
            const QChar here = doc->characterAt(i);
            if (here == ch)
                ++depth;
            else if (here == want && --depth == 0)
                return i;
        }
        return -2;
    };
    for (const int at : {pos, pos - 1}) {
        const int other = match(at);
        if (other == -1)
            continue;
        for (const int p : {at, other}) {
            if (p < 0)
                continue;
            QTextEdit::ExtraSelection b;
            b.cursor = QTextCursor(document());
            b.cursor.setPosition(p);
            b.cursor.setPosition(p + 1, QTextCursor::KeepAnchor);
            if (other >= 0) {
                QColor bg = palette().color(QPalette::Highlight);
                bg.setAlpha(90);
                b.format.setBackground(bg);
            } else {
                b.format.setForeground(severityColor(Severity::Error)); // unmatched
            }
            all << b;
        }
        break;
    }
    setExtraSelections(all);
}

const Diagnostic *YamlEditor::diagnosticAt(qsizetype offset) const
{
    if (!m_analysis)
        return nullptr;
    const Diagnostic *best = nullptr;
    for (const Diagnostic &d : m_analysis->diagnostics) {
        if (!d.file.isEmpty())
            continue;
        const qsizetype end = std::max(d.range.end.offset, d.range.start.offset + 1);
        if (offset >= d.range.start.offset && offset < end && (!best || d.severity < best->severity))
            best = &d;
    }
    return best;
}

bool YamlEditor::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QTextCursor c = cursorForPosition(help->pos() - QPoint(viewportMargins().left(), 0));
        const qsizetype offset = c.position();
        if (const Diagnostic *d = diagnosticAt(offset)) {
            // Messages quote the document: plain text, never rich text (<img width=99999>).
            QToolTip::showText(
                help->globalPos(),
                Qt::convertFromPlainText(withSeverity(d->severity, d->message) + QStringLiteral(" [%1]").arg(d->code),
                                         Qt::WhiteSpaceNormal),
                this);
            return true;
        }
        const QStringList path = keyPathAt(toPlainText(), offset);
        const auto good = m_analysis;
        const QString version = good && good->spec ? good->spec->asyncapiVersion : QStringLiteral("3.0.0");
        const QString description = path.isEmpty() ? QString() : SchemaCompletion::description(version, path);
        // The schema's descriptions are Markdown (`null`, *emphasis*): shown rendered.
        if (!description.isEmpty())
            QToolTip::showText(help->globalPos(), Export::markdownToHtml(description), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(e);
}

void YamlEditor::goToOffset(qsizetype offset, qsizetype selectUntil)
{
    m_history << textCursor().position();
    if (m_history.size() > 100)
        m_history.removeFirst();
    QTextCursor c(document());
    const int max = document()->characterCount() - 1;
    c.setPosition(int(std::clamp<qsizetype>(offset, 0, max)));
    if (selectUntil > offset)
        c.setPosition(int(std::clamp<qsizetype>(selectUntil, 0, max)), QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
    setFocus();
}

void YamlEditor::goToLine(int line)
{
    const QTextBlock b = document()->findBlockByNumber(std::max(0, line - 1));
    if (b.isValid())
        goToOffset(b.position());
}

bool YamlEditor::goBack()
{
    if (m_history.isEmpty())
        return false;
    const int pos = m_history.takeLast();
    QTextCursor c(document());
    c.setPosition(std::min(pos, document()->characterCount() - 1));
    setTextCursor(c);
    centerCursor();
    return true;
}

bool YamlEditor::goToDefinition()
{
    if (!m_analysis || !m_analysis->documents)
        return false;
    const QString ref = refOnLine(textCursor().block().text());
    if (ref.isEmpty())
        return false;
    const std::optional<JumpTo> target = definitionOf(*m_analysis->documents, ref);
    if (!target)
        return false;
    if (target->inMainDocument) {
        goToOffset(target->offset);
    } else {
        emit openFileRequested(target->file, target->offset);
    }
    return true;
}

void YamlEditor::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        setTextCursor(cursorForPosition(event->position().toPoint()));
        if (goToDefinition()) {
            event->accept();
            return;
        }
    }
    if (event->button() == Qt::BackButton && goBack())
        return;
    QPlainTextEdit::mousePressEvent(event);
}

void YamlEditor::toggleComment()
{
    QTextCursor c = textCursor();
    QTextBlock first = document()->findBlock(c.selectionStart());
    QTextBlock last =
        document()->findBlock(std::max(c.selectionStart(), c.selectionEnd() - (c.hasSelection() ? 1 : 0)));
    bool allCommented = true;
    int minIndent = INT_MAX;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (!isBlank(t)) {
            minIndent = std::min(minIndent, indentation(t));
            allCommented = allCommented && t.trimmed().startsWith(QLatin1Char('#'));
        }
        if (b == last)
            break;
    }
    if (minIndent == INT_MAX)
        return;
    c.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (!isBlank(t)) {
            QTextCursor e(b);
            if (allCommented) {
                const int hash = int(t.indexOf(QLatin1Char('#')));
                e.setPosition(b.position() + hash);
                e.setPosition(b.position() + hash + (t.mid(hash, 2) == QLatin1String("# ") ? 2 : 1),
                              QTextCursor::KeepAnchor);
                e.removeSelectedText();
            } else {
                e.setPosition(b.position() + minIndent);
                e.insertText(QStringLiteral("# "));
            }
        }
        if (b == last)
            break;
    }
    c.endEditBlock();
}

void YamlEditor::indentSelection(bool indent)
{
    QTextCursor c = textCursor();
    QTextBlock first = document()->findBlock(c.selectionStart());
    QTextBlock last =
        document()->findBlock(std::max(c.selectionStart(), c.selectionEnd() - (c.hasSelection() ? 1 : 0)));
    c.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        QTextCursor e(b);
        if (indent) {
            e.insertText(QString(Indent, QLatin1Char(' ')));
        } else {
            const int n = std::min(Indent, indentation(b.text()));
            e.setPosition(b.position() + n, QTextCursor::KeepAnchor);
            e.removeSelectedText();
        }
        if (b == last)
            break;
    }
    c.endEditBlock();
}

void YamlEditor::autoIndentNewline()
{
    QTextCursor c = textCursor();
    const QString before = c.block().text().left(c.positionInBlock());
    int ind = indentation(before);
    const QString trimmed = before.trimmed();
    if (trimmed.startsWith(QLatin1String("- ")))
        ind += Indent; // continue inside the sequence item
    if (trimmed.endsWith(QLatin1Char(':')) || trimmed.endsWith(QLatin1Char('|')) ||
        trimmed.endsWith(QLatin1Char('>')) || trimmed.endsWith(QLatin1Char('{')) || trimmed.endsWith(QLatin1Char('[')))
        ind += Indent;
    c.beginEditBlock();
    c.removeSelectedText();
    c.insertText(QLatin1Char('\n') + QString(ind, QLatin1Char(' ')));
    c.endEditBlock();
    setTextCursor(c);
}

void YamlEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            // Accept the selected suggestion (the first one is selected as the list opens or narrows,
            // as in Kate or Qt Creator); with none selected the key does what it does without a list.
            if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
                const QModelIndex current = m_completer->popup()->currentIndex();
                m_completer->popup()->hide();
                if (current.isValid()) {
                    insertCompletion(current.data(Qt::DisplayRole).toString());
                    return;
                }
            }
            break;
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles them
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        showCompletion();
        return;
    }
    if (event->key() == Qt::Key_F12) {
        goToDefinition();
        return;
    }
    if (event->key() == Qt::Key_Left && event->modifiers() == Qt::AltModifier) {
        goBack();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        autoIndentNewline();
        return;
    }
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        if (textCursor().hasSelection())
            indentSelection(true);
        else
            insertPlainText(QString(Indent - textCursor().positionInBlock() % Indent, QLatin1Char(' ')));
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        indentSelection(false);
        return;
    }
    if (event->text().size() == 1 && !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) &&
        (event->text().at(0) == QLatin1Char('\'') || event->text().at(0) == QLatin1Char('"')) &&
        typeQuote(event->text().at(0)))
        return;
    if (event->key() == Qt::Key_Backspace && !textCursor().hasSelection() && !m_pairedQuote.isNull() &&
        m_pairedQuote.position() == textCursor().position() + 1 && textCursor().positionInBlock() > 0) {
        // Backspace over the opening quote of an empty pair the editor made takes both.
        QTextCursor c = textCursor();
        const QString lineText = c.block().text();
        const int col = c.positionInBlock();
        if (col < lineText.size() && lineText.at(col) == lineText.at(col - 1) &&
            (lineText.at(col) == QLatin1Char('\'') || lineText.at(col) == QLatin1Char('"'))) {
            c.movePosition(QTextCursor::Left);
            c.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 2);
            c.removeSelectedText();
            m_pairedQuote = QTextCursor();
            return;
        }
    }
    if (event->key() == Qt::Key_Backspace && !textCursor().hasSelection()) {
        // Remove a whole indentation step inside leading spaces.
        QTextCursor c = textCursor();
        const QString before = c.block().text().left(c.positionInBlock());
        if (!before.isEmpty() && before.trimmed().isEmpty() && before.size() % Indent == 0) {
            c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, Indent);
            c.removeSelectedText();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);

    // Completion while typing a key (or narrowing an open popup).
    const QString typed = event->text();
    if (m_completer->popup()->isVisible()) {
        const qsizetype pos = textCursor().position();
        if (pos < m_completionStart) {
            m_completer->popup()->hide();
            return;
        }
        const QString prefix = document()->toPlainText().mid(m_completionStart, pos - m_completionStart);
        m_completer->setCompletionPrefix(prefix);
        if (m_completer->completionCount() == 0) {
            m_completer->popup()->hide();
        } else {
            m_completer->complete(completionRect()); // sized again: as many rows as are left
            m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
        }
        return;
    }
    if (typed.size() == 1 && (typed.at(0).isLetter() || typed.at(0) == QLatin1Char('$')) &&
        event->modifiers() == Qt::NoModifier) {
        const QTextCursor c = textCursor();
        const QString before = c.block().text().left(c.positionInBlock());
        static const QRegularExpression keyStart(QStringLiteral(R"(^\s*(- )*[A-Za-z$][\w.-]*$)"));
        if (keyStart.match(before).hasMatch() && before.trimmed().size() == 1)
            showCompletion();
    }
}

bool YamlEditor::typeQuote(QChar quote)
{
    QTextCursor c = textCursor();
    if (c.hasSelection())
        return false;
    const QString lineText = c.block().text();
    const int col = c.positionInBlock();
    if (!m_pairedQuote.isNull() && m_pairedQuote.position() == c.position() + 1 && col < lineText.size() &&
        lineText.at(col) == quote) {
        // The closing quote the editor added: typed over, not doubled.
        c.movePosition(QTextCursor::Right);
        setTextCursor(c);
        m_pairedQuote = QTextCursor();
        return true;
    }
    if (!quoteOpensValue(lineText, col))
        return false;
    c.beginEditBlock();
    c.insertText(QString(2, quote));
    c.endEditBlock();
    m_pairedQuote = QTextCursor(document());
    m_pairedQuote.setPosition(c.position());
    c.movePosition(QTextCursor::Left);
    setTextCursor(c);
    // A reference is typed next: its targets are offered at once.
    const YamlCursorContext ctx = cursorContext(toPlainText(), c.position());
    if (ctx.onValue && ctx.key == QLatin1String("$ref"))
        showCompletion();
    return true;
}

QRect YamlEditor::completionRect() const
{
    QRect rect = cursorRect();
    rect.translate(viewportMargins().left(), 0);
    rect.setWidth(std::max(280, m_completer->popup()->sizeHintForColumn(0) + 40));
    return rect;
}

void YamlEditor::showCompletion()
{
    const QString text = toPlainText();
    const YamlCursorContext ctx = cursorContext(text, textCursor().position());
    // While the text does not parse, the last analysis that did names the `$ref` targets, and the
    // version is read from the text.
    const auto a = m_analysis;
    const auto parsed = a && a->documents ? a : m_lastParsed;
    QString version = a && a->spec ? a->spec->asyncapiVersion : asyncApiVersionIn(text);
    if (version.isEmpty())
        version = parsed && parsed->spec ? parsed->spec->asyncapiVersion : QStringLiteral("3.0.0");
    QStringList targets;
    if (ctx.onValue && ctx.key == QLatin1String("$ref") && parsed && parsed->documents)
        targets = refTargets(*parsed->documents, parsed->filePath);
    const QList<Suggestion> suggestions = SchemaCompletion::suggest(version, ctx, targets, text);
    if (suggestions.isEmpty())
        return;
    m_completions->clear();
    for (const Suggestion &s : suggestions) {
        auto *item = new QStandardItem(s.text);
        if (!s.description.isEmpty())
            item->setToolTip(s.description);
        m_completions->appendRow(item);
    }
    m_completionStart = ctx.prefixStart;
    m_completingKey = !ctx.onValue;
    m_completingRef = ctx.onValue && ctx.key == QLatin1String("$ref");
    m_completer->setCompletionPrefix(ctx.prefix);
    if (m_completer->completionCount() == 0)
        return;
    m_completer->complete(completionRect());
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void YamlEditor::insertCompletion(const QString &text)
{
    QTextCursor c = textCursor();
    c.beginEditBlock();
    c.setPosition(int(m_completionStart), QTextCursor::KeepAnchor);
    QString insert = m_completingKey ? text + QStringLiteral(": ") : text;
    if (m_completingRef) {
        // Quoted: unquoted, ` #/…` would start a comment. After a typed quote, close it.
        const QString all = document()->toPlainText();
        const qsizetype end = textCursor().position();
        const QChar open = m_completionStart > 0 ? all.at(m_completionStart - 1) : QChar();
        if (open == QLatin1Char('\'') || open == QLatin1Char('"')) {
            // Closed unless the quote already closes later on the line (completing inside a value).
            const qsizetype lineEnd = all.indexOf(QLatin1Char('\n'), end);
            const QStringView rest = QStringView(all).mid(end, lineEnd < 0 ? -1 : lineEnd - end);
            if (!rest.contains(open))
                insert += open;
        } else {
            insert = QLatin1Char('\'') + insert + QLatin1Char('\'');
        }
    }
    c.insertText(insert);
    // Inside quotes (typed, or paired by the editor), the cursor ends after the closing one.
    const QChar open = m_completionStart > 0 ? document()->characterAt(int(m_completionStart) - 1) : QChar();
    if (!m_completingKey && (open == QLatin1Char('\'') || open == QLatin1Char('"')) &&
        document()->characterAt(c.position()) == open) {
        c.movePosition(QTextCursor::Right);
        m_pairedQuote = QTextCursor();
    }
    c.endEditBlock();
    setTextCursor(c);
}

} // namespace Signalbox
