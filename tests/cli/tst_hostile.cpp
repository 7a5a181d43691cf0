// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Every finding of the security and reliability review (issue 11), through the real programs:
// signalbox-cli on hostile documents and the probe against hostile servers of our own
// (tests/cli/hostile_server.py, Python's standard library only), each asserting the safe outcome.
// The documents are written here: nothing depends on ../shared.
#include "serverprocess.h"
#include "testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Fake secrets: if any of these strings shows up in an output, a file outside the project leaked.
constexpr char SshKey[] = "FAKE-OPENSSH-KEY-9f1c2a7e";
constexpr char GitToken[] = "ghp_FAKETOKEN4b8d0c61";

struct Run
{
    bool finished = false;
    bool crashed = false;
    int status = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
    QByteArray all() const { return out + err; }
};

/** The program under test; SIGNALBOX_TEST_CLI runs these cases against another build (an older one, say). */
QString cliPath()
{
    return qEnvironmentVariable("SIGNALBOX_TEST_CLI", QStringLiteral(SIGNALBOX_CLI_PATH));
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    // C1, M10: file references stay in the project.
    void referencesOutsideTheProjectAreRefused();
    void outsideContentIsNeverSent();
    void allowedRootsAreHonoured();
    // H1: devices and FIFOs.
    void devicesAndFifosAreRefused();
    // H2, H3, M7 and the YAML event flood: bounded work.
    void referenceChainsDoNotOverflow_data();
    void referenceChainsDoNotOverflow();
    void referenceFanOutIsTruncated();
    void stringFanOutIsBounded_data();
    void stringFanOutIsBounded();
    void sampleBombIsBounded();
    void yamlEventFloodEndsQuickly();
    void longNonAsciiLineIsLinear();
    // M1, M2, M8: hostile servers.
    void endlessSseEventsAreCut_data();
    void endlessSseEventsAreCut();
    void retryZeroBacksOff();
    void webSocketReconnectKeepsTrying();
    // M4, M5, L5: secrets.
    void tokensInUrlsAreRedacted();
    void serverVariablesCannotChangeTheHost();
    void plaintextCredentialsNeedConsent();

private:
    Run cli(const QStringList &args, int timeoutMs = 60000,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString write(const QString &relative, const QByteArray &text);
    int startHostile(const QString &mode, const QString &file = {});

    QTemporaryDir m_dir;
    QString m_home; ///< a fake home: secrets in it, the project in Downloads/project
    QString m_project;
    QProcess m_server;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_home = m_dir.filePath(u"home"_s);
    m_project = m_home + u"/Downloads/project"_s;
    QVERIFY(QDir().mkpath(m_project));
    QVERIFY(QDir().mkpath(m_home + u"/.ssh"_s));
    write(u"home/.ssh/id_ed25519"_s, QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\n") + SshKey + "\n");
    write(u"home/.git-credentials"_s, QByteArray("https://alice:") + GitToken + "@git.example\n");
}

void TestHostile::cleanup()
{
    Signalbox::Test::stopServer(m_server);
}

Run TestHostile::cli(const QStringList &args, int timeoutMs, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_home); // as when started from a terminal at home
    QElapsedTimer t;
    t.start();
    p.start(cliPath(), args);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.ms = t.elapsed();
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.status = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString TestHostile::write(const QString &relative, const QByteArray &text)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

int TestHostile::startHostile(const QString &mode, const QString &file)
{
    QStringList args{QStringLiteral(SIGNALBOX_HOSTILE_SERVER), mode};
    if (!file.isEmpty())
        args << file;
    return Signalbox::Test::startServer(m_server, u"/usr/bin/python3"_s, args).value(0);
}

#define VERIFY_ENDED(r)                                                                                                \
    do {                                                                                                               \
        QVERIFY2((r).finished, "the program did not end in time");                                                     \
        QVERIFY2(!(r).crashed, qPrintable(u"the program crashed: "_s + QString::fromUtf8((r).err.right(2000))));       \
    } while (false)

namespace {
// A document whose examples, bindings and payloads reach for files outside its folder in every way.
QByteArray exfiltrating(const QString &home, const QString &port)
{
    return QStringLiteral(R"(asyncapi: 3.0.0
info: {title: Evil, version: '1'}
servers:
  capture: {host: '127.0.0.1:%2', protocol: ws}
channels:
  leak:
    address: /leak
    bindings:
      ws: {$ref: '../../.git-credentials'}
    messages:
      key:
        payload: {type: string}
        examples:
          - payload: {$ref: '../../.ssh/id_ed25519'}
      abs:
        payload: {type: string}
        examples:
          - payload: {$ref: '%1/.git-credentials'}
      link:
        payload: {type: string}
        examples:
          - payload: {$ref: 'inside/link-to-key'}
operations:
  sendLeak:
    action: send
    channel: {$ref: '#/channels/leak'}
)")
        .arg(home, port)
        .toUtf8();
}
} // namespace

void TestHostile::referencesOutsideTheProjectAreRefused()
{
    QDir(m_project).mkpath(u"inside"_s);
    QFile::remove(m_project + u"/inside/link-to-key"_s);
    QVERIFY(QFile::link(m_home + u"/.ssh/id_ed25519"_s, m_project + u"/inside/link-to-key"_s));
    const QString doc = write(u"home/Downloads/project/evil.yaml"_s, exfiltrating(m_home, u"9"_s));
    Run r = cli({u"validate"_s, doc});
    VERIFY_ENDED(r);
    QCOMPARE(r.status, 1);
    QVERIFY2(!r.all().contains(SshKey) && !r.all().contains(GitToken), r.all().constData());
    // Each refusal is reported on the line of its `$ref`: 9, 14, 18 and 22.
    for (int line : {9, 14, 18, 22})
        QVERIFY2(r.all().contains(u"evil.yaml:%1:"_s.arg(line).toUtf8()), r.all().constData());

    const QString html = m_dir.filePath(u"out.html"_s);
    r = cli({u"export-html"_s, doc, u"-o"_s, html});
    VERIFY_ENDED(r);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray content = page.readAll();
    QVERIFY(content.contains("<html"));
    QVERIFY(!content.contains(SshKey) && !content.contains(GitToken));
    QVERIFY(!r.all().contains(SshKey) && !r.all().contains(GitToken));
}

void TestHostile::outsideContentIsNeverSent()
{
    const QString captured = m_dir.filePath(u"captured.txt"_s);
    const int port = startHostile(u"ws-capture"_s, captured);
    QVERIFY(port > 0);
    QDir(m_project).mkpath(u"inside"_s);
    QFile::link(m_home + u"/.ssh/id_ed25519"_s, m_project + u"/inside/link-to-key"_s);
    const QString doc = write(u"home/Downloads/project/probe.yaml"_s, exfiltrating(m_home, QString::number(port)));
    for (const QString &channelArgs : {u"--operation=sendLeak"_s}) {
        Run r = cli({u"probe"_s, doc, channelArgs, u"--send-example"_s, u"--timeout"_s, u"3"_s});
        VERIFY_ENDED(r);
        QVERIFY(!r.all().contains(SshKey) && !r.all().contains(GitToken));
    }
    // Even with the files allowed, example content from another file is not sent unseen.
    Run r = cli({u"probe"_s, doc, u"--allow-refs-outside"_s, m_home, u"--operation"_s, u"sendLeak"_s,
                 u"--send-example"_s, u"--timeout"_s, u"3"_s});
    VERIFY_ENDED(r);
    QFile f(captured);
    const QByteArray sent = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    QVERIFY2(!sent.contains(SshKey) && !sent.contains(GitToken), sent.constData());
}

void TestHostile::allowedRootsAreHonoured()
{
    // The user's explicit choice: the same references resolve, and the export shows what they hold.
    const QString doc = write(u"home/Downloads/project/allowed.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Allowed, version: '1'}
channels:
  c:
    address: /c
    messages:
      m:
        payload: {type: string}
        examples:
          - payload: {$ref: '../../.ssh/id_ed25519'}
)");
    Run r = cli({u"validate"_s, doc, u"--allow-refs-outside"_s, m_home + u"/.ssh"_s});
    VERIFY_ENDED(r);
    QVERIFY2(r.status == 0, r.all().constData());
    const QString html = m_dir.filePath(u"allowed.html"_s);
    r = cli({u"export-html"_s, doc, u"--allow-refs-outside"_s, m_home + u"/.ssh"_s, u"-o"_s, html});
    VERIFY_ENDED(r);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains(SshKey));
}

void TestHostile::devicesAndFifosAreRefused()
{
    const QString fifo = m_project + u"/fifo"_s;
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QFile::remove(m_project + u"/zero"_s);
    QVERIFY(QFile::link(u"/dev/zero"_s, m_project + u"/zero"_s));
    const QString doc = write(u"home/Downloads/project/devices.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Devices, version: '1'}
components:
  schemas:
    a: {$ref: 'fifo'}
    b: {$ref: 'zero'}
    c: {$ref: '/dev/zero'}
    d: {$ref: '/dev/stdin'}
    e: {$ref: '/proc/self/environ'}
)");
    const Run r = cli({u"validate"_s, doc}, 20000);
    VERIFY_ENDED(r);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
    for (int line : {5, 6, 7, 8, 9})
        QVERIFY2(r.all().contains(u"devices.yaml:%1:"_s.arg(line).toUtf8()), r.all().constData());
}

void TestHostile::referenceChainsDoNotOverflow_data()
{
    QTest::addColumn<int>("major");
    QTest::newRow("3.x") << 3;
    QTest::newRow("2.x") << 2;
}

void TestHostile::referenceChainsDoNotOverflow()
{
    QFETCH(int, major);
    // 300 schemas, each 400 flow sequences deep (under yaml-cpp's 500 levels a file), each referring
    // to the next: 120,000 levels once the references are followed.
    QByteArray text = major == 3 ? "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
                                   "channels:\n  c:\n    address: /c\n    messages:\n      m:\n"
                                   "        payload: {$ref: '#/components/schemas/s0'}\n"
                                   "        examples: [{payload: 1}]\n"
                                 : "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels: {}\n";
    text += "components:\n  schemas:\n";
    for (int i = 0; i < 300; ++i) {
        text += "    s" + QByteArray::number(i) + ": {items: " + QByteArray(400, '[');
        if (i + 1 < 300)
            text += "{$ref: '#/components/schemas/s" + QByteArray::number(i + 1) + "'}";
        else
            text += "{type: string}";
        text += QByteArray(400, ']') + "}\n";
    }
    const QString doc = write(u"chain%1.yaml"_s.arg(major), text);
    const Run r = cli({u"validate"_s, doc}, 120000);
    VERIFY_ENDED(r);
    QVERIFY2(r.status == 0 || r.status == 1, r.err.right(2000).constData());
}

void TestHostile::referenceFanOutIsTruncated()
{
    // Level i has ten properties that all refer to level i + 1: 10^9 rows if expanded.
    QByteArray text = "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
                      "channels:\n  c:\n    address: /c\n    messages:\n      m:\n"
                      "        payload: {$ref: '#/components/schemas/L0'}\n"
                      "components:\n  schemas:\n";
    for (int i = 0; i < 9; ++i) {
        text += "    L" + QByteArray::number(i) + ":\n      type: object\n      properties:\n";
        for (int p = 0; p < 10; ++p)
            text += "        p" + QByteArray::number(p) + ": {$ref: '#/components/schemas/L" +
                    QByteArray::number(i + 1) + "'}\n";
    }
    text += "    L9: {type: string}\n";
    const QString doc = write(u"fanout.yaml"_s, text);
    const QString html = m_dir.filePath(u"fanout.html"_s);
    const Run r = cli({u"export-html"_s, doc, u"-o"_s, html}, 60000);
    VERIFY_ENDED(r);
    QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY2(page.size() < 32 * 1024 * 1024, qPrintable(QString::number(page.size())));
    QVERIFY(page.readAll().toLower().contains("truncated"));
}

void TestHostile::stringFanOutIsBounded_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("length");
    // levels x ten references down to one string: 10^levels copies of it if resolved.
    for (const QString &command : {u"validate"_s, u"export-html"_s}) {
        QTest::addRow("%s, 3.x, 10^5 x 10 KB", qPrintable(command)) << command << 3 << 5 << 10'000;
        QTest::addRow("%s, 3.x, 10^4 x 100 KB", qPrintable(command)) << command << 3 << 4 << 100'000;
        QTest::addRow("%s, 2.x, 10^4 x 100 KB", qPrintable(command)) << command << 2 << 4 << 100'000;
    }
}

