// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

Q_LOGGING_CATEGORY(lcInstance, "signalbox.instance", QtWarningMsg)

namespace Signalbox::Workspace {

namespace {

constexpr int ConnectTimeoutMs = 1000;
constexpr int AnswerTimeoutMs = 5000;
// The primary takes the lock a moment before it listens: a launch in between tries again.
constexpr int PrimaryStartingMs = 2000;
// A request is a few paths; a peer that sends more, or dawdles, is dropped.
constexpr qsizetype MaxRequestBytes = 1024 * 1024;
constexpr int RequestTimeoutMs = 5000;
// A Unix socket path has room for about 107 bytes.
constexpr qsizetype MaxSocketPathBytes = 100;

const QString SocketName = QStringLiteral("socket");
const QString LockName = QStringLiteral("lock");

} // namespace

struct SingleInstance::Request
{
    QByteArray buffer;
    QStringList paths;
    bool done = false;
};

SingleInstance::SingleInstance(QObject *parent)
    : SingleInstance(QString(), parent)
{}

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath() const
{
    return m_folder.isEmpty() ? QString() : QDir(m_folder).filePath(SocketName);
}

bool SingleInstance::ensurePrivateFolder(const QString &path, bool create, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (path.isEmpty() || !QFileInfo(path).isAbsolute())
        return fail(tr("The instance folder \"%1\" is not an absolute path.").arg(path));
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    if (create) {
        const QString parent = QFileInfo(path).path();
        if (!QDir().mkpath(parent))
            return fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(parent)));
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
            return fail(tr("Cannot create %1: %2")
                            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0)
        return fail(
            tr("Cannot use %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISDIR(st.st_mode))
        return fail(tr("%1 is not a folder (or is a symbolic link).").arg(QDir::toNativeSeparators(path)));
    if (st.st_uid != ::geteuid())
        return fail(tr("%1 belongs to another user.").arg(QDir::toNativeSeparators(path)));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(tr("Other users can use %1; make it private (chmod 700).").arg(QDir::toNativeSeparators(path)));
    return true;
#else
    if (create && !QDir().mkpath(path))
        return fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    return QFileInfo(path).isDir() || fail(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)));
#endif
}

QString SingleInstance::defaultFolder(QString *error)
{
    QStringList reasons;
    QStringList candidates;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        QString why;
        // The runtime folder itself must be private; then ours inside it.
        if (ensurePrivateFolder(runtime, false, &why))
            candidates << QDir(runtime).filePath(QStringLiteral("signalbox"));
        else
            reasons << why;
    }
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!cache.isEmpty())
        candidates << QDir(cache).filePath(QStringLiteral("signalbox-instance"));
    for (const QString &folder : std::as_const(candidates)) {
        if (QFile::encodeName(QDir(folder).filePath(SocketName)).size() > MaxSocketPathBytes) {
            reasons << tr("The path %1 is too long for a local socket.").arg(QDir::toNativeSeparators(folder));
            continue;
        }
        QString why;
        if (ensurePrivateFolder(folder, true, &why))
            return folder;
        reasons << why;
    }
    if (error)
        *error = reasons.isEmpty() ? tr("No folder for the instance socket.") : reasons.join(QLatin1Char(' '));
    return {};
}

qint64 SingleInstance::ownUid()
{
#ifdef Q_OS_UNIX
    return qint64(::geteuid());
#else
    return -1;
#endif
}

qint64 SingleInstance::peerUid(qintptr socketDescriptor)
{
    if (socketDescriptor < 0)
        return -1;
#if defined(Q_OS_LINUX)
    struct ucred credentials = {};
    socklen_t size = sizeof credentials;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0 ||
        size != sizeof credentials)
        return -1;
    return qint64(credentials.uid);
#elif defined(Q_OS_UNIX)
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return -1;
    return qint64(uid);
#else
    return -1;
#endif
}

bool SingleInstance::isSameUser(qintptr socketDescriptor)
{
#ifdef Q_OS_UNIX
    return acceptsPeer(peerUid(socketDescriptor), ownUid());
#else
    Q_UNUSED(socketDescriptor)
    return true; // the named pipe is the user's own (UserAccessOption)
#endif
}

SingleInstance::Role SingleInstance::start(const QStringList &paths)
{
    m_error.clear();
    if (m_folder.isEmpty()) {
        m_folder = defaultFolder(&m_error);
        if (m_folder.isEmpty())
            return Role::Unavailable;
    } else if (!ensurePrivateFolder(m_folder, true, &m_error)) {
        return Role::Unavailable;
    }

    m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(LockName));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however long it has run
    if (m_lock->tryLock(0)) {
        if (listen())
            return Role::Primary;
        m_lock.reset();
        return Role::Unavailable;
    }
    const QLockFile::LockError lockError = m_lock->error();
    m_lock.reset();
    if (lockError != QLockFile::LockFailedError) {
        m_error = tr("Cannot take the instance lock in %1.").arg(QDir::toNativeSeparators(m_folder));
        return Role::Unavailable;
    }
    return deliver(paths);
}

