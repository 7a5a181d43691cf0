// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0

// The official JSON Schema Test Suite (Debian's json-schema-test-suite package), draft-07, run
// through the library's own instance validation: each group's schema is the main document of a
// DocumentSet (its own root, so `#`, `definitions` and pointers resolve as in a schema file), each
// test's data a document of its own, judged by validateInstance() as examples, drafts and live
// messages are. Remote references reach the suite's remotes/ folder through the DocumentSet's
// fetch hook (the suite's http://localhost:1234/ base), never the network.

#include "skipping.h"

#include <asyncapi/refs/documentset.h>
#include <asyncapi/validation/schemavalidator.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <variant>

using namespace Signalbox::AsyncApi;

namespace {

const QString SuiteDir = QStringLiteral("/usr/share/json-schema-test-suite");
const QString RemoteBase = QStringLiteral("http://localhost:1234/");

/**
 * Cases of the required tests we decided not to follow, "file|group|test" → why. Each is
 * reported, and counted neither as passed nor as failed.
 */
const std::map<QString, QString> &notFollowed()
{
    static const QString metaSchema =
        QStringLiteral("needs the draft-07 meta-schema at http://json-schema.org/draft-07/schema, which the suite's "
                       "remotes/ folder does not hold; we fetch nothing else");
    static const QString idBase = QStringLiteral(
        "`$id` as a base URI for references: AsyncAPI documents resolve `$ref` as the official parser does, relative "
        "to the file that holds it; following `$id` would send a payload schema's `#/components/...` into the "
        "schema that declares an `$id`");
    static const std::map<QString, QString> list{
        {QStringLiteral("definitions.json|valid definition|valid definition schema"), metaSchema},
        {QStringLiteral("definitions.json|invalid definition|invalid definition schema"), metaSchema},
        {QStringLiteral("ref.json|remote ref, containing refs itself|remote ref valid"), metaSchema},
        {QStringLiteral("ref.json|remote ref, containing refs itself|remote ref invalid"), metaSchema},
        {QStringLiteral("ref.json|Recursive references between schemas|valid tree"), idBase},
        {QStringLiteral("ref.json|Recursive references between schemas|invalid tree"), idBase},
        {QStringLiteral("refRemote.json|base URI change|base URI change ref valid"), idBase},
        {QStringLiteral("refRemote.json|base URI change|base URI change ref invalid"), idBase},
        {QStringLiteral("refRemote.json|base URI change - change folder|number is valid"), idBase},
        {QStringLiteral("refRemote.json|base URI change - change folder|string is invalid"), idBase},
        {QStringLiteral("refRemote.json|base URI change - change folder in subschema|number is valid"), idBase},
        {QStringLiteral("refRemote.json|base URI change - change folder in subschema|string is invalid"), idBase},
        {QStringLiteral("refRemote.json|root ref in remote ref|string is valid"), idBase},
        {QStringLiteral("refRemote.json|root ref in remote ref|null is valid"), idBase},
        {QStringLiteral("refRemote.json|root ref in remote ref|object is invalid"), idBase},
    };
    return list;
}

/** The formats the library checks (issue 13); the suite's files for others are not run. */
const QStringList &checkedFormats()
{
    static const QStringList f{
        QStringLiteral("uri"),       QStringLiteral("uri-reference"), QStringLiteral("email"),
        QStringLiteral("date-time"), QStringLiteral("date"),          QStringLiteral("time"),
        QStringLiteral("hostname"),  QStringLiteral("ipv4"),          QStringLiteral("ipv6"),
        QStringLiteral("uuid"),      QStringLiteral("regex"),         QStringLiteral("uri-template"),
        QStringLiteral("idn-email"), QStringLiteral("json-pointer")};
    return f;
}

struct Outcome
{
    int passed = 0;
    int total = 0;
    QStringList failures;
    QStringList skipped;
};

/** The suite's remotes, read from its own folder (no network): what a fetcher of remote references gives. */
FetchResult fetchRemote(const QString &url)
{
    if (!url.startsWith(RemoteBase))
        return {{}, QStringLiteral("not one of the suite's remotes"), {}};
    const QString relative = url.mid(RemoteBase.size()).section(QLatin1Char('#'), 0, 0);
    if (relative.contains(QLatin1String("..")))
        return {{}, QStringLiteral("outside the suite's remotes"), {}};
    QFile f(SuiteDir + QStringLiteral("/remotes/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, f.errorString(), {}};
    return {f.readAll(), {}, {}};
}

/** The library's verdict on \a data against \a schema: true (valid), false, or an error text. */
std::variant<bool, QString> judge(const nlohmann::json &schema, const nlohmann::json &data)
{
    // Dumped as JSON, which is YAML: the library reads it as it reads any document.
    const auto schemaDoc = YamlDocument::parse(QByteArray::fromStdString(schema.dump(2)));
    const auto dataDoc = YamlDocument::parse(QByteArray::fromStdString(data.dump(2)));
    if (!schemaDoc->root() || !dataDoc->root())
        return QStringLiteral("not readable");
    LoadOptions options;
    options.fetchRemote = fetchRemote;
    const DocumentSet set(schemaDoc, QString(), options);
    for (const Diagnostic &d : set.diagnostics()) {
        if (d.severity <= Severity::Warning)
            return QStringLiteral("reference: ") + d.message;
    }
    bool valid = true;
    for (const Diagnostic &d :
         validateInstance(set, NodeRef{dataDoc->root(), dataDoc.get()}, set.root(), QStringLiteral("suite"), {})) {
        if (d.severity == Severity::Error)
            valid = false;
        else if (d.severity == Severity::Warning)
            return d.code + QStringLiteral(": ") + d.message;
    }
    return valid;
}

Outcome runFile(const QString &path)
{
    Outcome out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.failures << QStringLiteral("cannot read %1").arg(path);
        return out;
    }
    const QByteArray bytes = f.readAll();
    const nlohmann::json groups = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    const QString file = QFileInfo(path).fileName();
    for (const nlohmann::json &group : groups) {
        const QString groupName = QString::fromStdString(group.at("description").get<std::string>());
        for (const nlohmann::json &test : group.at("tests")) {
            const QString testName = QString::fromStdString(test.at("description").get<std::string>());
            const QString key = file + QLatin1Char('|') + groupName + QLatin1Char('|') + testName;
            if (const auto it = notFollowed().find(key); it != notFollowed().end()) {
                out.skipped << key + QStringLiteral(": ") + it->second;
                continue;
            }
            ++out.total;
            const bool expected = test.at("valid").get<bool>();
            const auto verdict = judge(group.at("schema"), test.at("data"));
            if (const bool *valid = std::get_if<bool>(&verdict); valid && *valid == expected) {
                ++out.passed;
                continue;
            }
            const QString got = std::holds_alternative<bool>(verdict)
                                    ? (std::get<bool>(verdict) ? QStringLiteral("valid") : QStringLiteral("invalid"))
                                    : std::get<QString>(verdict);
            out.failures << QStringLiteral("%1: expected %2, got %3")
                                .arg(key, expected ? QStringLiteral("valid") : QStringLiteral("invalid"), got);
        }
    }
    return out;
}

} // namespace

class TestJsonSchemaSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void required_data();
    void required();
    void optional_data();
    void optional();
    void cleanupTestCase();

private:
    int m_requiredPassed = 0;
    int m_requiredTotal = 0;
    int m_optionalPassed = 0;
    int m_optionalTotal = 0;
};

