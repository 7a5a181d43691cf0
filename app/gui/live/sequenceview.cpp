// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "sequenceview.h"

#include <live/traffic.h>

#include <QBuffer>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <limits>

namespace Signalbox {

using Live::Traffic;

namespace {

constexpr int DotRadius = 4;
constexpr int ArrowHead = 7;

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

bool isBad(const Traffic::Event &e)
{
    return e.nonConforming || e.unknown;
}

/// A latency as one reads it: "12 ms", "1,250 ms", "12.5 s".
QString latencyText(qint64 ms)
{
    const QLocale locale;
    return ms < 10'000 ? SequenceView::tr("%1 ms").arg(locale.toString(ms))
                       : SequenceView::tr("%1 s").arg(locale.toString(double(ms) / 1000, 'f', 1));
}

bool isWaiting(const Traffic::Event &e)
{
    return e.request && e.answerSerial < 0 && !e.unanswered;
}

} // namespace

SequenceView::SequenceView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_timer.setSingleShot(true);
    m_timer.setInterval(RefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &SequenceView::refresh);
    viewport()->setMouseTracking(true); // the rows hold still while the pointer moves over them
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_adjusting)
            m_follow = value >= verticalScrollBar()->maximum();
    });
}

SequenceView::~SequenceView() = default;

void SequenceView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    refresh();
}

void SequenceView::resetCaches()
{
    m_channels.clear();
    m_channelIndex.clear();
    m_unknownChannel = false;
    m_scannedSerial = -1;
    m_scannedSession = m_traffic ? m_traffic->session() : 0;
    m_summary.clear();
    m_summaryGeneration = NotYet;
}

void SequenceView::setTraffic(const Traffic *traffic)
{
    m_traffic = traffic;
    resetCaches();
    m_follow = true;
    m_shownGeneration = traffic ? traffic->generation() : 0;
    m_firstSerial = traffic && !traffic->events().empty() ? traffic->events().front().serial : 0;
    updateLifelines();
    updateScrollBars();
    followIfNeeded();
    viewport()->update();
}

void SequenceView::trafficChanged()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void SequenceView::setFollowingNewest(bool follow)
{
    m_follow = follow;
    followIfNeeded();
}

void SequenceView::refresh()
{
    if (!m_traffic || m_traffic->generation() == m_shownGeneration)
        return;
    if (!isVisible())
        return; // a tab in the background: caught up when it shows
    m_shownGeneration = m_traffic->generation();
    updateLifelines();
    updateScrollBars();
    const auto &events = m_traffic->events();
    const qint64 first = events.empty() ? 0 : events.front().serial;
    if (!m_follow && first > m_firstSerial) {
        // The oldest rows went: keep what the user looks at where it is.
        const qint64 gone = (first - m_firstSerial) * geometryFor(fontMetrics(), 0).rowHeight;
        m_adjusting = true;
        verticalScrollBar()->setValue(int(std::max<qint64>(0, verticalScrollBar()->value() - gone)));
        m_adjusting = false;
    }
    m_firstSerial = first;
    // Held while the pointer moves over the rows (and a moment after), so that what it points at
    // stays under it.
    const bool pointing = viewport()->underMouse() && m_pointerMoved.isValid() && m_pointerMoved.elapsed() < 3000;
    if (!pointing)
        followIfNeeded();
    viewport()->update();
}

void SequenceView::leaveEvent(QEvent *event)
{
    QAbstractScrollArea::leaveEvent(event);
    m_pointerMoved.invalidate();
    followIfNeeded();
}

