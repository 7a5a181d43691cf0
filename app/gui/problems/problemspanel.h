// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QAction;
class QLineEdit;
class QModelIndex;
class QTableView;
class QToolButton;

namespace Signalbox {

namespace Workspace {
class ProblemsFilterModel;
class ProblemsModel;
} // namespace Workspace

/**
 * The problems of the current document: a table with severity toggles (errors, warnings, infos
 * with hints) that show the counts, and a text filter. Clicking or activating a row asks to go to
 * the problem (problemActivated()); the window decides how. A problem whose code has a quick
 * action (addQuickAction()) offers it on a button beside the filter while its row is current, and
 * in the row's context menu; before a row is chosen, the first row's that has one is shown.
 */
class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    /** Shows the problems of \a model (the current document's), or none with nullptr. */
    void setModel(Workspace::ProblemsModel *model);
    /** The counts shown on the severity toggles. */
    void setCounts(qsizetype errors, qsizetype warnings, qsizetype infos);

    /**
     * Offers \a action for the problems with \a code (e.g. "document.convertible"): the window owns
     * the action and decides what it does; the panel shows it while such a row is current.
     */
    void addQuickAction(const QString &code, QAction *action);
    /** The problem whose quick action the button shows (the current row, or the first that has one). */
    QModelIndex quickActionIndex() const { return m_quickIndex; }
    /** The button that shows the current row's quick action (hidden when it has none). */
    QToolButton *quickActionButton() const { return m_quickButton; }

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_text; }

signals:
    /** A problem was chosen: at UTF-16 \a offset of \a file, or of the current document when \a file is empty. */
    void problemActivated(const QString &file, qsizetype offset);

private:
    void activate(const QModelIndex &index);
    void showQuickAction(const QModelIndex &current);
    QAction *quickActionFor(const QModelIndex &index) const;

    Workspace::ProblemsFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QToolButton *m_severityButtons[3];
    QToolButton *m_quickButton;
    QHash<QString, QAction *> m_quickActions;
    QPersistentModelIndex m_quickIndex;
};

} // namespace Signalbox
