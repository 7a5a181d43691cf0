// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "recentfiles.h"

#include <QSettings>

namespace Signalbox::Workspace {

namespace {

QString key()
{
    return QStringLiteral("recentFiles");
}

} // namespace

QStringList RecentFiles::files()
{
    return QSettings().value(key()).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(key()).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxCount)
        recent.removeLast();
    settings.setValue(key(), recent);
}

void RecentFiles::clear()
{
    QSettings().remove(key());
}

} // namespace Signalbox::Workspace
