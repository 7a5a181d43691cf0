// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "converter.h"

#include <asyncapi/refs/documentset.h>
#include <asyncapi/yaml/reformat.h>
#include <asyncapi/yaml/scalars_p.h>
#include <asyncapi/yaml/yamltree.h>

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>

// Written by hand: no library edits YAML text while keeping its comments (yaml-cpp and the
// emitters write a tree anew). The converter reads the document with our positioned tree, and
// builds the result out of the author's own lines (moved and re-indented) and lines it writes.

namespace Signalbox::AsyncApi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::AsyncApi::Converter)
};

using Node = YamlNode;

/** The text cannot be edited in place (a merge key, a shape we do not rewrite): convert a plain copy. */
struct NeedsPlainCopy
{
    QString why;
};

/** Lines and columns of the source text. */
class Source
{
public:
    explicit Source(const std::string &text)
        : m_text(text)
    {
        m_lineStarts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\n')
                m_lineStarts.push_back(i + 1);
        }
    }

    const std::string &text() const { return m_text; }
    std::size_t lineOf(std::size_t byte) const
    {
        return std::size_t(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), byte) - m_lineStarts.begin()) - 1;
    }
    std::size_t lineStart(std::size_t line) const
    {
        return line < m_lineStarts.size() ? m_lineStarts[line] : m_text.size();
    }
    int column(std::size_t byte) const { return int(byte - lineStart(lineOf(byte))); }
    std::string_view raw(const Node *n) const
    {
        return std::string_view(m_text).substr(n->startByte, n->endByte - n->startByte);
    }
    bool isFlow(const Node *n) const
    {
        return (n->isMapping() || n->isSequence()) && n->startByte < m_text.size() &&
               (m_text[n->startByte] == '{' || m_text[n->startByte] == '[');
    }
    /** A block mapping or sequence with entries written in order where it stands (no merged pairs). */
    bool isBlock(const Node *n) const
    {
        if (!(n->isMapping() || n->isSequence()) || n->size() == 0 || isFlow(n))
            return false;
        std::size_t at = n->startByte;
        for (std::size_t i = 0; i < n->size(); ++i) {
            const Node *first = n->isMapping() ? n->keyAt(i) : n->item(i);
            if (first->startByte < at || first->startByte > n->endByte)
                return false; // merged from elsewhere
            at = first->startByte;
        }
        return true;
    }
    /** The last line \a n takes (a block scalar's or multi-line plain scalar's last text line). */
    std::size_t lastLine(const Node *n) const
    {
        const std::size_t byEnd = n->endByte > n->startByte ? lineOf(n->endByte - 1) : lineOf(n->startByte);
        if (isBlock(n)) // its last child holds its last line (the tree's end is a scalar's first line)
            return std::max(
                byEnd, n->isMapping() ? std::max(lastLine(n->keyAt(n->size() - 1)), lastLine(n->valueAt(n->size() - 1)))
                                      : lastLine(n->item(n->size() - 1)));
        const char first = n->startByte < m_text.size() ? m_text[n->startByte] : 0;
        if (!n->isScalar() ||
            !(first == '|' || first == '>' || (n->plain && n->value.find('\n') != std::string_view::npos)))
            return byEnd;
        // The lines below that are indented more than the line the scalar starts on.
        const std::size_t startLine = lineOf(n->startByte);
        const std::size_t base = lineIndent(startLine);
        std::size_t last = byEnd;
        for (std::size_t line = startLine + 1; line < m_lineStarts.size(); ++line) {
            const std::size_t from = lineStart(line);
            const std::size_t to = lineStart(line + 1);
            if (from >= m_text.size())
                break;
            const std::string_view text = std::string_view(m_text).substr(from, to - from);
            const std::size_t at = text.find_first_not_of(' ');
            if (at == std::string_view::npos || text[at] == '\n' || text[at] == '\r')
                continue; // blank: inside the block when more follows
            if (at <= base)
                break;
            last = line;
        }
        return last;
    }
    std::size_t lineIndent(std::size_t line) const
    {
        const std::size_t from = lineStart(line);
        std::size_t at = from;
        while (at < m_text.size() && m_text[at] == ' ')
            ++at;
        return at - from;
    }
    /** The text of lines [first, last]. */
    std::string lines(std::size_t first, std::size_t last) const
    {
        const std::size_t from = lineStart(first);
        const std::size_t to = lineStart(last + 1);
        std::string out = m_text.substr(from, to - from);
        if (!out.empty() && out.back() != '\n')
            out += '\n';
        return out;
    }

private:
    const std::string &m_text;
    std::vector<std::size_t> m_lineStarts;
};

/** \a block with every line's indentation moved by \a delta (blank lines left empty). */
std::string reindent(const std::string &block, int delta)
{
    if (delta == 0)
        return block;
    std::string out;
    out.reserve(block.size() + 64);
    std::size_t at = 0;
    while (at < block.size()) {
        std::size_t end = block.find('\n', at);
        end = end == std::string::npos ? block.size() : end + 1;
        std::string_view line(block.data() + at, end - at);
        const bool blank = line.find_first_not_of(" \t\r\n") == std::string_view::npos;
        if (!blank && delta > 0) {
            out.append(std::size_t(delta), ' ');
        } else if (!blank) {
            const std::size_t spaces = std::min(line.find_first_not_of(' '), std::size_t(-delta));
            line.remove_prefix(std::min(spaces, line.size()));
        }
        out.append(line);
        at = end;
    }
    return out;
}

std::string spaces(int n)
{
    return std::string(std::size_t(std::max(n, 0)), ' ');
}

/** A scalar as plain YAML when that reads back as the same string, else single-quoted. */
std::string yamlString(std::string_view s)
{
    return plainOrQuotedScalar(s);
}

/** A JSON pointer segment (`~0`, `~1`). */
std::string pointerSegment(std::string_view s)
{
    return escapePointerSegment(s);
}

/** A key for a component or a channel's message: what 3.x allows (`[A-Za-z0-9._-]`). */
std::string keyFrom(std::string_view s)
{
    std::string out;
    for (const char c : s)
        out += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_') ? c : '_';
    return out;
}

