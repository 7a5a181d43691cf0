// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "graphview.h"

#include <diagram/graphpainter.h>
#include <live/traffic.h>

#include <QContextMenuEvent>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsObject>
#include <QGraphicsSceneMouseEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNativeGestureEvent>
#include <QPainterPathStroker>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <QVariantAnimation>

namespace Signalbox {

using AsyncApi::GraphEdge;
using AsyncApi::GraphModel;
using AsyncApi::GraphNode;

namespace {

constexpr int AnimationMs = 250;
constexpr double MinScale = 0.05;
constexpr double MaxScale = 4.0;
constexpr double LowDetail = 0.4;           // below this scale, boxes are drawn without text
constexpr double MinLegiblePixels = 8;      // a fit keeps names at least this high on screen
constexpr double Margin = 12;               // around the graph
constexpr qsizetype MaxAnimatedNodes = 300; // beyond, moving every box each frame costs more than a frame

constexpr int PulseMs = 450;     // how long an edge glows after a message passed
constexpr int PulseFrameMs = 33; // its frames
constexpr double Badge = 12;     // how far a traffic badge may stand out of its box

/// A count as a badge says it: 999, 1.2k, 34k, 1.5M.
QString compactCount(qint64 n)
{
    const QLocale locale;
    if (n < 1000)
        return locale.toString(n);
    if (n < 10'000)
        return GraphView::tr("%1k", "thousands").arg(locale.toString(double(n) / 1000, 'f', 1));
    if (n < 1'000'000)
        return GraphView::tr("%1k", "thousands").arg(locale.toString(n / 1000));
    return GraphView::tr("%1M", "millions").arg(locale.toString(double(n) / 1'000'000, 'f', 1));
}

/// Badges right-aligned at \a topRight: the count, and before it the non-conforming ones in red.
void paintBadges(QPainter &painter, QPointF topRight, const TrafficFigure &figure, bool dark)
{
    QFont font = painter.font();
    font.setPointSizeF(7.5);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double height = metrics.height() + 2;
    double right = topRight.x();
    auto pill = [&](const QString &text, const QColor &fill) {
        const double width = std::max(height, metrics.horizontalAdvance(text) + 8);
        const QRectF r(right - width, topRight.y() - height / 2, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(r, height / 2, height / 2);
        painter.setPen(Qt::white);
        painter.drawText(r, Qt::AlignCenter, text);
        right -= width + 3;
    };
    pill(compactCount(figure.count), dark ? QColor(0x3d, 0x7e, 0xc9) : QColor(0x2b, 0x62, 0xa8));
    if (figure.nonConforming > 0)
        pill(compactCount(figure.nonConforming), QColor(0xc6, 0x28, 0x28));
}

QList<QPointF> straightBetween(const QRectF &from, const QRectF &to)
{
    const QPointF a(from.right(), from.center().y());
    const QPointF b(to.left(), to.center().y());
    const double dx = std::max(30.0, (b.x() - a.x()) / 2);
    return {a, a + QPointF(dx, 0), b - QPointF(dx, 0), b};
}

} // namespace

/** One box of the graph, drawn by the same painter as exports. */
class GraphNodeItem final : public QGraphicsObject
{
public:
    GraphNodeItem(const GraphNode &node, QSizeF size, GraphView *view)
        : m_node(node)
        , m_size(size)
        , m_view(view)
    {
        setCursor(Qt::PointingHandCursor);
        setAcceptHoverEvents(true);
        // Drawn once into a pixmap: an edge pulsing beneath, or the view scrolling, costs no text layout.
        setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        updateToolTip();
    }
    void setNode(const GraphNode &node, QSizeF size)
    {
        const bool looksSame = size == m_size && node.label == m_node.label && node.detail == m_node.detail &&
                               node.errors == m_node.errors && node.warnings == m_node.warnings &&
                               node.action == m_node.action;
        m_node = node; // ranges move with every edit above the element: keep them current
        if (looksSame)
            return;
        if (size != m_size)
            prepareGeometryChange();
        m_size = size;
        updateToolTip();
        update();
    }
    const GraphNode &node() const { return m_node; }
    QRectF boundingRect() const override
    {
        return QRectF(QPointF(0, 0), m_size).adjusted(-2, m_figure.count ? -Badge : -2, m_figure.count ? Badge : 2, 2);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF rect(QPointF(0, 0), m_size);
        if (option->levelOfDetailFromTransform(painter->worldTransform()) < LowDetail) {
            // Too small to read: a plain box keeps zoomed-out big graphs fast.
            painter->fillRect(rect,
                              m_figure.nonConforming ? QColor(0xc6, 0x28, 0x28) : Diagram::nodeFill(m_node, m_style));
            return;
        }
        Diagram::paintNode(*painter, m_node, rect, m_style);
        if (m_figure.count > 0)
            paintBadges(*painter, rect.topRight() + QPointF(Badge / 2, 0), m_figure, m_style.dark);
    }
    void setFigure(const TrafficFigure &figure)
    {
        if (figure == m_figure)
            return;
        if (bool(figure.count) != bool(m_figure.count))
            prepareGeometryChange();
        m_figure = figure;
        update();
    }
    const TrafficFigure &figure() const { return m_figure; }
    /// What hovering says of its traffic (empty: none).
    void setTrafficText(const QString &text)
    {
        if (text == m_trafficText)
            return;
        m_trafficText = text;
        updateToolTip();
    }
    void setStyle(const Diagram::PaintStyle &style)
    {
        const bool wasSelected = m_style.selected == m_node.id;
        const bool isSelected = style.selected == m_node.id;
        const bool changed = style.dark != m_style.dark || style.dimmed != m_style.dimmed || wasSelected != isSelected;
        m_style = style;
        if (changed)
            update();
    }
    QPointF target;
    QPointF start;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        QGraphicsObject::mousePressEvent(event);
        if (m_figure.count > 0 && event->button() == Qt::LeftButton)
            m_view->requestTrafficFilter(m_node.id, m_node.id.startsWith(QLatin1String("unknown:"))
                                                        ? GraphView::tr("%1 (%2)").arg(m_node.label, m_node.detail)
                                                        : m_node.label);
        if (m_node.range.isValid())
            emit m_view->nodeActivated(m_node.range.start.offset, m_node.range.start.offset);
    }
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override
    {
        QGraphicsObject::mouseDoubleClickEvent(event);
        if (m_node.kind == GraphNode::Kind::Channel || m_node.kind == GraphNode::Kind::Operation)
            emit m_view->inspectRequested(m_node.id);
    }

private:
    void updateToolTip()
    {
        QString tip = m_node.label;
        if (!m_node.detail.isEmpty())
            tip += QLatin1Char('\n') + m_node.detail;
        if (!m_node.note.isEmpty())
            tip += QLatin1Char('\n') + m_node.note;
        if (m_node.errors)
            tip += QLatin1Char('\n') + GraphView::tr("%n error(s)", nullptr, m_node.errors);
        if (m_node.warnings)
            tip += QLatin1Char('\n') + GraphView::tr("%n warning(s)", nullptr, m_node.warnings);
        if (!m_trafficText.isEmpty())
            tip += QLatin1Char('\n') + m_trafficText;
        // Names come from the document: never let them be read as rich text (<img width=99999>).
        setToolTip(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));
    }

