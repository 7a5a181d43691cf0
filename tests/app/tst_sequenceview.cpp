// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "live/sequenceview.h"
#include "logentries.h"
#include "skipping.h"
#include "testconfig.h"
#include "translators.h"

#include <asyncapi/analysis.h>
#include <live/traffic.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Signalbox;
using namespace Signalbox::Live;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 TimeoutMs = 1000;

using Test::message;

LogEntry ping(qint64 timeMs, const QByteArray &id)
{
    return message(timeMs, LogEntry::Direction::Outgoing, u"room"_s, u"ping"_s, R"({"op":"ping","id":")" + id + "\"}");
}

LogEntry pong(qint64 timeMs, const QByteArray &id)
{
    return message(timeMs, LogEntry::Direction::Incoming, u"room"_s, u"pong"_s, R"({"op":"pong","re":")" + id + "\"}");
}

LogEntry chat(qint64 timeMs, LogEntry::Check check = LogEntry::Check::Conforms)
{
    return message(timeMs, LogEntry::Direction::Incoming, u"room"_s, u"chat"_s,
                   check == LogEntry::Check::Conforms ? R"({"text":"hi","from":"ann"})" : R"({"text":7})", check);
}

/**
 * A ping answered 12 ms later, a chat message that does not conform, a message on no known
 * channel, a tick, and a ping nobody answers.
 */
std::vector<LogEntry> session(qint64 t)
{
    return {ping(t, "p1"),
            pong(t + 12, "p1"),
            chat(t + 20, LogEntry::Check::Invalid),
            message(t + 30, LogEntry::Direction::Incoming, QString(), QString(), "???", LogEntry::Check::Unknown),
            message(t + 40, LogEntry::Direction::Incoming, u"ticks"_s, u"tick"_s, R"({"n":1})"),
            ping(t + 50, "p2")};
}

/** \a count messages: chat messages, every tenth not conforming, and pings with their pongs. */
std::vector<LogEntry> busy(qint64 t, int count)
{
    std::vector<LogEntry> log;
    log.reserve(size_t(count));
    for (int i = 0; log.size() < size_t(count); ++i) {
        if (i % 5 == 4 && log.size() + 2 <= size_t(count)) {
            const QByteArray id = "b" + QByteArray::number(i);
            log.push_back(ping(t += 3, id));
            log.push_back(pong(t += 1 + i % 40, id));
        } else {
            log.push_back(chat(t += 2, i % 10 == 9 ? LogEntry::Check::Invalid : LogEntry::Check::Conforms));
        }
    }
    return log;
}

/** Shows \a view at 800×500 on \a traffic; false when no window came. */
bool showOn(SequenceView &view, const Traffic &traffic)
{
    view.resize(800, 500);
    view.show();
    const bool exposed = QTest::qWaitForWindowExposed(&view);
    view.setTraffic(&traffic);
    return exposed;
}

void feed(Traffic &traffic, std::vector<LogEntry> log)
{
    traffic.add(log);
}

} // namespace

/** The sequence diagram of a live session. */
class TestSequenceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsASession();
    void placeholderWithoutTraffic();
    void exportsSvg();
    void paintsTwentyThousandQuickly();
    void followsTheNewest();
    void staysStillAsOldRowsGo();
    void aClearedSessionStartsAfresh();
    void screenshot();

private:
    std::shared_ptr<const AsyncApi::Analysis> m_rooms;
};

void TestSequenceView::initTestCase()
{
    installTranslators(QLocale(QLocale::English), qApp); // as the application does: plural forms
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/rooms.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_rooms = AsyncApi::analyze(f.readAll());
    QVERIFY(m_rooms->isValid());
}