/** camelCase of \a words' alphanumeric runs, after \a prefix (e.g. receive + "user/signedup" → receiveUserSignedup). */
std::string camel(const std::string &prefix, std::string_view words)
{
    std::string out = prefix;
    bool upper = !prefix.empty();
    for (const char c : words) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upper = !out.empty();
            continue;
        }
        out += upper ? char(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out.empty() ? std::string("operation") : out;
}

std::string_view stringAt(const Node *m, std::string_view key)
{
    const Node *v = m && m->isMapping() ? m->get(key) : nullptr;
    return v && v->isScalar() ? v->value : std::string_view();
}

class Converter
{
public:
    Converter(const YamlDocument &doc, const ConvertOptions &options)
        : m_doc(doc)
        , m_src(doc.text())
        , m_options(options)
    {}

    std::string run()
    {
        const Node *root = m_doc.root();
        if (!root || !m_src.isBlock(root))
            throw NeedsPlainCopy{Tr::tr("the document is not a block mapping")};
        m_unit = detectUnit(root);
        collectComponents(root);
        m_root.prefix = "#/channels/";
        m_components.prefix = "#/components/channels/";
        std::set<std::string> operationKeys;
        planChannels(root->get("channels"), m_root, operationKeys);
        if (const Node *c = root->get("components"); c && c->isMapping()) {
            std::set<std::string> componentKeys;
            planChannels(c->get("channels"), m_components, componentKeys);
        }
        planReferredChannels(root->get("channels"), operationKeys);

        std::string out;
        std::string pendingInfo; // root tags and externalDocs, moved into info
        for (const char *key : {"tags", "externalDocs"}) {
            for (std::size_t i = 0; i < root->size(); ++i) {
                if (root->keyAt(i)->value == key)
                    pendingInfo += entryText(root, i, m_unit);
            }
        }
        bool wroteOperations = false;
        const bool hasInfo = root->get("info") != nullptr;
        for (std::size_t i = 0; i < root->size(); ++i) {
            const std::string_view key = root->keyAt(i)->value;
            if (key == "asyncapi") {
                out += leading(root, i) + std::string(m_src.raw(root->keyAt(i))) + ": " +
                       versionText(root->valueAt(i)) + trailingOf(root, i);
            } else if (key == "info") {
                out += leading(root, i) + keyLine(root, i) + rewriteMapping(root->valueAt(i), m_unit, {}, pendingInfo);
                pendingInfo.clear();
            } else if ((key == "tags" || key == "externalDocs") && hasInfo) {
                out += leading(root, i); // moved into info; the comments above stay here
            } else if (key == "servers") {
                out += leading(root, i) + keyLine(root, i) +
                       rewriteEach(root->valueAt(i), m_unit, [this](std::string_view, const Node *v, int indent) {
                           return serverText(v, indent);
                       });
            } else if (key == "channels" && (!root->valueAt(i)->isMapping() || root->valueAt(i)->size() == 0)) {
                out += root->valueAt(i)->isMapping()
                           ? entryText(root, i, 0)
                           : leading(root, i) + std::string(m_src.raw(root->keyAt(i))) + ": {}\n";
                wroteOperations = true;
            } else if (key == "channels") {
                out += leading(root, i) + keyLine(root, i) + channelsText(root->valueAt(i), m_unit, m_root);
                out += operationsText(m_root, 0);
                wroteOperations = true;
            } else if (key == "components") {
                out += leading(root, i) + keyLine(root, i) + componentsText(root->valueAt(i), m_unit);
            } else {
                out += entryText(root, i, 0);
            }
        }
        if (!wroteOperations)
            out += operationsText(m_root, 0);
        out += trailingComments(root);
        return followMovedReferences(out);
    }

private:
    struct PlannedMessage
    {
        std::string key;
        std::string body;     ///< its lines at the channel message's value indentation
        std::string identity; ///< what makes two the same one (a component reference)
    };
    struct PlannedOperation
    {
        std::string key;
        std::string channelKey; ///< the 2.x channel name
        std::string action;
        std::vector<std::string> messageKeys;
        const Node *source = nullptr; ///< the 2.x operation object
        std::string verb;             ///< publish or subscribe
        bool atRoot = false;          ///< a component channel's, written for each root channel referring to it instead
    };
    struct PlannedChannel
    {
        std::vector<PlannedMessage> messages;
    };
    /** The root's channels, or the components' (with their operations going to `components.operations`). */
    struct ChannelSet
    {
        std::string prefix; ///< `#/channels/` or `#/components/channels/`
        std::map<std::string, PlannedChannel> channels;
        std::vector<PlannedOperation> operations;
        std::map<std::string, std::string> moved; ///< channel name \0 verb → operation key
    };

    // ---- lines of entries --------------------------------------------------------------------

    int detectUnit(const Node *root) const
    {
        for (std::size_t i = 0; i < root->size(); ++i) {
            const Node *v = root->valueAt(i);
            if (v->isMapping() && m_src.isBlock(v)) {
                const int d = m_src.column(v->keyAt(0)->startByte) - m_src.column(root->keyAt(i)->startByte);
                if (d > 0)
                    return d;
            }
        }
        return 2;
    }

    int indentOf(const Node *m) const
    {
        return m_src.column(m->isMapping() ? m->keyAt(0)->startByte : m->item(0)->startByte);
    }

    std::size_t entryFirstLine(const Node *m, std::size_t i) const
    {
        if (i > 0)
            return entryLastLine(m, i - 1) + 1;
        // The first entry takes the comment lines right above it (below its parent's key).
        std::size_t line = m_src.lineOf(m->keyAt(0)->startByte);
        const std::size_t keyColumn = std::size_t(m_src.column(m->keyAt(0)->startByte));
        while (line > 0) {
            const std::size_t from = m_src.lineStart(line - 1);
            const std::string_view above = std::string_view(m_src.text()).substr(from, m_src.lineStart(line) - from);
            const std::size_t first = above.find_first_not_of(" \t\r\n");
            if (first != std::string_view::npos && (above[first] != '#' || first < keyColumn))
                break;
            --line;
        }
        return line;
    }
    std::size_t entryLastLine(const Node *m, std::size_t i) const
    {
        return std::max(m_src.lineOf(m->keyAt(i)->startByte), m_src.lastLine(m->valueAt(i)));
    }
    /** The first of the comment lines right above a block sequence's first item. */
    std::size_t entryCommentStart(const Node *list) const
    {
        std::size_t line = m_src.lineOf(list->item(0)->startByte);
        while (line > 0) {
            const std::string text = m_src.lines(line - 1, line - 1);
            const std::size_t at = text.find_first_not_of(" \t\r\n");
            if (at != std::string::npos && text[at] != '#')
                break;
            --line;
        }
        return line;
    }

