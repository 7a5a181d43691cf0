// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "documentset.h"

#include "confinedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <deque>
#include <set>

namespace Signalbox::AsyncApi {

namespace {

constexpr int MaxRefHops = 64;

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxReferences)
};

bool isRemote(std::string_view s)
{
    return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0;
}

bool hasScheme(std::string_view s)
{
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon < 2) // "c:" is a drive letter, not a scheme
        return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
              c == '.'))
            return false;
    }
    return true;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

std::optional<std::vector<std::string>> DocumentSet::decodePointer(std::string_view pointer)
{
    const QByteArray decoded = QByteArray::fromPercentEncoding(QByteArray(pointer.data(), qsizetype(pointer.size())));
    std::string_view p(decoded.constData(), std::size_t(decoded.size()));
    std::vector<std::string> segments;
    if (p.empty())
        return segments;
    if (p[0] != '/')
        return std::nullopt;
    std::size_t i = 1;
    while (true) {
        const std::size_t next = p.find('/', i);
        const std::string_view raw = p.substr(i, next == std::string_view::npos ? std::string_view::npos : next - i);
        std::string seg;
        seg.reserve(raw.size());
        for (std::size_t k = 0; k < raw.size(); ++k) {
            if (raw[k] == '~') {
                if (k + 1 >= raw.size() || (raw[k + 1] != '0' && raw[k + 1] != '1'))
                    return std::nullopt;
                seg += raw[k + 1] == '0' ? '~' : '/';
                ++k;
            } else {
                seg += raw[k];
            }
        }
        segments.push_back(std::move(seg));
        if (next == std::string_view::npos)
            break;
        i = next + 1;
    }
    return segments;
}

const YamlNode *DocumentSet::refValue(const YamlNode *node)
{
    if (!node || !node->isMapping())
        return nullptr;
    const YamlNode *v = node->get("$ref");
    return v && v->isScalar() ? v : nullptr;
}