    GraphNode m_node;
    QSizeF m_size;
    GraphView *m_view;
    Diagram::PaintStyle m_style;
    TrafficFigure m_figure;
    QString m_trafficText;
};

/** One arrow of the graph. */
class GraphEdgeItem final : public QGraphicsItem
{
public:
    GraphEdgeItem(const GraphEdge &edge, GraphView *view)
        : m_edge(edge)
        , m_view(view)
    {
        setZValue(-1);
        setAcceptHoverEvents(true);
    }
    void set(const GraphEdge &edge, const QList<QPointF> &points)
    {
        prepareGeometryChange();
        m_edge = edge;
        m_points = points;
        QPolygonF arrow;
        m_path = Diagram::edgePath(points, &arrow);
        m_pathBounds = m_path.boundingRect().united(arrow.boundingRect()).adjusted(-6, -6, 6, 6);
        m_bounds = m_pathBounds;
        QPainterPathStroker stroker;
        stroker.setWidth(9);
        m_shape = stroker.createStroke(m_path);
        if (m_figure.count > 0)
            m_bounds |= labelRect();
        update();
    }
    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override
    {
        if (m_figure.count == 0)
            return m_shape;
        QPainterPath withCount = m_shape; // its count is a place to click too
        withCount.addRect(labelRect());
        return withCount;
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const bool lowDetail = option->levelOfDetailFromTransform(painter->worldTransform()) < LowDetail;
        if (lowDetail && m_points.size() >= 2) {
            painter->setPen(QPen(m_edge.kind == GraphEdge::Kind::Broken ? Qt::red : Qt::gray, 0));
            painter->drawLine(m_points.first(), m_points.last());
        } else {
            Diagram::paintEdge(*painter, m_edge, m_points, m_style);
        }
        const qint64 age = m_pulse.isValid() ? m_pulse.elapsed() : PulseMs;
        if (age < PulseMs && !m_path.isEmpty()) {
            // A glow along the arrow that fades, and a dot travelling it: a message went this way.
            const double t = double(age) / PulseMs;
            QColor glow = m_figure.nonConforming > m_pulseBad ? QColor(0xe5, 0x39, 0x35) : QColor(0x42, 0x8b, 0xf5);
            glow.setAlphaF(0.55 * (1 - t));
            painter->setPen(QPen(glow, 5, Qt::SolidLine, Qt::RoundCap));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(m_path);
            glow.setAlphaF(1 - t * 0.5);
            painter->setPen(Qt::NoPen);
            painter->setBrush(glow);
            painter->drawEllipse(m_path.pointAtPercent(std::min(1.0, t * 1.2)), 4, 4);
        }
        if (m_figure.count > 0 && !lowDetail) {
            const QRectF r = labelRect();
            const QColor back = m_style.dark ? QColor(0x26, 0x2a, 0x30) : QColor(0xff, 0xff, 0xff);
            painter->setPen(QPen(m_figure.nonConforming ? QColor(0xc6, 0x28, 0x28) : QColor(0x88, 0x88, 0x88), 1));
            painter->setBrush(back);
            painter->drawRoundedRect(r, 4, 4);
            painter->setFont(labelFont());
            painter->setPen(m_style.dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20));
            painter->drawText(r, Qt::AlignCenter, labelText());
        }
    }
    void setFigure(const TrafficFigure &figure)
    {
        if (figure == m_figure)
            return;
        if (figure.count > m_figure.count) {
            m_pulse.start();
            m_pulseBad = m_figure.nonConforming;
        }
        prepareGeometryChange();
        m_figure = figure;
        m_bounds = m_figure.count > 0 ? m_pathBounds | labelRect() : m_pathBounds;
        update();
    }
    const TrafficFigure &figure() const { return m_figure; }
    bool pulsing() const { return m_pulse.isValid() && m_pulse.elapsed() < PulseMs; }
    void setStyle(const Diagram::PaintStyle &style)
    {
        const bool changed = style.dark != m_style.dark || style.dimmed != m_style.dimmed;
        m_style = style;
        if (changed)
            update();
    }
    const GraphEdge &edge() const { return m_edge; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (m_figure.count == 0 || event->button() != Qt::LeftButton) {
            event->ignore(); // the background's: a drag pans
            return;
        }
        const GraphNodeItem *from = m_view->m_nodes.value(m_edge.from);
        const GraphNodeItem *to = m_view->m_nodes.value(m_edge.to);
        const QString a = from ? from->node().label : m_edge.from;
        const QString b = to ? to->node().label : m_edge.to;
        m_view->requestTrafficFilter(GraphView::edgeKey(m_edge), m_edge.kind == GraphEdge::Kind::OperationReply
                                                                     ? GraphView::tr("%1 → %2 (replies)").arg(a, b)
                                                                     : GraphView::tr("%1 → %2").arg(a, b));
    }

private:
    static QFont labelFont()
    {
        QFont f;
        f.setPointSizeF(7.5);
        return f;
    }
    QString labelText() const
    {
        return m_figure.nonConforming ? GraphView::tr("%1 · %2 bad")
                                            .arg(compactCount(m_figure.count), compactCount(m_figure.nonConforming))
                                      : compactCount(m_figure.count);
    }
    QRectF labelRect() const
    {
        const QFontMetricsF metrics(labelFont());
        const QSizeF size(metrics.horizontalAdvance(labelText()) + 8, metrics.height() + 2);
        // A reply arrow often runs beside its operation's arrow to the same channel: its count
        // further along, so that the two do not cover each other.
        const double along = m_edge.kind == GraphEdge::Kind::OperationReply ? 0.7 : 0.4;
        const QPointF middle = m_path.isEmpty() ? QPointF() : m_path.pointAtPercent(along);
        return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
    }

