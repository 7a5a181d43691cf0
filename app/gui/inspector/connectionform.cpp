// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "connectionform.h"

#include "credentialstore.h"

#include <asyncapi/analysis.h>
#include <live/endpoint.h>
#include <live/livesession.h>
#include <live/target.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>

namespace Signalbox {

using AsyncApi::Channel;
using AsyncApi::Server;

namespace {

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
        return ConnectionForm::tr("%1 (bearer token)").arg(s.name);
    case Live::SecurityScheme::Kind::Basic:
        return ConnectionForm::tr("%1 (user, password)").arg(s.name);
    case Live::SecurityScheme::Kind::ApiKeyHeader:
        return ConnectionForm::tr("%1 (header %2)").arg(s.name, s.parameter);
    case Live::SecurityScheme::Kind::ApiKeyQuery:
        return ConnectionForm::tr("%1 (query %2)").arg(s.name, s.parameter);
    case Live::SecurityScheme::Kind::ApiKeyCookie:
        return ConnectionForm::tr("%1 (cookie %2)").arg(s.name, s.parameter);
    case Live::SecurityScheme::Kind::Unsupported:
        break;
    }
    return s.name;
}

} // namespace

ConnectionForm::ConnectionForm(Live::LiveSession *session, QWidget *parent)
    : QGroupBox(tr("Connection"), parent)
    , m_session(session)
    , m_store(new CredentialStore(this))
    , m_server(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_valuesBox(new QWidget(this))
    , m_values(new QFormLayout(m_valuesBox))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_standInNote(new QLabel(this))
    , m_credentialsBox(new QWidget(this))
    , m_credentials(new QFormLayout(m_credentialsBox))
    , m_remember(new QCheckBox(tr("Remember in the keychain"), this))
    , m_keychainStatus(new QLabel(this))
    , m_subprotocols(new QLineEdit(this))
    , m_eventTypes(new QLineEdit(this))
    , m_lastEventId(new QLineEdit(this))
    , m_reconnect(new QCheckBox(tr("Reconnect after a drop"), this))
    , m_caFile(new QLineEdit(this))
    , m_maxMessageMb(new QSpinBox(this))
    , m_closeCode(new QSpinBox(this))
    , m_closeReason(new QLineEdit(this))
    , m_ignoreTls(new QCheckBox(tr("Ignore certificate errors"), this))
    , m_tlsWarning(new QLabel(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_ping(new QPushButton(tr("Ping"), this))
    , m_state(new QLabel(tr("Not connected"), this))
{
    connect(m_session, &Live::LiveSession::stateChanged, this, &ConnectionForm::connectionStateChanged);
    connect(m_session, &Live::LiveSession::finished, this, &ConnectionForm::connectionFinished);
    // Where the session got to is said beside the field, never typed into it: the next Connect
    // resumes from what the user wrote there.
    connect(m_session, &Live::LiveSession::entriesArrived, this, [this] {
        const QString id = m_session->lastEventId();
        const QString hint = id.isEmpty() ? tr("SSE: resume after this event ID")
                                          : tr("SSE: resume after this event ID (last received: %1)").arg(id);
        m_lastEventId->setPlaceholderText(hint);
        m_lastEventId->setToolTip(hint);
    });

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_server->setObjectName(QStringLiteral("inspectorServer"));
    m_target->setObjectName(QStringLiteral("inspectorTarget"));
    m_target->setPlaceholderText(tr("No channel on this server"));
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
    m_standInNote->setObjectName(QStringLiteral("inspectorStandIn"));
    m_standInNote->setWordWrap(true);
    m_standInNote->hide();
    form->addRow(m_standInNote);
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
    m_options = new QFormLayout;
    QFormLayout *optionsForm = m_options;
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
    m_closeRow = closeRow;
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
    m_caRow = caRow;
    optionsForm->addRow(m_ignoreTls);
    m_tlsWarning->setText(tr("⚠ Certificate errors will be ignored for this connection: anyone on the way can "
                             "read and change the traffic."));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_tlsWarning->hide();
    // The warning's row, not only the label: a hidden form row keeps no room for a shown label.
    connect(m_ignoreTls, &QCheckBox::toggled, this, &ConnectionForm::updateOptionRows);
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
    connect(m_connect, &QPushButton::clicked, this, &ConnectionForm::toggleConnection);
    connect(m_ping, &QPushButton::clicked, m_session, &Live::LiveSession::ping);

    connect(m_server, &QComboBox::currentIndexChanged, this, [this] {
        m_urlEdited = false;
        setStandIn({});                 // it stood in for the server chosen before
        m_ignoreTls->setChecked(false); // allowed for one server, not for the next
        rebuildTargets();               // the server's channels; its variables at their defaults
        rebuildCredentials();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_urlEdited = false;
        rebuildValues();
        emit targetChanged(currentTarget());
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_urlEdited = true;
        setStandIn({}); // the address is the user's now
    });
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionForm::addressChanged);
    // Long names must not widen the dock: combo boxes elide.
    for (QComboBox *box : {m_server, m_target}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    rebuildServers();
    connectionStateChanged(Live::LiveConnection::State::Closed);
    updateOptionRows();
}

ConnectionForm::~ConnectionForm() = default;

bool ConnectionForm::setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis)
{
    if (analysis->filePath != m_documentPath) {
        m_ignoreTls->setChecked(false); // allowed for one document's server, not for another's
        m_documentPath = analysis->filePath;
        setStandIn({});
    }
    m_analysis = analysis;
    rebuildServers();
    return rebuildTargets();
}

void ConnectionForm::rebuildServers()
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
        if (const Server *s = Live::defaultServer(*m_analysis->spec))
            index = m_server->findData(s->name);
    }
    m_server->setCurrentIndex(index);
    m_server->blockSignals(false);
    rebuildValues();
    rebuildCredentials();
}