    /** The comment and blank lines above entry \a i (they go with it). */
    std::string leading(const Node *m, std::size_t i) const
    {
        const std::size_t first = entryFirstLine(m, i);
        const std::size_t keyLine = m_src.lineOf(m->keyAt(i)->startByte);
        return keyLine > first ? m_src.lines(first, keyLine - 1) : std::string();
    }
    /** Entry \a i's lines (from the key, comments above included), re-indented to \a indent. */
    std::string entryText(const Node *m, std::size_t i, int indent) const
    {
        std::string text = m_src.lines(entryFirstLine(m, i), entryLastLine(m, i));
        // The first key of a sequence item shares its line with the `- `: that becomes spaces.
        const std::size_t keyByte = m->keyAt(i)->startByte;
        const std::size_t lineStart = m_src.lineStart(m_src.lineOf(keyByte));
        const std::size_t offset = lineStart - m_src.lineStart(entryFirstLine(m, i));
        for (std::size_t c = offset; c < offset + (keyByte - lineStart) && c < text.size(); ++c)
            text[c] = ' ';
        return reindent(text, indent - indentOf(m));
    }
    /** Entry \a i's key line up to its colon, and the line end: for a value written below it. */
    std::string keyLine(const Node *m, std::size_t i) const
    {
        const Node *key = m->keyAt(i);
        const std::size_t line = m_src.lineOf(key->startByte);
        const std::size_t valueStart = m->valueAt(i)->startByte;
        std::string text = m_src.lines(line, line);
        // `key: &anchor` or `key: # comment` keep what follows the key on its line; a value on
        // the same line (a flow collection) is written below by the caller.
        if (m_src.lineOf(valueStart) == line && !m->valueAt(i)->isNull()) {
            const std::size_t cut = valueStart - m_src.lineStart(line);
            text = text.substr(0, cut);
            while (!text.empty() && text.back() == ' ')
                text.pop_back();
            text += '\n';
        }
        return reindent(text, 0);
    }
    /** The rest of entry \a i's first line after its value (a comment), with the line end. */
    std::string trailingOf(const Node *m, std::size_t i) const
    {
        const Node *v = m->valueAt(i);
        const std::size_t lineEnd = m_src.lineStart(m_src.lineOf(v->endByte) + 1);
        std::string rest = m_src.text().substr(v->endByte, lineEnd - v->endByte);
        if (rest.empty() || rest.back() != '\n')
            rest += '\n';
        return rest;
    }
    /** Comment lines after the root's last entry. */
    std::string trailingComments(const Node *root) const
    {
        const std::size_t after = entryLastLine(root, root->size() - 1) + 1;
        std::string rest = m_src.text().substr(m_src.lineStart(after));
        if (!rest.empty() && rest.back() != '\n')
            rest += '\n';
        return rest;
    }

    /** The comment-only lines among lines [first, last], at \a indent. */
    std::string commentsIn(std::size_t first, std::size_t last, int indent) const
    {
        std::string out;
        for (std::size_t line = first; line <= last && first <= last; ++line) {
            const std::string text = m_src.lines(line, line);
            const std::size_t at = text.find_first_not_of(" \t");
            if (at != std::string::npos && text[at] == '#')
                out += spaces(indent) + text.substr(at);
        }
        return out;
    }

    /** A value written anew below its key at \a indent: block lines kept, anything else as block YAML. */
    std::string valueBelow(const Node *v, int indent) const
    {
        if (m_src.isBlock(v))
            return reindent(m_src.lines(m_src.lineOf(v->startByte), m_src.lastLine(v)), indent - indentOf(v));
        if (v->isScalar())
            return spaces(indent) + std::string(m_src.raw(v)) + '\n';
        return reindent(blockYamlOf(v) + '\n', indent);
    }
    /** `key: value` at \a indent, the value as written when a scalar or flow, else below. */
    std::string member(const std::string &key, const Node *v, int indent) const
    {
        if (v->isScalar() || (m_src.isFlow(v) && m_src.lineOf(v->startByte) == m_src.lastLine(v)))
            return spaces(indent) + key + ": " + std::string(m_src.raw(v)) + '\n';
        if (v->isNull())
            return spaces(indent) + key + ":\n";
        return spaces(indent) + key + ":\n" + valueBelow(v, indent + m_unit);
    }

    using Custom = std::function<std::optional<std::string>(std::string_view key, const Node *value, int indent)>;

    /**
     * Mapping \a m's entries at \a indent: each as written, unless \a custom writes it (an empty
     * string drops it; the comments above stay), then \a extra.
     */
    std::string rewriteMapping(const Node *m, int indent, const Custom &custom, const std::string &extra = {}) const
    {
        std::string out;
        if (m->isMapping() && m_src.isBlock(m)) {
            for (std::size_t i = 0; i < m->size(); ++i) {
                const std::optional<std::string> text =
                    custom ? custom(m->keyAt(i)->value, m->valueAt(i), indent) : std::nullopt;
                out += text ? reindent(leading(m, i), indent - indentOf(m)) + *text : entryText(m, i, indent);
            }
        } else if (m->isMapping() && !m_src.isFlow(m) && m->size() > 0) {
            throw NeedsPlainCopy{Tr::tr("a mapping holds merged keys")};
        } else if (m->isMapping()) {
            for (std::size_t i = 0; i < m->size(); ++i) {
                const std::string key(m_src.raw(m->keyAt(i)));
                const std::optional<std::string> text =
                    custom ? custom(m->keyAt(i)->value, m->valueAt(i), indent) : std::nullopt;
                out += text ? *text : member(key, m->valueAt(i), indent);
            }
        } else if (!m->isNull()) {
            throw NeedsPlainCopy{Tr::tr("a part of the document is not the object the specification asks for")};
        }
        return out + reindent(extra, indent - m_unit);
    }