    GraphEdge m_edge;
    GraphView *m_view;
    QList<QPointF> m_points;
    QPainterPath m_path;
    QPainterPath m_shape;
    QRectF m_pathBounds; // of the arrow
    QRectF m_bounds;     // with its count
    Diagram::PaintStyle m_style;
    TrafficFigure m_figure;
    QElapsedTimer m_pulse;
    qint64 m_pulseBad = 0; // non-conforming before the pulse: a red pulse when it grew
};

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_job([this] { return prepareLayout(); }, [this](const Result &result) { apply(result); })
    , m_animation(new QVariantAnimation(this))
    , m_stepper(new QTimer(this))
    , m_trafficTimer(new QTimer(this))
    , m_pulseTimer(new QTimer(this))
{
    m_trafficTimer->setSingleShot(true);
    m_trafficTimer->setInterval(TrafficTickMs);
    connect(m_trafficTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshTraffic();
        else
            m_trafficDirty = true; // a tab in the background: caught up when it shows
    });
    m_pulseTimer->setInterval(PulseFrameMs);
    connect(m_pulseTimer, &QTimer::timeout, this, [this] {
        for (auto it = m_pulsing.begin(); it != m_pulsing.end();) {
            (*it)->update();
            it = (*it)->pulsing() ? std::next(it) : m_pulsing.erase(it);
        }
        if (m_pulsing.isEmpty())
            m_pulseTimer->stop();
    });
    m_stepper->setSingleShot(true);
    m_stepper->setInterval(0);
    connect(m_stepper, &QTimer::timeout, this, &GraphView::applyStep);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    grabGesture(Qt::PinchGesture);
    m_animation->setDuration(AnimationMs);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        const double t = value.toDouble();
        for (GraphNodeItem *item : std::as_const(m_nodes))
            item->setPos(item->start + (item->target - item->start) * t);
        for (GraphEdgeItem *edge : std::as_const(m_edges)) {
            const GraphNodeItem *a = m_nodes.value(edge->edge().from);
            const GraphNodeItem *b = m_nodes.value(edge->edge().to);
            if (a && b)
                edge->set(edge->edge(), straightBetween(a->sceneBoundingRect().adjusted(2, 2, -2, -2),
                                                        b->sceneBoundingRect().adjusted(2, 2, -2, -2)));
        }
    });
    // Scrolling by hand (the scrollbars, the keyboard, Shift+wheel) keeps the user's view; the
    // view's own scrolling (a fit, following the selection) sends no action.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QAbstractSlider::actionTriggered, this, &GraphView::userMoved);
    connect(m_animation, &QVariantAnimation::finished, this, [this] {
        for (qsizetype i = 0; i < m_edges.size() && i < m_layout.edges.size(); ++i)
            m_edges[i]->set(m_model.edges[i], m_layout.edges[i]);
    });
}

