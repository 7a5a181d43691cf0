// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Signalbox {

FindBar::FindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regex"), this))
    , m_case(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
    , m_replaceRow(new QWidget(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    auto *replaceOneButton = new QPushButton(tr("Replace"), this);
    auto *replaceAllButton = new QPushButton(tr("Replace all"), this);

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_case);
    findRow->addWidget(m_status);
    findRow->addWidget(close);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(replaceOneButton);
    replaceRow->addWidget(replaceAllButton);
    replaceRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // Search as you type, from the start of the current selection.
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        findNext(false);
    });
    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    connect(replaceOneButton, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceOne);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

void FindBar::setRegularExpression(bool on)
{
    m_regex->setChecked(on);
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

QRegularExpression FindBar::pattern() const
{
    const QString text = m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    QRegularExpression re(text, m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                    : QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool FindBar::findNext(bool backwards)
{
    if (m_find->text().isEmpty()) {
        m_status->clear();
        return false;
    }
    const QRegularExpression re = pattern();
    if (!re.isValid()) {
        m_status->setText(tr("Invalid expression"));
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = m_editor->document()->find(re, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around.
        QTextCursor from(m_editor->document());
        if (backwards)
            from.movePosition(QTextCursor::End);
        found = m_editor->document()->find(re, from, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("No matches"));
        return false;
    }
    m_status->clear();
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    return true;
}

void FindBar::replaceOne()
{
    QTextCursor c = m_editor->textCursor();
    const QRegularExpression re = pattern();
    const QRegularExpressionMatch m = re.match(c.selectedText());
    if (c.hasSelection() && m.hasMatch() && m.capturedLength() == c.selectedText().size()) {
        QString replacement = m_replace->text();
        if (m_regex->isChecked()) {
            for (int i = re.captureCount(); i >= 0; --i)
                replacement.replace(QStringLiteral("\\%1").arg(i), m.captured(i));
        }
        c.insertText(replacement);
    }
    findNext(false);
}

int FindBar::replaceAll()
{
    const QRegularExpression re = pattern();
    if (m_find->text().isEmpty() || !re.isValid())
        return 0;
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock(); // one undo step
    QTextCursor c(m_editor->document());
    while (true) {
        c = m_editor->document()->find(re, c);
        if (c.isNull() || !c.hasSelection())
            break;
        QString replacement = m_replace->text();
        if (m_regex->isChecked()) {
            const QRegularExpressionMatch m = re.match(c.selectedText());
            for (int i = re.captureCount(); i >= 0; --i)
                replacement.replace(QStringLiteral("\\%1").arg(i), m.captured(i));
        }
        c.insertText(replacement);
        ++count;
    }
    edit.endEditBlock();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Signalbox
