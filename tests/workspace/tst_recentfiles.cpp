// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include <workspace/recentfiles.h>

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox::Workspace;
using namespace Qt::Literals::StringLiterals;

/** The recent files list, kept in settings that live in a temporary folder. */
class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newestFirstWithoutDuplicates();
    void oldestFallOff();
    void keptInTheSettings();
    void clearEmptiesTheList();

private:
    QTemporaryDir m_settings;
};

void TestRecentFiles::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCoreApplication::setOrganizationName(u"SignalboxTest"_s);
    QCoreApplication::setApplicationName(u"tst_recentfiles"_s);
    QVERIFY(QSettings().fileName().startsWith(m_settings.path()));
}

void TestRecentFiles::init()
{
    RecentFiles::clear();
}

void TestRecentFiles::newestFirstWithoutDuplicates()
{
    QVERIFY(RecentFiles::files().isEmpty());
    RecentFiles::add(u"/p/a.yaml"_s);
    RecentFiles::add(u"/p/b.yaml"_s);
    RecentFiles::add(u"/p/c.json"_s);
    QCOMPARE(RecentFiles::files(), (QStringList{u"/p/c.json"_s, u"/p/b.yaml"_s, u"/p/a.yaml"_s}));
    RecentFiles::add(u"/p/a.yaml"_s); // opened again: moves to the front, listed once
    QCOMPARE(RecentFiles::files(), (QStringList{u"/p/a.yaml"_s, u"/p/c.json"_s, u"/p/b.yaml"_s}));
}

void TestRecentFiles::oldestFallOff()
{
    for (int i = 0; i < RecentFiles::MaxCount + 3; ++i)
        RecentFiles::add(u"/p/%1.yaml"_s.arg(i));
    const QStringList files = RecentFiles::files();
    QCOMPARE(files.size(), RecentFiles::MaxCount);
    QCOMPARE(files.first(), u"/p/%1.yaml"_s.arg(RecentFiles::MaxCount + 2));
    QCOMPARE(files.last(), u"/p/3.yaml"_s);
}

void TestRecentFiles::keptInTheSettings()
{
    RecentFiles::add(u"/p/a.yaml"_s);
    QSettings settings;
    QCOMPARE(settings.value(u"recentFiles"_s).toStringList(), QStringList{u"/p/a.yaml"_s});
    settings.setValue(u"recentFiles"_s, QStringList{u"/q/x.yaml"_s, u"/q/y.yaml"_s}); // as another run left it
    QCOMPARE(RecentFiles::files(), (QStringList{u"/q/x.yaml"_s, u"/q/y.yaml"_s}));
}

void TestRecentFiles::clearEmptiesTheList()
{
    RecentFiles::add(u"/p/a.yaml"_s);
    RecentFiles::clear();
    QVERIFY(RecentFiles::files().isEmpty());
    QVERIFY(!QSettings().contains(u"recentFiles"_s));
}

QTEST_GUILESS_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
