// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "inspectorwidget.h"

#include "credentialstore.h"

#include <asyncapi/analysis.h>
#include <asyncapi/messages/messagematcher.h>

#include <live/endpoint.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <type_traits>

namespace Signalbox {

using AsyncApi::Channel;
using AsyncApi::Server;

namespace {

constexpr int MaxHistory = 50;

/** What the composer can start from for one message: its examples and a generated sample. */
struct StartPoints
{
    QList<AsyncApi::MessageBody> examples;
    std::optional<AsyncApi::MessageBody> sample;
};

/** scheme://host:port of \a url, the port spelled out. */
QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("wss") || scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + u':' +
           QString::number(url.port(defaultPort));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

QString schemeLabel(const Live::SecurityScheme &s)
{
    switch (s.kind) {
    case Live::SecurityScheme::Kind::Bearer:
        return InspectorWidget::tr("%1 (bearer token)").arg(s.name);
    case Live::SecurityScheme::Kind::Basic:
        return InspectorWidget::tr("%1 (user, password)").arg(s.name);
    case Live::SecurityScheme::Kind::ApiKeyHeader:
        return InspectorWidget::tr("%1 (header %2)").arg(s.name, s.parameter);
    case Live::SecurityScheme::Kind::ApiKeyQuery:
        return InspectorWidget::tr("%1 (query %2)").arg(s.name, s.parameter);
    case Live::SecurityScheme::Kind::ApiKeyCookie:
        return InspectorWidget::tr("%1 (cookie %2)").arg(s.name, s.parameter);
    case Live::SecurityScheme::Kind::Unsupported:
        break;
    }
    return s.name;
}

} // namespace

InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent), m_connection(new Live::LiveConnection(this)), m_store(new CredentialStore(this)),
      m_server(new QComboBox(this)), m_target(new QComboBox(this)), m_valuesBox(new QWidget(this)),
      m_values(new QFormLayout(m_valuesBox)), m_url(new QLineEdit(this)), m_urlProblem(new QLabel(this)),
      m_credentialsBox(new QWidget(this)), m_credentials(new QFormLayout(m_credentialsBox)),
      m_remember(new QCheckBox(tr("Remember in the keychain"), this)), m_keychainStatus(new QLabel(this)),
      m_subprotocols(new QLineEdit(this)), m_eventTypes(new QLineEdit(this)), m_lastEventId(new QLineEdit(this)),
      m_reconnect(new QCheckBox(tr("Reconnect after a drop"), this)), m_caFile(new QLineEdit(this)),
      m_maxMessageMb(new QSpinBox(this)), m_closeCode(new QSpinBox(this)), m_closeReason(new QLineEdit(this)),
      m_binary(new QCheckBox(tr("Binary"), this)), m_ignoreTls(new QCheckBox(tr("Ignore certificate errors"), this)), m_tlsWarning(new QLabel(this)),
      m_connect(new QPushButton(tr("Connect"), this)), m_ping(new QPushButton(tr("Ping"), this)),
      m_state(new QLabel(tr("Not connected"), this)), m_composer(new QGroupBox(tr("Compose"), this)),
      m_message(new QComboBox(this)), m_start(new QComboBox(this)), m_body(new QPlainTextEdit(this)),
      m_problems(new QListWidget(this)), m_send(new QPushButton(tr("Send"), this)), m_history(new QComboBox(this)),
      m_saved(new QComboBox(this)), m_validateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inspector"));
    connect(m_connection, &Live::LiveConnection::entriesArrived, this, &InspectorWidget::entries);
    connect(m_connection, &Live::LiveConnection::stateChanged, this, &InspectorWidget::connectionStateChanged);

    // Connection.
    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(connectionBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_server->setObjectName(QStringLiteral("inspectorServer"));
    m_target->setObjectName(QStringLiteral("inspectorTarget"));
    form->addRow(tr("Server"), m_server);
    form->addRow(tr("Channel"), m_target);
    m_values->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_valuesBox);
    m_url->setObjectName(QStringLiteral("inspectorUrl"));
    m_url->setPlaceholderText(tr("ws://, wss://, http:// or https:// address"));
    form->addRow(tr("URL"), m_url);
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_urlProblem->hide();
    form->addRow(m_urlProblem);
    m_credentials->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_credentialsBox);
    m_remember->setChecked(QSettings().value(QStringLiteral("inspector/rememberCredentials"), false).toBool());
    m_remember->setToolTip(tr("Credentials go to the desktop's keychain, never to settings files or the log"));
    connect(m_remember, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("inspector/rememberCredentials"), on); });
    form->addRow(m_remember);
    m_keychainStatus->setWordWrap(true);
    m_keychainStatus->hide();
    form->addRow(m_keychainStatus);

    auto *options = new QToolButton(this);
    options->setText(tr("Options"));
    options->setCheckable(true);
    options->setAutoRaise(true);
    options->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    options->setArrowType(Qt::RightArrow);
    auto *optionsForm = new QFormLayout;
    optionsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *optionsBody = new QWidget(this);
    optionsBody->setLayout(optionsForm);
    optionsForm->setContentsMargins(0, 0, 0, 0);
    optionsBody->setVisible(false);
    connect(options, &QToolButton::toggled, this, [options, optionsBody](bool on) {
        options->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        optionsBody->setVisible(on);
    });
    m_subprotocols->setPlaceholderText(tr("comma-separated"));
    optionsForm->addRow(tr("Subprotocols"), m_subprotocols);
    m_eventTypes->setPlaceholderText(tr("SSE event names, comma-separated; empty: all"));
    optionsForm->addRow(tr("Events"), m_eventTypes);
    m_lastEventId->setPlaceholderText(tr("SSE: resume after this event ID"));
    optionsForm->addRow(tr("Last-Event-ID"), m_lastEventId);
    optionsForm->addRow(m_reconnect);
    m_maxMessageMb->setRange(1, 1024);
    m_maxMessageMb->setValue(64);
    m_maxMessageMb->setSuffix(tr(" MB"));
    m_maxMessageMb->setToolTip(tr("WebSocket: a larger incoming message closes the connection (1009)"));
    optionsForm->addRow(tr("Largest message"), m_maxMessageMb);
    m_closeCode->setRange(1000, 4999);
    m_closeCode->setValue(1000);
    m_closeCode->setMinimumWidth(m_closeCode->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 40);
    m_closeCode->setToolTip(tr("WebSocket: the code Disconnect sends (1000 normal, 4000–4999 for applications)"));
    m_closeReason->setPlaceholderText(tr("reason sent with it"));
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_closeCode);
    closeRow->addWidget(m_closeReason, 1);
    optionsForm->addRow(tr("Close with"), closeRow);
    auto *caRow = new QHBoxLayout;
    m_caFile->setPlaceholderText(tr("PEM file of extra authorities"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate authorities"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(path);
    });
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    optionsForm->addRow(tr("CA file"), caRow);
    optionsForm->addRow(m_ignoreTls);
    m_tlsWarning->setText(tr("⚠ Certificate errors will be ignored for this connection: anyone on the way can "
                             "read and change the traffic."));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_tlsWarning->hide();
    connect(m_ignoreTls, &QCheckBox::toggled, m_tlsWarning, &QWidget::setVisible);
    optionsForm->addRow(m_tlsWarning);
    form->addRow(options);
    form->addRow(optionsBody);

    auto *buttons = new QHBoxLayout;
    m_connect->setObjectName(QStringLiteral("inspectorConnect"));
    m_connect->setDefault(true);
    m_ping->setEnabled(false);
    buttons->addWidget(m_connect);
    buttons->addWidget(m_ping);
    buttons->addStretch(1);
    form->addRow(buttons);
    m_state->setWordWrap(true);
    form->addRow(m_state);
    connect(m_connect, &QPushButton::clicked, this, &InspectorWidget::toggleConnection);
    connect(m_ping, &QPushButton::clicked, m_connection, &Live::LiveConnection::ping);

    // Composer.
    auto *composer = new QVBoxLayout(m_composer);
    auto *pick = new QFormLayout;
    pick->addRow(tr("Message"), m_message);
    pick->addRow(tr("Start from"), m_start);
    composer->addLayout(pick);
    m_body->setObjectName(QStringLiteral("inspectorBody"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("The message to send (JSON)"));
    m_body->setTabChangesFocus(true);
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body->setMinimumHeight(m_body->fontMetrics().height() * 9);
    composer->addWidget(m_body, 1);
    m_problems->setObjectName(QStringLiteral("inspectorDraftProblems"));
    m_problems->setMaximumHeight(m_problems->fontMetrics().height() * 5);
    composer->addWidget(m_problems);
    auto *sendRow = new QHBoxLayout;
    m_send->setEnabled(false);
    m_send->setToolTip(tr("Send over the open WebSocket (Ctrl+Return)"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    auto *save = new QPushButton(tr("Save"), this);
    save->setToolTip(tr("Keep this message for the channel"));
    sendRow->addWidget(m_send);
    m_binary->setToolTip(tr("Send the text's UTF-8 bytes in a binary frame"));
    sendRow->addWidget(m_binary);
    sendRow->addWidget(save);
    sendRow->addStretch(1);
    composer->addLayout(sendRow);
    auto *recallRow = new QHBoxLayout;
    recallRow->addWidget(m_history, 1);
    recallRow->addWidget(m_saved, 1);
    composer->addLayout(recallRow);
    m_history->addItem(tr("History"));
    m_saved->addItem(tr("Saved"));
    connect(m_send, &QPushButton::clicked, this, &InspectorWidget::send);
    connect(save, &QPushButton::clicked, this, &InspectorWidget::saveDraft);
    connect(m_history, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            m_body->setPlainText(m_history->itemData(i).toString());
        m_history->setCurrentIndex(0);
    });
    connect(m_saved, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            m_body->setPlainText(m_saved->itemData(i).toString());
        m_saved->setCurrentIndex(0);
    });
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(150);
    connect(m_validateTimer, &QTimer::timeout, this, &InspectorWidget::validateDraft);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        ++*m_draftGeneration; // a check on its way is for the old text
        m_validateTimer->start();
    });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QTextBlock block = m_body->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        if (!block.isValid())
            return;
        QTextCursor c(block);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                       std::min(item->data(Qt::UserRole + 1).toInt(), int(block.length()) - 1));
        m_body->setTextCursor(c);
        m_body->setFocus();
    });

    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        m_urlEdited = false;
        m_ignoreTls->setChecked(false); // allowed for one server, not for the next
        rebuildValues();
        rebuildCredentials();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_urlEdited = false;
        rebuildValues();
        rebuildMessages();
    });
    connect(m_message, &QComboBox::currentIndexChanged, this, [this] {
        // The examples of the chosen message, then a generated sample: worked out off this thread
        // (a hostile schema must not freeze the window), shown in the composer, never sent unseen.
        m_start->clear();
        m_start->addItem(tr("Empty object"), QStringLiteral("{}"));
        const Channel *ch = currentChannel();
        const int idx = m_message->currentData().toInt();
        if (!ch || !m_analysis || idx < 0 || idx >= ch->messages.size()) {
            ++*m_startGeneration; // what is on its way is for another message
            startFrom(0);
            return;
        }
        m_body->clear();
        const std::shared_ptr<const AsyncApi::Analysis> analysis = m_analysis;
        const AsyncApi::Message message = ch->messages.at(idx);
        runOffThread(
            m_startGeneration,
            [analysis, message] {
                StartPoints points;
                points.examples = AsyncApi::messageExampleBodies(*analysis->documents, message);
                if (message.payload)
                    points.sample = AsyncApi::sampleOf(*analysis->documents, message.payload);
                return points;
            },
            [this](const StartPoints &points) {
                m_start->blockSignals(true);
                m_start->clear();
                for (const AsyncApi::MessageBody &example : points.examples) {
                    QString label = example.otherFile.isEmpty()
                        ? tr("Example: %1").arg(example.name)
                        : tr("Example: %1 (from %2)").arg(example.name, QFileInfo(example.otherFile).fileName());
                    if (example.truncated)
                        label += u' ' + tr("(cut at its size limit)");
                    m_start->addItem(label, QString::fromUtf8(example.text));
                    if (!example.otherFile.isEmpty())
                        m_start->setItemData(m_start->count() - 1,
                                             tr("This example takes content from %1").arg(example.otherFile), Qt::ToolTipRole);
                }
                if (points.sample)
                    m_start->addItem(points.sample->truncated ? tr("Generated sample (cut at its size limit)")
                                                              : tr("Generated sample"),
                                     QString::fromUtf8(points.sample->text));
                m_start->addItem(tr("Empty object"), QStringLiteral("{}"));
                m_start->blockSignals(false);
                startFrom(0);
            });
    });
    connect(m_start, &QComboBox::activated, this, &InspectorWidget::startFrom);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlEdited = true; });
    connect(m_url, &QLineEdit::textChanged, this, &InspectorWidget::addressChanged);

    auto *content = new QWidget(this);
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(connectionBox);
    layout->addWidget(m_composer, 1);
    // Long names must not widen the dock: combo boxes elide, the scroll area only scrolls down.
    for (QComboBox *box : {m_server, m_target, m_message, m_start, m_history, m_saved}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 8);
    auto *scroll = new QScrollArea(this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    rebuildServers();
    connectionStateChanged(Live::LiveConnection::State::Closed);
}

