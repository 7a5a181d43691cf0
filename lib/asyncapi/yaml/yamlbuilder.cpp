// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "syntaxhint_p.h"
#include "yamlbuilder_p.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstring>
#include <istream>
#include <streambuf>
#include <unordered_map>
#include <unordered_set>

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxYaml)
};

// The messages of YamlDocument::parsePart(), here so that every lupdate finds their context.
QString severalDocumentsText()
{
    return Tr::tr("The file holds several YAML documents; an AsyncAPI file must hold exactly one");
}

QString tooDeepText()
{
    return Tr::tr("The YAML is nested more than %1 levels deep");
}

QString syntaxErrorText()
{
    return Tr::tr("YAML syntax error: %1");
}

QString strayTextText()
{
    return Tr::tr("Unexpected text after the end of the document");
}

QString eventFloodText()
{
    return Tr::tr("The YAML parser produced more than %1 events for this %2-byte text; parsing stopped here");
}

QString mergeValueText()
{
    return Tr::tr("Only mappings can be merged with '<<' (a mapping, an alias of one, or a list of them); "
                  "this value is not a mapping");
}

std::size_t endOfLine(const std::string &text, std::size_t from)
{
    std::size_t e = text.find('\n', from);
    if (e == std::string::npos)
        e = text.size();
    while (e > from && (text[e - 1] == '\r' || text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    return e;
}

std::size_t scalarEnd(const std::string &text, std::size_t start, const YamlNode &node)
{
    const std::size_t n = text.size();
    if (start >= n)
        return start;
    const char c = text[start];
    if (!node.plain && c == '"') {
        for (std::size_t i = start + 1; i < n; ++i) {
            if (text[i] == '\\')
                ++i;
            else if (text[i] == '"')
                return i + 1;
        }
        return n;
    }
    if (!node.plain && c == '\'') {
        for (std::size_t i = start + 1; i < n; ++i) {
            if (text[i] == '\'') {
                if (i + 1 < n && text[i + 1] == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        return n;
    }
    if (node.plain && node.value.find('\n') == std::string_view::npos &&
        std::string_view(text).substr(start, node.value.size()) == node.value)
        return start + node.value.size();
    return std::max(endOfLine(text, start), start);
}

/** A read-only stream buffer over text in memory: yaml-cpp reads it without a copy. */
class MemoryBuffer final : public std::streambuf
{
public:
    MemoryBuffer(const char *begin, const char *end)
    {
        char *b = const_cast<char *>(begin); // get area only: never written through
        setg(b, b, const_cast<char *>(end));
    }
};

} // namespace

Diagnostic duplicateKeyDiagnostic(const YamlDocument &doc, const YamlNode *key, const YamlNode *first)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = QStringLiteral("yaml.duplicate-key");
    // One arg() call: a key holding "%1" must not be substituted again.
    d.message = Tr::tr("Duplicate key '%1' (first defined on line %2); only one of them can be used")
                    .arg(key->text(), QString::number(doc.position(first->startByte).line + 1));
    d.range = doc.range(key);
    return d;
}

/** Thrown by YamlBuilder to stop a parse that does not progress (see YamlBuilder::step()). */
struct ParseStalled
{
    std::size_t at;  ///< Byte offset (in the whole text) of the last event seen.
    bool overBudget; ///< True: too many events; false: a document started where the previous one did.
};

/** Builds our positioned tree from yaml-cpp's parser events. */
class YamlBuilder final : public YAML::EventHandler
{
public:
    YamlBuilder(const YamlDocument &doc, YamlDocument::Shard &shard, std::size_t base, std::uint64_t eventBudget,
                const ParseLimits &limits)
        : m_doc(doc)
        , m_shard(shard)
        , m_base(base)
        , m_lastAt(base)
        , m_eventBudget(eventBudget)
        , m_limits(limits)
    {}

    Diagnostics diagnostics;
    /// The mappings whose merge keys were expanded, innermost first.
    std::vector<const YamlNode *> mergedMappings;
    /// Merging needed more work than the expansion budget allows: later merges were not expanded.
    bool mergesTooLarge = false;

    const YamlNode *documentRoot = nullptr;

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        step(mark);
        // yaml-cpp 0.7 loops on a token it cannot start a document with (a `,` after a flow
        // collection at the top level): empty documents at the same place, for ever.
        if (m_documents > 0 && mark.pos >= 0 && mark.pos == m_lastDocumentStart)
            throw ParseStalled{m_lastAt, false};
        m_lastDocumentStart = mark.pos;
        ++m_documents;
        documentRoot = nullptr;
    }
    void OnDocumentEnd() override { step(); }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        step(mark);
        YamlNode &n = newNode(YamlNode::Kind::Null, mark);
        // A null value's mark is that of the next token: anchor it right after its key instead.
        if (!m_stack.empty() && m_stack.back().node->kind == YamlNode::Kind::Mapping && m_stack.back().pendingKey) {
            n.startByte = n.endByte = m_stack.back().pendingKey->endByte;
        } else {
            n.endByte = n.startByte;
        }
        finish(n, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        step(mark);
        const YamlNode *target = anchor < m_anchors.size() ? m_anchors[anchor] : nullptr;
        if (!target) {
            YamlNode &n = newNode(YamlNode::Kind::Null, mark);
            attach(&n, Written{n.startByte, n.startByte});
            return;
        }
        const std::size_t start = std::min(m_base + std::size_t(mark.pos), m_doc.m_text.size());
        std::size_t end = start + 1;
        while (end < m_doc.m_text.size() && !isBreakOrFlow(m_doc.m_text[end]))
            ++end;
        attach(target, Written{std::uint32_t(start), std::uint32_t(std::min(end, m_doc.m_text.size()))});
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        step(mark);
        YamlNode &n = newNode(YamlNode::Kind::Scalar, mark);
        n.plain = tag == "?";
        n.tag = tagOf(tag);
        n.value = store(value);
        n.endByte = std::uint32_t(scalarEnd(m_doc.m_text, n.startByte, n));
        unclosedQuote(n);
        // `!!merge <<`: a merge key by its tag (a plain `<<` is one by its text, see isMergeKey()).
        if (tag.size() >= 6 && tag.compare(tag.size() - 6, 6, ":merge") == 0)
            m_mergeTagged.insert(&n);
        finish(n, anchor);
    }

    /** yaml-cpp takes a quoted scalar left open at the end of the text: here it is an error. */
    void unclosedQuote(const YamlNode &n)
    {
        const std::string &text = m_doc.m_text;
        const std::size_t start = n.startByte;
        if (n.plain || start >= text.size() || n.endByte != text.size() || (text[start] != '\'' && text[start] != '"'))
            return;
        if (text.size() - start >= 2 && text.back() == text[start])
            return; // closed by the last character
        Diagnostic d;
        d.code = QStringLiteral("yaml.syntax");
        d.message = syntaxErrorText().arg(unclosedQuoteMessage(text[start]));
        d.range = m_doc.range(start, start + 1);
        diagnostics.append(d);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        step(mark);
        open(YamlNode::Kind::Sequence, mark, tag, anchor);
    }
    void OnSequenceEnd() override
    {
        step();
        close();
    }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        step(mark);
        open(YamlNode::Kind::Mapping, mark, tag, anchor);
    }
    void OnMapEnd() override
    {
        step();
        close();
    }

private:
    /** Counts one event against the budget (events do not all carry a mark: those keep the last one). */
    void step(const YAML::Mark &mark = YAML::Mark::null_mark())
    {
        if (mark.pos >= 0)
            m_lastAt = std::min(m_base + std::size_t(mark.pos), m_doc.m_text.size());
        if (++m_events > m_eventBudget)
            throw ParseStalled{m_lastAt, true};
    }

    static constexpr std::size_t IndexThreshold = 16;

    /** Where a child is written in the text: for an alias, the alias (its node is the anchor's). */
    struct Written
    {
        std::uint32_t start;
        std::uint32_t end;
    };

    /** The value of a merge key `<<` in a mapping being built. */
    struct MergeValue
    {
        std::size_t pair; ///< Index of the `<<` pair in the mapping.
        Written at;
        std::vector<Written> itemsAt; ///< A list written here: where each of its items is written.
    };

    struct Frame
    {
        YamlNode *node;
        YAML::anchor_t anchor;
        std::size_t firstChild; // in m_pending
        const YamlNode *pendingKey = nullptr;
        std::unique_ptr<std::unordered_map<std::string_view, const YamlNode *>> keys; // big mappings only
        std::vector<MergeValue> merges; // a mapping's merge keys, in text order
        bool mergeList = false;         // a sequence written as the value of a merge key
        std::vector<Written> itemsAt;   // with mergeList: where each item is written
    };

    /** A merge key: a plain `<<` without a tag (a quoted "<<" is an ordinary key), or `!!merge`. */
    bool isMergeKey(const YamlNode *key) const
    {
        return key->kind == YamlNode::Kind::Scalar &&
               ((key->plain && key->tag == YamlNode::Tag::None && key->value == "<<") ||
                (!m_mergeTagged.empty() && m_mergeTagged.contains(key)));
    }

    static bool isBreakOrFlow(char c)
    {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ']' || c == '}';
    }

    static YamlNode::Tag tagOf(const std::string &tag)
    {
        if (tag.empty() || tag == "?" || tag == "!")
            return YamlNode::Tag::None;
        auto endsWith = [&tag](std::string_view suffix) {
            return tag.size() >= suffix.size() && tag.compare(tag.size() - suffix.size(), suffix.size(), suffix) == 0;
        };
        if (endsWith(":str"))
            return YamlNode::Tag::Str;
        if (endsWith(":int"))
            return YamlNode::Tag::Int;
        if (endsWith(":float"))
            return YamlNode::Tag::Float;
        if (endsWith(":bool"))
            return YamlNode::Tag::Bool;
        if (endsWith(":null"))
            return YamlNode::Tag::Null;
        return YamlNode::Tag::Other;
    }

    std::string_view store(const std::string &value)
    {
        if (value.empty())
            return {};
        char *p = static_cast<char *>(m_shard.allocate(value.size(), 1));
        std::memcpy(p, value.data(), value.size());
        return {p, value.size()};
    }

    YamlNode &newNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        YamlNode &n = m_shard.nodes.emplace_back();
        n.kind = kind;
        n.startByte = mark.pos >= 0 ? std::uint32_t(std::min(m_base + std::size_t(mark.pos), m_doc.m_text.size())) : 0;
        n.endByte = n.startByte;
        return n;
    }

    void open(YamlNode::Kind kind, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor)
    {
        YamlNode &n = newNode(kind, mark);
        n.tag = tagOf(tag);
        const bool mergeList = kind == YamlNode::Kind::Sequence && !m_stack.empty() && m_stack.back().pendingKey &&
                               m_stack.back().node->kind == YamlNode::Kind::Mapping &&
                               isMergeKey(m_stack.back().pendingKey);
        m_stack.push_back(Frame{&n, anchor, m_pending.size(), nullptr, nullptr, {}, mergeList, {}});
    }

    void close()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        YamlNode &n = *f.node;
        const std::size_t count = m_pending.size() - f.firstChild;
        if (count > 0) {
            auto **kids =
                static_cast<const YamlNode **>(m_shard.allocate(count * sizeof(YamlNode *), alignof(YamlNode *)));
            std::copy(m_pending.begin() + std::ptrdiff_t(f.firstChild), m_pending.end(), kids);
            n.children = std::span<const YamlNode *const>(kids, count);
            m_pending.resize(f.firstChild);
        }
        const bool merged = n.kind == YamlNode::Kind::Mapping && !f.merges.empty() && expandMerges(n, f.merges);
        if (n.kind == YamlNode::Kind::Mapping && (f.keys || (merged && n.size() > IndexThreshold))) {
            n.index = std::make_unique<std::unordered_map<std::string_view, std::uint32_t>>();
            n.index->reserve(n.size());
            for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
                const YamlNode *k = n.children[i];
                if (k->kind == YamlNode::Kind::Scalar)
                    n.index->emplace(k->value, std::uint32_t(i / 2));
            }
        }
        if (count == 0) {
            // An empty flow collection: end after its closing bracket.
            const char closing = n.kind == YamlNode::Kind::Mapping ? '}' : ']';
            const std::size_t at = m_doc.m_text.find(closing, n.startByte);
            n.endByte = std::uint32_t(at == std::string::npos ? n.startByte : at + 1);
        } else if (n.startByte < m_doc.m_text.size() &&
                   (m_doc.m_text[n.startByte] == '{' || m_doc.m_text[n.startByte] == '[')) {
            const char closing = m_doc.m_text[n.startByte] == '{' ? '}' : ']';
            std::size_t at = n.endByte;
            while (at < m_doc.m_text.size() && m_doc.m_text[at] != closing && m_doc.m_text[at] != '\n')
                ++at;
            if (at < m_doc.m_text.size() && m_doc.m_text[at] == closing)
                n.endByte = std::uint32_t(at + 1);
        }
        if (f.mergeList) {
            m_closedMergeList = &n;
            m_closedItemsAt = std::move(f.itemsAt);
        }
        finish(n, f.anchor);
    }

    void finish(YamlNode &n, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor) {
            if (m_anchors.size() <= anchor)
                m_anchors.resize(anchor + 1, nullptr);
            m_anchors[anchor] = &n;
        }
        attach(&n, Written{n.startByte, n.endByte});
    }

    void attach(const YamlNode *child, Written at)
    {
        if (m_stack.empty()) {
            documentRoot = child;
            return;
        }
        Frame &f = m_stack.back();
        YamlNode &parent = *f.node;
        m_pending.push_back(child);
        parent.expandedSize = saturatingAdd(parent.expandedSize, child->expandedSize);
        parent.endByte = std::max(parent.endByte, at.end);
        if (f.mergeList)
            f.itemsAt.push_back(at);
        if (parent.kind != YamlNode::Kind::Mapping)
            return;
        if (f.pendingKey) {
            if (isMergeKey(f.pendingKey)) {
                MergeValue value{(m_pending.size() - f.firstChild) / 2 - 1, at, {}};
                if (child == m_closedMergeList)
                    value.itemsAt = std::move(m_closedItemsAt);
                f.merges.push_back(std::move(value));
            }
            m_closedMergeList = nullptr;
            f.pendingKey = nullptr;
            return;
        }
        f.pendingKey = child;
        // Merge keys are not keys of the mapping: a mapping may have several.
        if (child->kind != YamlNode::Kind::Scalar || isMergeKey(child))
            return;
        const std::size_t pairs = (m_pending.size() - f.firstChild + 1) / 2;
        if (f.keys) {
            auto [it, inserted] = f.keys->emplace(child->value, child);
            if (!inserted)
                reportDuplicate(child, it->second);
            return;
        }
        for (std::size_t i = f.firstChild; i + 1 < m_pending.size(); i += 2) {
            const YamlNode *k = m_pending[i];
            if (k->kind == YamlNode::Kind::Scalar && k->value == child->value && !isMergeKey(k)) {
                reportDuplicate(child, k);
                break;
            }
        }
        if (pairs > IndexThreshold) {
            // Big mapping: switch to a hash of its keys (first occurrence wins).
            f.keys = std::make_unique<std::unordered_map<std::string_view, const YamlNode *>>();
            for (std::size_t i = f.firstChild; i < m_pending.size(); i += 2) {
                if (m_pending[i]->kind == YamlNode::Kind::Scalar && !isMergeKey(m_pending[i]))
                    f.keys->emplace(m_pending[i]->value, m_pending[i]);
            }
        }
    }

    void reportDuplicate(const YamlNode *key, const YamlNode *first)
    {
        diagnostics.append(duplicateKeyDiagnostic(m_doc, key, first));
    }

    /**
     * Expands the merge keys (`<<`) of mapping \a n as YAML's merge type says: the pairs of the
     * merged mappings join \a n where its `<<` is written, unless \a n writes that key itself
     * (anywhere in it) or an earlier merged mapping gave it already (in `<<: [*a, *b]`, a wins). A
     * merged mapping has its own merges expanded already (it closed before), so nested merges need
     * nothing more. Merged pairs are the merged mapping's nodes, with the positions where they are
     * written. yaml-cpp 0.7 reports `<<` as an ordinary scalar and has no merge support of its
     * own, hence this code. The work counts against the alias-expansion budget: past it, merges
     * are left unexpanded and the document is reported as too large. False when \a n is unchanged.
     */
    bool expandMerges(YamlNode &n, const std::vector<MergeValue> &merges)
    {
        if (mergesTooLarge)
            return false;
        std::unordered_set<std::string_view> present; // keys written here, then keys merged
        for (std::size_t i = 0; i < n.size(); ++i) {
            if (n.keyAt(i)->kind == YamlNode::Kind::Scalar && !isMergeKey(n.keyAt(i)))
                present.insert(n.keyAt(i)->value);
        }
        std::vector<const YamlNode *> out;
        out.reserve(n.children.size());
        const std::uint64_t budget = std::max<std::uint64_t>(
            m_limits.minExpandedNodes, m_limits.expansionFactor * std::uint64_t(m_shard.nodes.size()));
        auto mergeFrom = [&](const YamlNode *source) {
            m_mergeWork = saturatingAdd(m_mergeWork, source->children.size());
            if (m_mergeWork > budget) {
                mergesTooLarge = true;
                return;
            }
            for (std::size_t i = 0; i < source->size(); ++i) {
                const YamlNode *k = source->keyAt(i);
                // A key that is not a scalar cannot be compared: it is merged as it is.
                if (k->kind == YamlNode::Kind::Scalar && !present.insert(k->value).second)
                    continue;
                out.push_back(k);
                out.push_back(source->valueAt(i));
            }
        };
        auto reportNotMapping = [&](Written at, const YamlNode *key) {
            Diagnostic d;
            d.severity = Severity::Error;
            d.code = QStringLiteral("yaml.merge-not-mapping");
            d.message = mergeValueText();
            // An empty value (`<<:` alone) has no text of its own: underline its key.
            d.range = at.end > at.start ? m_doc.range(at.start, at.end) : m_doc.range(key);
            diagnostics.append(d);
        };
        std::size_t next = 0;
        for (std::size_t i = 0; i < n.size() && !mergesTooLarge; ++i) {
            if (next == merges.size() || merges[next].pair != i) {
                out.push_back(n.keyAt(i));
                out.push_back(n.valueAt(i));
                continue;
            }
            const MergeValue &merge = merges[next++];
            const YamlNode *value = n.valueAt(i);
            if (value->isMapping()) {
                mergeFrom(value);
            } else if (value->isSequence()) {
                for (std::size_t j = 0; j < value->size() && !mergesTooLarge; ++j) {
                    const YamlNode *item = value->item(j);
                    if (item->isMapping())
                        mergeFrom(item);
                    else if (merge.itemsAt.size() == value->size())
                        reportNotMapping(merge.itemsAt[j], n.keyAt(i));
                    else // the list is an alias: its items are written where it is
                        reportNotMapping(Written{item->startByte, item->endByte}, n.keyAt(i));
                }
            } else {
                reportNotMapping(merge.at, n.keyAt(i));
            }
        }
        if (mergesTooLarge)
            return false;
        auto **kids =
            static_cast<const YamlNode **>(m_shard.allocate(out.size() * sizeof(YamlNode *), alignof(YamlNode *)));
        std::copy(out.begin(), out.end(), kids);
        n.children = std::span<const YamlNode *const>(kids, out.size());
        std::uint64_t size = 1;
        for (const YamlNode *c : out)
            size = saturatingAdd(size, c->expandedSize);
        n.expandedSize = size;
        mergedMappings.push_back(&n);
        return true;
    }

    const YamlDocument &m_doc;
    YamlDocument::Shard &m_shard;
    std::size_t m_base; // where the part this builder sees starts in the whole text
    std::vector<Frame> m_stack;
    std::vector<const YamlNode *> m_pending; // children of the open collections, innermost last
    std::vector<const YamlNode *> m_anchors;
    std::size_t m_lastAt;
    std::uint64_t m_events = 0;
    std::uint64_t m_eventBudget;
    const ParseLimits &m_limits;
    std::uint64_t m_mergeWork = 0;                      // pairs looked at by expandMerges()
    std::unordered_set<const YamlNode *> m_mergeTagged; // scalars tagged `!!merge`
    const YamlNode *m_closedMergeList = nullptr;        // the list of a merge key just closed …
    std::vector<Written> m_closedItemsAt;               // … and where its items are written
    int m_documents = 0;
    int m_lastDocumentStart = -1;
};

