// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <workspace/lastgood.h>

#include <QTest>

using namespace Signalbox::Workspace;
using Signalbox::AsyncApi::analyze;

/** The one decision of what a document's views show while its text changes. */
class TestLastGood : public QObject
{
    Q_OBJECT

private slots:
    void nothingGoodYet();
    void goodThenTypoThenGoodAgain();
    void parsedButNotAsyncApiIsStaleToo();
    void halfTypedIsHeldBackWhileTyping();
};

namespace {

const QByteArray Valid = QByteArrayLiteral("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\n");

} // namespace

void TestLastGood::nothingGoodYet()
{
    const LastGood none;
    QVERIFY(!none.analysis && !none.latest && !none.stale);
    const auto broken = analyze(QByteArray("asyncapi: ["));
    const LastGood shown = none.next(broken);
    QVERIFY(!shown.analysis);
    QCOMPARE(shown.latest, broken); // what went wrong, for a view that says so
    QVERIFY(!shown.stale);          // nothing is shown, so nothing is dimmed
}

void TestLastGood::goodThenTypoThenGoodAgain()
{
    const auto good = analyze(Valid);
    QVERIFY(good->spec);
    const LastGood first = LastGood().next(good);
    QCOMPARE(first.analysis, good);
    QVERIFY(!first.stale);

    const auto typo = analyze(Valid + "channels: [");
    QVERIFY(!typo->parsed());
    const LastGood mid = first.next(typo);
    QCOMPARE(mid.analysis, good); // kept
    QCOMPARE(mid.latest, typo);
    QVERIFY(mid.stale);
    QCOMPARE(mid.next(typo).analysis, good); // and kept while the typo stays

    const auto fixed = analyze(Valid + "channels: {}\n");
    const LastGood after = mid.next(fixed);
    QCOMPARE(after.analysis, fixed);
    QVERIFY(!after.stale);
}

void TestLastGood::parsedButNotAsyncApiIsStaleToo()
{
    const auto good = analyze(Valid);
    const auto other = analyze(QByteArray("just: yaml\n"));
    QVERIFY(other->parsed());
    QVERIFY(!other->spec);
    const LastGood shown = LastGood().next(good).next(other);
    QCOMPARE(shown.analysis, good);
    QVERIFY(shown.stale);
}

void TestLastGood::halfTypedIsHeldBackWhileTyping()
{
    // A channel being typed: "orders:" then "addr" parses, with a model, but with more errors
    // (an unknown key, no address) than the text before it. While typing, the views keep the
    // document as it was; once the typing stops, they show it as it is.
    const auto good = analyze(Valid + "channels:\n  ticker:\n    address: /ticker\n");
    const auto halfTyped = analyze(Valid + "channels:\n  ticker:\n    address: /ticker\n  orders:\n    addr\n");
    QVERIFY(halfTyped->spec);
    QVERIFY(halfTyped->errorCount() > good->errorCount());
    const LastGood first = LastGood().next(good);
    const LastGood typing = first.next(halfTyped, true);
    QCOMPARE(typing.analysis, good);
    QCOMPARE(typing.latest, halfTyped);
    QVERIFY(typing.stale);
    QVERIFY(typing.heldBack());
    const LastGood settled = typing.settle();
    QCOMPARE(settled.analysis, halfTyped);
    QVERIFY(!settled.stale);
    QVERIFY(!settled.heldBack());

    // Not held: no more errors than shown (typing in a description), or not typing (a file loaded).
    const auto same = analyze(Valid + "channels:\n  ticker:\n    address: /tickers\n");
    QCOMPARE(first.next(same, true).analysis, same);
    QCOMPARE(first.next(halfTyped).analysis, halfTyped);
    // The first text with a model is shown whatever its errors: there is nothing else to show.
    QCOMPARE(LastGood().next(halfTyped, true).analysis, halfTyped);
    // And a text without a model is never "held back": there is nothing to settle to.
    const LastGood broken = first.next(analyze(QByteArray("asyncapi: [")), true);
    QVERIFY(broken.stale);
    QVERIFY(!broken.heldBack());
}

QTEST_GUILESS_MAIN(TestLastGood)
#include "tst_lastgood.moc"
