// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>
#include <workspace/backgroundjob.h>
#include <workspace/lastgood.h>

#include <QTextBrowser>

#include <functional>

namespace Signalbox {

/**
 * The exported HTML documentation, previewed as the user types: rendered on a worker thread when
 * the tab is visible (one job at a time), shown without the page's script and sidebar. A job
 * holds only the immutable analysis: closing the preview never waits for it, its result is dropped.
 */
class DocsPreview final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocsPreview)

public:
    explicit DocsPreview(QWidget *parent = nullptr);
    ~DocsPreview() override;

    /** Previews \a shown's analysis; a stale one changes nothing. */
    void setAnalysis(const Workspace::LastGood &shown);

    /** Makes the HTML of an analysis on a worker thread; Export::exportHtml unless replaced (tests). */
    using Renderer = std::function<QString(const AsyncApi::Analysis &)>;
    void setRenderer(Renderer renderer);
    /** Whether a job is running (tests wait on it). */
    bool isBusy() const { return m_job.isRunning(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    Workspace::BackgroundJob<QString>::Work prepareRender() const;
    void showHtml(const QString &html);

    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    Renderer m_renderer;
    Workspace::BackgroundJob<QString> m_job; // deferred while hidden
};

} // namespace Signalbox
