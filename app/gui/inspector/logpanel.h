// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <live/logmodel.h>

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolButton;

namespace Signalbox {

namespace Live {
class LogFilterModel;
}

/**
 * The live log: a virtualised table of messages and connection events (time, direction, event,
 * size, matched message, status) with text and direction filters, pause, clear, JSON Lines export
 * and import, the count of entries dropped from the ring buffer, and a detail pane for the current
 * row (pretty JSON, raw bytes, validation errors).
 */
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    explicit LogPanel(QWidget *parent = nullptr);

    /// Adds entries (held while paused, within the log's capacity).
    void append(const std::vector<Live::LogEntry> &entries);

    Live::LogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QToolButton *pauseButton() const { return m_pause; }
    QPlainTextEdit *detail() const { return m_detail; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *directionBox() const { return m_direction; }

    bool exportTo(const QString &path, QString *error) const;
    bool importFrom(const QString &path, QString *error);

private:
    void showDetail();
    void updateViewModel();
    void updateCounts();
    void setPaused(bool paused);

    Live::LogModel *m_model;
    Live::LogFilterModel *m_filter;
    QTableView *m_view;
    QPlainTextEdit *m_detail;
    QLineEdit *m_text;
    QComboBox *m_direction;
    QToolButton *m_pause;
    QLabel *m_counts;
    bool m_follow = true; // keep the newest row in view
};

} // namespace Signalbox
