// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "mockserver.h"

#include "endpoint.h"
#include "security.h"

#include <asyncapi/messages/messagematcher.h>
#include <asyncapi/messages/samples.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>

namespace Signalbox::Live {

using AsyncApi::Message;
using AsyncApi::Operation;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Live::MockServer)
};

constexpr qsizetype MaxRequestHead = 16 * 1024;
constexpr const char *HeadDone = "signalboxHeadDone";
/// A client that does not read what it is sent is dropped once this much waits for it.
constexpr qint64 MaxUnsentBytes = 8 * 1024 * 1024;
/// The largest message a client may send the mock.
constexpr qint64 MaxIncomingMessage = 16 * 1024 * 1024;

/** One message the mock can send: its name in the channel and a body. */
struct Body
{
    QString message;
    QByteArray text;    ///< compact JSON (or the text as written when it is not JSON)
    QByteArray invalid; ///< a body that the message's schema refuses; empty when none was found
    const Message *definition = nullptr;
};

struct Reply
{
    const Message *request = nullptr;
    QString channel;    ///< where the reply goes
    QList<Body> bodies; ///< the reply's messages with their bodies
};

/// At most this many messages in one go, so that a high rate or a fast replay leaves room for the rest.
constexpr int MaxBurst = 1000;
/// Beyond this much waiting to be written, a connection's stream waits (its client reads slowly).
constexpr qint64 BackPressureBytes = 1024 * 1024;
/// SSE ids the mock takes from Last-Event-ID (beyond: the stream starts again; no overflow).
constexpr qint64 MaxEventId = qint64(1) << 53;
/// How long a connection dropped on purpose may take to write what was sent before it is cut.
constexpr int DropWaitMs = 10'000;
/// The shortest gap between two rounds of a stream: faster rates send several messages a round.
constexpr double MinRoundMs = 10.0;

QByteArray compact(const QByteArray &json)
{
    // Keys stay in the order written (ordered_json): the body is the example as the author wrote it.
    const auto parsed = nlohmann::ordered_json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (parsed.is_discarded())
        return json;
    return QByteArray::fromStdString(parsed.dump());
}

QString statusLine(int code)
{
    switch (code) {
    case 400:
        return QStringLiteral("400 Bad Request");
    case 401:
        return QStringLiteral("401 Unauthorized");
    case 404:
        return QStringLiteral("404 Not Found");
    case 405:
        return QStringLiteral("405 Method Not Allowed");
    case 426:
        return QStringLiteral("426 Upgrade Required");
    case 431:
        return QStringLiteral("431 Request Header Fields Too Large");
    }
    return QStringLiteral("%1 Error").arg(code);
}

/** The request line and headers (names in lower case) of an HTTP request head. */
struct Request
{
    QByteArray method;
    QUrl url;
    QMap<QByteArray, QByteArray> headers;
};

std::optional<Request> parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return std::nullopt;
    Request r;
    r.method = first[0];
    r.url = QUrl::fromEncoded(QByteArray(QByteArray("http://mock") + first[1]));
    if (!r.url.isValid())
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return r;
}

} // namespace

struct MockServer::Impl
{
    struct RouteData
    {
        Route route;
        const AsyncApi::Server *server = nullptr;
        const AsyncApi::Channel *channel = nullptr;
        QStringList segments;            ///< of route.path, `{name}` for a parameter
        QList<Body> sent;                ///< what the role sends here, in order
        QList<const Message *> received; ///< what the role receives here (the matcher's order)
        std::shared_ptr<const AsyncApi::MessageMatcher> matcher;
        QList<Reply> replies;
        QList<SecurityScheme> security;
        std::vector<const LogEntry *> replay; ///< the recorded messages served here, in order
        /// The parameters that have a schema (2.x), checked as messages would be, in this order.
        std::shared_ptr<const AsyncApi::MessageMatcher> parameterSchemas;
        QStringList parametersWithSchema;
    };

    struct Connection
    {
        quint64 id = 0; ///< callbacks that may outlive the connection find it by this
        const RouteData *route = nullptr;
        QPointer<QTcpSocket> sse;
        QPointer<QWebSocket> webSocket;
        QTimer *timer = nullptr;
        qint64 next = 0;          ///< the index of the next message (SSE: its id minus one)
        qint64 sent = 0;          ///< messages sent on this connection
        qint64 received = 0;      ///< messages the client sent
        qint64 scheduled = 0;     ///< messages of the stream sent (the rate's count)
        qint64 position = 0;      ///< where the stream is (SSE: its id, resumed; replies are not in it)
        qint64 startPosition = 0; ///< where it started on this connection
        QElapsedTimer clock;      ///< since the stream started
        bool closing = false;     ///< closed or being closed on purpose: nothing more is sent
        QString peer;
    };

    MockServer *q;
    std::shared_ptr<const AsyncApi::Analysis> analysis;
    MockOptions options;
    /// A QSslServer when the options give a certificate (then every connection is TLS).
    std::unique_ptr<QTcpServer> tcp;
    bool secure() const { return !options.certificateFile.isEmpty(); }
    QWebSocketServer webSockets{QStringLiteral("Signalbox mock"), QWebSocketServer::NonSecureMode};
    std::vector<std::unique_ptr<RouteData>> routes;
    std::vector<std::unique_ptr<Connection>> connections;
    quint64 lastConnectionId = 0;
    qsizetype replaySkipped = 0; ///< recorded messages that were cut in the log, not served
    QStringList warnings;        ///< what the user should know about what is served

    Impl(MockServer *owner, std::shared_ptr<const AsyncApi::Analysis> a, MockOptions o)
        : q(owner)
        , analysis(std::move(a))
        , options(std::move(o))
    {}