// No wait for a running layout: the job holds only copies (the immutable analysis, the options,
// the previous layout), so it may finish after the view is gone, and its result goes nowhere.
// Waiting would hang closing the tab for as long as a job runs, for ever if it never ends.
GraphView::~GraphView() = default;

void GraphView::setAnalysis(const Workspace::LastGood &shown)
{
    if (shown.stale || !shown.analysis) {
        setStale(shown.stale); // keep the last good graph, dimmed
        return;
    }
    m_analysis = shown.analysis;
    setStale(false);
    schedule();
}

void GraphView::setOptions(const AsyncApi::GraphOptions &options)
{
    m_options = options;
    schedule();
}

void GraphView::schedule()
{
    if (!m_analysis)
        return;
    m_job.invalidate(); // a running layout is of older input now
    m_job.request();
}

Workspace::BackgroundJob<GraphView::Result>::Work GraphView::prepareLayout() const
{
    const auto analysis = m_analysis;
    const auto options = m_options;
    const QByteArray previousSignature = m_signature;
    const Diagram::GraphLayout previousLayout = m_layout;
    return [=] {
        Result r;
        r.model = AsyncApi::buildGraph(*analysis, options);
        r.signature = r.model.structureSignature();
        // Same boxes and arrows: same places (an edit that changes no structure moves nothing).
        r.layout = r.signature == previousSignature ? previousLayout : Diagram::layoutGraph(r.model);
        return r;
    };
}

