// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamltree.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <sstream>
#include <unordered_map>

namespace Signalbox::AsyncApi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Signalbox::Yaml", text);
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
    if (node.plain && node.value.find('\n') == std::string_view::npos
        && std::string_view(text).substr(start, node.value.size()) == node.value)
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

bool isDec(char c) { return c >= '0' && c <= '9'; }
bool isOct(char c) { return c >= '0' && c <= '7'; }
bool isHex(char c) { return isDec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

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
    const std::string_view s = value;
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

/** Builds our positioned tree from yaml-cpp's parser events. */
class YamlBuilder final : public YAML::EventHandler
{
public:
    explicit YamlBuilder(YamlDocument &doc)
        : m_doc(doc)
    {
    }

    const YamlNode *documentRoot = nullptr;

    void OnDocumentStart(const YAML::Mark &) override { documentRoot = nullptr; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
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
        const YamlNode *target = anchor < m_anchors.size() ? m_anchors[anchor] : nullptr;
        if (!target) {
            YamlNode &n = newNode(YamlNode::Kind::Null, mark);
            attach(&n, n.startByte);
            return;
        }
        std::size_t end = std::size_t(mark.pos) + 1;
        while (end < m_doc.m_text.size() && !isBreakOrFlow(m_doc.m_text[end]))
            ++end;
        attach(target, end);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
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
        open(YamlNode::Kind::Sequence, mark, tag, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(YamlNode::Kind::Mapping, mark, tag, anchor);
    }
    void OnMapEnd() override { close(); }

private:
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
        char *p = static_cast<char *>(m_doc.allocate(value.size(), 1));
        std::memcpy(p, value.data(), value.size());
        return {p, value.size()};
    }

    YamlNode &newNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        YamlNode &n = m_doc.m_nodes.emplace_back();
        n.kind = kind;
        n.startByte = mark.pos >= 0 ? std::uint32_t(std::min(std::size_t(mark.pos), m_doc.m_text.size())) : 0;
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
            auto **kids = static_cast<const YamlNode **>(m_doc.allocate(count * sizeof(YamlNode *), alignof(YamlNode *)));
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
        } else if (n.startByte < m_doc.m_text.size()
                   && (m_doc.m_text[n.startByte] == '{' || m_doc.m_text[n.startByte] == '[')) {
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
        Diagnostic d;
        d.severity = Severity::Error;
        d.code = QStringLiteral("yaml.duplicate-key");
        d.message = tr("Duplicate key '%1' (first defined on line %2); only one of them can be used")
                        .arg(key->text())
                        .arg(m_doc.position(first->startByte).line + 1);
        d.range = m_doc.range(key);
        m_doc.m_diagnostics.append(d);
    }

    YamlDocument &m_doc;
    std::vector<Frame> m_stack;
    std::vector<const YamlNode *> m_pending; // children of the open collections, innermost last
    std::vector<const YamlNode *> m_anchors;
};

