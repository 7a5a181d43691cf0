// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <workspace/lastgood.h>

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Signalbox::Live {
class Traffic;
}

namespace Signalbox {

class GraphView;

/** The graph with its toolbar: filter by server, tag or text, collapse messages, fit. */
class GraphPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPane)

public:
    explicit GraphPane(QWidget *parent = nullptr);
    GraphView *view() const { return m_view; }
    void setAnalysis(const Workspace::LastGood &shown);
    /// The session's traffic on the graph (not owned; null: none), from the log named \a source.
    void setTraffic(const Live::Traffic *traffic, const QString &source = {});
    QLabel *trafficLabel() const { return m_trafficLabel; }
    void trafficChanged();

private:
    void optionsChanged();

    GraphView *m_view;
    QComboBox *m_server;
    QComboBox *m_tag;
    QLineEdit *m_text;
    QCheckBox *m_collapse;
    QLabel *m_trafficLabel;
    QString m_trafficSource;
    void updateTrafficLabel();
};

} // namespace Signalbox
