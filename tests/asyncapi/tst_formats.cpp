// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testhelpers.h"

#include <asyncapi/analysis.h>
#include <asyncapi/messages/messagematcher.h>
#include <asyncapi/validation/decimal.h>
#include <asyncapi/validation/formats.h>

#include <QTest>

using namespace Signalbox::AsyncApi;
using namespace Qt::Literals::StringLiterals;
using Signalbox::Test::doc3;

// `format`, decimal `multipleOf` and `propertyNames`, the checks the library makes beside valijson,
// on their own and through each path that checks values: documents against the official schemas,
// examples, composer drafts and live messages.
class TestFormats : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void multipleOf_data();
    void multipleOf();
    void documentFormats_data();
    void documentFormats();
    void examples_data();
    void examples();
    void liveMessagesAndDrafts();
};

void TestFormats::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    auto row = [](const char *name, const char *format, const QString &value, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(format) << value << valid;
    };
    row("uri", "uri", u"https://example.com:8080/a/b?x=1#frag"_s, true);
    row("uri-urn", "uri", u"urn:example:animal:ferret:nose"_s, true);
    row("uri-ipv6", "uri", u"ws://[2001:db8::7]:80/c"_s, true);
    row("uri-relative", "uri", u"/a/b"_s, false);
    row("uri-space", "uri", u"not a uri"_s, false);
    row("uri-space-in-host", "uri", u"http://a b/"_s, false);
    row("uri-bad-percent", "uri", u"http://a/%zz"_s, false);
    row("uri-non-ascii", "uri", u"http://ex\u00e4mple.com/"_s, false);
    row("uri-bad-port", "uri", u"http://a:8x/"_s, false);
    row("uri-reference-relative", "uri-reference", u"../schemas/user.yaml#/User"_s, true);
    row("uri-reference-fragment", "uri-reference", u"#/components/schemas/x"_s, true);
    row("uri-reference-colon-first", "uri-reference", u"1a:b"_s, false);
    row("uri-reference-backslash", "uri-reference", u"\\\\WINDOWS\\share"_s, false);
    row("uri-template", "uri-template", u"smartylighting/{streetlightId}/lighting{?q,r*}"_s, true);
    row("uri-template-open", "uri-template", u"a/{term"_s, false);
    row("uri-template-bad-var", "uri-template", u"a/{te rm}"_s, false);
    row("email", "email", u"joe.bloggs@example.com"_s, true);
    row("email-quoted", "email", u"\"joe bloggs\"@example.com"_s, true);
    row("email-no-at", "email", u"2962"_s, false);
    row("email-double-dot", "email", u"a..b@example.com"_s, false);
    row("idn-email", "idn-email", u"\uc2e4\ub840@\uc2e4\ub840.\ud14c\uc2a4\ud2b8"_s, true);
    row("idn-email-no-at", "idn-email", u"2962"_s, false);
    row("date-time", "date-time", u"1963-06-19T08:30:06.283185Z"_s, true);
    row("date-time-offset", "date-time", u"1963-06-19t08:30:06+01:00"_s, true);
    row("date-time-leap-second", "date-time", u"1998-12-31T23:59:60Z"_s, true);
    row("date-time-leap-second-wrong-hour", "date-time", u"1998-12-31T22:59:60Z"_s, false);
    row("date-time-no-offset", "date-time", u"1963-06-19T08:30:06"_s, false);
    row("date-time-feb-30", "date-time", u"2021-02-30T08:30:06Z"_s, false);
    row("date-leap", "date", u"2020-02-29"_s, true);
    row("date-not-leap", "date", u"2100-02-29"_s, false);
    row("date-iso-ordinal", "date", u"2013-350"_s, false);
    row("time", "time", u"08:30:06.283185Z"_s, true);
    row("time-comma", "time", u"01:01:01,1111"_s, false);
    row("hostname", "hostname", u"www.example.com"_s, true);
    row("hostname-dash", "hostname", u"-a-host"_s, false);
    row("hostname-underscore", "hostname", u"not_valid"_s, false);
    row("ipv4", "ipv4", u"192.168.0.1"_s, true);
    row("ipv4-256", "ipv4", u"256.256.256.256"_s, false);
    row("ipv4-leading-zero", "ipv4", u"087.10.0.1"_s, false);
    row("ipv6", "ipv6", u"::abef"_s, true);
    row("ipv6-v4-tail", "ipv6", u"::ffff:192.168.0.1"_s, true);
    row("ipv6-two-compressions", "ipv6", u"1::2::3"_s, false);
    row("ipv6-too-long-group", "ipv6", u"12345::"_s, false);
    row("uuid", "uuid", u"2eb8aa08-AA98-11ea-b4aa-73b441d16380"_s, true);
    row("uuid-short", "uuid", u"2eb8aa08-aa98-11ea-b4aa-73b441d1638"_s, false);
    row("regex", "regex", u"^[a-z]+(\\d{2,})?$"_s, true);
    row("regex-unclosed", "regex", u"^(abc]"_s, false);
    // JavaScript syntax std::regex lacks is not called invalid (the official parser accepts it), nor is
    // a pattern nested too deeply for std::regex's recursive compiler (it would overflow the stack).
    row("regex-named-group", "regex", u"(?<year>\\d{4})"_s, true);
    row("regex-lookbehind", "regex", u"(?<=a)b"_s, true);
    row("regex-unicode-property", "regex", u"^\\p{L}+$"_s, true);
    row("regex-nested-20000", "regex", QString(20000, u'(') + u'a' + QString(20000, u')'), true);
    row("json-pointer", "json-pointer", u"/foo/0/a~1b"_s, true);
    row("json-pointer-bad-escape", "json-pointer", u"/foo/~2"_s, false);
    row("json-pointer-relative", "json-pointer", u"foo"_s, false);
    row("unchecked-format", "int32", u"anything"_s, true);
}