DocumentSet::DocumentSet(std::shared_ptr<const YamlDocument> main, const QString &mainPath, const LoadOptions &options)
    : m_main(std::move(main))
    , m_mainPath(mainPath.isEmpty() ? QString() : QFileInfo(mainPath).absoluteFilePath())
{
    m_paths[m_main.get()] = m_mainPath;
    // Files may be read from the main document's folder (its tree) and the folders the user allowed,
    // compared after resolving symbolic links. A document without a path reads no files.
    // The home folder, the root and the temporary folder are not projects: documents saved there
    // (downloads, attachments) read no files unless the user allowed the folder by name.
    if (!m_mainPath.isEmpty()) {
        m_openRoots = ConfinedFile::canonicalFolders(options.allowedRoots);
        const QString folder = ConfinedFile::canonicalFolder(QFileInfo(m_mainPath).absolutePath());
        switch (ConfinedFile::folderKind(folder)) {
        case ConfinedFile::FolderKind::Project:
            m_roots = ConfinedFile::canonicalFolders({folder});
            break;
        case ConfinedFile::FolderKind::Home:
            m_nonProjectName = Tr::tr("the home folder");
            break;
        case ConfinedFile::FolderKind::FileSystemRoot:
            m_nonProjectName = Tr::tr("the root folder");
            break;
        case ConfinedFile::FolderKind::Temporary:
            m_nonProjectName = Tr::tr("the temporary folder");
            break;
        }
        if (!m_nonProjectName.isEmpty())
            m_nonProjectFolder = folder;
    }

    // Load every document the references reach, breadth first.
    std::deque<const YamlDocument *> queue{m_main.get()};
    while (!queue.empty()) {
        const YamlDocument *doc = queue.front();
        queue.pop_front();
        if (doc->isExpansionTooLarge())
            continue;
        doc->forEachNode([&](const YamlNode &n) {
            const YamlNode *ref = refValue(&n);
            if (!ref)
                return;
            const Location location = locate(ref->value, doc);
            const bool remote = location.kind == Location::Kind::Remote;
            if ((location.kind != Location::Kind::File && !remote) || m_files.count(location.path) ||
                location.path == m_mainPath)
                return;
            if (remote && !options.fetchRemote)
                return;
            if (int(m_files.size()) >= options.maxFiles)
                return;
            load(location, options);
            if (const auto &loaded = m_files[location.path]; loaded.doc)
                queue.push_back(loaded.doc.get());
        });
    }

    for (const auto &[path, loaded] : m_files) {
        if (!loaded.doc)
            continue;
        for (Diagnostic d : loaded.doc->diagnostics()) {
            d.file = path;
            m_diagnostics.append(d);
        }
    }

    // Resolve every reference once, reporting each problem on the `$ref` that has it.
    std::vector<const YamlDocument *> docs{m_main.get()};
    for (const YamlDocument *d : others())
        docs.push_back(d);
    for (const YamlDocument *doc : docs) {
        if (doc->isExpansionTooLarge())
            continue;
        const QString file = doc == m_main.get() ? QString() : m_paths.at(doc);
        doc->forEachNode([&](const YamlNode &n) {
            const YamlNode *ref = refValue(&n);
            if (!ref)
                return;
            auto report = [&](Severity severity, const char *code, const QString &message) {
                Diagnostic d;
                d.severity = severity;
                d.code = QString::fromLatin1(code);
                d.message = message;
                d.range = doc->range(ref);
                d.file = file;
                m_diagnostics.append(d);
            };
            const Location location = locate(ref->value, doc);
            if (location.kind == Location::Kind::Remote && !options.fetchRemote) {
                // A warning, not an info: what the reference stands for is not checked, so the
                // document may be wrong in ways we cannot see. It is still no error (the
                // document may be fine), so the document stays valid.
                report(Severity::Warning, "ref.remote-not-fetched",
                       Tr::tr("Remote reference '%1' was not fetched, so what it points to is not checked; turn on "
                              "fetching remote references for this folder (--fetch-remote on the command line)")
                           .arg(ref->text()));
                return;
            }
            if (location.kind == Location::Kind::Remote) {
                if (const auto it = m_files.find(location.path); it != m_files.end() && !it->second.warning.isEmpty())
                    report(Severity::Warning, "ref.remote-stale",
                           Tr::tr("Reference '%1': %2").arg(ref->text(), it->second.warning));
            }
            RefError error;
            NodeRef target = resolveImpl(ref->value, doc, 0, &error);
            if (!target) {
                report(Severity::Error, qPrintable(error.code), error.message);
                return;
            }
            if (target.doc == m_main.get()) {
                if (auto segs = decodePointer(location.fragment)) {
                    std::string ptr;
                    for (const auto &s : *segs)
                        ptr += '/' + escapePointerSegment(s);
                    m_mainTargets.push_back(std::move(ptr));
                }
            }
            // A chain of references that comes back to itself resolves to nothing.
            std::set<const YamlNode *> seen{&n};
            NodeRef t = target;
            for (int hops = 0; hops < MaxRefHops; ++hops) {
                const YamlNode *next = refValue(t.node);
                if (!next)
                    break;
                if (!seen.insert(t.node).second || t.node == &n) {
                    report(Severity::Error, "ref.cycle",
                           Tr::tr("Reference '%1' leads back to itself through other references").arg(ref->text()));
                    break;
                }
                RefError ignored;
                t = resolveImpl(next->value, t.doc, 0, &ignored);
                if (!t)
                    break;
            }
        });
    }
}

std::vector<const YamlDocument *> DocumentSet::others() const
{
    std::vector<const YamlDocument *> out;
    for (const auto &[path, loaded] : m_files) {
        if (loaded.doc)
            out.push_back(loaded.doc.get());
    }
    return out;
}

std::optional<DocumentSet::Target> DocumentSet::targetOf(std::string_view ref, const YamlDocument *from) const
{
    const Location location = locate(ref, from);
    Target target;
    if (location.kind == Location::Kind::SameDocument) {
        target.doc = from;
    } else if (location.kind == Location::Kind::File || location.kind == Location::Kind::Remote) {
        const auto it = m_files.find(location.path);
        target.doc = it == m_files.end() ? nullptr : it->second.doc.get();
    }
    auto segments = decodePointer(location.fragment);
    if (!target.doc || !segments)
        return std::nullopt;
    target.segments = std::move(*segments);
    return target;
}

QString DocumentSet::pathOf(const YamlDocument *doc) const
{
    const auto it = m_paths.find(doc);
    return it == m_paths.end() ? QString() : it->second;
}

