// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>

class QObject;

namespace Signalbox {

/**
 * Installs the catalogues for \a locale, children of \a parent: Qt's own (qtbase, from Qt's
 * translations folder: file dialogs, "Strg+" in German; on Debian in qt6-translations-l10n) and
 * Signalbox's (built in). Returns how many were found.
 */
int installTranslators(const QLocale &locale, QObject *parent);

} // namespace Signalbox