Diagram::PaintStyle GraphView::paintStyle() const
{
    Diagram::PaintStyle s;
    s.dark = palette().color(QPalette::Base).lightness() < 128;
    s.dimmed = m_stale;
    s.selected = m_selected;
    return s;
}

void GraphView::refreshStyle()
{
    const Diagram::PaintStyle s = paintStyle();
    for (GraphNodeItem *item : std::as_const(m_nodes))
        item->setStyle(s);
    for (GraphEdgeItem *edge : std::as_const(m_edges))
        edge->setStyle(s);
}

void GraphView::apply(const Result &result)
{
    m_sameLayout = result.signature == m_signature;
    m_model = result.model;
    m_layout = result.layout;
    m_signature = result.signature;
    m_animation->stop();
    m_seen.clear();
    m_moved = false;
    m_step = 0;
    m_phase = Phase::Nodes;
    applyStep();
}

void GraphView::applyStep()
{

    constexpr qint64 SliceNs = 4'000'000; // leave most of a 16 ms frame to everything else
    QElapsedTimer slice;
    slice.start();
    const Diagram::PaintStyle style = paintStyle();
    const bool big = m_model.nodes.size() > MaxAnimatedNodes;
    while (m_phase != Phase::Idle) {
        if (slice.nsecsElapsed() > SliceNs) {
            m_stepper->start(); // the rest in the next event loop round
            return;
        }
        switch (m_phase) {
        case Phase::Nodes: {
            if (m_step >= m_model.nodes.size()) {
                m_phase = Phase::Removals;
                break;
            }
            const GraphNode &n = m_model.nodes[m_step++];
            m_seen.insert(n.id);
            const QRectF rect = m_layout.nodes.value(n.id);
            GraphNodeItem *item = m_nodes.value(n.id);
            if (!item) {
                item = new GraphNodeItem(n, rect.size(), this);
                m_scene->addItem(item);
                item->setPos(rect.topLeft());
                m_nodes.insert(n.id, item);
            } else {
                item->setNode(n, rect.size());
            }
            item->setStyle(style);
            item->start = item->pos();
            item->target = rect.topLeft();
            if (item->start != item->target) {
                m_moved = true;
                if (big)
                    item->setPos(item->target); // no animation for big graphs
            }
            break;
        }
        case Phase::Removals:
            for (auto it = m_nodes.begin(); it != m_nodes.end();) {
                if (!m_seen.contains(it.key())) {
                    for (auto u = m_unknown.begin(); u != m_unknown.end();)
                        u = u.value()->parentItem() == it.value() ? m_unknown.erase(u) : std::next(u);
                    delete it.value(); // with its "unknown" box
                    it = m_nodes.erase(it);
                } else {
                    ++it;
                }
            }
            while (m_edges.size() > m_model.edges.size()) {
                m_pulsing.remove(m_edges.last());
                delete m_edges.takeLast();
            }
            m_step = 0;
            m_phase = Phase::Edges;
            if (m_sameLayout && m_edges.size() == m_model.edges.size()) {
                // The common case while typing: same boxes in the same places, nothing moves.
                m_phase = Phase::Idle;
            }
            break;
        case Phase::Edges: {
            if (m_step >= m_model.edges.size()) {
                m_phase = Phase::Idle;
                break;
            }
            const qsizetype i = m_step++;
            if (i >= m_edges.size()) {
                auto *e = new GraphEdgeItem(m_model.edges[i], this);
                m_scene->addItem(e);
                m_edges.append(e);
            }
            m_edges[i]->setStyle(style);
            if (big || !m_moved || !isVisible())
                m_edges[i]->set(m_model.edges[i], m_layout.edges.value(i));
            break;
        }
        case Phase::Idle:
            break;
        }
    }
    if (!m_sameLayout) {
        // The boxes and arrows with a thin margin: a fit shows just that, without scrollbars.
        QRectF drawn = m_layout.bounds;
        for (const QList<QPointF> &points : std::as_const(m_layout.edges))
            drawn |= QPolygonF(points).boundingRect();
        m_scene->setSceneRect(drawn.adjusted(-Margin, -Margin, Margin, Margin));
        if (m_moved && !big && isVisible())
            m_animation->start(); // changed parts slide into place; the edges follow
        else
            for (GraphNodeItem *item : std::as_const(m_nodes))
                item->setPos(item->target);
    }
    if (!m_sameLayout && m_autoFit)
        fit();
    if (m_traffic) {
        m_trafficDirty = true; // new boxes and arrows show what went over them
        refreshTraffic();
    }
    emit graphUpdated();
}

