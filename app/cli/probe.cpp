// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// signalbox-cli probe: connect to a server and channel of a document (or a URL), optionally send
// messages, receive for a count or a time, check every message against the spec and print one
// JSON line per message and connection event. Its own program (signalbox-cli-probe), exec'd by
// signalbox-cli, so that the other commands do not load the network modules.

#include <asyncapi/analysis.h>
#include <asyncapi/messages/messagematcher.h>
#include <asyncapi/messages/samples.h>
#include <asyncapi/refs/remotefetcher.h>
#include <live/endpoint.h>
#include <live/liveconnection.h>
#include <live/logio.h>
#include <live/security.h>
#include <live/target.h>
#include <live/trafficstats.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Signalbox;

namespace {

enum ExitCode { AllConform = 0, NotConforming = 1, Unusable = 2, CountNotReached = 3 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxProbe)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "signalbox-cli probe: " << message << '\n';
    return Unusable;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalbox-cli probe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOX_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr(
        "Connects to a WebSocket or Server-Sent-Events endpoint of an AsyncAPI document (or a URL), sends the "
        "messages asked for, receives until --count messages or --timeout seconds, checks each message against the "
        "channel's messages and prints one JSON line per message and connection event.\n"
        "Exit status: 0 every message conformed, 1 some message did not (or was dropped: over the size limit), 2 "
        "usage, document or connection problem, "
        "3 fewer than --count messages arrived in time."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    Tr::tr("The server (default: the first WebSocket or HTTP one)."), Tr::tr("name"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     Tr::tr("The channel (default: the operation's, else the first)."), Tr::tr("name"));
    const QCommandLineOption operation(QStringLiteral("operation"),
                                       Tr::tr("An operation: its channel, and its messages to send."), Tr::tr("id"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 Tr::tr("Connect here instead of the document's server (ws, wss, http, https); the "
                                        "server's security schemes still apply."),
                                 Tr::tr("url"));
    const QCommandLineOption var(QStringLiteral("var"),
                                 Tr::tr("A server variable or channel parameter value (repeatable)."),
                                 Tr::tr("name=value"));
    const QCommandLineOption header(QStringLiteral("header"),
                                    Tr::tr("An extra handshake or request header (repeatable)."),
                                    Tr::tr("'Name: value'"));
    const QCommandLineOption secretEnv(QStringLiteral("secret-env"),
                                       Tr::tr("Environment variable holding the token, API key or password for the "
                                              "server's security schemes (default SIGNALBOX_SECRET)."),
                                       Tr::tr("var"), QStringLiteral("SIGNALBOX_SECRET"));
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("User name for HTTP basic security."), Tr::tr("user"));
    const QCommandLineOption message(
        QStringLiteral("message"),
        Tr::tr("The message to send (default: the operation's first, else the channel's first)."), Tr::tr("name"));
    const QCommandLineOption sendFile(QStringLiteral("send-file"),
                                      Tr::tr("Send this file's content as one message (repeatable)."), Tr::tr("file"));
    const QCommandLineOption sendExample(QStringLiteral("send-example"),
                                         Tr::tr("Send the message's first example (or a sample)."));
    const QCommandLineOption sendSample(QStringLiteral("send-sample"),
                                        Tr::tr("Send a sample generated from the message's payload schema."));
    const QCommandLineOption count(QStringLiteral("count"), Tr::tr("Stop after this many incoming messages."),
                                   Tr::tr("n"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Tr::tr("Stop after this many seconds (default 10, at most 86400)."),
                                     Tr::tr("seconds"), QStringLiteral("10"));
    const QCommandLineOption subprotocol(QStringLiteral("subprotocol"),
                                         Tr::tr("WebSocket subprotocol to offer (repeatable)."), Tr::tr("name"));
    const QCommandLineOption event(QStringLiteral("event"), Tr::tr("SSE: only events of this type (repeatable)."),
                                   Tr::tr("type"));
    const QCommandLineOption lastEventId(QStringLiteral("last-event-id"), Tr::tr("SSE: resume after this event ID."),
                                         Tr::tr("id"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    Tr::tr("Also trust the certificate authorities of this PEM file."), Tr::tr("file"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
                                      Tr::tr("Go on despite TLS certificate errors (a warning is printed)."));
    const QCommandLineOption reconnect(QStringLiteral("reconnect"), Tr::tr("Reconnect when the connection drops."));
    const QCommandLineOption allowPlaintext(
        QStringLiteral("allow-plaintext-credentials"),
        Tr::tr("Send credentials over ws:// or http:// all the same (anyone on the way can read them)."));
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        Tr::tr("At the end, print {\"summary\": …}: messages by channel and message (in, out, not conforming) and, "
               "for operations with a reply, the requests answered, unanswered after 30 s or still waiting, with the "
               "latency's 50th and 95th percentiles in ms."));
    p.addOptions({server,   channel,     operation,      url,    var,     header,      secretEnv, user,        message,
                  sendFile, sendExample, sendSample,     count,  timeout, subprotocol, event,     lastEventId, caFile,
                  insecure, reconnect,   allowPlaintext, summary});
    const QCommandLineOption allowRefs(QStringLiteral("allow-refs-outside"),
                                       Tr::tr("Let file references also read this folder and the folders below it "
                                              "(repeatable). By default only the document's own folder is read."),
                                       Tr::tr("dir"));
    p.addOption(allowRefs);
    const QCommandLineOption fetchRemote(QStringLiteral("fetch-remote"),
                                         Tr::tr("Fetch the document's remote (http, https) references."));
    p.addOption(fetchRemote);
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The AsyncAPI document (optional with --url)."));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("probe"))
        arguments.removeAt(1);
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return AllConform;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() && !p.isSet(url)))
        return fail(Tr::tr("usage: signalbox-cli probe FILE [--server S] [--channel C] … | probe --url URL [FILE]"));
    bool ok = false;
    const double seconds = p.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86400)
        return fail(Tr::tr("--timeout needs a number of seconds between 0 and 86400"));
    int wanted = -1;
    if (p.isSet(count)) {
        wanted = p.value(count).toInt(&ok);
        if (!ok || wanted <= 0)
            return fail(Tr::tr("--count needs a positive number"));
    }

