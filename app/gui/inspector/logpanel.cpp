// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "logpanel.h"

#include <asyncapi/messages/indentedjson.h>
#include <live/logfiltermodel.h>
#include <live/logio.h>

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <array>

namespace Signalbox {

using Live::LogEntry;

namespace {
/// Payloads up to this size are shown indented when they are JSON…
constexpr qsizetype MaxIndentedBytes = 256 * 1024;
/// …and at most this much of any payload is shown.
constexpr qsizetype MaxShownBytes = 256 * 1024;
} // namespace

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Live::LogModel(this))
    , m_filter(new Live::LogFilterModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_bytes(new QPlainTextEdit(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_text(new QLineEdit(this))
    , m_direction(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_counts(new QLabel(this))
    , m_expiry(new QTimer(this))
    , m_trafficBar(new QWidget(this))
    , m_trafficLabel(new QLabel(m_trafficBar))
    , m_replay(new Live::LogReplay(this))
    , m_replayBar(new QWidget(this))
    , m_replayLabel(new QLabel(m_replayBar))
    , m_replaySpeed(new QComboBox(m_replayBar))
    , m_replayPause(new QToolButton(m_replayBar))
{
    m_filter->setSourceModel(m_model);
    // As the problems panel shows severities.
    m_model->setCheckIcon(LogEntry::Check::Invalid, style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_model->setCheckIcon(LogEntry::Check::Unknown, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_view->setObjectName(QStringLiteral("liveLogView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView *h = m_view->horizontalHeader();
    h->setStretchLastSection(true);

    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a row to see its body, bytes and validation errors."));
    m_detail->setObjectName(QStringLiteral("liveLogDetail"));
    m_bytes->setReadOnly(true);
    m_bytes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bytes->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_bytes->setObjectName(QStringLiteral("liveLogBytes"));

    m_text->setPlaceholderText(tr("Filter the log"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this,
            [this](const QString &text) { refilter([this, text] { m_filter->setText(text); }); });
    m_direction->addItem(tr("Everything"), int(Live::LogFilterModel::Directions::All));
    m_direction->addItem(tr("Messages"), int(Live::LogFilterModel::Directions::Messages));
    m_direction->addItem(tr("Incoming"), int(Live::LogFilterModel::Directions::Incoming));
    m_direction->addItem(tr("Outgoing"), int(Live::LogFilterModel::Directions::Outgoing));
    m_direction->addItem(tr("Connection"), int(Live::LogFilterModel::Directions::Connection));
    m_direction->addItem(tr("Problems"), int(Live::LogFilterModel::Directions::Problems));
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        refilter(
            [this] { m_filter->setDirections(Live::LogFilterModel::Directions(m_direction->currentData().toInt())); });
    });

    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new entries back (they are kept) so that the table stays still"));
    connect(m_pause, &QToolButton::toggled, this, &LogPanel::setPaused);
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    connect(clear, &QToolButton::clicked, this, &LogPanel::clearLog);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the log as JSON Lines. Credentials in addresses and headers are hidden; "
                                "message bodies are saved as they are, tokens in them included."));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the log"), QStringLiteral("live-log.jsonl"),
                                                          tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            QMessageBox::warning(this, tr("Export the log"), error);
    });
    auto *importButton = new QToolButton(this);
    importButton->setText(tr("Import…"));
    connect(importButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a log"), QString(),
                                                          tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importFrom(path, &error))
            QMessageBox::warning(this, tr("Import a log"), error);
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_text, 1);
    bar->addWidget(m_direction);
    bar->addWidget(m_pause);
    bar->addWidget(clear);
    bar->addWidget(exportButton);
    bar->addWidget(importButton);
    bar->addWidget(m_counts);

    // Side by side: the log sits in a short bottom dock, where a pane below the table would leave
    // each a few lines. The initial widths are shares of whatever width the panel gets.
    m_split->addWidget(m_view);
    m_split->addWidget(m_detail);
    m_split->addWidget(m_bytes);
    m_split->setChildrenCollapsible(false);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 1);
    m_split->setStretchFactor(2, 1);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    // Said while the graph's click filters the log: which node or edge, and the way back.
    auto *trafficLayout = new QHBoxLayout(m_trafficBar);
    trafficLayout->setContentsMargins(6, 2, 4, 2);
    auto *showAll = new QToolButton(m_trafficBar);
    showAll->setText(tr("Show All"));
    trafficLayout->addWidget(m_trafficLabel, 1);
    trafficLayout->addWidget(showAll);
    m_trafficLabel->setTextFormat(Qt::PlainText);
    m_trafficBar->hide();
    connect(showAll, &QToolButton::clicked, this, [this] { setTrafficFilter({}, {}); });

    // A request waits for its reply until the timeout, also when no message comes after it: the
    // clock runs on from the latest message.
    m_expiry->setInterval(1000);
    connect(m_expiry, &QTimer::timeout, this, [this] {
        if (m_traffic.stats().waiting() == 0) {
            m_expiry->stop();
            return;
        }
        const quint64 before = m_traffic.generation();
        // A replay's requests wait in the log's time (which stands still while it is paused).
        m_traffic.expire(m_replay->isRunning() ? m_replay->positionMs()
                                               : m_traffic.latestMs() + m_sinceMessage.elapsed());
        if (m_traffic.generation() != before)
            emit trafficChanged();
    });

    // A replay's progress, its speed, pause and stop.
    auto *replayLayout = new QHBoxLayout(m_replayBar);
    replayLayout->setContentsMargins(6, 2, 4, 2);
    for (const int speed : {1, 2, 5, 10})
        m_replaySpeed->addItem(tr("%1×").arg(speed), speed);
    m_replaySpeed->setToolTip(tr("Replay speed"));
    m_replayPause->setText(tr("Pause"));
    m_replayPause->setCheckable(true);
    auto *stopReplay = new QToolButton(m_replayBar);
    stopReplay->setText(tr("Stop"));
    replayLayout->addWidget(m_replayLabel, 1);
    replayLayout->addWidget(m_replaySpeed);
    replayLayout->addWidget(m_replayPause);
    replayLayout->addWidget(stopReplay);
    m_replayLabel->setTextFormat(Qt::PlainText);
    m_replayBar->hide();
    connect(m_replaySpeed, &QComboBox::currentIndexChanged, this,
            [this] { m_replay->setSpeed(m_replaySpeed->currentData().toDouble()); });
    connect(m_replayPause, &QToolButton::toggled, this, [this](bool paused) {
        m_replay->setPaused(paused);
        m_replayPause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(stopReplay, &QToolButton::clicked, m_replay, &Live::LogReplay::stop);
    connect(m_replay, &Live::LogReplay::entriesDue, this, &LogPanel::append);
    connect(m_replay, &Live::LogReplay::progressed, this, [this](qint64 played, qint64 total) {
        m_replayLabel->setText(tr("Replaying: %1 of %Ln entries", nullptr, int(std::min<qint64>(total, INT_MAX)))
                                   .arg(QLocale().toString(played)));
    });
    connect(m_replay, &Live::LogReplay::finished, this, [this] {
        m_model->flush();
        m_replayBar->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_trafficBar);
    layout->addWidget(m_split, 1);

    updateViewModel();
    // Follow the newest rows while the view is scrolled to the bottom.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= m_view->verticalScrollBar()->maximum() - 1; });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
        updateCounts();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LogPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogPanel::updateCounts);
    connect(m_model, &Live::LogModel::droppedCountChanged, this, &LogPanel::updateCounts);
    updateCounts();
}

void LogPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_userSized)
        return;
    // Until the user moves a border: the bytes pane as wide as a row of the dump, the body as
    // wide, the table the rest (its status column the widest).
    const int total = event->size().width();
    const int bytes = QFontMetrics(m_bytes->font()).horizontalAdvance(QString(42, u'0')) +
                      m_bytes->verticalScrollBar()->sizeHint().width() + 2 * m_bytes->frameWidth() + 12;
    m_split->setSizes({std::max(total - 2 * bytes, total / 3), bytes, bytes});
}

void LogPanel::updateViewModel()
{
    // Unfiltered, the table shows the log itself: a proxy in between would remap all its rows
    // each time the ring buffer drops the oldest, which costs a fast stream frames.
    const bool filtered =
        !m_text->text().isEmpty() || m_direction->currentIndex() > 0 || !m_filter->trafficKeys().isEmpty();
    QAbstractItemModel *wanted = filtered ? static_cast<QAbstractItemModel *>(m_filter) : m_model;
    if (m_view->model() == wanted)
        return;
    // The columns' widths carry over (a new model resets them): at first, ours.
    std::array<int, Live::LogModel::Status> widths{};
    if (m_view->model()) {
        for (int c = 0; c < int(widths.size()); ++c)
            widths[std::size_t(c)] = m_view->columnWidth(c);
    } else {
        const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        // The time has room for the check's icon too.
        widths = {digit * 13 + style()->pixelMetric(QStyle::PM_SmallIconSize) + 8, digit * 11, digit * 10, digit * 9,
                  digit * 14};
    }
    QItemSelectionModel *old = m_view->selectionModel();
    m_view->setModel(wanted);
    for (int c = 0; c < int(widths.size()); ++c)
        m_view->setColumnWidth(c, widths[std::size_t(c)]);
    delete old;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogPanel::showDetail);
    if (m_follow)
        m_view->scrollToBottom();
}

