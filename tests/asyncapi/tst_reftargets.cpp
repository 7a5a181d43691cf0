// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/refs/definition.h>
#include <asyncapi/refs/reftargets.h>

#include <QFile>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;
using Signalbox::Test::doc3;

/** `$ref` completion targets and go to definition, without an editor. */
class TestRefTargets : public QObject
{
    Q_OBJECT

private slots:
    void localTargets();
    void targetsInReferencedFiles();
    void refOnLine_data();
    void refOnLine();
    void definitionInTheSameDocument_data();
    void definitionInTheSameDocument();
    void definitionInAnotherFile();
    void unresolvedReferenceHasNoDefinition();

private:
    /** Components with `/` and `~` in their names, a channel with messages, a server and an operation. */
    static QByteArray escapes()
    {
        return doc3("servers:\n  prod:\n    host: h\n    protocol: ws\n"
                    "channels:\n  room/1:\n    address: r\n    messages:\n      said:\n        payload:\n"
                    "          $ref: '#/components/schemas/a~1b'\n"
                    "operations:\n  talk:\n    action: send\n    channel:\n      $ref: '#/channels/room~11'\n"
                    "components:\n  schemas:\n    a/b:\n      type: string\n    c~d:\n      type: object\n"
                    "  messages:\n    hello:\n      payload:\n        type: string\n");
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestRefTargets::localTargets()
{
    const auto a = analyze(escapes());
    QVERIFY(a->documents);
    const QStringList expected{u"#/components/schemas/a~1b"_s,
                               u"#/components/schemas/c~0d"_s,
                               u"#/components/messages/hello"_s,
                               u"#/channels/room~11"_s,
                               u"#/servers/prod"_s,
                               u"#/operations/talk"_s,
                               u"#/channels/room~11/messages/said"_s};
    QCOMPARE(refTargets(*a->documents, {}), expected);
}

void TestRefTargets::targetsInReferencedFiles()
{
    const QString path = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/main.yaml");
    AnalyzeOptions options;
    options.filePath = path;
    const auto a = analyze(read(path), options);
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(QLatin1Char(' '))));
    const QStringList targets = refTargets(*a->documents, path);
    // The main document's own, then the components of the files it reaches, relative to its folder.
    QCOMPARE(targets.first(), u"#/channels/orders"_s);
    QVERIFY(targets.contains(u"#/operations/onOrder"_s));
    QVERIFY(targets.contains(u"#/channels/orders/messages/placed"_s));
    QVERIFY(targets.contains(u"./nested/messages.yaml#/components/messages/orderPlaced"_s));
    QVERIFY(targets.contains(u"./nested/deeper/schemas.yaml#/components/schemas/order"_s));
    QVERIFY(targets.contains(u"./nested/deeper/schemas.yaml#/components/schemas/line"_s));
    QCOMPARE(targets.size(), 6);
}

void TestRefTargets::refOnLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("ref");
    QTest::newRow("yaml, single quotes") << u"        $ref: '#/components/schemas/a'"_s << u"#/components/schemas/a"_s;
    QTest::newRow("yaml, plain") << u"  $ref: ./other.yaml#/x"_s << u"./other.yaml#/x"_s;
    QTest::newRow("json") << u"  \"$ref\": \"#/channels/c\","_s << u"#/channels/c"_s;
    QTest::newRow("json flow") << u"{\"$ref\":\"#/a~1b\"}"_s << u"#/a~1b"_s;
    QTest::newRow("no reference") << u"  type: string"_s << QString();
    QTest::newRow("empty value") << u"  $ref:"_s << QString();
}

void TestRefTargets::refOnLine()
{
    QFETCH(QString, line);
    QFETCH(QString, ref);
    QCOMPARE(Signalbox::AsyncApi::refOnLine(line), ref);
}

void TestRefTargets::definitionInTheSameDocument_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("landsOn");
    QTest::newRow("channel") << u"#/channels/room~11"_s << u"room/1:"_s;
    QTest::newRow("~1 is a slash") << u"#/components/schemas/a~1b"_s << u"a/b:"_s;
    QTest::newRow("~0 is a tilde") << u"#/components/schemas/c~0d"_s << u"c~d:"_s;
    QTest::newRow("inside a channel") << u"#/channels/room~11/messages/said"_s << u"said:"_s;
    // The whole document names no key: the root itself.
    QTest::newRow("whole document") << u"#"_s << u"asyncapi:"_s;
}

void TestRefTargets::definitionInTheSameDocument()
{
    QFETCH(QString, ref);
    QFETCH(QString, landsOn);
    const QByteArray text = escapes();
    const auto a = analyze(text);
    const std::optional<JumpTo> jump = definitionOf(*a->documents, ref);
    QVERIFY(jump);
    QVERIFY(jump->inMainDocument);
    QCOMPARE(jump->offset, QString::fromUtf8(text).indexOf(landsOn));
}

void TestRefTargets::definitionInAnotherFile()
{
    const QString path = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/main.yaml");
    AnalyzeOptions options;
    options.filePath = path;
    const auto a = analyze(read(path), options);
    QVERIFY(a->documents);
    const QString line = QString::fromUtf8(read(path)).split(QLatin1Char('\n')).at(9);
    const QString ref = Signalbox::AsyncApi::refOnLine(line);
    QCOMPARE(ref, u"./nested/messages.yaml#/components/messages/orderPlaced"_s);
    const std::optional<JumpTo> jump = definitionOf(*a->documents, ref);
    QVERIFY(jump);
    QVERIFY(!jump->inMainDocument);
    QVERIFY2(jump->file.endsWith(u"/refs/nested/messages.yaml"_s), qPrintable(jump->file));
    const QString other = QString::fromUtf8(read(QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/nested/messages.yaml")));
    QCOMPARE(jump->offset, other.indexOf(u"orderPlaced:"_s));
}

void TestRefTargets::unresolvedReferenceHasNoDefinition()
{
    const auto a = analyze(escapes());
    QVERIFY(!definitionOf(*a->documents, u"#/components/schemas/missing"_s));
    QVERIFY(!definitionOf(*a->documents, u"#/components/schemas/a/b"_s)); // unescaped: two segments
    QVERIFY(!definitionOf(*a->documents, u"./elsewhere.yaml#/x"_s));      // unsaved: reads no files
}

QTEST_GUILESS_MAIN(TestRefTargets)
#include "tst_reftargets.moc"
