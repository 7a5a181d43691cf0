// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <workspace/singleinstance.h>

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

#include <memory>

using namespace Signalbox::Workspace;
using namespace Qt::Literals::StringLiterals;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

/** What a second launch does, on a thread of its own: it blocks until the primary answers. */
SingleInstance::Role launch(const QString &folder, const QStringList &paths, QString *error = nullptr)
{
    SingleInstance::Role role = SingleInstance::Role::Unavailable;
    QString why;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(folder);
        role = second.start(paths);
        why = second.errorString();
    }));
    thread->start();
    // The primary lives on this thread: serve it while the launch waits.
    if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 15000))
        qFatal("The launch did not finish");
    thread->wait();
    if (error)
        *error = why;
    return role;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void privateFolderIsCreated();
    void unsafeFolderIsRefused_data();
    void unsafeFolderIsRefused();
    void runtimeFolderOnlyWhenPrivate();
    void peerCheck();
    void secondLaunchHandsOverItsFiles();
    void emptyLaunchOnlyRaisesTheWindow();
    void leftoverSocketIsReplaced();
    void oversizedRequestIsDropped();
    void incompleteRequestOpensNothing();

private:
    QTemporaryDir m_dir;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSingleInstance::privateFolderIsCreated()
{
    const QString folder = m_dir.filePath(u"created/instance"_s);
    QString error;
    QVERIFY2(SingleInstance::ensurePrivateFolder(folder, true, &error), qPrintable(error));
    QCOMPARE(modeOf(folder), 0700);
    // The socket inside is the user's only too.
    SingleInstance primary(folder);
    QCOMPARE(primary.start({}), SingleInstance::Role::Primary);
    QCOMPARE(modeOf(primary.socketPath()) & 077, 0);
}

void TestSingleInstance::unsafeFolderIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("group-readable") << u"0750"_s;
    QTest::newRow("world-writable") << u"0777"_s;
    QTest::newRow("symbolic-link") << u"link"_s;
    QTest::newRow("a-file") << u"file"_s;
}

void TestSingleInstance::unsafeFolderIsRefused()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"instance"_s);
    QString target = folder;
    if (kind == u"link") {
        // A link to a private folder someone prepared: still refused, it is not ours to trust.
        target = dir.filePath(u"elsewhere"_s);
        QVERIFY(SingleInstance::ensurePrivateFolder(target, true));
        QVERIFY(QFile::link(target, folder));
    } else if (kind == u"file") {
        QFile f(folder);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), kind.toUInt(nullptr, 8)) == 0);
    }
    QString error;
    QVERIFY(!SingleInstance::ensurePrivateFolder(folder, true, &error));
    QVERIFY(!error.isEmpty());

    // A squatter listening where the socket would be gets neither a connection nor a path.
    QLocalServer squatter;
    if (kind != u"file")
        QVERIFY(squatter.listen(QDir(target).filePath(u"socket"_s)));
    SingleInstance launchNow(folder);
    QCOMPARE(launchNow.start({u"/home/alice/secret.yaml"_s}), SingleInstance::Role::Unavailable);
    QVERIFY(!launchNow.errorString().isEmpty());
    QVERIFY(!squatter.waitForNewConnection(0));
    if (kind != u"link" && kind != u"file")
        QCOMPARE(modeOf(folder), int(kind.toUInt(nullptr, 8))); // left as it was
}