    /** Logs what happened (on \a c, when there is a connection: the entry names its channel). */
    void log(const Connection *c, LogEntry::Direction direction, const QString &event, const QString &status,
             const QByteArray &payload = {}, const QString &message = {}, LogEntry::Check check = LogEntry::Check::None,
             const QStringList &errors = {}, const QString &eventId = {})
    {
        LogEntry e;
        if (c)
            e.channel = c->route->route.channel;
        e.timeMs = QDateTime::currentMSecsSinceEpoch();
        e.direction = direction;
        e.event = event;
        e.status = status;
        e.payload = payload;
        e.message = message;
        e.check = check;
        e.errors = errors;
        e.eventId = eventId;
        emit q->logged(e);
    }

    /** The bodies of \a messages; \a checker, when given, holds \a messages in that order. */
    QList<Body> bodiesOf(const QList<const Message *> &messages, const AsyncApi::MessageMatcher *checker)
    {
        QList<Body> out;
        const AsyncApi::DocumentSet &set = *analysis->documents;
        for (const Message *m : messages) {
            QList<AsyncApi::MessageBody> bodies = AsyncApi::messageExampleBodies(set, *m);
            if (bodies.isEmpty())
                bodies.append(AsyncApi::initialMessageBodyOf(set, *m));
            // The refused body for "invalid every N": the first of a few that the schema refuses.
            QByteArray invalid;
            const qsizetype index = checker ? messages.indexOf(m) : -1;
            for (const QByteArray &candidate :
                 {QByteArray("[]"), QByteArray("{}"), QByteArray("\"?\""), QByteArray("-1"), QByteArray("null")}) {
                if (!checker || index < 0 || !checker->hasPayloadSchema(int(index)))
                    break;
                if (!checker->checkAs(int(index), candidate).conforms) {
                    invalid = candidate;
                    break;
                }
            }
            for (const AsyncApi::MessageBody &b : bodies) {
                if (b.truncated || b.text.isEmpty())
                    continue;
                out.append({m->name, compact(b.text), invalid, m});
            }
        }
        return out;
    }

    bool build(QString *error)
    {
        const AsyncApi::Spec *spec = analysis ? analysis->spec.get() : nullptr;
        if (!spec || !analysis->documents) {
            *error = Tr::tr("The document has no AsyncAPI model to serve (it does not parse).");
            return false;
        }
        const bool application = options.role == MockOptions::Role::Application;
        const Operation::Action sends = application ? Operation::Action::Send : Operation::Action::Receive;
        for (const AsyncApi::Server &server : spec->servers) {
            if (!options.server.isEmpty() && server.name != options.server)
                continue;
            const Endpoint base = buildEndpoint(server, nullptr);
            if (base.kind == Endpoint::Kind::Unsupported || !base.error.isEmpty())
                continue;
            for (const AsyncApi::Channel &channel : spec->channels) {
                if (channel.dynamicAddress || (!channel.servers.isEmpty() && !channel.servers.contains(server.name)))
                    continue;
                auto r = std::make_unique<RouteData>();
                r->server = &server;
                r->channel = &channel;
                r->route.server = server.name;
                r->route.channel = channel.name;
                r->route.webSocket = base.kind == Endpoint::Kind::WebSocket;
                QString path = base.url.path();
                if (path.endsWith(QLatin1Char('/')))
                    path.chop(1);
                QString address = channel.address;
                if (!address.startsWith(QLatin1Char('/')))
                    address.prepend(QLatin1Char('/'));
                r->route.path = path + address;
                r->segments = r->route.path.split(QLatin1Char('/')); // a trailing slash is a path of its own
                r->security = serverSecurity(server);
                // 2.x parameters have a schema: a path segment is checked against it as a string.
                QList<Message> schemas;
                for (const AsyncApi::Parameter &p : channel.parameters) {
                    const AsyncApi::NodeRef schema = analysis->documents->follow(p.node).at("schema");
                    if (!schema)
                        continue;
                    Message m;
                    m.name = p.name;
                    m.payload = schema;
                    schemas.append(m);
                    r->parametersWithSchema.append(p.name);
                }
                if (!schemas.isEmpty())
                    r->parameterSchemas = std::make_shared<AsyncApi::MessageMatcher>(*analysis->documents, schemas);
                QList<const Message *> sent;
                QList<const Operation *> receiving;
                for (const Operation &o : spec->operations) {
                    if (o.channel != channel.name || o.action == Operation::Action::Unknown)
                        continue;
                    const QList<const Message *> messages = spec->messagesOf(o);
                    if (o.action == sends) {
                        for (const Message *m : messages) {
                            if (!sent.contains(m))
                                sent.append(m);
                        }
                    } else {
                        receiving.append(&o);
                        for (const Message *m : messages) {
                            if (!r->received.contains(m))
                                r->received.append(m);
                        }
                    }
                }
                auto definitions = [](const QList<const Message *> &messages) {
                    QList<Message> out;
                    for (const Message *m : messages)
                        out.append(*m);
                    return out;
                };
                r->matcher = std::make_shared<AsyncApi::MessageMatcher>(*analysis->documents, definitions(r->received));
                // What the role sends, checked as the other side would (for "invalid every N").
                const AsyncApi::MessageMatcher sentMatcher(*analysis->documents, definitions(sent));
                r->sent = bodiesOf(sent, &sentMatcher);
                for (const Message *m : sent)
                    r->route.sends.append(m->name);
                for (const Operation *o : receiving) {
                    if (!o->reply.present)
                        continue;
                    const AsyncApi::Channel *replyChannel =
                        o->reply.channel.isEmpty() ? &channel : spec->channel(o->reply.channel);
                    if (!replyChannel)
                        continue;
                    QList<const Message *> replyMessages;
                    for (const QString &name : o->reply.messages) {
                        if (const Message *m = replyChannel->message(name))
                            replyMessages.append(m);
                    }
                    if (replyMessages.isEmpty()) {
                        for (const Message &m : replyChannel->messages)
                            replyMessages.append(&m);
                    }
                    for (const Message *request : spec->messagesOf(*o))
                        replies.append({request, replyChannel->name, bodiesOf(replyMessages, nullptr)});
                }
                routes.push_back(std::move(r));
            }
        }
        // Two servers may put channels at the same place of the one listener: the first is served there.
        QMap<QString, QStringList> where;
        for (const auto &r : routes)
            where[(r->route.webSocket ? QStringLiteral("ws ") : QStringLiteral("http ")) + r->route.path].append(
                Tr::tr("%1 of server %2").arg(r->route.channel, r->route.server));
        for (auto it = where.cbegin(); it != where.cend(); ++it) {
            if (it.value().size() > 1)
                warnings.append(Tr::tr("%1 serves %2; the first is used there (serve one server to choose)")
                                    .arg(it.key().section(QLatin1Char(' '), 1), it.value().join(QStringLiteral(", "))));
        }
        if (options.replay && !routes.empty())
            return buildReplay(error);
        if (routes.empty()) {
            *error = options.server.isEmpty()
                         ? Tr::tr("No channel to serve: the document has no server with a ws, wss, http or https "
                                  "protocol whose channels have an address.")
                         : Tr::tr("No channel to serve on server '%1' (is it a ws, wss, http or https server?).")
                               .arg(options.server);
            return false;
        }
        return true;
    }
    QList<Reply> replies; ///< what to answer to a request message, for every route

