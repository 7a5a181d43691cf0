// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli mock, talked to by a client we did not write (Debian's python3-websockets and
// Python's HTTP client, tests/cli/mock_client.py) on 127.0.0.1.

#include "serverprocess.h"
#include "skipping.h"
#include "testconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMock : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void servesAnIndependentClient();
    void recordsAndReplays();
    void probeSummaryPairsTheReply();
    void servesOverTls();
};

namespace {

const QString Rooms = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/rooms.yaml");

} // namespace

void TestMock::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("no-file") << QStringList{} << u"usage"_s;
    QTest::newRow("bad-listen") << QStringList{Rooms, u"--listen"_s, u"nowhere"_s} << u"--listen"_s;
    QTest::newRow("bad-rate") << QStringList{Rooms, u"--rate"_s, u"-1"_s} << u"--rate"_s;
    QTest::newRow("bad-role") << QStringList{Rooms, u"--role"_s, u"server"_s} << u"--role"_s;
    QTest::newRow("no-such-server") << QStringList{Rooms, u"--server"_s, u"nope"_s} << u"nope"_s;
    QTest::newRow("unreadable") << QStringList{u"/nonexistent/x.yaml"_s} << u"cannot read"_s;
    QTest::newRow("reserved-close-code") << QStringList{Rooms, u"--close-code"_s, u"1006"_s} << u"--close-code"_s;
    QTest::newRow("rate-nan") << QStringList{Rooms, u"--rate"_s, u"nan"_s} << u"--rate"_s;
    QTest::newRow("fast-alone") << QStringList{Rooms, u"--fast"_s} << u"--fast goes with --replay"_s;
    QTest::newRow("no-log") << QStringList{Rooms, u"--replay"_s, u"/nonexistent/log.jsonl"_s} << u"cannot read"_s;
}

void TestMock::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QProcess p;
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH), QStringList{u"mock"_s} + args);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(error), qPrintable(err));
}

void TestMock::servesAnIndependentClient()
{
    if (!Signalbox::Test::havePythonWebsockets())
        SIGNALBOX_SKIP("python3-websockets is not installed (packaging/dev.sh setup installs it)");
    QProcess mock;
    mock.start(QStringLiteral(SIGNALBOX_CLI_PATH),
               {u"mock"_s, Rooms, u"--rate"_s, u"20"_s, u"--token"_s, u"secret"_s, u"--duration"_s, u"60"_s});
    QVERIFY(mock.waitForStarted(5000));
    QString err;
    for (int i = 0; i < 100 && err.count(u"serving"_s) < 2; ++i) {
        mock.waitForReadyRead(100);
        err += QString::fromUtf8(mock.readAllStandardError());
    }
    const QString ws = QRegularExpression(u"ws://\\S+"_s).match(err).captured().replace(u"{roomId}"_s, u"dock"_s);
    const QString sse = QRegularExpression(u"http://\\S+/ticks"_s).match(err).captured();
    QVERIFY2(!ws.isEmpty() && !sse.isEmpty(), qPrintable(err));

    QProcess client;
    client.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/cli/mock_client.py"), ws, sse, u"secret"_s});
    QVERIFY(client.waitForFinished(30000));
    const QByteArray out = client.readAllStandardOutput();
    QVERIFY2(client.exitCode() == 0, client.readAllStandardError().constData());
    const QJsonObject seen = QJsonDocument::fromJson(out).object();
    QCOMPARE(seen[u"without_token"_s].toInt(), 401);
    const QJsonArray first = seen[u"first"_s].toArray();
    QCOMPARE(first.size(), 2);
    QCOMPARE(first[0].toObject()[u"text"_s].toString(), u"hello"_s);
    QCOMPARE(first[1].toObject()[u"text"_s].toString(), u"world"_s);
    QCOMPARE(seen[u"pong"_s].toObject()[u"re"_s].toString(), u"py-7"_s); // the ping's id, where pong keeps it
    const QJsonObject stream = seen[u"sse"_s].toObject();
    QCOMPARE(stream[u"content_type"_s].toString(), u"text/event-stream"_s);
    const QJsonArray events = stream[u"events"_s].toArray();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].toObject()[u"id"_s].toString(), u"11"_s); // after Last-Event-ID 10
    QCOMPARE(events[0].toObject()[u"event"_s].toString(), u"tick"_s);
    QCOMPARE(seen[u"missing"_s].toArray()[0].toInt(), 404);

    mock.terminate();
    QVERIFY(mock.waitForFinished(5000));
    const QList<QByteArray> log = mock.readAllStandardOutput().split('\n');
    const bool pingChecked = std::any_of(log.cbegin(), log.cend(), [](const QByteArray &line) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        return e[u"direction"_s] == u"in"_s && e[u"message"_s] == u"ping"_s && e[u"check"_s] == u"conforms"_s;
    });
    QVERIFY(pingChecked);
}