bool SingleInstance::listen()
{
    const QString path = socketPath();
    // The lock is ours, so a socket there is a crashed instance's.
    if (QFileInfo::exists(path) && !QLocalServer::removeServer(path)) {
        m_error = tr("Cannot remove the old socket %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(path)) {
        m_error = tr("Cannot listen on %1: %2").arg(QDir::toNativeSeparators(path), m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptClients);
    return true;
}

SingleInstance::Role SingleInstance::deliver(const QStringList &paths)
{
    QLocalSocket socket;
    const QDeadlineTimer starting(PrimaryStartingMs);
    for (;;) {
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(ConnectTimeoutMs))
            break;
        if (starting.hasExpired()) {
            m_error = tr("Another Signalbox holds %1 but does not answer: %2")
                          .arg(QDir::toNativeSeparators(m_folder), socket.errorString());
            return Role::Unresponsive;
        }
        socket.abort();
        QThread::msleep(100);
    }
    if (!isSameUser(socket.socketDescriptor())) {
        socket.abort();
        m_error = tr("The instance socket %1 belongs to another user; not sending it anything.")
                      .arg(QDir::toNativeSeparators(socketPath()));
        return Role::Unresponsive;
    }
    QByteArray request;
    for (const QString &path : paths)
        request += QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") + '\n';
    request += '\n';
    socket.write(request);
    const QDeadlineTimer answer(AnswerTimeoutMs);
    while (socket.bytesToWrite() > 0 && !answer.hasExpired())
        socket.waitForBytesWritten(int(answer.remainingTime()));
    while (!socket.canReadLine() && !answer.hasExpired() && socket.state() == QLocalSocket::ConnectedState)
        socket.waitForReadyRead(int(answer.remainingTime()));
    const bool taken = socket.canReadLine() && socket.readLine().trimmed() == "ok";
    socket.disconnectFromServer();
    if (!taken) {
        m_error = tr("The running Signalbox did not take the files.");
        return Role::Unresponsive;
    }
    return Role::Delivered;
}

void SingleInstance::acceptClients()
{
    while (QLocalSocket *client = m_server->nextPendingConnection()) {
        connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        client->setReadBufferSize(MaxRequestBytes);
        if (!isSameUser(client->socketDescriptor())) {
            qCWarning(lcInstance, "Refused a connection to the instance socket from user %lld",
                      peerUid(client->socketDescriptor()));
            client->abort();
            client->deleteLater();
            continue;
        }
        // Whatever happens, a client is gone after a few seconds: no slot holds on to it.
        QTimer::singleShot(RequestTimeoutMs, client, [client] {
            client->abort();
            client->deleteLater();
        });
        auto request = std::make_shared<Request>();
        const QPointer<QLocalSocket> guarded(client);
        connect(client, &QLocalSocket::readyRead, this, [this, guarded, request] {
            if (guarded)
                readRequest(guarded, *request);
        });
        if (client->bytesAvailable() > 0)
            readRequest(client, *request);
    }
}

void SingleInstance::readRequest(QLocalSocket *client, Request &request)
{
    if (request.done) {
        client->readAll();
        return;
    }
    request.buffer += client->read(MaxRequestBytes + 1 - request.buffer.size());
    qsizetype start = 0;
    for (qsizetype end = request.buffer.indexOf('\n'); end >= 0; end = request.buffer.indexOf('\n', start)) {
        const QByteArray line = request.buffer.mid(start, end - start);
        start = end + 1;
        if (line.isEmpty()) {
            request.done = true;
            break;
        }
        request.paths << QUrl::fromPercentEncoding(line);
    }
    request.buffer.remove(0, start);
    if (!request.done) {
        if (request.buffer.size() + client->bytesAvailable() > MaxRequestBytes) {
            qCWarning(lcInstance, "Dropped an instance request larger than %lld bytes", qint64(MaxRequestBytes));
            request.done = true;
            client->abort();
            client->deleteLater();
        }
        return;
    }
    request.buffer.clear();
    client->write("ok\n");
    client->disconnectFromServer(); // flushes, then disconnected() deletes it
    // Outside this slot: the receiver may run a dialog, during which this socket goes away.
    QMetaObject::invokeMethod(
        this, [this, paths = request.paths] { emit filesRequested(paths); }, Qt::QueuedConnection);
}

} // namespace Signalbox::Workspace