InspectorWidget::~InspectorWidget() = default;

int InspectorWidget::preferredWidth() const
{
    return m_content->minimumSizeHint().width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
}

void InspectorWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (const auto pending = std::exchange(m_hiddenAnalysis, nullptr))
        setAnalysis(pending);
}

void InspectorWidget::setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis)
{
    if (!analysis || !analysis->spec || !analysis->documents)
        return; // mid-typo: keep what the last good text said
    if (!isVisible()) { // nothing to show: typing in a big document must not pay for the form
        m_hiddenAnalysis = analysis;
        return;
    }
    m_hiddenAnalysis.reset();
    if (analysis->filePath != m_documentPath) {
        m_ignoreTls->setChecked(false); // allowed for one document's server, not for another's
        m_documentPath = analysis->filePath;
    }
    m_analysis = analysis;
    rebuildServers();
    if (!rebuildTargets())
        rebuildMatcher(); // the same channel, from the new text: its schemas may have changed
    m_validateTimer->start();
}

void InspectorWidget::rebuildServers()
{
    const QString current = m_server->currentData().toString();
    // "Custom URL" is the last item; it was the user's choice only when there were servers to choose.
    const bool wasCustom = m_server->count() > 1 && m_server->currentIndex() == m_server->count() - 1;
    QStringList items;
    if (m_analysis)
        for (const Server &s : m_analysis->spec->servers)
            items << s.name + u" (" + s.protocol + u')';
    QStringList now;
    for (int i = 0; i + 1 < m_server->count(); ++i)
        now << m_server->itemText(i);
    if (items == now && m_server->count() > 0)
        return;
    m_server->blockSignals(true);
    m_server->clear();
    if (m_analysis)
        for (const Server &s : m_analysis->spec->servers)
            m_server->addItem(s.name + u" (" + s.protocol + u')', s.name);
    m_server->addItem(tr("Custom URL"), QString());
    int index = m_server->findData(current);
    if (wasCustom || index < 0)
        index = wasCustom || m_server->count() == 1 ? m_server->count() - 1 : 0;
    // Prefer a server we can talk to.
    if (current.isEmpty() && !wasCustom && m_analysis) {
        for (int i = 0; i < m_analysis->spec->servers.size(); ++i) {
            if (Live::endpointKind(m_analysis->spec->servers.at(i).protocol) != Live::Endpoint::Kind::Unsupported) {
                index = i;
                break;
            }
        }
    }
    m_server->setCurrentIndex(index);
    m_server->blockSignals(false);
    rebuildValues();
    rebuildCredentials();
}

