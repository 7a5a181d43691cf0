// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include <vector>

namespace Signalbox::AsyncApi {

/** Which lines of two texts a shortest edit script keeps, removes and adds. */
struct LineDiff
{
    std::vector<bool> removed; ///< by line of the old text
    std::vector<bool> added;   ///< by line of the new text
    /// The texts differ in more than the budget allowed: each line is marked by whether the other
    /// text has the same line anywhere (still a fair picture of what changed).
    bool approximate = false;
};

/**
 * The lines removed from \a before and added in \a after (Myers' O(ND) algorithm, written here:
 * Qt has no diff, and the one library that would do, a whole diff tool, is not for this). Beyond
 * \a maxEdits edits it gives an approximate answer instead of taking long.
 */
LineDiff diffLines(const QStringList &before, const QStringList &after, int maxEdits = 20000);

} // namespace Signalbox::AsyncApi
