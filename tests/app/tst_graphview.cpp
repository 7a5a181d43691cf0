// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "graph/graphpane.h"
#include "graph/graphview.h"
#include "skipping.h"

#include <asyncapi/analysis.h>

#include <QApplication>
#include <QGraphicsItem>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>

using namespace Signalbox;
using namespace Qt::Literals::StringLiterals;

namespace {

/** A document with \a channels channels, each with a send operation and a message. */
QString chain(int channels)
{
    QString text = u"asyncapi: 3.0.0\ninfo:\n  title: Chat\n  version: '1'\nchannels:\n"_s;
    for (int i = 0; i < channels; ++i)
        text += u"  room%1:\n    address: rooms/{roomId}/events%1\n    parameters:\n      roomId: {}\n"
                u"    messages:\n      chatMessage%1:\n        payload:\n          type: string\n"_s.arg(i);
    text += u"operations:\n"_s;
    for (int i = 0; i < channels; ++i)
        text += u"  sendChatMessage%1:\n    action: send\n    channel:\n      $ref: '#/channels/room%1'\n"_s.arg(i);
    return text;
}

Workspace::LastGood shown(const QString &text)
{
    Workspace::LastGood good;
    good.analysis = AsyncApi::analyze(text);
    good.latest = good.analysis;
    return good;
}

/** Gives \a pane the document \a text and waits until its graph is in place. */
bool showDocument(GraphPane &pane, const QString &text)
{
    QSignalSpy updated(pane.view(), &GraphView::graphUpdated);
    pane.setAnalysis(shown(text));
    return updated.wait(10000) || updated.count() > 0;
}

/** Where the boxes are in the viewport. */
QRect boxes(const GraphView *view)
{
    return view->mapFromScene(view->layout().bounds).boundingRect();
}

/**
 * The whole graph is in view, and as big as the view lets it be: it reaches two opposite sides,
 * but for a thin margin.
 */
bool fitted(const GraphView *view)
{
    const QRect graph = boxes(view);
    const QRect room = view->viewport()->rect();
    const bool natural = qFuzzyCompare(view->transform().m11(), 1.0); // a fit never blows a graph up
    return room.contains(graph) &&
           (natural || graph.width() >= room.width() - 30 || graph.height() >= room.height() - 30);
}

QString describe(const GraphView *view)
{
    const QRect graph = boxes(view);
    return u"scale %1, graph %2x%3 at %4,%5 in a viewport of %6x%7"_s.arg(view->transform().m11())
        .arg(graph.width())
        .arg(graph.height())
        .arg(graph.x())
        .arg(graph.y())
        .arg(view->viewport()->width())
        .arg(view->viewport()->height());
}

double scaleOf(const GraphView *view)
{
    return view->transform().m11();
}

QToolButton *fitButton(const GraphPane &pane)
{
    for (QToolButton *button : pane.findChildren<QToolButton *>()) {
        if (button->text() == GraphPane::tr("Fit"))
            return button;
    }
    return nullptr;
}

/** A point of the viewport with no box under it. */
QPoint emptySpot(const GraphView *view)
{
    for (int y = 10; y < view->viewport()->height(); y += 7) {
        for (int x = 10; x < view->viewport()->width(); x += 7) {
            const QList<QGraphicsItem *> near = view->items(QRect(x - 5, y - 5, 10, 10));
            // Arrows let a press through to the view; boxes take it.
            if (std::none_of(near.cbegin(), near.cend(),
                             [](const QGraphicsItem *i) { return !i->toolTip().isEmpty(); }))
                return {x, y};
        }
    }
    return {-1, -1};
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private slots:
    void refitsWhenResized();
    void keepsTheUserViewUntilFit_data();
    void keepsTheUserViewUntilFit();
    void newLayoutRefitsOnlyWhenFitting();
    void fitsWhenAHiddenPaneIsFirstShown();
    void bigGraphsStayLegible();
};

void TestGraphView::refitsWhenResized()
{
    GraphPane pane;
    pane.resize(700, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    GraphView *view = pane.view();
    QVERIFY(showDocument(pane, chain(3)));
    QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    const double first = scaleOf(view);
    QVERIFY2(first < 1 && first > view->minimumFitScale(), qPrintable(describe(view))); // neither bound applies

    pane.resize(780, 520); // the window enlarged, a dock closed beside it, the splitter dragged
    QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    QVERIFY(scaleOf(view) > first);
    pane.resize(600, 400);
    QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    QVERIFY(scaleOf(view) < first);
    QVERIFY(view->isAutoFitting());
}

void TestGraphView::keepsTheUserViewUntilFit_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("channels");
    // Zooming needs a graph that fits; panning one that does not (scrolled at the legible scale).
    QTest::newRow("wheel zoom") << u"wheel"_s << 3;
    QTest::newRow("zoom key") << u"plus"_s << 3;
    QTest::newRow("actual size key") << u"zero"_s << 3;
    QTest::newRow("drag the background") << u"drag"_s << 14;
    QTest::newRow("scrollbar") << u"scrollbar"_s << 14;
}

void TestGraphView::keepsTheUserViewUntilFit()
{
    QFETCH(QString, how);
    QFETCH(int, channels);
    GraphPane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    GraphView *view = pane.view();
    QVERIFY(showDocument(pane, chain(channels)));
    const bool pan = how == u"drag" || how == u"scrollbar";
    if (pan)
        QTRY_VERIFY2(view->verticalScrollBar()->isVisible(), qPrintable(describe(view)));
    else
        QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    const double fit = scaleOf(view);
    QVERIFY(view->isAutoFitting());

    const QPoint centre = view->viewport()->rect().center();
    QScrollBar *bar = view->verticalScrollBar();
    const int before = bar->value();
    if (how == u"wheel") {
        QWheelEvent wheel(centre, view->viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
    } else if (how == u"plus") {
        QTest::keyClick(view, Qt::Key_Plus);
    } else if (how == u"zero") {
        QTest::keyClick(view, Qt::Key_0);
    } else if (how == u"drag") {
        const QPoint at = emptySpot(view);
        QVERIFY2(at.x() >= 0, "no empty place to drag from");
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseMove(view->viewport(), at + QPoint(0, -30));
        QTest::mouseMove(view->viewport(), at + QPoint(0, -60));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at + QPoint(0, -60));
    } else {
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    }
    if (pan)
        QVERIFY(bar->value() != before);
    else
        QVERIFY(!qFuzzyCompare(scaleOf(view), fit));
    QVERIFY(!view->isAutoFitting());
    const double chosen = scaleOf(view);
    const int scrolled = bar->value();

    // Resizing keeps what the user chose (wider only, so that the place scrolled to stays in range).
    pane.resize(800, 400);
    QTRY_VERIFY(view->viewport()->width() > 700);
    QCOMPARE(scaleOf(view), chosen);
    if (pan)
        QCOMPARE(bar->value(), scrolled);

    // Fit fits, and keeps fitting.
    QTest::mouseClick(fitButton(pane), Qt::LeftButton);
    QVERIFY(view->isAutoFitting());
    if (pan) {
        QCOMPARE(scaleOf(view), view->minimumFitScale());
        QVERIFY2(boxes(view).top() >= 0 && boxes(view).top() < 20, qPrintable(describe(view)));
    } else {
        QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    }
    pane.resize(640, 420);
    QTRY_VERIFY(view->viewport()->width() <= 640);
    if (!pan)
        QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    QVERIFY(view->isAutoFitting());
}

void TestGraphView::newLayoutRefitsOnlyWhenFitting()
{
    GraphPane pane;
    pane.resize(700, 450);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    GraphView *view = pane.view();
    QVERIFY(showDocument(pane, chain(2)));
    QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));

    // Fitting: a new layout (the user typed a channel) is fitted too.
    QVERIFY(showDocument(pane, chain(4)));
    QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));

    // Zoomed by hand: typing does not move the view.
    QTest::keyClick(view, Qt::Key_Plus);
    const double zoomed = scaleOf(view);
    QVERIFY(showDocument(pane, chain(5)));
    QVERIFY(view->model().indexOf(u"channel:room4"_s) >= 0);
    QCOMPARE(scaleOf(view), zoomed);
    QVERIFY(!view->isAutoFitting());
}

