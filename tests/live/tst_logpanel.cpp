// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "inspector/logpanel.h"
#include "skipping.h"

#include <live/logmodel.h>

#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace Signalbox;
using Live::LogEntry;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray BadPrice = R"({"type":"price","symbol":42,"seq":"x"})";

LogEntry message(const QByteArray &payload, LogEntry::Check check, const QStringList &errors = {})
{
    LogEntry e;
    e.timeMs = 1'700'000'000'000;
    e.event = u"text"_s;
    e.payload = payload;
    e.check = check;
    e.message = check == LogEntry::Check::Unknown ? QString() : u"price"_s;
    e.errors = errors;
    return e;
}

LogEntry connectionEvent(const QString &event)
{
    LogEntry e;
    e.direction = LogEntry::Direction::Connection;
    e.event = event;
    return e;
}

bool sameIcon(const QIcon &a, const QIcon &b)
{
    return !a.isNull() && !b.isNull() && a.pixmap(16).toImage() == b.pixmap(16).toImage();
}

} // namespace

class TestLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void nonConformingRowsStandOut()
    {
        LogPanel panel;
        panel.append({connectionEvent(u"open"_s),
                      message(R"({"type":"price","symbol":"A","seq":1,"price":1})", LogEntry::Check::Conforms),
                      message(BadPrice, LogEntry::Check::Invalid,
                              {u"payload/symbol: Expected a string here, not 42"_s,
                               u"payload/: Missing required property 'price'"_s}),
                      message("{}", LogEntry::Check::Unknown, {u"closest message: price"_s})});
        panel.model()->flush();
        QAbstractItemModel *m = panel.view()->model();
        QCOMPARE(m->rowCount(), 4);
        const QStyle *s = panel.style();
        // The problems panel's severity icons, in the first column.
        QVERIFY(m->index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(m->index(1, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(sameIcon(m->index(2, 0).data(Qt::DecorationRole).value<QIcon>(),
                         s->standardIcon(QStyle::SP_MessageBoxCritical)));
        QVERIFY(sameIcon(m->index(3, 0).data(Qt::DecorationRole).value<QIcon>(),
                         s->standardIcon(QStyle::SP_MessageBoxWarning)));
        // A tint across the row.
        for (int column = 0; column < m->columnCount(); ++column) {
            QVERIFY(!m->index(1, column).data(Qt::BackgroundRole).isValid());
            QVERIFY(m->index(2, column).data(Qt::BackgroundRole).value<QColor>().red() > 200);
            QVERIFY(m->index(3, column).data(Qt::BackgroundRole).isValid());
        }

        // As drawn: the invalid row is red where the conforming one is not.
        panel.resize(1200, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage shot = panel.view()->viewport()->grab().toImage();
        const int x = shot.width() - 4; // the end of the last column, past its text
        const QColor ok = shot.pixelColor(x, panel.view()->rowViewportPosition(1) + 2);
        const QColor bad = shot.pixelColor(x, panel.view()->rowViewportPosition(2) + 2);
        QVERIFY2(bad.red() - bad.green() > 20 && ok.red() - ok.green() < 10,
                 qPrintable(u"%1 %2"_s.arg(ok.name(), bad.name())));

        // The detail: the errors, the body with its keys as they came, and its bytes.
        panel.view()->setCurrentIndex(m->index(2, 0));
        const QString detail = panel.detail()->toPlainText();
        QVERIFY2(detail.contains(u"Does not conform to message price:\n  • payload/symbol: Expected a string here, "
                                 "not 42\n"_s),
                 qPrintable(detail));
        QVERIFY2(detail.contains(u"{\n    \"type\": \"price\",\n    \"symbol\": 42,\n    \"seq\": \"x\"\n}"_s),
                 qPrintable(detail));
        const QString bytes = panel.bytesView()->toPlainText();
        QVERIFY2(bytes.startsWith(u"38 bytes\n0000  7b 22 74 79 70 65 22 3a  {\"type\":\n"_s), qPrintable(bytes));
        QVERIFY(bytes.contains(u"0020  22 3a 22 78 22 7d"_s));
        if (const QString shots = qEnvironmentVariable("SIGNALBOX_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(panel.grab().save(shots + u"/live-log-bad-message.png"_s));
        // Each pane has room: the table keeps most of the width, the body and bytes a share each.
        const QList<int> sizes = panel.splitter()->sizes();
        QCOMPARE(sizes.size(), 3);
        QVERIFY2(sizes.at(0) > sizes.at(1) && sizes.at(1) > 200 && sizes.at(2) > 200,
                 qPrintable(u"%1 %2 %3"_s.arg(sizes.at(0)).arg(sizes.at(1)).arg(sizes.at(2))));
    }

    void countFollowsTheFilter()
    {
        LogPanel panel;
        std::vector<LogEntry> entries;
        for (int i = 0; i < 1000; ++i) {
            const bool bad = i % 100 == 50; // 10 of them
            entries.push_back(bad ? message(BadPrice, LogEntry::Check::Invalid, {u"payload/seq: wrong"_s})
                                  : message(R"({"seq":)" + QByteArray::number(i) + '}', LogEntry::Check::Conforms));
        }
        entries.push_back(message("{}", LogEntry::Check::Unknown));
        entries.push_back(connectionEvent(u"open"_s));
        panel.append(entries);
        panel.model()->flush();
        QCOMPARE(panel.countLabel()->text(), u"1,002 entries"_s);

        // The time has room for the icon, and widths carry over to the filtered table.
        const int timeWidth = panel.view()->columnWidth(Live::LogModel::Time);
        QVERIFY(timeWidth >= panel.view()->fontMetrics().horizontalAdvance(u"00:00:00.000"_s) +
                                 panel.style()->pixelMetric(QStyle::PM_SmallIconSize));
        panel.view()->setColumnWidth(Live::LogModel::Message, 123);

        // Problems only: the invalid and the unknown.
        panel.directionBox()->setCurrentIndex(panel.directionBox()->findText(u"Problems"_s));
        QCOMPARE(panel.view()->model()->rowCount(), 11);
        QCOMPARE(panel.countLabel()->text(), u"11 of 1,002 entries"_s);
        QCOMPARE(panel.view()->columnWidth(Live::LogModel::Time), timeWidth);
        QCOMPARE(panel.view()->columnWidth(Live::LogModel::Message), 123);
        QTest::keyClicks(panel.filterEdit(), u"\"x\""_s);
        QCOMPARE(panel.countLabel()->text(), u"10 of 1,002 entries"_s);
        panel.filterEdit()->clear();
        panel.directionBox()->setCurrentIndex(0);
        QCOMPARE(panel.countLabel()->text(), u"1,002 entries"_s);
        // New entries while filtered count too.
        panel.directionBox()->setCurrentIndex(panel.directionBox()->findText(u"Problems"_s));
        panel.append({message(BadPrice, LogEntry::Check::Invalid), message("{}", LogEntry::Check::Conforms)});
        panel.model()->flush();
        QCOMPARE(panel.countLabel()->text(), u"12 of 1,004 entries"_s);
    }

    void detailFollowsOrClearsWithTheFilter()
    {
        LogPanel panel;
        panel.append({connectionEvent(u"open"_s), message(R"({"seq":1})", LogEntry::Check::Conforms),
                      message(BadPrice, LogEntry::Check::Invalid, {u"payload/seq: wrong"_s}),
                      message(R"({"seq":3})", LogEntry::Check::Conforms)});
        panel.model()->flush();
        QTableView *view = panel.view();
        view->setCurrentIndex(view->model()->index(2, 0));
        QVERIFY(panel.detail()->toPlainText().contains(u"payload/seq: wrong"_s));

        // Still shown by the filter: the selection and the detail follow it.
        panel.directionBox()->setCurrentIndex(panel.directionBox()->findText(u"Problems"_s));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(view->selectionModel()->isRowSelected(0, {}));
        QVERIFY(panel.detail()->toPlainText().contains(u"payload/seq: wrong"_s));
        panel.directionBox()->setCurrentIndex(0);
        QCOMPARE(view->currentIndex().row(), 2);
        QVERIFY(panel.detail()->toPlainText().contains(u"payload/seq: wrong"_s));

        // Hidden by the filter: nothing selected, nothing in the detail.
        view->setCurrentIndex(view->model()->index(3, 0));
        QVERIFY(panel.detail()->toPlainText().contains(u"\"seq\": 3"_s));
        panel.directionBox()->setCurrentIndex(panel.directionBox()->findText(u"Problems"_s));
        QVERIFY(!view->currentIndex().isValid());
        QVERIFY(panel.detail()->toPlainText().isEmpty());
        QVERIFY(panel.bytesView()->toPlainText().isEmpty());
        // The text filter the same.
        panel.directionBox()->setCurrentIndex(0);
        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(!panel.detail()->toPlainText().isEmpty());
        QTest::keyClicks(panel.filterEdit(), u"symbol"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(!view->currentIndex().isValid());
        QVERIFY(panel.detail()->toPlainText().isEmpty());
    }
};

SIGNALBOX_TEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
