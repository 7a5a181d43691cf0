// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Signalbox::Workspace {

/**
 * One window per user: the first process becomes the primary instance and listens on a local
 * socket; later launches hand their files to it and exit.
 *
 * The socket and a lock file live in a folder only the user can enter: <XDG_RUNTIME_DIR>/signalbox
 * when the runtime folder is the user's own with mode 0700, else a "signalbox-instance" folder in
 * the user's cache folder. The folder is created 0700 and refused when it is not a real folder of
 * the user's with no group or other permissions, so no other user can squat the name, plant a
 * socket or listen to the paths. The socket is user-only (UserAccessOption) and both sides check
 * the other's user id (SO_PEERCRED where the system has it).
 *
 * The lock decides who is primary, so a starting instance never removes the socket of a live one.
 *
 * Protocol: the client sends one percent-encoded path per line and an empty line, and the primary
 * answers "ok". A request is bounded in size and time. Requests are read completely before
 * filesRequested() is emitted, from a queued call: a slot may run a modal dialog, and no socket is
 * touched after that.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role {
        Primary,      ///< This process listens; filesRequested() brings the files of later launches.
        Delivered,    ///< A running instance took the files: this process should exit.
        Unresponsive, ///< Another instance holds the lock but did not take the files (errorString()).
        Unavailable,  ///< No private folder, or the socket cannot be set up (errorString()).
    };

    /** Uses defaultFolder(). */
    explicit SingleInstance(QObject *parent = nullptr);
    /** Uses \a folder, which must be (or can be created as) a private folder. */
    explicit SingleInstance(const QString &folder, QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * Becomes the primary instance, or hands \a paths (made absolute) to the running one. Blocks
     * for at most a few seconds.
     */
    Role start(const QStringList &paths);
    QString errorString() const { return m_error; }
    /** The private folder (empty until start() when none was given and none could be found). */
    QString folder() const { return m_folder; }
    QString socketPath() const;

    /** The first usable private folder for this user, created if needed; empty and \a error if none. */
    static QString defaultFolder(QString *error = nullptr);
    /**
     * True when \a path is a folder (not a symbolic link) of the effective user with no group or
     * other permissions. With \a create, a missing folder is created 0700 first.
     */
    static bool ensurePrivateFolder(const QString &path, bool create, QString *error = nullptr);
    /** The user id of the process at the other end of a connected local socket, or -1 when unknown. */
    static qint64 peerUid(qintptr socketDescriptor);
    /** The effective user id of this process (-1 where the system has none). */
    static qint64 ownUid();
    /** Whether a peer with user id \a peer may talk to a process of user \a own. */
    static bool acceptsPeer(qint64 peer, qint64 own) { return peer >= 0 && peer == own; }
    /** acceptsPeer() for the socket \a socketDescriptor (true where the system cannot tell: Windows pipes). */
    static bool isSameUser(qintptr socketDescriptor);

signals:
    /** Files another launch asked for (maybe none: then only show the window). Emitted queued. */
    void filesRequested(const QStringList &paths);

private:
    struct Request;
    bool listen();
    Role deliver(const QStringList &paths);
    void acceptClients();
    void readRequest(QLocalSocket *client, Request &request);

    QString m_folder;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Signalbox::Workspace