void GraphView::setTraffic(const Live::Traffic *traffic)
{
    m_traffic = traffic;
    m_trafficDirty = true;
    refreshTraffic();
}

void GraphView::trafficChanged()
{
    m_trafficDirty = true;
    if (!m_trafficTimer->isActive())
        m_trafficTimer->start();
}

QString GraphView::edgeKey(const GraphEdge &edge)
{
    return Live::Traffic::edgeKey(edge.from, edge.to, int(edge.kind));
}

QString GraphView::shownKey(const QString &key) const
{
    if (m_model.aliases.isEmpty())
        return key;
    if (!key.contains(u'\x1f'))
        return m_model.aliases.value(key, key);
    QStringList parts = key.split(u'\x1f');
    for (qsizetype i = 0; i < 2 && i < parts.size(); ++i)
        parts[i] = m_model.aliases.value(parts[i], parts[i]);
    return parts.join(u'\x1f');
}

QStringList GraphView::trafficKeysOf(const QString &shown) const
{
    QStringList keys;
    if (!m_traffic)
        return keys;
    for (auto it = m_traffic->tallies().cbegin(); it != m_traffic->tallies().cend(); ++it) {
        if (shownKey(it.key()) == shown)
            keys << it.key();
    }
    return keys;
}

QString GraphView::trafficText(const QString &shown) const
{
    if (!m_traffic)
        return {};
    Live::Traffic::Tally sum;
    qint64 latest = -1;
    double rate = 0;
    // A live session's clock runs on between messages, so that a rate falls when they stop; a
    // replayed log's (its times long past) is read at its latest message.
    const qint64 newest = m_traffic->latestMs();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = newest > wall - 60'000 ? std::max(newest, wall) : newest;
    for (const QString &key : trafficKeysOf(shown)) {
        const Live::Traffic::Tally t = m_traffic->tally(key);
        sum.count += t.count;
        sum.nonConforming += t.nonConforming;
        rate += t.rate(now);
        if (t.lastMs > latest) {
            latest = t.lastMs;
            sum.last = t.last;
        }
    }
    if (sum.count == 0)
        return {};
    QString text = tr("%n message(s) this session", nullptr, int(std::min<qint64>(sum.count, INT_MAX)));
    if (const AsyncApi::ElementId element = AsyncApi::ElementId::fromString(shown);
        element.kind == AsyncApi::ElementId::Kind::Operation) {
        // An operation's messages and its replies, which go the other way (each counted on its reply's key).
        const qint64 replies =
            m_traffic->tally(AsyncApi::ElementId{AsyncApi::ElementId::Kind::Reply, element.name}.toString()).count;
        if (replies > 0)
            text +=
                u'\n' +
                tr("%1 requests, %2 replies").arg(QLocale().toString(sum.count - replies), QLocale().toString(replies));
    }
    if (sum.nonConforming)
        text += u'\n' + tr("%n did not conform", nullptr, int(std::min<qint64>(sum.nonConforming, INT_MAX)));
    text += u'\n' + tr("%1 per second").arg(QLocale().toString(rate, 'f', rate < 10 ? 1 : 0));
    if (!sum.last.isEmpty())
        text += u'\n' + tr("Last: %1").arg(sum.last);
    return text;
}

