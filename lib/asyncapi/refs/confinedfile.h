// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {

/**
 * Reading the files that `$ref`s name, confined to a set of folders. A document from elsewhere (an
 * issue, a vendor, a pull request) must not be able to read the user's other files through a
 * reference, nor hang or exhaust the analysis with a device or a FIFO: only regular files inside
 * one of the allowed folders are read, after resolving symbolic links, and never more than a cap.
 */
namespace ConfinedFile {

/** Why a read was refused. */
enum class Refusal {
    None,
    Missing,  ///< No such file, or it cannot be opened.
    Outside,  ///< Outside every allowed folder (absolute path, `..`, symbolic link pointing out).
    Hidden,   ///< A hidden file, or in a hidden folder, beneath a folder not allowed by name.
    NotAFile, ///< A device, FIFO, socket, folder, or a file of /proc or /sys.
    TooLarge, ///< Larger than the cap.
};

struct Result
{
    Refusal refusal = Refusal::None;
    QByteArray bytes;      ///< The content, when refusal is None.
    QString canonicalPath; ///< The file after resolving symbolic links, when it exists.
    QString detail;        ///< The system's error text for Missing.
};

/** The canonical form (symbolic links resolved) of \a folder, or an empty string when it is not an existing folder. */
QString canonicalFolder(const QString &folder);

/** Canonical folders of \a folders, without the ones that do not exist and without duplicates. */
QStringList canonicalFolders(const QStringList &folders);

/** What a document's folder is, for deciding whether its tree may be read. */
enum class FolderKind {
    Project,        ///< An ordinary folder: the document's tree may be read.
    Home,           ///< The user's home folder: it holds keys and credentials, not a project.
    FileSystemRoot, ///< The root of the file system (or of a drive).
    Temporary,      ///< The system's temporary folder itself (not a folder in it).
};

/** What canonical folder \a folder is: the home folder ($HOME, the account's), the root, the temporary folder, or a
 * project. */
FolderKind folderKind(const QString &folder);

/**
 * Where \a path leads after resolving symbolic links: its canonical path when it exists, otherwise its
 * existing components resolved one by one (links that dangle included) and the missing rest appended.
 * An empty string when the links loop.
 */
QString resolvedPath(const QString &path);

/** True when \a path has a hidden component (a name starting with '.') below \a root (both canonical). */
bool isHiddenBelow(const QString &path, const QString &root);

/** True when canonical path \a path is \a root or lies beneath it (both canonical). */
bool isInside(const QString &path, const QString &root);
bool isInside(const QString &path, const QStringList &roots);

/**
 * Reads \a path when, after resolving symbolic links, it is a regular file inside one of the canonical
 * folders \a roots or \a openRoots and holds at most \a maxBytes bytes. Beneath \a roots, hidden files
 * and files in hidden folders (`.ssh`, `.config`) are refused; beneath \a openRoots (the folders the
 * user allowed by name) they are read too. Whether a file outside exists makes no difference to the
 * answer: a missing file outside is refused as outside, and so is a dangling link pointing out. Nothing else is opened:
 * the type is checked before opening, and again on the opened descriptor (opened non-blocking, not following a final
 * symbolic link), so that a file swapped for a FIFO or a link in between is refused too. At most
 * maxBytes + 1 bytes are read.
 */
Result read(const QString &path, const QStringList &roots, qint64 maxBytes, const QStringList &openRoots = {});

} // namespace ConfinedFile

} // namespace Signalbox::AsyncApi