void TestFormats::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Formats::isValid(format.toStdString(), value.toStdString()), valid);
}

void TestFormats::multipleOf_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("divisor");
    QTest::addColumn<bool>("multiple");
    QTest::newRow("35-of-1.5") << u"35"_s << u"1.5"_s << false;
    QTest::newRow("4.5-of-1.5") << u"4.5"_s << u"1.5"_s << true;
    QTest::newRow("0.00751-of-0.0001") << u"0.00751"_s << u"0.0001"_s << false;
    QTest::newRow("0.0075-of-0.0001") << u"0.0075"_s << u"0.0001"_s << true;
    QTest::newRow("54350.40-of-0.01") << u"54350.40"_s << u"0.01"_s << true;
    QTest::newRow("19.99-of-0.01") << QString::fromStdString(decimalText(19.99))
                                   << QString::fromStdString(decimalText(0.01)) << true;
    QTest::newRow("negative") << u"-7.5"_s << u"2.5"_s << true;
    QTest::newRow("zero") << u"0"_s << u"0.3"_s << true;
    QTest::newRow("exponents") << u"1e308"_s << u"0.123456789"_s << false;
    QTest::newRow("exponents-multiple") << u"1e300"_s << u"1e-300"_s << true;
    QTest::newRow("integer-divisor") << u"12"_s << u"4"_s << true;
    QTest::newRow("integer-divisor-not") << u"13"_s << u"4"_s << false;
    QTest::newRow("bad-divisor") << u"1"_s << u"0"_s << false;
}

void TestFormats::multipleOf()
{
    QFETCH(QString, value);
    QFETCH(QString, divisor);
    QFETCH(bool, multiple);
    QCOMPARE(isDecimalMultiple(value.toStdString(), divisor.toStdString()), multiple);
}