void GraphView::requestTrafficFilter(const QString &shown, const QString &label)
{
    const QStringList keys = trafficKeysOf(shown);
    if (!keys.isEmpty())
        emit trafficFilterRequested(keys, label);
}

void GraphView::placeUnknown(GraphNodeItem *item, const QString &key)
{
    // Hung under its channel (or the application, for messages on no channel of the document),
    // right-aligned with it: it moves with its box.
    const QString channel = key.mid(QStringLiteral("unknown:").size());
    GraphNodeItem *host = m_nodes.value(channel.isEmpty() ? AsyncApi::ElementId::application().toString()
                                                          : AsyncApi::ElementId::channel(channel).toString());
    if (!host) {
        item->setVisible(false);
        return;
    }
    item->setParentItem(host);
    item->setVisible(true);
    const QRectF hostBox = host->boundingRect().adjusted(2, 2, -2, -2);
    const QRectF box = item->boundingRect().adjusted(2, 2, -2, -2);
    // Under a channel, right-aligned (its messages are to its right); under the application, which
    // stands at the left edge, left-aligned. The scene grows to hold it.
    item->setPos(channel.isEmpty() ? hostBox.left() : hostBox.right() - box.width(), hostBox.bottom() + 6);
    const QRectF needed = item->sceneBoundingRect().adjusted(-Margin, -Margin, Margin, Margin);
    if (!m_scene->sceneRect().contains(needed))
        m_scene->setSceneRect(m_scene->sceneRect() | needed);
}

void GraphView::refreshTraffic()
{
    if (!m_trafficDirty && (!m_traffic || m_traffic->generation() == m_trafficGeneration))
        return;
    m_trafficDirty = false;
    QHash<QString, TrafficFigure> figures;
    if (m_traffic) {
        m_trafficGeneration = m_traffic->generation();
        for (auto it = m_traffic->tallies().cbegin(); it != m_traffic->tallies().cend(); ++it) {
            TrafficFigure &f = figures[shownKey(it.key())];
            f.count += it->count;
            f.nonConforming += it->nonConforming;
        }
    }
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setFigure(figures.value(it.key()));
    for (GraphEdgeItem *edge : std::as_const(m_edges)) {
        edge->setFigure(figures.value(edgeKey(edge->edge())));
        if (edge->pulsing())
            m_pulsing.insert(edge);
    }
    if (!m_pulsing.isEmpty() && !m_pulseTimer->isActive())
        m_pulseTimer->start();
    // The "unknown" boxes: one per channel that had messages none of its messages match.
    for (auto it = m_unknown.begin(); it != m_unknown.end();) {
        if (!figures.contains(it.key())) {
            delete it.value();
            it = m_unknown.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("unknown:")))
            continue;
        GraphNodeItem *item = m_unknown.value(it.key());
        if (!item) {
            GraphNode node;
            node.id = it.key();
            node.kind = GraphNode::Kind::Unresolved;
            node.label = tr("unknown");
            const QString channel = it.key().mid(QStringLiteral("unknown:").size());
            node.detail = channel.isEmpty() ? tr("no channel of the document") : tr("no message of %1").arg(channel);
            const QFontMetricsF metrics(font());
            item = new GraphNodeItem(
                node, QSizeF(std::max(metrics.horizontalAdvance(node.detail) * 1.2 + 24, 80.0), 2.5 * metrics.height()),
                this);
            item->setZValue(1);
            item->setStyle(paintStyle());
            m_scene->addItem(item);
            m_unknown.insert(it.key(), item);
        }
        placeUnknown(item, it.key());
        item->setFigure(it.value());
    }
    m_figures = std::move(figures);
    emit trafficRefreshed();
}

void GraphView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    refreshStyle();
}

void GraphView::highlightAt(qsizetype offset)
{
    const qsizetype index = m_model.nodeAt(offset);
    const QString id = index >= 0 ? m_model.nodes[index].id : QString();
    if (id == m_selected)
        return;
    const QString previous = m_selected;
    m_selected = id;
    // Only the two boxes whose look changes.
    const Diagram::PaintStyle s = paintStyle();
    for (const QString &changed : {previous, id}) {
        if (GraphNodeItem *item = m_nodes.value(changed))
            item->setStyle(s);
    }
    if (GraphNodeItem *item = m_nodes.value(id))
        ensureVisible(item, 40, 40);
}

