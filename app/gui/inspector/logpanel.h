// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <live/logmodel.h>
#include <live/logreplay.h>
#include <live/traffic.h>

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace Signalbox {

namespace Live {
class LogFilterModel;
}

/**
 * The live log: a virtualised table of messages and connection events (time, direction, event,
 * size, matched message, status) with text and direction filters, pause, clear, JSON Lines export
 * and import, the count of entries (of those the filter shows) and of those dropped from the ring
 * buffer, and a detail pane for the current row: its validation errors and its body (indented, keys
 * in the order they came) beside a dump of its bytes. Rows that do not conform stand out (icon and
 * tint, see Live::LogModel).
 *
 * It counts its messages as a session's traffic (traffic(), reset with the log) for the graph and
 * the sequence view; a click there shows only the messages of one node or edge (setTrafficFilter(),
 * said above the table until Show All). A saved log can be replayed into it at 1× to 10× its own
 * pace (replay(), with a bar to change the speed, pause and stop).
 */
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(QWidget *parent = nullptr);

    /// Adds entries (held while paused, within the log's capacity) and counts them as traffic.
    void append(const std::vector<Live::LogEntry> &entries);
    /// Empties the log, and the traffic with it.
    void clearLog();

    Live::Traffic *traffic() { return &m_traffic; }
    /// Shows only the messages whose traffic keys meet \a keys (empty: all), said as \a label.
    void setTrafficFilter(const QStringList &keys, const QString &label);
    QString trafficFilterLabel() const;
    /// Plays \a entries into the log (emptied first) at their own pace times \a speed.
    void replay(std::vector<Live::LogEntry> entries, double speed = 1);
    Live::LogReplay *replayer() const { return m_replay; }
    QWidget *replayBar() const { return m_replayBar; }

    Live::LogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QToolButton *pauseButton() const { return m_pause; }
    /// The current row's summary, errors and body.
    QPlainTextEdit *detail() const { return m_detail; }
    /// The current row's bytes, as a hex dump.
    QPlainTextEdit *bytesView() const { return m_bytes; }
    QLabel *countLabel() const { return m_counts; }
    QSplitter *splitter() const { return m_split; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *directionBox() const { return m_direction; }

    bool exportTo(const QString &path, QString *error) const;
    bool importFrom(const QString &path, QString *error);

signals:
    /// Messages came, or the log was emptied.
    void trafficChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDetail();
    void updateViewModel();
    /// Applies a change of the filter, keeping the current entry when it still shows, else clearing the detail.
    void refilter(const std::function<void()> &change);
    void updateCounts();
    void updateTrafficLabel();
    void setPaused(bool paused);

    Live::LogModel *m_model;
    Live::LogFilterModel *m_filter;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QPlainTextEdit *m_bytes;
    QSplitter *m_split;
    QLineEdit *m_text;
    QComboBox *m_direction;
    QToolButton *m_pause;
    QLabel *m_counts;
    Live::Traffic m_traffic;
    QElapsedTimer m_sinceMessage; // the traffic's clock runs on from its latest message
    QTimer *m_expiry;
    QWidget *m_trafficBar;
    QLabel *m_trafficLabel;
    QString m_trafficFilterLabel;
    Live::LogReplay *m_replay;
    QWidget *m_replayBar;
    QLabel *m_replayLabel;
    QComboBox *m_replaySpeed;
    QToolButton *m_replayPause;
    bool m_follow = true;     // keep the newest row in view
    bool m_userSized = false; // the user moved the panes' borders: their widths are theirs
};

} // namespace Signalbox
