// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "confinedfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif
#ifdef Q_OS_LINUX
#include <sys/vfs.h>

#include <array>
#endif

namespace Signalbox::AsyncApi::ConfinedFile {

namespace {

constexpr Qt::CaseSensitivity PathCase =
#ifdef Q_OS_WIN
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

/**
 * Where \a path would be after resolving symbolic links, for a path that does not exist: its
 * deepest existing folder resolved, and the rest appended.
 */
QString canonicalOfMissing(const QString &path)
{
    QString rest;
    QString dir = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (true) {
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        if (!canonical.isEmpty())
            return rest.isEmpty() ? canonical : QDir::cleanPath(canonical + QLatin1Char('/') + rest);
        const qsizetype slash = dir.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(path);
        rest = rest.isEmpty() ? dir.mid(slash + 1) : dir.mid(slash + 1) + QLatin1Char('/') + rest;
        dir = dir.left(slash);
    }
}

#ifdef Q_OS_LINUX
/** Files of /proc, /sys and their kin are "regular" but generated: unbounded, or secret. */
bool isPseudoFileSystem(int fd)
{
    struct statfs fs {};
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

Result read(const QString &path, const QStringList &roots, qint64 maxBytes)
{
    Result r;
    maxBytes = std::max<qint64>(maxBytes, 0);
    r.canonicalPath = QFileInfo(path).canonicalFilePath();
    if (r.canonicalPath.isEmpty()) {
        // Outside the allowed folders, say so rather than "missing": whether the user's other files
        // exist is none of the document's business.
        r.refusal = isInside(canonicalOfMissing(path), roots) ? Refusal::Missing : Refusal::Outside;
        return r;
    }
    if (!isInside(r.canonicalPath, roots)) {
        r.refusal = Refusal::Outside;
        return r;
    }
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(r.canonicalPath);
    struct stat st {};
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
    if (const QString opened = pathOfDescriptor(fd); !opened.isEmpty() && !isInside(opened, roots)) {
        r.refusal = Refusal::Outside;
        return r;
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