void GraphView::fitToView()
{
    m_autoFit = true;
    fit();
}

double GraphView::minimumFitScale() const
{
    const double titlePixels = Diagram::TitlePointSize * logicalDpiY() / 72.0;
    return std::min(1.0, MinLegiblePixels / titlePixels);
}

void GraphView::fit()
{
    // A fit changes the scrollbars, which resize the viewport, which asks for a fit: one at a time.
    if (m_nodes.isEmpty() || !m_layout.isValid() || m_fitting)
        return;
    m_fitting = true;
    const QRectF area = m_scene->sceneRect();
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(4, 4);
    double scale = std::min(room.width() / area.width(), room.height() / area.height());
    scale = std::min(scale, 1.0); // never blow a small graph up beyond its natural size
    const bool clipped = scale < minimumFitScale();
    if (clipped)
        scale = minimumFitScale(); // legible, and scrolled, rather than whole and a smudge
    setTransform(QTransform::fromScale(scale, scale));
    if (!clipped) {
        centerOn(area.center());
    } else if (const GraphNodeItem *item = m_nodes.value(m_selected)) {
        centerOn(item);
    } else {
        // From the start: the boxes' top left corner at the viewport's (where the graph is
        // narrower than the viewport, it stays centred that way).
        centerOn(area.topLeft() + QPointF(viewport()->width(), viewport()->height()) / (2 * scale));
    }
    m_fitting = false;
}

void GraphView::zoomBy(double factor)
{
    userMoved();
    const double current = transform().m11();
    factor = std::clamp(current * factor, MinScale, MaxScale) / current;
    scale(factor, factor);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fit();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_trafficDirty)
        trafficChanged();
    if (m_autoFit)
        fit(); // laid out while hidden (a tab in the background): fitted to a size it never had
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint before(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QGraphicsView::mouseMoveEvent(event);
    // Dragging the background pans the view by hand.
    if (event->buttons().testFlag(Qt::LeftButton) &&
        before != QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()))
        userMoved();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll sideways
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_traffic) {
        // The rate and the last message as they are now.
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        for (QGraphicsItem *item : items(at)) {
            if (auto *node = dynamic_cast<GraphNodeItem *>(item)) {
                node->setTrafficText(trafficText(node->node().id));
                break;
            }
            if (auto *edge = dynamic_cast<GraphEdgeItem *>(item)) {
                edge->setToolTip(Qt::convertFromPlainText(trafficText(edgeKey(edge->edge())), Qt::WhiteSpaceNormal));
                break;
            }
        }
    }

    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.2);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.2);
        return;
    case Qt::Key_0:
        userMoved();
        setTransform(QTransform());
        return;
    case Qt::Key_F:
        fitToView();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshStyle();
}

bool GraphView::exportTo(const QString &path, QString *error) const
{
    const QString format =
        QFileInfo(path).suffix().toLower() == QLatin1String("svg") ? QStringLiteral("svg") : QStringLiteral("png");
    Diagram::PaintStyle s = paintStyle();
    s.selected.clear();
    s.dimmed = false;
    const QByteArray bytes = Diagram::renderGraph(m_model, m_layout, format, s);
    QSaveFile f(path);
    if (bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Fit to View"), this, &GraphView::fitToView);
    menu.addAction(tr("Actual Size"), this, [this] {
        userMoved();
        setTransform(QTransform());
    });
    menu.addSeparator();
    for (const auto &[label, suffix] : {std::pair{tr("Export as PNG…"), QStringLiteral("png")},
                                        std::pair{tr("Export as SVG…"), QStringLiteral("svg")}}) {
        menu.addAction(label, this, [this, suffix] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export Graph"), QStringLiteral("graph.") + suffix,
                                             suffix.toUpper() + QStringLiteral(" (*.") + suffix + QLatin1Char(')'));
            QString error;
            if (!path.isEmpty() && !exportTo(path, &error))
                QMessageBox::warning(this, tr("Export Graph"), error);
        });
    }
    menu.exec(event->globalPos());
}

} // namespace Signalbox
