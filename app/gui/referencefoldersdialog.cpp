// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "referencefoldersdialog.h"

#include <workspace/referencefolders.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Signalbox {

ReferenceFoldersDialog::ReferenceFoldersDialog(Workspace::ReferenceFolders *store, const QString &projectFolder,
                                               QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_projectFolder(projectFolder)
    , m_list(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_fetchRemote(new QCheckBox(tr("Fetch &remote references (http, https) of these documents"), this))
{
    setWindowTitle(tr("Reference Folders"));
    auto *intro = new QLabel(tr("File references ($ref) of the documents in %1 read files in that folder and the "
                                "folders below it. Allow them to read these folders too:")
                                 .arg(QDir::toNativeSeparators(projectFolder)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *warning =
        new QLabel(tr("Only add folders you trust: a document can show or send what it reads there."), this);
    warning->setWordWrap(true);
    m_fetchRemote->setChecked(store->fetchesRemote(projectFolder));
    m_fetchRemote->setToolTip(
        tr("Off: remote references are not checked, and each is a warning. On: they are "
           "fetched (with a time and a size limit, following redirects only to the same "
           "scheme or from http to https) and kept on disk; a kept copy is checked with the server again after a "
           "minute, and used with a warning when the server cannot be reached."));
    for (const QString &f : store->folders(projectFolder))
        addFolder(f);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *addButton = new QPushButton(tr("&Add…"), this);
    auto *side = new QVBoxLayout;
    side->addWidget(addButton);
    side->addWidget(m_remove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(warning);
    layout->addWidget(m_fetchRemote);
    layout->addWidget(buttons);

    auto updateRemove = [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); };
    updateRemove();
    connect(m_list, &QListWidget::itemSelectionChanged, this, updateRemove);
    connect(addButton, &QPushButton::clicked, this, &ReferenceFoldersDialog::add);
    connect(m_remove, &QPushButton::clicked, this, [this] { qDeleteAll(m_list->selectedItems()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferenceFoldersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 320);
}

QStringList ReferenceFoldersDialog::folders() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

bool ReferenceFoldersDialog::fetchesRemote() const
{
    return m_fetchRemote->isChecked();
}

void ReferenceFoldersDialog::accept()
{
    m_store->setFolders(m_projectFolder, folders());
    m_store->setFetchesRemote(m_projectFolder, fetchesRemote());
    QDialog::accept();
}

void ReferenceFoldersDialog::add()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Allow References to Read"), QFileInfo(m_projectFolder).path());
    if (!folder.isEmpty())
        addFolder(QFileInfo(folder).canonicalFilePath());
}

void ReferenceFoldersDialog::addFolder(const QString &folder)
{
    if (folder.isEmpty() || folders().contains(folder))
        return;
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_list);
    item->setData(Qt::UserRole, folder);
}

} // namespace Signalbox
