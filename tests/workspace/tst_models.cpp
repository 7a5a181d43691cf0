// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "testconfig.h"

#include <asyncapi/analysis.h>
#include <workspace/outlinemodel.h>
#include <workspace/problemsmodel.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace Signalbox;
using namespace Signalbox::Workspace;
using namespace Qt::Literals::StringLiterals;

namespace {

std::shared_ptr<const AsyncApi::Analysis> example()
{
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/examples/harbour-cranes.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return AsyncApi::analyze(f.readAll());
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void problems();
    void outline();
    void outlineAtTrailingComment_data();
    void outlineAtTrailingComment();
};

void TestModels::problems()
{
    ProblemsModel model;
    ProblemsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto a = AsyncApi::analyze(
        QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: 1.0\nx: 1\ncomponents:\n  schemas:\n    u: {}\n"));
    model.setDiagnostics(a->diagnostics);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.count(AsyncApi::Severity::Error), 2);
    QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(), u"4:12"_s);
    QCOMPARE(model.index(0, 0).data(ProblemsModel::OffsetRole).toLongLong(),
             qlonglong(QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: ").size()));

    filter.setSeverityShown(AsyncApi::Severity::Info, false);
    QCOMPARE(filter.rowCount(), 2);
    filter.setText(u"not allowed"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(u"schema.type"_s); // codes match too
    QCOMPARE(filter.rowCount(), 1);
    filter.setText({});
    filter.setSeverityShown(AsyncApi::Severity::Info, true);
    QCOMPARE(filter.rowCount(), 3);
    model.setDiagnostics({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestModels::outline()
{
    OutlineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto a = example();
    QVERIFY(a && a->spec);
    model.setAnalysis(a);
    QCOMPARE(model.rowCount(), 6); // Info, Servers, Channels, Operations, Messages, Schemas
    const QModelIndex channels = model.index(2, 0);
    QCOMPARE(channels.data().toString(), u"Channels"_s);
    QCOMPARE(model.rowCount(channels), 3);
    const QModelIndex telemetry = model.index(0, 0, channels);
    QCOMPARE(telemetry.data().toString(), u"craneTelemetry"_s);
    QCOMPARE(model.rowCount(telemetry), 1); // its message
    const QModelIndex operations = model.index(3, 0);
    QCOMPARE(model.index(1, 0, operations).data(OutlineModel::BadgeRole).toString(), u"send"_s);
    // The detail column elides, so the tooltip has the whole row: name, badge · detail, pointer.
    const QModelIndex send = model.index(1, 1, operations);
    QCOMPARE(send.data(OutlineModel::ActionRole).toInt(), int(AsyncApi::Operation::Action::Send));
    QVERIFY(send.data().toString().startsWith(u"send  ·  "_s));
    QVERIFY(send.data().toString().endsWith(send.data(OutlineModel::DetailRole).toString()));
    const QString tip = send.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"send · "_s + send.data(OutlineModel::DetailRole).toString()) &&
                 tip.contains(send.data(OutlineModel::PointerRole).toString()) &&
                 tip.contains(model.index(1, 0, operations).data().toString()),
             qPrintable(tip));
    QVERIFY(!channels.data(Qt::ToolTipRole).isValid());

    // The innermost element around an offset: inside craneTelemetry's address.
    const qsizetype offset = model.index(0, 0, telemetry).data(OutlineModel::OffsetRole).toLongLong() - 10;
    QCOMPARE(model.indexAt(offset), telemetry);

    // A text that does not parse leaves the outline as it was, marked stale.
    model.setStale(true);
    model.setAnalysis(AsyncApi::analyze(QByteArray("asyncapi: [")));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(model.isStale());
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void TestModels::outlineAtTrailingComment_data()
{
    QTest::addColumn<QByteArray>("text");
    QFile f(QStringLiteral(SIGNALBOX_SOURCE_DIR "/resources/templates/websocket-chat.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QTest::newRow("components-last") << f.readAll();
    QTest::newRow("servers-last") << QByteArray("asyncapi: 3.0.0\ninfo:\n  title: T\n  version: '1'\nservers:\n"
                                                "  local:\n    host: 127.0.0.1\n    protocol: ws\n");
    QTest::newRow("server-in-flow") << QByteArray("asyncapi: 3.0.0\ninfo: {title: T, version: '1'}\nservers:\n"
                                                  "  local: {host: 127.0.0.1, protocol: ws}\n");
}

void TestModels::outlineAtTrailingComment()
{
    // A comment after the last element belongs to no element (a block mapping's end, as the YAML
    // reader marks it, is the next token: here the end of the document, past the comment).
    QFETCH(QByteArray, text);
    text += "\n# trailing comment\n\n";
    OutlineModel model;
    model.setAnalysis(AsyncApi::analyze(text));
    const QString s = QString::fromUtf8(text);
    const qsizetype comment = s.indexOf(u"# trailing"_s);
    QVERIFY2(!model.indexAt(comment).isValid(), qPrintable(model.indexAt(comment).data().toString()));
    QVERIFY(!model.indexAt(s.size()).isValid());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
