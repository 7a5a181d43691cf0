// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli mock's faults, seen by clients we did not write, on 127.0.0.1:
// - --drop-every 100: npm's ws and python3-websockets reconnect after each drop, and every
//   connection got each of its messages before the cut exactly once (a WebSocket stream starts
//   again at its first message on each connection: there is nothing like Last-Event-ID);
//   Debian's node-eventsource reconnects on its own with Last-Event-ID, and ids 1 to 1000 arrive
//   exactly once across the drops.
// - --invalid-every 10: signalbox-cli probe flags exactly every tenth message.
// The document, tests/data/mock/numbers.yaml, numbers its examples: a client can tell each message
// of a connection from the others.

#include "serverprocess.h"
#include "skipping.h"
#include "testconfig.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

class TestMockClients : public QObject
{
    Q_OBJECT

private slots:
    void webSocketClientsAfterDrops_data();
    void webSocketClientsAfterDrops();
    void sseClientResumesAfterDrops();
    void slowWebSocketReaderGetsEveryMessageBeforeTheDrop();
    void probeFlagsEveryInvalid_data();
    void probeFlagsEveryInvalid();
};

namespace {

const QString Numbers = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/numbers.yaml");
/// Where Debian's node-* packages (node-eventsource) put their modules.
const QString DebianNodeModules = QStringLiteral("/usr/share/nodejs");
constexpr int Drop = 100;
constexpr int Events = 1000;

/**
 * Starts signalbox-cli mock on \a document with \a args, its log (standard output) into \a logFile:
 * the mock writes a line for every message, which a pipe nobody reads while a client runs would
 * stall. Returns "127.0.0.1:PORT" once it listens (from the URLs it prints), empty when it did not.
 */
QString startMock(QProcess &mock, const QString &logFile, const QStringList &args, const QString &document = Numbers)
{
    mock.setStandardOutputFile(logFile);
    mock.start(QStringLiteral(SIGNALBOX_CLI_PATH), QStringList{u"mock"_s, document, u"--duration"_s, u"90"_s} + args);
    if (!mock.waitForStarted(5000))
        return {};
    static const QRegularExpression origin(u"(?:ws|http)://(127\\.0\\.0\\.1:\\d+)"_s);
    QString printed;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && mock.state() == QProcess::Running) {
        mock.waitForReadyRead(50);
        printed += QString::fromUtf8(mock.readAllStandardError());
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly))
            printed += QString::fromUtf8(log.readLine());
        if (const auto m = origin.match(printed); m.hasMatch())
            return m.captured(1);
    }
    qWarning("the mock did not start: %s", qPrintable(printed));
    return {};
}

/** Stops the mock; the JSON lines of its log. */
QList<QJsonObject> stopMock(QProcess &mock, const QString &logFile)
{
    mock.terminate();
    if (!mock.waitForFinished(5000))
        mock.kill();
    mock.waitForFinished(5000);
    QList<QJsonObject> entries;
    QFile log(logFile);
    if (log.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                entries.append(doc.object());
        }
    }
    return entries;
}

/** Runs a client script to its end (bounded); the JSON object it printed, or why there is none. */
std::optional<QJsonObject> runClient(const QString &program, const QStringList &args, const QString &nodePath,
                                     QString *why)
{
    QProcess client;
    if (!nodePath.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NODE_PATH"_s, nodePath);
        client.setProcessEnvironment(env);
    }
    client.start(program, args);
    if (!client.waitForFinished(60000)) {
        client.kill();
        client.waitForFinished(5000);
        *why = u"the client did not finish in 60 s"_s;
        return std::nullopt;
    }
    const QByteArray out = client.readAllStandardOutput();
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    if (client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0 || !doc.isObject()) {
        *why = QStringLiteral("exit %1: %2 %3")
                   .arg(client.exitCode())
                   .arg(QString::fromUtf8(client.readAllStandardError()), QString::fromUtf8(out.left(2000)));
        return std::nullopt;
    }
    return doc.object();
}

/** Whether node finds \a module in \a nodePath. */
bool nodeHas(const QString &module, const QString &nodePath)
{
    QProcess check;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, nodePath);
    check.setProcessEnvironment(env);
    check.start(u"node"_s, {u"-e"_s, u"require('%1')"_s.arg(module)});
    return check.waitForFinished(20000) && check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0;
}

int countOf(const QList<QJsonObject> &log, const QString &direction, const QString &event = {})
{
    return int(std::count_if(log.cbegin(), log.cend(), [&](const QJsonObject &e) {
        return e[u"direction"_s].toString() == direction && (event.isEmpty() || e[u"event"_s].toString() == event);
    }));
}

} // namespace

void TestMockClients::webSocketClientsAfterDrops_data()
{
    QTest::addColumn<QString>("client");
    QTest::newRow("npm ws") << u"node"_s;
    QTest::newRow("python3-websockets") << u"python"_s;
}

