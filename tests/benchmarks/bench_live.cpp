// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Receive N WebSocket messages and N SSE events from local servers into the live log, each
// matched and validated against tests/data/live/chat.yaml (one message in ten does not conform),
// through the real pieces: LiveConnection (checks on its worker thread) into the log dock's
// LogPanel, whose table follows the newest row. Prints messages a second end to end, the longest
// GUI-thread stall (the largest gap between the ticks of a 1 ms timer) and the peak memory. The
// servers run on their own thread, as a real server would be another process.
// Then the window with tests/data/mock/rooms.yaml open, its graph and then its sequence view in
// front, while the live log takes 5,000 messages a second for 5 seconds (chat, pings answered by
// pongs, ticks, unknown messages, one in ten not conforming): prints the longest GUI-thread stall
// and checks that the graph counted every message.
// Usage: bench_live [N | --paced]   (default 100000; --paced: only the window at 5,000 a second);
// BENCH_STALLS=1 lists every stall over 5 ms.
#include "editorpane.h"
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "inspector/logpanel.h"
#include "live/sequenceview.h"
#include "mainwindow.h"

#include <asyncapi/analysis.h>
#include <asyncapi/document/elementid.h>
#include <asyncapi/messages/messagematcher.h>
#include <live/liveconnection.h>
#include <live/logmodel.h>
#include <live/sseparser.h>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

using namespace Signalbox;
using namespace Signalbox::Live;

namespace {

QByteArray payload(int n)
{
    // One in ten has an id of the wrong type: it matches "chat" by its const type, and does not conform.
    const QByteArray id = n % 10 == 9 ? '"' + QByteArray::number(n) + '"' : QByteArray::number(n + 1);
    return R"({"type":"chat","id":)" + id + R"(,"text":"message )" + QByteArray::number(n) +
           R"(","sentAt":"2026-11-27T10:00:00Z"})";
}

long peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong() / 1024;
    }
    return -1;
}

/** Serves N SSE events and N WebSocket messages to whoever connects, on its own thread. */
class Servers : public QObject
{
public:
    explicit Servers(int count)
        : m_count(count)
        , m_sse(new QTcpServer(this)) // children, so that they move to the server thread too
        , m_ws(new QWebSocketServer(QStringLiteral("bench"), QWebSocketServer::NonSecureMode, this))
    {
        connect(m_sse, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_sse->nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                socket->readAll();
                QByteArray body = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
                for (int n = 0; n < m_count; ++n)
                    body += "id: " + QByteArray::number(n) + "\nevent: chat\ndata: " + payload(n) + "\n\n";
                socket->write(body);
            });
        });
        connect(m_ws, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_ws->nextPendingConnection();
            for (int n = 0; n < m_count; ++n)
                socket->sendTextMessage(QString::fromLatin1(payload(n)));
        });
    }
    /// Called on the server thread.
    void listen()
    {
        m_sse->listen(QHostAddress::LocalHost);
        m_ws->listen(QHostAddress::LocalHost);
    }
    quint16 ssePort() const { return m_sse->serverPort(); }
    quint16 wsPort() const { return m_ws->serverPort(); }

private:
    int m_count;
    QTcpServer *m_sse;
    QWebSocketServer *m_ws;
};

bool s_failed = false; ///< A run did not finish: the exit code says so.

void report(const char *what, int count, qint64 ns)
{
    std::printf("%-34s %7d in %7.3f s: %8.0f a second\n", what, count, double(ns) / 1e9, count / (double(ns) / 1e9));
}

