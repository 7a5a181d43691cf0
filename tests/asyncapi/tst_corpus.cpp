// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
// Agreement with the official JavaScript parser over the shared corpus (../shared/corpus with
// oracle.jsonl). Skips when the corpus is not there, as in a user's fresh clone.

#include "skipping.h"
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Signalbox::AsyncApi;

namespace {

/** Where we differ from the official parser on purpose: file → why, in one line. */
const QHash<QString, QString> &deliberate()
{
    static const QHash<QString, QString> d{
        // Remote references are not fetched unless the caller allows it (--fetch-remote, the folder's setting).
        // For us an unfetched one is a warning on its line, and a warning does not make a document invalid
        // (isValid() counts errors only): we cannot tell whether it is. There, fetching fails offline: an error.
        {QStringLiteral("fixtures/generator/apiwithref.json"),
         QStringLiteral("remote $ref not fetched: a warning here (still valid), a fetch error there")},
        {QStringLiteral("invalid/parser-js-v1/wrong/inexisting-http-ref.yaml"),
         QStringLiteral("remote $ref not fetched: a warning here (still valid), a fetch error there")},
        {QStringLiteral("v3.1/adeo-kafka-request-reply-asyncapi.yml"),
         QStringLiteral("remote $ref not fetched: a warning here (still valid), a fetch error there")},
        // We validate 3.x message examples against their schemas; the official parser does so only for 2.x.
        {QStringLiteral("kraken-websocket-request-reply-message-filter-in-reply-asyncapi.yml"),
         QStringLiteral("3.x examples checked: 'pair' is an array and 'unsubscribed' is not a status")},
        {QStringLiteral("kraken-websocket-request-reply-multiple-channels-asyncapi.yml"),
         QStringLiteral("3.x examples checked: 'pair' is an array and 'unsubscribed' is not a status")},
        {QStringLiteral("v3.1/kraken-websocket-request-reply-message-filter-in-reply-asyncapi.yml"),
         QStringLiteral("3.x examples checked: 'pair' is an array and 'unsubscribed' is not a status")},
        {QStringLiteral("v3.1/kraken-websocket-request-reply-multiple-channels-asyncapi.yml"),
         QStringLiteral("3.x examples checked: 'pair' is an array and 'unsubscribed' is not a status")},
        {QStringLiteral("real-world/studio/kraken-api-request-reply-filter.yml"),
         QStringLiteral("3.x examples checked: 'pair' is an array and 'unsubscribed' is not a status")},
        {QStringLiteral("real-world/studio/websocket-gemini.yml"),
         QStringLiteral("3.x examples checked: prices are strings where the schema says number")},
        {QStringLiteral("real-world/generator-ws-clients/asyncapi-slack-client.yml"),
         QStringLiteral("3.x examples checked: properties the payload schema forbids")},
        // The official parser skips the parameter rule for this 2.0.0 document.
        {QStringLiteral("fixtures/parser-js/mocks/nested-schemas.yaml"),
         QStringLiteral("parameter 'testParam1' is not in the address 'test'")},
    };
    return d;
}

QString verdict(bool valid)
{
    return valid ? QStringLiteral("valid") : QStringLiteral("invalid");
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void agreement();
};

void TestCorpus::agreement()
{
    if (Signalbox::Test::corpusFolder().isEmpty())
        SIGNALBOX_SKIP("../shared/corpus is not here (a fresh clone): nothing to compare with");
    const QDir corpus(Signalbox::Test::corpusFolder());
    QHash<QString, QJsonObject> oracle; // the official parser's verdict, by file name relative to the corpus
    QFile oracleFile(corpus.filePath(QStringLiteral("oracle.jsonl")));
    QVERIFY(oracleFile.open(QIODevice::ReadOnly));
    while (!oracleFile.atEnd()) {
        const QByteArray row = oracleFile.readLine().trimmed();
        if (row.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(row).object();
        oracle.insert(o.value(QLatin1String("file")).toString(), o);
    }

    int total = 0;
    int sameVerdict = 0;
    int rejectedByBoth = 0;
    int sameLine = 0;
    QStringList unexpected;
    QSet<QString> differed;
    Signalbox::Test::forEachCorpusDocument([&](const QString &path) {
        const QString name = corpus.relativeFilePath(path);
        const auto row = oracle.constFind(name);
        if (row == oracle.cend()) {
            unexpected << QStringLiteral("%1: no verdict in oracle.jsonl").arg(name);
            return;
        }
        const QJsonObject &o = *row;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        AnalyzeOptions options;
        options.filePath = f.fileName();
        // The social-media example's services refer to ../common: allow the corpus, as its user would.
        options.load.allowedRoots = {corpus.path()};
        const auto a = analyze(f.readAll(), options);
        ++total;
        const bool theirs = o.value(QLatin1String("valid")).toBool();
        const bool ours = a->isValid();
        if (ours == theirs) {
            ++sameVerdict;
        } else {
            differed.insert(name);
            if (!deliberate().contains(name))
                unexpected << QStringLiteral("%1: oracle says %2, we say %3").arg(name, verdict(theirs), verdict(ours));
            return;
        }
        if (theirs)
            return;
        ++rejectedByBoth;
        QSet<int> theirLines;
        QStringList theirPaths;
        for (const QJsonValue &e : o.value(QLatin1String("errors")).toArray()) {
            const QString sev = e.toObject().value(QLatin1String("severity")).toString();
            if (sev == QLatin1String("error") || sev == QLatin1String("fatal")) {
                theirLines.insert(e.toObject().value(QLatin1String("line")).toInt());
                theirPaths << e.toObject().value(QLatin1String("path")).toString();
            }
        }
        // The official parser reports a failed oneOf of the resolved document on an ancestor (e.g.
        // "/channels"), we on the value that fails it: an error of ours inside the node it names agrees.
        auto inside = [&theirPaths](const QString &pointer) {
            return std::any_of(theirPaths.cbegin(), theirPaths.cend(), [&pointer](const QString &p) {
                return p.size() > 1 && (pointer == p || pointer.startsWith(p + QLatin1Char('/')));
            });
        };
        bool lineMatch = false;
        for (const Diagnostic &d : a->diagnostics) {
            if (d.severity == Severity::Error && d.file.isEmpty() &&
                (theirLines.contains(d.range.start.line + 1) || inside(d.pointer)))
                lineMatch = true;
        }
        if (lineMatch)
            ++sameLine;
        else
            unexpected << QStringLiteral("%1: none of our errors is on a line of the oracle's").arg(name);
    });
    if (QTest::currentTestFailed())
        return;
    for (auto it = deliberate().cbegin(); it != deliberate().cend(); ++it) {
        if (differed.contains(it.key()))
            qInfo("deliberate difference: %s — %s", qPrintable(it.key()), qPrintable(it.value()));
        else
            unexpected << QStringLiteral("%1 is listed as a deliberate difference but agrees now").arg(it.key());
    }
    qInfo("verdict agreement: %d/%d (%.1f%%); error-line agreement on rejected documents: %d/%d", sameVerdict, total,
          100.0 * sameVerdict / std::max(1, total), sameLine, rejectedByBoth);
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    QVERIFY(total > 100);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