bool InspectorWidget::rebuildTargets()
{
    const QString current = m_target->currentData().toString();
    QStringList ids;
    QStringList texts;
    if (m_analysis) {
        for (const Channel &c : m_analysis->spec->channels) {
            ids << u"channel:" + c.name;
            texts << (c.address.isEmpty() || c.address == c.name ? c.name : c.name + u" — " + c.address);
        }
        for (const AsyncApi::Operation &o : m_analysis->spec->operations) {
            ids << u"operation:" + o.name;
            texts << tr("%1 (%2 operation)")
                         .arg(o.name, o.action == AsyncApi::Operation::Action::Send      ? tr("send")
                                      : o.action == AsyncApi::Operation::Action::Receive ? tr("receive")
                                                                                          : tr("unknown"));
        }
    }
    QStringList nowIds;
    QStringList nowTexts;
    for (int i = 0; i < m_target->count(); ++i) {
        nowIds << m_target->itemData(i).toString();
        nowTexts << m_target->itemText(i);
    }
    if (ids == nowIds && texts == nowTexts) {
        rebuildValues();
        return false;
    }
    m_target->blockSignals(true);
    m_target->clear();
    for (int i = 0; i < ids.size(); ++i)
        m_target->addItem(texts.at(i), ids.at(i));
    m_target->setCurrentIndex(std::max(0, m_target->findData(current)));
    m_target->blockSignals(false);
    rebuildValues();
    if (m_target->currentData().toString() == current)
        return false;
    rebuildMessages();
    return true;
}