void SequenceView::updateLifelines() const
{
    if (!m_traffic) {
        if (m_scannedSerial >= 0)
            const_cast<SequenceView *>(this)->resetCaches();
        return;
    }
    if (m_traffic->session() != m_scannedSession) {
        // Cleared.
        m_channels.clear();
        m_channelIndex.clear();
        m_unknownChannel = false;
        m_scannedSerial = -1;
    }
    m_scannedSession = m_traffic->session();
    const auto &events = m_traffic->events();
    if (events.empty() || events.back().serial <= m_scannedSerial)
        return;
    const qint64 front = events.front().serial;
    for (size_t i = size_t(std::max<qint64>(0, m_scannedSerial + 1 - front)); i < events.size(); ++i) {
        const QString &channel = events[i].channel;
        if (channel.isEmpty()) {
            m_unknownChannel = true;
        } else if (!m_channelIndex.contains(channel)) {
            m_channelIndex.insert(channel, int(m_channels.size()));
            m_channels.append(channel);
        }
    }
    m_scannedSerial = events.back().serial;
}

QStringList SequenceView::lifelines() const
{
    updateLifelines();
    QStringList names{tr("Client")};
    names += m_channels;
    if (m_unknownChannel)
        names += tr("unknown channel");
    names += tr("Application");
    return names;
}

int SequenceView::lifelineOf(int eventIndex) const
{
    const Traffic::Event &e = m_traffic->events()[size_t(eventIndex)];
    if (e.channel.isEmpty())
        return int(m_channels.size()) + 1;
    return m_channelIndex.value(e.channel, -1) + 1;
}

int SequenceView::rowCount() const
{
    return m_traffic ? int(m_traffic->events().size()) : 0;
}

QString SequenceView::rowText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Traffic::Event &e = m_traffic->events()[size_t(row)];
    const QString client = tr("Client");
    const QString application = tr("Application");
    QStringList parts{
        e.fromApplication ? tr("%1 → %2").arg(application, client) : tr("%1 → %2").arg(client, application),
        e.channel.isEmpty() ? tr("unknown channel") : e.channel, e.label.isEmpty() ? tr("(no name)") : e.label};
    if (e.unknown)
        parts += tr("unknown message");
    else if (e.nonConforming)
        parts += tr("not conforming");
    if (e.reply && e.latencyMs >= 0)
        parts += tr("↩ %1").arg(latencyText(e.latencyMs));
    else if (e.request && e.latencyMs >= 0)
        parts += latencyText(e.latencyMs);
    else if (e.request && e.unanswered)
        parts += tr("no reply");
    else if (isWaiting(e))
        parts += tr("waiting");
    return parts.join(QStringLiteral(" · "));
}

const QStringList &SequenceView::summaryLines() const
{
    if (!m_traffic) {
        m_summary.clear();
        m_summaryGeneration = NotYet;
        return m_summary;
    }
    if (m_summaryGeneration == m_traffic->generation())
        return m_summary;
    m_summaryGeneration = m_traffic->generation();
    m_summary.clear();
    const Live::TrafficStats &stats = m_traffic->stats();
    const auto ms = [](qint64 v) { return v < 0 ? tr("–", "no latency yet") : latencyText(v); };
    // By operation, in name order (the map's); each read in place, its latencies not copied.
    for (auto it = stats.pairs().cbegin(); it != stats.pairs().cend(); ++it) {
        const Live::TrafficStats::Pairs &p = it.value();
        const qint64 waiting = stats.waiting(it.key());
        if (p.answered == 0 && p.unanswered == 0 && waiting == 0)
            continue; // declared, but nothing went yet
        m_summary +=
            tr("%1: %2 · p50 %3 · p95 %4 · %5 · %6")
                .arg(it.key(), tr("%n pair(s)", nullptr, int(p.answered)), ms(p.percentile(50)), ms(p.percentile(95)),
                     tr("%n unanswered", nullptr, int(p.unanswered)), tr("%n waiting", nullptr, int(waiting)));
    }
    return m_summary;
}

QString SequenceView::summaryText() const
{
    return summaryLines().join(u'\n');
}

