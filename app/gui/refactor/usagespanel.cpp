// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "usagespanel.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Signalbox {

namespace {
constexpr int EntryRole = Qt::UserRole + 1;
}

UsagesPanel::UsagesPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new QTreeWidget(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Put the cursor on a name or a $ref and press Shift+F12."));
    m_title->setContentsMargins(4, 2, 4, 2);
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Where"), tr("What"), tr("Line")});
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_view, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
}

void UsagesPanel::setUsages(const QString &title, const QList<Entry> &entries)
{
    m_entries = entries;
    m_title->setText(title);
    m_view->clear();
    QHash<QString, QTreeWidgetItem *> files; // one group a file, in the order they first come
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        QTreeWidgetItem *&file = files[e.shownFile];
        if (!file) {
            file = new QTreeWidgetItem(m_view, {e.shownFile});
            file->setToolTip(0, e.file);
            file->setExpanded(true);
        }
        auto *row = new QTreeWidgetItem(file, {tr("line %1").arg(e.line + 1), e.kind, e.text});
        row->setData(0, EntryRole, i);
        row->setToolTip(2, e.text);
    }
}

void UsagesPanel::activate(QTreeWidgetItem *item)
{
    const QVariant index = item ? item->data(0, EntryRole) : QVariant();
    if (!index.isValid())
        return;
    const Entry &e = m_entries.at(index.toInt());
    emit usageActivated(e.file, e.offset);
}

} // namespace Signalbox
