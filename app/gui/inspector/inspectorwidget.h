// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/elementid.h>

#include <QWidget>

#include <memory>

namespace Signalbox {

namespace AsyncApi {
struct Analysis;
}

namespace Live {
class LiveSession;
}

class Composer;
class ConnectionForm;

/**
 * The message inspector: the connection form above the composer, both on the window's
 * LiveSession, following the document's analysis (while shown: a hidden inspector catches up when
 * it is shown again; while connected, it stays on the connection's document and catches up after
 * Disconnect). What happens goes to the log from the session itself.
 */
class InspectorWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorWidget)

public:
    explicit InspectorWidget(Live::LiveSession *session, QWidget *parent = nullptr);
    ~InspectorWidget() override;

    /// The document's analysis; one without a model leaves the last good one in place.
    void setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis);
    /// The width at which the form needs no squeezing (narrower, it scrolls sideways).
    int preferredWidth() const;
    /// Selects a channel or operation; false when the document has no such one.
    bool selectTarget(const AsyncApi::ElementId &id);

    ConnectionForm *form() const { return m_form; }
    Composer *composer() const { return m_composer; }
    /// Whether samples, the matcher or the draft's check are still being computed (off this thread).
    bool isBusy() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// The chosen target's channel is the one messages are checked against.
    void matchChosenChannel(const std::shared_ptr<const AsyncApi::Analysis> &analysis);

    Live::LiveSession *m_session;
    ConnectionForm *m_form;
    Composer *m_composer;
    QWidget *m_content;
    // Arrived while hidden, or for another document while connected: shown when that ends.
    std::shared_ptr<const AsyncApi::Analysis> m_pendingAnalysis;
};

} // namespace Signalbox