    /** Hands the routes the recorded messages of their channels (every channel's, when the log names none). */
    bool buildReplay(QString *error)
    {
        // A mock's own log (it starts with "listening") holds what it sent as "out"; a client's (the
        // inspector's, the probe's) holds what its server sent as "in".
        const std::vector<LogEntry> &log = *options.replay;
        const bool mockLog = std::any_of(log.cbegin(), log.cend(), [](const LogEntry &e) {
            return e.direction == LogEntry::Direction::Connection && e.event == QLatin1String("listening");
        });
        const LogEntry::Direction sent = mockLog ? LogEntry::Direction::Outgoing : LogEntry::Direction::Incoming;
        bool any = false;
        for (const LogEntry &e : log) {
            if (e.direction != sent)
                continue;
            if (e.isCut()) { // only its beginning was kept: it cannot be served as it was
                ++replaySkipped;
                continue;
            }
            for (auto &r : routes) {
                if (e.channel.isEmpty() || e.channel == r->route.channel) {
                    r->replay.push_back(&e);
                    any = true;
                }
            }
        }
        if (!any) {
            *error = Tr::tr("The log has no message to serve on these channels (messages received by the inspector or "
                            "the probe, or sent by a mock).");
            return false;
        }
        return true;
    }

    /**
     * The route for \a path (one of \a webSocket's kind when two servers share the path), with why
     * a parameter's value is refused in \a refusal.
     */
    const RouteData *match(const QString &path, bool webSocket, QString *refusal) const
    {
        // Of the routes that match, one of the request's kind first, then the most literal one
        // (`/v1/status` before `/v1/{id}`), then the first listed.
        const RouteData *best = nullptr;
        int bestScore = -1;
        const QStringList segments = path.split(QLatin1Char('/'));
        for (const auto &r : routes) {
            if (r->segments.size() != segments.size())
                continue;
            bool matches = true;
            int literal = 0;
            QString why;
            for (qsizetype i = 0; i < segments.size() && matches; ++i) {
                const QString &want = r->segments[i];
                if (want.size() > 2 && want.startsWith(QLatin1Char('{')) && want.endsWith(QLatin1Char('}'))) {
                    matches = !segments[i].isEmpty();
                    const QString name = want.mid(1, want.size() - 2);
                    for (const AsyncApi::Parameter &p : r->channel->parameters) {
                        if (p.name == name && !p.enumValues.isEmpty() && !p.enumValues.contains(segments[i]))
                            why = Tr::tr("'%1' is not a value of parameter %2 (one of: %3).")
                                      .arg(segments[i], name, p.enumValues.join(QStringLiteral(", ")));
                    }
                    if (why.isEmpty() && matches)
                        why = refuseBySchema(*r, name, segments[i]);
                } else if (want != segments[i]) {
                    matches = false;
                } else {
                    ++literal;
                }
            }
            if (!matches)
                continue;
            if (!why.isEmpty()) {
                *refusal = why;
                continue;
            }
            const int score = (r->route.webSocket == webSocket ? 1'000'000 : 0) + literal;
            if (score > bestScore) {
                best = r.get();
                bestScore = score;
            }
        }
        if (best)
            refusal->clear();
        return best;
    }

