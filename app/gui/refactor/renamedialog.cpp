// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "renamedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Signalbox {

namespace {

/** Line \a line (0-based) of \a text. */
QString lineOf(const QByteArray &text, int line)
{
    qsizetype start = 0;
    for (int i = 0; i < line && start >= 0; ++i) {
        start = text.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf('\n', start);
    return QString::fromUtf8(text.mid(start, end < 0 ? -1 : end - start)).trimmed();
}

} // namespace

RenameDialog::RenameDialog(std::vector<const AsyncApi::DocumentSet *> sets, AsyncApi::NamedElement element,
                           QWidget *parent)
    : QDialog(parent)
    , m_sets(std::move(sets))
    , m_element(std::move(element))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_preview(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Rename"));
    const QString oldName = QString::fromStdString(m_element.name());
    auto *form = new QFormLayout;
    auto *what = new QLabel(QString::fromStdString(m_element.pointer()), this);
    what->setTextFormat(Qt::PlainText);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Element:"), what);
    m_name->setText(oldName);
    m_name->selectAll();
    form->addRow(tr("&New name:"), m_name);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_preview->setColumnCount(2);
    m_preview->setHeaderLabels({tr("Where"), tr("After the rename")});
    m_preview->setRootIsDecorated(true);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::replan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(720, 420);
    replan();
}

void RenameDialog::replan()
{
    m_preview->clear();
    const QString name = m_name->text();
    m_plan = name == QString::fromStdString(m_element.name()) ? AsyncApi::RenamePlan{}
                                                              : AsyncApi::planRename(m_sets, m_element, name);
    const bool unchanged = name == QString::fromStdString(m_element.name());
    if (unchanged) {
        // Where it is named, so that the user sees what will change before typing.
        const auto usages = AsyncApi::findUsages(m_sets, m_element);
        m_message->setText(tr("Named in %n place(s); type the new name.", nullptr, int(usages.size())));
    } else if (!m_plan.error.isEmpty()) {
        m_message->setText(m_plan.error);
    } else {
        m_message->setText(tr("%n place(s) to change", nullptr, int(m_plan.usages.size())) + QStringLiteral(", ") +
                           tr("in %n file(s).", nullptr, int(m_plan.files.size())));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!unchanged && m_plan.error.isEmpty() && !m_plan.files.empty());
    const QString base = m_sets.empty() ? QString() : QFileInfo(m_sets.front()->pathOf(m_sets.front()->main())).path();
    for (const AsyncApi::FileChange &change : m_plan.files) {
        const QString shown = change.path.isEmpty() ? tr("(this document)")
                              : base.isEmpty()      ? change.path
                                                    : QDir(base).relativeFilePath(change.path);
        auto *file = new QTreeWidgetItem(m_preview, {shown, tr("%n change(s)", nullptr, int(change.edits.size()))});
        file->setToolTip(0, change.path);
        int lastLine = -1;
        for (const auto &edit : change.edits) {
            if (edit.line == lastLine)
                continue; // one row a line
            lastLine = edit.line;
            auto *row = new QTreeWidgetItem(file, {tr("line %1").arg(edit.line + 1), lineOf(change.after, edit.line)});
            row->setToolTip(1, tr("Before: %1").arg(lineOf(change.before, edit.line)));
        }
        file->setExpanded(true);
    }
}

} // namespace Signalbox
