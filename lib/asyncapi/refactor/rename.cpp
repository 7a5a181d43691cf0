// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "rename.h"

#include <asyncapi/convert/linediff.h>
#include <asyncapi/yaml/scalars_p.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <unordered_set>

namespace Signalbox::AsyncApi {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::AsyncApi::Rename)
};

using Path = std::vector<std::string>;

int majorOf(const DocumentSet &set)
{
    const YamlNode *root = set.main() ? set.main()->root() : nullptr;
    const std::string_view v = root && root->isMapping() ? root->stringAt("asyncapi") : std::string_view();
    return v.empty() ? 3 : v.front() - '0';
}

bool isChannelPart(const Path &p, std::size_t at, std::string_view part)
{
    return p.size() == at + 4 && p[at] == "channels" && p[at + 2] == part;
}

/** What kind of name \a p is: for the rules a new name follows. */
enum class NameKind { Component, Parameter, Free };

NameKind kindOf(const Path &p)
{
    if (p.size() == 1 && p.front() != "channels" && p.front() != "operations" && p.front() != "servers")
        return NameKind::Component; // a top-level key of a file of shared fragments
    if (isChannelPart(p, 0, "parameters") || isChannelPart(p, 1, "parameters") ||
        (p.size() == 3 && p[1] == "parameters"))
        return NameKind::Parameter;
    if (p.front() == "components")
        return NameKind::Component;
    return NameKind::Free;
}

} // namespace

bool isFragmentFile(const DocumentSet &set, const YamlDocument *doc)
{
    const YamlNode *root = doc ? doc->root() : nullptr;
    return doc != set.main() && root && root->isMapping() && !root->get("asyncapi");
}