SequenceView::Geometry SequenceView::geometryFor(const QFontMetrics &metrics, int availableWidth) const
{
    Geometry g;
    g.lineHeight = metrics.height();
    g.rowHeight = std::max(qRound(1.6 * g.lineHeight), g.lineHeight + 2 * DotRadius + 2);
    const qsizetype lines = m_traffic ? summaryLines().size() : 0;
    g.summaryHeight = lines == 0 ? 0 : int(lines) * g.lineHeight + 10;
    g.headerHeight = g.lineHeight + 12;
    g.gutter = metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 24;
    const int count = int(m_channels.size()) + (m_unknownChannel ? 1 : 0) + 2;
    // Wide enough for a short name and its latency; the view scrolls sideways beyond.
    const int minimum = std::max(90, metrics.averageCharWidth() * 13);
    g.column = std::max(minimum, (availableWidth - g.gutter) / count);
    g.width = g.gutter + g.column * count;
    return g;
}

SequenceView::Colors SequenceView::colors() const
{
    const QPalette &pal = palette();
    Colors c;
    c.background = pal.color(QPalette::Base);
    const bool dark = c.background.lightness() < 128;
    c.header = pal.color(QPalette::Window);
    if (c.header == c.background)
        c.header = pal.color(QPalette::AlternateBase);
    c.text = pal.color(QPalette::Text);
    c.secondary = pal.color(QPalette::PlaceholderText);
    c.lifeline = pal.color(QPalette::Mid);
    c.error = dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    c.accent = pal.color(QPalette::Highlight);
    return c;
}

void SequenceView::updateScrollBars()
{
    const Geometry g = geometryFor(fontMetrics(), viewport()->width());
    const int rowsHeight = std::max(0, viewport()->height() - g.top());
    // Half a row below the newest, so that it does not sit on the edge.
    const qint64 content = qint64(rowCount()) * g.rowHeight + (rowCount() > 0 ? g.rowHeight / 2 : 0);
    m_adjusting = true;
    verticalScrollBar()->setRange(0, int(std::clamp<qint64>(content - rowsHeight, 0, INT_MAX)));
    verticalScrollBar()->setPageStep(std::max(rowsHeight, g.rowHeight));
    verticalScrollBar()->setSingleStep(g.rowHeight);
    horizontalScrollBar()->setRange(0, std::max(0, g.width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(20);
    m_adjusting = false;
}

void SequenceView::followIfNeeded()
{
    if (!m_follow)
        return;
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void SequenceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    followIfNeeded();
}

void SequenceView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void SequenceView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        followIfNeeded();
        viewport()->update();
    }
}

bool SequenceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::MouseMove)
        m_pointerMoved.start();
    if (event->type() == QEvent::ToolTip && m_traffic) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Geometry g = geometryFor(fontMetrics(), viewport()->width());
        const int y = help->pos().y() - g.top();
        const int row = y < 0 ? -1 : (y + verticalScrollBar()->value()) / g.rowHeight;
        const QString text = rowText(row);
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            // Escaped: message names come from the network and are never markup.
            const Traffic::Event &e = m_traffic->events()[size_t(row)];
            QToolTip::showText(
                help->globalPos(),
                QStringLiteral("<p style='white-space:pre'>%1\n%2</p>").arg(timeText(e.timeMs), text.toHtmlEscaped()),
                viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *exportAction = menu.addAction(tr("Export as SVG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Sequence Diagram"),
                                                          QStringLiteral("sequence.svg"), tr("SVG images (*.svg)"));
        QString error;
        if (!path.isEmpty() && !exportSvg(path, &error))
            QMessageBox::warning(this, tr("Export Sequence Diagram"), error);
    });
    exportAction->setEnabled(rowCount() > 0);
    QAction *follow = menu.addAction(tr("Follow Newest"), this, &SequenceView::setFollowingNewest);
    follow->setCheckable(true);
    follow->setChecked(m_follow);
    menu.exec(event->globalPos());
}

