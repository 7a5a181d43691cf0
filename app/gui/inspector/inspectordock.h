// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDockWidget>
#include <QPointer>

class QAbstractScrollArea;
class QMainWindow;
class QSplitter;

namespace Signalbox {

class InspectorWidget;

/**
 * The inspector's dock, on the right of the window. The first time it is opened (the View menu,
 * its shortcut, a double-click in the graph) it gets the width its form needs; when the window is
 * too narrow to keep that beside a readable editor, it goes in a tab beside the neighbour dock (the
 * outline) instead. After that, and when the window's saved state placed it, where it is and how
 * wide is the user's.
 */
class InspectorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDock)

public:
    /// Columns of the editor's font the central widget keeps beside the inspector, besides its minimum.
    static constexpr int ReadableColumns = 60;

    InspectorDock(InspectorWidget *inspector, QMainWindow *window);
    ~InspectorDock() override;

    /// The dock the inspector shares a tab with when the window is narrow.
    void setNeighbour(QDockWidget *dock) { m_neighbour = dock; }
    /// Shows and raises the dock, placed as above the first time.
    void open();

    /**
     * Makes the first widget of \a splitter, which holds \a editor, wide enough for \a columns of
     * the editor's font, taking the width from the second one down to its minimum: what the
     * window does once the inspector is placed, so that its width comes from the graph rather than
     * from the text.
     */
    static void keepColumns(QSplitter *splitter, const QAbstractScrollArea *editor, int columns);

signals:
    /// The dock was opened for the first time and placed: the window may share out its new width.
    void placed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    /// Where place() puts the dock; false when it leaves it where it is.
    bool arrange();

    InspectorWidget *m_inspector;
    QMainWindow *m_window;
    QPointer<QDockWidget> m_neighbour;
    bool m_placed = false;
};

} // namespace Signalbox
