// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The library's YAML → JSON module, shared by validation, messages, reformatting and the HTML
// export (internal to the project, not installed): YAML tree → nlohmann::json, with `$ref`s
// inlined or kept, and the way back from a JSON path to the node it came from.

#include <asyncapi/refs/documentset.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace Signalbox::AsyncApi::Json {

/** Which Reference Objects a JSON copy inlines. */
enum class RefMode {
    Keep,           ///< none
    InlineExternal, ///< those reaching outside the main document: each local target is checked where it is defined
    InlineAll,      ///< all (but those isInlinedAt() keeps), e.g. for a schema used to check an example
};

/** Converts a YAML subtree to JSON with YAML 1.2 core-schema scalars. */
class JsonBuilder
{
public:
    /**
     * The deepest a result may be, counting every level and every inlined reference on the way.
     * Every walker after the builder recurses (sanitiseSchema, dump(), valijson, about 1.2 KB of
     * stack a level), and valijson's time grows with about the cube of the depth against the
     * official schemas (a 480-level path: 10 s): 128 is four times the deepest document of the
     * corpus (between 24 and 32 with references resolved) and costs about 0.1 s a path.
     */
    static constexpr int MaxDepth = 128;

    /**
     * The bytes of text (scalars and keys) a result may hold by default:
     * max(MinByteBudget, BytesPerInputByte x the bytes of the documents in the set). Nodes alone
     * do not bound a copy: five levels of ten references to one 10 KB string are 10^5 nodes but
     * 1 GB. The factor is the node budget's (max(1M, 10 x parsed nodes), LoadLimits) applied to
     * bytes, and the floor is about 16 bytes for each of the node budget's floor of 1M nodes.
     */
    static constexpr std::uint64_t MinByteBudget = 16ULL << 20;
    static constexpr std::uint64_t BytesPerInputByte = 10;
    static std::uint64_t defaultByteBudget(const DocumentSet &set);

    /**
     * Inlines the references \a mode says (a reference back into its own expansion stays a
     * `$ref`, so recursive schemas terminate). \a budget bounds the nodes written and
     * \a byteBudget (0: defaultByteBudget()) the bytes of their text; exceeded() tells when either
     * ran out, or the result would nest deeper than MaxDepth, and the result is incomplete.
     */
    JsonBuilder(const DocumentSet &set, RefMode mode, std::uint64_t budget, std::uint64_t byteBudget = 0);

    /**
     * Leaves out specification extensions (keys matching `^x-[\w\d.\-_]+$`), which the official
     * schemas accept anywhere they allow them: with optimiseOfficialSchema() this spares valijson
     * a std::regex match per key, most of its time.
     */
    void setDropExtensions(bool drop) { m_dropExtensions = drop; }

    /**
     * Writes a reference back into its own expansion (a recursive schema) as a JSON pointer into
     * the result, after \a base (e.g. "#/allOf/0" when the result will be placed there), rather
     * than as written: it then means the same whichever file it was written in, and `#` written in
     * a schema that is its own root is the result's root.
     */
    void setRecursionBase(std::string base)
    {
        m_recursionBase = std::move(base);
        m_pointRecursion = true;
    }

    nlohmann::json build(NodeRef node, bool inlineLocal = true);
    /// build() keeping the keys of each object in the order they are written: for text a user reads.
    nlohmann::ordered_json buildOrdered(NodeRef node, bool inlineLocal = true);
    bool exceeded() const { return m_exceeded; }
    /** True when it was the byte budget that ran out (exceeded() is then true too). */
    bool bytesExceeded() const { return m_bytesExceeded; }
    std::uint64_t byteBudget() const { return m_byteBudget; }
    /** True when the result would have nested deeper than MaxDepth (exceeded() is then true too). */
    bool tooDeep() const { return m_tooDeep; }
    /** Where the depth ran out: the innermost reference being inlined then, else the node. */
    NodeRef tooDeepAt() const { return m_tooDeepAt; }

private:
    template<typename Json> Json buildAs(NodeRef node, bool inlineLocal);
    /** Counts \a bytes of text against the byte budget; false (and exceeded()) when it runs out. */
    bool spend(std::size_t bytes);

