// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// The mock against every document that has a WebSocket or HTTP server (our examples, and the
// shared corpus when it is beside the clone): `signalbox-cli probe` receives conforming messages
// on every channel the mock sends on, and a request sent with --send-example gets its reply with
// the correlation id where the reply declares it.

#include "skipping.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/messages/samples.h>
#include <live/mockserver.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

class TestMockCorpus : public QObject
{
    Q_OBJECT

private slots:
    void ourExamples();
    void corpus();

private:
    /** Probes every route of \a path's mock (counted in m_served when it has something to serve). */
    void probeAll(const QString &path);
    int m_served = 0;
    int m_channels = 0;
    int m_replies = 0;
};

namespace {

struct Probed
{
    int exitCode = -1;
    QList<QJsonObject> in;
    QJsonObject sent;
    QString output;
};

/** Runs `signalbox-cli probe` with \a args while the mock (on this thread) keeps serving. */
Probed runProbe(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SIGNALBOX_SECRET"_s, u"mock-secret"_s); // the mock takes any credential of the right kind
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(SIGNALBOX_CLI_PATH), QStringList{u"probe"_s} + args);
    Probed r;
    if (!done.wait(30000)) {
        p.kill();
        p.waitForFinished();
        r.output = u"the probe did not end"_s;
        return r;
    }
    r.exitCode = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    r.output = QString::fromUtf8(out + p.readAllStandardError()).left(4000);
    for (const QByteArray &line : out.split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e[u"direction"_s] == u"in"_s)
            r.in.append(e);
        else if (e[u"direction"_s] == u"out"_s)
            r.sent = e;
    }
    return r;
}

/** \a route's URL with a value the mock takes for each `{parameter}` of \a channel. */
QString concrete(const Live::MockServer::Route &route, const AsyncApi::Channel &channel,
                 const AsyncApi::DocumentSet &set)
{
    QString url = route.url.toString(QUrl::RemovePath) + route.path;
    for (const AsyncApi::Parameter &p : channel.parameters) {
        // A 2.x parameter's schema gives a sample that fits it (as text).
        QString sample = u"value"_s;
        if (const AsyncApi::NodeRef schema = set.follow(p.node).at("schema")) {
            const QJsonValue v =
                QJsonDocument::fromJson("[" + AsyncApi::sampleOf(set, schema).text + "]").array().at(0);
            sample = v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : sample;
        }
        const QString value = !p.enumValues.isEmpty()     ? p.enumValues.first()
                              : !p.defaultValue.isEmpty() ? p.defaultValue
                              : !p.examples.isEmpty()     ? p.examples.first()
                                                          : sample;
        url.replace(u'{' + p.name + u'}', QString::fromUtf8(QUrl::toPercentEncoding(value)));
    }
    return url;
}

/** The value at a `$message.payload#/…` location of \a payload; null when it is elsewhere or missing. */
nlohmann::json correlationValue(const QString &location, const QString &payload)
{
    static const QString prefix = u"$message.payload#"_s;
    if (!location.startsWith(prefix))
        return nullptr;
    const auto json = nlohmann::json::parse(payload.toStdString(), nullptr, false);
    const nlohmann::json::json_pointer pointer(location.mid(prefix.size()).toStdString());
    return json.is_discarded() || !json.contains(pointer) ? nlohmann::json() : json.at(pointer);
}

} // namespace

