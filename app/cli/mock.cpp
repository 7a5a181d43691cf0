// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli mock: serve a document's WebSocket and SSE channels on one local listener, as the
// application it describes (or its client), and print the mock's log as JSON lines. Its own
// program (signalbox-cli-mock), exec'd by signalbox-cli, as probe is.

#include <asyncapi/analysis.h>
#include <live/logio.h>
#include <live/mockserver.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Signalbox;

namespace {

enum ExitCode { Served = 0, Unusable = 2 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxMock)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "signalbox-cli mock: " << message << '\n';
    return Unusable;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-cli mock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Serves the WebSocket (ws, wss) and Server-Sent-Events (http, https) channels of an AsyncAPI document on one "
        "local listener, in plain text: each at its server's pathname plus the channel's address. It sends the "
        "messages of the operations its role sends (examples, else a sample from the schema), checks what clients "
        "send, answers operations that have a reply, and prints one JSON line per event (the live log's format). "
        "The URLs it serves are printed on stderr. It runs until --duration seconds or until it is stopped.\n"
        "Exit status: 0 served, 2 usage, document or listening problem."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), Tr::tr("Serve only this server."), Tr::tr("name"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    Tr::tr("Where to listen (default 127.0.0.1:0, any free port)."),
                                    Tr::tr("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Tr::tr("application (send what the document's application sends) or client."),
                                  Tr::tr("role"), QStringLiteral("application"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  Tr::tr("Messages a second on each connection; 0: one for each client message "
                                         "(default 1)."),
                                  Tr::tr("n"), QStringLiteral("1"));
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("Close each connection after this many messages."),
                                   Tr::tr("n"));
    const QCommandLineOption duration(QStringLiteral("duration"), Tr::tr("Stop after this many seconds."),
                                      Tr::tr("seconds"));
    const QCommandLineOption dropEvery(QStringLiteral("drop-every"),
                                       Tr::tr("Drop the connection after every N messages."), Tr::tr("n"));
    const QCommandLineOption invalidEvery(QStringLiteral("invalid-every"),
                                          Tr::tr("Make every Nth message one that does not conform."), Tr::tr("n"));
    const QCommandLineOption random(QStringLiteral("random"), Tr::tr("Pick messages and examples at random."));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Seed of --random (default 0)."), Tr::tr("n"),
                                  QStringLiteral("0"));
    const QCommandLineOption retry(QStringLiteral("retry"), Tr::tr("SSE: the retry time sent (default 2000)."),
                                   Tr::tr("ms"), QStringLiteral("2000"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   Tr::tr("The credential clients must present for the server's security schemes: "
                                          "a token or key, or user:password for basic. Without it, any credential "
                                          "of the right kind is taken."),
                                   Tr::tr("value"));
    p.addOptions({server, listen, role, rate, count, duration, dropEvery, invalidEvery, random, seed, retry, token});
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The AsyncAPI document."));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("mock"))
        arguments.removeAt(1);
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return Served;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("usage: signalbox-cli mock FILE [--server NAME] [--listen HOST:PORT] [--rate N] …"));

    Live::MockOptions options;
    options.server = p.value(server);
    const QString where = p.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = where.mid(colon + 1).toUInt(&ok);
    QString host = where.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (colon < 0 || !ok || port > 65535 || !options.host.setAddress(host))
        return fail(Tr::tr("--listen needs an IP address and a port, e.g. 127.0.0.1:8080"));
    options.port = quint16(port);
    if (p.value(role) == QLatin1String("client"))
        options.role = Live::MockOptions::Role::Client;
    else if (p.value(role) != QLatin1String("application"))
        return fail(Tr::tr("--role is application or client"));
    options.rate = p.value(rate).toDouble(&ok);
    if (!ok || options.rate < 0 || options.rate > 10000)
        return fail(Tr::tr("--rate needs a number of messages a second between 0 and 10000"));
    auto positive = [&p, &ok](const QCommandLineOption &o, qint64 fallback) {
        if (!p.isSet(o)) {
            ok = true;
            return fallback;
        }
        const qint64 v = p.value(o).toLongLong(&ok);
        ok = ok && v > 0 && v <= INT_MAX;
        return v;
    };
    options.count = positive(count, -1);
    if (!ok)
        return fail(Tr::tr("--count needs a positive number"));
    options.dropEvery = int(positive(dropEvery, 0));
    if (!ok)
        return fail(Tr::tr("--drop-every needs a positive number"));
    options.invalidEvery = int(positive(invalidEvery, 0));
    if (!ok)
        return fail(Tr::tr("--invalid-every needs a positive number"));
    options.sseRetryMs = int(positive(retry, 2000));
    if (!ok)
        return fail(Tr::tr("--retry needs a positive number of milliseconds"));
    options.random = p.isSet(random);
    options.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(Tr::tr("--seed needs a whole number"));
    if (p.isSet(token))
        options.credentials.insert(QStringLiteral("*"), p.value(token));
    double seconds = -1;
    if (p.isSet(duration)) {
        seconds = p.value(duration).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 86400)
            return fail(Tr::tr("--duration needs a number of seconds (at most 24 days)"));
    }

    QFile f(files.first());
    if (!f.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read %1: %2").arg(files.first(), f.errorString()));
    AsyncApi::AnalyzeOptions analyzeOptions;
    analyzeOptions.filePath = files.first();
    analyzeOptions.reportUnused = false;
    const QByteArray bytes = f.read(analyzeOptions.load.limits.maxBytes + 1);
    if (bytes.size() > analyzeOptions.load.limits.maxBytes)
        return fail(Tr::tr("%1 is too large").arg(files.first()));
    const auto analysis = AsyncApi::analyze(bytes, analyzeOptions);
    if (!analysis->spec)
        return fail(Tr::tr("%1 is not an AsyncAPI document").arg(files.first()));
    if (!analysis->isValid())
        QTextStream(stderr) << Tr::tr("warning: %1 has errors; serving it all the same").arg(files.first()) << '\n';

    Live::MockServer mock(analysis, options);
    QString error;
    if (!mock.listen(&error))
        return fail(error);
    QTextStream err(stderr);
    for (const Live::MockServer::Route &r : mock.routes())
        err << Tr::tr("serving %1 (%2, server %3, channel %4)")
                   .arg(r.url.toString(QUrl::RemovePath) + r.path,
                        r.webSocket ? QStringLiteral("WebSocket") : QStringLiteral("SSE"), r.server, r.channel)
            << '\n';
    err.flush();
    QObject::connect(&mock, &Live::MockServer::logged, &app, [](const Live::LogEntry &entry) {
        const QByteArray line = Live::toJsonLine(entry);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    });
    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), &app, &QCoreApplication::quit);
    app.exec();
    mock.close();
    return Served;
}