bool InspectorWidget::selectTarget(const QString &id)
{
    const int i = m_target->findData(id);
    if (i < 0)
        return false;
    m_target->setCurrentIndex(i);
    return true;
}

const Server *InspectorWidget::currentServer() const
{
    const QString name = m_server->currentData().toString();
    return m_analysis && !name.isEmpty() ? m_analysis->spec->server(name) : nullptr;
}

const Channel *InspectorWidget::currentChannel() const
{
    if (!m_analysis)
        return nullptr;
    const QString id = m_target->currentData().toString();
    if (id.startsWith(QLatin1String("channel:")))
        return m_analysis->spec->channel(id.mid(8));
    if (const AsyncApi::Operation *op = currentOperation())
        return m_analysis->spec->channel(op->channel);
    return nullptr;
}

const AsyncApi::Operation *InspectorWidget::currentOperation() const
{
    const QString id = m_target->currentData().toString();
    return m_analysis && id.startsWith(QLatin1String("operation:")) ? m_analysis->spec->operation(id.mid(10)) : nullptr;
}

QStringList InspectorWidget::currentMessageNames() const
{
    if (const AsyncApi::Operation *op = currentOperation(); op && !op->messages.isEmpty())
        return op->messages;
    QStringList all;
    if (const Channel *ch = currentChannel())
        for (const AsyncApi::Message &m : ch->messages)
            all << m.name;
    return all;
}

