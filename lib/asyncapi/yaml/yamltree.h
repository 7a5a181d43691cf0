// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/diagnostic.h>
#include <asyncapi/yaml/lineindex.h>

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Signalbox::AsyncApi {

/**
 * One node of a parsed YAML (or JSON) text, with where it came from. Nodes are owned by their
 * YamlDocument and never change after parsing. An alias is not a node of its own: the collection
 * that holds it points at the anchored node, so the tree is a DAG; \c expandedSize says how big the
 * node would be with every alias expanded (saturating), which bounds any walk that expands them.
 * Merge keys (`<<: *anchor`, `<<: [*a, *b]`) are expanded while parsing: the mapping holds the
 * merged pairs themselves (the merged mapping's nodes, so their positions are where they are
 * written), and a key it writes itself wins over a merged one.
 */
struct YamlNode
{
    enum class Kind : std::uint8_t { Null, Scalar, Sequence, Mapping };
    enum class ScalarType : std::uint8_t { Null, Bool, Int, Float, String };
    /// An explicit core-schema tag (`!!str`, …); Other for any other tag.
    enum class Tag : std::uint8_t { None, Str, Int, Float, Bool, Null, Other };

    Kind kind = Kind::Null;
    bool plain = true; ///< A plain (unquoted, not block) scalar: only these resolve to non-strings.
    Tag tag = Tag::None;
    std::uint32_t startByte = 0;
    std::uint32_t endByte = 0;
    std::uint64_t expandedSize = 1;
    std::string_view value; ///< Scalar text, UTF-8, owned by the document.
    /// Sequence: the items. Mapping: key, value, key, value… Owned by the document.
    std::span<const YamlNode *const> children;
    /// Big mappings only: scalar key → pair index (first occurrence), so lookups stay O(1).
    std::unique_ptr<std::unordered_map<std::string_view, std::uint32_t>> index;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMapping() const { return kind == Kind::Mapping; }

    /** Items of a sequence, pairs of a mapping. */
    std::size_t size() const { return kind == Kind::Mapping ? children.size() / 2 : children.size(); }
    const YamlNode *item(std::size_t i) const { return children[i]; }
    const YamlNode *keyAt(std::size_t i) const { return children[2 * i]; }
    const YamlNode *valueAt(std::size_t i) const { return children[2 * i + 1]; }

    /** The value under scalar key \a name in a mapping, or null. */
    const YamlNode *get(std::string_view name) const;
    /** The key node of \a name in a mapping, or null. */
    const YamlNode *keyOf(std::string_view name) const;
    /** The scalar text of the value under \a name, or an empty string. */
    std::string_view stringAt(std::string_view name) const;

    /** Resolves a scalar by the YAML 1.2 core schema (quoted scalars are always strings). */
    ScalarType scalarType() const;
    bool isString() const { return kind == Kind::Scalar && scalarType() == ScalarType::String; }
    QString text() const { return QString::fromUtf8(value.data(), qsizetype(value.size())); }
};

/** Limits that keep parsing bounded on hostile input. */
struct ParseLimits
{
    qsizetype maxBytes = 32 * 1024 * 1024; ///< At most 4 GiB: offsets are 32-bit.
    /// Nodes an alias-expanding walk may visit: max(minExpandedNodes, expansionFactor × parsed nodes).
    /// The pairs that expanding merge keys looks at count against the same budget.
    std::uint64_t minExpandedNodes = 1'000'000;
    std::uint64_t expansionFactor = 10;
    /// yaml-cpp events a text may produce: eventsPerByte × bytes + minEvents. A valid text makes at
    /// most about two per byte (`[:,:,…]`); more means the parser is looping (it does on a `,` after
    /// a flow collection at the top level), and parsing stops with an error.
    std::uint64_t eventsPerByte = 4;
    std::uint64_t minEvents = 4096;
    /// Parse big block documents in two parts on two threads (same result, about half the time).
    bool parallel = true;
};

/**
 * A parsed YAML or JSON text: the node tree, the text it came from (UTF-8, byte order mark
 * removed) and what went wrong while parsing. Immutable once parsed, so it can be shared between
 * threads. Positions convert from yaml-cpp's byte offsets to the UTF-16 lines and columns of an
 * editor.
 */
class YamlDocument
{
public:
    /**
     * Parses \a utf8. Never throws: a text that does not parse gives a document with a null (or
     * partial) root and an error diagnostic naming the line and column. \a fileName is recorded
     * in the diagnostics of files other than the main one.
     */
    static std::shared_ptr<const YamlDocument> parse(const QByteArray &utf8, const QString &fileName = {},
                                                     const ParseLimits &limits = {});

    const YamlNode *root() const { return m_root; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    const QString &fileName() const { return m_fileName; }
    const std::string &text() const { return m_text; }
    bool hadByteOrderMark() const { return m_hadBom; }
    std::size_t nodeCount() const;
    /** Calls \a f on every node once (aliases are not repeated): whole-document scans without recursion. */
    template<typename F> void forEachNode(F &&f) const
    {
        for (const auto &shard : m_shards) {
            for (const YamlNode &n : shard->nodes)
                f(n);
        }
    }
    int documentCount() const { return m_documentCount; }
    /** True when aliases would expand beyond the limits: walks that expand aliases must not run. */
    bool isExpansionTooLarge() const { return m_expansionTooLarge; }

    SourcePosition position(std::size_t byteOffset) const;
    SourceRange range(const YamlNode *node) const;
    SourceRange range(std::size_t startByte, std::size_t endByte) const;
    /** The byte offset (in text()) of \a position. */
    std::size_t byteOffset(const SourcePosition &position) const;
    /** A scalar's range; a collection's first line only (what a diagnostic underlines). */
    SourceRange headRange(const YamlNode *node) const;

private:
    friend class YamlBuilder;
    YamlDocument() = default;

    QString m_fileName;
    std::string m_text;
    bool m_hadBom = false;
    bool m_expansionTooLarge = false;
    int m_documentCount = 0;
    /// Node storage of one parser run: big documents are parsed in parts, on several threads.
    struct Shard
    {
        std::deque<YamlNode> nodes;
        /// Scalar texts and child arrays, in big blocks: no allocation per node.
        std::vector<std::unique_ptr<char[]>> blocks;
        std::size_t blockUsed = 0;
        std::size_t blockSize = 0;
        void *allocate(std::size_t bytes, std::size_t align);
    };
    struct PartResult;
    PartResult parsePart(std::size_t begin, std::size_t end, Shard &shard, const ParseLimits &limits) const;
    bool parseInTwoParts(const ParseLimits &limits);
    std::vector<std::unique_ptr<Shard>> m_shards;
    const YamlNode *m_root = nullptr;
    Diagnostics m_diagnostics;
    LineIndex m_lines; // over m_text
};

/** Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`). */
std::string escapePointerSegment(std::string_view segment);

} // namespace Signalbox::AsyncApi
