// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "inspectordock.h"

#include "inspectorwidget.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLayout>
#include <QMainWindow>
#include <QSplitter>

#include <algorithm>

namespace Signalbox {

InspectorDock::InspectorDock(InspectorWidget *inspector, QMainWindow *window)
    : QDockWidget(tr("Inspector"), window)
    , m_inspector(inspector)
    , m_window(window)
{
    setObjectName(QStringLiteral("inspectorDock")); // the window's saved state knows it by this name
    setWidget(inspector);
    // Opened by the user from the menu or the shortcut (the action has shown it already).
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        if (on)
            place();
    });
    // Shown with the window: the saved state placed it.
    window->installEventFilter(this);
}

InspectorDock::~InspectorDock() = default;

bool InspectorDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_placed = m_placed || !isHidden();
        m_window->removeEventFilter(this);
    }
    return QDockWidget::eventFilter(watched, event);
}

void InspectorDock::open()
{
    show();
    raise();
    place();
}

void InspectorDock::place()
{
    if (m_placed || isFloating())
        return;
    m_placed = true;
    if (!arrange())
        return;
    m_window->layout()->activate(); // the new widths, for whoever shares them out
    emit placed();
}

bool InspectorDock::arrange()
{
    if (m_window->dockWidgetArea(this) != Qt::RightDockWidgetArea || !m_window->tabifiedDockWidgets(this).isEmpty())
        return false; // put elsewhere already
    QWidget *central = m_window->centralWidget();
    if (!central)
        return false;
    m_window->layout()->activate(); // the dock's and the central widget's widths with the dock shown
    const int wanted = m_inspector->preferredWidth();
    // What the central widget needs to stay readable: its minimum, and some columns of the
    // editor's font more for the text (the minimum leaves the editor a few characters only).
    const int readable =
        central->minimumSizeHint().width() +
        ReadableColumns *
            QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QLatin1Char('x'));
    const int shared = central->width() + width(); // what the central widget and the dock divide between them
    if (shared - wanted >= readable) {
        m_window->resizeDocks({this}, {wanted}, Qt::Horizontal);
        return true;
    }
    if (m_neighbour && m_neighbour->isVisible() && !m_neighbour->isFloating()) {
        // A narrow window: a tab beside the neighbour rather than a column that crushes the editor.
        m_window->tabifyDockWidget(m_neighbour, this);
        show();
        raise();
        m_window->resizeDocks({this}, {std::max(wanted, m_neighbour->width())}, Qt::Horizontal);
        return true;
    }
    // Nowhere to share: as wide as leaves the editor readable, the form scrolling sideways if it must.
    m_window->resizeDocks({this}, {std::max(shared - readable, std::min(wanted, shared / 3))}, Qt::Horizontal);
    return true;
}

void InspectorDock::keepColumns(QSplitter *splitter, const QAbstractScrollArea *editor, int columns)
{
    const QList<int> sizes = splitter->sizes();
    if (sizes.size() != 2 || !splitter->widget(0)->isAncestorOf(editor))
        return;
    // The editor's columns, and what surrounds them: the gutter, the scroll bar, the find bar's margins.
    const int around = sizes.at(0) - editor->viewport()->width();
    const int needed = columns * editor->fontMetrics().horizontalAdvance(QLatin1Char('x')) + around;
    const int total = sizes.at(0) + sizes.at(1);
    const int first = std::min(needed, total - splitter->widget(1)->minimumSizeHint().width());
    if (first > sizes.at(0))
        splitter->setSizes({first, total - first});
}

} // namespace Signalbox