namespace {

/** Starts `signalbox-cli mock` with \a args and returns the base URL of its first line (empty on failure). */
QString startMock(QProcess &mock, const QStringList &args)
{
    mock.start(QStringLiteral(SIGNALBOX_CLI_PATH), QStringList{u"mock"_s, Rooms} + args);
    if (!mock.waitForStarted(5000))
        return {};
    for (int i = 0; i < 100 && !mock.canReadLine(); ++i)
        mock.waitForReadyRead(100);
    return QString::fromUtf8(mock.readLine()).trimmed();
}

/** The payloads of the messages that `signalbox-cli probe` received from \a url, with its exit code. */
QByteArrayList probe(const QString &url, int count, int *exitCode, QByteArray *log = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH), {u"probe"_s, Rooms, u"--channel"_s, u"ticks"_s, u"--url"_s, url,
                                                 u"--count"_s, QString::number(count), u"--timeout"_s, u"20"_s});
    if (!p.waitForFinished(30000))
        return {};
    *exitCode = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    if (log)
        *log = out;
    QByteArrayList payloads;
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e[u"direction"_s] == u"in"_s)
            payloads.append(e[u"payload"_s].toString().toUtf8());
    }
    return payloads;
}

} // namespace

void TestMock::recordsAndReplays()
{
    // The mock records what it serves; that record, and what the probe received, are served back.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString record = dir.filePath(u"mock.jsonl"_s);
    QProcess mock;
    const QString base = startMock(mock, {u"--server"_s, u"feed"_s, u"--rate"_s, u"100"_s, u"--count"_s, u"3"_s,
                                          u"--random"_s, u"--seed"_s, u"9"_s, u"--record"_s, record});
    QVERIFY2(base.startsWith(u"http://127.0.0.1:"_s), qPrintable(base)); // the base URL on the first line
    int exitCode = -1;
    QByteArray probeLog;
    const QByteArrayList served = probe(base + u"/ticks"_s, 3, &exitCode, &probeLog);
    QCOMPARE(exitCode, 0);
    QCOMPARE(served.size(), 3);
    QVERIFY(mock.waitForFinished(10000)); // --count: done once its client had them and left
    QCOMPARE(mock.exitCode(), 0);
    QFile recorded(record);
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    const QByteArrayList lines = recorded.readAll().trimmed().split('\n');
    QVERIFY(QJsonDocument::fromJson(lines.first()).object()[u"event"_s] == u"listening"_s);
    QVERIFY(probeLog.contains(R"("channel":"ticks")")); // the probe's log says the channel

    // A mock stopped by a signal (the usual way) has recorded what it did.
    {
        const QString stopped = dir.filePath(u"stopped.jsonl"_s);
        QProcess running;
        const QString url =
            startMock(running, {u"--server"_s, u"feed"_s, u"--rate"_s, u"100"_s, u"--record"_s, stopped});
        QCOMPARE(probe(url + u"/ticks"_s, 2, &exitCode).size(), 2);
        running.terminate();
        QVERIFY(running.waitForFinished(5000));
        QFile file(stopped);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().count("\"direction\":\"out\"") >= 2, qPrintable(stopped));
    }

    const QString probeRecord = dir.filePath(u"probe.jsonl"_s);
    QFile out(probeRecord);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(probeLog);
    out.close();
    for (const QString &log : {record, probeRecord}) {
        QProcess replay;
        const QString url = startMock(replay, {u"--server"_s, u"feed"_s, u"--replay"_s, log, u"--fast"_s});
        QVERIFY2(url.startsWith(u"http://"_s), qPrintable(url + QString::fromUtf8(replay.readAllStandardError())));
        QCOMPARE(probe(url + u"/ticks"_s, 3, &exitCode), served);
        QCOMPARE(exitCode, 0);
        replay.terminate();
        QVERIFY(replay.waitForFinished(5000));
    }
}

