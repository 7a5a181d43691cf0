// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>
#include <workspace/backgroundjob.h>
#include <workspace/lastgood.h>

#include <QTextBrowser>

namespace Signalbox {

/**
 * The document at a glance, a tab beside the graph and the docs: title and description,
 * servers, channels with their messages, and operations with send/receive badges. Names link to
 * their definitions. Keeps the last good document while the text does not parse, dimmed.
 */
class OverviewWidget final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewWidget)

public:
    explicit OverviewWidget(QWidget *parent = nullptr);

    /** Shows \a shown's analysis (dimmed when stale), or what is wrong when there is none yet. */
    void setAnalysis(const Workspace::LastGood &shown);
    void setStale(bool stale);

signals:
    void jumpRequested(qsizetype offset);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void renderNow();

    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    bool m_stale = false;
    QString m_html;
    Workspace::BackgroundJobCore m_render; // on the GUI thread, deferred while hidden: rendered when shown
};

} // namespace Signalbox
