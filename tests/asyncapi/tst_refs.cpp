// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"
#include "testhelpers.h"

#include <asyncapi/analysis.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::codes;
using Signalbox::Test::doc3;
using Signalbox::Test::hasCode;

class TestRefs : public QObject
{
    Q_OBJECT

private slots:
    void pointerDecoding_data();
    void pointerDecoding();
    void localPointers();
    void filesSeveralDeep();
    void brokenReferenceTwoFilesAway();
    void unresolvedLocal();
    void invalidPointer();
    void cycleOfReferences();
    void recursiveSchemaIsLegal();
    void remoteNotFetchedByDefault();
    void remoteFetchedWhenAllowed();

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestRefs::pointerDecoding_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("plain") << u"/components/schemas/a"_s << QStringList{u"components"_s, u"schemas"_s, u"a"_s};
    QTest::newRow("tilde-one") << u"/channels/user~1signedup"_s << QStringList{u"channels"_s, u"user/signedup"_s};
    QTest::newRow("tilde-zero") << u"/a~0b"_s << QStringList{u"a~b"_s};
    QTest::newRow("tilde-order") << u"/a~01"_s << QStringList{u"a~1"_s};
    QTest::newRow("percent") << u"/channels/user%20signed%7Bup%7D"_s
                             << QStringList{u"channels"_s, u"user signed{up}"_s};
    QTest::newRow("root") << u""_s << QStringList{};
}

void TestRefs::pointerDecoding()
{
    QFETCH(QString, pointer);
    QFETCH(QStringList, segments);
    const auto decoded = DocumentSet::decodePointer(pointer.toStdString());
    QVERIFY(decoded.has_value());
    QStringList got;
    for (const std::string &s : *decoded)
        got << QString::fromStdString(s);
    QCOMPARE(got, segments);
    QVERIFY(!DocumentSet::decodePointer("no-slash").has_value());
    QVERIFY(!DocumentSet::decodePointer("/bad~2escape").has_value());
}

void TestRefs::localPointers()
{
    const auto a = analyze(doc3(R"(channels:
  user/signedup:
    address: user/signedup
    messages:
      m:
        $ref: '#/components/messages/a~1b'
  other:
    address: other
    messages:
      n:
        $ref: '#/components/messages/with%20space'
  tilde:
    address: tilde
    messages:
      t:
        $ref: '#/components/messages/x~0y'
operations:
  op:
    action: send
    channel:
      $ref: '#/channels/user~1signedup'
    messages:
      - $ref: '#/channels/user~1signedup/messages/m'
components:
  messages:
    a/b:
      payload: {type: string}
    with space:
      payload: {type: string}
    x~y:
      payload: {type: string}
)"));
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QCOMPARE(a->spec->operations.size(), 1);
    QCOMPARE(a->spec->operations.first().channel, QStringLiteral("user/signedup"));
    QCOMPARE(a->spec->operations.first().messages, QStringList{u"m"_s});
    QCOMPARE(a->spec->channels.first().messages.size(), 1);
    QVERIFY(a->spec->channels.first().messages.first().payload);
}

void TestRefs::filesSeveralDeep()
{
    const QString path = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/main.yaml");
    AnalyzeOptions options;
    options.filePath = path;
    const auto a = analyze(read(path), options);
    QVERIFY2(a->isValid(), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QCOMPARE(a->documents->others().size(), std::size_t(2));
    const Message &m = a->spec->channels.first().messages.first();
    QCOMPARE(m.messageName, QStringLiteral("orderPlaced"));
    QVERIFY(m.payload);
    QVERIFY(m.payload.doc->fileName().endsWith(QLatin1String("deeper/schemas.yaml")));
}

void TestRefs::brokenReferenceTwoFilesAway()
{
    const QString path = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/refs/broken-deep.yaml");
    AnalyzeOptions options;
    options.filePath = path;
    const auto a = analyze(read(path), options);
    QVERIFY(!a->isValid());
    bool found = false;
    for (const Diagnostic &d : a->diagnostics) {
        if (d.code == QLatin1String("ref.unresolved")) {
            QVERIFY(d.file.endsWith(QLatin1String("nested/broken.yaml")));
            QCOMPARE(d.range.start.line, 4); // the $ref line in that file
            found = true;
        }
    }
    QVERIFY(found);
}

void TestRefs::unresolvedLocal()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        $ref: '#/components/messages/nope'
)"));
    QVERIFY(hasCode(*a, QStringLiteral("ref.unresolved"), 10));
    QVERIFY(!a->isValid());
}

void TestRefs::invalidPointer()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    $ref: '# /components/channels/x'
)"));
    QVERIFY2(hasCode(*a, QStringLiteral("ref.invalid"), 7), qPrintable(codes(*a).join(QLatin1Char(' '))));
}

void TestRefs::cycleOfReferences()
{
    QElapsedTimer t;
    t.start();
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        $ref: '#/components/messages/a'
components:
  messages:
    a:
      $ref: '#/components/messages/b'
    b:
      $ref: '#/components/messages/a'
)"));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY2(hasCode(*a, QStringLiteral("ref.cycle")), qPrintable(codes(*a).join(QLatin1Char(' '))));
    QVERIFY(!a->isValid());
}

void TestRefs::recursiveSchemaIsLegal()
{
    QElapsedTimer t;
    t.start();
    const auto a = analyze(doc3(R"(channels:
  tree:
    address: tree
    messages:
      node:
        payload:
          $ref: '#/components/schemas/node'
        examples:
          - payload: {name: root, children: [{name: leaf, children: []}]}
          - payload: {name: root, children: [{name: 7}]}
components:
  schemas:
    node:
      type: object
      properties:
        name: {type: string}
        children:
          type: array
          items:
            $ref: '#/components/schemas/node'
)"));
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(!hasCode(*a, QStringLiteral("ref.cycle")));
    // The second example has a nested name that is not a string: found through the recursion.
    QCOMPARE(codes(*a, Severity::Error), QStringList{u"message.example-invalid@14"_s});
}

void TestRefs::remoteNotFetchedByDefault()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          $ref: 'https://example.com/schemas/m.json'
)"));
    QVERIFY(hasCode(*a, QStringLiteral("ref.remote-not-fetched"), 11));
    QVERIFY(a->isValid()); // reported as info, not as an error
}

void TestRefs::remoteFetchedWhenAllowed()
{
    AnalyzeOptions options;
    QStringList fetched;
    options.load.fetchRemote = [&fetched](const QString &url) -> std::optional<QByteArray> {
        fetched << url;
        if (url == QLatin1String("https://example.com/schemas/m.yaml"))
            return QByteArray("type: object\nproperties:\n  id: {type: integer}\n");
        return std::nullopt;
    };
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          $ref: 'https://example.com/schemas/m.yaml'
        examples:
          - payload: {id: 'not a number'}
      n:
        payload:
          $ref: 'https://example.com/missing.yaml'
)"),
                           options);
    QCOMPARE(fetched.size(), 2);
    QVERIFY(hasCode(*a, QStringLiteral("message.example-invalid"), 13));
    QVERIFY(hasCode(*a, QStringLiteral("ref.unresolved"), 16));
}

QTEST_GUILESS_MAIN(TestRefs)
#include "tst_refs.moc"