void InspectorWidget::rebuildValues()
{
    // The same variables and parameters as before: the form stays as it is (and keeps the focus).
    QStringList signature;
    if (const Server *s = currentServer())
        for (const AsyncApi::ServerVariable &v : s->variables)
            signature << v.name << v.enumValues.join(u'\n') << v.defaultValue << v.description;
    signature << QStringLiteral("|");
    if (const Channel *ch = currentChannel())
        for (const AsyncApi::Parameter &p : ch->parameters)
            signature << p.name << p.enumValues.join(u'\n') << p.defaultValue << p.examples.join(u'\n') << p.description;
    if (signature == m_valuesSignature && m_values->rowCount() > 0) {
        updateUrl();
        return;
    }
    m_valuesSignature = signature;
    // Keep what the user typed for names that stay.
    QMap<QString, QString> typed;
    for (QComboBox *box : m_valuesBox->findChildren<QComboBox *>())
        typed.insert(box->objectName(), box->currentText());
    while (m_values->rowCount() > 0)
        m_values->removeRow(0);
    auto addRow = [&](const QString &key, const QString &label, const QStringList &choices, const QString &initial,
                      const QString &help) {
        auto *box = new QComboBox(m_valuesBox);
        box->setEditable(true);
        box->setObjectName(key);
        box->addItems(choices);
        box->setCurrentText(typed.value(key, initial));
        box->setToolTip(help);
        connect(box, &QComboBox::currentTextChanged, this, &InspectorWidget::updateUrl);
        m_values->addRow(label, box);
    };
    if (const Server *s = currentServer())
        for (const AsyncApi::ServerVariable &v : s->variables)
            addRow(u"var:" + v.name, u'{' + v.name + u'}',
                   v.enumValues.isEmpty() && !v.defaultValue.isEmpty() ? QStringList{v.defaultValue} : v.enumValues,
                   Live::initialValue(v), v.description);
    if (const Channel *ch = currentChannel())
        for (const AsyncApi::Parameter &p : ch->parameters) {
            QStringList choices = p.enumValues;
            for (const QString &e : p.examples)
                if (!choices.contains(e))
                    choices << e;
            if (!p.defaultValue.isEmpty() && !choices.contains(p.defaultValue))
                choices.prepend(p.defaultValue);
            addRow(u"param:" + p.name, u'{' + p.name + u'}', choices, Live::initialValue(p), p.description);
        }
    m_valuesBox->setVisible(m_values->rowCount() > 0);
    updateUrl();
}

void InspectorWidget::updateUrl()
{
    const Server *s = currentServer();
    if (!s) {
        m_urlProblem->hide();
        return; // a custom URL: the user's
    }
    QMap<QString, QString> values;
    for (QComboBox *box : m_valuesBox->findChildren<QComboBox *>())
        values.insert(box->objectName().section(u':', 1), box->currentText());
    const Live::Endpoint e = Live::buildEndpoint(*s, currentChannel(), values);
    if (!m_urlEdited) {
        m_settingUrl = true;
        m_url->setText(e.url.isValid() ? e.url.toString() : QString());
        m_settingUrl = false;
    }
    m_urlProblem->setText(e.error);
    m_urlProblem->setVisible(!e.error.isEmpty());
}

QString InspectorWidget::credentialKey(const QUrl &url, const QString &schemeName)
{
    return originOf(url) + u'/' + schemeName;
}

QUrl InspectorWidget::currentAddress() const
{
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

void InspectorWidget::addressChanged()
{
    const QString origin = originOf(currentAddress());
    if (origin == m_credentialOrigin)
        return;
    // Another address: what was allowed for the old one goes, and stored secrets are those of the new one.
    m_ignoreTls->setChecked(false);
    rebuildCredentials();
}

namespace {

/**
 * Where the inspector's jobs (samples, matchers, draft checks of the document's schemas) run: a
 * pool of their own, never deleted, so that neither quitting (QCoreApplication waits for the global
 * pool) nor the analysis, documentation and graph jobs of the global pool wait for a stale one. A
 * job holds its own copy of what it reads.
 */
QThreadPool *inspectorPool()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool; // not deleted: its destructor would wait for running jobs
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

} // namespace

template<typename Work, typename Done>
void InspectorWidget::runOffThread(const Generation &generation, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    const quint64 mine = ++*generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    ++m_jobs;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, mine, done] {
        --m_jobs;
        watcher->deleteLater();
        if (*generation == mine) // else a newer job's result is what counts
            done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(inspectorPool(), [work, generation, mine]() -> Result {
        if (*generation != mine) // asked for again meanwhile: this answer would be thrown away
            return Result{};
        try {
            return work();
        } catch (...) { // out of memory, say: nothing to show rather than a lost window
            return Result{};
        }
    }));
}