bool ConnectionForm::rebuildTargets()
{
    const QString current = m_target->currentData().toString();
    QStringList ids;
    QStringList texts;
    if (m_analysis) {
        // The chosen server's channels (and their operations); all of them for a custom URL.
        const Server *server = currentServer();
        auto onServer = [server](const Channel *c) { return !server || !c || Live::isOnServer(*c, server->name); };
        for (const Channel &c : m_analysis->spec->channels) {
            if (!onServer(&c))
                continue;
            ids << AsyncApi::ElementId::channel(c.name).toString();
            texts << (c.address.isEmpty() || c.address == c.name ? c.name : c.name + u" — " + c.address);
        }
        for (const AsyncApi::Operation &o : m_analysis->spec->operations) {
            if (!onServer(m_analysis->spec->channel(o.channel)))
                continue;
            ids << AsyncApi::ElementId::operation(o.name).toString();
            texts << tr("%1 (%2 operation)").arg(o.name, AsyncApi::actionLabel(o));
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
    emit targetChanged(currentTarget());
    return true;
}

bool ConnectionForm::selectTarget(const AsyncApi::ElementId &id)
{
    if (!m_analysis)
        return false;
    const AsyncApi::Spec &spec = *m_analysis->spec;
    if (id.kind == AsyncApi::ElementId::Kind::Channel ? !spec.channel(id.name) : !Live::operationOf(spec, id))
        return false;
    if (m_session->state() != Live::LiveConnection::State::Closed) {
        if (id != currentTarget()) {
            m_state->setText(
                m_state->text().section(u'\n', 0, 0) + u'\n' +
                tr("Disconnect to inspect %1: the connection goes to %2.").arg(id.name, m_target->currentText()));
        }
        return false;
    }
    // A server the channel is on: the chosen one when it is, else one it lists (a custom URL stays).
    if (const Channel *ch = Live::channelOf(spec, id); ch && currentServer()) {
        if (const Server *s = Live::serverFor(spec, *ch, m_server->currentData().toString()))
            m_server->setCurrentIndex(m_server->findData(s->name));
    }
    const int i = m_target->findData(id.toString());
    if (i < 0)
        return false;
    m_target->setCurrentIndex(i);
    return true;
}

bool ConnectionForm::connectToStandIn(const QString &server, const QString &channel, const QUrl &origin,
                                      const QString &credential)
{
    if (!m_analysis || m_session->state() != Live::LiveConnection::State::Closed || !m_analysis->spec->channel(channel))
        return false;
    const int index = m_server->findData(server);
    if (index < 0 || server.isEmpty())
        return false;
    m_server->setCurrentIndex(index);
    if (!selectTarget(AsyncApi::ElementId::channel(channel)) || m_server->currentData().toString() != server)
        return false;
    m_urlEdited = false;
    setStandIn(origin);
    updateUrl(); // a new address: the credentials form is rebuilt for it
    for (int i = 0; i < m_schemes.size() && i < m_secretEdits.size(); ++i) {
        const auto &[user, secret] = m_secretEdits.at(i);
        if (!secret)
            continue;
        if (user) {
            user->setText(credential.section(u':', 0, 0));
            secret->setText(credential.section(u':', 1));
        } else {
            secret->setText(credential);
        }
        secret->setProperty("fromKeychain", false);
    }
    if (!m_urlProblem->text().isEmpty()) {
        // A parameter without a value to start from (or one refused): the user's to fill in.
        for (QComboBox *box : m_valuesBox->findChildren<QComboBox *>()) {
            if (box->currentText().isEmpty()) {
                box->setFocus();
                break;
            }
        }
        return true;
    }
    toggleConnection();
    return true;
}

void ConnectionForm::setStandIn(const QUrl &origin)
{
    m_standIn = origin;
    m_standInNote->setText(origin.isValid() ? tr("To the mock server at %1, not to the server's address.")
                                                  .arg(origin.host() + u':' + QString::number(origin.port()))
                                            : QString());
    m_standInNote->setVisible(origin.isValid());
}

AsyncApi::ElementId ConnectionForm::currentTarget() const
{
    return AsyncApi::ElementId::fromString(m_target->currentData().toString());
}

const Server *ConnectionForm::currentServer() const
{
    const QString name = m_server->currentData().toString();
    return m_analysis && !name.isEmpty() ? m_analysis->spec->server(name) : nullptr;
}

const Channel *ConnectionForm::currentChannel() const
{
    return m_analysis ? Live::channelOf(*m_analysis->spec, currentTarget()) : nullptr;
}

void ConnectionForm::rebuildValues()
{
    // The same variables and parameters of the same server and channel as before: the form stays as
    // it is (and keeps the focus).
    const Server *server = currentServer();
    const Channel *channel = currentChannel();
    const QString serverScope = m_documentPath + u'\n' + (server ? server->name : QString());
    const QString channelScope = m_documentPath + u'\n' + (channel ? channel->name : QString());
    QStringList signature{serverScope};
    if (server)
        for (const AsyncApi::ServerVariable &v : server->variables)
            signature << v.name << v.enumValues.join(u'\n') << v.defaultValue << v.description;
    signature << QStringLiteral("|") << channelScope;
    if (channel)
        for (const AsyncApi::Parameter &p : channel->parameters)
            signature << p.name << p.enumValues.join(u'\n') << p.defaultValue << p.examples.join(u'\n')
                      << p.description;
    if (signature == m_valuesSignature && m_values->rowCount() > 0) {
        updateUrl();
        return;
    }
    m_valuesSignature = signature;
    // What the user changed stays while it is for the same server (or channel) of the same document
    // and still allowed there; the rest starts from the new defaults. Another server's variables
    // (say its port) are never those of the last one.
    QMap<QString, QString> typed; // scope and name → value
    for (QComboBox *box : m_valuesBox->findChildren<QComboBox *>())
        if (box->currentText() != box->property("initial").toString())
            typed.insert(box->property("scope").toString() + u'\n' + box->objectName(), box->currentText());
    while (m_values->rowCount() > 0)
        m_values->removeRow(0);
    auto addRow = [&](const QString &key, const QString &scope, const QString &label, const QStringList &choices,
                      const QStringList &allowed, const QString &initial, const QString &help) {
        auto *box = new QComboBox(m_valuesBox);
        box->setEditable(true);
        box->setObjectName(key);
        box->setProperty("scope", scope);
        box->setProperty("initial", initial);
        box->addItems(choices);
        const auto given = typed.constFind(scope + u'\n' + key);
        box->setCurrentText(given != typed.cend() && (allowed.isEmpty() || allowed.contains(*given)) ? *given
                                                                                                     : initial);
        box->setToolTip(help);
        connect(box, &QComboBox::currentTextChanged, this, &ConnectionForm::updateUrl);
        m_values->addRow(label, box);
    };
    if (server)
        for (const AsyncApi::ServerVariable &v : server->variables)
            addRow(u"var:" + v.name, serverScope, u'{' + v.name + u'}',
                   v.enumValues.isEmpty() && !v.defaultValue.isEmpty() ? QStringList{v.defaultValue} : v.enumValues,
                   v.enumValues, Live::initialValue(v), v.description);
    if (channel)
        for (const AsyncApi::Parameter &p : channel->parameters) {
            QStringList choices = p.enumValues;
            for (const QString &e : p.examples)
                if (!choices.contains(e))
                    choices << e;
            if (!p.defaultValue.isEmpty() && !choices.contains(p.defaultValue))
                choices.prepend(p.defaultValue);
            addRow(u"param:" + p.name, channelScope, u'{' + p.name + u'}', choices, p.enumValues, Live::initialValue(p),
                   p.description);
        }
    m_valuesBox->setVisible(m_values->rowCount() > 0);
    updateUrl();
}

void ConnectionForm::updateUrl()
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
    QUrl url = e.url;
    if (m_standIn.isValid() && url.isValid()) {
        // The path is the document's; where it goes is the stand-in's (plain text, as the mock serves).
        url.setScheme(e.kind == Live::Endpoint::Kind::WebSocket ? QStringLiteral("ws") : QStringLiteral("http"));
        url.setHost(m_standIn.host());
        url.setPort(m_standIn.port());
    }
    if (!m_urlEdited) {
        m_settingUrl = true;
        m_url->setText(url.isValid() ? url.toString() : QString());
        m_settingUrl = false;
    }
    m_urlProblem->setText(e.error);
    m_urlProblem->setVisible(!e.error.isEmpty());
}

QString ConnectionForm::credentialKey(const QUrl &url, const QString &schemeName)
{
    return originOf(url) + u'/' + schemeName;
}

QUrl ConnectionForm::currentAddress() const
{
    return QUrl(m_url->text().trimmed(), QUrl::StrictMode);
}

void ConnectionForm::addressChanged()
{
    updateOptionRows();
    const QString origin = originOf(currentAddress());
    if (origin == m_credentialOrigin)
        return;
    // Another address: what was allowed for the old one goes, and stored secrets are those of the new one.
    m_ignoreTls->setChecked(false);
    rebuildCredentials();
}

void ConnectionForm::rebuildCredentials()
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
    m_schemes = s && m_analysis ? Live::serverSecurity(*s) : QList<Live::SecurityScheme>{};
    for (const Live::SecurityScheme &scheme : std::as_const(m_schemes)) {
        if (scheme.kind == Live::SecurityScheme::Kind::Unsupported) {
            auto *note =
                new QLabel(scheme.problem.isEmpty()
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
            m_store->read(
                credentialKey(address, scheme.name), [this, u, sec](const QString &value, const QString &error) {
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

void ConnectionForm::toggleConnection()
{
    if (m_session->state() != Live::LiveConnection::State::Closed) {
        m_session->close(m_closeCode->value(), m_closeReason->text());
        return;
    }
    Live::ConnectionSettings settings;
    settings.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    settings.kind = Live::endpointKind(settings.url.scheme());
    if (!settings.url.isValid() || settings.url.host().isEmpty() ||
        settings.kind == Live::Endpoint::Kind::Unsupported) {
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
    // Credentials in clear text: only when the user says so, for this connection. To the window's
    // own mock on this machine they do not travel anywhere.
    const bool toLocalStandIn = m_standIn.isValid() && originOf(settings.url) == originOf(m_standIn) &&
                                QHostAddress(settings.url.host()).isLoopback();
    if (const QStringList clear = Live::plaintextCredentials(settings.url, settings.headers, settings.schemes);
        !clear.isEmpty() && !toLocalStandIn) {
        QMessageBox ask(QMessageBox::Warning, tr("Send credentials without encryption?"),
                        tr("%1 is not encrypted: %2 would travel in clear text, and anyone on the way could read "
                           "them.\n\nSend them all the same, for this connection?")
                            .arg(settings.url.scheme() + QLatin1String("://") + settings.url.host(),
                                 clear.join(QLatin1String(", "))),
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
    m_session->open(settings);
}

void ConnectionForm::updateOptionRows()
{
    const QString scheme = currentAddress().scheme().toLower();
    const Live::Endpoint::Kind kind = Live::endpointKind(scheme);
    const bool ws = kind != Live::Endpoint::Kind::ServerSentEvents;
    const bool sse = kind != Live::Endpoint::Kind::WebSocket;
    const bool tls =
        kind == Live::Endpoint::Kind::Unsupported || scheme == QLatin1String("wss") || scheme == QLatin1String("https");
    m_options->setRowVisible(m_subprotocols, ws);
    m_options->setRowVisible(m_closeRow, ws);
    m_options->setRowVisible(m_eventTypes, sse);
    m_options->setRowVisible(m_lastEventId, sse);
    m_options->setRowVisible(m_caRow, tls);
    m_options->setRowVisible(m_ignoreTls, tls);
    m_options->setRowVisible(m_tlsWarning, tls && m_ignoreTls->isChecked());
    m_maxMessageMb->setToolTip(kind == Live::Endpoint::Kind::ServerSentEvents
                                   ? tr("Server-Sent Events: a larger event is skipped (the log says so)")
                                   : tr("WebSocket: a larger incoming message closes the connection (1009)"));
}

void ConnectionForm::connectionFinished(const QString &reason, bool failed)
{
    if (reason.isEmpty() || m_session->state() != Live::LiveConnection::State::Closed)
        return;
    m_state->setText(failed ? tr("Could not connect: %1").arg(reason) : tr("Closed: %1").arg(reason));
    m_state->setStyleSheet(failed ? QStringLiteral("color: #c0392b") : QString());
}

void ConnectionForm::connectionStateChanged(Live::LiveConnection::State state)
{
    const bool ws = m_session->kind() == Live::Endpoint::Kind::WebSocket;
    m_state->setStyleSheet(QString());
    switch (state) {
    case Live::LiveConnection::State::Closed:
        m_state->setText(tr("Not connected"));
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
    const bool closed = state == Live::LiveConnection::State::Closed;
    m_connect->setText(closed ? tr("Connect") : tr("Disconnect"));
    const bool open = state == Live::LiveConnection::State::Open;
    m_ping->setEnabled(open && ws);
    // Where the connection goes is fixed while it lasts: the form keeps showing it, and Send goes there.
    const QString fixed = closed ? QString() : tr("Disconnect to choose another server, channel or address");
    for (QWidget *target : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_target), m_valuesBox,
                            static_cast<QWidget *>(m_url)}) {
        target->setEnabled(closed);
        target->setToolTip(fixed);
    }
}

} // namespace Signalbox
