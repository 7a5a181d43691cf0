// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamltree.h"

#include "yamlbuilder_p.h"

#include <asyncapi/lifetime.h>

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxYaml)
};

// The messages of YamlDocument's members, here so that every lupdate finds their context.
QString tooLargeText()
{
    return Tr::tr("The file is too large to analyse (%1 MB; the limit is %2 MB)");
}

QString invalidUtf8Text()
{
    return Tr::tr("The text is not valid UTF-8 (byte 0x%1)");
}

QString aliasBombText()
{
    return Tr::tr("Aliases expand this document beyond %1 nodes (an alias bomb?); it is not analysed further");
}

} // namespace

const YamlNode *YamlNode::get(std::string_view name) const
{
    if (kind != Kind::Mapping)
        return nullptr;
    if (index) {
        const auto it = index->find(name);
        return it == index->end() ? nullptr : children[2 * it->second + 1];
    }
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        const YamlNode *k = children[i];
        if (k->kind == Kind::Scalar && k->value == name)
            return children[i + 1];
    }
    return nullptr;
}

const YamlNode *YamlNode::keyOf(std::string_view name) const
{
    if (kind != Kind::Mapping)
        return nullptr;
    if (index) {
        const auto it = index->find(name);
        return it == index->end() ? nullptr : children[2 * it->second];
    }
    for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
        const YamlNode *k = children[i];
        if (k->kind == Kind::Scalar && k->value == name)
            return k;
    }
    return nullptr;
}

std::string_view YamlNode::stringAt(std::string_view name) const
{
    const YamlNode *v = get(name);
    return v && v->kind == Kind::Scalar ? std::string_view(v->value) : std::string_view();
}

std::string escapePointerSegment(std::string_view segment)
{
    std::string out;
    out.reserve(segment.size());
    for (char c : segment) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::shared_ptr<const YamlDocument> YamlDocument::parse(const QByteArray &utf8, const QString &fileName,
                                                        const ParseLimits &limits)
{
    std::shared_ptr<YamlDocument> doc = freedInBackground(new YamlDocument);
    doc->m_fileName = fileName;
    if (utf8.size() > std::min<qsizetype>(limits.maxBytes, std::numeric_limits<std::uint32_t>::max() - 1)) {
        Diagnostic d;
        d.code = QStringLiteral("document.too-large");
        d.message = tooLargeText()
                        .arg(double(utf8.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(double(limits.maxBytes) / (1024.0 * 1024.0), 0, 'f', 0);
        d.range.start = d.range.end = SourcePosition{0, 0, 0};
        doc->m_lines = LineIndex(doc->m_text);
        doc->m_diagnostics.append(d);
        return doc;
    }

    qsizetype skip = 0;
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
        doc->m_hadBom = true;
    }
    doc->m_text.assign(utf8.constData() + skip, std::size_t(utf8.size() - skip));
    // Text that is not UTF-8 is parsed as the editor shows it: each invalid sequence replaced by
    // U+FFFD, as QString::fromUtf8 does. yaml-cpp's marks and our UTF-16 columns would otherwise
    // count the bad bytes differently from the editor (and point past the end of its text).
    std::size_t invalidAt = std::string_view::npos;
    unsigned char invalidByte = 0;
    std::size_t invalidOffset = 0;
    if (!QByteArrayView(doc->m_text.data(), qsizetype(doc->m_text.size())).isValidUtf8()) {
        // Qt's decoder is the judge (surrogates, overlong forms); ours names the first bad byte.
        invalidAt = std::min(firstInvalidUtf8(doc->m_text), doc->m_text.size() - 1);
        invalidByte = static_cast<unsigned char>(doc->m_text[invalidAt]);
        invalidOffset = std::size_t(QString::fromUtf8(doc->m_text.data(), qsizetype(invalidAt)).toUtf8().size());
        doc->m_text = QString::fromUtf8(doc->m_text.data(), qsizetype(doc->m_text.size())).toStdString();
    }
    const std::string &text = doc->m_text;
    doc->m_lines = LineIndex(text);

    if (invalidAt != std::string_view::npos) {
        Diagnostic d;
        d.code = QStringLiteral("yaml.invalid-utf8");
        d.message =
            invalidUtf8Text().arg(QString::number(invalidByte, 16).toUpper().rightJustified(2, QLatin1Char('0')));
        // The replacement character is three bytes long in the text as parsed.
        d.range = doc->range(invalidOffset, std::min(invalidOffset + 3, text.size()));
        doc->m_diagnostics.append(d);
    }

    // A big block mapping is parsed in two parts on two threads (parallelparse.cpp), else in one
    // (always when merging went over the budget: the two-part parse gives up then).
    bool mergesTooLarge = false;
    if (!limits.parallel || !doc->parseInTwoParts(limits)) {
        auto shard = std::make_unique<Shard>();
        PartResult r = doc->parsePart(0, text.size(), *shard, limits);
        doc->m_shards.push_back(std::move(shard));
        doc->m_root = r.root;
        doc->m_documentCount = r.documents;
        doc->m_diagnostics += r.diagnostics;
        mergesTooLarge = r.mergesTooLarge;
    }

    if (doc->m_root) {
        const std::uint64_t budget =
            std::max<std::uint64_t>(limits.minExpandedNodes, limits.expansionFactor * doc->nodeCount());
        if (doc->m_root->expandedSize > budget || mergesTooLarge) {
            doc->m_expansionTooLarge = true;
            Diagnostic d;
            d.code = QStringLiteral("yaml.alias-expansion");
            d.message = aliasBombText().arg(budget);
            d.range = doc->range(0, 0);
            doc->m_diagnostics.append(d);
        }
    }
    return doc;
}

std::size_t YamlDocument::nodeCount() const
{
    std::size_t n = 0;
    for (const auto &shard : m_shards)
        n += shard->nodes.size();
    return n;
}

void *YamlDocument::Shard::allocate(std::size_t bytes, std::size_t align)
{
    constexpr std::size_t BlockSize = 256 * 1024;
    std::size_t at = (blockUsed + align - 1) & ~(align - 1);
    if (blocks.empty() || at + bytes > blockSize) {
        blockSize = std::max(BlockSize, bytes);
        blocks.push_back(std::unique_ptr<char[]>(new char[blockSize])); // not zeroed
        at = 0;
    }
    blockUsed = at + bytes;
    return blocks.back().get() + at;
}

SourcePosition YamlDocument::position(std::size_t byteOffset) const
{
    return m_lines.position(byteOffset);
}

SourceRange YamlDocument::range(std::size_t startByte, std::size_t endByte) const
{
    return m_lines.range(startByte, endByte);
}

std::size_t YamlDocument::byteOffset(const SourcePosition &position) const
{
    return m_lines.byteOffset(position);
}

SourceRange YamlDocument::headRange(const YamlNode *node) const
{
    if (!node || node->isScalar() || node->isNull())
        return range(node);
    // Only within the node: on a long one-line text a search to the line end is a walk to the end.
    const std::size_t start = std::min<std::size_t>(node->startByte, m_text.size());
    const std::size_t end = std::clamp<std::size_t>(node->endByte, start, m_text.size());
    const std::size_t eol = std::string_view(m_text).substr(start, end - start).find('\n');
    return range(start, eol == std::string_view::npos ? end : start + eol);
}

SourceRange YamlDocument::range(const YamlNode *node) const
{
    if (!node)
        return SourceRange{position(0), position(0)};
    return range(node->startByte, node->endByte);
}

} // namespace Signalbox::AsyncApi