void InspectorWidget::rebuildCredentials()
{
    // What the user typed stays; what the keychain filled in was for the old address and goes.
    QMap<QString, QPair<QString, QString>> typed;
    for (int i = 0; i < m_schemes.size() && i < m_secretEdits.size(); ++i) {
        const auto &[user, secret] = m_secretEdits.at(i);
        if (secret && !secret->property("fromKeychain").toBool())
            typed.insert(m_schemes.at(i).name, {user ? user->text() : QString(), secret->text()});
    }
    while (m_credentials->rowCount() > 0)
        m_credentials->removeRow(0);
    m_secretEdits.clear();
    const QUrl address = currentAddress();
    m_credentialOrigin = originOf(address);
    const Server *s = currentServer();
    m_schemes = s && m_analysis ? Live::serverSecurity(*m_analysis->documents, *s) : QList<Live::SecurityScheme>{};
    for (const Live::SecurityScheme &scheme : std::as_const(m_schemes)) {
        if (scheme.kind == Live::SecurityScheme::Kind::Unsupported) {
            auto *note = new QLabel(scheme.problem.isEmpty()
                                        ? tr("%1: %2 is not sent by WebSocket or SSE clients").arg(scheme.name, scheme.type)
                                        : scheme.problem,
                                    m_credentialsBox);
            note->setWordWrap(true);
            m_credentials->addRow(note);
            m_secretEdits.append(qMakePair<QLineEdit *, QLineEdit *>(nullptr, nullptr));
            continue;
        }
        QLineEdit *user = nullptr;
        auto *secret = new QLineEdit(m_credentialsBox);
        secret->setEchoMode(QLineEdit::Password);
        secret->setObjectName(u"secret:" + scheme.name);
        secret->setToolTip(scheme.description);
        if (scheme.kind == Live::SecurityScheme::Kind::Basic) {
            user = new QLineEdit(m_credentialsBox);
            user->setPlaceholderText(tr("user"));
            secret->setPlaceholderText(tr("password"));
            auto *row = new QHBoxLayout;
            row->addWidget(user);
            row->addWidget(secret);
            m_credentials->addRow(schemeLabel(scheme), row);
        } else {
            secret->setPlaceholderText(tr("secret"));
            m_credentials->addRow(schemeLabel(scheme), secret);
        }
        m_secretEdits.append(qMakePair(user, secret));
        if (const auto given = typed.constFind(scheme.name); given != typed.cend()) {
            if (user)
                user->setText(given->first);
            secret->setText(given->second);
        } else if (m_remember->isChecked() && address.isValid() && !address.host().isEmpty()) {
            QPointer<QLineEdit> u(user);
            QPointer<QLineEdit> sec(secret);
            m_store->read(credentialKey(address, scheme.name), [this, u, sec](const QString &value, const QString &error) {
                if (!error.isEmpty()) {
                    m_keychainStatus->setText(tr("Keychain: %1").arg(error));
                    m_keychainStatus->show();
                    return;
                }
                if (!sec || value.isEmpty())
                    return;
                if (u) {
                    u->setText(value.section(u'\n', 0, 0));
                    sec->setText(value.section(u'\n', 1));
                } else {
                    sec->setText(value);
                }
                sec->setProperty("fromKeychain", true);
                // Typed over: the user's now.
                connect(sec, &QLineEdit::textEdited, sec, [sec] { sec->setProperty("fromKeychain", false); });
            });
        }
    }
    m_credentialsBox->setVisible(!m_schemes.isEmpty());
    m_remember->setVisible(!m_schemes.isEmpty());
}

void InspectorWidget::rebuildMatcher()
{
    // Compiled off this thread; until it is there, messages are logged unchecked.
    m_matcher = nullptr;
    m_connection->setMatcher(nullptr);
    const Channel *ch = currentChannel();
    if (!ch || !m_analysis) {
        ++*m_matcherGeneration;
        return;
    }
    const std::shared_ptr<const AsyncApi::Analysis> analysis = m_analysis;
    const QList<AsyncApi::Message> messages = ch->messages;
    runOffThread(
        m_matcherGeneration,
        [analysis, messages]() -> std::shared_ptr<const AsyncApi::MessageMatcher> {
            return std::make_shared<AsyncApi::MessageMatcher>(*analysis->documents, messages);
        },
        [this](const std::shared_ptr<const AsyncApi::MessageMatcher> &matcher) {
            m_matcher = matcher;
            m_connection->setMatcher(matcher);
        });
}

