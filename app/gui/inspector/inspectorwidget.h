// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <live/liveconnection.h>
#include <live/security.h>

#include <QUrl>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Signalbox {

namespace AsyncApi {
struct Analysis;
struct Channel;
struct Operation;
struct Server;
class MessageMatcher;
} // namespace AsyncApi

class CredentialStore;

/**
 * The message inspector: connect to a server and channel (or operation) of the document, or to
 * any URL, over WebSocket or Server-Sent Events; fill server variables, channel parameters and
 * credentials (kept in the system keychain when asked); compose messages from examples or
 * samples, checked against the payload schema as you type; send, keep a history, save drafts per
 * channel. What happens goes to the log as LiveConnection entries.
 */
class InspectorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWidget)

public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    /// The document's analysis; one without a model leaves the last good one in place.
    void setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    /// The width at which the form needs no squeezing.
    int preferredWidth() const;
    /// Selects a channel ("channel:NAME") or operation ("operation:NAME").
    bool selectTarget(const QString &id);

    Live::LiveConnection *connection() const { return m_connection; }
    QComboBox *serverBox() const { return m_server; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *connectButton() const { return m_connect; }
    QComboBox *messageBox() const { return m_message; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *sendButton() const { return m_send; }
    QCheckBox *binaryBox() const { return m_binary; }
    QSpinBox *closeCodeBox() const { return m_closeCode; }
    QLineEdit *closeReasonEdit() const { return m_closeReason; }
    QListWidget *draftProblems() const { return m_problems; }
    QLabel *stateLabel() const { return m_state; }
    QCheckBox *ignoreTlsBox() const { return m_ignoreTls; }
    QLabel *keychainStatus() const { return m_keychainStatus; }
    /// Whether samples, the matcher or the draft's check are still being computed (off this thread).
    bool isBusy() const { return m_jobs > 0; }

    /**
     * The keychain entry of \a scheme's secret for connections to \a url: its scheme, host and port
     * (the resolved ones, not the document's template) and the scheme's name, so that a secret is
     * only ever filled in for the address it was stored for.
     */
    static QString credentialKey(const QUrl &url, const QString &schemeName);

signals:
    void entries(const std::vector<Signalbox::Live::LogEntry> &batch);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildServers();
    /// True when the target changed and its messages were rebuilt.
    bool rebuildTargets();
    void rebuildValues();
    void rebuildCredentials();
    void rebuildMatcher();
    void rebuildMessages();
    void updateUrl();
    void toggleConnection();
    void connectionStateChanged(Live::LiveConnection::State state);
    void startFrom(int index);
    void validateDraft();
    void send();
    void saveDraft();
    void updateSaved();
    /// Where the drafts saved for \a channel are kept (QSettings; no secrets in them).
    static QString savedDraftsKey(const AsyncApi::Channel &channel);
    const AsyncApi::Server *currentServer() const;
    const AsyncApi::Channel *currentChannel() const;
    /// The chosen operation, null when a channel is chosen.
    const AsyncApi::Operation *currentOperation() const;
    QStringList currentMessageNames() const;
    /// The address the connection would go to (the URL field), for keychain keys.
    QUrl currentAddress() const;
    /// The URL field changed: a new address resets what was allowed for the old one.
    void addressChanged();
    /// Counts the requests of one kind; a job whose request is no longer the newest is not done.
    using Generation = std::shared_ptr<std::atomic<quint64>>;
    /// Runs \a work on the inspector's own thread pool and \a done with its result here, unless \a generation moved on.
    template<typename Work, typename Done>
    void runOffThread(const Generation &generation, Work work, Done done);

    std::shared_ptr<const AsyncApi::Analysis> m_analysis; // last one with a model
    std::shared_ptr<const AsyncApi::Analysis> m_hiddenAnalysis; // arrived while hidden
    QStringList m_valuesSignature;
    std::shared_ptr<const AsyncApi::MessageMatcher> m_matcher;
    Live::LiveConnection *m_connection;
    CredentialStore *m_store;
    QList<Live::SecurityScheme> m_schemes;
    QList<QPair<QLineEdit *, QLineEdit *>> m_secretEdits; // (user, secret) per scheme

    QWidget *m_content = nullptr;
    QComboBox *m_server;
    QComboBox *m_target;
    QWidget *m_valuesBox;
    QFormLayout *m_values;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QWidget *m_credentialsBox;
    QFormLayout *m_credentials;
    QCheckBox *m_remember;
    QLabel *m_keychainStatus;
    QLineEdit *m_subprotocols;
    QLineEdit *m_eventTypes;
    QLineEdit *m_lastEventId;
    QCheckBox *m_reconnect;
    QLineEdit *m_caFile;
    QSpinBox *m_maxMessageMb;
    QSpinBox *m_closeCode;
    QLineEdit *m_closeReason;
    QCheckBox *m_binary;
    QCheckBox *m_ignoreTls;
    QLabel *m_tlsWarning;
    QPushButton *m_connect;
    QPushButton *m_ping;
    QLabel *m_state;

    QGroupBox *m_composer;
    QComboBox *m_message;
    QComboBox *m_start;
    QPlainTextEdit *m_body;
    QListWidget *m_problems;
    QPushButton *m_send;
    QComboBox *m_history;
    QComboBox *m_saved;
    QTimer *m_validateTimer;
    QStringList m_sent;
    bool m_urlEdited = false;
    bool m_settingUrl = false;
    QString m_credentialOrigin; // scheme://host:port the credentials form was filled for
    QString m_documentPath;     // of the analysis shown
    // Shared with the jobs, which skip their work when a newer one has been asked for meanwhile.
    Generation m_matcherGeneration = std::make_shared<std::atomic<quint64>>(0);
    Generation m_startGeneration = std::make_shared<std::atomic<quint64>>(0);
    Generation m_draftGeneration = std::make_shared<std::atomic<quint64>>(0);
    int m_jobs = 0;
};

} // namespace Signalbox