void TestHostile::stringFanOutIsBounded()
{
    QFETCH(QString, command);
    QFETCH(int, major);
    QFETCH(int, levels);
    QFETCH(int, length);
    // Few nodes, but every one of them reaches the same long string: budgets that count nodes
    // let 1 GB through. Examples, headers and bindings all refer to the top of the fan.
    const QByteArray top = "{$ref: '#/components/schemas/F0'}";
    QByteArray text;
    if (major == 3) {
        text = "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
               "channels:\n  c:\n    address: /c\n    bindings: {ws: " +
               top +
               "}\n    messages:\n      m:\n"
               "        payload: {type: object}\n        examples:\n";
        for (int i = 0; i < 10; ++i)
            text += "          - {payload: " + top + ", headers: " + top + "}\n";
    } else {
        text = "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\n"
               "channels:\n  c:\n    bindings: {ws: " +
               top +
               "}\n    subscribe:\n      message:\n"
               "        payload: {type: object}\n        examples:\n";
        for (int i = 0; i < 10; ++i)
            text += "          - {payload: " + top + ", headers: " + top + "}\n";
    }
    text += "components:\n  schemas:\n";
    for (int i = 0; i < levels; ++i) {
        const QByteArray ref = "{$ref: '#/components/schemas/F" + QByteArray::number(i + 1) + "'}";
        QByteArrayList refs;
        for (int r = 0; r < 10; ++r)
            refs << ref;
        text += "    F" + QByteArray::number(i) + ": [" + refs.join(", ") + "]\n";
    }
    text += "    F" + QByteArray::number(levels) + ": '" + QByteArray(length, 'w') + "'\n";
    const QString doc = write(u"stringfan.yaml"_s, text);
    const QString html = m_dir.filePath(u"stringfan.html"_s);
    QFile::remove(html);
    QStringList args{command, doc};
    if (command == u"export-html"_s)
        args << u"-o"_s << html;
    // Memory capped as in endlessSseEventsAreCut (1 GB: the bounded program needs under 100 MB, an
    // unbounded copy about 1 GB for validate and many for export-html): it fails here instead.
    QProcess p;
    if (qEnvironmentVariableIsSet("ASAN_OPTIONS")) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":hard_rss_limit_mb=1500"_s);
        p.setProcessEnvironment(env);
        p.start(cliPath(), args);
    } else {
        p.start(u"/bin/sh"_s, QStringList{u"-c"_s, u"ulimit -v 1000000; exec \"$0\" \"$@\""_s, cliPath()} + args);
    }
    QElapsedTimer t;
    t.start();
    const bool finished = p.waitForFinished(60000);
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    const qint64 ms = t.elapsed();
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(finished, "the program did not end in time");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0 || p.exitCode() == 1, out.right(2000).constData());
    QVERIFY2(!out.contains("bad_alloc") && !out.contains("terminate"), out.right(2000).constData());
    QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
    QVERIFY2(out.size() < 1024 * 1024, qPrintable(QString::number(out.size())));
    // 2.x is checked against the official schema resolved: too big, so checked unresolved, and said so.
    if (command == u"validate"_s && major == 2)
        QVERIFY2(out.contains("[ref.expansion-too-large]"), out.left(2000).constData());
    if (command == u"export-html"_s) {
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY2(page.size() < 32 * 1024 * 1024, qPrintable(QString::number(page.size())));
        const QByteArray body = page.readAll();
        // Cut short, and said so once for the page rather than once for every block left out.
        QVERIFY(body.contains("truncated: too large to show in full"));
        QVERIFY(body.count("This page is incomplete") <= 1);
        if (major == 3) // its examples are more blocks than the page has room for
            QCOMPARE(body.count("This page is incomplete"), 1);
        QVERIFY2(body.count("truncated: too large to show in full") < 10,
                 qPrintable(QString::number(body.count("truncated: too large to show in full"))));
    }
}

