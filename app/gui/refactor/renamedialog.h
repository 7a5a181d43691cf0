// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refactor/rename.h>

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Signalbox {

/**
 * Renaming an element (F2): the new name, checked as it is typed (AsyncApi::planRename()), and a
 * preview of every line that changes, by file. Accepting it leaves the plan in plan(); the window
 * applies it.
 */
class RenameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameDialog)

public:
    /** \a sets: the document's, then the project's others (they outlive the dialog). */
    RenameDialog(std::vector<const AsyncApi::DocumentSet *> sets, AsyncApi::NamedElement element,
                 QWidget *parent = nullptr);

    const AsyncApi::RenamePlan &plan() const { return m_plan; }
    QLineEdit *nameEdit() const { return m_name; }
    QTreeWidget *preview() const { return m_preview; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void replan();

    std::vector<const AsyncApi::DocumentSet *> m_sets;
    AsyncApi::NamedElement m_element;
    AsyncApi::RenamePlan m_plan;
    QLineEdit *m_name;
    QLabel *m_message;
    QTreeWidget *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Signalbox