    Live::ConnectionSettings settings;
    std::shared_ptr<const AsyncApi::Analysis> analysis;
    std::shared_ptr<const AsyncApi::MessageMatcher> matcher;
    QList<QByteArray> toSend;
    int sendAs = -1;
    QString probedChannel;
    if (!files.isEmpty()) {
        QFile f(files.first());
        if (!f.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read %1: %2").arg(files.first(), f.errorString()));
        AsyncApi::AnalyzeOptions options;
        options.filePath = files.first();
        options.reportUnused = false;
        for (const QString &dir : p.values(allowRefs)) {
            const QFileInfo info(dir);
            if (!info.isDir())
                return fail(Tr::tr("--allow-refs-outside: '%1' is not a folder").arg(dir));
            options.load.allowedRoots << info.canonicalFilePath();
        }
        if (p.isSet(fetchRemote))
            options.load.fetchRemote = AsyncApi::RemoteFetcher::callback();
        // Never more than one byte past the limit: a huge file is refused, not loaded.
        const QByteArray bytes = f.read(options.load.limits.maxBytes + 1);
        if (bytes.size() > options.load.limits.maxBytes)
            return fail(Tr::tr("%1 is larger than %2 MB")
                            .arg(files.first(), QString::number(options.load.limits.maxBytes / (1024 * 1024))));
        analysis = AsyncApi::analyze(bytes, options);
        if (!analysis->spec)
            return fail(Tr::tr("%1 is not an AsyncAPI document").arg(files.first()));
        if (!analysis->isValid())
            QTextStream(stderr) << Tr::tr("warning: %1 has %n error(s); probing all the same", nullptr,
                                          int(analysis->errorCount()))
                                       .arg(files.first())
                                << '\n';
        const AsyncApi::Spec &spec = *analysis->spec;
        const AsyncApi::Operation *op = nullptr;
        if (p.isSet(operation)) {
            op = spec.operation(p.value(operation));
            if (!op)
                return fail(Tr::tr("no operation '%1'").arg(p.value(operation)));
        }
        const QString channelName = p.isSet(channel)          ? p.value(channel)
                                    : op                      ? op->channel
                                    : spec.channels.isEmpty() ? QString()
                                                              : spec.channels.first().name;
        const AsyncApi::Channel *ch = spec.channel(channelName);
        if (!ch)
            return fail(Tr::tr("no channel '%1'").arg(channelName));
        const AsyncApi::Server *srv = nullptr;
        if (p.isSet(server)) {
            srv = spec.server(p.value(server));
            if (!srv)
                return fail(Tr::tr("no server '%1'").arg(p.value(server)));
        } else {
            srv = Live::defaultServer(spec, ch);
        }
        matcher = std::make_shared<AsyncApi::MessageMatcher>(*analysis->documents, ch->messages);
        probedChannel = ch->name;

        // What to send.
        const QString msgName = p.isSet(message)                ? p.value(message)
                                : op && !op->messages.isEmpty() ? op->messages.first()
                                                                : QString();
        const int msgIndex = Live::messageIndex(*ch, msgName);
        if ((p.isSet(sendExample) || p.isSet(sendSample) || p.isSet(message)) && msgIndex < 0)
            return fail(Tr::tr("channel '%1' has no message '%2'").arg(ch->name, msgName));
        // Content that came from outside the document is never sent unseen: the user looks at it
        // and passes it with --send-file.
        auto take = [&](const AsyncApi::MessageBody &body, const QString &option) {
            if (!body.otherFile.isEmpty()) {
                fail(Tr::tr("%1: the body for message '%2' takes content from %3, not from %4 itself; it is not "
                            "sent unseen. Look at it, and send it with --send-file if you mean to.")
                         .arg(option, ch->messages.at(msgIndex).name, body.otherFile, files.first()));
                return false;
            }
            if (body.truncated)
                QTextStream(stderr) << Tr::tr("warning: %1: the body for message '%2' was cut at its size limit")
                                           .arg(option, ch->messages.at(msgIndex).name)
                                    << '\n';
            toSend << body.text;
            return true;
        };
        if (p.isSet(sendExample) &&
            !take(AsyncApi::initialMessageBodyOf(*analysis->documents, ch->messages.at(msgIndex)),
                  QStringLiteral("--send-example")))
            return Unusable;
        if (p.isSet(sendSample) && !take(AsyncApi::sampleOf(*analysis->documents, ch->messages.at(msgIndex).payload),
                                         QStringLiteral("--send-sample")))
            return Unusable;
        if (p.isSet(message))
            sendAs = msgIndex;

        if (!p.isSet(url)) {
            if (!srv)
                return fail(
                    Tr::tr("no WebSocket or HTTP server for channel '%1': give --server or --url").arg(ch->name));
            QMap<QString, QString> values;
            for (const QString &v : p.values(var))
                values.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
            if (const QString problem = Live::applyServer(settings, *srv, ch, values); !problem.isEmpty())
                return fail(problem);
        } else if (srv) {
            // Another place (a mock, a proxy) for the same server: its security schemes still apply.
            settings.schemes = Live::serverSecurity(*srv);
        }
    }
    if (p.isSet(url)) {
        settings.url = QUrl(p.value(url), QUrl::StrictMode);
        settings.kind = Live::endpointKind(settings.url.scheme());
        if (!settings.url.isValid() || settings.kind == Live::Endpoint::Kind::Unsupported)
            return fail(Tr::tr("--url needs a ws, wss, http or https URL"));
    }
    const Live::Credential credential{p.value(user), qEnvironmentVariable(p.value(secretEnv).toUtf8().constData())};
    for (const Live::SecurityScheme &s : settings.schemes) {
        if (!credential.isEmpty() && !s.problem.isEmpty())
            return fail(s.problem);
        if (const QString problem = Live::applyCredential(s, credential, settings.url, settings.headers);
            !problem.isEmpty())
            return fail(problem);
    }
    for (const QString &h : p.values(header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return fail(Tr::tr("--header needs 'Name: value', not '%1'").arg(h));
        const QByteArray name = h.left(colon).trimmed().toUtf8();
        const QByteArray value = h.mid(colon + 1).trimmed().toUtf8();
        if (const QString problem = Live::headerProblem(name, value); !problem.isEmpty())
            return fail(problem);
        settings.headers.append({name, value});
    }
    // Credentials in clear text only when asked for.
    if (const QStringList clear = Live::plaintextCredentials(settings.url, settings.headers, settings.schemes);
        !clear.isEmpty() && !p.isSet(allowPlaintext)) {
        return fail(Tr::tr("refusing to send %1 over %2, which is not encrypted: anyone on the way can read it. Use "
                           "wss:// or https://, or pass --allow-plaintext-credentials.")
                        .arg(clear.join(QLatin1String(", ")), settings.url.scheme() + QLatin1String("://")));
    }
    for (const QString &file : p.values(sendFile)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Tr::tr("cannot read %1: %2").arg(file, f.errorString()));
        toSend << f.readAll();
    }
    if (!toSend.isEmpty() && settings.kind != Live::Endpoint::Kind::WebSocket)
        return fail(Tr::tr("Server-Sent Events only receive: nothing can be sent"));
    settings.subprotocols = p.values(subprotocol);
    settings.eventTypes = p.values(event);
    settings.lastEventId = p.value(lastEventId);
    settings.tls.caFile = p.value(caFile);
    settings.tls.ignoreErrors = p.isSet(insecure);
    settings.reconnect = p.isSet(reconnect);

    Live::LiveConnection connection;
    connection.setMatcher(matcher);
    connection.setChannel(probedChannel);
    Live::TrafficStats stats(analysis ? analysis->spec.get() : nullptr);
    int received = 0;
    bool nonconforming = false;
    bool failed = false;
    bool done = false;
    QTextStream out(stdout);
    auto finish = [&] {
        if (done)
            return;
        done = true;
        connection.close();
        connection.drain();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    };
    QObject::connect(&connection, &Live::LiveConnection::entriesArrived, &app,
                     [&](const std::vector<Live::LogEntry> &batch) {
                         for (const Live::LogEntry &e : batch) {
                             // Exactly --count messages: those that came in with the last are not told.
                             if (wanted > 0 && received >= wanted && e.direction == Live::LogEntry::Direction::Incoming)
                                 continue;
                             out << toJsonLine(e) << '\n';
                             stats.add(e);
                             if (e.check == Live::LogEntry::Check::Invalid || e.check == Live::LogEntry::Check::Unknown)
                                 nonconforming = true;
                             if (e.direction == Live::LogEntry::Direction::Incoming && ++received == wanted)
                                 finish();
                         }
                         out.flush();
                     });
    QObject::connect(&connection, &Live::LiveConnection::stateChanged, &app, [&](Live::LiveConnection::State s) {
        if (s != Live::LiveConnection::State::Open)
            return;
        for (const QByteArray &m : std::as_const(toSend))
            connection.send(m, false, sendAs);
        toSend.clear(); // once, not again on a reconnection
    });
    QObject::connect(&connection, &Live::LiveConnection::finished, &app, [&](const QString &, bool error) {
        if (!done) {
            failed = error;
            finish();
        }
    });
    QTimer::singleShot(qint64(seconds * 1000), &app, finish);
    connection.open(settings);
    app.exec();
    if (p.isSet(summary)) {
        stats.expire(QDateTime::currentMSecsSinceEpoch());
        out << QJsonDocument(QJsonObject{{QStringLiteral("summary"), stats.toJson()}}).toJson(QJsonDocument::Compact)
            << '\n';
        out.flush();
    }
    // A connection that ended badly once every message asked for was in (the server closed right
    // after the last: its end may be told before the last messages are) did what was asked.
    if (failed && !(wanted > 0 && received >= wanted))
        return Unusable;
    if (nonconforming)
        return NotConforming;
    if (wanted > 0 && received < wanted) {
        QTextStream(stderr)
            << Tr::tr("signalbox-cli probe: %1 of %2 messages arrived in time").arg(received).arg(wanted) << '\n';
        return CountNotReached;
    }
    return AllConform;
}