void TestGraphView::fitsWhenAHiddenPaneIsFirstShown()
{
    // A document opened in a background tab (restored after a crash): laid out while hidden.
    QTabWidget tabs;
    tabs.addTab(new QWidget, u"front"_s);
    auto *pane = new GraphPane;
    tabs.addTab(pane, u"back"_s);
    tabs.resize(900, 600);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(showDocument(*pane, chain(3)));
    QVERIFY(!pane->isVisible());

    tabs.setCurrentWidget(pane);
    GraphView *view = pane->view();
    QTRY_VERIFY2(fitted(view), qPrintable(describe(view)));
    QVERIFY(scaleOf(view) > view->minimumFitScale());
}

void TestGraphView::bigGraphsStayLegible()
{
    GraphPane pane;
    pane.resize(800, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    GraphView *view = pane.view();
    QVERIFY(showDocument(pane, chain(60)));

    // Names stay at least 8 px high, rather than the whole graph as a smudge.
    const double titlePixels = 9.5 * view->logicalDpiY() / 72.0;
    QVERIFY2(view->minimumFitScale() * titlePixels >= 8, qPrintable(describe(view)));
    QTRY_VERIFY2(qFuzzyCompare(scaleOf(view), view->minimumFitScale()), qPrintable(describe(view)));
    QVERIFY(!fitted(view));
    QTRY_VERIFY(view->verticalScrollBar()->isVisible());
    QVERIFY(view->isAutoFitting()); // still: a bigger window shows more of it
    // From its start: the top left box in the top left corner.
    const QRect start = boxes(view);
    QVERIFY2(start.top() >= 0 && start.top() < 20, qPrintable(describe(view)));
    QVERIFY2(start.left() >= 0 && (start.left() < 20 || start.right() < view->viewport()->width()),
             qPrintable(describe(view)));

    // Or around the selected node.
    const QString text = chain(60);
    view->highlightAt(text.indexOf(u"  room42:"_s) + 3);
    QCOMPARE(view->selectedId(), u"channel:room42"_s);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
    pane.resize(820, 620);
    QTRY_COMPARE(view->viewport()->height(),
                 620 - view->viewport()->mapTo(&pane, QPoint(0, 0)).y() -
                     (view->horizontalScrollBar()->isVisible() ? view->horizontalScrollBar()->height() : 0));
    QGraphicsItem *selected = nullptr;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (item->toolTip().contains(u"rooms/{roomId}/events42"_s))
            selected = item;
    }
    QVERIFY(selected);
    QVERIFY2(view->viewport()->rect().contains(view->mapFromScene(selected->sceneBoundingRect().center())),
             qPrintable(describe(view)));
}

SIGNALBOX_TEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
