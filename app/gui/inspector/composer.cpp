// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "composer.h"

#include <asyncapi/analysis.h>
#include <asyncapi/messages/messagematcher.h>
#include <asyncapi/messages/samples.h>
#include <live/livesession.h>
#include <live/target.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTextBlock>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <type_traits>

namespace Signalbox {

using AsyncApi::Channel;

namespace {

constexpr int MaxHistory = 50;

/** What the composer can start from for one message: its examples and a generated sample. */
struct StartPoints
{
    QList<AsyncApi::MessageBody> examples;
    std::optional<AsyncApi::MessageBody> sample;
};

} // namespace

Composer::Composer(Live::LiveSession *session, QWidget *parent)
    : QGroupBox(tr("Compose"), parent)
    , m_session(session)
    , m_message(new QComboBox(this))
    , m_start(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_draftProblems(new QListWidget(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_binary(new QCheckBox(tr("Binary"), this))
    , m_history(new QComboBox(this))
    , m_saved(new QComboBox(this))
    , m_validateTimer(new QTimer(this))
{
    connect(m_session, &Live::LiveSession::stateChanged, this, &Composer::connectionStateChanged);

    auto *composer = new QVBoxLayout(this);
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
    m_draftProblems->setObjectName(QStringLiteral("inspectorDraftProblems"));
    m_draftProblems->setMaximumHeight(m_draftProblems->fontMetrics().height() * 5);
    // Severity icons at the text's height, as in the problems panel, not the list's large default.
    const int iconSide = m_draftProblems->fontMetrics().height();
    m_draftProblems->setIconSize(QSize(iconSide, iconSide));
    composer->addWidget(m_draftProblems);
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
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(save, &QPushButton::clicked, this, &Composer::saveDraft);
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
    connect(m_validateTimer, &QTimer::timeout, this, &Composer::validateDraft);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        ++*m_draftGeneration; // a check on its way is for the old text
        m_validateTimer->start();
    });
    connect(m_draftProblems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QTextBlock block = m_body->document()->findBlockByNumber(item->data(Qt::UserRole).toInt());
        if (!block.isValid())
            return;
        QTextCursor c(block);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                       std::min(item->data(Qt::UserRole + 1).toInt(), int(block.length()) - 1));
        m_body->setTextCursor(c);
        m_body->setFocus();
    });

    connect(m_message, &QComboBox::currentIndexChanged, this, [this] { refreshStartPoints(); });
    connect(m_start, &QComboBox::activated, this, &Composer::startFrom);
    // Long names must not widen the dock: combo boxes elide.
    for (QComboBox *box : {m_message, m_start, m_history, m_saved}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    connectionStateChanged(Live::LiveConnection::State::Closed);
}

Composer::~Composer() = default;

void Composer::setTarget(const std::shared_ptr<const AsyncApi::Analysis> &analysis, const AsyncApi::ElementId &target)
{
    m_analysis = analysis;
    m_target = target;
    rebuildMessages();
}

void Composer::setAnalysis(const std::shared_ptr<const AsyncApi::Analysis> &analysis)
{
    // The same target in a newer text: its messages, examples and schemas may have changed (a
    // reference that did not resolve while the user typed does now).
    const QString shown = m_message->currentText();
    QList<std::pair<QString, int>> before;
    for (int i = 0; i < m_message->count(); ++i)
        before.append({m_message->itemText(i), m_message->itemData(i).toInt()});
    m_analysis = analysis;
    const Channel *ch = currentChannel();
    if (messageItems() != before) {
        rebuildMessages();
        if (const int again = m_message->findText(shown); again >= 0)
            m_message->setCurrentIndex(again);
    } else if (m_start->count() <= 1 && !m_jobs && ch) {
        // Nothing to start from but the empty object (the message's reference did not resolve
        // while the user typed, say): offer what the message has now.
        const int idx = m_message->currentData().toInt();
        if (idx >= 0 && idx < ch->messages.size() &&
            (ch->messages.at(idx).payload || !ch->messages.at(idx).examples.isEmpty()))
            refreshStartPoints();
    }
    m_validateTimer->start();
}

const Channel *Composer::currentChannel() const
{
    return m_analysis ? Live::channelOf(*m_analysis->spec, m_target) : nullptr;
}

template<typename Work, typename Done> void Composer::runOffThread(const Generation &generation, Work work, Done done)
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
    watcher->setFuture(QtConcurrent::run(Live::LiveSession::jobPool(), [work, generation, mine]() -> Result {
        if (*generation != mine) // asked for again meanwhile: this answer would be thrown away
            return Result{};
        try {
            return work();
        } catch (...) { // out of memory, say: nothing to show rather than a lost window
            return Result{};
        }
    }));
}