DocumentSet::Location DocumentSet::locate(std::string_view ref, const YamlDocument *from) const
{
    Location location;
    const std::size_t hash = ref.find('#');
    const std::string_view file = ref.substr(0, hash);
    location.fragment = hash == std::string_view::npos ? std::string() : std::string(ref.substr(hash + 1));
    const auto pathIt = m_paths.find(from);
    const QString base = pathIt == m_paths.end() ? QString() : pathIt->second;
    if (file.empty())
        return location; // within the same document
    const QString fileStr = QString::fromUtf8(file.data(), qsizetype(file.size()));
    if (isRemote(file)) {
        location.kind = Location::Kind::Remote;
        location.path = QUrl(fileStr).adjusted(QUrl::NormalizePathSegments).toString();
        return location;
    }
    if (isRemote(base.toStdString())) {
        location.kind = Location::Kind::Remote;
        location.path = QUrl(base).resolved(QUrl(fileStr)).toString();
        return location;
    }
    if (hasScheme(file)) {
        location.kind = Location::Kind::UnsupportedScheme;
        return location;
    }
    if (base.isEmpty()) {
        // Not relative to the working folder, which is often the home folder.
        location.kind = Location::Kind::Unsaved;
        return location;
    }
    const QString decoded = QUrl::fromPercentEncoding(fileStr.toUtf8());
    location.kind = Location::Kind::File;
    location.path = QDir::cleanPath(QDir(QFileInfo(base).absolutePath()).absoluteFilePath(decoded));
    return location;
}

void DocumentSet::load(const Location &location, const LoadOptions &options)
{
    Loaded &slot = m_files[location.path];
    const qint64 budgetLeft = std::max<qint64>(options.maxTotalBytes - m_bytesRead, 0);
    const qint64 cap = std::min<qint64>(options.limits.maxBytes, budgetLeft);
    auto tooLarge = [&] {
        slot.code = QStringLiteral("ref.too-large");
        slot.error = cap < options.limits.maxBytes
                         ? Tr::tr("the referenced files together exceed %1 MB; '%2' is not read")
                               .arg(megabytes(options.maxTotalBytes), location.path)
                         : Tr::tr("'%1' is larger than %2 MB").arg(location.path, megabytes(options.limits.maxBytes));
    };
    QByteArray bytes;
    if (location.kind == Location::Kind::Remote) {
        FetchResult fetched = options.fetchRemote(location.path);
        if (!fetched.ok()) {
            slot.code = QStringLiteral("ref.fetch-failed");
            slot.error = Tr::tr("could not fetch '%1': %2").arg(location.path, fetched.error);
            return;
        }
        if (fetched.bytes.size() > cap) {
            tooLarge();
            return;
        }
        bytes = std::move(fetched.bytes);
        slot.warning = fetched.warning;
    } else {
        ConfinedFile::Result read = ConfinedFile::read(location.path, m_roots, cap, m_openRoots);
        switch (read.refusal) {
        case ConfinedFile::Refusal::None:
            bytes = std::move(read.bytes);
            break;
        case ConfinedFile::Refusal::Missing:
            slot.code = QStringLiteral("ref.unresolved");
            slot.error = Tr::tr("Cannot read file '%1'").arg(location.path);
            return;
        case ConfinedFile::Refusal::Outside:
            if (!m_nonProjectFolder.isEmpty() &&
                ConfinedFile::isInside(ConfinedFile::resolvedPath(location.path), m_nonProjectFolder)) {
                slot.code = QStringLiteral("ref.not-a-project-folder");
                slot.error = Tr::tr("'%1' is not read: the document is in %2 (%3), which is not a project folder; "
                                    "save the document in a project folder, or allow %3 for references")
                                 .arg(location.path, m_nonProjectName, QDir::toNativeSeparators(m_nonProjectFolder));
                return;
            }
            slot.code = QStringLiteral("ref.outside-folder");
            slot.error = Tr::tr("'%1' is outside the document's folder and the folders allowed for references; "
                                "it is not read")
                             .arg(location.path);
            return;
        case ConfinedFile::Refusal::Hidden:
            slot.code = QStringLiteral("ref.hidden-file");
            slot.error = Tr::tr("'%1' is a hidden file or in a hidden folder; it is not read unless its folder is "
                                "allowed for references")
                             .arg(location.path);
            return;
        case ConfinedFile::Refusal::NotAFile:
            slot.code = QStringLiteral("ref.not-a-file");
            slot.error = Tr::tr("'%1' is not a regular file (a device, a pipe or a system file); it is not read")
                             .arg(location.path);
            return;
        case ConfinedFile::Refusal::TooLarge:
            tooLarge();
            return;
        }
    }
    m_bytesRead += bytes.size();
    auto doc = YamlDocument::parse(bytes, location.path, options.limits);
    if (location.kind == Location::Kind::Remote && (!doc->root() || doc->root()->isNull() || doc->root()->isString())) {
        // An error page or a login form served with status 200: say so on the reference rather
        // than listing the YAML errors of a page nobody wrote as YAML.
        slot.code = QStringLiteral("ref.fetch-failed");
        slot.error = Tr::tr("'%1' is not a YAML or JSON document").arg(location.path);
        return;
    }
    slot.doc = std::move(doc);
    m_paths[slot.doc.get()] = location.path;
}

