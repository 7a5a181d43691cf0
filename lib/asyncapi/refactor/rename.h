// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/diagnostic.h>
#include <asyncapi/refs/documentset.h>

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Signalbox::AsyncApi {

/**
 * An element that has a name others refer to: a component (`/components/schemas/Light`), a
 * channel, operation or server, a channel's message or parameter. \c path is its JSON pointer's
 * segments, decoded, in \c doc (any document of a DocumentSet).
 */
struct NamedElement
{
    const YamlDocument *doc = nullptr;
    std::vector<std::string> path;

    const std::string &name() const { return path.back(); }
    /** Its pointer, escaped (`/channels/user~1signedup`). */
    std::string pointer() const;
};

/**
 * The element that \a path (decoded segments, in a document of AsyncAPI major version \a major)
 * names or lies inside, e.g. `/components/schemas/A/properties/x` → `/components/schemas/A`, or
 * in a \a fragmentFile its top-level key; nullopt when it is inside nothing that can be renamed.
 */
std::optional<std::vector<std::string>> namedElementOf(const std::vector<std::string> &path, int major,
                                                       bool fragmentFile = false);

/**
 * Whether \a doc is a file of shared fragments that \a set's main document refers into (no
 * `asyncapi` at its root): each of its top-level keys is a name (`messages.yaml#/commentLiked`).
 */
bool isFragmentFile(const DocumentSet &set, const YamlDocument *doc);

/**
 * The element at \a byteOffset of \a doc (a document of \a set): the one whose key is there or
 * that the place lies inside, or, on a `$ref`, the one it points to or into; nullopt when there is
 * none that can be renamed.
 */
std::optional<NamedElement> elementAt(const DocumentSet &set, const YamlDocument *doc, std::size_t byteOffset);

/** One place that names an element. */
struct Usage
{
    enum class Kind {
        Definition, ///< its key
        Reference,  ///< a `$ref` to it or into it
        Name,       ///< its name where 2.x refers by name: a channel's `servers`, a security requirement
        Address,    ///< `{name}` in its channel's address (a 3.x parameter)
    };
    Kind kind = Kind::Reference;
    const YamlDocument *doc = nullptr;
    const YamlNode *node = nullptr; ///< the scalar that holds the name (a key, a `$ref`'s value…)
    SourceRange range;              ///< of that scalar
};

/**
 * Where \a element is named, in every document of \a sets (the first holds \a element; the
 * others are the project's other documents, each with what it reaches, and a file two of them read
 * is looked at once): its definition first, then by document, in text order.
 */
std::vector<Usage> findUsages(const std::vector<const DocumentSet *> &sets, const NamedElement &element);
inline std::vector<Usage> findUsages(const DocumentSet &set, const NamedElement &element)
{
    return findUsages(std::vector<const DocumentSet *>{&set}, element);
}

/** A file a rename changes: its text before and after, and the edits (UTF-8 byte ranges of before). */
struct FileChange
{
    struct Edit
    {
        std::size_t start = 0;
        std::size_t end = 0;
        std::string text;
        int line = 0; ///< 0-based line of before
    };
    const YamlDocument *doc = nullptr;
    QString path; ///< empty for an unsaved main document
    QByteArray before;
    QByteArray after;
    std::vector<Edit> edits; ///< in text order, not overlapping
};

struct RenamePlan
{
    QString error; ///< why the rename is refused (name taken, not a valid key…); empty when planned
    std::vector<FileChange> files;
    std::vector<Usage> usages;
};

/**
 * Renames \a element to \a newName in every document of \a sets (as findUsages()): its key, every `$ref` to it or
 * into it (JSON pointer escaping `~0`, `~1` and percent-encoding as the reference had it), and the
 * names 2.x uses for servers and security schemes, or a 3.x parameter's `{name}` in its channel's
 * address. Quoting is kept; nothing else changes. The texts are those the documents were parsed
 * from. Refused (with \c error set) when the name is not a valid key there or is taken.
 */
RenamePlan planRename(const std::vector<const DocumentSet *> &sets, const NamedElement &element,
                      const QString &newName);
inline RenamePlan planRename(const DocumentSet &set, const NamedElement &element, const QString &newName)
{
    return planRename(std::vector<const DocumentSet *>{&set}, element, newName);
}

/**
 * The project's other documents around \a mainPath: each YAML or JSON file of its folder and the
 * folders below (not hidden, not through links, within the limits of \a options) that holds a
 * `$ref`, with what it reaches (not under node_modules). For findUsages() and planRename() beside the
 * main document's set. \a complete is set to false when a file was left out for the limits.
 */
std::vector<std::unique_ptr<DocumentSet>> projectDocumentSets(const QString &mainPath, const LoadOptions &options,
                                                              bool *complete = nullptr);

/**
 * Removes \a element (an unused component, say) from \a doc: its key's lines through the end of its
 * value, with the comment lines right above it; its kind's key too when it was the only one
 * there. One edit, or \a error when it is not written in block style.
 */
std::optional<FileChange::Edit> removalOf(const YamlDocument *doc, const std::vector<std::string> &element,
                                          QString *error);

/** A unified diff (`diff -u`) of \a before and \a after, 3 lines of context, labelled \a name. */
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &name);

} // namespace Signalbox::AsyncApi
