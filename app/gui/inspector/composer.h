// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/elementid.h>
#include <live/liveconnection.h>

#include <QGroupBox>

#include <atomic>
#include <memory>
#include <utility>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Signalbox {

namespace AsyncApi {
struct Analysis;
struct Channel;
} // namespace AsyncApi

namespace Live {
class LiveSession;
}

/**
 * The inspector's composer: a message of the chosen channel or operation, started from one of
 * its examples or a generated sample, checked against the payload schema as you type; sent over
 * the LiveSession's open WebSocket, kept in a history, saved as drafts per channel.
 */
class Composer final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(Live::LiveSession *session, QWidget *parent = nullptr);
    ~Composer() override;

    /// Another channel or operation of \a analysis: its messages, the first one's start points.
    void setTarget(const std::shared_ptr<const AsyncApi::Analysis> &analysis, const AsyncApi::ElementId &target);
    /// A new analysis of the same document, the target kept: the draft is checked again; the
    /// messages follow it, and so do the start points when there were none but the empty object.
    void setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);

    QComboBox *messageBox() const { return m_message; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QComboBox *startBox() const { return m_start; }
    QPushButton *sendButton() const { return m_send; }
    QCheckBox *binaryBox() const { return m_binary; }
    QListWidget *draftProblems() const { return m_draftProblems; }
    /// Whether samples or the draft's check are still being computed (off this thread).
    bool isBusy() const { return m_jobs > 0; }

private:
    /// The chosen target's messages as the message box lists them: label and index in the channel.
    QList<std::pair<QString, int>> messageItems() const;
    void rebuildMessages();
    void refreshStartPoints();
    void startFrom(int index);
    void validateDraft();
    void send();
    void saveDraft();
    void updateSaved();
    void connectionStateChanged(Live::LiveConnection::State state);
    /// Where the drafts saved for \a channel are kept (QSettings; no secrets in them).
    static QString savedDraftsKey(const AsyncApi::Channel &channel);
    const AsyncApi::Channel *currentChannel() const;
    /// Counts the requests of one kind; a job whose request is no longer the newest is not done.
    using Generation = std::shared_ptr<std::atomic<quint64>>;
    /// Runs \a work on the inspector's own thread pool and \a done with its result here, unless \a generation moved on.
    template<typename Work, typename Done> void runOffThread(const Generation &generation, Work work, Done done);

    Live::LiveSession *m_session;
    std::shared_ptr<const AsyncApi::Analysis> m_analysis;
    AsyncApi::ElementId m_target;
    QComboBox *m_message;
    QComboBox *m_start;
    QPlainTextEdit *m_body;
    QListWidget *m_draftProblems;
    QPushButton *m_send;
    QCheckBox *m_binary;
    QComboBox *m_history;
    QComboBox *m_saved;
    QTimer *m_validateTimer;
    QStringList m_sent;
    // Shared with the jobs, which skip their work when a newer one has been asked for meanwhile.
    Generation m_startGeneration = std::make_shared<std::atomic<quint64>>(0);
    Generation m_draftGeneration = std::make_shared<std::atomic<quint64>>(0);
    int m_jobs = 0;
};

} // namespace Signalbox