void TestFormats::documentFormats_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    // The official schemas' formats, as the official parser reports them (errors on the value).
    QTest::newRow("terms-of-service") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n"
                                                    "  termsOfService: not a uri\n")
                                      << 5 << u"'not a uri' is not a valid URI (format: uri)"_s;
    QTest::newRow("contact-email") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n"
                                                 "  contact:\n    email: nobody\n")
                                   << 6 << u"'nobody' is not a valid e-mail address (format: email)"_s;
    QTest::newRow("2.x-channel-name") << QByteArray("asyncapi: 2.6.0\ninfo: {title: T, version: '1'}\nchannels:\n"
                                                    "  'a/{open':\n    subscribe:\n      message: {payload: {}}\n")
                                      << 4 << QString();
    // A non-string where a format applies is a type error, not a crash (valijson 1.0 threw here).
    QTest::newRow("terms-not-string") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n"
                                                    "  termsOfService: [1, 2]\n")
                                      << 5 << QString();
}

void TestFormats::documentFormats()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const auto a = analyze(text);
    QStringList found;
    bool hit = false;
    for (const Diagnostic &d : a->diagnostics) {
        found << u"%1@%2 %3"_s.arg(d.code).arg(d.range.start.line + 1).arg(d.message);
        if (d.severity == Severity::Error && d.range.start.line + 1 == line &&
            (message.isEmpty() || d.message == message))
            hit = true;
    }
    QVERIFY2(hit, qPrintable(found.join(u'\n')));
}

void TestFormats::examples_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("example");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("format-uri") << QByteArray("{type: string, format: uri}") << QByteArray("'not a uri'")
                                << u"'not a uri' is not a valid URI (format: uri)"_s;
    QTest::newRow("format-uri-ok") << QByteArray("{type: string, format: uri}") << QByteArray("'https://example.com'")
                                   << QString();
    QTest::newRow("format-uuid-in-object")
        << QByteArray("{type: object, properties: {id: {type: string, format: uuid}}}") << QByteArray("{id: 'x-1'}")
        << u"'x-1' is not a valid UUID (format: uuid)"_s;
    QTest::newRow("format-in-one-of-branch") << QByteArray("{oneOf: [{type: string, format: date}, {type: integer}]}")
                                             << QByteArray("'2024-02-30'") << u"message.example-invalid"_s;
    QTest::newRow("format-non-string") << QByteArray("{format: email}") << QByteArray("42") << QString();
    QTest::newRow("multiple-of-fraction")
        << QByteArray("{type: number, multipleOf: 1.5}") << QByteArray("35") << u"multiple of 1.5"_s;
    QTest::newRow("multiple-of-fraction-ok")
        << QByteArray("{type: number, multipleOf: 1.5}") << QByteArray("4.5") << QString();
    QTest::newRow("multiple-of-small") << QByteArray("{type: number, multipleOf: 0.0001}") << QByteArray("0.00751")
                                       << u"multiple of 0.0001"_s;
    QTest::newRow("multiple-of-cents") << QByteArray("{type: number, multipleOf: 0.01}") << QByteArray("54350.40")
                                       << QString();
    QTest::newRow("property-names") << QByteArray("{type: object, propertyNames: {maxLength: 3}}")
                                    << QByteArray("{abcd: 1}") << u"Property name 'abcd'"_s;
    QTest::newRow("property-names-ok") << QByteArray("{type: object, propertyNames: {maxLength: 3}}")
                                       << QByteArray("{abc: 1}") << QString();
    QTest::newRow("property-names-format")
        << QByteArray("{type: object, propertyNames: {format: ipv4}}") << QByteArray("{'10.0.0.1': 1, 'x': 2}")
        << u"'x' is not a valid IPv4 address"_s;
    // Through a reference, where valijson's own propertyNames got its parent schema back.
    QTest::newRow("property-names-through-ref")
        << QByteArray("{$ref: '#/components/schemas/Names'}") << QByteArray("{abc: {}}") << QString();
    QTest::newRow("property-names-through-ref-bad")
        << QByteArray("{$ref: '#/components/schemas/Names'}") << QByteArray("{'': {}}") << u"Property name ''"_s;
    // A pattern std::regex cannot take (nested too deep for its recursive compiler, or newer JavaScript
    // syntax) is left unchecked, without a crash; the rest of the schema still is checked.
    const QByteArray deep = QByteArray(20000, '(') + 'a' + QByteArray(20000, ')');
    QTest::newRow("pattern-nested-too-deep") << QByteArray("{type: string, maxLength: 3, pattern: '" + deep + "'}")
                                             << QByteArray("abcd") << u"at most 3 characters"_s;
    QTest::newRow("pattern-named-group") << QByteArray(R"({type: string, maxLength: 3, pattern: '(?<y>\d+)'})")
                                         << QByteArray("abcd") << u"at most 3 characters"_s;
    QTest::newRow("pattern-properties-lookbehind")
        << QByteArray("{type: object, maxProperties: 1, patternProperties: {'(?<=a)b': {type: string}}}")
        << QByteArray("{ab: 1, cd: 2}") << u"at most 1 properties"_s;
}

