// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "confinedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

#include <array>

namespace Signalbox::AsyncApi::ConfinedFile {

namespace {

constexpr Qt::CaseSensitivity PathCase =
#ifdef Q_OS_WIN
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

/** Refusal::Outside, Refusal::Hidden or Refusal::None for \a resolved (a canonical path, or empty). */
Refusal placement(const QString &resolved, const QStringList &roots, const QStringList &openRoots)
{
    if (resolved.isEmpty())
        return Refusal::Outside;
    if (isInside(resolved, openRoots))
        return Refusal::None;
    bool inside = false;
    for (const QString &root : roots) {
        if (!isInside(resolved, root))
            continue;
        if (!isHiddenBelow(resolved, root))
            return Refusal::None;
        inside = true;
    }
    return inside ? Refusal::Hidden : Refusal::Outside;
}

#ifdef Q_OS_LINUX
/** Files of /proc, /sys and their kin are "regular" but generated: unbounded, or secret. */
bool isPseudoFileSystem(int fd)
{
    struct statfs fs
    {
    };
    if (::fstatfs(fd, &fs) != 0)
        return false;
    constexpr std::array<unsigned long, 12> pseudo{
        0x9fa0UL,     // proc
        0x62656572UL, // sysfs
        0x64626720UL, // debugfs
        0x74726163UL, // tracefs
        0x73636673UL, // securityfs
        0x62656570UL, // configfs
        0x27e0ebUL,   // cgroup
        0x63677270UL, // cgroup2
        0xcafe4a11UL, // bpf
        0xde5e81e4UL, // efivarfs
        0x6165676cUL, // pstore
        0x1cd1UL,     // devpts
    };
    const auto type = static_cast<unsigned long>(fs.f_type);
    return std::find(pseudo.begin(), pseudo.end(), type) != pseudo.end();
}

/** The path the kernel has for open descriptor \a fd, or an empty string when /proc is not there. */
QString pathOfDescriptor(int fd)
{
    const QByteArray link = "/proc/self/fd/" + QByteArray::number(fd);
    std::array<char, 4096> buffer{};
    const ssize_t n = ::readlink(link.constData(), buffer.data(), buffer.size() - 1);
    if (n <= 0)
        return {};
    return QFile::decodeName(QByteArray(buffer.data(), qsizetype(n)));
}
#endif

} // namespace

QString canonicalFolder(const QString &folder)
{
    if (folder.isEmpty())
        return {};
    const QFileInfo info(folder);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

QStringList canonicalFolders(const QStringList &folders)
{
    QStringList out;
    for (const QString &f : folders) {
        const QString c = canonicalFolder(f);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

FolderKind folderKind(const QString &folder)
{
    if (folder.isEmpty())
        return FolderKind::Project;
    if (QDir(folder).isRoot())
        return FolderKind::FileSystemRoot;
    auto same = [&folder](const QString &candidate) {
        const QString c = canonicalFolder(candidate);
        return !c.isEmpty() && c.compare(folder, PathCase) == 0;
    };
    QStringList homes{qEnvironmentVariable("HOME"), QDir::homePath()};
#ifdef Q_OS_UNIX
    if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_dir)
        homes << QFile::decodeName(account->pw_dir);
#endif
    if (std::any_of(homes.begin(), homes.end(), same))
        return FolderKind::Home;
    QStringList temporary{QDir::tempPath()};
#ifdef Q_OS_UNIX
    temporary << QStringLiteral("/tmp") << QStringLiteral("/var/tmp");
#endif
    if (std::any_of(temporary.begin(), temporary.end(), same))
        return FolderKind::Temporary;
    return FolderKind::Project;
}

QString resolvedPath(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
#ifdef Q_OS_UNIX
    // Not QFileInfo::canonicalFilePath(): for links that loop it gives the path back unchanged.
    // Resolve component by component, the way the kernel would, following links whose target is
    // missing too: where a dangling link points decides, not whether its target exists.
    QStringList pending = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString resolved = QStringLiteral("/");
    bool missing = false;
    int links = 0;
    auto join = [](const QString &folder, const QString &name) -> QString {
        if (folder.endsWith(QLatin1Char('/')))
            return folder + name;
        return folder + QLatin1Char('/') + name;
    };
    while (!pending.isEmpty()) {
        const QString name = pending.takeFirst();
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            // `resolved` holds no links, so its parent is what the kernel would reach.
            resolved = QFileInfo(resolved).path();
            continue;
        }
        const QString next = join(resolved, name);
        if (missing) {
            resolved = next;
            continue;
        }
        const QByteArray encoded = QFile::encodeName(next);
        struct stat st
        {
        };
        if (::lstat(encoded.constData(), &st) != 0) {
            missing = true;
            resolved = next;
            continue;
        }
        if (!S_ISLNK(st.st_mode)) {
            resolved = next;
            continue;
        }
        if (++links > 40) // as the kernel's limit: a loop
            return {};
        std::array<char, 4096> buffer{};
        const ssize_t n = ::readlink(encoded.constData(), buffer.data(), buffer.size() - 1);
        if (n <= 0)
            return {};
        const QString target = QFile::decodeName(QByteArray(buffer.data(), qsizetype(n)));
        if (target.startsWith(QLatin1Char('/')))
            resolved = QStringLiteral("/");
        pending = target.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
    }
    return resolved;
#else
    if (const QString canonical = QFileInfo(absolute).canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    // Its deepest existing folder resolved, and the rest appended.
    QString rest;
    QString dir = absolute;
    while (true) {
        const QFileInfo info(dir);
        if (info.isSymLink() && !info.exists())
            return {}; // a dangling link: where it points is not known here, so refuse it as outside
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return rest.isEmpty() ? canonical : QDir::cleanPath(canonical + QLatin1Char('/') + rest);
        const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return absolute;
        rest = rest.isEmpty() ? dir.mid(slash + 1) : dir.mid(slash + 1) + QLatin1Char('/') + rest;
        dir = dir.left(slash);
    }
#endif
}

bool isHiddenBelow(const QString &path, const QString &root)
{
    if (!isInside(path, root))
        return false;
    const QStringList below = path.mid(root.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::any_of(below.begin(), below.end(), [](const QString &name) {
        return name.startsWith(QLatin1Char('.')) && name != QLatin1String(".") && name != QLatin1String("..");
    });
}

bool isInside(const QString &path, const QString &root)
{
    if (root.isEmpty() || path.isEmpty())
        return false;
    if (path.compare(root, PathCase) == 0)
        return true;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path.startsWith(prefix, PathCase);
}

bool isInside(const QString &path, const QStringList &roots)
{
    return std::any_of(roots.begin(), roots.end(), [&path](const QString &root) { return isInside(path, root); });
}

Result read(const QString &path, const QStringList &roots, qint64 maxBytes, const QStringList &openRoots)
{
    Result r;
    maxBytes = std::max<qint64>(maxBytes, 0);
    // Where the path leads decides first, whether or not the file exists: outside the allowed
    // folders the answer is "outside", never "missing", since whether the user's other files exist
    // is none of the document's business.
    const QString resolved = resolvedPath(path);
    if (const Refusal place = placement(resolved, roots, openRoots); place != Refusal::None) {
        r.refusal = place;
        return r;
    }
    if (!QFileInfo::exists(resolved)) {
        r.refusal = Refusal::Missing;
        return r;
    }
    r.canonicalPath = resolved;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(r.canonicalPath);
    struct stat st
    {
    };
    // The type first, without opening: opening a FIFO or a terminal can block, and a device can be endless.
    if (::lstat(name.constData(), &st) != 0) {
        r.refusal = Refusal::Missing;
        r.detail = QString::fromLocal8Bit(std::strerror(errno));
        return r;
    }
    if (!S_ISREG(st.st_mode)) {
        r.refusal = Refusal::NotAFile;
        return r;
    }
    // Then open without blocking and without following a final link, and check what was opened:
    // the file may have been replaced in between.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        r.refusal = error == ELOOP ? Refusal::NotAFile : Refusal::Missing;
        r.detail = QString::fromLocal8Bit(std::strerror(error));
        return r;
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        r.refusal = Refusal::NotAFile;
        return r;
    }
#ifdef Q_OS_LINUX
    if (isPseudoFileSystem(fd)) {
        r.refusal = Refusal::NotAFile;
        return r;
    }
    // A folder on the way may have been swapped for a link to elsewhere after the check above.
    if (const QString opened = pathOfDescriptor(fd); !opened.isEmpty()) {
        if (const Refusal place = placement(opened, roots, openRoots); place != Refusal::None) {
            r.refusal = place;
            return r;
        }
    }
#endif
    if (st.st_size > maxBytes) {
        r.refusal = Refusal::TooLarge;
        return r;
    }
    // Never more than one byte past the cap, even if the file grows meanwhile.
    const qint64 want = maxBytes + 1;
    r.bytes.reserve(qsizetype(std::min<qint64>(want, qint64(st.st_size) + 1)));
    std::array<char, 65536> chunk{};
    while (r.bytes.size() < want) {
        const std::size_t ask = std::size_t(std::min<qint64>(qint64(chunk.size()), want - r.bytes.size()));
        const ssize_t n = ::read(fd, chunk.data(), ask);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.refusal = Refusal::Missing;
            r.detail = QString::fromLocal8Bit(std::strerror(errno));
            r.bytes.clear();
            return r;
        }
        if (n == 0)
            break;
        r.bytes.append(chunk.data(), qsizetype(n));
    }
#else
    const QFileInfo info(r.canonicalPath);
    if (!info.isFile() || info.isSymLink()) {
        r.refusal = Refusal::NotAFile;
        return r;
    }
    if (info.size() > maxBytes) {
        r.refusal = Refusal::TooLarge;
        return r;
    }
    QFile f(r.canonicalPath);
    if (!f.open(QIODevice::ReadOnly)) {
        r.refusal = Refusal::Missing;
        r.detail = f.errorString();
        return r;
    }
    r.bytes = f.read(maxBytes + 1);
#endif
    if (r.bytes.size() > maxBytes) {
        r.refusal = Refusal::TooLarge;
        r.bytes.clear();
    }
    return r;
}

} // namespace Signalbox::AsyncApi::ConfinedFile
