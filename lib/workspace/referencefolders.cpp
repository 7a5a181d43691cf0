// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "referencefolders.h"

#include <asyncapi/refs/confinedfile.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>

namespace Signalbox::Workspace {

namespace ConfinedFile = AsyncApi::ConfinedFile;

ReferenceFolders::ReferenceFolders(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{}

ReferenceFolders::ReferenceFolders(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

ReferenceFolders::~ReferenceFolders() = default;

ReferenceFolders *ReferenceFolders::application()
{
    static QPointer<ReferenceFolders> store;
    if (!store)
        store = new ReferenceFolders(QCoreApplication::instance());
    return store;
}

QString ReferenceFolders::projectFolderOf(const QString &documentPath)
{
    if (documentPath.isEmpty())
        return {};
    return ConfinedFile::canonicalFolder(QFileInfo(documentPath).absolutePath());
}

QString ReferenceFolders::key(const QString &projectFolder, const QString &group)
{
    // Paths hold '/' and other characters QSettings gives a meaning to.
    return group + QLatin1Char('/') +
           QString::fromLatin1(
               projectFolder.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QStringList ReferenceFolders::folders(const QString &projectFolder) const
{
    if (projectFolder.isEmpty())
        return {};
    return m_settings->value(key(projectFolder)).toStringList();
}

void ReferenceFolders::setFolders(const QString &projectFolder, const QStringList &folders)
{
    if (projectFolder.isEmpty())
        return;
    QStringList kept;
    // A folder in the project's own tree adds nothing (that tree is read anyway), except a hidden
    // one, and except when the "project" is the home, root or temporary folder, whose tree is not
    // read unless allowed.
    const bool ownTreeRead = ConfinedFile::folderKind(projectFolder) == ConfinedFile::FolderKind::Project;
    for (const QString &f : ConfinedFile::canonicalFolders(folders)) {
        if (!ownTreeRead || !ConfinedFile::isInside(f, projectFolder) || ConfinedFile::isHiddenBelow(f, projectFolder))
            kept << f;
    }
    if (kept == this->folders(projectFolder))
        return;
    if (kept.isEmpty())
        m_settings->remove(key(projectFolder));
    else
        m_settings->setValue(key(projectFolder), kept);
    m_settings->sync();
    emit foldersChanged(projectFolder);
}

bool ReferenceFolders::fetchesRemote(const QString &projectFolder) const
{
    if (projectFolder.isEmpty())
        return false;
    return m_settings->value(key(projectFolder, QStringLiteral("fetchRemote")), false).toBool();
}

void ReferenceFolders::setFetchesRemote(const QString &projectFolder, bool fetch)
{
    if (projectFolder.isEmpty() || fetch == fetchesRemote(projectFolder))
        return;
    if (fetch)
        m_settings->setValue(key(projectFolder, QStringLiteral("fetchRemote")), true);
    else
        m_settings->remove(key(projectFolder, QStringLiteral("fetchRemote")));
    m_settings->sync();
    emit fetchRemoteChanged(projectFolder);
}

} // namespace Signalbox::Workspace
