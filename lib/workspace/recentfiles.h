// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Signalbox::Workspace {

/**
 * The list of recently opened files, most recent first, kept in the application's settings
 * (QSettings, key "recentFiles") so that every window and every later run sees the same list.
 */
class RecentFiles final
{
public:
    /** How many files the list keeps; the oldest fall off. */
    static constexpr int MaxCount = 10;

    /** The files, most recent first. */
    static QStringList files();
    /** Puts \a path first (moving it there when it is already listed). */
    static void add(const QString &path);
    /** Empties the list. */
    static void clear();
};

} // namespace Signalbox::Workspace
