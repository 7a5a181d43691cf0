// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "reftargets.h"

#include <QDir>
#include <QFileInfo>

namespace Signalbox::AsyncApi {

QStringList refTargets(const DocumentSet &set, const QString &mainPath)
{
    QStringList suggestions;
    auto addMapKeys = [&suggestions](const YamlDocument *doc, const QString &prefix, std::string_view container,
                                     std::string_view inner) {
        const YamlNode *root = doc->root();
        const YamlNode *map = root && root->isMapping() ? root->get(container) : nullptr;
        if (!inner.empty() && map && map->isMapping())
            map = map->get(inner);
        if (!map || !map->isMapping())
            return;
        for (std::size_t i = 0; i < map->size(); ++i) {
            const YamlNode *k = map->keyAt(i);
            if (k->isScalar())
                suggestions.append(prefix + QString::fromStdString(escapePointerSegment(k->value)));
        }
    };
    const YamlNode *root = set.main()->root();
    if (root && root->isMapping()) {
        if (const YamlNode *components = root->get("components"); components && components->isMapping()) {
            for (std::size_t i = 0; i < components->size(); ++i) {
                const QString kind = components->keyAt(i)->text();
                addMapKeys(set.main(), QStringLiteral("#/components/%1/").arg(kind), "components",
                           components->keyAt(i)->value);
            }
        }
        addMapKeys(set.main(), QStringLiteral("#/channels/"), "channels", {});
        addMapKeys(set.main(), QStringLiteral("#/servers/"), "servers", {});
        addMapKeys(set.main(), QStringLiteral("#/operations/"), "operations", {});
        if (const YamlNode *channels = root->get("channels"); channels && channels->isMapping()) {
            for (std::size_t i = 0; i < channels->size(); ++i) {
                const YamlNode *ch = channels->valueAt(i);
                const YamlNode *messages = ch && ch->isMapping() ? ch->get("messages") : nullptr;
                for (std::size_t j = 0; messages && messages->isMapping() && j < messages->size(); ++j)
                    suggestions.append(
                        QStringLiteral("#/channels/%1/messages/%2")
                            .arg(QString::fromStdString(escapePointerSegment(channels->keyAt(i)->value)),
                                 QString::fromStdString(escapePointerSegment(messages->keyAt(j)->value))));
            }
        }
    }
    // Components of the files this document already refers to.
    const QDir here = mainPath.isEmpty() ? QDir::current() : QFileInfo(mainPath).absoluteDir();
    for (const YamlDocument *other : set.others()) {
        const YamlNode *oroot = other->root();
        const YamlNode *components = oroot && oroot->isMapping() ? oroot->get("components") : nullptr;
        if (!components || !components->isMapping())
            continue;
        QString rel = here.relativeFilePath(other->fileName());
        if (!rel.startsWith(QLatin1String("../")))
            rel.prepend(QLatin1String("./"));
        for (std::size_t i = 0; i < components->size(); ++i) {
            const YamlNode *map = components->valueAt(i);
            for (std::size_t j = 0; map && map->isMapping() && j < map->size(); ++j)
                suggestions.append(QStringLiteral("%1#/components/%2/%3")
                                       .arg(rel, components->keyAt(i)->text(),
                                            QString::fromStdString(escapePointerSegment(map->keyAt(j)->value))));
        }
    }
    return suggestions;
}

} // namespace Signalbox::AsyncApi