QList<std::pair<QString, int>> Composer::messageItems() const
{
    QList<std::pair<QString, int>> items;
    const Channel *ch = currentChannel();
    if (!ch)
        return items;
    const QStringList names = Live::messageNames(*m_analysis->spec, m_target);
    for (int i = 0; i < ch->messages.size(); ++i) {
        const AsyncApi::Message &m = ch->messages.at(i);
        if (names.contains(m.name))
            items.append({m.title.isEmpty() ? m.name : m.title, i});
    }
    return items;
}

void Composer::rebuildMessages()
{
    m_message->blockSignals(true);
    m_message->clear();
    for (const auto &[label, index] : messageItems())
        m_message->addItem(label, index);
    m_message->blockSignals(false);
    emit m_message->currentIndexChanged(m_message->currentIndex());
    updateSaved();
}

void Composer::refreshStartPoints()
{
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
                QString label =
                    example.otherFile.isEmpty()
                        ? tr("Example: %1").arg(example.name)
                        : tr("Example: %1 (from %2)").arg(example.name, QFileInfo(example.otherFile).fileName());
                if (example.truncated)
                    label += u' ' + tr("(cut at its size limit)");
                m_start->addItem(label, QString::fromUtf8(example.text));
                if (!example.otherFile.isEmpty())
                    m_start->setItemData(m_start->count() - 1,
                                         tr("This example takes content from %1").arg(example.otherFile),
                                         Qt::ToolTipRole);
            }
            if (points.sample)
                m_start->addItem(points.sample->truncated ? tr("Generated sample (cut at its size limit)")
                                                          : tr("Generated sample"),
                                 QString::fromUtf8(points.sample->text));
            m_start->addItem(tr("Empty object"), QStringLiteral("{}"));
            m_start->blockSignals(false);
            startFrom(0);
        });
}

void Composer::startFrom(int index)
{
    if (index >= 0 && index < m_start->count())
        m_body->setPlainText(m_start->itemData(index).toString());
}

void Composer::validateDraft()
{
    const Channel *ch = currentChannel();
    const int idx = m_message->currentData().toInt();
    const QByteArray text = m_body->toPlainText().toUtf8();
    if (!ch || !m_analysis || idx < 0 || idx >= ch->messages.size() || text.trimmed().isEmpty()) {
        ++*m_draftGeneration; // a check on its way is for another text
        m_draftProblems->clear();
        m_body->setExtraSelections({});
        return;
    }
    const AsyncApi::Message &m = ch->messages.at(idx);
    if (!m.payload) {
        ++*m_draftGeneration;
        m_draftProblems->clear();
        m_draftProblems->addItem(tr("No payload schema: any payload goes."));
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
            m_draftProblems->clear();
            QList<QTextEdit::ExtraSelection> marks;
            for (const AsyncApi::Diagnostic &d : problems) {
                auto *item = new QListWidgetItem(tr("Line %1, column %2: %3")
                                                     .arg(d.range.start.line + 1)
                                                     .arg(d.range.start.column + 1)
                                                     .arg(d.message),
                                                 m_draftProblems);
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
                auto *ok = new QListWidgetItem(tr("Conforms to %1").arg(name), m_draftProblems);
                ok->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            }
            m_body->setExtraSelections(marks);
        });
}

void Composer::connectionStateChanged(Live::LiveConnection::State state)
{
    const bool ws = m_session->kind() == Live::Endpoint::Kind::WebSocket;
    const bool open = state == Live::LiveConnection::State::Open;
    m_send->setEnabled(open && ws);
    m_send->setToolTip(open && !ws ? tr("Server-Sent Events only receive")
                                   : tr("Send over the open WebSocket (Ctrl+Return)"));
}

void Composer::send()
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    const int idx = m_message->currentData().toInt();
    if (!m_session->send(body, m_binary->isChecked(), m_message->count() > 0 ? idx : -1))
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

QString Composer::savedDraftsKey(const Channel &channel)
{
    return u"inspector/saved/" + QString::fromLatin1(channel.name.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void Composer::saveDraft()
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

void Composer::updateSaved()
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
