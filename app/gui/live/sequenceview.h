// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>

namespace Signalbox::Live {
class Traffic;
}

namespace Signalbox {

/**
 * A live session as a sequence diagram: a lifeline for the client at the left, one for each
 * channel in the order the session first used it (and one for messages on no known channel),
 * and one for the application at the right; below, one row per message, oldest at the top,
 * each an arrow from its sender to the other end with a dot on its channel's lifeline. Replies
 * show their latency and are joined to their requests; requests left unanswered or still waiting
 * say so. A strip at the top sums up the paired operations (TrafficStats::pairs()).
 *
 * The view paints only the rows in sight, so that a session of a hundred thousand messages
 * scrolls as fast as one of ten. It does not watch the traffic: call trafficChanged() when it
 * grew; the view then redraws at most every RefreshMs milliseconds, and only when
 * Traffic::generation() moved. It follows the newest message until the user scrolls up, and
 * again once they scroll back to the bottom.
 */
class SequenceView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 100;
    /// Rows an SVG export holds at most (the newest ones).
    static constexpr int MaxExportRows = 20'000;

    explicit SequenceView(QWidget *parent = nullptr);
    ~SequenceView() override;

    /// Shows \a traffic (not owned; it must outlive the view or be replaced first). Null: none.
    void setTraffic(const Live::Traffic *traffic);
    const Live::Traffic *traffic() const { return m_traffic; }
    /// The traffic changed: the view redraws within RefreshMs.
    void trafficChanged();

    /// Whether the view keeps the newest message in sight.
    bool isFollowingNewest() const { return m_follow; }
    void setFollowingNewest(bool follow);

    /**
     * Writes the diagram of every message held (at most MaxExportRows, the newest; the SVG says
     * when there were more) to \a path as SVG. Returns false and sets \a error when it cannot.
     */
    bool exportSvg(const QString &path, QString *error) const;

    // What the view shows, for tests and accessibility.
    /// The lifelines' names, left to right.
    QStringList lifelines() const;
    /// The summary strip, one line per paired operation; empty when there are none.
    QString summaryText() const;
    int rowCount() const;
    /// What row \a row says, e.g. "Client → Application · room · ping · 12 ms".
    QString rowText(int row) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Geometry
    {
        int lineHeight = 0;
        int rowHeight = 0;
        int summaryHeight = 0;
        int headerHeight = 0; ///< the lifelines' names, below the summary
        int gutter = 0;       ///< the times' column
        int column = 0;       ///< between two lifelines
        int width = 0;        ///< of the whole diagram
        int top() const { return summaryHeight + headerHeight; }
        int lifelineX(int index) const { return gutter + column * index + column / 2; }
    };
    struct Colors
    {
        QColor background, header, text, secondary, lifeline, error, accent;
    };

    void refresh();
    void updateLifelines() const;
    void updateScrollBars();
    void followIfNeeded();
    Geometry geometryFor(const QFontMetrics &metrics, int availableWidth) const;
    Colors colors() const;
    const QStringList &summaryLines() const;
    void resetCaches();
    int lifelineOf(int eventIndex) const;

    /// The summary strip and the lifelines' names, \a width wide, the names moved by \a dx.
    void paintHeader(QPainter &p, const Geometry &g, const Colors &c, int dx, int width) const;
    void paintLifelines(QPainter &p, const Geometry &g, const Colors &c, int dx, int top, int bottom) const;
    /// Paints rows [\a first, \a last) with row \a first's top left at \a origin.
    void paintRows(QPainter &p, const Geometry &g, const Colors &c, int first, int last, QPoint origin) const;

    const Live::Traffic *m_traffic = nullptr;
    QTimer m_timer;
    quint64 m_shownGeneration = 0;
    bool m_follow = true;
    bool m_adjusting = false;     ///< the view moves its scroll bars itself
    QElapsedTimer m_pointerMoved; ///< since the pointer last moved over the rows
    qint64 m_firstSerial = 0;     ///< of the oldest row shown, to keep the view still as old rows go

    // Lifelines, worked out as events arrive (mutable: the accessors bring them up to date).
    mutable QStringList m_channels; ///< in order of first appearance
    mutable QHash<QString, int> m_channelIndex;
    mutable bool m_unknownChannel = false; ///< some message went over no known channel
    mutable qint64 m_scannedSerial = -1;   ///< the newest event looked at
    mutable quint64 m_scannedSession = 0;  ///< Traffic::session() then: another means cleared
    mutable QStringList m_summary;
    mutable quint64 m_summaryGeneration = NotYet;
    static constexpr quint64 NotYet = ~quint64(0);
};

} // namespace Signalbox