void TestMockClients::webSocketClientsAfterDrops()
{
    QFETCH(QString, client);
    QString program;
    QString script;
    QString nodePath;
    if (client == u"node"_s) {
        nodePath = QStringLiteral(SIGNALBOX_NODE_WS_DIR);
        if (nodePath.isEmpty() || !QFile::exists(nodePath + u"/ws/package.json"_s))
            SIGNALBOX_SKIP("npm's ws is not fetched (packaging/dev.sh setup fetches it)");
        program = u"node"_s;
        script = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/cli/mock_ws_client.js");
    } else {
        if (!Signalbox::Test::havePythonWebsockets())
            SIGNALBOX_SKIP("python3-websockets is not installed (packaging/dev.sh setup installs it)");
        program = u"/usr/bin/python3"_s;
        script = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/cli/mock_ws_client.py");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logFile = dir.filePath(u"mock.jsonl"_s);
    QProcess mock;
    const QString origin = startMock(mock, logFile, {u"--rate"_s, u"1000"_s, u"--drop-every"_s, QString::number(Drop)});
    QVERIFY(!origin.isEmpty());

    QString why;
    const auto seen = runClient(program, {script, u"ws://%1/ws/numbers"_s.arg(origin), QString::number(Events / Drop)},
                                nodePath, &why);
    const QList<QJsonObject> log = stopMock(mock, logFile);
    QVERIFY2(seen, qPrintable(why));

    // Each connection: the messages 1 to 100 of its stream, each once and in order, then the cut
    // (no close frame: 1006), none lost before it.
    QList<int> expected;
    for (int seq = 1; seq <= Drop; ++seq)
        expected.append(seq);
    const QJsonArray connections = (*seen)[u"connections"_s].toArray();
    QCOMPARE(connections.size(), Events / Drop);
    int received = 0;
    for (const QJsonValue &c : connections) {
        QList<int> seqs;
        for (const QJsonValue &s : c[u"seqs"_s].toArray())
            seqs.append(s.toInt());
        QCOMPARE(seqs, expected);
        QCOMPARE(c[u"code"_s].toInt(), 1006);
        received += int(seqs.size());
    }
    QCOMPARE(received, Events);
    // The mock's own account: as many messages as arrived, and a drop after every hundredth.
    QCOMPARE(countOf(log, u"out"_s), Events);
    QCOMPARE(countOf(log, u"connection"_s, u"dropped"_s), Events / Drop);
}

void TestMockClients::sseClientResumesAfterDrops()
{
    if (!nodeHas(u"eventsource"_s, DebianNodeModules))
        SIGNALBOX_SKIP("Debian's node-eventsource is not installed (packaging/dev.sh setup installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logFile = dir.filePath(u"mock.jsonl"_s);
    QProcess mock;
    // --retry 100: the client waits what the stream's `retry:` says before it reconnects.
    const QString origin = startMock(
        mock, logFile, {u"--rate"_s, u"1000"_s, u"--drop-every"_s, QString::number(Drop), u"--retry"_s, u"100"_s});
    QVERIFY(!origin.isEmpty());

    QString why;
    const auto seen = runClient(u"node"_s,
                                {QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/cli/mock_sse_client.js"),
                                 u"http://%1/sse/numbers"_s.arg(origin), u"number"_s, QString::number(Events)},
                                DebianNodeModules, &why);
    const QList<QJsonObject> log = stopMock(mock, logFile);
    QVERIFY2(seen, qPrintable(why));

    // Ids 1 to 1000, each once and in order, across the drops; the Nth event is the same message
    // whichever connection carried it.
    const QJsonArray events = (*seen)[u"events"_s].toArray();
    QCOMPARE(events.size(), Events);
    for (int i = 0; i < Events; ++i) {
        const QJsonArray e = events[i].toArray();
        QCOMPARE(e[0].toString(), QString::number(i + 1));
        QCOMPARE(e[1].toInt(), i % Drop + 1);
    }
    // It opened the stream once and reconnected after each of the nine drops before the last event.
    QCOMPARE((*seen)[u"opens"_s].toInt(), Events / Drop);
    // The mock sent each id once: every reconnection resumed after the last id the client had.
    QList<int> sentIds;
    for (const QJsonObject &e : log) {
        if (e[u"direction"_s] == u"out"_s)
            sentIds.append(e[u"eventId"_s].toString().toInt());
    }
    QCOMPARE(sentIds.size(), Events);
    for (int i = 0; i < Events; ++i)
        QCOMPARE(sentIds[i], i + 1);
    QVERIFY(countOf(log, u"connection"_s, u"dropped"_s) >= Events / Drop - 1);
}

void TestMockClients::slowWebSocketReaderGetsEveryMessageBeforeTheDrop()
{
    // A client that reads slowly: what the mock has sent but the client not yet read waits in the
    // mock's socket. The drop comes after the hundredth message; the messages before it must still
    // arrive, as they do for a fast reader. numbers.yaml with 60 KB in each example: 100 of them are
    // more than the kernel holds for a reader that keeps a small receive buffer (and less than the
    // 8 MB after which the mock drops a client that does not read).
    if (!Signalbox::Test::havePythonWebsockets())
        SIGNALBOX_SKIP("python3-websockets is not installed (packaging/dev.sh setup installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile numbers(Numbers);
    QVERIFY(numbers.open(QIODevice::ReadOnly));
    QByteArray big;
    const QByteArray pad = ", pad: " + QByteArray(60000, 'x') + '}';
    for (QByteArray line : numbers.readAll().split('\n')) {
        if (line.startsWith("        - payload: {seq: "))
            line.replace('}', pad);
        big += line + '\n';
    }
    const QString document = dir.filePath(u"big-numbers.yaml"_s);
    QFile out(document);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(big);
    out.close();
    const QString logFile = dir.filePath(u"mock.jsonl"_s);
    QProcess mock;
    const QString origin =
        startMock(mock, logFile, {u"--rate"_s, u"1000"_s, u"--drop-every"_s, QString::number(Drop)}, document);
    QVERIFY(!origin.isEmpty());

    QString why;
    const auto seen = runClient(u"/usr/bin/python3"_s,
                                {QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/cli/mock_ws_client.py"),
                                 u"ws://%1/ws/numbers"_s.arg(origin), u"1"_s, u"2"_s},
                                {}, &why);
    const QList<QJsonObject> log = stopMock(mock, logFile);
    QVERIFY2(seen, qPrintable(why));
    // The mock's log says it sent all hundred, then dropped the connection on purpose.
    QCOMPARE(countOf(log, u"out"_s), Drop);
    QCOMPARE(countOf(log, u"connection"_s, u"dropped"_s), 1);
    const QJsonArray connections = (*seen)[u"connections"_s].toArray();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections[0][u"code"_s].toInt(), 1006);
    // The drop waits until what was sent has left (it once cut with half of it still in Qt's buffer).
    QCOMPARE(connections[0][u"seqs"_s].toArray().size(), Drop);
}

void TestMockClients::probeFlagsEveryInvalid_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("path");
    QTest::newRow("WebSocket") << u"wsNumbers"_s << u"ws://%1/ws/numbers"_s;
    QTest::newRow("SSE") << u"sseNumbers"_s << u"http://%1/sse/numbers"_s;
}

void TestMockClients::probeFlagsEveryInvalid()
{
    QFETCH(QString, channel);
    QFETCH(QString, path);
    constexpr int Count = 200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logFile = dir.filePath(u"mock.jsonl"_s);
    QProcess mock;
    const QString origin = startMock(mock, logFile, {u"--rate"_s, u"1000"_s, u"--invalid-every"_s, u"10"_s});
    QVERIFY(!origin.isEmpty());

    QProcess probe;
    probe.start(QStringLiteral(SIGNALBOX_CLI_PATH),
                {u"probe"_s, Numbers, u"--channel"_s, channel, u"--url"_s, path.arg(origin), u"--count"_s,
                 QString::number(Count), u"--timeout"_s, u"30"_s});
    QVERIFY(probe.waitForFinished(60000));
    const QList<QJsonObject> log = stopMock(mock, logFile);
    QCOMPARE(probe.exitCode(), 1); // some message did not conform

    QList<QJsonObject> in;
    for (const QByteArray &line : probe.readAllStandardOutput().split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e[u"direction"_s] == u"in"_s)
            in.append(e);
    }
    QList<QJsonObject> out;
    for (const QJsonObject &e : log) {
        if (e[u"direction"_s] == u"out"_s)
            out.append(e);
    }
    // At least Count: the probe prints the rest of the batch that held the Count-th message.
    QVERIFY2(in.size() >= Count, qPrintable(QString::number(in.size())));
    QVERIFY(out.size() >= in.size());
    for (int i = 0; i < in.size(); ++i) {
        const bool invalid = (i + 1) % 10 == 0;
        const QString check = in[i][u"check"_s].toString();
        QVERIFY2((check == u"conforms"_s) != invalid,
                 qPrintable(u"message %1: %2"_s.arg(i + 1).arg(QString::fromUtf8(QJsonDocument(in[i]).toJson()))));
        // The same message as the mock sent, which its own log flags as invalid on purpose.
        QCOMPARE(in[i][u"payload"_s].toString(), out[i][u"payload"_s].toString());
        QCOMPARE(out[i][u"status"_s].toString().contains(u"invalid on purpose"_s), invalid);
        if (channel == u"sseNumbers"_s)
            QCOMPARE(in[i][u"eventId"_s].toString(), QString::number(i + 1));
    }
}

SIGNALBOX_TEST_GUILESS_MAIN(TestMockClients)
#include "tst_mockclients.moc"
