// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/yaml/yamltree.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Signalbox::AsyncApi {

/** A node and the document it belongs to. */
struct NodeRef
{
    const YamlNode *node = nullptr;
    const YamlDocument *doc = nullptr;

    explicit operator bool() const { return node != nullptr; }
    friend bool operator==(const NodeRef &, const NodeRef &) = default;

    /** The text of the scalar under \a key of this mapping; empty when there is none (no reference followed). */
    QString textAt(std::string_view key) const
    {
        const YamlNode *v = node && node->isMapping() ? node->get(key) : nullptr;
        return v && v->isScalar() ? v->text() : QString();
    }
    /** The node under \a key of this mapping, in the same document; empty when there is none. */
    NodeRef at(std::string_view key) const { return {node && node->isMapping() ? node->get(key) : nullptr, doc}; }
};

/** What fetching a remote reference gave: the document's bytes, or why there are none. */
struct FetchResult
{
    QByteArray bytes;
    /// Why nothing was fetched ("the server answered HTTP 404 Not Found", "no answer within 10 s"); empty on success.
    QString error;
    /// Said on the reference although the bytes are used, e.g. that a cached copy stands in for an unreachable server.
    QString warning;

    bool ok() const { return error.isEmpty(); }
};

/**
 * How a DocumentSet reaches files and the network.
 *
 * File references are confined: a relative `$ref` is read only when, after resolving symbolic
 * links, it is a regular file inside the main document's folder (its tree) or inside one of
 * allowedRoots. Absolute paths and `..` that lead elsewhere, links pointing out, devices, FIFOs,
 * sockets and the files of /proc are refused with a diagnostic on the `$ref`, without being
 * opened. Hidden files and folders (`.ssh`, `.git-credentials`) in the document's tree are refused
 * too; in allowedRoots they are read. A document without a path (unsaved) reads no files at all,
 * and neither does one saved directly in the home folder, the file system root or the temporary
 * folder (they are not projects), unless that folder is in allowedRoots.
 */
struct LoadOptions
{
    /**
     * Fetches a remote (http, https) reference; called on the analysing thread, once per URL. Unset:
     * remote references are not fetched, and each is a warning on its `$ref` (what it points to is
     * not checked). See RemoteFetcher.
     */
    std::function<FetchResult(const QString &url)> fetchRemote;
    /// Folders besides the main document's whose files references may read, as the user allowed them.
    QStringList allowedRoots;
    /// limits.maxBytes also caps every referenced file.
    ParseLimits limits;
    int maxFiles = 200;
    /// What all referenced files (and fetched documents) together may hold.
    qint64 maxTotalBytes = qint64(64) * 1024 * 1024;
};

/**
 * The main document and every document its `$ref`s reach (relative files several levels deep,
 * remote ones when allowed), loaded once up front so that resolving is a pure, const lookup.
 * Reference problems (missing files, bad pointers, cycles of references, unfetched remote
 * references) are collected as diagnostics, each on the `$ref` that caused it.
 */
class DocumentSet
{
public:
    DocumentSet(std::shared_ptr<const YamlDocument> main, const QString &mainPath, const LoadOptions &options);

    const YamlDocument *main() const { return m_main.get(); }
    NodeRef root() const { return {m_main->root(), m_main.get()}; }
    /** Documents loaded besides the main one. */
    std::vector<const YamlDocument *> others() const;
    /** Problems found while loading and resolving references, and parse problems of other files. */
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    /** The target of reference string \a ref written in \a from, or an empty NodeRef. */
    NodeRef resolve(std::string_view ref, const YamlDocument *from) const;

    /**
     * If \a ref is a Reference Object (a mapping with a string `$ref`), its final target after
     * following chains of references; otherwise \a ref itself. An unresolvable reference gives an
     * empty NodeRef.
     */
    NodeRef follow(NodeRef ref) const;

    /** The `$ref` string of a Reference Object, or null. */
    static const YamlNode *refValue(const YamlNode *node);

    /** The JSON pointer (into the main document) of every resolved local reference target. */
    const std::vector<std::string> &mainTargets() const { return m_mainTargets; }

    /** What a reference string names: a loaded document and the decoded segments of its fragment. */
    struct Target
    {
        const YamlDocument *doc = nullptr;
        std::vector<std::string> segments;
    };
    /**
     * The document \a ref (written in \a from) names, \a from itself for `#…`, and its fragment's
     * segments, without walking them; nullopt when that document is not loaded or the fragment
     * is not a JSON pointer. What renaming needs: where a reference points as written.
     */
    std::optional<Target> targetOf(std::string_view ref, const YamlDocument *from) const;
    /** The path (or URL) \a doc was read from; the main path (maybe empty) for the main document. */
    QString pathOf(const YamlDocument *doc) const;

    /** Splits and decodes a JSON pointer (`~0`, `~1`, percent-encoding); nullopt when malformed. */
    static std::optional<std::vector<std::string>> decodePointer(std::string_view pointer);

private:
    struct Loaded
    {
        std::shared_ptr<const YamlDocument> doc;
        QString code; ///< Diagnostic code when it could not be loaded.
        QString error;
        QString warning; ///< Loaded, but with a caveat (a remote document's stale cached copy).
    };

    /** Where a reference points: its document and the fragment. */
    struct Location
    {
        enum class Kind {
            SameDocument,
            File,              ///< path: absolute, cleaned (not yet checked against the allowed folders)
            Remote,            ///< path: the URL
            UnsupportedScheme, ///< urn:, file: and friends
            Unsaved,           ///< a file relative to a document that has no path
        };
        Kind kind = Kind::SameDocument;
        QString path;
        std::string fragment;
    };

    /** Why a reference did not resolve. */
    struct RefError
    {
        QString code;
        QString message;
    };

    Location locate(std::string_view ref, const YamlDocument *from) const;
    NodeRef walk(NodeRef start, const std::vector<std::string> &segments, int depth) const;
    NodeRef resolveImpl(std::string_view ref, const YamlDocument *from, int depth, RefError *error) const;
    void load(const Location &location, const LoadOptions &options);

    std::shared_ptr<const YamlDocument> m_main;
    QString m_mainPath;
    QStringList m_roots;        ///< canonical folders files may be read from, hidden ones beneath them excepted
    QStringList m_openRoots;    ///< canonical folders the user allowed: hidden ones beneath them are read too
    QString m_nonProjectFolder; ///< the main document's folder when it is not a project (home, root, temporary)
    QString m_nonProjectName;   ///< what that folder is, for the message
    qint64 m_bytesRead = 0;
    std::map<QString, Loaded> m_files; // by absolute path or URL
    std::map<const YamlDocument *, QString> m_paths;
    std::vector<std::string> m_mainTargets;
    Diagnostics m_diagnostics;
};

} // namespace Signalbox::AsyncApi
