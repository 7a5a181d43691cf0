// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli mock, the real program in its own process (as a user starts it):
// 1. Start-up: the time from starting `signalbox-cli mock FILE` until it accepts a TCP connection
//    on its port, and until it prints its first line; the median of several starts, for each
//    document given. A document whose servers speak neither WebSocket nor HTTP (streetlights is
//    MQTT, the generated ones Kafka) is served from a copy whose servers say `protocol: ws`.
// 2. Streaming: 10 WebSocket clients (QWebSocket, on a thread of their own in this process) on
//    harbour-cranes' telemetry at --rate 1000 each (--role client: the document is written from
//    the cranes' client's side, which receives the telemetry), 10,000 messages a second asked for, for N
//    seconds: the messages received a second and the mock's peak memory (VmHWM) and CPU time.
// Goals (issue 14): start-up under 150 ms, under 100 MB while streaming.
// Usage: bench_mock [SECONDS] [FILE...]   (default 60 s and resources/examples/harbour-cranes.yaml)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QWebSocket>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace {

constexpr int Starts = 7;
constexpr int Clients = 10;
constexpr int RatePerClient = 1000;

/** A port that was free a moment ago (the mock is then told to listen there). */
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/**
 * \a file, or a copy in \a dir whose servers' protocols are `ws` when it has no WebSocket or HTTP
 * server (the mock serves only those).
 */
QString servable(const QString &file, const QTemporaryDir &dir, bool *converted)
{
    *converted = false;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    // `protocol: mqtt` in YAML, `"protocol": "kafka"` in JSON (not protocolVersion).
    static const QRegularExpression protocol(QStringLiteral(R"((["']?protocol["']?\s*:\s*["']?)([A-Za-z0-9+.-]+))"));
    static const QRegularExpression served(QStringLiteral("^(ws|wss|http|https)$"));
    bool any = false;
    for (auto it = protocol.globalMatch(text); it.hasNext();) {
        if (served.match(it.next().captured(2)).hasMatch())
            any = true;
    }
    if (any)
        return file;
    text.replace(protocol, QStringLiteral("\\1ws"));
    const QString copy =
        dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral("-ws.") + QFileInfo(file).suffix());
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(text.toUtf8());
    *converted = true;
    return copy;
}

/** Whether something accepts a TCP connection on 127.0.0.1:\a port now. */
bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool ok = socket.waitForConnected(200);
    socket.abort();
    return ok;
}

struct Start
{
    double acceptMs = -1;
    double lineMs = -1;
};