void TestJsonSchemaSuite::initTestCase()
{
    if (!QFileInfo::exists(SuiteDir + QStringLiteral("/tests/draft7")))
        SIGNALBOX_SKIP("the json-schema-test-suite package is not installed (packaging/dev.sh setup installs it)");
}

void TestJsonSchemaSuite::required_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(SuiteDir + QStringLiteral("/tests/draft7"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestJsonSchemaSuite::required()
{
    QFETCH(QString, path);
    const Outcome o = runFile(path);
    m_requiredPassed += o.passed;
    m_requiredTotal += o.total;
    for (const QString &s : o.skipped)
        qInfo().noquote() << "not followed:" << s;
    if (!o.failures.isEmpty()) {
        qInfo().noquote()
            << QStringLiteral("%1: %2/%3 passed").arg(QFileInfo(path).fileName()).arg(o.passed).arg(o.total);
        for (const QString &f : o.failures)
            qInfo().noquote() << "  " << f;
    }
    QVERIFY(o.total + o.skipped.size() > 0);
    QCOMPARE(o.failures, QStringList());
}

void TestJsonSchemaSuite::optional_data()
{
    QTest::addColumn<QString>("path");
    const QString base = SuiteDir + QStringLiteral("/tests/draft7/optional/");
    QTest::newRow("bignum") << base + QStringLiteral("bignum.json");
    QTest::newRow("ecmascript-regex") << base + QStringLiteral("ecmascript-regex.json");
    const QDir formats(base + QStringLiteral("format"));
    for (const QString &name : formats.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (checkedFormats().contains(QFileInfo(name).baseName()))
            QTest::newRow(qPrintable(QStringLiteral("format/") + name)) << formats.filePath(name);
    }
}

void TestJsonSchemaSuite::optional()
{
    // Reported, not required. The regular expression engine is std::regex with its ECMAScript
    // grammar, for `pattern` and `patternProperties` (valijson's) and for `format: regex` (ours,
    // so that a pattern the format accepts is one `pattern` can use): the closest to ECMA-262 at
    // hand. It differs where ECMA-262's Unicode mode is stricter (`\Z` is an identity escape for
    // it) and lacks lookbehind and named groups; bignums beyond 64 bits are read as doubles.
    QFETCH(QString, path);
    const Outcome o = runFile(path);
    m_optionalPassed += o.passed;
    m_optionalTotal += o.total;
    qInfo().noquote() << QStringLiteral("optional %1: %2/%3 passed")
                             .arg(QLatin1String(QTest::currentDataTag()))
                             .arg(o.passed)
                             .arg(o.total);
    for (const QString &f : o.failures)
        qInfo().noquote() << "  differs:" << f;
    QVERIFY(o.total > 0);
}

void TestJsonSchemaSuite::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral("JSON Schema Test Suite draft-07: required %1/%2 passed (%3 not followed), "
                                        "optional %4/%5")
                             .arg(m_requiredPassed)
                             .arg(m_requiredTotal)
                             .arg(notFollowed().size())
                             .arg(m_optionalPassed)
                             .arg(m_optionalTotal);
}

SIGNALBOX_TEST_GUILESS_MAIN(TestJsonSchemaSuite)
#include "tst_jsonschemasuite.moc"