YamlDocument::PartResult YamlDocument::parsePart(std::size_t begin, std::size_t end, Shard &shard,
                                                 const ParseLimits &limits) const
{
    PartResult r;
    const std::string &text = m_text;
    MemoryBuffer buffer(text.data() + begin, text.data() + end);
    std::istream in(&buffer);
    const std::uint64_t bytes = end - begin;
    const std::uint64_t eventBudget = bytes > (std::numeric_limits<std::uint64_t>::max() - limits.minEvents) /
                                                  std::max<std::uint64_t>(1, limits.eventsPerByte)
                                          ? std::numeric_limits<std::uint64_t>::max()
                                          : limits.eventsPerByte * bytes + limits.minEvents;
    YamlBuilder builder(*this, shard, begin, eventBudget, limits);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
            ++r.documents;
            if (r.documents == 1) {
                r.root = builder.documentRoot;
            } else if (r.documents == 2) {
                Diagnostic d;
                d.code = QStringLiteral("yaml.multiple-documents");
                d.message = severalDocumentsText();
                const std::size_t at = builder.documentRoot ? builder.documentRoot->startByte : begin;
                d.range = range(at, at);
                const std::size_t sep = text.rfind("---", at);
                if (sep != std::string::npos && sep >= begin)
                    d.range = range(sep, sep + 3);
                r.diagnostics.append(d);
            }
        }
    } catch (const ParseStalled &stalled) {
        r.ok = false;
        r.root = nullptr;
        // The empty documents of the loop are not the author's: no "several documents" for them.
        r.diagnostics.removeIf([](const Diagnostic &d) { return d.code == QLatin1String("yaml.multiple-documents"); });
        Diagnostic d;
        d.code = QStringLiteral("yaml.syntax");
        d.message = stalled.overBudget ? eventFloodText().arg(QString::number(eventBudget), QString::number(bytes))
                                       : syntaxErrorText().arg(strayTextText());
        d.range = range(stalled.at, std::min(stalled.at + 1, text.size()));
        r.diagnostics.append(d);
    } catch (const YAML::DeepRecursion &e) {
        r.ok = false;
        Diagnostic d;
        d.code = QStringLiteral("yaml.too-deep");
        d.message = tooDeepText().arg(e.depth() > 0 ? e.depth() : 500);
        const std::size_t at = e.mark.pos >= 0 ? begin + std::size_t(e.mark.pos) : begin;
        d.range = range(at, at + 1);
        r.diagnostics.append(d);
        r.root = nullptr;
    } catch (const YAML::Exception &e) {
        r.ok = false;
        Diagnostic d;
        d.code = QStringLiteral("yaml.syntax");
        QString msg = QString::fromStdString(e.msg);
        if (!msg.isEmpty())
            msg[0] = msg[0].toUpper();
        d.message = syntaxErrorText().arg(msg);
        std::size_t at = begin;
        if (e.mark.pos >= 0) {
            at = std::min(begin + std::size_t(e.mark.pos), text.size());
        } else if (e.mark.line >= 0) {
            const std::size_t line = std::size_t(position(begin).line) + std::size_t(e.mark.line);
            if (line < m_lines.lineCount())
                at = m_lines.lineStart(line) + std::size_t(std::max(0, e.mark.column));
        }
        d.range = range(at, std::min(at + 1, text.size()));
        // yaml-cpp names what it missed where it noticed ("end of map not found" on the line after
        // a mis-indented one): the line that causes it, in plain words, when it can be told.
        if (const std::optional<SyntaxHint> hint = explainSyntaxError(text, begin, at)) {
            d.message = syntaxErrorText().arg(hint->message);
            d.range = range(hint->at, std::max(hint->at + 1, std::min(hint->end, text.size())));
        }
        r.diagnostics.append(d);
        // Keep what parsed of the first document out of analysis: a half-built tree misleads the rules.
        r.root = nullptr;
    }
    r.diagnostics += builder.diagnostics;
    r.mergedMappings = std::move(builder.mergedMappings);
    r.mergesTooLarge = builder.mergesTooLarge;
    return r;
}

} // namespace Signalbox::AsyncApi