    /** Why \a value does not fit the schema of \a route's parameter \a name; empty when it does (or has none). */
    static QString refuseBySchema(const RouteData &route, const QString &name, const QString &value)
    {
        const int index = int(route.parametersWithSchema.indexOf(name));
        if (index < 0)
            return {};
        // A path segment is text; one that reads as a JSON number or boolean may stand for that too.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        const AsyncApi::MessageCheck asText = route.parameterSchemas->checkAs(index, text.mid(1, text.size() - 2));
        if (asText.conforms)
            return {};
        const auto literal = nlohmann::json::parse(value.toStdString(), nullptr, false);
        if (!literal.is_discarded() && (literal.is_number() || literal.is_boolean()) &&
            route.parameterSchemas->checkAs(index, value.toUtf8()).conforms)
            return {};
        // The checker's errors say where in the "payload" they are: a segment is a whole value.
        QString problem = asText.errors.value(0, Tr::tr("its schema refuses it"));
        if (const qsizetype colon = problem.indexOf(QLatin1String(": "));
            problem.startsWith(QLatin1String("payload")) && colon > 0)
            problem = problem.mid(colon + 2);
        if (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        return Tr::tr("'%1' is not a valid value of parameter %2: %3.").arg(value, name, problem);
    }

    /** The WWW-Authenticate headers for \a route's schemes (Basic and Bearer; one for other kinds). */
    static QByteArray challenges(const RouteData &route)
    {
        QByteArray out;
        for (const SecurityScheme &s : route.security) {
            const QByteArray kind = s.kind == SecurityScheme::Kind::Basic ? QByteArray("Basic") : QByteArray("Bearer");
            const QByteArray header = "WWW-Authenticate: " + kind + " realm=\"signalbox-mock\"\r\n";
            if (!out.contains(header))
                out += header;
        }
        return out;
    }

    /** Why \a request does not satisfy \a route's security; empty when it does. */
    QString refuseCredentials(const RouteData &route, const Request &request) const
    {
        if (route.security.isEmpty())
            return {};
        QStringList tried;
        for (const SecurityScheme &s : route.security) {
            const QString expected = options.credentials.value(s.name, options.credentials.value(QStringLiteral("*")));
            QString given;
            switch (s.kind) {
            case SecurityScheme::Kind::Bearer: {
                const QByteArray auth = request.headers.value("authorization");
                if (auth.startsWith("Bearer "))
                    given = QString::fromUtf8(auth.mid(7).trimmed());
                break;
            }
            case SecurityScheme::Kind::Basic: {
                const QByteArray auth = request.headers.value("authorization");
                if (auth.startsWith("Basic "))
                    given = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
                break;
            }
            case SecurityScheme::Kind::ApiKeyHeader:
                given = QString::fromUtf8(request.headers.value(s.parameter.toLower().toUtf8()));
                break;
            case SecurityScheme::Kind::ApiKeyQuery:
                given = QUrlQuery(request.url).queryItemValue(s.parameter, QUrl::FullyDecoded);
                break;
            case SecurityScheme::Kind::ApiKeyCookie:
                for (const QByteArray &c : request.headers.value("cookie").split(';')) {
                    const QByteArray pair = c.trimmed();
                    if (pair.startsWith(QByteArray(s.parameter.toUtf8() + '=')))
                        given = QString::fromUtf8(pair.mid(s.parameter.toUtf8().size() + 1));
                }
                break;
            case SecurityScheme::Kind::Unsupported:
                continue; // not carried by an HTTP handshake: not something the mock can ask for
            }
            if (!given.isEmpty() && (expected.isEmpty() || given == expected))
                return {};
            tried.append(s.name);
        }
        if (tried.isEmpty())
            return {};
        return Tr::tr("Missing or wrong credential for %1.").arg(tried.join(QStringLiteral(" or ")));
    }

    void respond(QTcpSocket *socket, int code, const QString &reason, const QByteArray &extra = {})
    {
        const QByteArray body = reason.toUtf8() + '\n';
        socket->write("HTTP/1.1 " + statusLine(code).toUtf8() + "\r\nContent-Type: text/plain; charset=utf-8\r\n" +
                      extra + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                      body);
        socket->disconnectFromHost();
        log(nullptr, LogEntry::Direction::Connection, QStringLiteral("refused"),
            QStringLiteral("%1:%2 %3: %4")
                .arg(socket->peerAddress().toString())
                .arg(socket->peerPort())
                .arg(statusLine(code), reason));
    }

    void handleHead(QTcpSocket *socket)
    {
        const QByteArray peek = socket->peek(MaxRequestHead);
        const qsizetype end = peek.indexOf("\r\n\r\n");
        if (end < 0) {
            if (peek.size() >= MaxRequestHead)
                respond(socket, 431, Tr::tr("The request head is larger than %1 bytes.").arg(MaxRequestHead));
            return;
        }
        QObject::disconnect(socket, &QIODevice::readyRead, q, nullptr);
        socket->setProperty(HeadDone, true); // the head timeout no longer applies
        const auto request = parseHead(peek.left(end));
        if (!request) {
            respond(socket, 400, Tr::tr("Not an HTTP/1.1 request."));
            return;
        }
        if (request->method != "GET") {
            respond(socket, 405, Tr::tr("Only GET is served."), "Allow: GET\r\n");
            return;
        }
        QString refusal;
        const bool upgrade = request->headers.value("upgrade").toLower().contains("websocket");
        const RouteData *route = match(request->url.path(QUrl::FullyDecoded), upgrade, &refusal);
        if (!route) {
            respond(socket, 404,
                    refusal.isEmpty() ? Tr::tr("No channel at %1.").arg(request->url.path(QUrl::FullyDecoded))
                                      : refusal);
            return;
        }
        if (const QString why = refuseCredentials(*route, *request); !why.isEmpty()) {
            respond(socket, 401, why, challenges(*route));
            return;
        }
        if (route->route.webSocket) {
            if (!upgrade) {
                respond(socket, 426, Tr::tr("%1 is a WebSocket channel.").arg(route->route.path),
                        "Upgrade: websocket\r\n");
                return;
            }
            // It reads the handshake we only peeked at, and the socket's life is the WebSocket's now.
            QObject::disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            webSockets.handleConnection(socket);
            return;
        }
        if (upgrade) {
            respond(socket, 400, Tr::tr("%1 is a Server-Sent Events channel, not WebSocket.").arg(route->route.path));
            return;
        }
        socket->read(end + 4);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                      "Connection: keep-alive\r\n\r\nretry: " +
                      QByteArray::number(options.sseRetryMs) + "\n\n");
        auto c = std::make_unique<Connection>();
        c->route = route;
        c->sse = socket;
        c->peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        bool ok = false;
        const qint64 last = request->headers.value("last-event-id").toLongLong(&ok);
        if (ok && last >= 0 && last < MaxEventId) {
            c->next = last;
            c->position = last;
        }
        log(c.get(), LogEntry::Direction::Connection, QStringLiteral("open"),
            ok ? Tr::tr("%1 on %2 (SSE), resuming after id %3").arg(c->peer, request->url.path()).arg(last)
               : Tr::tr("%1 on %2 (SSE)").arg(c->peer, request->url.path()));
        Connection *raw = c.get();
        QObject::connect(socket, &QTcpSocket::disconnected, q, [this, raw] { drop(raw, QStringLiteral("closed")); });
        QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { socket->readAll(); });
        start(std::move(c));
    }

    void onWebSocket()
    {
        while (QWebSocket *ws = webSockets.nextPendingConnection()) {
            QString refusal;
            const RouteData *route = match(ws->requestUrl().path(QUrl::FullyDecoded), true, &refusal);
            if (!route || !tcp->isListening()) {
                ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
                ws->deleteLater();
                continue;
            }
            ws->setParent(q);
            ws->setMaxAllowedIncomingMessageSize(quint64(MaxIncomingMessage));
            ws->setMaxAllowedIncomingFrameSize(quint64(MaxIncomingMessage));
            auto c = std::make_unique<Connection>();
            c->route = route;
            c->webSocket = ws;
            c->peer = QStringLiteral("%1:%2").arg(ws->peerAddress().toString()).arg(ws->peerPort());
            log(c.get(), LogEntry::Direction::Connection, QStringLiteral("open"),
                Tr::tr("%1 on %2 (WebSocket)").arg(c->peer, ws->requestUrl().path()));
            Connection *raw = c.get();
            QObject::connect(ws, &QWebSocket::disconnected, q, [this, raw] { drop(raw, QStringLiteral("closed")); });
            QObject::connect(ws, &QWebSocket::textMessageReceived, q,
                             [this, raw](const QString &text) { received(raw, text.toUtf8()); });
            QObject::connect(ws, &QWebSocket::binaryMessageReceived, q,
                             [this, raw](const QByteArray &data) { received(raw, data); });
            start(std::move(c));
        }
    }

    bool replaying() const { return bool(options.replay); }

    /** Puts the options' certificate chain and private key (PEM files) into \a configuration. */
    bool loadCertificate(QSslConfiguration &configuration, QString *error) const
    {
        QFile cert(options.certificateFile);
        QFile key(options.privateKeyFile.isEmpty() ? options.certificateFile : options.privateKeyFile);
        // Certificates and keys are small: a bigger file is not one.
        constexpr qint64 MaxPemBytes = 1024 * 1024;
        if (!cert.open(QIODevice::ReadOnly) || cert.size() > MaxPemBytes) {
            *error = Tr::tr("Cannot read the certificate %1: %2").arg(cert.fileName(), cert.errorString());
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.read(MaxPemBytes), QSsl::Pem);
        if (chain.isEmpty()) {
            *error = Tr::tr("%1 holds no PEM certificate.").arg(cert.fileName());
            return false;
        }
        if (!key.open(QIODevice::ReadOnly) || key.size() > MaxPemBytes) {
            *error = Tr::tr("Cannot read the private key %1: %2").arg(key.fileName(), key.errorString());
            return false;
        }
        const QByteArray pem = key.read(MaxPemBytes);
        QSslKey privateKey(pem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (privateKey.isNull()) {
            *error = Tr::tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(key.fileName());
            return false;
        }
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(privateKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
        return true;
    }

    Connection *find(quint64 id) const
    {
        for (const auto &c : connections) {
            if (c->id == id)
                return c.get();
        }
        return nullptr;
    }

    qint64 unsent(const Connection *c) const
    {
        return c->sse ? c->sse->bytesToWrite() : c->webSocket ? c->webSocket->bytesToWrite() : 0;
    }

    void start(std::unique_ptr<Connection> c)
    {
        Connection *raw = c.get();
        raw->id = ++lastConnectionId;
        raw->startPosition = raw->position;
        connections.push_back(std::move(c));
        emit q->connectionCountChanged(int(connections.size()));
        if (options.count >= 0 && raw->position >= options.count) { // resumed after the stream's end
            finish(raw, Tr::tr("%1: the stream's %2 messages were all sent").arg(raw->peer).arg(options.count));
            return;
        }
        const bool stream = replaying() ? !raw->route->replay.empty() : options.rate > 0 && !raw->route->sent.isEmpty();
        if (!stream)
            return;
        raw->timer = new QTimer(q);
        raw->timer->setTimerType(Qt::PreciseTimer);
        // A replay waits for each recorded message's time; a rate comes round every interval.
        raw->timer->setSingleShot(replaying());
        if (!replaying())
            raw->timer->setInterval(int(std::clamp(1000.0 / options.rate, MinRoundMs, 86'400'000.0)));
        QObject::connect(raw->timer, &QTimer::timeout, q, [this, raw] { tick(raw); });
        const quint64 id = raw->id;
        QTimer::singleShot(options.delayMs, q, [this, id] {
            if (Connection *c = find(id)) {
                c->clock.start();
                if (!replaying())
                    c->timer->start();
                tick(c); // the first at once
            }
        });
    }

    /** Sends what is due on \a c's stream. */
    void tick(Connection *c)
    {
        if (c->closing)
            return;
        if (replaying()) {
            replayTick(c);
            return;
        }
        // The count due by now (the first at once): a rate faster than the timer's rounds sends several a round.
        const qint64 due = qint64(double(c->clock.elapsed()) * options.rate / 1000.0) + 1;
        for (int burst = 0; c->scheduled < due && burst < MaxBurst && unsent(c) < BackPressureBytes; ++burst) {
            ++c->scheduled;
            if (!emitNext(c))
                return;
        }
    }

    void replayTick(Connection *c)
    {
        const std::vector<const LogEntry *> &list = c->route->replay;
        for (int burst = 0; c->position < qint64(list.size()); ++burst) {
            const LogEntry &e = *list[size_t(c->position)];
            if (options.replayTiming) {
                const qint64 wait = e.timeMs - list[size_t(c->startPosition)]->timeMs - c->clock.elapsed();
                if (wait > 0) {
                    c->timer->start(int(std::min<qint64>(wait, 86'400'000)));
                    return;
                }
            }
            if (burst >= MaxBurst || unsent(c) >= BackPressureBytes) {
                c->timer->start(1);
                return;
            }
            const bool binary = e.event == QLatin1String("binary");
            // An SSE log's events keep their type; a WebSocket log's become the message's name.
            const QString event = e.event == QLatin1String("text") || binary
                                      ? (e.message.isEmpty() ? QStringLiteral("message") : e.message)
                                      : e.event;
            send(c, event, e.message, e.payload, binary, Tr::tr("%1: recorded at %2").arg(c->peer, recordedAt(e)));
            ++c->position;
            if (!afterSend(c))
                return;
        }
        if (c->position == qint64(list.size()) && c->position > c->startPosition)
            log(c, LogEntry::Direction::Connection, QStringLiteral("replayed"),
                Tr::tr("%1: all %2 recorded messages sent").arg(c->peer).arg(c->position - c->startPosition));
    }

    static QString recordedAt(const LogEntry &e)
    {
        return QDateTime::fromMSecsSinceEpoch(e.timeMs).toUTC().toString(Qt::ISODateWithMs);
    }

    const Body *bodyFor(const RouteData &route, qint64 index) const
    {
        if (route.sent.isEmpty())
            return nullptr;
        qsizetype pick = qsizetype(index % route.sent.size());
        if (options.random) {
            // The Nth message of a stream is the same one every time (so that a resumed SSE stream
            // goes on as it would have): drawn from a generator seeded by the seed and N.
            std::mt19937_64 draw(options.seed ^ (quint64(index) * 0x9E3779B97F4A7C15ULL));
            pick = qsizetype(draw() % quint64(route.sent.size()));
        }
        return &route.sent[pick];
    }

    void send(Connection *c, const QString &event, const QString &message, const QByteArray &text, bool binary,
              const QString &status, const QString &invalidOnPurpose = {})
    {
        const QString id = QString::number(c->next + 1);
        if (c->sse) {
            // A name with a line break (from a hostile log or key) would start fields of its own.
            QByteArray name = event.toUtf8();
            name.replace('\r', ' ').replace('\n', ' ');
            QByteArray frame = "id: " + id.toUtf8() + "\nevent: " + name + '\n';
            // Every line end of the body (CR LF, LF or a lone CR) ends a data line, as readers split them.
            QByteArray lines = text;
            lines.replace("\r\n", "\n").replace('\r', '\n');
            for (const QByteArray &line : lines.split('\n'))
                frame += "data: " + line + '\n';
            c->sse->write(frame + '\n');
        } else if (c->webSocket && binary) {
            c->webSocket->sendBinaryMessage(text);
        } else if (c->webSocket) {
            c->webSocket->sendTextMessage(QString::fromUtf8(text));
        }
        ++c->next;
        ++c->sent;
        if (unsent(c) > MaxUnsentBytes) {
            log(c, LogEntry::Direction::Connection, QStringLiteral("dropped"),
                Tr::tr("%1: dropped, the client does not read what it is sent").arg(c->peer));
            c->closing = true;
            const quint64 id = c->id;
            QTimer::singleShot(0, q, [this, id] {
                if (Connection *gone = find(id))
                    abortConnection(gone, QStringLiteral("closed"));
            });
        }
        // A message made not to conform says so, as a client's check would.
        log(c, LogEntry::Direction::Outgoing,
            c->sse   ? event
            : binary ? QStringLiteral("binary")
                     : QStringLiteral("text"),
            status, text, message, invalidOnPurpose.isEmpty() ? LogEntry::Check::None : LogEntry::Check::Invalid,
            invalidOnPurpose.isEmpty() ? QStringList() : QStringList{invalidOnPurpose}, c->sse ? id : QString());
    }

    /** Sends the next message of \a c's stream; false when that ended the connection. */
    bool emitNext(Connection *c)
    {
        const Body *body = bodyFor(*c->route, c->position);
        if (!body)
            return true;
        const bool invalid =
            options.invalidEvery > 0 && (c->position + 1) % options.invalidEvery == 0 && !body->invalid.isEmpty();
        const QString why = invalid ? Tr::tr("invalid on purpose (every %1)").arg(options.invalidEvery) : QString();
        send(c, body->message, body->message, invalid ? body->invalid : body->text, false,
             invalid ? c->peer + QStringLiteral(": ") + why : c->peer, why);
        ++c->position;
        return afterSend(c);
    }

    /** Ends \a c when its count is reached or a drop is due; false when it did. */
    bool afterSend(Connection *c)
    {
        if (c->closing)
            return false;
        // The stream's messages count (not replies); an SSE stream's count goes on over resumed
        // connections (its ids), a WebSocket's starts again.
        if (options.count >= 0 && c->position >= options.count) {
            finish(c, Tr::tr("%1: messages sent: %2, as asked").arg(c->peer).arg(c->sent));
            emit q->countReached();
            return false;
        }
        const qint64 streamed = c->position - c->startPosition;
        if (options.dropEvery > 0 && streamed > 0 && streamed % options.dropEvery == 0) {
            dropOnPurpose(c);
            return false;
        }
        return true;
    }

    void dropOnPurpose(Connection *c)
    {
        c->closing = true;
        if (c->timer)
            c->timer->stop();
        if (c->webSocket && options.closeCode > 0) {
            log(c, LogEntry::Direction::Connection, QStringLiteral("dropped"),
                Tr::tr("%1: closed with code %2 on purpose (every %3 messages)")
                    .arg(c->peer)
                    .arg(options.closeCode)
                    .arg(options.dropEvery));
            c->webSocket->close(QWebSocketProtocol::CloseCode(options.closeCode), QStringLiteral("mock fault"));
            return;
        }
        log(c, LogEntry::Direction::Connection, QStringLiteral("dropped"),
            Tr::tr("%1: dropped on purpose (every %2 messages)").arg(c->peer).arg(options.dropEvery));
        // Abruptly (no end of stream, no close frame), but once what was sent has left: a client
        // that reads slowly still gets every message before the cut (or after a while, cut anyway).
        const quint64 id = c->id;
        auto cutWhenWritten = [this, id](bool anyway) {
            Connection *now = find(id);
            if (now && (anyway || unsent(now) == 0))
                abortConnection(now, QStringLiteral("closed"));
        };
        if (unsent(c) == 0) {
            cutWhenWritten(true);
            return;
        }
        if (c->sse)
            QObject::connect(c->sse, &QIODevice::bytesWritten, q, [cutWhenWritten] { cutWhenWritten(false); });
        else if (c->webSocket)
            QObject::connect(c->webSocket, &QWebSocket::bytesWritten, q, [cutWhenWritten] { cutWhenWritten(false); });
        QTimer::singleShot(DropWaitMs, q, [cutWhenWritten] { cutWhenWritten(true); });
    }

    void finish(Connection *c, const QString &why)
    {
        c->closing = true;
        if (c->timer)
            c->timer->stop();
        log(c, LogEntry::Direction::Connection, QStringLiteral("closing"), why);
        if (c->sse)
            c->sse->disconnectFromHost();
        else if (c->webSocket)
            c->webSocket->close(options.closeCode > 0 ? QWebSocketProtocol::CloseCode(options.closeCode)
                                                      : QWebSocketProtocol::CloseCodeNormal);
    }

    void received(Connection *c, const QByteArray &payload)
    {
        ++c->received;
        const AsyncApi::MessageCheck check = c->route->matcher->check(payload);
        const LogEntry::Check verdict = check.message < 0 ? LogEntry::Check::Unknown
                                        : check.conforms  ? LogEntry::Check::Conforms
                                                          : LogEntry::Check::Invalid;
        log(c, LogEntry::Direction::Incoming, QStringLiteral("text"), c->peer, payload, check.messageName, verdict,
            check.errors);
        if (c->closing)
            return;
        if (check.message >= 0 && !replaying()) {
            const Message *request = c->route->received.value(check.message);
            for (const Reply &reply : replies) {
                if (request && reply.request == request && !reply.bodies.isEmpty()) {
                    answer(c, *request, reply, payload);
                    break;
                }
            }
        }
        if (options.rate <= 0 && !replaying())
            emitNext(c);
    }

    /** Answers \a request on \a c, or on the reply's channel when that is another one (after the delay). */
    void answer(Connection *c, const Message &request, const Reply &reply, const QByteArray &requestPayload)
    {
        QList<quint64> to;
        for (const auto &other : connections) {
            if (other->route->route.channel == reply.channel && other->route->server == c->route->server &&
                other->route != c->route)
                to.append(other->id);
        }
        QString status = Tr::tr("%1: reply to %2").arg(c->peer, request.name);
        if (reply.channel != c->route->route.channel) {
            if (to.isEmpty())
                status += Tr::tr(" (no client on its channel %1: sent here)").arg(reply.channel);
            else
                status += Tr::tr(" (from %1 on %2)").arg(c->peer, c->route->route.channel);
        }
        if (to.isEmpty() || reply.channel == c->route->route.channel)
            to = {c->id};
        const QByteArray text = withCorrelationId(request, reply.bodies.first(), requestPayload, &status);
        const Body &body = reply.bodies.first();
        auto deliver = [this, to, body, text, status] {
            for (const quint64 id : to) {
                if (Connection *target = find(id); target && !target->closing)
                    send(target, body.message, body.message, text, false, status);
            }
        };
        if (options.delayMs > 0)
            QTimer::singleShot(options.delayMs, q, deliver);
        else
            deliver();
    }

    /** \a reply's body with the request's correlation id copied where the reply declares one. */
    static QByteArray withCorrelationId(const Message &request, const Body &reply, const QByteArray &requestPayload,
                                        QString *status)
    {
        QByteArray text = reply.text;
        const auto from = request.correlationId.payloadPointer();
        const auto to = reply.definition ? reply.definition->correlationId.payloadPointer() : std::nullopt;
        if (from && to) {
            // The correlation id goes from where the request has it to where the reply declares it.
            try {
                const auto in = nlohmann::ordered_json::parse(requestPayload.constBegin(), requestPayload.constEnd());
                auto out = nlohmann::ordered_json::parse(text.constBegin(), text.constEnd());
                const nlohmann::ordered_json::json_pointer source(from->toStdString());
                if (in.contains(source)) {
                    out[nlohmann::ordered_json::json_pointer(to->toStdString())] = in.at(source);
                    text = QByteArray::fromStdString(out.dump());
                }
            } catch (const nlohmann::json::exception &) {
                *status += Tr::tr(" (the correlation id could not be copied)");
            }
        }
        return text;
    }

    /** Forgets \a c (logging \a event) and aborts its socket, if it is still there. */
    void abortConnection(Connection *c, const QString &event)
    {
        for (const auto &known : connections) {
            if (known.get() != c)
                continue;
            const QPointer<QTcpSocket> sse = c->sse;
            const QPointer<QWebSocket> webSocket = c->webSocket;
            drop(c, event); // first: aborting emits signals that would drop it again
            if (sse)
                sse->abort();
            if (webSocket)
                webSocket->abort();
            return;
        }
    }

    void drop(Connection *c, const QString &event)
    {
        for (auto it = connections.begin(); it != connections.end(); ++it) {
            if (it->get() != c)
                continue;
            log(c, LogEntry::Direction::Connection, event, Tr::tr("%1: messages sent: %2").arg(c->peer).arg(c->sent));
            // Nothing of it may call back into the connection once it is gone.
            if (c->timer) {
                c->timer->stop();
                QObject::disconnect(c->timer, nullptr, q, nullptr);
                c->timer->deleteLater();
            }
            if (c->sse) {
                QObject::disconnect(c->sse, nullptr, q, nullptr);
                c->sse->deleteLater();
            }
            if (c->webSocket) {
                QObject::disconnect(c->webSocket, nullptr, q, nullptr);
                c->webSocket->deleteLater();
            }
            connections.erase(it);
            emit q->connectionCountChanged(int(connections.size()));
            return;
        }
    }
};

const MockOptions &MockServer::options() const
{
    return d->options;
}

MockServer::MockServer(std::shared_ptr<const AsyncApi::Analysis> analysis, MockOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, std::move(analysis), std::move(options)))
{
    if (d->secure())
        d->tcp = std::make_unique<QSslServer>();
    else
        d->tcp = std::make_unique<QTcpServer>();
    // (A TLS server has a connection for us once its handshake is done.)
    connect(d->tcp.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = d->tcp->nextPendingConnection()) {
            connect(socket, &QIODevice::readyRead, this, [this, socket] { d->handleHead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            // A client that never finishes its request head is not waited for.
            QTimer::singleShot(d->options.requestHeadTimeoutMs, socket, [socket] {
                if (!socket->property(HeadDone).toBool())
                    socket->abort();
            });
        }
    });
    connect(&d->webSockets, &QWebSocketServer::newConnection, this, [this] { d->onWebSocket(); });
}