void TestHostile::sampleBombIsBounded()
{
    const QString captured = m_dir.filePath(u"bomb.txt"_s);
    const int port = startHostile(u"ws-capture"_s, captured);
    QVERIFY(port > 0);
    // minItems 10 nested eight levels deep: 10^8 values if copied.
    QByteArray schema = "{type: string}";
    for (int i = 0; i < 8; ++i)
        schema = "{type: array, minItems: 10, items: " + schema + "}";
    const QString doc = write(u"bomb.yaml"_s, "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
                                              "servers:\n  s: {host: '127.0.0.1:" +
                                                  QByteArray::number(port) +
                                                  "', protocol: ws}\n"
                                                  "channels:\n  c:\n    address: /c\n    messages:\n      m:\n"
                                                  "        payload: " +
                                                  schema + "\n");
    const Run r = cli({u"probe"_s, doc, u"--channel"_s, u"c"_s, u"--send-sample"_s, u"--timeout"_s, u"3"_s}, 60000);
    VERIFY_ENDED(r);
    QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
    QFile f(captured);
    QVERIFY(!f.exists() || f.size() < 16 * 1024 * 1024);
}

void TestHostile::yamlEventFloodEndsQuickly()
{
    // Unbalanced flow collections that a YAML event parser keeps reporting events for.
    QByteArray text = "{\n  \"asyncapi\": \"2.2.0\",\n  \"info\": {\n    \"title\": \"x\",\n             }\n    },\n"
                      "  \"servers\": {\n    \"";
    const QString doc = write(u"flood.json"_s, text);
    const Run r = cli({u"validate"_s, doc}, 20000);
    VERIFY_ENDED(r);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.ms < 5000, qPrintable(QString::number(r.ms)));
}