void InspectorWidget::rebuildMessages()
{
    rebuildMatcher();
    const Channel *ch = currentChannel();
    const QStringList names = currentMessageNames();
    m_message->blockSignals(true);
    m_message->clear();
    if (ch)
        for (int i = 0; i < ch->messages.size(); ++i)
            if (names.contains(ch->messages.at(i).name))
                m_message->addItem(ch->messages.at(i).title.isEmpty() ? ch->messages.at(i).name
                                                                      : ch->messages.at(i).title,
                                   i);
    m_message->blockSignals(false);
    emit m_message->currentIndexChanged(m_message->currentIndex());
    updateSaved();
}

void InspectorWidget::startFrom(int index)
{
    if (index >= 0 && index < m_start->count())
        m_body->setPlainText(m_start->itemData(index).toString());
}

void InspectorWidget::validateDraft()
{
    const Channel *ch = currentChannel();
    const int idx = m_message->currentData().toInt();
    const QByteArray text = m_body->toPlainText().toUtf8();
    if (!ch || !m_analysis || idx < 0 || idx >= ch->messages.size() || text.trimmed().isEmpty()) {
        ++*m_draftGeneration; // a check on its way is for another text
        m_problems->clear();
        m_body->setExtraSelections({});
        return;
    }
    const AsyncApi::Message &m = ch->messages.at(idx);
    if (!m.payload) {
        ++*m_draftGeneration;
        m_problems->clear();
        m_problems->addItem(tr("No payload schema: any payload goes."));
        m_body->setExtraSelections({});
        return;
    }
    // Checked off this thread: the schema is the document's, and may be hostile.
    const std::shared_ptr<const AsyncApi::Analysis> analysis = m_analysis;
    const AsyncApi::NodeRef payload = m.payload;
    runOffThread(
        m_draftGeneration,
        [analysis, payload, text] { return AsyncApi::validateDraft(*analysis->documents, payload, text); },
        [this, name = m.name](const AsyncApi::Diagnostics &problems) {
            m_problems->clear();
            QList<QTextEdit::ExtraSelection> marks;
            for (const AsyncApi::Diagnostic &d : problems) {
                auto *item = new QListWidgetItem(
                    tr("Line %1, column %2: %3").arg(d.range.start.line + 1).arg(d.range.start.column + 1).arg(d.message),
                    m_problems);
                item->setData(Qt::UserRole, d.range.start.line);
                item->setData(Qt::UserRole + 1, d.range.start.column);
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
                const QTextBlock block = m_body->document()->findBlockByNumber(std::max(0, d.range.start.line));
                if (block.isValid()) {
                    QTextEdit::ExtraSelection sel;
                    sel.cursor = QTextCursor(block);
                    sel.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                    sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                    sel.format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
                    marks << sel;
                }
            }
            if (problems.isEmpty()) {
                auto *ok = new QListWidgetItem(tr("Conforms to %1").arg(name), m_problems);
                ok->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            }
            m_body->setExtraSelections(marks);
        });
}