void LogPanel::refilter(const std::function<void()> &change)
{
    const QModelIndex current = m_view->currentIndex();
    const int sourceRow =
        current.model() == m_filter ? m_filter->mapToSource(current).row() : (current.isValid() ? current.row() : -1);
    change();
    updateViewModel();
    QModelIndex shown;
    if (sourceRow >= 0 && sourceRow < m_model->rowCount()) {
        shown = m_model->index(sourceRow, 0);
        if (m_view->model() == m_filter)
            shown = m_filter->mapFromSource(shown);
    }
    if (shown.isValid()) { // the detail follows the entry
        m_view->selectionModel()->setCurrentIndex(shown,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(shown);
    } else { // hidden by the filter: nothing is selected, and the detail says nothing
        m_view->selectionModel()->clear();
        m_detail->clear();
        m_bytes->clear();
    }
    updateCounts();
}

void LogPanel::append(const std::vector<LogEntry> &entries)
{
    std::vector<LogEntry> placed = entries;
    m_traffic.add(placed); // each message's operation, for the graph and a filter of it
    m_sinceMessage.start();
    if (m_traffic.stats().waiting() > 0 && !m_expiry->isActive())
        m_expiry->start();
    for (LogEntry &e : placed)
        m_model->post(std::move(e));
    if (m_model->isPaused())
        updateCounts();
    emit trafficChanged();
}

void LogPanel::clearLog()
{
    m_model->clear();
    m_traffic.clear();
    m_detail->clear();
    m_bytes->clear();
    updateCounts();
    emit trafficChanged();
}

void LogPanel::setTrafficFilter(const QStringList &keys, const QString &label)
{
    m_trafficFilterLabel = label;
    refilter([this, keys] { m_filter->setTrafficKeys(keys); });
    m_trafficBar->setVisible(!keys.isEmpty());
    updateTrafficLabel();
}

void LogPanel::updateTrafficLabel()
{
    const QStringList &keys = m_filter->trafficKeys();
    if (keys.isEmpty())
        return;
    QString text = tr("Only the messages that went over %1").arg(m_trafficFilterLabel);
    // The graph counts the whole session; the log keeps the newest (and holds some back while paused).
    qint64 counted = 0;
    for (const QString &key : keys)
        counted += m_traffic.tally(key).count;
    const qint64 listed = m_view->model() == m_filter ? m_filter->rowCount() : counted;
    if (listed < counted)
        text += u' ' + tr("(%1 of the %2 counted: the others left the log or are held back)")
                           .arg(QLocale().toString(listed), QLocale().toString(counted));
    m_trafficLabel->setText(text);
}

QString LogPanel::trafficFilterLabel() const
{
    return m_trafficBar->isHidden() ? QString() : m_trafficLabel->text();
}

void LogPanel::replay(std::vector<LogEntry> entries, double speed)
{
    m_replay->stop();
    clearLog();
    setTrafficFilter({}, {});
    const QSignalBlocker block(m_replaySpeed);
    const int index = m_replaySpeed->findData(int(speed));
    m_replaySpeed->setCurrentIndex(std::max(0, index));
    m_replayPause->setChecked(false);
    m_replay->setSpeed(speed);
    m_replayLabel->setText(tr("Replaying %Ln entries", nullptr, int(std::min<std::size_t>(entries.size(), INT_MAX))));
    m_replayBar->show();
    m_replay->start(std::move(entries));
}

void LogPanel::setPaused(bool paused)
{
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_model->setPaused(paused);
    updateCounts();
}

void LogPanel::updateCounts()
{
    // "1,000 entries", or "12 of 1,000 entries" while a filter hides some.
    const int total = m_model->rowCount();
    QString text = m_view->model() == m_filter
                       ? tr("%1 of %Ln entries", nullptr, total).arg(QLocale().toString(m_filter->rowCount()))
                       : tr("%Ln entries", nullptr, total);
    const qint64 dropped = m_model->droppedCount();
    if (dropped > 0)
        text += u" · " + tr("%Ln dropped", nullptr, int(std::min<qint64>(dropped, INT_MAX)));
    if (m_model->isPaused() && m_model->pendingCount() > 0)
        text += u" · " + tr("%Ln held", nullptr, int(m_model->pendingCount()));
    m_counts->setText(text);
    updateTrafficLabel();
}

void LogPanel::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const QModelIndex index = current.model() == m_filter ? m_filter->mapToSource(current) : current;
    m_bytes->clear();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    const LogEntry &e = m_model->entry(index.row());
    QString text;
    const QString time = QDateTime::fromMSecsSinceEpoch(e.timeMs).toLocalTime().toString(Qt::ISODateWithMs);
    text += time + u"  " + e.event;
    if (!e.eventId.isEmpty())
        text += u"  id " + e.eventId;
    text += u'\n';
    if (e.direction == LogEntry::Direction::Connection) {
        text += e.status + u'\n';
        m_detail->setPlainText(text);
        return;
    }
    switch (e.check) {
    case LogEntry::Check::Conforms:
        text += tr("Conforms to message %1").arg(e.message) + u'\n';
        break;
    case LogEntry::Check::Invalid:
        text += tr("Does not conform to message %1:").arg(e.message) + u'\n';
        break;
    case LogEntry::Check::Unknown:
        text += tr("Unknown message:") + u'\n';
        break;
    case LogEntry::Check::None:
        break;
    }
    for (const QString &error : e.errors)
        text += u"  • " + error + u'\n';
    text += u'\n';
    // Indented when it is JSON and small, its keys in the order they came; otherwise its beginning
    // as it came: a big payload must not hold the window while it is parsed and laid out.
    const QByteArray shownPart = e.payload.left(MaxShownBytes);
    const std::optional<QByteArray> indented =
        e.payload.size() <= MaxIndentedBytes ? AsyncApi::indentedJson(e.payload) : std::nullopt;
    text += QString::fromUtf8(indented ? *indented : shownPart);
    // Words kept whole, but for a long body as it came: laid out at word boundaries, a line of
    // hundreds of KB without one took seconds.
    m_detail->setWordWrapMode(indented || shownPart.size() < 4096 ? QTextOption::WrapAtWordBoundaryOrAnywhere
                                                                  : QTextOption::WrapAnywhere);
    if (e.size() > shownPart.size())
        text += u'\n' + tr("… (the first %1 of %2 shown)")
                            .arg(QLocale().formattedDataSize(shownPart.size()), QLocale().formattedDataSize(e.size()));
    m_detail->setPlainText(text);

    // A hex dump of the first 4 KiB, 8 bytes a row (narrow enough for its pane).
    constexpr qsizetype PerRow = 8;
    QString dump = tr("%Ln bytes", nullptr, int(std::min<qint64>(e.size(), INT_MAX))) + u'\n';
    const QByteArray head = e.payload.left(4096);
    for (qsizetype i = 0; i < head.size(); i += PerRow) {
        const QByteArray row = head.mid(i, PerRow);
        QString ascii;
        for (char c : row)
            ascii += (c >= 32 && c < 127) ? QChar(QLatin1Char(c)) : QChar(u'.');
        dump += QStringLiteral("%1  %2  %3\n")
                    .arg(i, 4, 16, QLatin1Char('0'))
                    .arg(QString::fromLatin1(row.toHex(' ')), -int(PerRow * 3 - 1))
                    .arg(ascii);
    }
    if (e.payload.size() > head.size())
        dump += u"…\n";
    m_bytes->setPlainText(dump);
}

bool LogPanel::exportTo(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    std::vector<LogEntry> all;
    all.reserve(std::size_t(m_model->rowCount()));
    for (int r = 0; r < m_model->rowCount(); ++r)
        all.push_back(m_model->entry(r));
    if (!Live::writeJsonLines(f, all) || !f.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool LogPanel::importFrom(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QString problem;
    const std::vector<LogEntry> entries = Live::readJsonLines(f, &problem, m_model->capacity());
    if (entries.empty()) {
        *error = problem.isEmpty() ? tr("%1 holds no log entries").arg(path) : tr("%1: %2").arg(path, problem);
        return false;
    }
    m_replay->stop();
    clearLog();
    append(entries);
    m_model->flush();
    if (!problem.isEmpty())
        *error = tr("Some lines of %1 were skipped: %2").arg(path, problem);
    return problem.isEmpty();
}

} // namespace Signalbox