/** Runs one connection until \a count incoming messages are in the log; prints the figures. */
void run(QApplication &app, const char *what, const ConnectionSettings &settings,
         const std::shared_ptr<const AsyncApi::MessageMatcher> &matcher, int count)
{
    LogPanel panel;
    panel.resize(1000, 600);
    panel.show();
    LiveConnection connection;
    connection.setMatcher(matcher);
    int received = 0;
    int invalid = 0;
    QElapsedTimer timer;
    QElapsedTimer tick;
    qint64 longestStallNs = 0;
    QTimer stallProbe;
    stallProbe.setInterval(1);
    QObject::connect(&stallProbe, &QTimer::timeout, [&] {
        if (qEnvironmentVariableIsSet("BENCH_STALLS") && tick.nsecsElapsed() > 5'000'000)
            std::printf("  stall %.1f ms at %.1f ms, %d received\n", tick.nsecsElapsed() / 1e6,
                        timer.nsecsElapsed() / 1e6, received);
        longestStallNs = std::max(longestStallNs, tick.nsecsElapsed());
        tick.restart();
    });
    QObject::connect(&connection, &LiveConnection::entriesArrived, [&](const std::vector<LogEntry> &batch) {
        panel.append(batch);
        for (const LogEntry &e : batch) {
            if (e.direction != LogEntry::Direction::Incoming)
                continue;
            invalid += e.check != LogEntry::Check::Conforms;
            if (++received == count) {
                // The end is when the table shows the last row, through the log's own slices.
                while (panel.model()->pendingCount() > 0)
                    QApplication::processEvents(QEventLoop::AllEvents, 5);
                QApplication::processEvents();
                const qint64 ns = timer.nsecsElapsed();
                std::printf("%-34s %7d in %7.3f s: %8.0f a second; %d did not conform; longest GUI-thread "
                            "stall %.1f ms\n",
                            what, received, double(ns) / 1e9, received / (double(ns) / 1e9), invalid,
                            double(longestStallNs) / 1e6);
                connection.close();
                app.quit();
            }
        }
    });
    timer.start();
    tick.start();
    stallProbe.start();
    // Bounded: a connection that stops short (messages dropped, a server gone) ends the run with a
    // message instead of waiting for ever.
    bool timedOut = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        timedOut = true;
        std::printf("%-34s timed out after 120 s with %d of %d messages\n", what, received, count);
        connection.close();
        app.quit();
    });
    deadline.start(120'000);
    connection.open(settings);
    app.exec();
    if (timedOut)
        s_failed = true;
    connection.drain();
    std::printf("   log rows %d (capacity %lld, dropped %lld)\n", panel.model()->rowCount(),
                qlonglong(panel.model()->capacity()), qlonglong(panel.model()->droppedCount()));
}

/** One of the rooms document's messages, as the inspector logs it: number \a n of the session. */
LogEntry roomsMessage(qint64 n, qint64 timeMs)
{
    LogEntry e;
    e.timeMs = timeMs;
    e.event = QStringLiteral("text");
    e.check = n % 10 == 9 ? LogEntry::Check::Invalid : LogEntry::Check::Conforms;
    const QByteArray id = QByteArray::number(n / 20);
    switch (n % 20) {
    case 0: // a ping, answered four messages later
        e.direction = LogEntry::Direction::Outgoing;
        e.channel = QStringLiteral("room");
        e.message = QStringLiteral("ping");
        e.payload = R"({"op":"ping","id":"p)" + id + "\"}";
        break;
    case 4:
        e.direction = LogEntry::Direction::Incoming;
        e.channel = QStringLiteral("room");
        e.message = QStringLiteral("pong");
        e.payload = R"({"op":"pong","re":"p)" + id + "\"}";
        break;
    case 7:
    case 13:
        e.direction = LogEntry::Direction::Incoming;
        e.channel = QStringLiteral("ticks");
        e.message = QStringLiteral("tick");
        e.payload = "{\"n\":" + id + '}';
        break;
    case 19:
        e.direction = LogEntry::Direction::Incoming;
        e.channel = QStringLiteral("room");
        e.payload = R"({"op":"mystery"})";
        e.check = LogEntry::Check::Unknown;
        break;
    default:
        e.direction = LogEntry::Direction::Incoming;
        e.channel = QStringLiteral("room");
        e.message = QStringLiteral("chat");
        e.payload = R"({"text":"hello","from":"ann"})";
    }
    return e;
}

