// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFile();
    void errorsInCompilerFormat();
    void jsonFormat();
    void unreadableFile();
    void usage();
    void helpAndVersion();
    void graph();

private:
    struct Run
    {
        int status;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &text);
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::run(const QStringList &args)
{
    QProcess p;
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
