// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <utility>

namespace Signalbox {

int installTranslators(const QLocale &locale, QObject *parent)
{
    const std::pair<QString, QString> catalogues[] = {
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("signalbox"), QStringLiteral(":/i18n")}};
    int installed = 0;
    // English plural forms ("1 error", "2 errors") for every language without a catalogue of its
    // own (and for English): installed first, so that the locale's catalogue, when there is one, wins.
    if (auto *english = new QTranslator(parent);
        english->load(QStringLiteral("signalbox_en"), QStringLiteral(":/i18n")) &&
        QCoreApplication::installTranslator(english)) {
        ++installed;
    } else {
        delete english;
    }
    for (const auto &[name, folder] : catalogues) {
        if (name == QLatin1String("signalbox") && locale.language() == QLocale::English)
            continue; // the English catalogue above
        auto *translator = new QTranslator(parent);
        if (translator->load(locale, name, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator)) {
            ++installed;
        } else {
            delete translator;
        }
    }
    return installed;
}

} // namespace Signalbox
