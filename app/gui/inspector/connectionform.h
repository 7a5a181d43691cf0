// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/elementid.h>
#include <live/liveconnection.h>
#include <live/security.h>

#include <QGroupBox>
#include <QUrl>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Signalbox {

namespace AsyncApi {
struct Analysis;
struct Channel;
struct Operation;
struct Server;
} // namespace AsyncApi

namespace Live {
class LiveSession;
}

class CredentialStore;

/**
 * Where the inspector connects: a server and a channel (or operation) of the document, or any
 * URL, over WebSocket or Server-Sent Events; server variables, channel parameters, credentials
 * (kept in the system keychain when asked) and options. It makes the Live::ConnectionSettings and
 * asks the LiveSession to open or close.
 */
class ConnectionForm final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)

public:
    explicit ConnectionForm(Live::LiveSession *session, QWidget *parent = nullptr);
    ~ConnectionForm() override;

    /// The document's analysis (one with a model); true when the chosen target changed with it (targetChanged() said
    /// so).
    bool setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    /// The last analysis with a model.
    const std::shared_ptr<const AsyncApi::Analysis> &analysis() const { return m_analysis; }
    /**
     * Selects a channel or an operation, and a server it is on when the chosen one is not; false
     * when the document has no such one, or while connected (the form shows the connection's target
     * until Disconnect, and says so).
     */
    bool selectTarget(const AsyncApi::ElementId &id);
    /// The chosen channel or operation (None when the document has neither).
    AsyncApi::ElementId currentTarget() const;
    /**
     * Connects to a stand-in for \a server of the document (the window's mock server): chooses that
     * server and \a channel, sends the connection to \a origin (its scheme, host and port) instead of
     * the server's address, fills in \a credential for the server's security schemes (a token or
     * key, or user:password) and connects. Credentials to a stand-in on a loopback address go
     * without the clear-text question: they do not leave the machine. When a parameter has no
     * value to start from, it stops before connecting, its field focused for the user to fill in.
     * The stand-in holds (the URL follows the parameters) until another server is chosen, the URL
     * is typed over or another document is shown. False when there is no such server or channel,
     * or while connected.
     */
    bool connectToStandIn(const QString &server, const QString &channel, const QUrl &origin, const QString &credential);
    /// Where connectToStandIn() sends the connection; empty when the form goes to the document's servers.
    QUrl standIn() const { return m_standIn; }

    QComboBox *serverBox() const { return m_server; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QSpinBox *closeCodeBox() const { return m_closeCode; }
    QLineEdit *closeReasonEdit() const { return m_closeReason; }
    QLineEdit *subprotocolsEdit() const { return m_subprotocols; }
    QLineEdit *eventTypesEdit() const { return m_eventTypes; }
    QLineEdit *lastEventIdEdit() const { return m_lastEventId; }
    QLabel *stateLabel() const { return m_state; }
    QCheckBox *ignoreTlsBox() const { return m_ignoreTls; }
    QLabel *keychainStatus() const { return m_keychainStatus; }

    /**
     * The keychain entry of \a scheme's secret for connections to \a url: its scheme, host and port
     * (the resolved ones, not the document's template) and the scheme's name, so that a secret is
     * only ever filled in for the address it was stored for.
     */
    static QString credentialKey(const QUrl &url, const QString &schemeName);

signals:
    /// Another channel or operation was chosen (by the user, selectTarget() or a new document).
    void targetChanged(const Signalbox::AsyncApi::ElementId &target);

private:
    void rebuildServers();
    /// True when the target changed (and targetChanged() was emitted).
    bool rebuildTargets();
    void rebuildValues();
    void rebuildCredentials();
    void updateUrl();
    void toggleConnection();
    void connectionStateChanged(Live::LiveConnection::State state);
    /// The connection ended: why, in the form itself.
    void connectionFinished(const QString &reason, bool failed);
    /// Shows the options that apply to the URL's protocol (all when it has none we know).
    void updateOptionRows();
    const AsyncApi::Server *currentServer() const;
    const AsyncApi::Channel *currentChannel() const;
    /// The address the connection would go to (the URL field), for keychain keys.
    QUrl currentAddress() const;
    /// The URL field changed: a new address resets what was allowed for the old one.
    void addressChanged();
    void setStandIn(const QUrl &origin);

    Live::LiveSession *m_session;
    std::shared_ptr<const AsyncApi::Analysis> m_analysis; // last one with a model
    QStringList m_valuesSignature;
    CredentialStore *m_store;
    QList<Live::SecurityScheme> m_schemes;
    QList<QPair<QLineEdit *, QLineEdit *>> m_secretEdits; // (user, secret) per scheme

    QComboBox *m_server;
    QComboBox *m_target;
    QWidget *m_valuesBox;
    QFormLayout *m_values;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QLabel *m_standInNote;
    QWidget *m_credentialsBox;
    QFormLayout *m_credentials;
    QCheckBox *m_remember;
    QLabel *m_keychainStatus;
    QLineEdit *m_subprotocols;
    QLineEdit *m_eventTypes;
    QLineEdit *m_lastEventId;
    QCheckBox *m_reconnect;
    QFormLayout *m_options;
    QLayout *m_closeRow;
    QLayout *m_caRow;
    QLineEdit *m_caFile;
    QSpinBox *m_maxMessageMb;
    QSpinBox *m_closeCode;
    QLineEdit *m_closeReason;
    QCheckBox *m_ignoreTls;
    QLabel *m_tlsWarning;
    QPushButton *m_connect;
    QPushButton *m_ping;
    QLabel *m_state;
    bool m_urlEdited = false;
    bool m_settingUrl = false;
    QString m_credentialOrigin; // scheme://host:port the credentials form was filled for
    QString m_documentPath;     // of the analysis shown
    QUrl m_standIn;             // scheme://host:port that stands in for the chosen server, see connectToStandIn()
};

} // namespace Signalbox