void TestMockCorpus::probeAll(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    AsyncApi::AnalyzeOptions options;
    options.filePath = path;
    options.reportUnused = false;
    const auto analysis = AsyncApi::analyze(f.readAll(), options);
    // Documents with errors are left out: what conforms to a broken document is not defined.
    if (!analysis->spec || !analysis->isValid())
        return;
    const AsyncApi::Spec &spec = *analysis->spec;
    Live::MockOptions stream;
    stream.rate = 200;
    Live::MockServer mock(analysis, stream);
    QString error;
    if (!mock.listen(&error))
        return; // no ws, wss, http or https server with a channel
    ++m_served;
    Live::MockOptions answering;
    answering.rate = 0; // nothing but what a client's message asks for: the reply comes first
    Live::MockServer answers(analysis, answering);
    QVERIFY2(answers.listen(&error), qPrintable(error));
    const QString where = QDir(QStringLiteral(SIGNALBOX_SHARED_DIR)).relativeFilePath(path);
    const QList<Live::MockServer::Route> routes = mock.routes();
    for (qsizetype r = 0; r < routes.size(); ++r) {
        const Live::MockServer::Route &route = routes[r];
        const AsyncApi::Channel *channel = spec.channel(route.channel);
        if (!channel)
            continue;
        const QStringList common{path,           u"--server"_s, route.server,
                                 u"--channel"_s, route.channel, u"--allow-plaintext-credentials"_s,
                                 u"--timeout"_s, u"20"_s};
        if (!route.sends.isEmpty()) {
            const Probed got =
                runProbe(common + QStringList{u"--url"_s, concrete(route, *channel, *analysis->documents), u"--count"_s,
                                              u"3"_s});
            QVERIFY2(got.exitCode == 0 && got.in.size() == 3,
                     qPrintable(u"%1, channel %2 (%3): exit %4\n%5"_s.arg(where, route.channel, route.url.toString())
                                    .arg(got.exitCode)
                                    .arg(got.output)));
            for (const QJsonObject &e : got.in)
                // (The name the probe gives may be another message's of the channel that the body fits as well.)
                QVERIFY2(e[u"check"_s] == u"conforms"_s,
                         qPrintable(where + u": "_s + QString::fromUtf8(QJsonDocument(e).toJson())));
            ++m_channels;
        }
        if (!route.webSocket)
            continue; // nothing is sent over Server-Sent Events
        for (const AsyncApi::Operation &o : spec.operations) {
            if (o.channel != route.channel || o.action != AsyncApi::Operation::Action::Receive || !o.reply.present)
                continue;
            const QString url = concrete(answers.routes().value(r), *channel, *analysis->documents);
            const Probed got = runProbe(common + QStringList{u"--url"_s, url, u"--operation"_s, o.name,
                                                             u"--send-example"_s, u"--count"_s, u"1"_s});
            QVERIFY2(
                got.exitCode == 0 && !got.in.isEmpty(),
                qPrintable(u"%1, reply to %2: exit %3\n%4"_s.arg(where, o.name).arg(got.exitCode).arg(got.output)));
            const AsyncApi::Channel *replyChannel = o.reply.channel.isEmpty() ? channel : spec.channel(o.reply.channel);
            QVERIFY(replyChannel);
            const QString name = got.in.first()[u"message"_s].toString();
            const AsyncApi::Message *reply = replyChannel->message(name);
            QVERIFY2(reply && (o.reply.messages.isEmpty() || o.reply.messages.contains(name)),
                     qPrintable(u"%1, reply to %2: got %3\n%4"_s.arg(where, o.name, name, got.output)));
            const QList<const AsyncApi::Message *> requests = spec.messagesOf(o);
            const QString requestName = got.sent[u"message"_s].toString();
            const auto request = std::find_if(requests.cbegin(), requests.cend(), [&](const AsyncApi::Message *m) {
                return m->name == requestName || requests.size() == 1;
            });
            QVERIFY(request != requests.cend());
            const nlohmann::json asked =
                correlationValue((*request)->correlationId.location, got.sent[u"payload"_s].toString());
            if (!asked.is_null() && reply->correlationId.location.startsWith(u"$message.payload#"_s)) {
                QVERIFY2(correlationValue(reply->correlationId.location, got.in.first()[u"payload"_s].toString()) ==
                             asked,
                         qPrintable(u"%1, reply to %2: the correlation id is not copied\n%3"_s.arg(where, o.name,
                                                                                                   got.output)));
            }
            ++m_replies;
        }
    }
}

void TestMockCorpus::ourExamples()
{
    m_served = m_channels = m_replies = 0;
    const QDir examples(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files)) {
        probeAll(examples.filePath(name));
        if (QTest::currentTestFailed())
            return;
    }
    probeAll(QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/mock/rooms.yaml"));
    qInfo("%d documents served, %d channels probed, %d replies", m_served, m_channels, m_replies);
    QVERIFY(m_served >= 2);
    QVERIFY(m_replies >= 1);
}

void TestMockCorpus::corpus()
{
    m_served = m_channels = m_replies = 0;
    if (!Test::forEachCorpusDocument([this](const QString &path) { probeAll(path); }))
        SIGNALBOX_SKIP("the shared corpus is not beside the clone");
    qInfo("%d documents served, %d channels probed, %d replies", m_served, m_channels, m_replies);
    QVERIFY(m_served >= 10);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestMockCorpus)
#include "tst_mockcorpus.moc"