void TestSequenceView::showsASession()
{
    Traffic traffic(100'000, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    SequenceView view;
    view.resize(800, 500);
    view.setTraffic(&traffic);
    QCOMPARE(view.rowCount(), 0);
    QCOMPARE(view.lifelines(), QStringList({u"Client"_s, u"Application"_s}));
    QVERIFY(view.summaryText().isEmpty());

    feed(traffic, session(T0));
    view.trafficChanged();
    QCOMPARE(view.rowCount(), 6);
    // Channels in the order the session used them; the unknown channel after them.
    QCOMPARE(view.lifelines(),
             QStringList({u"Client"_s, u"room"_s, u"ticks"_s, u"unknown channel"_s, u"Application"_s}));
    QCOMPARE(view.rowText(0), u"Client → Application · room · ping · 12 ms"_s);
    QCOMPARE(view.rowText(1), u"Application → Client · room · pong · ↩ 12 ms"_s);
    QCOMPARE(view.rowText(2), u"Application → Client · room · chat · not conforming"_s);
    QCOMPARE(view.rowText(3), u"Application → Client · unknown channel · (no name) · unknown message"_s);
    QCOMPARE(view.rowText(4), u"Application → Client · ticks · tick"_s);
    QCOMPARE(view.rowText(5), u"Client → Application · room · ping · waiting"_s);
    QCOMPARE(view.summaryText(), u"answerPing: 1 pair · p50 12 ms · p95 12 ms · 0 unanswered · 1 waiting"_s);
    QVERIFY(view.rowText(6).isEmpty());

    traffic.expire(T0 + 50 + TimeoutMs + 1);
    view.trafficChanged();
    QCOMPARE(view.rowText(5), u"Client → Application · room · ping · no reply"_s);
    QCOMPARE(view.summaryText(), u"answerPing: 1 pair · p50 12 ms · p95 12 ms · 1 unanswered · 0 waiting"_s);

    // Painting the session (and a tooltip's worth of layout) does not trip over anything.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull());

    traffic.clear();
    feed(traffic, {chat(T0 + 5000)});
    QCOMPARE(view.lifelines(), QStringList({u"Client"_s, u"room"_s, u"Application"_s}));
    QVERIFY(view.summaryText().isEmpty());
}

void TestSequenceView::placeholderWithoutTraffic()
{
    SequenceView view;
    view.resize(800, 500);
    view.setTraffic(nullptr);
    QCOMPARE(view.rowCount(), 0);
    QVERIFY(view.rowText(0).isEmpty());
    QVERIFY(view.summaryText().isEmpty());
    QVERIFY(!view.grab().isNull());
    QTemporaryDir dir;
    QString error;
    QVERIFY(!view.exportSvg(dir.filePath(u"none.svg"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestSequenceView::exportsSvg()
{
    Traffic traffic(100'000, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    feed(traffic, session(T0));
    SequenceView view;
    view.resize(800, 500);
    view.setTraffic(&traffic);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sequence.svg"_s);
    QString error;
    QVERIFY2(view.exportSvg(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.contains("<svg"));
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const QString &name : {u"ping"_s, u"pong"_s, u"chat"_s, u"tick"_s, u"Client"_s, u"Application"_s, u"room"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(text.contains(u"answerPing"_s));

    // A folder that is not there: a clear error, and nothing written.
    const QString nowhere = dir.filePath(u"missing/sequence.svg"_s);
    QVERIFY(!view.exportSvg(nowhere, &error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
    QVERIFY(!QFile::exists(nowhere));
}

void TestSequenceView::paintsTwentyThousandQuickly()
{
    Traffic traffic(100'000, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    feed(traffic, busy(T0, 20'000));
    QCOMPARE(traffic.events().size(), std::size_t(20'000));
    SequenceView view;
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QElapsedTimer timer;
    timer.start();
    view.setTraffic(&traffic);
    view.viewport()->repaint();
    const qint64 paintMs = timer.elapsed();
    QCOMPARE(view.rowCount(), 20'000);

    QTemporaryDir dir;
    QString error;
    timer.restart();
    QVERIFY2(view.exportSvg(dir.filePath(u"big.svg"_s), &error), qPrintable(error));
    const qint64 exportMs = timer.elapsed();
    qInfo("20,000 messages: on screen in %lld ms, all of them as SVG (%lld bytes) in %lld ms", paintMs,
          QFileInfo(dir.filePath(u"big.svg"_s)).size(), exportMs);
    QVERIFY2(paintMs < 1000, qPrintable(QString::number(paintMs)));
    QVERIFY2(exportMs < 10'000, qPrintable(QString::number(exportMs)));
}

void TestSequenceView::followsTheNewest()
{
    Traffic traffic(100'000, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    feed(traffic, busy(T0, 200));
    SequenceView view;
    QVERIFY(showOn(view, traffic));
    QScrollBar *bar = view.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view.isFollowingNewest());

    qint64 t = T0 + 100'000;
    int before = bar->maximum();
    feed(traffic, busy(t += 10'000, 50));
    view.trafficChanged();
    QTRY_VERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), bar->maximum());

    // The user scrolled up: the view stays where they looked.
    bar->setValue(bar->maximum() / 2);
    QVERIFY(!view.isFollowingNewest());
    const int kept = bar->value();
    before = bar->maximum();
    feed(traffic, busy(t += 10'000, 50));
    view.trafficChanged();
    QTRY_VERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), kept);

    // Back at the bottom, it follows again.
    bar->setValue(bar->maximum());
    QVERIFY(view.isFollowingNewest());
    before = bar->maximum();
    feed(traffic, busy(t += 10'000, 50));
    view.trafficChanged();
    QTRY_VERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), bar->maximum());
}

void TestSequenceView::staysStillAsOldRowsGo()
{
    // The traffic keeps 300 events; the user reads the middle while ten more arrive.
    Traffic traffic(300, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    feed(traffic, busy(T0, 300));
    SequenceView view;
    QVERIFY(showOn(view, traffic));
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int before = bar->value();
    const int rowHeight = bar->singleStep();
    const qint64 firstSerial = traffic.events().front().serial;
    feed(traffic, busy(T0 + 100'000, 10));
    QCOMPARE(traffic.events().front().serial, firstSerial + 10);
    view.trafficChanged();
    QTRY_COMPARE(bar->value(), before - 10 * rowHeight);
    QVERIFY(!view.isFollowingNewest());
}

void TestSequenceView::aClearedSessionStartsAfresh()
{
    // Cleared and refilled with more than it had before the view looked again: the old session's
    // lifelines go, the new one's channels get their own.
    Traffic traffic(1000, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    feed(traffic, {chat(T0), chat(T0 + 1), chat(T0 + 2)});
    SequenceView view;
    QVERIFY(showOn(view, traffic));
    QCOMPARE(view.lifelines(), (QStringList{u"Client"_s, u"room"_s, u"Application"_s}));
    traffic.clear();
    std::vector<LogEntry> ticks;
    for (int i = 0; i < 5; ++i)
        ticks.push_back(message(T0 + 10 + i, LogEntry::Direction::Incoming, u"ticks"_s, u"tick"_s, R"({"n":1})"));
    feed(traffic, ticks);
    view.trafficChanged();
    QTRY_COMPARE(view.rowCount(), 5);
    QCOMPARE(view.lifelines(), (QStringList{u"Client"_s, u"ticks"_s, u"Application"_s}));
    QCOMPARE(view.rowText(0), u"Application → Client · ticks · tick"_s);
}

void TestSequenceView::screenshot()
{
    const QString dirName = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR");
    if (dirName.isEmpty())
        QSKIP("SIGNALBOX_SCREENSHOT_DIR is not set");
    Traffic traffic(100'000, TimeoutMs);
    traffic.setAnalysis(m_rooms);
    feed(traffic, busy(T0 - 1000, 24));
    feed(traffic, session(T0));
    traffic.expire(T0 + 50 + TimeoutMs + 1);
    feed(traffic, {ping(T0 + 1100, "p3"), chat(T0 + 1105), pong(T0 + 1131, "p3"), ping(T0 + 1140, "p4")});
    SequenceView view;
    view.resize(800, 500);
    view.setTraffic(&traffic);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(QDir().mkpath(dirName));
    const QString path = QDir(dirName).filePath(u"sequence-view.png"_s);
    QVERIFY(view.grab().save(path));
    qInfo("Screenshot: %s", qPrintable(path));

    // A dark theme.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    view.setPalette(dark);
    QVERIFY(view.grab().save(QDir(dirName).filePath(u"sequence-view-dark.png"_s)));
}

SIGNALBOX_TEST_MAIN(TestSequenceView)
#include "tst_sequenceview.moc"
