// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

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
 * the problem (problemActivated()); the window decides how.
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

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_text; }

signals:
    /** A problem was chosen: at UTF-16 \a offset of \a file, or of the current document when \a file is empty. */
    void problemActivated(const QString &file, qsizetype offset);

private:
    void activate(const QModelIndex &index);

    Workspace::ProblemsFilterModel *m_filter;
    QTableView *m_view;
    QLineEdit *m_text;
    QToolButton *m_severityButtons[3];
};

} // namespace Signalbox
