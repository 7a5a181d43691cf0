// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "overviewwidget.h"

#include <QEvent>
#include <QRegularExpression>
#include <QScrollBar>

namespace Signalbox {

using namespace AsyncApi;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString link(const Element &e, const QString &text)
{
    return QStringLiteral("<a href=\"#off:%1\">%2</a>").arg(e.range.start.offset).arg(esc(text));
}

/** An address with its {parameters} set apart. */
QString address(const QString &a, const QString &paramColor)
{
    QString out = esc(a);
    static const QRegularExpression param(QStringLiteral(R"((\{[^}]*\}))"));
    out.replace(param, QStringLiteral("<b style=\"color:%1\">\\1</b>").arg(paramColor));
    return out;
}

} // namespace

OverviewWidget::OverviewWidget(QWidget *parent)
    : QTextBrowser(parent)
    , m_render([this] {
        renderNow();
        return false; // done
    })
{
    // Laying out rich text costs milliseconds per hundred rows: only for a visible pane.
    m_render.setDeferWhile([this] { return !isVisible(); });
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString f = url.fragment();
        if (f.startsWith(QLatin1String("off:")))
            emit jumpRequested(f.mid(4).toLongLong());
    });
}

void OverviewWidget::setAnalysis(const Workspace::LastGood &shown)
{
    if (shown.stale || !shown.analysis) {
        if (!shown.analysis) {
            const auto &analysis = shown.latest;
            // Nothing good yet: say what is wrong instead of an empty pane.
            setHtml(tr("<h3>No AsyncAPI document yet</h3><p>%1</p>")
                        .arg(analysis && !analysis->diagnostics.isEmpty()
                                 ? esc(analysis->diagnostics.first().message)
                                 : tr("Start typing, or create a document from a template.")));
        }
        setStale(shown.stale);
        return;
    }
    m_analysis = shown.analysis;
    m_stale = false;
    render();
}

void OverviewWidget::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    render();
}

void OverviewWidget::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void OverviewWidget::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    m_render.resume();
}

void OverviewWidget::render()
{
    if (!m_analysis || !m_analysis->spec)
        return;
    m_render.request();
}

void OverviewWidget::renderNow()
{
    const Spec &s = *m_analysis->spec;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QString muted = pal.color(QPalette::Disabled, QPalette::Text).name();
    const QString accent = dark ? QStringLiteral("#f78c6c") : QStringLiteral("#b45309");
    const QString sendColor = dark ? QStringLiteral("#34d399") : QStringLiteral("#047857");
    const QString receiveColor = dark ? QStringLiteral("#60a5fa") : QStringLiteral("#1d4ed8");

    QString html;
    html +=
        QStringLiteral("<html><body style=\"%1\">").arg(m_stale ? QStringLiteral("color:%1").arg(muted) : QString());
    if (m_stale)
        html +=
            tr("<p style=\"color:%1\"><i>The text does not parse: showing the last good version.</i></p>").arg(muted);
    html +=
        QStringLiteral("<h2 style=\"margin-bottom:0\">%1 <span style=\"color:%2;font-weight:normal\">%3</span></h2>")
            .arg(esc(s.info.title.isEmpty() ? tr("(untitled)") : s.info.title), muted, esc(s.info.version));
    html += QStringLiteral("<p style=\"color:%1;margin-top:2px\">AsyncAPI %2%3</p>")
                .arg(muted, esc(s.asyncapiVersion),
                     s.defaultContentType.isEmpty() ? QString() : QStringLiteral(" · ") + esc(s.defaultContentType));
    if (!s.info.description.isEmpty()) {
        QString d = s.info.description.trimmed();
        if (d.size() > 600)
            d = d.left(600) + QStringLiteral("…");
        html += QStringLiteral("<p>%1</p>").arg(esc(d).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }

    // Big documents: the first rows of each section keep rendering fast; the outline lists them all.
    constexpr qsizetype MaxRows = 30;
    auto more = [&](qsizetype count) {
        if (count > MaxRows)
            html += tr("<p style=\"color:%1\">… and %2 more</p>").arg(muted).arg(count - MaxRows);
    };
    auto section = [&](const QString &title, qsizetype count) {
        html += QStringLiteral(
                    "<h3 style=\"margin-bottom:4px\">%1 <span style=\"color:%2;font-weight:normal\">%3</span></h3>")
                    .arg(esc(title), muted)
                    .arg(count);
    };
    section(tr("Servers"), s.servers.size());
    if (!s.servers.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const Server &sv : s.servers.mid(0, MaxRows))
            html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
                        .arg(link(sv, sv.name), esc(sv.protocol), address(sv.host + sv.pathname, accent));
        html += QStringLiteral("</table>");
        more(s.servers.size());
    }
    section(tr("Channels"), s.channels.size());
    if (!s.channels.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const Channel &c : s.channels.mid(0, MaxRows)) {
            QStringList messages;
            for (const Message &m : c.messages)
                messages << link(m, m.name);
            html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td style=\"color:%3\">%4</td></tr>")
                        .arg(link(c, c.name), c.dynamicAddress ? tr("(dynamic address)") : address(c.address, accent),
                             muted, messages.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</table>");
        more(s.channels.size());
    }
    section(tr("Operations"), s.operations.size());
    if (!s.operations.isEmpty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const Operation &o : s.operations.mid(0, MaxRows)) {
            const bool send = o.action == Operation::Action::Send;
            const QString badge = o.action == Operation::Action::Unknown
                                      ? QString()
                                      : QStringLiteral("<b style=\"color:%1\">%2</b>")
                                            .arg(send ? sendColor : receiveColor, send ? tr("send") : tr("receive"));
            QString target = o.channelResolved ? esc(o.channel) : tr("<i>unresolved channel</i>");
            if (o.reply.present)
                target += tr(" → reply on %1").arg(esc(o.reply.channel.isEmpty() ? o.reply.address : o.reply.channel));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(badge, link(o, o.name), target);
        }
        html += QStringLiteral("</table>");
        more(s.operations.size());
    }
    qsizetype messages = 0;
    qsizetype schemas = 0;
    for (const Component &c : s.components) {
        messages += c.kind == QLatin1String("messages");
        schemas += c.kind == QLatin1String("schemas");
    }
    html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(muted, tr("%1 component messages, %2 schemas, %3 components in all")
                                .arg(messages)
                                .arg(schemas)
                                .arg(s.components.size()));
    html += QStringLiteral("</body></html>");
    // Laying out rich text is the costly part: skip it when nothing shown changed (typing in a
    // description or a comment changes nothing here).
    if (html == m_html)
        return;
    m_html = html;
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(scroll);
}

} // namespace Signalbox
