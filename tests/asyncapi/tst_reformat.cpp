// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <asyncapi/analysis.h>
#include <asyncapi/yaml/reformat.h>

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;

class TestReformat : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsOrderAndTypes();
    void exampleReformatsBothWays();
};

void TestReformat::roundTripKeepsOrderAndTypes()
{
    const auto doc =
        YamlDocument::parse("b: 1\na: '1.0'\nc: [true, null, 2.5, 'x']\nd: {z: 1, y: 2}\ne: |\n  two\n  lines\n");
    const QString json = reformatToJson(*doc);
    QCOMPARE(json, u"{\n  \"b\": 1,\n  \"a\": \"1.0\",\n  \"c\": [\n    true,\n    null,\n    2.5,\n    \"x\"\n  ],\n"
                   "  \"d\": {\n    \"z\": 1,\n    \"y\": 2\n  },\n  \"e\": \"two\\nlines\\n\"\n}\n"_s);
    const auto back = YamlDocument::parse(json.toUtf8());
    const QString yaml = reformatToYaml(*back);
    QVERIFY(yaml.startsWith(u"b: 1\na: '1.0'\n"_s));
    // YAML → JSON → YAML → JSON is stable.
    QCOMPARE(reformatToJson(*YamlDocument::parse(yaml.toUtf8())), json);
}

void TestReformat::exampleReformatsBothWays()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto original = analyze(f.readAll());
    const QString json = reformatToJson(*original->document);
    QVERIFY(!QJsonDocument::fromJson(json.toUtf8()).isNull());
    const auto fromJson = analyze(json);
    QVERIFY(fromJson->isValid());
    QCOMPARE(fromJson->spec->channels.size(), original->spec->channels.size());
    const auto fromYaml = analyze(reformatToYaml(*fromJson->document));
    QVERIFY(fromYaml->isValid());
    QCOMPARE(reformatToJson(*fromYaml->document), json);
}

QTEST_GUILESS_MAIN(TestReformat)
#include "tst_reformat.moc"
