// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "problemspanel.h"

#include <workspace/problemsmodel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Signalbox {

using AsyncApi::Severity;

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new Workspace::ProblemsFilterModel(this))
    , m_view(new QTableView(this))
    , m_text(new QLineEdit(this))
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