void TestMock::probeSummaryPairsTheReply()
{
    QProcess mock;
    const QString base = startMock(mock, {u"--server"_s, u"rooms"_s, u"--rate"_s, u"0"_s, u"--token"_s, u"s3"_s});
    QVERIFY2(base.startsWith(u"http://"_s), qPrintable(base));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"s3"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH),
            {u"probe"_s, Rooms, u"--url"_s, QString(base).replace(u"http:"_s, u"ws:"_s) + u"/rooms/lobby"_s,
             u"--operation"_s, u"answerPing"_s, u"--send-example"_s, u"--count"_s, u"2"_s, u"--summary"_s,
             u"--allow-plaintext-credentials"_s, u"--timeout"_s, u"20"_s});
    QVERIFY(p.waitForFinished(30000));
    const QByteArrayList lines = p.readAllStandardOutput().trimmed().split('\n');
    QVERIFY2(p.exitCode() == 0, lines.join('\n').constData());
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object()[u"summary"_s].toObject();
    QCOMPARE(summary[u"out"_s].toInt(), 1);
    QCOMPARE(summary[u"in"_s].toInt(), 2); // the pong, then a chat message (one for each message sent)
    const QJsonObject room = summary[u"channels"_s][u"room"_s][u"messages"_s].toObject();
    QCOMPARE(room[u"pong"_s][u"in"_s].toInt(), 1);
    QCOMPARE(room[u"chat"_s][u"in"_s].toInt(), 1);
    const QJsonObject ping = summary[u"operations"_s][u"answerPing"_s].toObject();
    QCOMPARE(ping[u"answered"_s].toInt(), 1);
    QVERIFY(ping[u"p50Ms"_s].toInt() >= 0);
    mock.terminate();
    QVERIFY(mock.waitForFinished(5000));
}

void TestMock::servesOverTls()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!Signalbox::Test::makeSelfSignedCertificate(dir.path()))
        SIGNALBOX_SKIP("openssl could not make a certificate");
    QProcess mock;
    const QString base = startMock(mock, {u"--server"_s, u"feed"_s, u"--rate"_s, u"50"_s, u"--tls-cert"_s,
                                          dir.filePath(u"cert.pem"_s), u"--tls-key"_s, dir.filePath(u"key.pem"_s)});
    QVERIFY2(base.startsWith(u"https://127.0.0.1:"_s),
             qPrintable(base + QString::fromUtf8(mock.readAllStandardError())));
    QProcess p;
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH),
            {u"probe"_s, Rooms, u"--channel"_s, u"ticks"_s, u"--url"_s, base + u"/ticks"_s, u"--ca-file"_s,
             dir.filePath(u"cert.pem"_s), u"--count"_s, u"2"_s, u"--timeout"_s, u"20"_s});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, QByteArray(p.readAllStandardOutput() + p.readAllStandardError()).constData());
    mock.terminate();
    QVERIFY(mock.waitForFinished(5000));

    QProcess keyAlone;
    keyAlone.start(QStringLiteral(SIGNALBOX_CLI_PATH), {u"mock"_s, Rooms, u"--tls-key"_s, dir.filePath(u"key.pem"_s)});
    QVERIFY(keyAlone.waitForFinished(20000));
    QCOMPARE(keyAlone.exitCode(), 2);
    QVERIFY(keyAlone.readAllStandardError().contains("--tls-key goes with --tls-cert"));
}

SIGNALBOX_TEST_GUILESS_MAIN(TestMock)
#include "tst_mock.moc"
