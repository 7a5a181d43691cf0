// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "convertdialog.h"

#include <asyncapi/convert/converter.h>
#include <asyncapi/convert/linediff.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Signalbox {

using AsyncApi::ConvertOptions;

namespace {

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

/** Marks the lines of \a view that \a marked says, full width, in \a color. */
void markLines(QPlainTextEdit *view, const std::vector<bool> &marked, const QColor &color)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = view->document()->firstBlock();
    for (std::size_t i = 0; block.isValid() && i < marked.size(); ++i, block = block.next()) {
        if (!marked[i])
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(s);
    }
    view->setExtraSelections(selections);
}

} // namespace

ConvertDialog::ConvertDialog(const QString &text, const QString &version, QWidget *parent)
    : QDialog(parent)
    , m_original(text)
    , m_target(new QComboBox(this))
    , m_pointOfView(new QComboBox(this))
    , m_before(codeView(this))
    , m_after(codeView(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Upgrade to AsyncAPI 3"));
    const bool v2 = version.startsWith(QLatin1String("2."));
    if (v2)
        m_target->addItem(tr("AsyncAPI 3.0.0"), int(ConvertOptions::Target::V3_0));
    m_target->addItem(tr("AsyncAPI 3.1.0"), int(ConvertOptions::Target::V3_1));
    m_pointOfView->addItem(tr("The application's (publish: it receives)"),
                           int(ConvertOptions::PointOfView::Application));
    m_pointOfView->addItem(tr("A client's (publish: it sends)"), int(ConvertOptions::PointOfView::Client));
    m_pointOfView->setToolTip(tr("Whose view the document's publish and subscribe are read from. The official "
                                 "converter reads them as the application's."));
    m_pointOfView->setEnabled(v2);
    auto *form = new QFormLayout;
    form->addRow(tr("&Version:"), m_target);
    form->addRow(tr("&Point of view:"), m_pointOfView);
    auto *sides = new QSplitter(this);
    for (auto [view, title] :
         {std::pair{m_before, tr("Now (AsyncAPI %1)").arg(version)}, std::pair{m_after, tr("Upgraded")}}) {
        auto *pane = new QWidget(sides);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(title, pane));
        view->setParent(pane);
        layout->addWidget(view);
        sides->addWidget(pane);
    }
    m_before->setPlainText(m_original);
    // The two sides scroll together (by the same share of their length).
    auto follow = [](QScrollBar *from, QScrollBar *to) {
        connect(from, &QScrollBar::valueChanged, to, [from, to](int value) {
            if (from->maximum() > 0)
                to->setValue(int(qint64(value) * to->maximum() / from->maximum()));
        });
    };
    follow(m_before->verticalScrollBar(), m_after->verticalScrollBar());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Upgrade"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sides, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ConvertDialog::refresh);
    connect(m_pointOfView, &QComboBox::currentIndexChanged, this, &ConvertDialog::refresh);
    resize(1100, 700);
    refresh();
}

void ConvertDialog::refresh()
{
    ConvertOptions options;
    options.target = ConvertOptions::Target(m_target->currentData().toInt());
    options.pointOfView = ConvertOptions::PointOfView(m_pointOfView->currentData().toInt());
    const AsyncApi::ConvertResult result = AsyncApi::convertDocument(m_original.toUtf8(), options);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!result.text.isEmpty());
    if (result.text.isEmpty()) {
        m_converted.clear();
        m_after->clear();
        m_summary->setText(result.error);
        return;
    }
    m_converted = QString::fromUtf8(result.text);
    m_after->setPlainText(m_converted);
    const AsyncApi::LineDiff diff =
        AsyncApi::diffLines(m_original.split(QLatin1Char('\n')), m_converted.split(QLatin1Char('\n')));
    markLines(m_before, diff.removed, QColor(255, 220, 220));
    markLines(m_after, diff.added, QColor(215, 245, 215));
    const auto count = [](const std::vector<bool> &v) { return int(std::count(v.cbegin(), v.cend(), true)); };
    QStringList summary{tr("%n line(s) changed or removed", nullptr, count(diff.removed)) + QStringLiteral(", ") +
                        tr("%n line(s) written", nullptr, count(diff.added)) + QStringLiteral(". ") +
                        tr("Undo brings the document back as it was.")};
    summary += result.notes;
    m_summary->setText(summary.join(QLatin1Char('\n')));
}

} // namespace Signalbox
