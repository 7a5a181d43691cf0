// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "graphpane.h"

#include "graphview.h"

#include <live/traffic.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace Signalbox {

GraphPane::GraphPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new GraphView(this))
    , m_server(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_collapse(new QCheckBox(tr("Collapse messages"), this))
    , m_trafficLabel(new QLabel(this))
{
    m_server->addItem(tr("All servers"));
    m_tag->addItem(tr("All tags"));
    m_text->setPlaceholderText(tr("Filter nodes"));
    m_text->setClearButtonEnabled(true);
    auto *fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Fit the graph to the view (F)"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_server);
    bar->addWidget(m_tag);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_collapse);
    bar->addWidget(m_trafficLabel);
    m_trafficLabel->hide();
    connect(m_view, &GraphView::trafficRefreshed, this, &GraphPane::updateTrafficLabel);
    bar->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_server, &QComboBox::currentIndexChanged, this, &GraphPane::optionsChanged);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &GraphPane::optionsChanged);
    connect(m_text, &QLineEdit::textChanged, this, &GraphPane::optionsChanged);
    connect(m_collapse, &QCheckBox::toggled, this, &GraphPane::optionsChanged);
    connect(fit, &QToolButton::clicked, m_view, &GraphView::fitToView);
}

void GraphPane::setAnalysis(const Workspace::LastGood &shown)
{
    const auto analysis = shown.stale ? nullptr : shown.analysis;
    if (analysis && analysis->spec) {
        // Offer the document's servers and tags, keeping the current choice when it still exists.
        auto refill = [](QComboBox *box, const QStringList &items) {
            const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
            QStringList existing;
            for (int i = 1; i < box->count(); ++i)
                existing << box->itemText(i);
            if (existing == items)
                return;
            const QSignalBlocker block(box);
            while (box->count() > 1)
                box->removeItem(1);
            box->addItems(items);
            box->setCurrentIndex(std::max(0, int(items.indexOf(current)) + 1));
        };
        QStringList servers;
        for (const AsyncApi::Server &s : analysis->spec->servers)
            servers << s.name;
        QStringList tags;
        for (const AsyncApi::Operation &o : analysis->spec->operations) {
            for (const AsyncApi::Tag &t : o.tags) {
                if (!t.name.isEmpty() && !tags.contains(t.name))
                    tags << t.name;
            }
        }
        refill(m_server, servers);
        refill(m_tag, tags);
    }
    m_view->setAnalysis(shown);
}

void GraphPane::setTraffic(const Live::Traffic *traffic, const QString &source)
{
    m_trafficSource = source;
    m_view->setTraffic(traffic);
    updateTrafficLabel();
}

void GraphPane::updateTrafficLabel()
{
    // Which log the counts are of: the inspector's and the mock's both have one.
    const Live::Traffic *traffic = m_view->traffic();
    const qint64 count = traffic ? traffic->messageCount() : 0;
    m_trafficLabel->setVisible(count > 0);
    if (count == 0)
        return;
    m_trafficLabel->setText(tr("%1: %2").arg(m_trafficSource, QLocale().toString(count)));
    m_trafficLabel->setToolTip(tr("The graph counts the messages of the %1 this session: %Ln so far. They reset "
                                  "when that log is cleared; a click on a box or arrow shows its messages there.",
                                  nullptr, int(std::min<qint64>(count, INT_MAX)))
                                   .arg(m_trafficSource));
}

void GraphPane::trafficChanged()
{
    m_view->trafficChanged();
}

void GraphPane::optionsChanged()
{
    AsyncApi::GraphOptions o;
    o.server = m_server->currentIndex() > 0 ? m_server->currentText() : QString();
    o.tag = m_tag->currentIndex() > 0 ? m_tag->currentText() : QString();
    o.text = m_text->text().trimmed();
    o.collapseMessages = m_collapse->isChecked();
    m_view->setOptions(o);
}

} // namespace Signalbox