    /**
     * Mapping \a m of named objects at \a indent: each written by \a each (nullopt: as written;
     * \a planned: by channelText()).
     */
    template<typename Each> std::string rewriteEach(const Node *m, int indent, Each each) const
    {
        return rewriteMapping(
            m, indent, [&](std::string_view key, const Node *v, int at) -> std::optional<std::string> {
                std::optional<std::string> body = each(key, v, at + m_unit);
                if (!body)
                    return std::nullopt;
                // Nothing left (a parameter whose schema had nothing to lift): an
                // empty object, not null.
                bool empty = true; // comment lines are not content
                for (std::size_t at = 0; empty && at < body->size();) {
                    const std::size_t eol = body->find('\n', at);
                    const std::size_t first = body->find_first_not_of(' ', at);
                    empty = first == std::string::npos || first >= eol || (*body)[first] == '#';
                    at = eol == std::string::npos ? body->size() : eol + 1;
                }
                return spaces(at) + std::string(m_src.raw(keyNode(m, key))) + (empty ? ": {}\n" : ":\n") + *body;
            });
    }

    static const Node *keyNode(const Node *m, std::string_view key) { return m->keyOf(key); }

    // ---- pieces --------------------------------------------------------------------------------

    std::string versionText(const Node *v) const
    {
        const std::string version = m_options.target == ConvertOptions::Target::V3_1 ? "3.1.0" : "3.0.0";
        const std::string_view raw = m_src.raw(v);
        const char quote = raw.empty() ? 0 : raw.front();
        return quote == '\'' || quote == '"' ? std::string(1, quote) + version + quote : version;
    }

    /** A 2.x server at \a indent: `url` as `host` and `pathname`, security as references. */
    std::optional<std::string> serverText(const Node *server, int indent) const
    {
        if (server->get("$ref"))
            return std::nullopt;
        return rewriteMapping(
            server, indent, [this](std::string_view key, const Node *v, int at) -> std::optional<std::string> {
                if (key == "url" && v->isScalar()) {
                    std::string url(v->value);
                    if (const std::size_t scheme = url.find("://"); scheme != std::string::npos)
                        url = url.substr(scheme + 3);
                    const std::size_t slash = url.find('/');
                    std::string out = spaces(at) + "host: " + sameQuoting(v, url.substr(0, slash)) + '\n';
                    if (slash != std::string::npos && slash + 1 < url.size())
                        out += spaces(at) + "pathname: " + sameQuoting(v, url.substr(slash)) + '\n';
                    return out;
                }
                if (key == "security")
                    return securityText(v, at);
                if (key == "bindings" && v->isMapping())
                    return bindingsText(v, at, BindingKind::Server);
                return std::nullopt;
            });
    }

    enum class BindingKind { Server, Channel, Operation, Message };

    /**
     * `bindings:` at \a indent, upgraded where 3.0 no longer takes what 2.x bindings wrote: an
     * older `bindingVersion` becomes the oldest 3.0 takes (http 0.2.0, kafka and amqp 0.3.0), an
     * http operation loses `type`, an amqp one `replyTo`, and a kafka `groupId` or `clientId`
     * written as text becomes the schema of that one value.
     */
    std::string bindingsText(const Node *bindings, int indent, BindingKind kind) const
    {
        return spaces(indent) + "bindings:\n" +
               rewriteEach(
                   bindings, indent + m_unit,
                   [this, kind](std::string_view protocol, const Node *b, int at) -> std::optional<std::string> {
                       if (!b->isMapping() || b->get("$ref"))
                           return std::nullopt;
                       const std::string upgrade = protocol == "http"                          ? "0.2.0"
                                                   : protocol == "kafka" || protocol == "amqp" ? "0.3.0"
                                                                                               : "";
                       const std::string_view version = stringAt(b, "bindingVersion");
                       const bool old = !upgrade.empty() && !version.empty() && version < std::string_view(upgrade);
                       std::string body = rewriteMapping(
                           b, at,
                           [&, old, upgrade](std::string_view key, const Node *v,
                                             int vat) -> std::optional<std::string> {
                               if (key == "bindingVersion" && old)
                                   return spaces(vat) + "bindingVersion: " + sameQuoting(v, upgrade) + '\n';
                               if (kind == BindingKind::Operation && protocol == "http" && key == "type")
                                   return std::string();
                               if (kind == BindingKind::Operation && protocol == "amqp" && key == "replyTo")
                                   return std::string();
                               if (kind == BindingKind::Operation && protocol == "kafka" &&
                                   (key == "groupId" || key == "clientId") && v->isScalar())
                                   return spaces(vat) + std::string(key) + ":\n" + spaces(vat + m_unit) +
                                          "type: string\n" + spaces(vat + m_unit) + "enum:\n" +
                                          spaces(vat + 2 * m_unit) + "- " + std::string(m_src.raw(v)) + '\n';
                               return std::nullopt;
                           });
                       if (body.find_first_not_of(" \n") == std::string::npos)
                           body = spaces(at) + "{}\n"; // nothing left of it: an empty binding
                       return body;
                   });
    }

    /** \a s written with \a like's quotes (plain when it was plain and \a s can be). */
    std::string sameQuoting(const Node *like, const std::string &s) const { return scalarLike(m_src.raw(like), s); }

    /** `security:` with each requirement as a reference to its scheme (or the scheme with its scopes). */
    std::string securityText(const Node *list, int indent) const
    {
        std::string out = spaces(indent) + "security:\n";
        if (!list->isSequence())
            return out;
        indent += m_unit;     // the items, one step in
        if (list->size() > 0) // comments above the first requirement stay above it
            out += commentsIn(m_src.lineOf(list->startByte) > 0 ? entryCommentStart(list) : 0,
                              m_src.lineOf(list->item(0)->startByte) - 1, indent);
        for (const Node *requirement : list->children) {
            if (!requirement->isMapping())
                continue;
            for (std::size_t k = 0; k < requirement->size(); ++k) {
                const std::string name(requirement->keyAt(k)->value);
                const Node *scopes = requirement->valueAt(k);
                const Node *scheme = m_schemes.count(name) ? m_schemes.at(name) : nullptr;
                if (scheme && scopes->isSequence() && scopes->size() > 0) {
                    std::string body = schemeText(scheme, indent + 2);
                    body += member("scopes", scopes, indent + 2);
                    body.replace(std::size_t(indent), 2, "- "); // the first line starts the item
                    out += body;
                } else {
                    out += spaces(indent) + "- $ref: '#/components/securitySchemes/" + pointerSegment(name) + "'\n";
                }
            }
        }
        return out;
    }

