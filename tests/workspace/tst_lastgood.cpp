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

QTEST_GUILESS_MAIN(TestLastGood)
#include "tst_lastgood.moc"
