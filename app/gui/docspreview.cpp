// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "docspreview.h"

#include <export/htmlexporter.h>

#include <QDesktopServices>
#include <QRegularExpression>
#include <QScrollBar>

namespace Signalbox {

namespace {
// A QTextBrowser lays out a few hundred kilobytes of HTML in a blink, megabytes in seconds.
constexpr qsizetype MaxPreviewBytes = 1'200'000;
} // namespace

DocsPreview::DocsPreview(QWidget *parent)
    : QTextBrowser(parent)
    , m_job([this] { return prepareRender(); }, [this](const QString &html) { showHtml(html); })
{
    m_job.setDeferWhile([this] { return !isVisible(); });
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // The page's own stylesheet is beyond Qt's rich text: give tables the spacing a reader expects
    // (header cells apart, rows not run together), in the subset of CSS that QTextDocument knows.
    document()->setDefaultStyleSheet(QStringLiteral(
        "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }"
        "th { text-align: left; font-weight: bold; padding: 3px 12px 3px 0; border-bottom: 1px solid #9ca3af; }"
        "td { padding: 3px 12px 3px 0; vertical-align: top; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https") ||
            url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
        else if (url.hasFragment())
            scrollToAnchor(url.fragment());
    });
}

void DocsPreview::showHtml(const QString &html)
{
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

// No wait for a running job: it holds only its own copies (the immutable analysis, the renderer),
// so it may finish after the preview is gone, and its result goes nowhere. Waiting would hang
// closing the tab for as long as a job runs, for ever if it never ends.
DocsPreview::~DocsPreview() = default;

void DocsPreview::setRenderer(Renderer renderer)
{
    m_renderer = std::move(renderer);
}

void DocsPreview::setAnalysis(const Workspace::LastGood &shown)
{
    if (shown.stale || !shown.analysis)
        return; // keep the last good preview
    m_analysis = shown.analysis;
    schedule();
}

void DocsPreview::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    m_job.resume();
}

void DocsPreview::schedule()
{
    if (!m_analysis)
        return;
    m_job.request();
}

Workspace::BackgroundJob<QString>::Work DocsPreview::prepareRender() const
{
    const auto analysis = m_analysis;
    const Renderer renderer = m_renderer;
    return [analysis, renderer]() -> QString {
        QString html;
        try {
            html = renderer ? renderer(*analysis) : Export::exportHtml(*analysis);
        } catch (const std::exception &) {
            // Out of memory, most likely: result() would throw it again on the GUI thread.
            return DocsPreview::tr("<p>The documentation of this document could not be made.</p>");
        }
        // The preview shows the content: no sidebar, no script (a text browser runs none anyway).
        static const QRegularExpression nav(QStringLiteral("<nav id=\"sidebar\">.*?</nav>"),
                                            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression script(QStringLiteral("<script>.*?</script>"),
                                               QRegularExpression::DotMatchesEverythingOption);
        html.remove(nav).remove(script);
        if (html.size() > MaxPreviewBytes)
            return DocsPreview::tr("<p>This document's documentation is too large for the live preview. Use "
                                   "<b>File → Export HTML…</b> and open it in a browser.</p>");
        return html;
    };
}

} // namespace Signalbox