MockServer::~MockServer()
{
    close();
}

bool MockServer::listen(QString *error)
{
    if (d->routes.empty() && !d->build(error))
        return false;
    if (auto *tls = qobject_cast<QSslServer *>(d->tcp.get())) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!d->loadCertificate(configuration, error))
            return false;
        tls->setSslConfiguration(configuration);
    }
    if (!d->tcp->listen(d->options.host, d->options.port)) {
        *error = Tr::tr("Cannot listen on %1:%2: %3")
                     .arg(d->options.host.toString())
                     .arg(d->options.port)
                     .arg(d->tcp->errorString());
        return false;
    }
    for (auto &r : d->routes) {
        QUrl url;
        url.setScheme(r->route.webSocket ? (d->secure() ? QStringLiteral("wss") : QStringLiteral("ws"))
                                         : (d->secure() ? QStringLiteral("https") : QStringLiteral("http")));
        url.setHost(d->options.host.toString());
        url.setPort(d->tcp->serverPort());
        url.setPath(r->route.path);
        r->route.url = url;
    }
    // Said once the caller had the chance to connect to logged() (and to print where it listens).
    QTimer::singleShot(0, this, [this] {
        if (!d->tcp->isListening())
            return;
        d->log(nullptr, LogEntry::Direction::Connection, QStringLiteral("listening"), baseUrl().toString());
        for (const QString &w : std::as_const(d->warnings))
            d->log(nullptr, LogEntry::Direction::Connection, QStringLiteral("warning"), w);
        if (d->replaySkipped > 0)
            d->log(nullptr, LogEntry::Direction::Connection, QStringLiteral("replay"),
                   Tr::tr("%n recorded message(s) not served: the log holds only their beginning", nullptr,
                          int(std::min<qsizetype>(d->replaySkipped, INT_MAX))));
    });
    return true;
}