namespace {

/** The text \a node was written as (quotes included). */
std::string_view rawOf(const YamlDocument *doc, const YamlNode *node)
{
    return std::string_view(doc->text()).substr(node->startByte, node->endByte - node->startByte);
}

/** The node at \a path (no reference followed), and the mapping that holds it. */
std::pair<const YamlNode *, const YamlNode *> walkTo(const YamlDocument *doc, const Path &path)
{
    const YamlNode *parent = nullptr;
    const YamlNode *node = doc->root();
    for (const std::string &segment : path) {
        if (!node || !node->isMapping())
            return {};
        parent = node;
        node = node->get(segment);
    }
    return {node, parent};
}

/** Every `$ref` string of \a doc (each node once, aliases and merge keys notwithstanding), in text order. */
std::vector<const YamlNode *> referencesIn(const YamlDocument *doc)
{
    std::vector<const YamlNode *> out;
    std::unordered_set<const YamlNode *> seen;
    std::vector<const YamlNode *> stack;
    if (doc->root())
        stack.push_back(doc->root());
    while (!stack.empty()) {
        const YamlNode *n = stack.back();
        stack.pop_back();
        if (!seen.insert(n).second)
            continue;
        if (n->isMapping()) {
            for (std::size_t i = 0; i < n->size(); ++i) {
                const YamlNode *v = n->valueAt(i);
                if (n->keyAt(i)->value == "$ref" && v->isScalar())
                    out.push_back(v);
                else if (v->isMapping() || v->isSequence())
                    stack.push_back(v);
            }
        } else if (n->isSequence()) {
            for (const YamlNode *item : n->children)
                stack.push_back(item);
        }
    }
    std::sort(out.begin(), out.end(), [](const YamlNode *a, const YamlNode *b) { return a->startByte < b->startByte; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

/** The scalars of 2.x that name \a element by its name (a channel's servers, security requirements). */
void namesIn2x(const YamlDocument *doc, const Path &element, std::vector<const YamlNode *> &out)
{
    const bool server = element.size() == 2 && element[0] == "servers";
    const bool scheme = element.size() == 3 && element[0] == "components" && element[1] == "securitySchemes";
    const YamlNode *root = doc->root();
    if ((!server && !scheme) || !root || !root->isMapping())
        return;
    const std::string &name = element.back();
    auto mapping = [](const YamlNode *n, std::string_view key) {
        const YamlNode *v = n && n->isMapping() ? n->get(key) : nullptr;
        return v && v->isMapping() ? v : nullptr;
    };
    auto eachValue = [](const YamlNode *m, auto f) {
        for (std::size_t i = 0; m && i < m->size(); ++i)
            f(m->valueAt(i));
    };
    // Only where 2.x names them (not in examples, whose data may hold the same words).
    auto serversOf = [&](const YamlNode *channel) {
        const YamlNode *list = channel && channel->isMapping() ? channel->get("servers") : nullptr;
        for (std::size_t i = 0; list && list->isSequence() && i < list->size(); ++i) {
            if (list->item(i)->isScalar() && list->item(i)->value == name)
                out.push_back(list->item(i));
        }
    };
    auto requirementsOf = [&](const YamlNode *owner) {
        const YamlNode *list = owner && owner->isMapping() ? owner->get("security") : nullptr;
        for (std::size_t i = 0; list && list->isSequence() && i < list->size(); ++i) {
            const YamlNode *requirement = list->item(i);
            if (const YamlNode *k = requirement->isMapping() ? requirement->keyOf(name) : nullptr)
                out.push_back(k);
        }
    };
    auto operationsOf = [&](const YamlNode *channel) {
        for (const char *verb : {"publish", "subscribe"}) {
            const YamlNode *op = mapping(channel, verb);
            requirementsOf(op);
            const YamlNode *traits = op ? op->get("traits") : nullptr;
            for (std::size_t i = 0; traits && traits->isSequence() && i < traits->size(); ++i)
                requirementsOf(traits->item(i));
        }
    };
    const YamlNode *components = mapping(root, "components");
    for (const YamlNode *channels : {mapping(root, "channels"), mapping(components, "channels")}) {
        eachValue(channels, [&](const YamlNode *channel) {
            if (server)
                serversOf(channel);
            else
                operationsOf(channel);
        });
    }
    if (scheme) {
        eachValue(mapping(root, "servers"), requirementsOf);
        eachValue(mapping(components, "servers"), requirementsOf);
        eachValue(mapping(components, "operationTraits"), requirementsOf);
    }
    std::sort(out.begin(), out.end(), [](const YamlNode *a, const YamlNode *b) { return a->startByte < b->startByte; });
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

/**
 * \a name as a JSON pointer segment inside a reference, percent-encoding the characters that
 * \a like (the segment it replaces) had percent-encoded, and `%` and `#` always: so that renaming
 * back gives the reference as it was written.
 */
std::string encodedSegment(std::string_view name, std::string_view like)
{
    std::set<char> encoded{'%', '#'};
    bool nonAscii = false; // a multi-byte character is encoded whole, never one byte of it
    for (std::size_t i = 0; i + 2 < like.size(); ++i) {
        if (like[i] == '%') {
            const QByteArray byte = QByteArray::fromHex(QByteArray(like.data() + i + 1, 2));
            if (byte.size() == 1 && static_cast<unsigned char>(byte.front()) >= 0x80)
                nonAscii = true;
            else if (byte.size() == 1)
                encoded.insert(byte.front());
        }
    }
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else if (encoded.count(c) || (nonAscii && u >= 0x80)) {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out;
}

/** \a ref with its fragment's segment number \a index (1-based) renamed to \a name. */
std::string renamedReference(std::string_view ref, std::size_t index, std::string_view name)
{
    const std::size_t hash = ref.find('#');
    std::string out(ref.substr(0, hash + 1));
    const std::string_view fragment = ref.substr(hash + 1);
    std::size_t at = 0;
    for (std::size_t segment = 0; at <= fragment.size(); ++segment) {
        const std::size_t slash = fragment.find('/', at);
        const std::string_view raw =
            fragment.substr(at, slash == std::string_view::npos ? std::string_view::npos : slash - at);
        if (segment > 0)
            out += '/';
        out += segment == index ? encodedSegment(name, raw) : std::string(raw);
        if (slash == std::string_view::npos)
            break;
        at = slash + 1;
    }
    return out;
}

/** The edit that makes scalar \a node of \a doc hold \a newValue, written in its style. */
FileChange::Edit scalarEdit(const YamlDocument *doc, const YamlNode *node, std::string_view newValue, int line)
{
    const std::string_view text(doc->text());
    std::string_view raw = rawOf(doc, node);
    const std::string_view value = node->value;
    // An anchor or a tag written before the scalar (`&r '#/…'`, `!!str …`) stays as it is.
    std::size_t start = node->startByte;
    while (!raw.empty() && (raw.front() == '&' || raw.front() == '!')) {
        const std::size_t space = raw.find_first_of(" \t\n");
        const std::size_t next = space == std::string_view::npos ? raw.size() : raw.find_first_not_of(" \t\n", space);
        const std::size_t skip = next == std::string_view::npos ? raw.size() : next;
        start += skip;
        raw.remove_prefix(skip);
    }
    // A block scalar (`$ref: >-` with the pointer on the next line): only its content changes, so
    // the header and the indentation stay.
    if (!raw.empty() && (raw.front() == '>' || raw.front() == '|') && !value.empty() &&
        value.find('\n') == std::string_view::npos) {
        const std::size_t headerEnd = text.find('\n', node->startByte);
        const std::size_t at = headerEnd == std::string_view::npos ? headerEnd : text.find(value, headerEnd);
        const std::size_t lineEnd = headerEnd == std::string_view::npos ? headerEnd : text.find('\n', headerEnd + 1);
        if (at != std::string_view::npos && (lineEnd == std::string_view::npos || at < lineEnd))
            return {at, at + value.size(), std::string(newValue), line};
    }
    // Quotes the author chose stay (double quotes always: JSON); single quotes the old name needed
    // (`'a: b'`) go when the new one does not need them, so that renaming back gives the text as it was.
    // A flow indicator would end a plain scalar inside a flow collection (`{a,b: …}`): one opened
    // on the scalar's line before it.
    const std::size_t lineBreak = start == 0 ? std::string_view::npos : text.rfind('\n', start - 1);
    const std::size_t lineStart = lineBreak == std::string_view::npos ? 0 : lineBreak + 1;
    const bool inFlow = text.substr(lineStart, start - lineStart).find_first_of("{[") != std::string_view::npos;
    auto needsQuotes = [inFlow](std::string_view v) {
        return plainOrQuotedScalar(v) != v || (inFlow && v.find_first_of(",[]{}") != std::string_view::npos);
    };
    const bool minimal = !raw.empty() && raw.front() != '"' && needsQuotes(value);
    std::string written = minimal ? plainOrQuotedScalar(newValue) : scalarLike(raw, newValue);
    if (written == newValue && needsQuotes(newValue))
        written = scalarLike("'", newValue);
    return {start, node->endByte, std::move(written), line};
}

QString validNameError(const QString &name, NameKind kind)
{
    if (name.isEmpty())
        return Tr::tr("The new name is empty.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return Tr::tr("A name cannot hold control characters.");
    }
    if (name.startsWith(QLatin1String("x-")))
        return Tr::tr("'%1' would be read as a specification extension (names starting with x- are).").arg(name);
    if (kind == NameKind::Free)
        return {};
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' ||
                        c == u'_' || c == u'-';
        if (!ok)
            return kind == NameKind::Parameter
                       ? Tr::tr("A parameter's name may hold letters, digits, '.', '_' and '-' only, not '%1'.").arg(c)
                       : Tr::tr("A component's name may hold letters, digits, '.', '_' and '-' only, not '%1'.").arg(c);
    }
    return {};
}

} // namespace

std::string NamedElement::pointer() const
{
    std::string out;
    for (const std::string &s : path)
        out += '/' + escapePointerSegment(s);
    return out;
}

std::optional<std::vector<std::string>> namedElementOf(const std::vector<std::string> &path, int major,
                                                       bool fragmentFile)
{
    for (std::size_t n = std::min<std::size_t>(path.size(), 5); n >= 2; --n) {
        const Path p(path.begin(), path.begin() + std::ptrdiff_t(n));
        const bool named =
            (n == 2 && (p[0] == "channels" || p[0] == "operations" || p[0] == "servers")) ||
            (n == 3 && p[0] == "components" && p[1].rfind("x-", 0) != 0) ||
            (n == 4 && (isChannelPart(p, 0, "parameters") || (major >= 3 && isChannelPart(p, 0, "messages")))) ||
            (n == 5 && p[0] == "components" &&
             (isChannelPart(p, 1, "parameters") || (major >= 3 && isChannelPart(p, 1, "messages"))));
        if (named)
            return p;
    }
    // A file of shared fragments (`messages.yaml#/commentLiked`): its top-level keys are names.
    if (fragmentFile && !path.empty() && path.front() != "components")
        return Path{path.front()};
    return std::nullopt;
}

namespace {

/** Each document of \a sets once (by path), with the set that reads it: the first set's first. */
std::vector<std::pair<const YamlDocument *, const DocumentSet *>>
documentsOf(const std::vector<const DocumentSet *> &sets)
{
    std::vector<std::pair<const YamlDocument *, const DocumentSet *>> out;
    std::set<QString> paths;
    for (const DocumentSet *set : sets) {
        std::vector<const YamlDocument *> docs{set->main()};
        for (const YamlDocument *d : set->others())
            docs.push_back(d);
        for (const YamlDocument *d : docs) {
            const QString path = set->pathOf(d);
            if (path.isEmpty() || paths.insert(path).second)
                out.emplace_back(d, set);
        }
    }
    return out;
}

} // namespace

std::optional<NamedElement> elementAt(const DocumentSet &set, const YamlDocument *doc, std::size_t byteOffset)
{
    if (!doc || !doc->root())
        return std::nullopt;
    Path path;
    const YamlNode *node = doc->root();
    const YamlNode *refValue = nullptr;
    auto contains = [byteOffset](const YamlNode *n) { return byteOffset >= n->startByte && byteOffset <= n->endByte; };
    for (int depth = 0; node && depth < 256; ++depth) {
        const YamlNode *next = nullptr;
        if (node->isMapping()) {
            for (std::size_t i = 0; i < node->size() && !next; ++i) {
                const YamlNode *k = node->keyAt(i);
                const YamlNode *v = node->valueAt(i);
                if (k->isScalar() && contains(k)) {
                    path.emplace_back(k->value);
                    node = nullptr; // on a key: that is the place
                    break;
                }
                if (contains(v) && v->startByte < v->endByte) {
                    path.emplace_back(k->value);
                    if (k->value == "$ref" && v->isScalar())
                        refValue = v;
                    next = v;
                }
            }
        } else if (node->isSequence()) {
            for (std::size_t i = 0; i < node->size() && !next; ++i) {
                if (contains(node->item(i))) {
                    path.push_back(std::to_string(i));
                    next = node->item(i);
                }
            }
        }
        if (!next)
            break;
        node = next;
    }
    const int major = majorOf(set);
    if (refValue) {
        const auto target = set.targetOf(refValue->value, doc);
        if (!target)
            return std::nullopt;
        const auto named = namedElementOf(target->segments, major, isFragmentFile(set, target->doc));
        return named ? std::optional<NamedElement>(NamedElement{target->doc, *named}) : std::nullopt;
    }
    const auto named = namedElementOf(path, major, isFragmentFile(set, doc));
    return named ? std::optional<NamedElement>(NamedElement{doc, *named}) : std::nullopt;
}

std::vector<Usage> findUsages(const std::vector<const DocumentSet *> &sets, const NamedElement &element)
{
    std::vector<Usage> out;
    if (!element.doc || element.path.empty() || sets.empty())
        return out;
    const auto [node, parent] = walkTo(element.doc, element.path);
    if (!node)
        return out;
    const YamlNode *key = parent->keyOf(element.name());
    out.push_back({Usage::Kind::Definition, element.doc, key, element.doc->range(key)});
    const DocumentSet &first = *sets.front();
    const int major = majorOf(first);
    QString elementPath;
    for (const DocumentSet *set : sets) {
        if (elementPath.isEmpty())
            elementPath = set->pathOf(element.doc);
    }
    const auto docs = documentsOf(sets);
    for (const auto &[doc, set] : docs) {
        for (const YamlNode *ref : referencesIn(doc)) {
            const auto target = set->targetOf(ref->value, doc);
            const bool same = target && (target->doc == element.doc ||
                                         (!elementPath.isEmpty() && set->pathOf(target->doc) == elementPath));
            if (same && target->segments.size() >= element.path.size() &&
                std::equal(element.path.begin(), element.path.end(), target->segments.begin()))
                out.push_back({Usage::Kind::Reference, doc, ref, doc->range(ref)});
        }
        if (major < 3 && doc == element.doc && doc == first.main()) {
            std::vector<const YamlNode *> names;
            namesIn2x(doc, element.path, names);
            for (const YamlNode *n : names)
                out.push_back({Usage::Kind::Name, doc, n, doc->range(n)});
        }
    }
    // A 3.x parameter is named in its channel's address.
    if (major >= 3 && kindOf(element.path) == NameKind::Parameter && element.path.size() >= 4) {
        const Path channel(element.path.begin(), element.path.end() - 2);
        const auto [ch, unused] = walkTo(element.doc, channel);
        const YamlNode *address = ch && ch->isMapping() ? ch->get("address") : nullptr;
        if (address && address->isScalar() && address->value.find('{' + element.name() + '}') != std::string::npos)
            out.push_back({Usage::Kind::Address, element.doc, address, element.doc->range(address)});
    }
    auto rank = [&docs](const YamlDocument *d) {
        return std::find_if(docs.begin(), docs.end(), [d](const auto &p) { return p.first == d; }) - docs.begin();
    };
    std::stable_sort(out.begin() + 1, out.end(), [&rank](const Usage &a, const Usage &b) {
        if (a.doc != b.doc)
            return rank(a.doc) < rank(b.doc);
        return a.node->startByte < b.node->startByte;
    });
    return out;
}

RenamePlan planRename(const std::vector<const DocumentSet *> &sets, const NamedElement &element, const QString &newName)
{
    RenamePlan plan;
    if (sets.empty())
        return plan;
    const int major = majorOf(*sets.front());
    const auto named = namedElementOf(element.path, major, isFragmentFile(*sets.front(), element.doc));
    if (!named || *named != element.path) {
        plan.error = Tr::tr("Only components, channels, operations, servers and a channel's messages and "
                            "parameters can be renamed.");
        return plan;
    }
    const auto [node, parent] = walkTo(element.doc, element.path);
    if (!node) {
        plan.error = Tr::tr("There is nothing at %1.").arg(QString::fromStdString(element.pointer()));
        return plan;
    }
    const std::string name = newName.toStdString();
    const QString oldName = QString::fromStdString(element.name());
    if (name == element.name()) {
        plan.error = Tr::tr("It is already called '%1'.").arg(oldName);
        return plan;
    }
    plan.error = validNameError(newName, kindOf(element.path));
    if (const YamlNode *key = parent->keyOf(element.name());
        plan.error.isEmpty() && (key->startByte < parent->startByte || key->startByte >= parent->endByte))
        plan.error = Tr::tr("'%1' comes from a merge key (<<): rename it where it is written, which renames it in "
                            "every mapping that merges it.")
                         .arg(oldName);
    if (plan.error.isEmpty() && parent->get(name))
        plan.error =
            Tr::tr("'%1' is taken: %2 already holds an element of that name.")
                .arg(newName,
                     QString::fromStdString(
                         NamedElement{element.doc, Path(element.path.begin(), element.path.end() - 1)}.pointer()));
    if (plan.error.isEmpty() && major < 3 && kindOf(element.path) == NameKind::Parameter &&
        element.path.front() == "channels")
        plan.error = Tr::tr("In AsyncAPI 2.x a channel parameter's name is part of its channel's name: rename the "
                            "channel.");
    if (!plan.error.isEmpty())
        return plan;

    plan.usages = findUsages(sets, element);
    std::map<const YamlDocument *, std::vector<FileChange::Edit>> edits;
    for (const Usage &u : plan.usages) {
        const int line = u.range.start.line;
        switch (u.kind) {
        case Usage::Kind::Definition:
        case Usage::Kind::Name:
            edits[u.doc].push_back(scalarEdit(u.doc, u.node, name, line));
            break;
        case Usage::Kind::Reference:
            edits[u.doc].push_back(
                scalarEdit(u.doc, u.node, renamedReference(u.node->value, element.path.size(), name), line));
            break;
        case Usage::Kind::Address: {
            std::string text(rawOf(u.doc, u.node));
            const std::string from = '{' + element.name() + '}';
            for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + name.size() + 2))
                text.replace(at, from.size(), '{' + name + '}');
            edits[u.doc].push_back({u.node->startByte, u.node->endByte, std::move(text), line});
            break;
        }
        }
    }
    for (const auto &[doc, set] : documentsOf(sets)) {
        auto it = edits.find(doc);
        if (it == edits.end())
            continue;
        std::vector<FileChange::Edit> &list = it->second;
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        list.erase(std::unique(list.begin(), list.end(),
                               [](const auto &a, const auto &b) { return a.start == b.start && a.end == b.end; }),
                   list.end());
        FileChange change;
        change.doc = doc;
        change.path = set->pathOf(doc);
        change.before = QByteArray::fromStdString(doc->text());
        std::string after;
        after.reserve(doc->text().size() + list.size() * name.size());
        std::size_t at = 0;
        for (const FileChange::Edit &e : list) {
            if (e.start < at)
                continue; // overlapping (cannot happen with distinct scalars); the first wins
            after.append(doc->text(), at, e.start - at);
            after += e.text;
            at = e.end;
        }
        after.append(doc->text(), at, std::string::npos);
        change.after = QByteArray::fromStdString(after);
        change.edits = std::move(list);
        plan.files.push_back(std::move(change));
    }
    return plan;
}

std::optional<FileChange::Edit> removalOf(const YamlDocument *doc, const std::vector<std::string> &element,
                                          QString *error)
{
    Path path = element;
    auto [node, parent] = walkTo(doc, path);
    if (!node) {
        *error = Tr::tr("There is nothing at %1.").arg(QString::fromStdString(NamedElement{doc, path}.pointer()));
        return std::nullopt;
    }
    // The only one of its kind: the kind goes too (an empty `schemas:` would be null).
    while (parent->size() == 1 && path.size() > 1) {
        path.pop_back();
        std::tie(node, parent) = walkTo(doc, path);
    }
    const std::string_view text(doc->text());
    const YamlNode *key = parent->keyOf(path.back());
    const std::size_t lineStart = text.rfind('\n', key->startByte == 0 ? 0 : key->startByte - 1);
    const std::size_t from = lineStart == std::string_view::npos || key->startByte == 0 ? 0 : lineStart + 1;
    if (text.substr(from, key->startByte - from).find_first_not_of(' ') != std::string_view::npos) {
        *error = Tr::tr("It is written inline (in braces or brackets): remove it by hand.");
        return std::nullopt;
    }
    // The comment lines right above, at its indentation, describe it.
    std::size_t start = from;
    const std::size_t indent = key->startByte - from;
    while (start > 0) {
        const std::size_t previousEnd = start - 1; // the line break that ends the line above
        const std::size_t previousBreak = previousEnd == 0 ? std::string_view::npos : text.rfind('\n', previousEnd - 1);
        const std::size_t aboveStart = previousBreak == std::string_view::npos ? 0 : previousBreak + 1;
        const std::string_view line = text.substr(aboveStart, previousEnd - aboveStart);
        if (line.size() <= indent || line.substr(0, indent).find_first_not_of(' ') != std::string_view::npos ||
            line[indent] != '#')
            break;
        start = aboveStart;
    }
    const std::size_t last = std::max<std::size_t>(node->endByte, key->endByte);
    const std::size_t eol = text.find('\n', last == 0 ? 0 : last - 1);
    const std::size_t end = eol == std::string_view::npos ? text.size() : eol + 1;
    // An anchor defined there and used elsewhere (`<<: *base`) would be left dangling.
    const std::string_view removed = text.substr(start, end - start);
    for (std::size_t at = removed.find('&'); at != std::string_view::npos; at = removed.find('&', at + 1)) {
        std::size_t stop = at + 1;
        while (stop < removed.size() && removed[stop] != ' ' && removed[stop] != '\n' && removed[stop] != ',' &&
               removed[stop] != '}' && removed[stop] != ']')
            ++stop;
        const std::string alias = '*' + std::string(removed.substr(at + 1, stop - at - 1));
        if (stop > at + 1 && (text.substr(0, start).find(alias) != std::string_view::npos ||
                              text.substr(end).find(alias) != std::string_view::npos)) {
            *error = Tr::tr("It defines the anchor %1, which is used elsewhere: remove it by hand.")
                         .arg(QString::fromStdString(alias.substr(1)));
            return std::nullopt;
        }
    }
    return FileChange::Edit{start, end, std::string(), doc->range(key).start.line};
}

std::vector<std::unique_ptr<DocumentSet>> projectDocumentSets(const QString &mainPath, const LoadOptions &options,
                                                              bool *complete)
{
    if (complete)
        *complete = true;
    std::vector<std::unique_ptr<DocumentSet>> out;
    const QFileInfo main(mainPath);
    if (mainPath.isEmpty() || !main.exists())
        return out;
    // Not hidden files, not through links: what a file reference of the project may read.
    QDirIterator it(main.absolutePath(), {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                    QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    qint64 bytes = 0;
    QStringList paths;
    while (it.hasNext()) {
        const QString path = it.next();
        // Installed packages are not the project's.
        if (!path.contains(QLatin1String("/node_modules/")))
            paths << path;
    }
    paths.sort();
    for (const QString &path : paths) {
        if (QFileInfo(path).absoluteFilePath() == main.absoluteFilePath())
            continue;
        QFile f(path);
        if (int(out.size()) >= options.maxFiles || f.size() > options.limits.maxBytes ||
            bytes + f.size() > options.maxTotalBytes) {
            if (complete)
                *complete = false; // said to the user: a reference there would be missed
            continue;
        }
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        bytes += text.size();
        // Only files that refer to something: the others cannot name the element.
        if (!text.contains("$ref"))
            continue;
        auto doc = YamlDocument::parse(text, path, options.limits);
        if (!doc->root())
            continue;
        out.push_back(std::make_unique<DocumentSet>(doc, QFileInfo(path).absoluteFilePath(), options));
    }
    return out;
}

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &name)
{
    auto linesOf = [](const QByteArray &text) {
        QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    };
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    // A rename changes lines in place: compared line by line, with no search (thousands of changed
    // lines would make a shortest-edit search slow).
    LineDiff d;
    if (a.size() == b.size()) {
        d.removed.resize(std::size_t(a.size()));
        d.added.resize(std::size_t(b.size()));
        for (qsizetype i = 0; i < a.size(); ++i)
            d.removed[std::size_t(i)] = d.added[std::size_t(i)] = a[i] != b[i];
    } else {
        d = diffLines(a, b);
    }
    struct Op
    {
        char kind;
        qsizetype line; ///< in a for ' ' and '-', in b for '+'
    };
    std::vector<Op> ops;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && d.removed[std::size_t(i)]) {
            ops.push_back({'-', i++});
        } else if (j < b.size() && d.added[std::size_t(j)]) {
            ops.push_back({'+', j++});
        } else if (i < a.size() && j < b.size() && a[i] == b[j]) {
            ops.push_back({' ', i++});
            ++j;
        } else {
            if (i < a.size())
                ops.push_back({'-', i++});
            if (j < b.size())
                ops.push_back({'+', j++});
        }
    }
    constexpr std::size_t Context = 3;
    QString out;
    std::size_t k = 0;
    while (k < ops.size()) {
        if (ops[k].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from Context lines before this change to Context lines after the last change
        // that is no more than 2 × Context kept lines further.
        const std::size_t start = k >= Context ? k - Context : 0;
        std::size_t end = k;
        std::size_t kept = 0;
        for (std::size_t m = k; m < ops.size(); ++m) {
            if (ops[m].kind == ' ') {
                if (++kept > 2 * Context)
                    break;
            } else {
                kept = 0;
                end = m;
            }
        }
        end = std::min(ops.size(), end + 1 + Context);
        qsizetype aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        // Where the hunk starts in each text: count the lines before it.
        qsizetype aBefore = 0, bBefore = 0;
        for (std::size_t m = 0; m < start; ++m) {
            aBefore += ops[m].kind != '+';
            bBefore += ops[m].kind != '-';
        }
        QString body;
        for (std::size_t m = start; m < end; ++m) {
            const Op &op = ops[m];
            if (op.kind != '+')
                ++aCount;
            if (op.kind != '-')
                ++bCount;
            body += QLatin1Char(op.kind) + (op.kind == '+' ? b[op.line] : a[op.line]) + QLatin1Char('\n');
        }
        aStart = aCount ? aBefore + 1 : aBefore;
        bStart = bCount ? bBefore + 1 : bBefore;
        if (out.isEmpty())
            out = QStringLiteral("--- %1\n+++ %1\n").arg(name);
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aStart).arg(aCount).arg(bStart).arg(bCount) + body;
        k = end;
    }
    return out;
}

} // namespace Signalbox::AsyncApi