    const DocumentSet &m_set;
    RefMode m_mode;
    std::uint64_t m_budget;
    std::uint64_t m_used = 0;
    std::uint64_t m_byteBudget;
    std::uint64_t m_bytesUsed = 0;
    bool m_exceeded = false;
    bool m_bytesExceeded = false;
    bool m_dropExtensions = false;
    bool m_tooDeep = false;
    int m_depth = 0;
    NodeRef m_tooDeepAt;
    std::vector<const YamlNode *> m_stack; // targets being inlined, outermost first
    std::vector<NodeRef> m_refSites;       // the Reference Objects that inlined them
    // With setRecursionBase(): where in the result each of m_stack's targets begins, and the path being built.
    bool m_pointRecursion = false;
    std::string m_recursionBase;
    std::vector<std::string> m_stackPointers;
    std::vector<std::string> m_outPath;
};

/**
 * Whether a local reference found under \a key (the mapping key the value, or the sequence
 * holding it, sits under) is inlined for validation. AsyncAPI 3 requires references for an
 * operation's or reply's channel and messages and for a channel's servers (the schema says so);
 * their local targets are validated where they are defined.
 */
bool isInlinedAt(std::string_view key, bool inSequence, std::string_view ref);

/** A scalar's JSON value by the YAML 1.2 core schema. */
nlohmann::json scalarToJson(const YamlNode &node);

/** Where a path of the (resolved) JSON came from. */
struct Located
{
    NodeRef value;                 ///< The node at the path (deepest reached).
    const YamlNode *key = nullptr; ///< Its key when it is a mapping value, in value.doc.
    bool complete = false;         ///< False when the walk stopped early.
};

/** Whether a JsonBuilder with \a mode inlines reference \a ref met in \a doc under \a key. */
bool inlines(const DocumentSet &set, RefMode mode, const YamlDocument *doc, std::string_view key, bool inSequence,
             std::string_view ref);

/** Walks \a segments from \a start, following Reference Objects the way a JsonBuilder with \a mode inlined them. */
Located locate(const DocumentSet &set, NodeRef start, const std::vector<std::string> &segments, RefMode mode);

/** Whether \a key is a specification extension name, `^x-[\w\d.\-_]+$`. */
bool isExtensionKey(std::string_view key);

/**
 * Removes the specification-extension pattern from the official schema (see
 * JsonBuilder::setDropExtensions()). Extensions accept any value, so the verdicts do not change.
 */
void optimiseOfficialSchema(nlohmann::json &schema);

/// Where sanitiseSchema() moves the keywords the library checks beside valijson (schemacompiler_p.h).
inline constexpr char FormatKeyword[] = "$signalbox.format";
inline constexpr char MultipleOfKeyword[] = "$signalbox.multipleOf";
inline constexpr char PropertyNamesKeyword[] = "$signalbox.propertyNames";

/**
 * Moves the keywords that valijson 1.0 mishandles to keys of our own, checked beside it (see
 * Validation::compileSchema()): `format` (it throws on a non-string value whose schema has one, and
 * checks few formats), `multipleOf` (binary floating point) and `propertyNames` (inside a schema
 * reached through `$ref` it reports valid instances as invalid). A `format` the library does not
 * check, and a `multipleOf` that is not a positive number, are removed.
 */
void sanitiseSchema(nlohmann::json &schema);

/**
 * A schema of the document (e.g. a message payload) ready for valijson: references inlined (within
 * \a budget nodes), sanitised, and wrapped as `{"allOf": [schema]}` with the main document's
 * components beside it when recursive references remain to land on them. Null when the schema is
 * not an object or boolean, or does not fit the budget; when it nests deeper than
 * JsonBuilder::MaxDepth, \a tooDeepAt (if given) is set to where.
 */
nlohmann::json instanceSchema(const DocumentSet &set, NodeRef schema, std::uint64_t budget,
                              NodeRef *tooDeepAt = nullptr);

/** valijson's error context (`<root>`, `[key]`, `[0]`…) as path segments. */
std::vector<std::string> contextToSegments(const std::vector<std::string> &context);

} // namespace Signalbox::AsyncApi::Json