void SequenceView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Colors c = colors();
    const QRect area = viewport()->rect();
    p.fillRect(area, c.background);
    updateLifelines();
    const Geometry g = geometryFor(fontMetrics(), area.width());
    const int dx = -horizontalScrollBar()->value();
    const int top = g.top();
    const int rows = rowCount();
    if (m_traffic) {
        paintLifelines(p, g, c, dx, top, area.height());
        const int scroll = verticalScrollBar()->value();
        const int first = std::clamp(scroll / g.rowHeight, 0, rows);
        const int last = std::clamp((scroll + area.height() - top) / g.rowHeight + 1, first, rows);
        p.save();
        p.setClipRect(QRect(0, top, area.width(), area.height() - top));
        paintRows(p, g, c, first, last, QPoint(dx, top + first * g.rowHeight - scroll));
        p.restore();
        paintHeader(p, g, c, dx, area.width());
    }
    if (rows == 0) {
        p.setPen(c.secondary);
        const QRect room = area.adjusted(24, m_traffic ? top : 0, -24, 0);
        p.drawText(room, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No traffic yet. Connect the inspector or start the mock server, or replay a saved log "
                      "(Tools → Replay a Log…)."));
    }
}

void SequenceView::paintHeader(QPainter &p, const Geometry &g, const Colors &c, int dx, int width) const
{
    p.fillRect(QRect(0, 0, width, g.top()), c.header);
    p.setPen(c.text);
    const QFontMetrics fm = p.fontMetrics();
    const QStringList &summary = summaryLines();
    for (qsizetype i = 0; i < summary.size(); ++i) {
        const QRect line(10, 5 + int(i) * g.lineHeight, width - 20, g.lineHeight);
        p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                   fm.elidedText(summary[i], Qt::ElideRight, line.width()));
    }
    if (g.summaryHeight > 0) {
        p.setPen(c.lifeline);
        p.drawLine(0, g.summaryHeight - 1, width, g.summaryHeight - 1);
    }
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    p.setPen(c.text);
    const QFontMetrics boldMetrics = p.fontMetrics();
    const QStringList names = lifelines();
    for (int i = 0; i < names.size(); ++i) {
        const QRect box(dx + g.lifelineX(i) - g.column / 2 + 4, g.summaryHeight, g.column - 8, g.headerHeight);
        p.drawText(box, Qt::AlignCenter | Qt::TextSingleLine,
                   boldMetrics.elidedText(names[i], Qt::ElideMiddle, box.width()));
    }
    p.restore();
    p.setPen(c.lifeline);
    p.drawLine(0, g.top() - 1, width, g.top() - 1);
}

void SequenceView::paintLifelines(QPainter &p, const Geometry &g, const Colors &c, int dx, int top, int bottom) const
{
    QPen pen(c.lifeline, 1, Qt::DashLine);
    p.setPen(pen);
    const int count = int(lifelines().size());
    for (int i = 0; i < count; ++i)
        p.drawLine(dx + g.lifelineX(i), top, dx + g.lifelineX(i), bottom);
}