void InspectorWidget::toggleConnection()
{
    if (m_connection->state() != Live::LiveConnection::State::Closed) {
        m_connection->close(m_closeCode->value(), m_closeReason->text());
        return;
    }
    Live::ConnectionSettings settings;
    settings.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    settings.kind = Live::endpointKind(settings.url.scheme());
    if (!settings.url.isValid() || settings.url.host().isEmpty() || settings.kind == Live::Endpoint::Kind::Unsupported) {
        m_urlProblem->setText(tr("Give a ws://, wss://, http:// or https:// address."));
        m_urlProblem->show();
        return;
    }
    const QUrl address = settings.url;
    settings.schemes = m_schemes;
    QList<QPair<QString, QString>> toStore; // (keychain key, value)
    for (int i = 0; i < m_schemes.size() && i < m_secretEdits.size(); ++i) {
        const auto &[user, secret] = m_secretEdits.at(i);
        if (!secret)
            continue;
        const Live::Credential credential{user ? user->text() : QString(), secret->text()};
        if (const QString problem = Live::applyCredential(m_schemes.at(i), credential, settings.url, settings.headers);
            !problem.isEmpty()) {
            m_urlProblem->setText(problem);
            m_urlProblem->show();
            return;
        }
        if (m_remember->isChecked() && !credential.isEmpty())
            toStore.append({credentialKey(address, m_schemes.at(i).name),
                            user ? credential.user + u'\n' + credential.secret : credential.secret});
    }
    // Credentials in clear text: only when the user says so, for this connection.
    if (const QStringList clear = Live::plaintextCredentials(settings.url, settings.headers, settings.schemes); !clear.isEmpty()) {
        QMessageBox ask(QMessageBox::Warning, tr("Send credentials without encryption?"),
                        tr("%1 is not encrypted: %2 would travel in clear text, and anyone on the way could read "
                           "them.\n\nSend them all the same, for this connection?")
                            .arg(settings.url.scheme() + QLatin1String("://") + settings.url.host(), clear.join(QLatin1String(", "))),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("plaintextCredentials"));
        QPushButton *send = ask.addButton(tr("Send in clear text"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != send)
            return;
    }
    for (const auto &[key, value] : std::as_const(toStore)) {
        m_store->write(key, value, [this](const QString &error) {
            m_keychainStatus->setText(error.isEmpty() ? QString()
                                                      : tr("Keychain: %1. The credentials are kept for this "
                                                           "session only.")
                                                            .arg(error));
            m_keychainStatus->setVisible(!error.isEmpty());
        });
    }
    settings.subprotocols = splitList(m_subprotocols->text());
    settings.eventTypes = splitList(m_eventTypes->text());
    settings.lastEventId = m_lastEventId->text();
    settings.reconnect = m_reconnect->isChecked();
    settings.maxMessageBytes = qint64(m_maxMessageMb->value()) * 1024 * 1024;
    settings.tls.caFile = m_caFile->text().trimmed();
    settings.tls.ignoreErrors = m_ignoreTls->isChecked();
    m_urlProblem->hide();
    m_connection->open(settings);
}

void InspectorWidget::connectionStateChanged(Live::LiveConnection::State state)
{
    const bool ws = m_connection->kind() == Live::Endpoint::Kind::WebSocket;
    switch (state) {
    case Live::LiveConnection::State::Closed:
        m_state->setText(tr("Not connected"));
        if (const QString id = m_connection->lastEventId(); !id.isEmpty())
            m_lastEventId->setText(id);
        break;
    case Live::LiveConnection::State::Connecting:
        m_state->setText(tr("Connecting…"));
        break;
    case Live::LiveConnection::State::Open:
        m_state->setText(ws ? tr("Open (WebSocket)") : tr("Open (Server-Sent Events)"));
        break;
    case Live::LiveConnection::State::Reconnecting:
        m_state->setText(tr("Reconnecting…"));
        break;
    }
    m_connect->setText(state == Live::LiveConnection::State::Closed ? tr("Connect") : tr("Disconnect"));
    const bool open = state == Live::LiveConnection::State::Open;
    m_ping->setEnabled(open && ws);
    m_send->setEnabled(open && ws);
    m_send->setToolTip(open && !ws ? tr("Server-Sent Events only receive") : tr("Send over the open WebSocket (Ctrl+Return)"));
}

void InspectorWidget::send()
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    const int idx = m_message->currentData().toInt();
    if (!m_connection->send(body, m_binary->isChecked(), m_message->count() > 0 ? idx : -1))
        return;
    const QString text = QString::fromUtf8(body);
    m_sent.removeAll(text);
    m_sent.prepend(text);
    while (m_sent.size() > MaxHistory)
        m_sent.removeLast();
    while (m_history->count() > 1)
        m_history->removeItem(1);
    for (const QString &s : std::as_const(m_sent))
        m_history->addItem(s.simplified().left(60), s);
}

QString InspectorWidget::savedDraftsKey(const Channel &channel)
{
    return u"inspector/saved/" + QString::fromLatin1(channel.name.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void InspectorWidget::saveDraft()
{
    const Channel *ch = currentChannel();
    if (!ch)
        return;
    QSettings settings;
    const QString key = savedDraftsKey(*ch);
    QStringList saved = settings.value(key).toStringList();
    const QString text = m_body->toPlainText();
    saved.removeAll(text);
    saved.prepend(text);
    while (saved.size() > MaxHistory)
        saved.removeLast();
    settings.setValue(key, saved);
    updateSaved();
}

void InspectorWidget::updateSaved()
{
    while (m_saved->count() > 1)
        m_saved->removeItem(1);
    const Channel *ch = currentChannel();
    if (!ch)
        return;
    for (const QString &s : QSettings().value(savedDraftsKey(*ch)).toStringList())
        m_saved->addItem(s.simplified().left(60), s);
}

} // namespace Signalbox