    /** A security scheme at \a indent: oauth2 flows' `scopes` become `availableScopes`. */
    std::string schemeText(const Node *scheme, int indent) const
    {
        return rewriteMapping(scheme, indent,
                              [this](std::string_view key, const Node *flows, int at) -> std::optional<std::string> {
                                  if (key != "flows" || !flows->isMapping())
                                      return std::nullopt;
                                  return spaces(at) + "flows:\n" + flowsText(flows, at + m_unit);
                              });
    }

    std::string flowsText(const Node *flows, int indent) const
    {
        return rewriteMapping(
            flows, indent, [this](std::string_view name, const Node *flow, int at) -> std::optional<std::string> {
                if (!flow->isMapping())
                    return std::nullopt;
                return spaces(at) + std::string(name) + ":\n" +
                       rewriteMapping(
                           flow, at + m_unit,
                           [this](std::string_view key, const Node *v, int fat) -> std::optional<std::string> {
                               return key == "scopes" ? std::optional<std::string>(member("availableScopes", v, fat))
                                                      : std::nullopt;
                           });
            });
    }

    /** A 2.x parameter at \a indent: `enum`, `default` and `examples` lifted out of its schema (as strings). */
    std::optional<std::string> parameterText(const Node *parameter, int indent) const
    {
        if (parameter->get("$ref"))
            return std::nullopt;
        return rewriteMapping(parameter, indent,
                              [this](std::string_view key, const Node *schema, int at) -> std::optional<std::string> {
                                  if (key != "schema")
                                      return std::nullopt;
                                  std::string out;
                                  if (!schema->isMapping())
                                      return out;
                                  if (const Node *values = schema->get("enum"); values && values->isSequence()) {
                                      out += spaces(at) + "enum:\n";
                                      for (const Node *v : values->children)
                                          out += spaces(at + m_unit) + "- " + stringValue(v) + '\n';
                                  }
                                  if (const Node *d = schema->get("default"); d && d->isScalar())
                                      out += spaces(at) + "default: " + stringValue(d) + '\n';
                                  if (const Node *values = schema->get("examples"); values && values->isSequence()) {
                                      out += spaces(at) + "examples:\n";
                                      for (const Node *v : values->children)
                                          out += spaces(at + m_unit) + "- " + stringValue(v) + '\n';
                                  }
                                  return out;
                              });
    }

    /** A scalar as a YAML string: as written when it is one, else its text quoted. */
    std::string stringValue(const Node *v) const
    {
        if (v->isScalar() && v->isString())
            return std::string(m_src.raw(v));
        if (v->isScalar())
            return "'" + std::string(v->value) + "'";
        return "''";
    }

    /** A message at \a indent: no `messageId`; a non-default `schemaFormat` wraps the payload. */
    std::string messageText(const Node *message, int indent) const
    {
        // 3.0 has no message `schemaFormat`: it goes into the payload (a multi-format schema), or
        // away when it names the default.
        const std::string_view format = stringAt(message, "schemaFormat");
        const bool wrap = !format.empty() && format.rfind("application/vnd.aai.asyncapi", 0) != 0;
        return rewriteMapping(
            message, indent,
            [this, wrap, message](std::string_view key, const Node *v, int at) -> std::optional<std::string> {
                if (key == "bindings" && v->isMapping())
                    return bindingsText(v, at, BindingKind::Message);
                if (key == "traits" && v->isSequence())
                    return traitsText(v, at, BindingKind::Message);
                if (key == "messageId")
                    return std::string();
                if (key == "schemaFormat")
                    return std::string();
                if (wrap && key == "payload")
                    return spaces(at) + "payload:\n" + spaces(at + m_unit) +
                           "schemaFormat: " + std::string(m_src.raw(message->get("schemaFormat"))) + '\n' +
                           member("schema", v, at + m_unit);
                return std::nullopt;
            });
    }

    /** A `traits:` list at \a indent: inline traits get their bindings upgraded (see bindingsText()). */
    std::string traitsText(const Node *list, int indent, BindingKind kind) const
    {
        std::string out = spaces(indent) + "traits:\n";
        for (const Node *trait : list->children) {
            if (!trait->isMapping() || trait->size() == 0) {
                out += spaces(indent + m_unit) + "- " + std::string(m_src.raw(trait)) + '\n';
                continue;
            }
            std::string body =
                rewriteMapping(trait, indent + 2 * m_unit,
                               [this, kind](std::string_view k, const Node *v, int at) -> std::optional<std::string> {
                                   if (k == "bindings" && v->isMapping())
                                       return bindingsText(v, at, kind);
                                   return std::nullopt;
                               });
            const std::size_t first = body.find_first_not_of(' ');
            if (first != std::string::npos && first >= 2)
                body.replace(first - 2, 2, "- ");
            out += body;
        }
        return out;
    }

    // ---- channels and operations ---------------------------------------------------------------

    void collectComponents(const Node *root)
    {
        if (const Node *c = root->get("components"); c && c->isMapping()) {
            if (const Node *s = c->get("securitySchemes"); s && s->isMapping()) {
                for (std::size_t i = 0; i < s->size(); ++i)
                    m_schemes[std::string(s->keyAt(i)->value)] = s->valueAt(i);
            }
        }
    }

    bool receives(std::string_view verb) const
    {
        const bool publish = verb == "publish";
        return m_options.pointOfView == ConvertOptions::PointOfView::Application ? publish : !publish;
    }

