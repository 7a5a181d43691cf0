// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Signalbox::Workspace {

/**
 * The folders besides a project's own from which file references (`$ref`) may read, remembered per
 * project folder. A project folder is the folder of a main document with symbolic links resolved;
 * its own tree is always allowed, every other folder only when the user added it here.
 *
 * Besides, whether the project's remote (http, https) references are fetched: off unless the user
 * turned it on for that folder.
 *
 * The lists live in QSettings, keyed by the canonical project folder. EditorDocuments given the
 * store (EditorDocument::setReferenceFolderStore) follow it: when a project's list or its fetching
 * changes, its documents analyse again.
 */
class ReferenceFolders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceFolders)

public:
    /** Keeps the lists in the application's settings (QSettings()). */
    explicit ReferenceFolders(QObject *parent = nullptr);
    /** Keeps the lists in the INI file \a settingsFile, e.g. in a test's temporary folder. */
    explicit ReferenceFolders(const QString &settingsFile, QObject *parent = nullptr);
    ~ReferenceFolders() override;

    /** The store the application's windows share, made on first use and owned by the application object. */
    static ReferenceFolders *application();

    /**
     * The project folder of the document at \a documentPath: its folder with symbolic links resolved.
     * Empty for an unsaved document (empty path) or a folder that does not exist.
     */
    static QString projectFolderOf(const QString &documentPath);

    /** The extra folders allowed for \a projectFolder (canonical), in the order they were added. */
    QStringList folders(const QString &projectFolder) const;
    /**
     * Remembers \a folders for \a projectFolder: canonicalised, without duplicates, the project's own
     * tree and missing folders left out. Emits foldersChanged() when the list changes.
     */
    void setFolders(const QString &projectFolder, const QStringList &folders);

    /** Whether remote references of the documents in \a projectFolder (canonical) are fetched; false by default. */
    bool fetchesRemote(const QString &projectFolder) const;
    /** Remembers whether remote references are fetched for \a projectFolder; emits fetchRemoteChanged() on a change. */
    void setFetchesRemote(const QString &projectFolder, bool fetch);

signals:
    void foldersChanged(const QString &projectFolder);
    void fetchRemoteChanged(const QString &projectFolder);

private:
    static QString key(const QString &projectFolder, const QString &group = QStringLiteral("referenceFolders"));

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Signalbox::Workspace