/** The window at 5,000 messages a second with the graph, or the sequence view, in front. */
bool paced(QApplication &app, const char *what, bool sequence)
{
    constexpr int PerSecond = 5000;
    constexpr int Seconds = 5;
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QString error;
    if (!w.openFile(QStringLiteral(SIGNALBOX_ROOMS_SPEC), &error)) {
        std::printf("%s\n", qPrintable(error));
        return false;
    }
    GraphView *view = w.currentPane()->graph()->view();
    QElapsedTimer ready;
    ready.start();
    while ((view->model().nodes.isEmpty() || view->isBusy() || view->items().isEmpty()) && ready.elapsed() < 20'000)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    if (sequence)
        w.currentPane()->sideTabs()->setCurrentWidget(w.currentPane()->sequence());
    for (int i = 0; i < 20; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 10);

    LogPanel *log = w.liveLog();
    qint64 fed = 0;
    QElapsedTimer clock;
    QElapsedTimer tick;
    qint64 longestStallNs = 0;
    std::vector<double> gaps;
    QTimer stallProbe;
    stallProbe.setInterval(1);
    QObject::connect(&stallProbe, &QTimer::timeout, [&] {
        const qint64 gap = tick.nsecsElapsed();
        if (qEnvironmentVariableIsSet("BENCH_STALLS") && gap > 5'000'000)
            std::printf("  stall %.1f ms at %.1f ms, %lld fed\n", gap / 1e6, clock.nsecsElapsed() / 1e6,
                        qlonglong(fed));
        longestStallNs = std::max(longestStallNs, gap);
        gaps.push_back(gap / 1e6);
        tick.restart();
    });
    // As a connection delivers them: what fell due every 10 ms, in one batch.
    QTimer feeder;
    feeder.setInterval(10);
    const qint64 epoch = QDateTime::currentMSecsSinceEpoch();
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = std::min<qint64>(clock.elapsed() * PerSecond / 1000, qint64(PerSecond) * Seconds);
        std::vector<LogEntry> batch;
        for (; fed < due; ++fed)
            batch.push_back(roomsMessage(fed, epoch + fed * 1000 / PerSecond));
        if (!batch.empty())
            log->append(batch);
        if (fed >= qint64(PerSecond) * Seconds)
            app.quit();
    });
    clock.start();
    tick.start();
    stallProbe.start();
    feeder.start();
    app.exec();
    stallProbe.stop();
    feeder.stop();
    // Everything shown, then counted as the graph shows it.
    log->model()->flush();
    view->refreshTraffic();
    const qint64 onRoom = view->shownTraffic(AsyncApi::ElementId::channel(QStringLiteral("room")).toString()).count;
    const qint64 onTicks = view->shownTraffic(AsyncApi::ElementId::channel(QStringLiteral("ticks")).toString()).count;
    std::sort(gaps.begin(), gaps.end());
    std::printf("%-34s %lld messages at %d a second; longest GUI-thread stall %.1f ms (99th percentile gap %.1f ms); "
                "graph counted %lld\n",
                what, qlonglong(fed), PerSecond, double(longestStallNs) / 1e6,
                gaps.empty() ? 0.0 : gaps[gaps.size() * 99 / 100], qlonglong(onRoom + onTicks));
    return onRoom + onTicks == fed;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings out of the user's way
    if (argc > 1 && QByteArray(argv[1]) == "--paced")
        return paced(app, "graph in front", false) && paced(app, "sequence view in front", true) ? 0 : 1;
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    // The SSE parser alone.
    {
        QByteArray stream;
        for (int n = 0; n < count; ++n)
            stream += "id: " + QByteArray::number(n) + "\nevent: chat\ndata: " + payload(n) + "\n\n";
        SseParser parser;
        std::vector<SseEvent> events;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < stream.size(); at += 16384)
            parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(16384, stream.size() - at)), events);
        report("SSE parser alone", int(events.size()), timer.nsecsElapsed());
    }

    QFile spec(QStringLiteral(SIGNALBOX_CHAT_SPEC));
    if (!spec.open(QIODevice::ReadOnly))
        return 1;
    const auto analysis = AsyncApi::analyze(spec.readAll());
    const AsyncApi::Channel *room = analysis->spec ? analysis->spec->channel(QStringLiteral("room")) : nullptr;
    if (!room)
        return 1;
    const auto matcher = std::make_shared<AsyncApi::MessageMatcher>(*analysis->documents, room->messages);
    // The matcher alone.
    {
        QElapsedTimer timer;
        timer.start();
        int conforming = 0;
        for (int n = 0; n < count; ++n)
            conforming += matcher->check(payload(n)).conforms;
        report("matching and validating alone", count, timer.nsecsElapsed());
        if (conforming != count - count / 10)
            return 1;
    }

    QThread serverThread;
    auto *servers = new Servers(count);
    servers->moveToThread(&serverThread);
    serverThread.start();
    QMetaObject::invokeMethod(servers, &Servers::listen, Qt::BlockingQueuedConnection);

    ConnectionSettings sse;
    sse.kind = Endpoint::Kind::ServerSentEvents;
    sse.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(servers->ssePort()));
    run(app, "SSE, checked, into the log", sse, matcher, count);
    ConnectionSettings ws;
    ws.kind = Endpoint::Kind::WebSocket;
    ws.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(servers->wsPort()));
    run(app, "WebSocket, checked, into the log", ws, matcher, count);

    if (!paced(app, "graph in front", false) || !paced(app, "sequence view in front", true))
        s_failed = true;

    std::printf("peak memory %ld MB\n", peakRssMb());
    QMetaObject::invokeMethod(servers, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return s_failed ? 1 : 0;
}