std::shared_ptr<const YamlDocument> YamlDocument::parse(const QByteArray &utf8, const QString &fileName,
                                                        const ParseLimits &limits)
{
    std::shared_ptr<YamlDocument> doc(new YamlDocument);
    doc->m_fileName = fileName;
    if (utf8.size() > std::min<qsizetype>(limits.maxBytes, std::numeric_limits<std::uint32_t>::max() - 1)) {
        Diagnostic d;
        d.code = QStringLiteral("document.too-large");
        d.message = tr("The file is too large to analyse (%1 MB; the limit is %2 MB)")
                        .arg(double(utf8.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(double(limits.maxBytes) / (1024.0 * 1024.0), 0, 'f', 0);
        d.range.start = d.range.end = SourcePosition{0, 0, 0};
        doc->m_lineStarts = {0};
        doc->m_lineStartsUtf16 = {0};
        doc->m_asciiLine = {true};
        doc->m_diagnostics.append(d);
        return doc;
    }

    qsizetype skip = 0;
    if (utf8.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
        doc->m_hadBom = true;
    }
    doc->m_text.assign(utf8.constData() + skip, std::size_t(utf8.size() - skip));
    const std::string &text = doc->m_text;

    // Line index: byte and UTF-16 offsets of every line start.
    doc->m_lineStarts.reserve(text.size() / 24 + 2);
    doc->m_lineStarts.push_back(0);
    doc->m_lineStartsUtf16.push_back(0);
    qsizetype units = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
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
    doc->m_asciiLine.push_back(ascii);

    if (const std::size_t bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        Diagnostic d;
        d.code = QStringLiteral("yaml.invalid-utf8");
        d.message = tr("The text is not valid UTF-8 (byte 0x%1)")
                        .arg(static_cast<unsigned char>(text[bad]), 2, 16, QLatin1Char('0'))
                        .toUpper()
                        .replace(QStringLiteral("0X"), QStringLiteral("0x"));
        d.range = doc->range(bad, bad + 1);
        doc->m_diagnostics.append(d);
    }

    std::istringstream in(text);
    YamlBuilder builder(*doc);
    try {
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
            ++doc->m_documentCount;
            if (doc->m_documentCount == 1) {
                doc->m_root = builder.documentRoot;
            } else if (doc->m_documentCount == 2) {
                Diagnostic d;
                d.code = QStringLiteral("yaml.multiple-documents");
                d.message = tr("The file holds several YAML documents; an AsyncAPI file must hold exactly one");
                const std::size_t at = builder.documentRoot ? builder.documentRoot->startByte : 0;
                d.range = doc->range(at, at);
                const std::size_t sep = text.rfind("---", at);
                if (sep != std::string::npos)
                    d.range = doc->range(sep, sep + 3);
                doc->m_diagnostics.append(d);
            }
        }
    } catch (const YAML::DeepRecursion &e) {
        Diagnostic d;
        d.code = QStringLiteral("yaml.too-deep");
        d.message = tr("The YAML is nested more than %1 levels deep").arg(e.depth() > 0 ? e.depth() : 500);
        const std::size_t at = e.mark.pos >= 0 ? std::size_t(e.mark.pos) : 0;
        d.range = doc->range(at, at + 1);
        doc->m_diagnostics.append(d);
        doc->m_root = nullptr;
    } catch (const YAML::Exception &e) {
        Diagnostic d;
        d.code = QStringLiteral("yaml.syntax");
        QString msg = QString::fromStdString(e.msg);
        if (!msg.isEmpty())
            msg[0] = msg[0].toUpper();
        d.message = tr("YAML syntax error: %1").arg(msg);
        std::size_t at = 0;
        if (e.mark.pos >= 0) {
            at = std::min(std::size_t(e.mark.pos), text.size());
        } else if (e.mark.line >= 0 && std::size_t(e.mark.line) < doc->m_lineStarts.size()) {
            at = doc->m_lineStarts[std::size_t(e.mark.line)] + std::size_t(std::max(0, e.mark.column));
        }
        d.range = doc->range(at, std::min(at + 1, text.size()));
        doc->m_diagnostics.append(d);
        // Keep what parsed of the first document out of analysis: a half-built tree misleads the rules.
        doc->m_root = nullptr;
    }

    if (doc->m_root) {
        const std::uint64_t budget =
            std::max<std::uint64_t>(limits.minExpandedNodes, limits.expansionFactor * doc->m_nodes.size());
        if (doc->m_root->expandedSize > budget) {
            doc->m_expansionTooLarge = true;
            Diagnostic d;
            d.code = QStringLiteral("yaml.alias-expansion");
            d.message = tr("Aliases expand this document beyond %1 nodes (an alias bomb?); it is not analysed further")
                            .arg(budget);
            d.range = doc->range(0, 0);
            doc->m_diagnostics.append(d);
        }
    }
    return doc;
}

void *YamlDocument::allocate(std::size_t bytes, std::size_t align)
{
    constexpr std::size_t BlockSize = 256 * 1024;
    std::size_t at = (m_blockUsed + align - 1) & ~(align - 1);
    if (m_blocks.empty() || at + bytes > m_blockSize) {
        m_blockSize = std::max(BlockSize, bytes);
        m_blocks.push_back(std::unique_ptr<char[]>(new char[m_blockSize])); // not zeroed
        at = 0;
    }
    m_blockUsed = at + bytes;
    return m_blocks.back().get() + at;
}

SourcePosition YamlDocument::position(std::size_t byteOffset) const
{
    if (m_lineStarts.empty())
        return SourcePosition{0, 0, 0};
    byteOffset = std::min(byteOffset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byteOffset);
    const std::size_t line = std::size_t(it - m_lineStarts.begin()) - 1;
    const std::size_t lineStart = m_lineStarts[line];
    qsizetype column = 0;
    if (m_asciiLine[line]) {
        column = qsizetype(byteOffset - lineStart);
    } else {
        for (std::size_t i = lineStart; i < byteOffset; ++i) {
            const auto c = static_cast<unsigned char>(m_text[i]);
            if ((c & 0xC0) != 0x80)
                column += (c & 0xF8) == 0xF0 ? 2 : 1;
        }
    }
    return SourcePosition{int(line), int(column), m_lineStartsUtf16[line] + column};
}

SourceRange YamlDocument::range(std::size_t startByte, std::size_t endByte) const
{
    return SourceRange{position(startByte), position(std::max(startByte, endByte))};
}

SourceRange YamlDocument::headRange(const YamlNode *node) const
{
    if (!node || node->isScalar() || node->isNull())
        return range(node);
    const std::size_t eol = m_text.find('\n', node->startByte);
    return range(node->startByte, std::min<std::size_t>(node->endByte, eol == std::string::npos ? m_text.size() : eol));
}

SourceRange YamlDocument::range(const YamlNode *node) const
{
    if (!node)
        return SourceRange{position(0), position(0)};
    return range(node->startByte, node->endByte);
}

} // namespace Signalbox::AsyncApi
