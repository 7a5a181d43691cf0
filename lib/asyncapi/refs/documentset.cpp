// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "documentset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

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

std::optional<QByteArray> readFromDisk(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
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
            std::string fragment;
            bool remote = false;
            const QString location = locationOf(ref->value, doc, &fragment, &remote);
            if (location.isEmpty() || m_files.count(location) || location == m_mainPath)
                return;
            if (remote && !options.fetchRemote)
                return;
            if (int(m_files.size()) >= options.maxFiles)
                return;
            load(location, remote, options);
            if (const auto &loaded = m_files[location]; loaded.doc)
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
            std::string fragment;
            bool remote = false;
            const QString location = locationOf(ref->value, doc, &fragment, &remote);
            if (remote && !options.fetchRemote) {
                report(
                    Severity::Info, "ref.remote-not-fetched",
                    Tr::tr("Remote reference '%1' was not fetched; allow remote references to check it").arg(ref->text()));
                return;
            }
            QString error;
            NodeRef target = resolveImpl(ref->value, doc, 0, &error);
            if (!target) {
                report(Severity::Error, error.startsWith(QLatin1Char('!')) ? "ref.invalid" : "ref.unresolved",
                       error.startsWith(QLatin1Char('!')) ? error.mid(1) : error);
                return;
            }
            if (target.doc == m_main.get()) {
                if (auto segs = decodePointer(fragment)) {
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
                QString ignored;
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

QString DocumentSet::locationOf(std::string_view ref, const YamlDocument *from, std::string *fragment,
                                bool *remote) const
{
    const std::size_t hash = ref.find('#');
    const std::string_view file = ref.substr(0, hash);
    *fragment = hash == std::string_view::npos ? std::string() : std::string(ref.substr(hash + 1));
    *remote = false;
    const auto pathIt = m_paths.find(from);
    const QString base = pathIt == m_paths.end() ? QString() : pathIt->second;
    if (file.empty())
        return base;
    const QString fileStr = QString::fromUtf8(file.data(), qsizetype(file.size()));
    if (isRemote(file)) {
        *remote = true;
        return QUrl(fileStr).adjusted(QUrl::NormalizePathSegments).toString();
    }
    if (isRemote(base.toStdString())) {
        *remote = true;
        return QUrl(base).resolved(QUrl(fileStr)).toString();
    }
    if (hasScheme(file))
        return QString(); // urn:, file: and friends are not supported
    const QString decoded = QUrl::fromPercentEncoding(fileStr.toUtf8());
    const QString dir = base.isEmpty() ? QDir::currentPath() : QFileInfo(base).absolutePath();
    return QDir::cleanPath(QDir(dir).absoluteFilePath(decoded));
}

void DocumentSet::load(const QString &location, bool remote, const LoadOptions &options)
{
    Loaded &slot = m_files[location];
    std::optional<QByteArray> bytes;
    if (remote)
        bytes = options.fetchRemote(location);
    else
        bytes = options.readFile ? options.readFile(location) : readFromDisk(location);
    if (!bytes) {
        slot.error = remote ? Tr::tr("Could not fetch '%1'").arg(location) : Tr::tr("Cannot read file '%1'").arg(location);
        return;
    }
    slot.doc = YamlDocument::parse(*bytes, location, options.limits);
    m_paths[slot.doc.get()] = location;
}

NodeRef DocumentSet::walk(NodeRef cur, const std::vector<std::string> &segments, int depth) const
{
    for (const std::string &seg : segments) {
        // A pointer may pass through references on its way, as JSON Reference resolvers allow.
        for (int hops = 0; cur && refValue(cur.node) && hops < MaxRefHops; ++hops) {
            QString ignored;
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

NodeRef DocumentSet::resolveImpl(std::string_view ref, const YamlDocument *from, int depth, QString *error) const
{
    if (depth > MaxRefHops) {
        *error = Tr::tr("Reference '%1' is nested too deeply").arg(QString::fromUtf8(ref.data(), qsizetype(ref.size())));
        return {};
    }
    const QString refStr = QString::fromUtf8(ref.data(), qsizetype(ref.size()));
    std::string fragment;
    bool remote = false;
    const QString location = locationOf(ref, from, &fragment, &remote);
    const YamlDocument *doc = nullptr;
    if (location.isEmpty() && ref.substr(0, ref.find('#')).empty()) {
        doc = from;
    } else if (location.isEmpty()) {
        *error = QLatin1Char('!') + Tr::tr("Reference '%1' uses an unsupported scheme").arg(refStr);
        return {};
    } else if (location == m_mainPath) {
        doc = m_main.get();
    } else {
        const auto it = m_files.find(location);
        if (it == m_files.end()) {
            *error = remote ? Tr::tr("Remote reference '%1' was not fetched").arg(refStr)
                            : Tr::tr("Reference '%1': too many files are referenced").arg(refStr);
            return {};
        }
        if (!it->second.doc) {
            *error = Tr::tr("Reference '%1': %2").arg(refStr, it->second.error);
            return {};
        }
        doc = it->second.doc.get();
    }
    if (!doc->root()) {
        *error = Tr::tr("Reference '%1' points into a file that does not parse").arg(refStr);
        return {};
    }
    const auto segments = decodePointer(fragment);
    if (!segments) {
        *error = QLatin1Char('!') + Tr::tr("'%1' is not a valid JSON pointer").arg(refStr);
        return {};
    }
    NodeRef target = walk(NodeRef{doc->root(), doc}, *segments, depth);
    if (!target)
        *error = Tr::tr("'%1' does not exist").arg(refStr);
    return target;
}

NodeRef DocumentSet::resolve(std::string_view ref, const YamlDocument *from) const
{
    QString ignored;
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
