// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/analysis.h>

#include <QFutureWatcher>
#include <QTextBrowser>

namespace Signalbox {

/**
 * The exported HTML documentation, previewed as the user types: rendered on a worker thread when
 * the tab is visible (one job at a time), shown without the page's script and sidebar.
 */
class DocsPreview final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocsPreview)

public:
    explicit DocsPreview(QWidget *parent = nullptr);
    ~DocsPreview() override;

    void setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();

    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    QFutureWatcher<QString> m_watcher;
    bool m_running = false;
    bool m_again = false;
    bool m_dirty = false;
};

} // namespace Signalbox