    void planChannels(const Node *channels, ChannelSet &set, std::set<std::string> &operationKeys)
    {
        if (!channels || !channels->isMapping())
            return;
        for (std::size_t c = 0; c < channels->size(); ++c) {
            const std::string name(channels->keyAt(c)->value);
            const Node *channel = channels->valueAt(c);
            PlannedChannel &planned = set.channels[name];
            if (!channel->isMapping())
                continue;
            for (const char *verb : {"publish", "subscribe"}) {
                const Node *op = channel->get(verb);
                if (!op || !op->isMapping())
                    continue;
                PlannedOperation o;
                o.channelKey = name;
                o.source = op;
                o.verb = verb;
                o.action = receives(verb) ? "receive" : "send";
                const std::string id(stringAt(op, "operationId"));
                o.key = id.empty() ? camel(o.action, name) : id;
                if (const Node *message = op->get("message")) {
                    const Node *oneOf = message->isMapping() ? message->get("oneOf") : nullptr;
                    if (oneOf && oneOf->isSequence()) {
                        // Comments above `oneOf` go with the first message.
                        const std::size_t keyLine = m_src.lineOf(op->keyOf("message")->startByte);
                        const std::size_t oneOfLine = m_src.lineOf(message->keyOf("oneOf")->startByte);
                        const std::string comments = oneOfLine > keyLine + 1
                                                         ? commentsIn(keyLine + 1, oneOfLine - 1, m_unit * 4)
                                                         : std::string();
                        for (std::size_t i = 0; i < oneOf->size(); ++i)
                            o.messageKeys.push_back(planMessage(planned, oneOf->item(i), o.key, int(i) + 1,
                                                                i == 0 ? comments : std::string()));
                    } else {
                        o.messageKeys.push_back(planMessage(planned, message, o.key, 0));
                    }
                }
                // Without an operationId: named after what it does with its one message (receiveLightMeasured).
                if (id.empty() && o.messageKeys.size() == 1 && o.messageKeys.front().rfind(o.key, 0) != 0)
                    o.key = camel(o.action, o.messageKeys.front());
                const std::string base = o.key;
                for (int n = 2; operationKeys.count(o.key); ++n)
                    o.key = base + std::to_string(n);
                operationKeys.insert(o.key);
                set.moved[name + '\0' + verb] = o.key;
                set.operations.push_back(std::move(o));
            }
        }
    }

    /**
     * A root channel that is a reference to a component channel: that channel's address is the
     * root channel's name (when only one refers to it), and its operations, which go to
     * `components.operations`, are the application's: root operations refer to them.
     */
    void planReferredChannels(const Node *channels, std::set<std::string> &operationKeys)
    {
        if (!channels || !channels->isMapping())
            return;
        static const std::string_view prefix = "#/components/channels/";
        std::map<std::string, std::vector<std::string>> referrers; // component channel → root names
        for (std::size_t c = 0; c < channels->size(); ++c) {
            const std::string_view ref =
                channels->valueAt(c)->isMapping() ? stringAt(channels->valueAt(c), "$ref") : std::string_view();
            const auto path = ref.rfind(prefix, 0) == 0 ? DocumentSet::decodePointer(ref.substr(1)) : std::nullopt;
            if (path && path->size() == 3)
                referrers[path->back()].push_back(std::string(channels->keyAt(c)->value));
        }
        // Several root channels with different 2.x names (addresses): it has none of its own.
        for (const auto &[component, names] : referrers)
            m_componentAddress[component] =
                names.size() == 1 ? std::optional<std::string>(names.front()) : std::nullopt;
        // A root operation must name a root channel (3.0): each referring channel gets its own,
        // whose messages are reached through the reference.
        for (PlannedOperation &o : m_components.operations) {
            const auto found = referrers.find(o.channelKey);
            if (found == referrers.end())
                continue;
            o.atRoot = true;
            for (const std::string &name : found->second) {
                PlannedOperation copy = o;
                copy.channelKey = name;
                for (int n = 2; operationKeys.count(copy.key); ++n)
                    copy.key = o.key + std::to_string(n);
                operationKeys.insert(copy.key);
                copy.atRoot = false;
                m_root.operations.push_back(std::move(copy));
            }
        }
    }

    /** Plans \a message into \a channel's messages; its key. */
    std::string planMessage(PlannedChannel &channel, const Node *message, const std::string &operation, int item,
                            const std::string &comments = {})
    {
        const int bodyIndent = m_unit * 4; // channels: name: messages: key: body
        PlannedMessage m;
        const std::string_view ref = stringAt(message, "$ref");
        if (!ref.empty()) {
            static const std::string_view components = "#/components/messages/";
            m.key = ref.rfind(components, 0) == 0 ? keyFrom(ref.substr(components.size()))
                                                  : keyFrom(ref.substr(ref.find_last_of("/#") + 1));
            m.identity = std::string(ref);
            m.body = spaces(bodyIndent) + "$ref: " + std::string(m_src.raw(message->get("$ref"))) + '\n';
        } else {
            std::string_view id = stringAt(message, "messageId");
            if (id.empty())
                id = stringAt(message, "name");
            m.key = !id.empty() ? keyFrom(id) : operation + "Message" + (item > 0 ? std::to_string(item) : "");
            m.body = messageText(message, bodyIndent);
        }
        m.body = comments + m.body;
        for (const PlannedMessage &known : channel.messages) {
            if (!m.identity.empty() && known.identity == m.identity)
                return known.key; // publish and subscribe of the same component message: one message
        }
        std::string key = m.key;
        for (int n = 2; std::any_of(channel.messages.begin(), channel.messages.end(),
                                    [&key](const PlannedMessage &k) { return k.key == key; });
             ++n)
            key = m.key + std::to_string(n);
        m.key = key;
        channel.messages.push_back(m);
        return key;
    }

    std::string channelsText(const Node *channels, int indent, const ChannelSet &set) const
    {
        return rewriteEach(channels, indent, [this, &set, channels](std::string_view name, const Node *v, int at) {
            return std::optional<std::string>(channelText(set, channels->keyOf(name), v, at));
        });
    }

    /** A 2.x channel at \a indent: its address, its messages; its operations leave for `operations`. */
    std::string channelText(const ChannelSet &set, const Node *key, const Node *channel, int indent) const
    {
        const std::string name(key->value);
        if (channel->isMapping() && channel->get("$ref"))
            return rewriteMapping(channel, indent, {});
        const auto found = set.channels.find(name);
        std::string messages;
        if (found != set.channels.end() && !found->second.messages.empty()) {
            messages = spaces(indent) + "messages:\n";
            for (const PlannedMessage &m : found->second.messages)
                messages += spaces(indent + m_unit) + yamlString(m.key) + ":\n" +
                            reindent(m.body, indent + 2 * m_unit - m_unit * 4);
        }
        const auto referred = &set == &m_components ? m_componentAddress.find(name) : m_componentAddress.end();
        const std::string address = spaces(indent) + "address: " +
                                    (referred == m_componentAddress.end() ? sameQuoting(key, name)
                                     : referred->second                   ? yamlString(*referred->second)
                                                                          : std::string("null")) +
                                    '\n';
        bool messagesWritten = false;
        std::string body = rewriteMapping(
            channel, indent, [&](std::string_view key, const Node *v, int at) -> std::optional<std::string> {
                if (key == "publish" || key == "subscribe") {
                    if (messagesWritten)
                        return std::string();
                    messagesWritten = true;
                    return messages;
                }
                if (key == "bindings" && v->isMapping())
                    return bindingsText(v, at, BindingKind::Channel);
                if (key == "servers" && v->isSequence()) {
                    std::string out = spaces(at) + "servers:\n";
                    for (const Node *s : v->children)
                        out += spaces(at + m_unit) + "- $ref: '#/servers/" + pointerSegment(s->value) + "'\n";
                    return out;
                }
                if (key == "parameters" && v->isMapping())
                    return spaces(at) + "parameters:\n" +
                           rewriteEach(v, at + m_unit, [this](std::string_view, const Node *p, int pat) {
                               return parameterText(p, pat);
                           });
                return std::nullopt;
            });
        if (!messagesWritten)
            body += messages;
        return address + body;
    }