void TestHostile::longNonAsciiLineIsLinear()
{
    // Half a megabyte of minified JSON on one line, with one non-ASCII character at its start.
    QByteArray text = R"({"asyncapi":"3.0.0","info":{"title":"é","version":"1"},"components":{"schemas":{)";
    for (int i = 0; i < 20000; ++i)
        text += QByteArray(i ? "," : "") + R"("s)" + QByteArray::number(i) + R"(":{"type":"string"})";
    text += "}}}";
    const QString doc = write(u"longline.json"_s, text);
    const Run r = cli({u"validate"_s, doc}, 60000);
    VERIFY_ENDED(r);
    QVERIFY2(r.status == 0, r.all().right(1000).constData());
    QVERIFY2(r.ms < 8000, qPrintable(QString::number(r.ms)));
}

void TestHostile::endlessSseEventsAreCut_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("data lines without an end") << u"sse-flood"_s;
    QTest::newRow("one line without an end") << u"sse-longline"_s;
}

void TestHostile::endlessSseEventsAreCut()
{
    QFETCH(QString, mode);
    const int port = startHostile(mode);
    QVERIFY(port > 0);
    // Memory capped: a probe that buffers without bound dies of it here instead of eating the
    // machine. Under AddressSanitizer (packaging/dev.sh sanitize) its own RSS limit does it, as
    // ulimit -v would stop ASan itself from starting.
    QProcess p;
    const QStringList probeArgs{u"probe"_s, u"--url"_s, u"http://127.0.0.1:%1/events"_s.arg(port), u"--timeout"_s,
                                u"10"_s};
    if (qEnvironmentVariableIsSet("ASAN_OPTIONS")) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":hard_rss_limit_mb=1500"_s);
        p.setProcessEnvironment(env);
        p.start(cliPath(), probeArgs);
    } else {
        p.start(u"/bin/sh"_s, QStringList{u"-c"_s, u"ulimit -v 1500000; exec \"$0\" \"$@\""_s, cliPath()} + probeArgs);
    }
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(p.exitCode() >= 0 && p.exitCode() <= 3, out.right(2000).constData());
    QVERIFY2(!out.contains("bad_alloc") && !out.contains("terminate"), out.right(2000).constData());
}

