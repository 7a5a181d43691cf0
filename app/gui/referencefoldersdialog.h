// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QListWidget;
class QPushButton;

namespace Signalbox {

namespace Workspace {
class ReferenceFolders;
}

/**
 * Lists the folders besides a project's own from which file references may read, with Add and
 * Remove, and whether the project's remote (http, https) references are fetched. OK stores both in
 * the Workspace::ReferenceFolders store, which makes the project's documents analyse again.
 */
class ReferenceFoldersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceFoldersDialog)

public:
    ReferenceFoldersDialog(Workspace::ReferenceFolders *store, const QString &projectFolder, QWidget *parent = nullptr);

    /** The folders as listed now. */
    QStringList folders() const;
    /** Whether "fetch remote references" is ticked now. */
    bool fetchesRemote() const;

    void accept() override;

private:
    void add();
    void addFolder(const QString &folder);

    Workspace::ReferenceFolders *m_store;
    QString m_projectFolder;
    QListWidget *m_list;
    QPushButton *m_remove;
    QCheckBox *m_fetchRemote;
};

} // namespace Signalbox