void TestSingleInstance::runtimeFolderOnlyWhenPrivate()
{
    QTemporaryDir dir;
    const QString runtime = dir.filePath(u"run"_s);
    const QString cache = dir.filePath(u"cache"_s);
    QVERIFY(QDir().mkpath(runtime));
    const QByteArray oldRuntime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache));
    auto restore = qScopeGuard([&] {
        qputenv("XDG_RUNTIME_DIR", oldRuntime);
        qputenv("XDG_CACHE_HOME", oldCache);
    });

    QVERIFY(::chmod(QFile::encodeName(runtime).constData(), 0755) == 0);
    QString folder = SingleInstance::defaultFolder();
    QCOMPARE(folder, QDir(cache).filePath(u"signalbox-instance"_s));
    QCOMPARE(modeOf(folder), 0700);

    QVERIFY(::chmod(QFile::encodeName(runtime).constData(), 0700) == 0);
    folder = SingleInstance::defaultFolder();
    QCOMPARE(folder, QDir(runtime).filePath(u"signalbox"_s));
    QCOMPARE(modeOf(folder), 0700);

    // Never a shared name: with no usable folder at all there is no socket.
    qputenv("XDG_RUNTIME_DIR", QByteArray());
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    QVERIFY(::chmod(QFile::encodeName(QDir(cache).filePath(u"signalbox-instance"_s)).constData(), 0755) == 0);
    QString error;
    QVERIFY(SingleInstance::defaultFolder(&error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestSingleInstance::peerCheck()
{
    const qint64 own = SingleInstance::ownUid();
    QVERIFY(own >= 0);
    QVERIFY(SingleInstance::acceptsPeer(own, own));
    QVERIFY(!SingleInstance::acceptsPeer(own + 1, own));
    QVERIFY(!SingleInstance::acceptsPeer(-1, own));
    QVERIFY(!SingleInstance::acceptsPeer(-1, -1));

    // Both ends of a real connection see this process's user.
    QTemporaryDir dir;
    QLocalServer server;
    QVERIFY(server.listen(dir.filePath(u"s"_s)));
    QLocalSocket client;
    client.connectToServer(server.fullServerName());
    QVERIFY(client.waitForConnected(2000));
    QVERIFY(server.waitForNewConnection(2000));
    QLocalSocket *accepted = server.nextPendingConnection();
    QCOMPARE(SingleInstance::peerUid(client.socketDescriptor()), own);
    QCOMPARE(SingleInstance::peerUid(accepted->socketDescriptor()), own);
    QVERIFY(SingleInstance::isSameUser(accepted->socketDescriptor()));
    QCOMPARE(SingleInstance::peerUid(-1), -1);
}

void TestSingleInstance::secondLaunchHandsOverItsFiles()
{
    const QString folder = m_dir.filePath(u"handover"_s);
    SingleInstance primary(folder);
    QCOMPARE(primary.start({}), SingleInstance::Role::Primary);
    QSignalSpy spy(&primary, &SingleInstance::filesRequested);

    const QStringList paths = {u"relative.yaml"_s, u"/tmp/with\nnewline and %25.yaml"_s, u"/tmp/ünïcode.yaml"_s};
    QString error;
    QCOMPARE(launch(folder, paths, &error), SingleInstance::Role::Delivered);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    const QStringList expected = {QDir::current().absoluteFilePath(u"relative.yaml"_s), paths[1], paths[2]};
    QCOMPARE(spy.first().first().toStringList(), expected);

    // Still one primary: a third launch hands over too.
    QCOMPARE(launch(folder, {u"/tmp/b.yaml"_s}), SingleInstance::Role::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 5000);
    QCOMPARE(spy.last().first().toStringList(), QStringList{u"/tmp/b.yaml"_s});
}

void TestSingleInstance::emptyLaunchOnlyRaisesTheWindow()
{
    const QString folder = m_dir.filePath(u"empty"_s);
    SingleInstance primary(folder);
    QCOMPARE(primary.start({}), SingleInstance::Role::Primary);
    QSignalSpy spy(&primary, &SingleInstance::filesRequested);
    QCOMPARE(launch(folder, {}), SingleInstance::Role::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    QVERIFY(spy.first().first().toStringList().isEmpty());
}

void TestSingleInstance::leftoverSocketIsReplaced()
{
    const QString folder = m_dir.filePath(u"leftover"_s);
    QVERIFY(SingleInstance::ensurePrivateFolder(folder, true));
    {
        // A crashed primary: its socket file stays, its lock went with the process.
        QLocalServer old;
        QVERIFY(old.listen(QDir(folder).filePath(u"socket"_s)));
        SingleInstance primary(folder);
        QCOMPARE(primary.start({}), SingleInstance::Role::Primary);
        QSignalSpy spy(&primary, &SingleInstance::filesRequested);
        QCOMPARE(launch(folder, {u"/tmp/x.yaml"_s}), SingleInstance::Role::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QVERIFY(!old.hasPendingConnections());
    }
    // The primary is gone: the next launch becomes primary.
    SingleInstance next(folder);
    QCOMPARE(next.start({}), SingleInstance::Role::Primary);
}

void TestSingleInstance::oversizedRequestIsDropped()
{
    const QString folder = m_dir.filePath(u"oversized"_s);
    SingleInstance primary(folder);
    QCOMPARE(primary.start({}), SingleInstance::Role::Primary);
    QSignalSpy spy(&primary, &SingleInstance::filesRequested);

    QLocalSocket peer;
    peer.connectToServer(primary.socketPath());
    QVERIFY(peer.waitForConnected(2000));
    QSignalSpy gone(&peer, &QLocalSocket::disconnected);
    const QByteArray chunk(64 * 1024, 'a');
    // 4 MB without a line end: the primary hangs up long before.
    for (int i = 0; i < 64 && peer.state() == QLocalSocket::ConnectedState; ++i)
        peer.write(chunk);
    QVERIFY(gone.wait(10000));
    QCOMPARE(spy.size(), 0);

    // The primary still serves the next launch.
    QCOMPARE(launch(folder, {u"/tmp/y.yaml"_s}), SingleInstance::Role::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
}

void TestSingleInstance::incompleteRequestOpensNothing()
{
    const QString folder = m_dir.filePath(u"incomplete"_s);
    SingleInstance primary(folder);
    QCOMPARE(primary.start({}), SingleInstance::Role::Primary);
    QSignalSpy spy(&primary, &SingleInstance::filesRequested);
    {
        QLocalSocket peer;
        peer.connectToServer(primary.socketPath());
        QVERIFY(peer.waitForConnected(2000));
        peer.write("/tmp/half.yaml\n"); // no empty line: not a request
        QVERIFY(peer.waitForBytesWritten(2000));
        peer.disconnectFromServer();
    }
    QCOMPARE(launch(folder, {u"/tmp/whole.yaml"_s}), SingleInstance::Role::Delivered);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toStringList(), QStringList{u"/tmp/whole.yaml"_s});
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