void TestHostile::retryZeroBacksOff()
{
    const QString count = m_dir.filePath(u"retry0.txt"_s);
    const int port = startHostile(u"sse-retry0"_s, count);
    QVERIFY(port > 0);
    const Run r = cli(
        {u"probe"_s, u"--url"_s, u"http://127.0.0.1:%1/events"_s.arg(port), u"--reconnect"_s, u"--timeout"_s, u"3"_s});
    VERIFY_ENDED(r);
    // At least 100 ms, doubling: in 3 s a handful of attempts, not thousands.
    const int attempts = int(r.out.count("reconnecting"));
    QVERIFY2(attempts >= 1 && attempts <= 12, qPrintable(QString::number(attempts)));
}

void TestHostile::webSocketReconnectKeepsTrying()
{
    const int port = startHostile(u"ws-down-up"_s);
    QVERIFY(port > 0);
    // The server goes away for 2.5 s: refused attempts must not end the session.
    const Run probe = cli({u"probe"_s, QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/live/chat.yaml"), u"--channel"_s,
                           u"room"_s, u"--url"_s, u"ws://127.0.0.1:%1/rooms/lobby"_s.arg(port), u"--reconnect"_s,
                           u"--count"_s, u"1"_s, u"--timeout"_s, u"15"_s});
    VERIFY_ENDED(probe);
    QVERIFY2(probe.status == 0, probe.all().right(3000).constData());
}