    /** `operations:` at \a indent with \a set's operations. */
    std::string operationsText(const ChannelSet &set, int indent) const
    {
        if (std::all_of(set.operations.cbegin(), set.operations.cend(), [](const auto &o) { return o.atRoot; }))
            return {};
        std::string out = spaces(indent) + "operations:\n";
        const int at = indent + m_unit;
        for (const PlannedOperation &o : set.operations) {
            if (o.atRoot)
                continue;
            const std::string channelRef = set.prefix + pointerSegment(o.channelKey);
            out += spaces(at) + yamlString(o.key) + ":\n";
            out += spaces(at + m_unit) + "action: " + o.action + '\n';
            out +=
                spaces(at + m_unit) + "channel:\n" + spaces(at + 2 * m_unit) + "$ref: " + yamlString(channelRef) + '\n';
            if (!o.messageKeys.empty()) {
                out += spaces(at + m_unit) + "messages:\n";
                for (const std::string &k : o.messageKeys)
                    out += spaces(at + 2 * m_unit) +
                           "- $ref: " + yamlString(channelRef + "/messages/" + pointerSegment(k)) + '\n';
            }
            out += rewriteMapping(o.source, at + m_unit,
                                  [this](std::string_view key, const Node *v, int oat) -> std::optional<std::string> {
                                      if (key == "operationId" || key == "message")
                                          return std::string();
                                      if (key == "security")
                                          return securityText(v, oat);
                                      if (key == "bindings" && v->isMapping())
                                          return bindingsText(v, oat, BindingKind::Operation);
                                      if (key == "traits" && v->isSequence())
                                          return traitsText(v, oat, BindingKind::Operation);
                                      return std::nullopt;
                                  });
        }
        return out;
    }

    std::string componentsText(const Node *components, int indent) const
    {
        return rewriteMapping(
            components, indent,
            [this](std::string_view key, const Node *v, int at) -> std::optional<std::string> {
                if (!v->isMapping())
                    return std::nullopt;
                if (key == "channels")
                    return spaces(at) + "channels:\n" + channelsText(v, at + m_unit, m_components);
                if (key == "messages")
                    return spaces(at) + "messages:\n" +
                           rewriteEach(v, at + m_unit,
                                       [this](std::string_view, const Node *m, int mat) -> std::optional<std::string> {
                                           if (m->get("$ref"))
                                               return std::nullopt;
                                           return messageText(m, mat);
                                       });
                if (key == "parameters")
                    return spaces(at) + "parameters:\n" +
                           rewriteEach(v, at + m_unit, [this](std::string_view, const Node *p, int pat) {
                               return parameterText(p, pat);
                           });
                if (key == "securitySchemes")
                    return spaces(at) + "securitySchemes:\n" +
                           rewriteEach(v, at + m_unit,
                                       [this](std::string_view, const Node *s, int sat) -> std::optional<std::string> {
                                           if (s->get("$ref"))
                                               return std::nullopt;
                                           return schemeText(s, sat);
                                       });
                if (key == "operationTraits" || key == "messageTraits") {
                    const std::string drop = key == "operationTraits" ? "operationId" : "messageId";
                    return spaces(at) + std::string(key) + ":\n" +
                           rewriteEach(
                               v, at + m_unit,
                               [this, drop](std::string_view, const Node *t, int tat) -> std::optional<std::string> {
                                   if (!t->isMapping() || t->get("$ref"))
                                       return std::nullopt;
                                   const BindingKind kind =
                                       drop == "operationId" ? BindingKind::Operation : BindingKind::Message;
                                   return rewriteMapping(t, tat,
                                                         [this, drop, kind](std::string_view k, const Node *tv,
                                                                            int kat) -> std::optional<std::string> {
                                                             if (k == drop)
                                                                 return std::string();
                                                             if (k == "bindings" && tv->isMapping())
                                                                 return bindingsText(tv, kat, kind);
                                                             return std::nullopt;
                                                         });
                               });
                }
                if (key == "servers")
                    return spaces(at) + "servers:\n" +
                           rewriteEach(v, at + m_unit,
                                       [this](std::string_view, const Node *s, int sat) { return serverText(s, sat); });
                return std::nullopt;
            },
            operationsText(m_components, m_unit));
    }

    // ---- references into moved parts -----------------------------------------------------------

    /** `$ref`s to a 2.x operation or its message follow them to their 3.x places. */
    std::string followMovedReferences(std::string text) const
    {
        for (const ChannelSet *set : {&m_root, &m_components}) {
            if (set->moved.empty())
                continue;
            std::string out;
            std::size_t at = 0;
            while (true) {
                const std::size_t hit = text.find(set->prefix, at);
                if (hit == std::string::npos)
                    break;
                std::size_t end = hit + set->prefix.size();
                while (end < text.size() && text[end] != '\'' && text[end] != '"' && text[end] != '\n' &&
                       text[end] != ' ')
                    ++end;
                const std::string pointer = text.substr(hit + set->prefix.size(), end - hit - set->prefix.size());
                out += text.substr(at, hit - at) + set->prefix + movedPointer(*set, pointer);
                at = end;
            }
            text = out + text.substr(at);
        }
        return text;
    }

