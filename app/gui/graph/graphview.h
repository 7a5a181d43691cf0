// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/graph/graphmodel.h>
#include <diagram/graphlayout.h>
#include <diagram/graphpainter.h>
#include <workspace/backgroundjob.h>
#include <workspace/lastgood.h>

#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

class QVariantAnimation;

namespace Signalbox::Live {
class Traffic;
}

namespace Signalbox {

class GraphNodeItem;
class GraphEdgeItem;

/// What the graph shows of a session's traffic on one node or edge.
struct TrafficFigure
{
    qint64 count = 0;
    qint64 nonConforming = 0;
    friend bool operator==(const TrafficFigure &, const TrafficFigure &) = default;
};

/**
 * The live channel and operation graph of a document. Builds the graph model and its layout on a
 * worker thread (one job at a time, stale results dropped, the layout reused while the structure
 * does not change), then moves the boxes into place (animated). Click a node to select its element;
 * the node under the editor's cursor is highlighted.
 *
 * The graph is fitted to the view whenever its viewport changes size or is first shown, and when
 * a new layout comes, until the user zooms or pans by hand; then it keeps the user's view until
 * Fit. A fit never goes below the scale at which names are still legible: a graph too big for
 * that is shown at that scale, with scrollbars, around the selected node or from its top left.
 *
 * With a session's traffic (setTraffic()), each node and edge shows how many messages went over
 * it, in a badge (a red one counts those that did not conform), and an edge pulses when one
 * passes; messages that match none of a channel's messages show on an "unknown" box at its
 * channel. The figures are gathered at most every TrafficTickMs, never once per message. A click
 * on a node or edge with traffic asks for the log to show its messages; hovering tells the rate and
 * the last message.
 */
class GraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    /** Shows \a shown's analysis; a stale one is kept, dimmed. */
    void setAnalysis(const Workspace::LastGood &shown);
    void setStale(bool stale);
    void setOptions(const AsyncApi::GraphOptions &options);
    AsyncApi::GraphOptions options() const { return m_options; }
    /** Highlights the node of the element at UTF-16 \a offset in the text. */
    void highlightAt(qsizetype offset);
    /** Fits the graph to the view, and keeps fitting it from now on (until the user zooms or pans). */
    void fitToView();
    /** Whether the view follows its size (no zoom or pan by hand since the last fit). */
    bool isAutoFitting() const { return m_autoFit; }
    /** The smallest scale a fit goes down to: names are still legible at it. */
    double minimumFitScale() const;
    bool exportTo(const QString &path, QString *error) const;

    const AsyncApi::GraphModel &model() const { return m_model; }
    const Diagram::GraphLayout &layout() const { return m_layout; }
    /** Whether a layout job is running (tests wait on it). */
    bool isBusy() const { return m_job.isRunning(); }
    QString selectedId() const { return m_selected; }

    static constexpr int TrafficTickMs = 100;
    /** Shows the counts of \a traffic (not owned; null: none) on the nodes and edges. */
    void setTraffic(const Live::Traffic *traffic);
    /** The traffic changed: shown at the next tick. */
    void trafficChanged();
    /** Gathers the traffic's figures now (tests; the tick does it otherwise). */
    void refreshTraffic();
    /** What the graph shows for a node id (also "unknown:CHANNEL") or an edge's key (edgeKey()). */
    TrafficFigure shownTraffic(const QString &key) const { return m_figures.value(key); }
    /** Node ids and edge keys that show traffic. */
    QStringList trafficShownOn() const { return m_figures.keys(); }
    const Live::Traffic *traffic() const { return m_traffic; }
    static QString edgeKey(const AsyncApi::GraphEdge &edge);
    /** The traffic's keys that a node or edge shows (several where a message is shared). */
    QStringList trafficKeysOf(const QString &shownKey) const;
    /** How a node or edge's traffic reads: count, rate, the last message. */
    QString trafficText(const QString &shownKey) const;
    /** The "unknown" boxes now shown, by key. */
    QStringList unknownBoxes() const { return m_unknown.keys(); }

signals:
    void nodeActivated(qsizetype offset, qsizetype end);
    /// A channel or operation node was double-clicked: its id ("channel:NAME", "operation:NAME").
    void inspectRequested(const QString &id);
    void graphUpdated();
    /// A node or edge with traffic was clicked: show the log's messages whose keys meet \a keys.
    void trafficFilterRequested(const QStringList &keys, const QString &label);
    /// The traffic's figures were gathered (at most every TrafficTickMs).
    void trafficRefreshed();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Result
    {
        AsyncApi::GraphModel model;
        Diagram::GraphLayout layout;
        QByteArray signature;
    };
    void schedule();
    Workspace::BackgroundJob<Result>::Work prepareLayout() const;
    void apply(const Result &result);
    void applyStep();
    void zoomBy(double factor);
    /** The user set the view by hand: stop fitting it. */
    void userMoved() { m_autoFit = false; }
    void fit();
    QString shownKey(const QString &trafficKey) const;
    void placeUnknown(GraphNodeItem *item, const QString &key);
    friend class GraphNodeItem;
    friend class GraphEdgeItem;
    void requestTrafficFilter(const QString &shownKey, const QString &label);
    Diagram::PaintStyle paintStyle() const;
    void refreshStyle();

    QGraphicsScene *m_scene;
    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    AsyncApi::GraphOptions m_options;
    AsyncApi::GraphModel m_model;
    Diagram::GraphLayout m_layout;
    QByteArray m_signature;
    QHash<QString, GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    Workspace::BackgroundJob<Result> m_job; // the model and its layout, on a worker
    bool m_stale = false;
    bool m_autoFit = true; // fit on every change of size or layout (no zoom or pan by hand)
    bool m_fitting = false;
    QString m_selected;
    QVariantAnimation *m_animation;
    // A result is applied in slices of a few milliseconds, so that a big graph never blocks a frame.
    enum class Phase { Idle, Nodes, Removals, Edges };
    Phase m_phase = Phase::Idle;
    qsizetype m_step = 0;
    bool m_sameLayout = false;
    bool m_moved = false;
    QSet<QString> m_seen;
    QTimer *m_stepper;

    const Live::Traffic *m_traffic = nullptr;
    quint64 m_trafficGeneration = 0;
    bool m_trafficDirty = false;
    QHash<QString, TrafficFigure> m_figures;   // by node id or edge key
    QHash<QString, GraphNodeItem *> m_unknown; // the "unknown" boxes, by key
    QTimer *m_trafficTimer;
    QTimer *m_pulseTimer;
    QSet<GraphEdgeItem *> m_pulsing;
};

} // namespace Signalbox