void TestHostile::tokensInUrlsAreRedacted()
{
    const Run r =
        cli({u"probe"_s, u"--url"_s, u"wss://user:HUNTER2PASS@127.0.0.1:9/chat?access_token=TOPSECRET123&room=lobby"_s,
             u"--timeout"_s, u"2"_s});
    VERIFY_ENDED(r);
    QVERIFY(r.all().contains("room=lobby"));
    QVERIFY2(!r.all().contains("TOPSECRET123") && !r.all().contains("HUNTER2PASS"), r.all().constData());
    // An API key whose name needs percent-encoding, from the document.
    const QString doc = write(u"apikey.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Keys, version: '1'}
servers:
  s:
    host: 127.0.0.1:9
    protocol: wss
    security: [{$ref: '#/components/securitySchemes/key'}]
channels:
  c: {address: /c}
components:
  securitySchemes:
    key: {type: httpApiKey, in: query, name: 'api+key'}
)");
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"SECRETKEY42"_s);
    const Run k = cli({u"probe"_s, doc, u"--timeout"_s, u"2"_s}, 60000, env);
    VERIFY_ENDED(k);
    QVERIFY2(!k.all().contains("SECRETKEY42"), k.all().constData());
}

void TestHostile::serverVariablesCannotChangeTheHost()
{
    const QString doc = write(u"injection.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Injection, version: '1'}
servers:
  s:
    host: '{env}.example.com'
    protocol: wss
    variables:
      env: {default: '127.0.0.1:9/x?'}
channels:
  orders: {address: /orders}
)");
    const Run r = cli({u"probe"_s, doc, u"--timeout"_s, u"2"_s});
    VERIFY_ENDED(r);
    QCOMPARE(r.status, 2);
    QVERIFY2(!r.all().contains("wss://127.0.0.1:9/x"), r.all().constData());
}

void TestHostile::plaintextCredentialsNeedConsent()
{
    const QString captured = m_dir.filePath(u"plain.txt"_s);
    const int port = startHostile(u"ws-capture"_s, captured);
    QVERIFY(port > 0);
    const QString doc = write(u"plain.yaml"_s, QStringLiteral(R"(asyncapi: 3.0.0
info: {title: Plain, version: '1'}
servers:
  s:
    host: 127.0.0.1:%1
    protocol: ws
    security: [{$ref: '#/components/securitySchemes/token'}]
channels:
  c: {address: /c}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
)")
                                                   .arg(port)
                                                   .toUtf8());
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"PLAINTOKEN7"_s);
    Run r = cli({u"probe"_s, doc, u"--timeout"_s, u"2"_s}, 60000, env);
    VERIFY_ENDED(r);
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains("--allow-plaintext-credentials"));
    r = cli({u"probe"_s, doc, u"--allow-plaintext-credentials"_s, u"--timeout"_s, u"1"_s}, 60000, env);
    VERIFY_ENDED(r);
    QVERIFY2(r.status == 0 || r.status == 3, r.all().constData());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