void SequenceView::paintRows(QPainter &p, const Geometry &g, const Colors &c, int first, int last, QPoint origin) const
{
    if (!m_traffic || first >= last)
        return;
    const auto &events = m_traffic->events();
    const qint64 front = events.front().serial;
    const QFontMetrics fm = p.fontMetrics();
    const int application = int(m_channels.size()) + (m_unknownChannel ? 1 : 0) + 1;
    const int clientX = origin.x() + g.lifelineX(0);
    const int textTop = 1;
    const int arrowDy = textTop + g.lineHeight + (g.rowHeight - g.lineHeight - textTop) / 2;
    const int room = g.column - 2 * DotRadius - 8;
    const auto rowTop = [&](qint64 row) { return origin.y() + int(row - first) * g.rowHeight; };

    // Each row worked out once; then drawn in passes, one style each: an SVG then holds one
    // group per pass rather than one per stroke.
    struct Row
    {
        const Traffic::Event *event;
        int y, x1, x2, xc;
        bool bad;
        QString time, label, note;
        bool noteIsError = false;
        int room = 0; ///< for the label and its note: up to the application's lifeline
    };
    std::vector<Row> rows;
    rows.reserve(size_t(last - first));
    qint64 second = std::numeric_limits<qint64>::min();
    QString secondText;
    for (int row = first; row < last; ++row) {
        const Traffic::Event &e = events[size_t(row)];
        Row r{&e, rowTop(row), 0, 0, 0, isBad(e), {}, {}, {}};
        // Local time: converting it is slow, so once a second of the session.
        if (e.timeMs / 1000 != second) {
            second = e.timeMs / 1000;
            secondText = QDateTime::fromMSecsSinceEpoch(second * 1000).toString(QStringLiteral("HH:mm:ss."));
        }
        const qint64 ms = e.timeMs % 1000;
        r.time = secondText + QString::number(ms < 0 ? ms + 1000 : ms).rightJustified(3, u'0');
        const int from = e.fromApplication ? application : 0;
        r.x1 = origin.x() + g.lifelineX(from);
        r.x2 = origin.x() + g.lifelineX(application - from);
        r.xc = origin.x() + g.lifelineX(lifelineOf(row));
        // The text may run over the lifelines between its channel and the application.
        r.room = std::max(room, origin.x() + g.lifelineX(application) - r.xc - 2 * DotRadius - 8);
        if (e.reply && e.latencyMs >= 0) {
            r.note = tr("↩ %1").arg(latencyText(e.latencyMs));
        } else if (e.request && e.unanswered) {
            r.note = tr("no reply");
            r.noteIsError = true;
        } else if (isWaiting(e)) {
            r.note = tr("waiting…");
        } else if (e.unknown) {
            r.note = tr("unknown");
        } else if (e.nonConforming) {
            r.note = tr("not conforming");
        }
        // A reply's latency is what one reads it for: the label gives way to it; other notes get
        // what the label leaves.
        const int keep = e.reply && e.latencyMs >= 0 ? fm.horizontalAdvance(r.note) + fm.averageCharWidth() : 0;
        r.label = fm.elidedText(e.label.isEmpty() ? tr("(no name)") : e.label, Qt::ElideRight,
                                std::max(r.room / 3, r.room - keep));
        rows.push_back(std::move(r));
    }
    const auto textBox = [&](int x, int y, int width) { return QRect(x, y + textTop, width, g.lineHeight); };
    constexpr int TextFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;

    // Times, and the notes in grey.
    p.setPen(c.secondary);
    for (const Row &r : rows)
        p.drawText(textBox(origin.x() + 8, r.y, g.gutter - 10), TextFlags, r.time);
    const auto drawNotes = [&](bool errors) {
        for (const Row &r : rows) {
            if (r.note.isEmpty() || r.noteIsError != errors)
                continue;
            const int lx = r.xc + DotRadius + 4;
            const int nx = lx + fm.horizontalAdvance(r.label) + fm.averageCharWidth();
            const int width = std::max(0, lx + r.room - nx);
            p.drawText(textBox(nx, r.y, width), TextFlags, fm.elidedText(r.note, Qt::ElideRight, width));
        }
    };
    drawNotes(false);

    // A reply joined to its request; a request whose reply is further down, to it.
    QColor bracket = c.accent;
    bracket.setAlpha(170);
    p.setPen(QPen(bracket, 1));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < int(rows.size()); ++i) {
        const Traffic::Event &e = *rows[size_t(i)].event;
        const int row = first + i;
        qint64 requestRow = -1;
        qint64 replyRow = -1;
        if (e.reply && e.requestSerial >= front) {
            requestRow = e.requestSerial - front;
            replyRow = row;
        } else if (e.request && e.answerSerial >= front + last) {
            requestRow = row;
            replyRow = e.answerSerial - front;
        }
        if (requestRow < 0)
            continue;
        const int bx = origin.x() + g.gutter + 6 + int(requestRow % 3) * 4;
        const int y1 = rowTop(requestRow) + arrowDy;
        const int y2 = rowTop(replyRow) + arrowDy;
        p.drawPolyline(QPolygon({QPoint(clientX - 3, y1), QPoint(bx, y1), QPoint(bx, y2), QPoint(clientX - 3, y2)}));
    }

    p.setRenderHint(QPainter::Antialiasing, true);
    for (const bool bad : {false, true}) {
        const QColor ink = bad ? c.error : c.text;
        if (bad) {
            for (const Row &r : rows) {
                if (r.bad)
                    p.fillRect(QRect(origin.x() + 1, r.y + 2, 3, g.rowHeight - 4), c.error);
            }
        }
        // The arrows, from the sender to the other end; replies dashed.
        for (const bool reply : {false, true}) {
            p.setPen(QPen(ink, 1.2, reply ? Qt::DashLine : Qt::SolidLine));
            for (const Row &r : rows) {
                if (r.bad == bad && r.event->reply == reply) {
                    const int sign = r.x2 > r.x1 ? 1 : -1;
                    p.drawLine(r.x1, r.y + arrowDy, r.x2 - sign * ArrowHead, r.y + arrowDy);
                }
            }
        }
        // Arrow heads, and a dot where the message crossed its channel: a diamond for what did
        // not conform, a ring for a request still waiting.
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (const Row &r : rows) {
            if (r.bad != bad)
                continue;
            const int y = r.y + arrowDy;
            const int sign = r.x2 > r.x1 ? 1 : -1;
            p.drawPolygon(QPolygon(
                {QPoint(r.x2, y), QPoint(r.x2 - sign * ArrowHead, y - 4), QPoint(r.x2 - sign * ArrowHead, y + 4)}));
            if (bad) {
                const int d = DotRadius + 1;
                p.drawPolygon(
                    QPolygon({QPoint(r.xc, y - d), QPoint(r.xc + d, y), QPoint(r.xc, y + d), QPoint(r.xc - d, y)}));
            } else if (!isWaiting(*r.event)) {
                p.drawEllipse(QPoint(r.xc, y), DotRadius, DotRadius);
            }
        }
        if (!bad) {
            p.setBrush(c.background);
            p.setPen(QPen(ink, 1.2));
            for (const Row &r : rows) {
                if (!r.bad && isWaiting(*r.event))
                    p.drawEllipse(QPoint(r.xc, r.y + arrowDy), DotRadius, DotRadius);
            }
        }
        p.setBrush(Qt::NoBrush);
        // The labels beside the dots.
        p.setPen(ink);
        for (const Row &r : rows) {
            if (r.bad == bad)
                p.drawText(textBox(r.xc + DotRadius + 4, r.y, r.room), TextFlags, r.label);
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(c.error);
    drawNotes(true);
}

bool SequenceView::exportSvg(const QString &path, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_traffic)
        return fail(tr("There is no traffic to export."));
    updateLifelines();
    const QFontMetrics metrics(font());
    const Geometry g = geometryFor(metrics, std::max(viewport()->width(), 800));
    const int rows = rowCount();
    const int shownRows = std::min(rows, MaxExportRows);
    const int first = rows - shownRows;
    const int note = first > 0 ? g.lineHeight + 10 : 0;
    const int height = g.top() + note + shownRows * g.rowHeight + 10;
    const Colors c = colors();

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(logicalDpiY());
    svg.setSize(QSize(g.width, height));
    svg.setViewBox(QRect(0, 0, g.width, height));
    svg.setTitle(tr("Sequence diagram"));
    svg.setDescription(tr("%n message(s)", nullptr, rows));
    QPainter p;
    if (!p.begin(&svg))
        return fail(tr("Cannot draw the sequence diagram."));
    p.setFont(font());
    p.fillRect(QRect(0, 0, g.width, height), c.background);
    paintLifelines(p, g, c, 0, g.top(), height);
    if (note > 0) {
        p.fillRect(QRect(0, g.top(), g.width, note), c.background);
        p.setPen(c.error);
        p.drawText(QRect(10, g.top() + 5, g.width - 20, g.lineHeight), Qt::AlignLeft | Qt::TextSingleLine,
                   tr("Only the newest %1 of %n messages are shown.", nullptr, rows).arg(shownRows));
    }
    p.setClipRect(QRect(0, g.top() + note, g.width, height - g.top() - note));
    paintRows(p, g, c, first, rows, QPoint(0, g.top() + note));
    p.setClipping(false);
    paintHeader(p, g, c, 0, g.width);
    if (!p.end())
        return fail(tr("Cannot draw the sequence diagram."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace Signalbox
