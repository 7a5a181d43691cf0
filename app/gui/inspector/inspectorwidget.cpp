// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "inspectorwidget.h"

#include "composer.h"
#include "connectionform.h"

#include <asyncapi/analysis.h>
#include <live/livesession.h>
#include <live/target.h>

#include <QLineEdit>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <utility>

namespace Signalbox {

InspectorWidget::InspectorWidget(Live::LiveSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new ConnectionForm(session, this))
    , m_composer(new Composer(session, this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("inspector"));
    connect(m_form, &ConnectionForm::targetChanged, this, [this](const AsyncApi::ElementId &target) {
        matchChosenChannel(m_form->analysis());
        m_composer->setTarget(m_form->analysis(), target);
    });
    connect(m_session, &Live::LiveSession::stateChanged, this, [this](Live::LiveConnection::State state) {
        if (state == Live::LiveConnection::State::Closed && isVisible()) {
            if (const auto pending = std::exchange(m_pendingAnalysis, nullptr))
                setAnalysis(pending);
        }
    });

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_form);
    layout->addWidget(m_composer, 1);
    // Long names must not widen the dock (combo boxes elide, line edits scroll); a dock made
    // narrower than the form scrolls sideways rather than cutting the form off.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8);
    auto *scroll = new QScrollArea(this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

InspectorWidget::~InspectorWidget() = default;

int InspectorWidget::preferredWidth() const
{
    return m_content->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
}

bool InspectorWidget::isBusy() const
{
    return m_composer->isBusy() || m_session->isBusy();
}

void InspectorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (const auto pending = std::exchange(m_pendingAnalysis, nullptr))
        setAnalysis(pending);
}

void InspectorWidget::setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis)
{
    if (!analysis || !analysis->spec || !analysis->documents)
        return;         // mid-typo: keep what the last good text said
    if (!isVisible()) { // nothing to show: typing in a big document must not pay for the form
        m_pendingAnalysis = analysis;
        return;
    }
    // Connected: the form shows where the connection goes, which another document does not say.
    if (const auto &shown = m_form->analysis();
        shown && shown->filePath != analysis->filePath && m_session->state() != Live::LiveConnection::State::Closed) {
        m_pendingAnalysis = analysis;
        return;
    }
    m_pendingAnalysis.reset();
    if (!m_form->setAnalysis(analysis))
        matchChosenChannel(analysis); // the same channel, from the new text: its schemas may have changed
    m_composer->setAnalysis(analysis);
}

bool InspectorWidget::selectTarget(const AsyncApi::ElementId &id)
{
    return m_form->selectTarget(id);
}

void InspectorWidget::matchChosenChannel(const std::shared_ptr<const AsyncApi::Analysis> &analysis)
{
    const AsyncApi::Channel *ch = analysis ? Live::channelOf(*analysis->spec, m_form->currentTarget()) : nullptr;
    m_session->setChannel(analysis, ch ? ch->name : QString());
}

} // namespace Signalbox