NodeRef DocumentSet::walk(NodeRef cur, const std::vector<std::string> &segments, int depth) const
{
    for (const std::string &seg : segments) {
        // A pointer may pass through references on its way, as JSON Reference resolvers allow,
        // unless the reference holds the key itself (the official parser's resolver keeps a
        // reference's siblings: `{$ref: '#/definitions/c', definitions: …}` at a schema's root).
        for (int hops = 0; cur && refValue(cur.node) && !cur.node->get(seg) && hops < MaxRefHops; ++hops) {
            RefError ignored;
            cur = resolveImpl(refValue(cur.node)->value, cur.doc, depth + 1, &ignored);
        }
        if (!cur)
            return {};
        if (cur.node->isMapping()) {
            cur.node = cur.node->get(seg);
        } else if (cur.node->isSequence()) {
            char *end = nullptr;
            const unsigned long idx = std::strtoul(seg.c_str(), &end, 10);
            if (seg.empty() || *end != '\0' || idx >= cur.node->size())
                return {};
            cur.node = cur.node->item(idx);
        } else {
            return {};
        }
        if (!cur.node)
            return {};
    }
    return cur;
}

NodeRef DocumentSet::resolveImpl(std::string_view ref, const YamlDocument *from, int depth, RefError *error) const
{
    const QString refStr = QString::fromUtf8(ref.data(), qsizetype(ref.size()));
    auto fail = [&](const char *code, const QString &message) -> NodeRef {
        error->code = QString::fromLatin1(code);
        error->message = message;
        return {};
    };
    if (depth > MaxRefHops)
        return fail("ref.unresolved", Tr::tr("Reference '%1' is nested too deeply").arg(refStr));
    const Location location = locate(ref, from);
    const YamlDocument *doc = nullptr;
    switch (location.kind) {
    case Location::Kind::SameDocument:
        doc = from;
        break;
    case Location::Kind::UnsupportedScheme:
        return fail("ref.invalid", Tr::tr("Reference '%1' uses an unsupported scheme").arg(refStr));
    case Location::Kind::Unsaved:
        return fail("ref.unsaved-document",
                    Tr::tr("Reference '%1' names a file: save the document to resolve file references").arg(refStr));
    case Location::Kind::File:
    case Location::Kind::Remote:
        if (location.kind == Location::Kind::File && location.path == m_mainPath) {
            doc = m_main.get();
            break;
        }
        const auto it = m_files.find(location.path);
        if (it == m_files.end()) {
            return location.kind == Location::Kind::Remote
                       ? fail("ref.unresolved", Tr::tr("Remote reference '%1' was not fetched").arg(refStr))
                       : fail("ref.unresolved", Tr::tr("Reference '%1': too many files are referenced").arg(refStr));
        }
        if (!it->second.doc)
            return fail(qPrintable(it->second.code), Tr::tr("Reference '%1': %2").arg(refStr, it->second.error));
        doc = it->second.doc.get();
        break;
    }
    if (!doc->root())
        return fail("ref.unresolved", Tr::tr("Reference '%1' points into a file that does not parse").arg(refStr));
    const auto segments = decodePointer(location.fragment);
    if (!segments)
        return fail("ref.invalid", Tr::tr("'%1' is not a valid JSON pointer").arg(refStr));
    NodeRef target = walk(NodeRef{doc->root(), doc}, *segments, depth);
    if (!target)
        return fail("ref.unresolved", Tr::tr("'%1' does not exist").arg(refStr));
    return target;
}

NodeRef DocumentSet::resolve(std::string_view ref, const YamlDocument *from) const
{
    RefError ignored;
    return resolveImpl(ref, from, 0, &ignored);
}

NodeRef DocumentSet::follow(NodeRef ref) const
{
    for (int hops = 0; ref && hops < MaxRefHops; ++hops) {
        const YamlNode *v = refValue(ref.node);
        if (!v)
            return ref;
        ref = resolve(v->value, ref.doc);
    }
    return ref && !refValue(ref.node) ? ref : NodeRef{};
}

} // namespace Signalbox::AsyncApi