void MockServer::close()
{
    d->tcp->close();
    while (!d->connections.empty())
        d->abortConnection(d->connections.back().get(), QStringLiteral("closed"));
    // Clients still sending their request head, or in the middle of a handshake.
    for (QTcpSocket *pending : d->tcp->findChildren<QTcpSocket *>())
        pending->abort();
}

bool MockServer::isListening() const
{
    return d->tcp->isListening();
}

quint16 MockServer::port() const
{
    return d->tcp->serverPort();
}

QUrl MockServer::baseUrl() const
{
    QUrl url;
    url.setScheme(d->secure() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(d->options.host.toString());
    url.setPort(d->tcp->serverPort());
    return url;
}

QList<MockServer::Route> MockServer::routes() const
{
    QList<Route> out;
    for (const auto &r : d->routes)
        out.append(r->route);
    return out;
}

int MockServer::connectionCount() const
{
    return int(d->connections.size());
}

QStringList MockServer::warnings() const
{
    return d->warnings;
}

QList<MockServer::Client> MockServer::clients() const
{
    QList<Client> out;
    for (const auto &c : d->connections)
        out.append({c->peer, c->route->route.server, c->route->route.channel, c->route->route.webSocket, c->sent,
                    c->received});
    return out;
}

} // namespace Signalbox::Live
