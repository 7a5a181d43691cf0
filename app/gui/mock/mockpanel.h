// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "mocktally.h"

#include <live/mockserver.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace Signalbox {

namespace AsyncApi {
struct Analysis;
}

class EditorPane;
class LogPanel;

/**
 * The window's mock server (Live::MockServer): starts and stops it for the document shown, with
 * the options of `signalbox-cli mock` (server, role, port, rate, faults, credential, replay of a
 * log), and while it runs shows the URLs it serves (each with Copy and Connect Inspector), its
 * clients, its counts and its own log. It keeps serving the document it started with when
 * another one is shown, and says when that document changed since (Restart serves the new text).
 * The port it used is remembered for the next start, so that a URL copied from it stays good.
 */
class MockPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockPanel)

public:
    explicit MockPanel(QWidget *parent = nullptr);
    ~MockPanel() override;

    /// The document shown (null: none); what Start serves.
    void setCurrentPane(EditorPane *pane);
    /// Starts serving the document shown; false (and why, in the panel) when it cannot.
    bool start();
    void stop();
    /// Stops and starts again on the served document's current text.
    bool restart();
    bool isRunning() const { return m_mock != nullptr; }
    /// The running mock (null when stopped).
    Live::MockServer *mock() const { return m_mock.get(); }
    /// The analysis it serves (null when stopped).
    const std::shared_ptr<const AsyncApi::Analysis> &servedAnalysis() const { return m_served; }
    /// The credential clients must present; when none is set, one the mock takes (it takes any).
    QString clientCredential() const;
    /// Says \a problem in the panel (red, above its tabs).
    void showProblem(const QString &problem);

    QPushButton *startButton() const { return m_start; }
    QPushButton *restartButton() const { return m_restart; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *changedLabel() const { return m_changed; }
    QLabel *countsLabel() const { return m_counts; }
    QComboBox *serverBox() const { return m_server; }
    QComboBox *roleBox() const { return m_role; }
    QSpinBox *portBox() const { return m_port; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QSpinBox *dropEveryBox() const { return m_dropEvery; }
    QSpinBox *invalidEveryBox() const { return m_invalidEvery; }
    QSpinBox *delayBox() const { return m_delay; }
    QSpinBox *closeCodeBox() const { return m_closeCode; }
    QLineEdit *credentialEdit() const { return m_credential; }
    QLineEdit *replayEdit() const { return m_replay; }
    QCheckBox *replayTimingBox() const { return m_replayTiming; }
    QTableWidget *routesTable() const { return m_routes; }
    QTableWidget *clientsTable() const { return m_clients; }
    QTabWidget *tabs() const { return m_tabs; }
    LogPanel *log() const { return m_log; }
    const MockTally &tally() const { return m_tally; }

    /// The route's URL column and what Copy puts on the clipboard.
    enum RouteColumn { KindColumn, ServerColumn, ChannelColumn, UrlColumn, ActionsColumn };

signals:
    /// Connect Inspector on a route: the window opens the inspector on it.
    void inspectRequested(const Signalbox::Live::MockServer::Route &route);
    void runningChanged(bool running);

private:
    /// Serves \a pane's last good analysis.
    bool serve(EditorPane *pane);
    /// The options as set in the form; false with \a error when one is not usable (a \a warning when it is, but
    /// not all of it).
    bool readOptions(Live::MockOptions &options, QString *error, QString *warning) const;
    void rebuildServers();
    void showRoutes();
    void refreshClients();
    void updateState();
    void updateCounts();
    void flushLog();
    void servedPaneChanged();
    void logged(const Live::LogEntry &entry);

    QPointer<EditorPane> m_current;
    QPointer<EditorPane> m_servedPane;
    QString m_servedName;
    std::shared_ptr<const AsyncApi::Analysis> m_served;
    std::unique_ptr<Live::MockServer> m_mock;
    MockTally m_tally;
    QTimer m_refresh;                         // the clients' counts, while running
    QTimer m_clientsSoon;                     // the clients' table, shortly after clients came or went
    QTimer m_countsTimer;                     // the counts, a little after a message (not once a message)
    std::vector<Live::LogEntry> m_pendingLog; // logged, not yet in the log panel
    QMetaObject::Connection m_currentConnection;
    QMetaObject::Connection m_servedConnection;
    QMetaObject::Connection m_servedGone;

    QPushButton *m_start;
    QPushButton *m_restart;
    QLabel *m_state;
    QLabel *m_problem;
    QLabel *m_changed;
    QLabel *m_counts;
    QWidget *m_options;
    QComboBox *m_server;
    QComboBox *m_role;
    QSpinBox *m_port;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_dropEvery;
    QSpinBox *m_invalidEvery;
    QSpinBox *m_delay;
    QSpinBox *m_closeCode;
    QLineEdit *m_credential;
    QLineEdit *m_replay;
    QCheckBox *m_replayTiming;
    QTabWidget *m_tabs;
    QTableWidget *m_routes;
    QTableWidget *m_clients;
    LogPanel *m_log;
};

} // namespace Signalbox
