// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "problemspanel.h"

#include <workspace/problemsmodel.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Signalbox {

using AsyncApi::Severity;

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new Workspace::ProblemsFilterModel(this))
    , m_view(new QTableView(this))
    , m_text(new QLineEdit(this))
    , m_quickButton(new QToolButton(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    const QStyle *s = style();
    const std::pair<Severity, QStyle::StandardPixmap> severities[3] = {
        {Severity::Error, QStyle::SP_MessageBoxCritical},
        {Severity::Warning, QStyle::SP_MessageBoxWarning},
        {Severity::Info, QStyle::SP_MessageBoxInformation}};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(true);
        b->setIcon(s->standardIcon(severities[i].second));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        const Severity sev = severities[i].first;
        connect(b, &QToolButton::toggled, this, [this, sev](bool on) {
            m_filter->setSeverityShown(sev, on);
            if (sev == Severity::Info)
                m_filter->setSeverityShown(Severity::Hint, on);
        });
        m_severityButtons[i] = b;
        bar->addWidget(b);
    }
    m_text->setPlaceholderText(tr("Filter problems"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, m_filter, &Workspace::ProblemsFilterModel::setText);
    bar->addWidget(m_text, 1);
    m_quickButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_quickButton->hide();
    bar->addWidget(m_quickButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    connect(m_view, &QTableView::clicked, this, &ProblemsPanel::activate);
    connect(m_view, &QTableView::activated, this, &ProblemsPanel::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showQuickAction(current); });
    // Rows come and go with each analysis: the current row's action follows.
    const auto follow = [this] { showQuickAction(m_view->currentIndex()); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, follow);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, follow);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, follow);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("Go to Problem"), this, [this, index] { activate(index); });
        if (QAction *quick = quickActionFor(index))
            menu.addAction(quick);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

void ProblemsPanel::addQuickAction(const QString &code, QAction *action)
{
    m_quickActions.insert(code, action);
    showQuickAction(m_view->currentIndex());
}

QAction *ProblemsPanel::quickActionFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    QAction *action = m_quickActions.value(index.data(Workspace::ProblemsModel::CodeRole).toString());
    return action && action->isEnabled() ? action : nullptr;
}

void ProblemsPanel::showQuickAction(const QModelIndex &current)
{
    QAction *action = quickActionFor(current);
    m_quickIndex = action ? current : QModelIndex();
    // No row chosen yet: the first row's that has one is offered at once (the 2.x document's upgrade).
    constexpr int Scanned = 1000;
    for (int row = 0; !current.isValid() && !action && row < std::min(m_filter->rowCount(), Scanned); ++row) {
        action = quickActionFor(m_filter->index(row, 0));
        if (action)
            m_quickIndex = m_filter->index(row, 0);
    }
    if (action != m_quickButton->defaultAction()) {
        if (m_quickButton->defaultAction())
            m_quickButton->removeAction(m_quickButton->defaultAction());
        if (action)
            m_quickButton->setDefaultAction(action);
    }
    m_quickButton->setVisible(action != nullptr);
}

void ProblemsPanel::setModel(Workspace::ProblemsModel *model)
{
    m_filter->setSourceModel(model);
    if (!model)
        return;
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(Workspace::ProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(Workspace::ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Workspace::ProblemsModel::LocationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Workspace::ProblemsModel::CodeColumn, QHeaderView::ResizeToContents);
}

void ProblemsPanel::setCounts(qsizetype errors, qsizetype warnings, qsizetype infos)
{
    m_severityButtons[0]->setText(QString::number(errors));
    m_severityButtons[1]->setText(QString::number(warnings));
    m_severityButtons[2]->setText(QString::number(infos));
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit problemActivated(index.data(Workspace::ProblemsModel::FileRole).toString(),
                          index.data(Workspace::ProblemsModel::OffsetRole).toLongLong());
}

} // namespace Signalbox
