// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockpanel.h"

#include "editorpane.h"
#include "inspector/logpanel.h"

#include <asyncapi/analysis.h>
#include <live/endpoint.h>
#include <live/logio.h>
#include <workspace/editordocument.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace Signalbox {

using Live::LogEntry;
using Live::MockServer;

namespace {

const QString PortKey = QStringLiteral("mock/port");
/// The most entries a replayed log may have (as many as the live log holds).
constexpr qsizetype MaxReplayEntries = 100000;
constexpr qint64 MaxReplayBytes = 256LL * 1024 * 1024;
constexpr int ClientsRefreshMs = 1000;
constexpr int CountsRefreshMs = 200;
constexpr int ClientsSoonMs = 50;
const QString ErrorStyle = QStringLiteral("color: #c0392b");

/// The URL as written in the document's terms: `{name}` for a parameter, not percent-encoded.
QString shownUrl(const MockServer::Route &route)
{
    return route.url.toString(QUrl::RemovePath) + route.path;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

MockPanel::MockPanel(QWidget *parent)
    : QWidget(parent)
    , m_start(new QPushButton(tr("Start"), this))
    , m_restart(new QPushButton(tr("Restart"), this))
    , m_state(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_options(new QWidget(this))
    , m_server(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_dropEvery(new QSpinBox(this))
    , m_invalidEvery(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
    , m_closeCode(new QSpinBox(this))
    , m_credential(new QLineEdit(this))
    , m_replay(new QLineEdit(this))
    , m_replayTiming(new QCheckBox(tr("With its recorded timing"), this))
    , m_tabs(new QTabWidget(this))
    , m_routes(new QTableWidget(0, 5, this))
    , m_clients(new QTableWidget(0, 6, this))
    , m_log(new LogPanel(this))
{
    setObjectName(QStringLiteral("mockPanel"));
    m_start->setObjectName(QStringLiteral("mockStart"));
    m_restart->setObjectName(QStringLiteral("mockRestart"));
    m_start->setToolTip(tr("Serve the WebSocket and Server-Sent Events channels of the document shown, on this "
                           "machine"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (isRunning())
            stop();
        else
            start();
    });
    m_restart->setToolTip(tr("Serve the document's current text (the clients are disconnected)"));
    m_restart->hide();
    connect(m_restart, &QPushButton::clicked, this, &MockPanel::restart);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("mockProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ErrorStyle);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_changed->setWordWrap(true);
    m_changed->hide();
    m_counts->setObjectName(QStringLiteral("mockCounts"));

    // The options, as `signalbox-cli mock` has them, three to a row: the dock is wide and short.
    m_server->setToolTip(tr("The server whose channels are served (ws and wss as WebSocket, http and https as "
                            "Server-Sent Events)"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_server->setMinimumContentsLength(20);
    m_role->addItem(tr("Application"), int(Live::MockOptions::Role::Application));
    m_role->addItem(tr("Client"), int(Live::MockOptions::Role::Client));
    m_role->setToolTip(tr("Application: play the application the document describes (send what it sends). "
                          "Client: play the other side, for documents written from a client's point of view."));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free"));
    m_port->setToolTip(tr("The port on 127.0.0.1. Any free: the one used last time when it is free, so that the "
                          "URLs stay the same between runs."));
    m_rate->setRange(0, 10000);
    m_rate->setDecimals(1);
    m_rate->setValue(1);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setSpecialValueText(tr("one per client message"));
    m_rate->setToolTip(tr("Messages a second on each connection; 0: one for each message a client sends"));
    for (QSpinBox *every : {m_dropEvery, m_invalidEvery}) {
        every->setRange(0, INT_MAX);
        every->setSpecialValueText(tr("never"));
        every->setPrefix(tr("every "));
    }
    m_dropEvery->setToolTip(tr("Drop the connection after every N messages (abruptly, or with the close code)"));
    m_invalidEvery->setToolTip(tr("Make every Nth message one that does not conform (marked in the log)"));
    m_delay->setRange(0, 3'600'000); // an hour, as the command line takes
    m_delay->setSuffix(tr(" ms"));
    m_delay->setToolTip(tr("Every message leaves this much later: the stream starts late, replies come late"));
    m_closeCode->setRange(0, 4999);
    m_closeCode->setSpecialValueText(tr("none (cut)"));
    m_closeCode->setToolTip(
        tr("WebSocket: drop the connection with this close code (1000–1003, 1007–1014, 3000–4999) rather than cut it"));
    m_credential->setObjectName(QStringLiteral("mockCredential"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("token, key or user:password; empty: any"));
    m_credential->setToolTip(tr("What clients must present for the server's security schemes. Empty: any "
                                "credential of the right kind is taken."));
    m_replay->setPlaceholderText(tr("JSON Lines log to serve back; empty: the document's messages"));
    m_replay->setClearButtonEnabled(true);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a log (the live log's export, or the probe's output)"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Replay a log"), m_replay->text(),
                                                          tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
        if (!path.isEmpty())
            m_replay->setText(path);
    });
    m_replayTiming->setChecked(true);
    m_replayTiming->setToolTip(tr("Unchecked: as fast as it is read"));
    auto updateEnabled = [this] {
        m_closeCode->setEnabled(m_dropEvery->value() > 0);
        m_replayTiming->setEnabled(!m_replay->text().trimmed().isEmpty());
    };
    connect(m_dropEvery, &QSpinBox::valueChanged, this, updateEnabled);
    connect(m_replay, &QLineEdit::textChanged, this, updateEnabled);
    updateEnabled();

    auto *grid = new QGridLayout(m_options);
    grid->setContentsMargins(6, 6, 6, 6);
    auto addField = [this, grid](int row, int pair, const QString &label, QWidget *field, int span = 1) {
        auto *name = new QLabel(label, m_options);
        name->setBuddy(field);
        grid->addWidget(name, row, pair * 2, Qt::AlignRight);
        grid->addWidget(field, row, pair * 2 + 1, 1, span * 2 - 1);
    };
    addField(0, 0, tr("Server"), m_server);
    addField(0, 1, tr("Role"), m_role);
    addField(0, 2, tr("Port"), m_port);
    addField(1, 0, tr("Rate"), m_rate);
    addField(1, 1, tr("Drop"), m_dropEvery);
    addField(1, 2, tr("Invalid"), m_invalidEvery);
    addField(2, 0, tr("Delay"), m_delay);
    addField(2, 1, tr("Close code"), m_closeCode);
    addField(2, 2, tr("Credential"), m_credential);
    auto *replayRow = new QWidget(m_options);
    auto *replayLayout = new QHBoxLayout(replayRow);
    replayLayout->setContentsMargins(0, 0, 0, 0);
    replayLayout->addWidget(m_replay, 1);
    replayLayout->addWidget(browse);
    replayLayout->addWidget(m_replayTiming);
    addField(3, 0, tr("Replay"), replayRow, 3);
    // The fields as wide as their content, not as the dock: the space left goes to the right.
    grid->setColumnStretch(6, 1);
    m_credential->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    grid->setRowStretch(4, 1);
    auto *optionsScroll = new QScrollArea(this);
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::NoFrame);
    optionsScroll->setWidget(m_options);

    m_routes->setObjectName(QStringLiteral("mockRoutes"));
    m_routes->setHorizontalHeaderLabels({tr("Kind"), tr("Server"), tr("Channel"), tr("URL"), QString()});
    m_clients->setObjectName(QStringLiteral("mockClients"));
    m_clients->setHorizontalHeaderLabels(
        {tr("Client"), tr("Kind"), tr("Server"), tr("Channel"), tr("Sent"), tr("Received")});
    for (QTableWidget *table : {m_routes, m_clients}) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setShowGrid(false);
        table->setWordWrap(false);
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setHighlightSections(false);
    }
    m_routes->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_clients->horizontalHeader()->setStretchLastSection(true);
    // The mock's log is a live log of its own: names that do not clash with the window's.
    m_log->setObjectName(QStringLiteral("mockLog"));
    m_log->view()->setObjectName(QStringLiteral("mockLogView"));
    m_log->detail()->setObjectName(QStringLiteral("mockLogDetail"));
    m_log->bytesView()->setObjectName(QStringLiteral("mockLogBytes"));

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(optionsScroll, tr("Options"));
    m_tabs->addTab(m_routes, tr("URLs"));
    m_tabs->addTab(m_clients, tr("Clients"));
    m_tabs->addTab(m_log, tr("Log"));

    // Start and the state on the tabs' row: the dock shares a short bottom area with the problems
    // and the live log, and has no height to spare for a toolbar.
    auto *left = new QWidget(this);
    auto *leftLayout = new QHBoxLayout(left);
    leftLayout->setContentsMargins(4, 0, 4, 0);
    leftLayout->addWidget(m_start);
    leftLayout->addWidget(m_restart);
    m_tabs->setCornerWidget(left, Qt::TopLeftCorner);
    auto *right = new QWidget(this);
    auto *rightLayout = new QHBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 6, 0);
    rightLayout->setSpacing(12);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_counts);
    m_tabs->setCornerWidget(right, Qt::TopRightCorner);
    // Nor may their text make the window wider: a narrow one cuts it (the tooltip has it all).
    for (QLabel *label : {m_state, m_counts})
        label->setMinimumWidth(fontMetrics().averageCharWidth() * 6);
    // Pages may be squeezed to a few rows rather than make the whole bottom area taller.
    for (QWidget *page : {static_cast<QWidget *>(optionsScroll), static_cast<QWidget *>(m_routes),
                          static_cast<QWidget *>(m_clients), static_cast<QWidget *>(m_log)})
        page->setMinimumHeight(fontMetrics().height() * 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *notes = new QVBoxLayout;
    notes->setContentsMargins(6, 0, 6, 0);
    notes->addWidget(m_changed);
    notes->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(notes);

    const int port = QSettings().value(PortKey, 0).toInt();
    m_port->setValue(0);
    if (port > 0)
        m_port->setToolTip(m_port->toolTip() + u'\n' + tr("Last used: %1").arg(port));

    m_refresh.setInterval(ClientsRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &MockPanel::refreshClients);
    m_clientsSoon.setSingleShot(true);
    m_clientsSoon.setInterval(ClientsSoonMs);
    connect(&m_clientsSoon, &QTimer::timeout, this, &MockPanel::refreshClients);
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(CountsRefreshMs);
    connect(&m_countsTimer, &QTimer::timeout, this, &MockPanel::updateCounts);
    updateState();
    updateCounts();
}

MockPanel::~MockPanel()
{
    // Its clients go first, while the panel that logs them is still whole.
    if (m_mock) {
        disconnect(m_mock.get(), nullptr, this, nullptr);
        m_mock->close();
    }
}

void MockPanel::setCurrentPane(EditorPane *pane)
{
    if (m_current == pane)
        return;
    disconnect(m_currentConnection);
    m_current = pane;
    if (pane) {
        m_currentConnection = connect(pane, &EditorPane::analysisUpdated, this, [this] {
            rebuildServers();
            updateState();
        });
    }
    rebuildServers();
    updateState();
}

void MockPanel::rebuildServers()
{
    if (isRunning())
        return; // its options are the running mock's
    const auto analysis = m_current ? m_current->lastGood().analysis : nullptr;
    QStringList names;
    QStringList texts;
    if (analysis && analysis->spec) {
        for (const AsyncApi::Server &s : analysis->spec->servers) {
            if (Live::endpointKind(s.protocol) == Live::Endpoint::Kind::Unsupported)
                continue;
            names << s.name;
            texts << s.name + u" (" + s.protocol + u')';
        }
    }
    QStringList now;
    for (int i = 1; i < m_server->count(); ++i)
        now << m_server->itemText(i);
    if (now == texts && m_server->count() > 0)
        return;
    const QString current = m_server->currentData().toString();
    m_server->clear();
    m_server->addItem(tr("All (ws, wss, http, https)"), QString());
    for (int i = 0; i < names.size(); ++i)
        m_server->addItem(texts.at(i), names.at(i));
    m_server->setCurrentIndex(std::max(0, m_server->findData(current)));
}

bool MockPanel::readOptions(Live::MockOptions &options, QString *error, QString *warning) const
{
    options.server = m_server->currentData().toString();
    options.role = Live::MockOptions::Role(m_role->currentData().toInt());
    options.port = quint16(m_port->value());
    options.rate = m_rate->value();
    options.dropEvery = m_dropEvery->value();
    options.invalidEvery = m_invalidEvery->value();
    options.delayMs = m_delay->value();
    if (options.dropEvery > 0) {
        // The codes a close frame may carry, as `signalbox-cli mock --close-code` takes them.
        const int code = m_closeCode->value();
        const bool sendable =
            (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
        if (code != 0 && !sendable) {
            *error = tr("The close code is one a close frame may carry: 1000–1003, 1007–1014 or 3000–4999 (or none: "
                        "the connection is cut).");
            return false;
        }
        options.closeCode = code;
    }
    if (!m_credential->text().isEmpty())
        options.credentials.insert(QStringLiteral("*"), m_credential->text());
    const QString replay = m_replay->text().trimmed();
    if (!replay.isEmpty()) {
        QFile f(replay);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(replay), f.errorString());
            return false;
        }
        QString problem;
        auto entries =
            std::make_shared<std::vector<LogEntry>>(Live::readJsonLines(f, &problem, MaxReplayEntries, MaxReplayBytes));
        if (entries->empty()) {
            *error = problem.isEmpty() ? tr("%1 holds no log entries to replay.").arg(QDir::toNativeSeparators(replay))
                                       : tr("%1: %2").arg(QDir::toNativeSeparators(replay), problem);
            return false;
        }
        if (!problem.isEmpty())
            *warning = tr("%1: %2").arg(QDir::toNativeSeparators(replay), problem);
        options.replay = std::move(entries);
        options.replayTiming = m_replayTiming->isChecked();
    }
    return true;
}

bool MockPanel::start()
{
    return serve(m_current);
}

bool MockPanel::serve(EditorPane *pane)
{
    if (isRunning())
        return true;
    showProblem({});
    const auto analysis = pane ? pane->lastGood().analysis : nullptr;
    if (!pane) {
        showProblem(tr("Open a document to serve it."));
        return false;
    }
    if (!analysis || !analysis->spec) {
        showProblem(
            tr("%1 has no AsyncAPI model to serve (it does not parse yet).").arg(pane->document()->displayName()));
        return false;
    }
    Live::MockOptions options;
    QString error;
    QString warning;
    if (!readOptions(options, &error, &warning)) {
        showProblem(error);
        return false;
    }
    std::unique_ptr<MockServer> mock;
    // Any free port: the last one used when it is still free, so that copied URLs stay good.
    if (const int remembered = QSettings().value(PortKey, 0).toInt(); options.port == 0 && remembered > 0) {
        Live::MockOptions again = options;
        again.port = quint16(remembered);
        mock = std::make_unique<MockServer>(analysis, again);
        if (!mock->listen(&error))
            mock.reset();
    }
    if (!mock) {
        mock = std::make_unique<MockServer>(analysis, options);
        if (!mock->listen(&error)) {
            showProblem(options.port != 0 ? tr("%1 Choose another port, or none (any free one).").arg(error) : error);
            return false;
        }
    }
    m_mock = std::move(mock);
    m_served = analysis;
    m_servedPane = pane;
    m_servedName = pane->document()->displayName();
    QSettings().setValue(PortKey, int(m_mock->port()));
    connect(m_mock.get(), &MockServer::logged, this, &MockPanel::logged);
    // Once for many clients coming or going at once (the table is rebuilt).
    connect(m_mock.get(), &MockServer::connectionCountChanged, this, [this] {
        if (!m_clientsSoon.isActive())
            m_clientsSoon.start();
    });
    m_servedConnection = connect(pane, &EditorPane::analysisUpdated, this, &MockPanel::servedPaneChanged);
    // Closed: it keeps serving what it had, and says so.
    m_servedGone = connect(pane, &QObject::destroyed, this, [this] {
        m_servedPane = nullptr;
        m_restart->hide();
        m_changed->hide();
        updateState();
    });
    m_tally = {};
    LogEntry started;
    started.timeMs = QDateTime::currentMSecsSinceEpoch();
    started.direction = LogEntry::Direction::Connection;
    started.event = QStringLiteral("serving");
    started.status = tr("%1 on 127.0.0.1:%2").arg(m_servedName).arg(m_mock->port());
    m_log->append({started});
    QStringList warnings = m_mock->warnings();
    if (!warning.isEmpty())
        warnings.prepend(warning);
    if (!warnings.isEmpty())
        showProblem(warnings.join(u'\n'));
    m_options->setEnabled(false);
    m_options->setToolTip(tr("Stop the mock to change its options"));
    m_refresh.start();
    showRoutes();
    refreshClients();
    updateState();
    updateCounts();
    m_tabs->setCurrentWidget(m_routes);
    emit runningChanged(true);
    return true;
}

void MockPanel::stop()
{
    if (!m_mock)
        return;
    m_refresh.stop();
    m_clientsSoon.stop();
    disconnect(m_mock.get(), &MockServer::connectionCountChanged, this, nullptr);
    m_mock->close(); // its clients' ends are logged
    disconnect(m_mock.get(), nullptr, this, nullptr);
    disconnect(m_servedConnection);
    disconnect(m_servedGone);
    LogEntry stopped;
    stopped.timeMs = QDateTime::currentMSecsSinceEpoch();
    stopped.direction = LogEntry::Direction::Connection;
    stopped.event = QStringLiteral("stopped");
    stopped.status = m_servedName;
    flushLog();
    m_log->append({stopped});
    m_mock.reset();
    m_served.reset();
    m_servedPane.clear();
    m_options->setEnabled(true);
    m_options->setToolTip(QString());
    m_changed->hide();
    m_restart->hide();
    rebuildServers();
    showRoutes();
    refreshClients();
    updateState();
    updateCounts();
    emit runningChanged(false);
}

bool MockPanel::restart()
{
    // The document it served, where that is still open; else the one shown.
    EditorPane *served = m_servedPane ? m_servedPane.data() : m_current.data();
    stop();
    return serve(served);
}

QString MockPanel::clientCredential() const
{
    // Without one set, the mock takes any credential of the right kind: this one does for a token,
    // a key and (as user:password) basic authentication alike.
    return m_credential->text().isEmpty() ? QStringLiteral("signalbox:mock") : m_credential->text();
}

void MockPanel::servedPaneChanged()
{
    if (!m_servedPane || !m_mock)
        return;
    const Workspace::LastGood &shown = m_servedPane->lastGood();
    if (shown.stale || !shown.analysis || shown.analysis == m_served)
        return;
    m_changed->setText(tr("%1 changed since the mock started; it serves the text it started with. Restart to "
                          "serve the new one.")
                           .arg(m_servedName));
    m_changed->show();
    m_restart->show();
}

void MockPanel::logged(const LogEntry &entry)
{
    // Into the log in batches, with the counts: a fast mock logs thousands of entries a second.
    m_tally.add(entry);
    m_pendingLog.push_back(entry);
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

void MockPanel::showRoutes()
{
    m_routes->setRowCount(0);
    const QList<MockServer::Route> routes = m_mock ? m_mock->routes() : QList<MockServer::Route>{};
    m_routes->setRowCount(int(routes.size()));
    for (int row = 0; row < routes.size(); ++row) {
        const MockServer::Route &r = routes.at(row);
        m_routes->setItem(row, KindColumn, cell(r.webSocket ? tr("WebSocket") : tr("SSE")));
        m_routes->setItem(row, ServerColumn, cell(r.server));
        m_routes->setItem(row, ChannelColumn, cell(r.channel));
        m_routes->setItem(row, UrlColumn, cell(shownUrl(r)));
        auto *actions = new QWidget(m_routes);
        auto *layout = new QHBoxLayout(actions);
        layout->setContentsMargins(2, 0, 2, 0);
        layout->setSpacing(2);
        auto *inspect = new QToolButton(actions);
        inspect->setObjectName(QStringLiteral("mockConnectInspector"));
        inspect->setText(tr("Connect Inspector"));
        inspect->setToolTip(tr("Open the inspector on %1 and connect it to this URL").arg(r.channel));
        connect(inspect, &QToolButton::clicked, this, [this, r] { emit inspectRequested(r); });
        auto *copy = new QToolButton(actions);
        copy->setObjectName(QStringLiteral("mockCopyUrl"));
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy the URL"));
        connect(copy, &QToolButton::clicked, this, [r] { QApplication::clipboard()->setText(shownUrl(r)); });
        layout->addWidget(inspect);
        layout->addWidget(copy);
        m_routes->setCellWidget(row, ActionsColumn, actions);
    }
    m_routes->resizeColumnsToContents();
    m_routes->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_routes->horizontalHeader()->setSectionResizeMode(ActionsColumn, QHeaderView::ResizeToContents);
    m_tabs->setTabText(m_tabs->indexOf(m_routes), routes.isEmpty() ? tr("URLs") : tr("URLs (%1)").arg(routes.size()));
}

void MockPanel::refreshClients()
{
    const QList<MockServer::Client> clients = m_mock ? m_mock->clients() : QList<MockServer::Client>{};
    m_clients->setRowCount(int(clients.size()));
    const QLocale locale;
    for (int row = 0; row < clients.size(); ++row) {
        const MockServer::Client &c = clients.at(row);
        m_clients->setItem(row, 0, cell(c.peer));
        m_clients->setItem(row, 1, cell(c.webSocket ? tr("WebSocket") : tr("SSE")));
        m_clients->setItem(row, 2, cell(c.server));
        m_clients->setItem(row, 3, cell(c.channel));
        for (const auto &[column, value] : {std::pair{4, c.sent}, std::pair{5, c.received}}) {
            QTableWidgetItem *item = cell(locale.toString(value));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_clients->setItem(row, column, item);
        }
    }
    m_tabs->setTabText(m_tabs->indexOf(m_clients),
                       clients.isEmpty() ? tr("Clients") : tr("Clients (%1)").arg(clients.size()));
    updateCounts();
}

void MockPanel::flushLog()
{
    if (m_pendingLog.empty())
        return;
    m_log->append(m_pendingLog);
    m_pendingLog.clear();
}

void MockPanel::updateCounts()
{
    flushLog();
    if (!m_mock && m_tally.sent == 0 && m_tally.received == 0 && m_tally.refused == 0) {
        m_counts->clear();
        return;
    }
    const QLocale l;
    QStringList parts;
    if (m_mock)
        parts << tr("%n clients", nullptr, m_mock->connectionCount());
    parts << tr("sent %1").arg(l.toString(m_tally.sent));
    if (m_tally.invalidSent > 0)
        parts << tr("invalid on purpose %1").arg(l.toString(m_tally.invalidSent));
    parts << tr("received %1").arg(l.toString(m_tally.received))
          << tr("not conforming %1").arg(l.toString(m_tally.notConforming))
          << tr("refused %1").arg(l.toString(m_tally.refused)) << tr("dropped %1").arg(l.toString(m_tally.dropped));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    m_counts->setToolTip(m_counts->text());
    m_counts->setStyleSheet(m_tally.notConforming > 0 ? ErrorStyle : QString());
}

void MockPanel::updateState()
{
    m_start->setText(isRunning() ? tr("Stop") : tr("Start"));
    m_start->setEnabled(isRunning() || m_current);
    if (isRunning()) {
        QString text = tr("Serving %1 on 127.0.0.1:%2").arg(m_servedName).arg(m_mock->port());
        if (!m_servedPane)
            text += u' ' + tr("(closed since)");
        else if (m_servedPane != m_current)
            text += u' ' + tr("(not the document shown)");
        m_state->setText(text);
        m_state->setToolTip(text);
        return;
    }
    m_state->setText(m_current ? tr("Stopped. Start serves %1.").arg(m_current->document()->displayName())
                               : tr("Stopped. Open a document to serve it."));
    m_state->setToolTip(m_state->text());
}

void MockPanel::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace Signalbox