/** Starts the mock on \a file once; when it accepted a connection and printed its first line. */
Start startOnce(const QString &file, QString *error)
{
    const quint16 port = freePort();
    QProcess mock;
    mock.setProcessChannelMode(QProcess::MergedChannels); // its first line, on stdout or stderr
    QElapsedTimer timer;
    timer.start();
    mock.start(QStringLiteral(SIGNALBOX_CLI),
               {QStringLiteral("mock"), file, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--duration"), QStringLiteral("60")});
    Start s;
    if (!mock.waitForStarted(5000)) {
        *error = mock.errorString();
        return s;
    }
    while (timer.elapsed() < 30'000 && (s.acceptMs < 0 || s.lineMs < 0)) {
        if (mock.state() == QProcess::NotRunning) {
            *error = QString::fromUtf8(mock.readAll()).trimmed();
            break;
        }
        mock.waitForReadyRead(0);
        if (s.lineMs < 0 && mock.canReadLine())
            s.lineMs = double(timer.nsecsElapsed()) / 1e6;
        if (s.acceptMs < 0 && accepts(port))
            s.acceptMs = double(timer.nsecsElapsed()) / 1e6;
        else
            QThread::usleep(200);
    }
    mock.terminate();
    if (!mock.waitForFinished(5000))
        mock.kill();
    mock.waitForFinished(5000);
    return s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

/** A field (in kB) of /proc/PID/status, -1 when it cannot be read. */
long statusKb(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

/** User plus system CPU seconds of a process so far (/proc/PID/stat), -1 when unknown. */
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // After "pid (name) ": state is field 3, utime 14 and stime 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/** WebSocket clients that count what they receive; they live on their own thread. */
class Receivers : public QObject
{
public:
    explicit Receivers(const QUrl &url)
        : m_url(url)
    {}
    /// On the receivers' thread.
    void open()
    {
        for (int i = 0; i < Clients; ++i) {
            auto *ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
            connect(ws, &QWebSocket::textMessageReceived, this,
                    [this] { received.fetch_add(1, std::memory_order_relaxed); });
            connect(ws, &QWebSocket::connected, this, [this] { ++connected; });
            connect(ws, &QWebSocket::disconnected, this, [this] { ++disconnected; });
            ws->open(m_url);
        }
    }
    /// On the receivers' thread.
    void close()
    {
        for (QWebSocket *ws : findChildren<QWebSocket *>()) {
            QObject::disconnect(ws, nullptr, this, nullptr);
            ws->abort();
        }
    }

    std::atomic<qint64> received{0};
    std::atomic<int> connected{0};
    std::atomic<int> disconnected{0};

private:
    QUrl m_url;
};

/** Part 2; false when the mock did not stream (it died, or no client connected). */
bool stream(const QString &document, int seconds)
{
    const quint16 port = freePort();
    QProcess mock;
    // Its log (a JSON line for each message) goes nowhere: formatted and written, not read.
    mock.setStandardOutputFile(QProcess::nullDevice());
    QTemporaryDir dir;
    const QString errors = dir.filePath(QStringLiteral("stderr.txt"));
    mock.setStandardErrorFile(errors);
    mock.start(QStringLiteral(SIGNALBOX_CLI),
               {QStringLiteral("mock"), document, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--rate"), QString::number(RatePerClient), QStringLiteral("--role"),
                QStringLiteral("client"), QStringLiteral("--server"), QStringLiteral("local")});
    if (!mock.waitForStarted(5000)) {
        std::printf("the mock did not start: %s\n", qPrintable(mock.errorString()));
        return false;
    }
    QElapsedTimer wait;
    wait.start();
    while (!accepts(port) && wait.elapsed() < 30'000 && mock.state() != QProcess::NotRunning)
        QThread::msleep(5);

    QThread thread;
    auto *receivers = new Receivers(QUrl(QStringLiteral("ws://127.0.0.1:%1/cranes/C-07/telemetry").arg(port)));
    receivers->moveToThread(&thread);
    thread.start();
    QMetaObject::invokeMethod(receivers, &Receivers::open);
    wait.restart();
    while (receivers->connected < Clients && wait.elapsed() < 10'000)
        QThread::msleep(5);
    const int connected = receivers->connected;

    QList<qint64> perSecond;
    QElapsedTimer clock;
    clock.start();
    qint64 before = receivers->received;
    const double cpuBefore = cpuSeconds(mock.processId());
    for (int s = 1; s <= seconds && mock.state() == QProcess::Running; ++s) {
        QThread::msleep(quint64(std::max<qint64>(0, s * 1000 - clock.elapsed())));
        const qint64 now = receivers->received;
        perSecond.append(now - before);
        before = now;
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds(mock.processId()) - cpuBefore;
    const long peakKb = statusKb(mock.processId(), "VmHWM");
    const bool running = mock.state() == QProcess::Running;
    const int lost = receivers->disconnected;
    QMetaObject::invokeMethod(receivers, &Receivers::close, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(receivers, &QObject::deleteLater);
    thread.quit();
    thread.wait();
    mock.terminate();
    if (!mock.waitForFinished(5000))
        mock.kill();
    mock.waitForFinished(5000);

    qint64 total = 0;
    for (qint64 n : std::as_const(perSecond))
        total += n;
    const auto [lowest, highest] = std::minmax_element(perSecond.cbegin(), perSecond.cend());
    std::printf("%d clients x --rate %d for %.1f s: %lld received, %.0f a second (lowest second %lld, highest %lld); "
                "%d of %d connected, %d connections lost\n",
                Clients, RatePerClient, elapsed, qlonglong(total), double(total) / elapsed,
                perSecond.isEmpty() ? 0LL : qlonglong(*lowest), perSecond.isEmpty() ? 0LL : qlonglong(*highest),
                connected, Clients, lost);
    std::printf("mock peak memory %.1f MB (VmHWM), CPU %.0f%% of one core while streaming (goal: under 100 MB)\n",
                double(peakKb) / 1024, elapsed > 0 ? 100 * cpu / elapsed : 0);
    if (!running) {
        QFile e(errors);
        if (e.open(QIODevice::ReadOnly))
            std::printf("the mock stopped: %s\n", e.readAll().constData());
    }
    return running && connected == Clients && lost == 0 && total > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known, also into a pipe
    QStringList args = QCoreApplication::arguments().mid(1);
    int seconds = 60;
    if (!args.isEmpty()) {
        bool ok = false;
        const int n = args.constFirst().toInt(&ok);
        if (ok) {
            seconds = std::max(1, n);
            args.removeFirst();
        }
    }
    const QString cranes = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml");
    if (args.isEmpty())
        args.append(cranes);

    QTemporaryDir dir;
    bool failed = false;
    std::printf("== signalbox-cli mock: start-up until it accepts a connection, and until its first line "
                "(median of %d; goal: under 150 ms)\n",
                Starts);
    {
        // The floor: the same program starting, parsing its arguments and exiting, no document.
        QList<double> help;
        for (int i = 0; i < Starts; ++i) {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            p.start(QStringLiteral(SIGNALBOX_CLI), {QStringLiteral("mock"), QStringLiteral("--help")});
            if (p.waitForFinished(30'000))
                help.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("%-48s exits after %7.1f ms (the floor: process and Qt start-up)\n", "`signalbox-cli mock --help`",
                    median(help));
    }
    for (const QString &file : std::as_const(args)) {
        bool converted = false;
        const QString served = servable(file, dir, &converted);
        const QString name = QStringLiteral("%1 (%2 KB%3)")
                                 .arg(QFileInfo(file).fileName())
                                 .arg(QFileInfo(file).size() / 1024)
                                 .arg(converted ? QStringLiteral(", servers as ws") : QString());
        QList<double> accept;
        QList<double> line;
        QString error;
        for (int i = 0; i < Starts && error.isEmpty(); ++i) {
            const Start s = startOnce(served, &error);
            if (s.acceptMs >= 0)
                accept.append(s.acceptMs);
            if (s.lineMs >= 0)
                line.append(s.lineMs);
        }
        if (!error.isEmpty() || accept.size() < Starts) {
            std::printf("%-48s did not start: %s\n", qPrintable(name), qPrintable(error));
            failed = true;
            continue;
        }
        std::printf("%-48s accepts after %7.1f ms (best %7.1f), first line after %7.1f ms\n", qPrintable(name),
                    median(accept), *std::min_element(accept.cbegin(), accept.cend()), median(line));
    }

    std::printf("== signalbox-cli mock: %d WebSocket clients, %d messages a second asked for, %d s "
                "(harbour-cranes telemetry)\n",
                Clients, Clients * RatePerClient, seconds);
    if (!stream(cranes, seconds))
        failed = true;
    return failed ? 1 : 0;
}
