// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Receive N WebSocket messages and N SSE events from local servers into the live log; prints
// messages a second end to end and the peak memory. The servers run on their own thread, as a
// real server would be another process. Usage: bench_live [N]   (default 100000)
// Not yet measured here: validation against the spec (the matcher does not exist yet).
#include <live/logmodel.h>
#include <live/sseparser.h>
#include <live/ssesession.h>
#include <live/websocketsession.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

using namespace Signalbox::Live;

namespace {

QByteArray payload(int n)
{
    return R"({"id":)" + QByteArray::number(n) + R"(,"lumens":)" + QByteArray::number(n % 1000) + R"(,"sentAt":"2026-11-27T10:00:00Z"})";
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
                    body += "id: " + QByteArray::number(n) + "\nevent: light\ndata: " + payload(n) + "\n\n";
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

void report(const char *what, int count, qint64 ns)
{
    std::printf("%-34s %7d in %7.3f s: %8.0f a second\n", what, count, double(ns) / 1e9, count / (double(ns) / 1e9));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;

    // The SSE parser alone.
    {
        QByteArray stream;
        for (int n = 0; n < count; ++n)
            stream += "id: " + QByteArray::number(n) + "\nevent: light\ndata: " + payload(n) + "\n\n";
        SseParser parser;
        std::vector<SseEvent> events;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < stream.size(); at += 16384)
            parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(16384, stream.size() - at)), events);
        report("SSE parser alone", int(events.size()), timer.nsecsElapsed());
    }

    QThread serverThread;
    auto *servers = new Servers(count);
    servers->moveToThread(&serverThread);
    serverThread.start();
    QMetaObject::invokeMethod(servers, &Servers::listen, Qt::BlockingQueuedConnection);

    LogModel log;
    auto toLog = [&log](LogEntry::Direction direction, const QString &event, QByteArray bytes) {
        LogEntry entry;
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
        entry.direction = direction;
        entry.event = event;
        entry.payload = std::move(bytes);
        log.post(std::move(entry));
    };

    {
        QNetworkAccessManager network;
        SseSession sse(&network);
        int received = 0;
        QElapsedTimer timer;
        QObject::connect(&sse, &SseSession::eventReceived, [&](const SseEvent &event) {
            toLog(LogEntry::Direction::Incoming, event.type, event.data.toUtf8());
            if (++received == count) {
                log.flush();
                report("SSE session into the log", received, timer.nsecsElapsed());
                sse.close();
                app.quit();
            }
        });
        SseRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(servers->ssePort()));
        request.reconnect = false;
        timer.start();
        sse.open(request);
        app.exec();
    }
    {
        WebSocketSession ws;
        int received = 0;
        QElapsedTimer timer;
        QObject::connect(&ws, &WebSocketSession::textReceived, [&](const QString &text) {
            toLog(LogEntry::Direction::Incoming, QStringLiteral("text"), text.toUtf8());
            if (++received == count) {
                log.flush();
                report("WebSocket session into the log", received, timer.nsecsElapsed());
                ws.close();
                app.quit();
            }
        });
        WebSocketRequest request;
        request.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(servers->wsPort()));
        timer.start();
        ws.open(request);
        app.exec();
    }
    std::printf("log rows %d (capacity %lld, dropped %lld), peak memory %ld MB\n", log.rowCount(),
                qlonglong(log.capacity()), qlonglong(log.droppedCount()), peakRssMb());
    QMetaObject::invokeMethod(servers, &QObject::deleteLater);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