    /** `name/publish/message[/oneOf/N]…` → `name/messages/key…` (as written otherwise). */
    std::string movedPointer(const ChannelSet &set, const std::string &pointer) const
    {
        for (const char *verb : {"/publish", "/subscribe"}) {
            const std::size_t v = pointer.find(verb);
            if (v == std::string::npos)
                continue;
            const std::string encoded = pointer.substr(0, v);
            const auto name = DocumentSet::decodePointer("/" + encoded);
            if (!name || name->size() != 1)
                return pointer;
            const auto op = set.moved.find(name->front() + '\0' + std::string(verb + 1));
            if (op == set.moved.end())
                continue;
            std::string rest = pointer.substr(v + std::strlen(verb));
            if (rest.rfind("/message", 0) != 0)
                return pointer; // the operation itself: not the channel's any more, left as written
            rest = rest.substr(std::strlen("/message"));
            std::size_t item = 0;
            if (rest.rfind("/oneOf/", 0) == 0) {
                const std::size_t digits = rest.find('/', 7);
                item = std::size_t(std::atoi(rest.substr(7, digits - 7).c_str()));
                rest = digits == std::string::npos ? std::string() : rest.substr(digits);
            }
            for (const PlannedOperation &o : set.operations) {
                if (o.key == op->second && item < o.messageKeys.size())
                    return encoded + "/messages/" + pointerSegment(o.messageKeys[item]) + rest;
            }
            return pointer;
        }
        return pointer;
    }

    const YamlDocument &m_doc;
    Source m_src;
    ConvertOptions m_options;
    int m_unit = 2;
    std::map<std::string, const Node *> m_schemes;
    ChannelSet m_root;
    ChannelSet m_components;
    /// Component channel → the root name referring to it (none when several do).
    std::map<std::string, std::optional<std::string>> m_componentAddress;
};

/**
 * 3.0 → 3.1: the version, and each operation's message references to component messages
 * pointed at the message of its channel that refers to the same component (edited in place).
 */
std::string upgrade30(const YamlDocument &doc, QStringList *notes)
{
    const Node *root = doc.root();
    std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::string>> edits; // [start, end) → text
    const Source src(doc.text());
    auto quoted = [&src](const Node *like, const std::string &value) { // as the author quoted it
        return scalarLike(src.raw(like), value);
    };
    const Node *version = root->get("asyncapi");
    edits.push_back({{version->startByte, version->endByte}, quoted(version, "3.1.0")});
    const Node *channels = root->get("channels");
    const Node *operations = root->get("operations");
    for (std::size_t i = 0; operations && operations->isMapping() && i < operations->size(); ++i) {
        const Node *op = operations->valueAt(i);
        const std::string_view channelRef =
            op->isMapping() && op->get("channel") ? op->get("channel")->stringAt("$ref") : std::string_view();
        const Node *messages = op->isMapping() ? op->get("messages") : nullptr;
        if (!messages || !messages->isSequence() || channelRef.rfind("#/channels/", 0) != 0 || !channels)
            continue;
        const auto path = DocumentSet::decodePointer(channelRef.substr(1)); // "/channels/<key>"
        const Node *channel =
            path && path->size() == 2 && channels->isMapping() ? channels->get(path->back()) : nullptr;
        const Node *channelMessages = channel && channel->isMapping() ? channel->get("messages") : nullptr;
        for (const Node *item : messages->children) {
            const Node *ref = item->isMapping() ? item->get("$ref") : nullptr;
            if (!ref || !ref->isScalar() || ref->value.rfind("#/components/messages/", 0) != 0)
                continue;
            std::string key;
            for (std::size_t m = 0; channelMessages && channelMessages->isMapping() && m < channelMessages->size();
                 ++m) {
                if (channelMessages->valueAt(m)->isMapping() &&
                    channelMessages->valueAt(m)->stringAt("$ref") == ref->value)
                    key = std::string(channelMessages->keyAt(m)->value);
            }
            if (key.empty()) {
                notes->append(
                    Tr::tr("Operation %1 sends or receives %2, which its channel does not list: left as written.")
                        .arg(QString::fromStdString(std::string(operations->keyAt(i)->value)),
                             QString::fromStdString(std::string(ref->value))));
                continue;
            }
            edits.push_back({{ref->startByte, ref->endByte},
                             quoted(ref, std::string(channelRef) + "/messages/" + pointerSegment(key))});
        }
    }
    std::sort(edits.begin(), edits.end(), [](const auto &a, const auto &b) { return a.first.first > b.first.first; });
    std::string text = doc.text();
    for (const auto &[range, replacement] : edits)
        text.replace(range.first, range.second - range.first, replacement);
    return text;
}

} // namespace

ConvertResult convertDocument(const QByteArray &utf8, const ConvertOptions &options)
{
    ConvertResult result;
    auto doc = YamlDocument::parse(utf8);
    if (!doc->root() || !doc->root()->isMapping()) {
        result.error = Tr::tr("The document does not parse as a YAML or JSON object.");
        return result;
    }
    const std::string version(doc->root()->stringAt("asyncapi"));
    const bool json = !utf8.trimmed().isEmpty() && utf8.trimmed().front() == '{';
    if (version.rfind("3.0", 0) == 0 && options.target == ConvertOptions::Target::V3_1) {
        QByteArray text = QByteArray::fromStdString(upgrade30(*doc, &result.notes));
        result.text = json ? reformatToJson(*YamlDocument::parse(text)).toUtf8() : text;
        return result;
    }
    if (version.rfind("2.", 0) != 0) {
        result.error = Tr::tr("Only AsyncAPI 2.x documents, and 3.0 ones to 3.1, are converted (this one says %1).")
                           .arg(version.empty() ? Tr::tr("no version") : QString::fromStdString(version));
        return result;
    }
    std::shared_ptr<const YamlDocument> source = doc;
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            Converter converter(*source, options);
            const std::string out = converter.run();
            QByteArray text = QByteArray::fromStdString(out);
            if (json) {
                const auto converted = YamlDocument::parse(text);
                text = reformatToJson(*converted).toUtf8();
            }
            result.text = text;
            return result;
        } catch (const NeedsPlainCopy &why) {
            if (attempt == 1) {
                result.error = why.why;
                return result;
            }
            if (!json)
                result.notes.append(
                    Tr::tr("Written anew as plain block YAML (comments and anchors are not kept): %1.").arg(why.why));
            source = YamlDocument::parse(reformatToYaml(*doc).toUtf8());
        }
    }
    return result;
}

} // namespace Signalbox::AsyncApi
