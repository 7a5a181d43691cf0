// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "definition.h"

#include <QRegularExpression>

namespace Signalbox::AsyncApi {

QString refOnLine(const QString &line)
{
    static const QRegularExpression refRe(QStringLiteral(R"(["']?\$ref["']?\s*:\s*["']?([^"'\s,}]+))"));
    const QRegularExpressionMatch m = refRe.match(line);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::optional<JumpTo> definitionOf(const DocumentSet &set, const QString &refText)
{
    const std::string ref = refText.toStdString();
    const NodeRef target = set.resolve(ref, set.main());
    if (!target)
        return std::nullopt;
    // Land on the key that defines the target when the pointer names one.
    std::size_t start = target.node->startByte;
    const std::size_t hash = ref.find('#');
    if (hash != std::string::npos) {
        if (const auto segs = DocumentSet::decodePointer(std::string_view(ref).substr(hash + 1));
            segs && !segs->empty()) {
            const YamlNode *parent = target.doc->root();
            for (std::size_t i = 0; parent && i + 1 < segs->size(); ++i)
                parent = parent->isMapping() ? parent->get((*segs)[i]) : nullptr;
            if (parent && parent->isMapping()) {
                if (const YamlNode *key = parent->keyOf(segs->back()))
                    start = key->startByte;
            }
        }
    }
    return JumpTo{target.doc == set.main(), target.doc->fileName(), target.doc->position(start).offset};
}

} // namespace Signalbox::AsyncApi
