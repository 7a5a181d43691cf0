// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Test servers in their own process (python3-websockets, npm's ws, the SSE server on Python's
// standard library): started, their ports read, and stopped by closing their standard input.

#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Signalbox::Test {

/** Whether Debian's python3-websockets can be imported by /usr/bin/python3. */
inline bool havePythonWebsockets()
{
    QProcess check;
    check.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import websockets.legacy.server")});
    return check.waitForFinished(10000) && check.exitCode() == 0;
}

/** Starts \a program with \a args; the ports of the first line it prints, empty when it did not start. */
inline QList<int> startServer(QProcess &server, const QString &program, const QStringList &args)
{
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(program, args);
    if (!server.waitForStarted(5000))
        return {};
    for (int i = 0; i < 100 && !server.canReadLine(); ++i)
        server.waitForReadyRead(100);
    QList<int> ports;
    for (const QByteArray &p : server.readLine().trimmed().split(' '))
        ports << p.toInt();
    return ports.value(0) > 0 ? ports : QList<int>{};
}

/** The first port of a Python test server script. */
inline int startPythonServer(QProcess &server, const QString &script)
{
    return startServer(server, QStringLiteral("/usr/bin/python3"), {script}).value(0);
}

/**
 * Makes a self-signed certificate for 127.0.0.1 with openssl: cert.pem and key.pem in \a dir
 * (kept when already there). False when openssl failed.
 */
inline bool makeSelfSignedCertificate(const QString &dir)
{
    const QString cert = dir + QStringLiteral("/cert.pem");
    const QString key = dir + QStringLiteral("/key.pem");
    if (QFile::exists(cert) && QFile::exists(key))
        return true;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

/** Stops a server started above: it ends when its standard input closes. */
inline void stopServer(QProcess &server)
{
    if (server.state() == QProcess::NotRunning)
        return;
    server.closeWriteChannel();
    if (!server.waitForFinished(5000))
        server.kill();
}

/**
 * The WebSocket server on python3-websockets and the SSE server on Python's standard library
 * (tests/live/ws_server.py and sse_server.py), started once, when a case first needs them, and
 * stopped at the end.
 */
struct PythonLiveServers
{
    QProcess ws;
    QProcess sse;
    int wsPort = 0;
    int ssePort = 0;

    PythonLiveServers() = default;
    Q_DISABLE_COPY_MOVE(PythonLiveServers)
    ~PythonLiveServers() { stop(); }

    /** Starts them the first time; why they cannot run here, or empty. */
    QString start(const QString &wsScript, const QString &sseScript)
    {
        if (m_tried)
            return m_unavailable;
        m_tried = true;
        if (!havePythonWebsockets())
            return m_unavailable =
                       QStringLiteral("python3-websockets is not installed (packaging/dev.sh setup installs it)");
        wsPort = startPythonServer(ws, wsScript);
        ssePort = startPythonServer(sse, sseScript);
        return {};

/**
 * In a test case: starts \a servers (a PythonLiveServers) with the configured scripts when they are
 * not running yet; skips the case (visibly, skipping.h) when they cannot run here, fails when they
 * should but did not start. Needs testconfig.h and skipping.h.
 */
#define SIGNALBOX_NEED_LIVE_SERVERS(servers)                                                                           \
    do {                                                                                                               \
        if (const QString why =                                                                                        \
                (servers).start(QStringLiteral(SIGNALBOX_WS_SERVER), QStringLiteral(SIGNALBOX_SSE_SERVER));            \
            !why.isEmpty())                                                                                            \
            SIGNALBOX_SKIP(qPrintable(why));                                                                           \
        QVERIFY2((servers).wsPort > 0 && (servers).ssePort > 0, "the test servers did not start");                     \
    } while (false)
    }

    void stop()
    {
        stopServer(ws);
        stopServer(sse);
    }

private:
    bool m_tried = false;
    QString m_unavailable;
};

} // namespace Signalbox::Test
