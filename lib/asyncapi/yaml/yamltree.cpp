// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamltree.h"

#include <asyncapi/lifetime.h>

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstring>
#include <future>
#include <istream>
#include <limits>
#include <sstream>
#include <streambuf>
#include <unordered_map>

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

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return a > std::numeric_limits<std::uint64_t>::max() - b ? std::numeric_limits<std::uint64_t>::max() : a + b;
}

/** Offset of the first byte that is not well-formed UTF-8, or npos. */
std::size_t firstInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        unsigned cp = c & (0xFF >> (len + 1));
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
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

bool isDigits(std::string_view s, std::size_t from, bool (*ok)(char))
{
    if (from >= s.size())
        return false;
    for (std::size_t i = from; i < s.size(); ++i) {
        if (!ok(s[i]))
            return false;
    }
    return true;
}

bool isDec(char c)
{
    return c >= '0' && c <= '9';
}
bool isOct(char c)
{
    return c >= '0' && c <= '7';
}
bool isHex(char c)
{
    return isDec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isCoreFloat(std::string_view s)
{
    // [-+]? ( \.[0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const std::string_view rest = s.substr(i);
    if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
        return true;
    if (i == 0 && (s == ".nan" || s == ".NaN" || s == ".NAN"))
        return true;
    std::size_t digits = 0;
    while (i < s.size() && isDec(s[i])) {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDec(s[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!isDigits(s.substr(0, s.size()), i, isDec))
            return false;
        return true;
    }
    return i == s.size();
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

constexpr std::size_t ParallelParseFrom = 256 * 1024;

/** Where to cut a big document in two parts that parse on their own. */
struct Cut
{
    std::size_t at = std::string::npos;
    /// False: at a top-level key, the parts' roots are merged. True: at a key of the last
    /// top-level key's block mapping, whose two halves are merged.
    bool nested = false;
    explicit operator bool() const { return at != std::string::npos; }
};

/**
 * Cuts a big block-mapping document near its middle: at a top-level key (a line starting in
 * column 0 that is not a comment, a sequence item or a marker) when one is near enough, else
 * inside the last top-level key's block mapping (often `components`, most of a big document).
 */
Cut findCut(const std::string &text)
{
    if (text.size() < ParallelParseFrom)
        return {};
    const std::size_t middle = text.size() / 2;
    std::size_t best = std::string::npos;
    std::size_t lastTop = std::string::npos;
    std::size_t lineStart = 0;
    while (lineStart < text.size()) {
        const char c = text[lineStart];
        if (c == '%' || c == '-' || c == '.' || c == '{' || c == '[' || c == '&' || c == '*' || c == '!' || c == '?' ||
            c == '|' || c == '>' || c == '"' || c == '\'')
            return {}; // directives, markers, flow, quoted or complex keys at the root: no cut
        const bool key = c != ' ' && c != '\t' && c != '#' && c != '\n' && c != '\r';
        if (key) {
            if (lastTop != std::string::npos &&
                (best == std::string::npos || (lineStart > middle ? lineStart - middle : middle - lineStart) <
                                                  (best > middle ? best - middle : middle - best)))
                best = lineStart;
            lastTop = lineStart;
        }
        const std::size_t nl = text.find('\n', lineStart);
        if (nl == std::string::npos)
            break;
        lineStart = nl + 1;
    }
    const auto offCentre = [&](std::size_t at) { return at > middle ? at - middle : middle - at; };
    if (best != std::string::npos && offCentre(best) < text.size() / 6)
        return Cut{best, false};
    if (lastTop == std::string::npos || lastTop > middle)
        return best != std::string::npos ? Cut{best, false} : Cut{};
    // Inside the last top-level key: its children's lines share one indentation.
    std::size_t line = text.find('\n', lastTop);
    if (line == std::string::npos)
        return {};
    ++line;
    std::size_t indent = 0;
    while (line + indent < text.size() && text[line + indent] == ' ')
        ++indent;
    if (indent == 0 || line + indent >= text.size())
        return {};
    const char first = text[line + indent];
    if (first == '-' || first == '#' || first == '{' || first == '[' || first == '\n' || first == '\r' ||
        first == '&' || first == '*' || first == '!' || first == '?' || first == '"' || first == '\'')
        return {};
    std::size_t nested = std::string::npos;
    for (std::size_t at = line; at < text.size();) {
        std::size_t sp = 0;
        while (at + sp < text.size() && text[at + sp] == ' ')
            ++sp;
        const char c = at + sp < text.size() ? text[at + sp] : '\n';
        if (sp == indent && c != '#' && c != '\n' && c != '\r' && c != '-' && at > line) {
            if (nested == std::string::npos || offCentre(at) < offCentre(nested))
                nested = at;
            else if (at > middle)
                break;
        }
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            break;
        at = nl + 1;
    }
    if (nested != std::string::npos && offCentre(nested) < offCentre(best == std::string::npos ? 0 : best))
        return Cut{nested, true};
    return best != std::string::npos ? Cut{best, false} : Cut{};
}

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

YamlNode::ScalarType YamlNode::scalarType() const
{
    if (kind == Kind::Null)
        return ScalarType::Null;
    if (kind != Kind::Scalar)
        return ScalarType::String;
    switch (tag) {
    case Tag::None:
        break;
    case Tag::Int:
        return ScalarType::Int;
    case Tag::Float:
        return ScalarType::Float;
    case Tag::Bool:
        return ScalarType::Bool;
    case Tag::Null:
        return ScalarType::Null;
    case Tag::Str:
    case Tag::Other:
        return ScalarType::String;
    }
    if (!plain)
        return ScalarType::String;
    return plainScalarType(value);
}

YamlNode::ScalarType plainScalarType(std::string_view s)
{
    using ScalarType = YamlNode::ScalarType;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return ScalarType::Null;
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
        return ScalarType::Bool;
    const char c0 = s[0];
    if (isDec(c0) || c0 == '-' || c0 == '+' || c0 == '.') {
        const std::size_t sign = (c0 == '-' || c0 == '+') ? 1 : 0;
        if (isDigits(s, sign, isDec))
            return ScalarType::Int;
        if (sign == 0 && s.size() > 2 && s[0] == '0' && s[1] == 'o' && isDigits(s, 2, isOct))
            return ScalarType::Int;
        if (sign == 0 && s.size() > 2 && s[0] == '0' && s[1] == 'x' && isDigits(s, 2, isHex))
            return ScalarType::Int;
        if (isCoreFloat(s))
            return ScalarType::Float;
    }
    return ScalarType::String;
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

struct YamlDocument::PartResult
{
    const YamlNode *root = nullptr;
    int documents = 0;
    bool ok = true;
    Diagnostics diagnostics;
};

/** Thrown by YamlBuilder to stop a parse that does not progress (see YamlBuilder::step()). */
struct ParseStalled
{
    std::size_t at;   ///< Byte offset (in the whole text) of the last event seen.
    bool overBudget;  ///< True: too many events; false: a document started where the previous one did.
};

/** Builds our positioned tree from yaml-cpp's parser events. */
class YamlBuilder final : public YAML::EventHandler
{
public:
    YamlBuilder(const YamlDocument &doc, YamlDocument::Shard &shard, std::size_t base, std::uint64_t eventBudget)
        : m_doc(doc)
        , m_shard(shard)
        , m_base(base)
        , m_lastAt(base)
        , m_eventBudget(eventBudget)
    {}

    Diagnostics diagnostics;

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
            attach(&n, n.startByte);
            return;
        }
        std::size_t end = m_base + std::size_t(mark.pos) + 1;
        while (end < m_doc.m_text.size() && !isBreakOrFlow(m_doc.m_text[end]))
            ++end;
        attach(target, end);
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
        finish(n, anchor);
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

    struct Frame
    {
        YamlNode *node;
        YAML::anchor_t anchor;
        std::size_t firstChild; // in m_pending
        const YamlNode *pendingKey = nullptr;
        std::unique_ptr<std::unordered_map<std::string_view, const YamlNode *>> keys; // big mappings only
    };

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
        m_stack.push_back(Frame{&n, anchor, m_pending.size(), nullptr, nullptr});
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
        if (n.kind == YamlNode::Kind::Mapping && f.keys) {
            n.index = std::make_unique<std::unordered_map<std::string_view, std::uint32_t>>();
            n.index->reserve(f.keys->size());
            for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
                const YamlNode *k = n.children[i];
                if (k->kind == YamlNode::Kind::Scalar)
                    n.index->emplace(k->value, std::uint32_t(i / 2));
            }
        }
        if (n.children.empty()) {
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
        finish(n, f.anchor);
    }

    void finish(YamlNode &n, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor) {
            if (m_anchors.size() <= anchor)
                m_anchors.resize(anchor + 1, nullptr);
            m_anchors[anchor] = &n;
        }
        attach(&n, n.endByte);
    }

    void attach(const YamlNode *child, std::size_t childEnd)
    {
        if (m_stack.empty()) {
            documentRoot = child;
            return;
        }
        Frame &f = m_stack.back();
        YamlNode &parent = *f.node;
        m_pending.push_back(child);
        parent.expandedSize = saturatingAdd(parent.expandedSize, child->expandedSize);
        parent.endByte = std::max(parent.endByte, std::uint32_t(childEnd));
        if (parent.kind != YamlNode::Kind::Mapping)
            return;
        if (f.pendingKey) {
            f.pendingKey = nullptr;
            return;
        }
        f.pendingKey = child;
        if (child->kind != YamlNode::Kind::Scalar)
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
            if (k->kind == YamlNode::Kind::Scalar && k->value == child->value) {
                reportDuplicate(child, k);
                break;
            }
        }
        if (pairs > IndexThreshold) {
            // Big mapping: switch to a hash of its keys (first occurrence wins).
            f.keys = std::make_unique<std::unordered_map<std::string_view, const YamlNode *>>();
            for (std::size_t i = f.firstChild; i < m_pending.size(); i += 2) {
                if (m_pending[i]->kind == YamlNode::Kind::Scalar)
                    f.keys->emplace(m_pending[i]->value, m_pending[i]);
            }
        }
    }

    void reportDuplicate(const YamlNode *key, const YamlNode *first)
    {
        diagnostics.append(duplicateKeyDiagnostic(m_doc, key, first));
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
    int m_documents = 0;
    int m_lastDocumentStart = -1;
};

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
        doc->m_lineStarts = {0};
        doc->m_lineStartsUtf16 = {0};
        doc->m_asciiLine = {true};
        doc->m_checkpointsUtf16 = {0};
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

    // Line index: byte and UTF-16 offsets of every line start, and UTF-16 checkpoints.
    doc->m_lineStarts.reserve(text.size() / 24 + 2);
    doc->m_lineStarts.push_back(0);
    doc->m_lineStartsUtf16.push_back(0);
    doc->m_checkpointsUtf16.reserve(text.size() / CheckpointBytes + 2);
    qsizetype units = 0;
    bool ascii = true;
    for (std::size_t block = 0; block < text.size(); block += CheckpointBytes) {
        doc->m_checkpointsUtf16.push_back(units);
        const std::size_t blockEnd = std::min(block + CheckpointBytes, text.size());
        for (std::size_t i = block; i < blockEnd; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80) {
                ++units;
                if (c == '\n') {
                    doc->m_asciiLine.push_back(ascii);
                    doc->m_lineStarts.push_back(i + 1);
                    doc->m_lineStartsUtf16.push_back(units);
                    ascii = true;
                }
            } else {
                ascii = false;
                if ((c & 0xC0) != 0x80)
                    units += (c & 0xF8) == 0xF0 ? 2 : 1;
            }
        }
    }
    if (text.size() % CheckpointBytes == 0)
        doc->m_checkpointsUtf16.push_back(units); // the end of the text has one too
    doc->m_asciiLine.push_back(ascii);

    if (invalidAt != std::string_view::npos) {
        Diagnostic d;
        d.code = QStringLiteral("yaml.invalid-utf8");
        d.message = invalidUtf8Text().arg(QString::number(invalidByte, 16).toUpper().rightJustified(2, QLatin1Char('0')));
        // The replacement character is three bytes long in the text as parsed.
        d.range = doc->range(invalidOffset, std::min(invalidOffset + 3, text.size()));
        doc->m_diagnostics.append(d);
    }

    // A big block mapping is parsed in two parts on two threads, split at a top-level key, and
    // the parts' roots merged. Anything unusual (directives, several documents, an error, an
    // alias to an anchor of the other part) falls back to one sequential parse.
    bool done = false;
    if (const Cut cut = limits.parallel ? findCut(text) : Cut{}) {
        auto first = std::make_unique<Shard>();
        auto second = std::make_unique<Shard>();
        std::future<PartResult> secondPart =
            std::async(std::launch::async, [&] { return doc->parsePart(cut.at, text.size(), *second, limits); });
        PartResult a = doc->parsePart(0, cut.at, *first, limits);
        PartResult b = secondPart.get();
        bool ok = a.ok && b.ok && a.documents == 1 && b.documents == 1 && a.root && b.root && a.root->isMapping() &&
                  b.root->isMapping();
        auto *root = const_cast<YamlNode *>(a.root);
        YamlNode *target = root; // the mapping that takes the second part's pairs
        if (ok && cut.nested) {
            const YamlNode *last = root->children.empty() ? nullptr : root->children.back();
            ok = last && last->isMapping();
            target = const_cast<YamlNode *>(last);
        }
        if (ok) {
            const std::size_t before = target->children.size();
            const std::size_t count = before + b.root->children.size();
            auto **kids =
                static_cast<const YamlNode **>(first->allocate(count * sizeof(YamlNode *), alignof(YamlNode *)));
            std::copy(target->children.begin(), target->children.end(), kids);
            std::copy(b.root->children.begin(), b.root->children.end(), kids + before);
            target->children = std::span<const YamlNode *const>(kids, count);
            target->endByte = std::max(target->endByte, b.root->endByte);
            target->expandedSize = saturatingAdd(target->expandedSize, b.root->expandedSize - 1);
            if (target != root) {
                root->endByte = std::max(root->endByte, b.root->endByte);
                root->expandedSize = saturatingAdd(root->expandedSize, b.root->expandedSize - 1);
            }
            std::unordered_map<std::string_view, const YamlNode *> seen;
            for (std::size_t i = 0; i + 1 < count; i += 2) {
                if (kids[i]->kind != YamlNode::Kind::Scalar)
                    continue;
                if (auto [it, inserted] = seen.emplace(kids[i]->value, kids[i]); !inserted && i >= before)
                    a.diagnostics.append(duplicateKeyDiagnostic(*doc, kids[i], it->second));
            }
            target->index.reset();
            if (count / 2 > 16) {
                target->index = std::make_unique<std::unordered_map<std::string_view, std::uint32_t>>();
                for (std::size_t i = 0; i + 1 < count; i += 2) {
                    if (kids[i]->kind == YamlNode::Kind::Scalar)
                        target->index->emplace(kids[i]->value, std::uint32_t(i / 2));
                }
            }
            // The second part's root is now an empty shell: drop it (it is its shard's first node;
            // a deque keeps the other nodes where they are).
            if (!second->nodes.empty() && &second->nodes.front() == b.root)
                second->nodes.pop_front();
            doc->m_shards.push_back(std::move(first));
            doc->m_shards.push_back(std::move(second));
            doc->m_root = root;
            doc->m_documentCount = 1;
            doc->m_diagnostics += a.diagnostics;
            doc->m_diagnostics += b.diagnostics;
            done = true;
        }
    }
    if (!done) {
        auto shard = std::make_unique<Shard>();
        PartResult r = doc->parsePart(0, text.size(), *shard, limits);
        doc->m_shards.push_back(std::move(shard));
        doc->m_root = r.root;
        doc->m_documentCount = r.documents;
        doc->m_diagnostics += r.diagnostics;
    }

    if (doc->m_root) {
        const std::uint64_t budget =
            std::max<std::uint64_t>(limits.minExpandedNodes, limits.expansionFactor * doc->nodeCount());
        if (doc->m_root->expandedSize > budget) {
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

YamlDocument::PartResult YamlDocument::parsePart(std::size_t begin, std::size_t end, Shard &shard,
                                                 const ParseLimits &limits) const
{
    PartResult r;
    const std::string &text = m_text;
    MemoryBuffer buffer(text.data() + begin, text.data() + end);
    std::istream in(&buffer);
    const std::uint64_t bytes = end - begin;
    const std::uint64_t eventBudget =
        bytes > (std::numeric_limits<std::uint64_t>::max() - limits.minEvents) / std::max<std::uint64_t>(1, limits.eventsPerByte)
            ? std::numeric_limits<std::uint64_t>::max()
            : limits.eventsPerByte * bytes + limits.minEvents;
    YamlBuilder builder(*this, shard, begin, eventBudget);
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
            if (line < m_lineStarts.size())
                at = m_lineStarts[line] + std::size_t(std::max(0, e.mark.column));
        }
        d.range = range(at, std::min(at + 1, text.size()));
        r.diagnostics.append(d);
        // Keep what parsed of the first document out of analysis: a half-built tree misleads the rules.
        r.root = nullptr;
    }
    r.diagnostics += builder.diagnostics;
    return r;
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
    if (m_lineStarts.empty())
        return SourcePosition{0, 0, 0};
    byteOffset = std::min(byteOffset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const std::size_t line = std::size_t(it - m_lineStarts.begin()) - 1;
    const std::size_t lineStart = m_lineStarts[line];
    const qsizetype column = m_asciiLine[line] ? qsizetype(byteOffset - lineStart)
                                               : utf16Offset(byteOffset, line) - m_lineStartsUtf16[line];
    return SourcePosition{int(line), int(column), m_lineStartsUtf16[line] + column};
}

qsizetype YamlDocument::utf16Offset(std::size_t byteOffset, std::size_t line) const
{
    // From the nearer of the line start and the last checkpoint: at most CheckpointBytes to scan.
    std::size_t from = byteOffset / CheckpointBytes * CheckpointBytes;
    qsizetype units = 0;
    if (from <= m_lineStarts[line] || from / CheckpointBytes >= m_checkpointsUtf16.size()) {
        from = m_lineStarts[line];
        units = m_lineStartsUtf16[line];
    } else {
        units = m_checkpointsUtf16[from / CheckpointBytes];
    }
    for (std::size_t i = from; i < byteOffset; ++i) {
        const auto c = static_cast<unsigned char>(m_text[i]);
        if ((c & 0xC0) != 0x80)
            units += (c & 0xF8) == 0xF0 ? 2 : 1;
    }
    return units;
}

SourceRange YamlDocument::range(std::size_t startByte, std::size_t endByte) const
{
    return SourceRange{position(startByte), position(std::max(startByte, endByte))};
}

std::size_t YamlDocument::byteOffset(const SourcePosition &position) const
{
    if (position.line < 0 || std::size_t(position.line) >= m_lineStarts.size())
        return 0;
    const auto line = std::size_t(position.line);
    std::size_t at = m_lineStarts[line];
    if (m_asciiLine[line])
        return std::min(at + std::size_t(std::max(0, position.column)), m_text.size());
    const qsizetype target = m_lineStartsUtf16[line] + std::max(0, position.column);
    qsizetype units = m_lineStartsUtf16[line];
    // Start from the last checkpoint inside the line that is not past the target.
    const std::size_t firstInLine = (at + CheckpointBytes - 1) / CheckpointBytes;
    if (firstInLine < m_checkpointsUtf16.size()) {
        const auto begin = m_checkpointsUtf16.begin() + std::ptrdiff_t(firstInLine);
        const auto it = std::upper_bound(begin, m_checkpointsUtf16.end(), target);
        if (it != begin) {
            const auto k = std::size_t(it - m_checkpointsUtf16.begin()) - 1;
            at = k * CheckpointBytes;
            units = *(it - 1);
            while (at < m_text.size() && (static_cast<unsigned char>(m_text[at]) & 0xC0) == 0x80)
                ++at; // the rest of a character that started before the checkpoint
        }
    }
    while (units < target && at < m_text.size()) {
        const auto c = static_cast<unsigned char>(m_text[at]);
        const int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
        units += len == 4 ? 2 : 1;
        at += std::size_t(len);
    }
    return std::min(at, m_text.size());
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
