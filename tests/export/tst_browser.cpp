// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Exported pages in a real browser: Debian's chromium, headless, with no network.

#include "skipping.h"
#include "testconfig.h"

#include <asyncapi/analysis.h>
#include <export/htmlexporter.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

class TestBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageRendersWithoutErrors();
    void searchFindsAChannel();
    void scriptPayloadsDoNotRun();

private:
    QString writePage(const QString &source, const QString &name);
    /** Runs chromium on \a url with \a args; returns its standard output, error output in \a log. */
    QByteArray chromium(const QStringList &args, const QString &url, QString *log = nullptr);

    QString m_chromium;
    QTemporaryDir m_dir;
};

void TestBrowser::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (m_chromium.isEmpty())
        SIGNALBOX_SKIP("Debian's chromium is not installed (packaging/dev.sh setup installs it)");
    QVERIFY(m_dir.isValid());
}

QString TestBrowser::writePage(const QString &source, const QString &name)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    AsyncApi::AnalyzeOptions options;
    options.filePath = source;
    const QString html = Export::exportHtml(*AsyncApi::analyze(in.readAll(), options));
    QFile out(m_dir.filePath(name));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(html.toUtf8());
    return out.fileName();
}

QByteArray TestBrowser::chromium(const QStringList &args, const QString &url, QString *log)
{
    QProcess p;
    // The flags this machine needs: no sandbox as root, no GPU, nothing that reaches the network.
    QStringList all{u"--headless"_s,
                    u"--no-sandbox"_s,
                    u"--disable-gpu"_s,
                    u"--disable-quic"_s,
                    u"--no-first-run"_s,
                    u"--disable-background-networking"_s,
                    u"--disable-component-update"_s,
                    u"--disable-sync"_s,
                    u"--user-data-dir="_s + m_dir.filePath(u"profile"_s),
                    u"--enable-logging=stderr"_s,
                    u"--v=0"_s};
    all << args << url;
    p.start(m_chromium, all);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    if (log)
        *log = QString::fromUtf8(p.readAllStandardError());
    return p.readAllStandardOutput();
}

void TestBrowser::pageRendersWithoutErrors()
{
    const QString page =
        writePage(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"), u"cranes.html"_s);
    QVERIFY(!page.isEmpty());
    const QString shot = m_dir.filePath(u"cranes.png"_s);
    QString log;
    chromium({u"--window-size=1280,900"_s, u"--screenshot="_s + shot}, QUrl::fromLocalFile(page).toString(), &log);
    const QImage image(shot);
    QVERIFY2(!image.isNull(), qPrintable(log.right(2000)));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 30, "the screenshot is blank");
    // The console: no script error, no content-security-policy refusal of our own script.
    for (const QString &line : log.split(u'\n')) {
        if (line.contains(u"CONSOLE"_s) || line.contains(u"Uncaught"_s) || line.contains(u"Refused to"_s))
            QFAIL(qPrintable(u"console: "_s + line));
    }
}

void TestBrowser::searchFindsAChannel()
{
    const QString page =
        writePage(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"), u"search.html"_s);
    // The page's script reads #search= and filters; the DOM after scripts ran tells what it found.
    const QString dom = QString::fromUtf8(chromium({u"--dump-dom"_s, u"--virtual-time-budget=2000"_s},
                                                   QUrl::fromLocalFile(page).toString() + u"#search=telemetry"_s));
    QVERIFY2(dom.contains(u"data-matches=\""_s), qPrintable(dom.left(500)));
    QVERIFY(!dom.contains(u"data-matches=\"0\""_s));
    // The craneTelemetry channel's entry is shown, the commands channel's is hidden.
    const qsizetype telemetry = dom.indexOf(u"data-target=\"channel-craneTelemetry\""_s);
    const qsizetype commands = dom.indexOf(u"data-target=\"channel-craneCommands\""_s);
    QVERIFY(telemetry > 0 && commands > 0);
    const QString telemetryTag =
        dom.mid(dom.lastIndexOf(u'<', telemetry), telemetry - dom.lastIndexOf(u'<', telemetry) + 60);
    const QString commandsTag =
        dom.mid(dom.lastIndexOf(u'<', commands), commands - dom.lastIndexOf(u'<', commands) + 60);
    QVERIFY2(!telemetryTag.contains(u"hidden"_s), qPrintable(telemetryTag));
    QVERIFY2(commandsTag.contains(u"hidden"_s), qPrintable(commandsTag));
}

void TestBrowser::scriptPayloadsDoNotRun()
{
    // The page's Content-Security-Policy would stop an injected script anyway, so it is taken out
    // here: what is checked is the escaping alone. A control page with one payload left unescaped
    // on purpose shows that the check sees a script that ran.
    const QString page =
        writePage(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/export/script-payloads.yaml"), u"evil.html"_s);
    QVERIFY(!page.isEmpty());
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString html = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype csp = html.indexOf(u"<meta http-equiv=\"Content-Security-Policy\""_s);
    QVERIFY(csp > 0);
    html.remove(csp, html.indexOf(u'>', csp) + 1 - csp);
    QVERIFY(!html.contains(u"Content-Security-Policy"_s));
    auto run = [this](const QString &name, const QString &text) {
        QFile out(m_dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return QString();
        out.write(text.toUtf8());
        out.close();
        QString log;
        const QString dom = QString::fromUtf8(chromium({u"--dump-dom"_s, u"--virtual-time-budget=2000"_s},
                                                       QUrl::fromLocalFile(out.fileName()).toString(), &log));
        return dom.contains(u"<body"_s) ? dom : u"no page: "_s + log.right(1000);
    };
    const QString dom = run(u"evil-nocsp.html"_s, html);
    QVERIFY2(dom.contains(u"<body"_s), qPrintable(dom));
    QVERIFY2(!dom.contains(u"id=\"pwned\""_s), "a payload of the document ran");
    QVERIFY2(!dom.contains(u"<title>pwned"_s), "a payload of the document ran");
    // Our own script did run (the search wiring marks the body).
    QVERIFY(dom.contains(u"data-matches=\""_s));

    QString control = html;
    control.replace(u"</body>"_s, u"<img src=x onerror=\"document.body.id='pwned'\"></body>"_s);
    const QString controlDom = run(u"control.html"_s, control);
    QVERIFY2(controlDom.contains(u"id=\"pwned\""_s), "the control payload did not run: the check cannot see one");
}

SIGNALBOX_TEST_MAIN(TestBrowser)
#include "tst_browser.moc"
