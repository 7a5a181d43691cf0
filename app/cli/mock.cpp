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

#include <cmath>
#include <cstdio>

using namespace Signalbox;

namespace {

enum ExitCode { Served = 0, Unusable = 2 };

/// The most entries of a log served back (a log's entries are kept in memory).
constexpr qsizetype MaxReplayed = 2'000'000;
constexpr qint64 MaxReplayedBytes = 1024LL * 1024 * 1024;

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
        "local listener (in plain text, or over TLS with --tls-cert): each at its server's pathname plus the channel's "
        "address. It sends the "
        "messages of the operations its role sends (examples, else a sample from the schema), checks what clients "
        "send, answers operations that have a reply, and prints the base URL it serves on its first line, then one "
        "JSON line per event (the live log's format). The URLs of its channels are printed on stderr. It runs until "
        "--duration seconds, until --count messages went to each client, or until it is stopped.\n"
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
    const QCommandLineOption count(QStringLiteral("count"),
                                   Tr::tr("Close each connection after this many messages; stop once a client had "
                                          "them all and nobody is connected."),
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
    const QCommandLineOption delay(QStringLiteral("delay"),
                                   Tr::tr("Send every message this much later (the stream starts late, replies come "
                                          "late)."),
                                   Tr::tr("ms"));
    const QCommandLineOption closeCode(QStringLiteral("close-code"),
                                       Tr::tr("WebSocket: close with this code where --drop-every would cut the "
                                              "connection (without it: cut, no close frame), and after --count "
                                              "messages (without it: 1000)."),
                                       Tr::tr("code"));
    const QCommandLineOption replay(QStringLiteral("replay"),
                                    Tr::tr("Serve the messages of a JSON Lines log (the inspector's or the probe's: "
                                           "what they received; a mock's: what it sent) instead of the document's, "
                                           "with their recorded timing."),
                                    Tr::tr("LOG.jsonl"));
    const QCommandLineOption fast(QStringLiteral("fast"),
                                  Tr::tr("With --replay: as fast as the client reads, not with the recorded timing."));
    const QCommandLineOption record(QStringLiteral("record"),
                                    Tr::tr("Also write the log to this file (JSON Lines; replaced)."),
                                    Tr::tr("LOG.jsonl"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     Tr::tr("Serve over TLS (wss, https) with this PEM certificate (chain)."),
                                     Tr::tr("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    Tr::tr("The certificate's unencrypted PEM private key (default: in --tls-cert)."),
                                    Tr::tr("file"));
    p.addOptions({server, listen, role, rate, count, duration, dropEvery, invalidEvery, random, seed, retry, token,
                  delay, closeCode, replay, fast, record, tlsCert, tlsKey});
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
        return fail(
            Tr::tr("usage: signalbox-cli mock FILE [--server NAME] [--listen HOST:PORT] [--role application|client] "
                   "[--rate N] [--count N] [--duration S] [--drop-every N] [--invalid-every N] [--delay MS] "
                   "[--close-code CODE] [--seed N] [--token VALUE] [--replay LOG.jsonl [--fast]] "
                   "[--record LOG.jsonl] [--tls-cert FILE [--tls-key FILE]]"));

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
    if (!ok || !std::isfinite(options.rate) || options.rate < 0 || options.rate > 10000)
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
    options.delayMs = int(positive(delay, 0));
    if (!ok || options.delayMs > 3'600'000)
        return fail(Tr::tr("--delay needs a positive number of milliseconds (at most an hour)"));
    options.closeCode = int(positive(closeCode, 0));
    // Codes a close frame may carry (RFC 6455 7.4): 1004-1006 and 1015 are reserved, 1016-2999 unassigned.
    if (!ok || (p.isSet(closeCode) && !((options.closeCode >= 1000 && options.closeCode <= 1003) ||
                                        (options.closeCode >= 1007 && options.closeCode <= 1014) ||
                                        (options.closeCode >= 3000 && options.closeCode <= 4999))))
        return fail(Tr::tr("--close-code needs a code a close frame may carry: 1000-1003, 1007-1014 or 3000-4999"));
    if (p.isSet(tlsKey) && !p.isSet(tlsCert))
        return fail(Tr::tr("--tls-key goes with --tls-cert"));
    options.certificateFile = p.value(tlsCert);
    options.privateKeyFile = p.value(tlsKey);
    if (p.isSet(fast) && !p.isSet(replay))
        return fail(Tr::tr("--fast goes with --replay"));
    if (p.isSet(replay)) {
        QFile log(p.value(replay));
        if (!log.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read %1: %2").arg(log.fileName(), log.errorString()));
        QString problem;
        auto entries = std::make_shared<std::vector<Live::LogEntry>>(
            Live::readJsonLines(log, &problem, MaxReplayed, MaxReplayedBytes));
        if (!problem.isEmpty())
            QTextStream(stderr) << Tr::tr("warning: %1: %2").arg(log.fileName(), problem) << '\n';
        options.replay = std::move(entries);
        options.replayTiming = !p.isSet(fast);
    }
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

    std::unique_ptr<QFile> recording;
    if (p.isSet(record)) {
        recording = std::make_unique<QFile>(p.value(record));
        // Unbuffered: a mock is usually stopped by a signal, and what it recorded must be there.
        if (!recording->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            return fail(Tr::tr("cannot write %1: %2").arg(recording->fileName(), recording->errorString()));
    }

    Live::MockServer mock(analysis, options);
    QString error;
    if (!mock.listen(&error))
        return fail(error);
    std::fputs(qPrintable(mock.baseUrl().toString() + u'\n'), stdout);
    std::fflush(stdout);
    QTextStream err(stderr);
    for (const Live::MockServer::Route &r : mock.routes())
        err << Tr::tr("serving %1 (%2, server %3, channel %4)")
                   .arg(r.url.toString(QUrl::RemovePath) + r.path,
                        r.webSocket ? QStringLiteral("WebSocket") : QStringLiteral("SSE"), r.server, r.channel)
            << '\n';
    for (const QString &w : mock.warnings())
        err << Tr::tr("warning: %1").arg(w) << '\n';
    err.flush();
    QObject::connect(&mock, &Live::MockServer::logged, &app, [&recording](const Live::LogEntry &entry) {
        const QByteArray line = Live::toJsonLine(entry) + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
        if (recording && recording->write(line) != line.size()) {
            QTextStream(stderr) << Tr::tr("cannot write %1: %2; not recording any more")
                                       .arg(recording->fileName(), recording->errorString())
                                << '\n';
            recording.reset();
        }
    });
    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), &app, &QCoreApplication::quit);
    if (options.count > 0) {
        // Done once a client had its count and nobody is connected any more.
        auto reached = std::make_shared<bool>(false);
        QObject::connect(&mock, &Live::MockServer::countReached, &app, [reached] { *reached = true; });
        QObject::connect(&mock, &Live::MockServer::connectionCountChanged, &app, [&app, reached](int clients) {
            if (clients == 0 && *reached)
                QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    }
    app.exec();
    mock.close();
    if (recording)
        recording->flush();
    return Served;
}