void TestFormats::examples()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, example);
    QFETCH(QString, error);
    const QByteArray text =
        doc3("channels:\n  c:\n    address: c\n    messages:\n      m:\n        payload: " + schema +
             "\n        examples:\n          - payload: " + example +
             "\ncomponents:\n  schemas:\n    Names:\n      type: object\n"
             "      propertyNames: {minLength: 1}\n");
    const auto a = analyze(text);
    QStringList found;
    for (const Diagnostic &d : a->diagnostics) {
        if (d.severity == Severity::Error)
            found << u"%1@%2 %3"_s.arg(d.code).arg(d.range.start.line + 1).arg(d.message);
    }
    if (error.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        return;
    }
    QVERIFY2(found.size() == 1, qPrintable(found.join(u'\n')));
    QVERIFY2(found.front().contains(error), qPrintable(found.front()));
    // On the example, not the schema: the example's line (12) or below.
    QVERIFY2(found.front().startsWith(u"message.example-invalid@12"_s), qPrintable(found.front()));
}

void TestFormats::liveMessagesAndDrafts()
{
    const auto a = analyze(doc3(R"(channels:
  c:
    address: c
    messages:
      m:
        payload:
          type: object
          propertyNames: {pattern: '^[a-z]+$'}
          properties:
            at: {type: string, format: date-time}
            price: {type: number, multipleOf: 0.01}
)"));
    QVERIFY(a->spec);
    const MessageMatcher matcher(*a->documents, a->spec->channels.front().messages);
    QVERIFY(matcher.check(R"({"at":"2024-05-01T10:00:00Z","price":19.99})").conforms);
    const MessageCheck badTime = matcher.check(R"({"at":"yesterday","price":19.99})");
    QVERIFY(!badTime.conforms);
    QVERIFY2(badTime.errors.join(u'\n').contains(u"/at: 'yesterday' is not a valid date and time"_s),
             qPrintable(badTime.errors.join(u'\n')));
    const MessageCheck badPrice = matcher.check(R"({"at":"2024-05-01T10:00:00Z","price":19.995})");
    QVERIFY(!badPrice.conforms);
    QVERIFY2(badPrice.errors.join(u'\n').contains(u"multiple of 0.01"_s), qPrintable(badPrice.errors.join(u'\n')));
    const MessageCheck badName = matcher.check(R"({"AT":"x"})");
    QVERIFY(!badName.conforms);
    QVERIFY2(badName.errors.join(u'\n').contains(u"Property name 'AT'"_s), qPrintable(badName.errors.join(u'\n')));

    // The composer's draft: the same check, on the draft's line.
    const Message &m = a->spec->channels.front().messages.front();
    const Diagnostics draft = validateDraft(*a->documents, m.payload, "{\n  \"at\": \"yesterday\"\n}");
    QCOMPARE(draft.size(), 1);
    QCOMPARE(draft.front().range.start.line, 1);
    QVERIFY2(draft.front().message.contains(u"'yesterday' is not a valid date and time"_s),
             qPrintable(draft.front().message));
}

QTEST_GUILESS_MAIN(TestFormats)
#include "tst_formats.moc"
