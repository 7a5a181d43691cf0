// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli mock, talked to by a client we did not write (Debian's python3-websockets and
// Python's HTTP client, tests/cli/mock_client.py) on 127.0.0.1.

#include "serverprocess.h"
#include "skipping.h"
#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMock : public QObject
{
    Q_OBJECT

private slots:
    void usage_data();
    void usage();
    void servesAnIndependentClient();
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

SIGNALBOX_TEST_GUILESS_MAIN(TestMock)
#include "tst_mock.moc"
