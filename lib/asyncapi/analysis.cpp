// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "analysis.h"

#include "lifetime.h"
#include "validation/rules.h"
#include "validation/schemavalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <future>
#include <unordered_map>
#include <unordered_set>

Q_LOGGING_CATEGORY(lcAnalysis, "signalbox.asyncapi.analysis", QtWarningMsg)

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxAnalysis)
};

QString str(const YamlNode *n)
{
    return n && n->isScalar() ? n->text() : QString();
}

QString strAt(NodeRef r, const char *key)
{
    return r && r.node->isMapping() ? str(r.node->get(key)) : QString();
}

QStringList keysOf(const YamlNode *n)
{
    QStringList out;
    if (!n || !n->isMapping())
        return out;
    for (std::size_t i = 0; i < n->size(); ++i) {
        if (n->keyAt(i)->isScalar())
            out << n->keyAt(i)->text();
    }
    return out;
}

QStringList scalarList(const YamlNode *n)
{
    QStringList out;
    if (n && n->isSequence()) {
        for (const YamlNode *c : n->children) {
            if (c->isScalar())
                out << c->text();
        }
    }
    return out;
}

/** Builds the model from the main document, following references. */
class ModelBuilder
{
public:
    explicit ModelBuilder(const DocumentSet &set)
        : m_set(set)
        , m_doc(set.main())
        , m_root(set.main()->root())
    {}

    std::shared_ptr<const Spec> build(const QString &version)
    {
        std::shared_ptr<Spec> spec = freedInBackground(new Spec);
        spec->asyncapiVersion = version;
        spec->majorVersion = version.section(QLatin1Char('.'), 0, 0).toInt();
        spec->id = str(m_root->get("id"));
        spec->defaultContentType = str(m_root->get("defaultContentType"));
        if (const NodeRef info = follow(main(m_root->get("info")))) {
            spec->info.title = strAt(info, "title");
            spec->info.version = strAt(info, "version");
            spec->info.description = strAt(info, "description");
            spec->info.range = keyRange("info");
        }
        forEach(m_root->get("servers"), "/servers", [&](Element e) { spec->servers << server(std::move(e)); });
        const bool v3 = spec->majorVersion >= 3;
        forEach(m_root->get("channels"), "/channels", [&](Element e) {
            spec->channels << channel(e, v3);
            if (!v3)
                operations2(e, spec->operations);
        });
        if (v3) {
            forEach(m_root->get("operations"), "/operations",
                    [&](Element e) { spec->operations << operation3(std::move(e)); });
        }
        if (const YamlNode *components = m_root->get("components"); components && components->isMapping()) {
            for (std::size_t i = 0; i < components->size(); ++i) {
                const QString kind = str(components->keyAt(i));
                forEach(components->valueAt(i), "/components/" + escapePointerSegment(components->keyAt(i)->value),
                        [&](Element e) {
                            Component c;
                            static_cast<Element &>(c) = std::move(e);
                            c.kind = kind;
                            spec->components << c;
                        });
            }
        }
        return spec;
    }

private:
    NodeRef main(const YamlNode *n) const { return NodeRef{n, m_doc}; }
    NodeRef follow(NodeRef r) const { return m_set.follow(r); }

    SourceRange keyRange(const char *key) const { return m_doc->range(m_root->keyOf(key)); }

    template<typename F>
    void forEach(const YamlNode *mapNode, const std::string &pointer, F &&f, const YamlDocument *doc = nullptr)
    {
        const NodeRef map = follow(NodeRef{mapNode, doc ? doc : m_doc});
        if (!map || !map.node->isMapping())
            return;
        for (std::size_t i = 0; i < map.node->size(); ++i) {
            const YamlNode *k = map.node->keyAt(i);
            if (!k->isScalar())
                continue;
            Element e;
            e.name = k->text();
            e.range = map.doc->range(k);
            e.extent = map.doc->range(k->startByte, std::max(k->endByte, map.node->valueAt(i)->endByte));
            e.pointer = QString::fromStdString(pointer + '/' + escapePointerSegment(k->value));
            e.node = follow(NodeRef{map.node->valueAt(i), map.doc});
            f(std::move(e));
        }
    }

    /** The key under which the target of a reference is defined, e.g. the channel name of `#/channels/x`. */
    QString nameOfTarget(const YamlNode *ref, const YamlDocument *doc, const char *container) const
    {
        const YamlNode *r = DocumentSet::refValue(ref);
        if (!r)
            return {};
        std::string_view v = r->value;
        const std::string prefix = std::string("#/") + container + "/";
        if (v.rfind(prefix, 0) == 0 && m_set.resolve(v, doc)) {
            const auto segs = DocumentSet::decodePointer(v.substr(1));
            const std::size_t depth = std::size_t(std::count(prefix.begin(), prefix.end(), '/')) - 1;
            if (segs && segs->size() > depth)
                return QString::fromStdString((*segs)[depth]);
        }
        return {};
    }

    Server server(Element e)
    {
        Server s;
        static_cast<Element &>(s) = std::move(e);
        const NodeRef n = s.node;
        if (!n || !n.node->isMapping())
            return s;
        s.host = strAt(n, "host");
        if (s.host.isEmpty())
            s.host = strAt(n, "url");
        s.protocol = strAt(n, "protocol");
        s.protocolVersion = strAt(n, "protocolVersion");
        s.pathname = strAt(n, "pathname");
        s.title = strAt(n, "title");
        s.description = strAt(n, "description");
        s.bindings = keysOf(follow(NodeRef{n.node->get("bindings"), n.doc}).node);
        forEach(
            n.node->get("variables"), s.pointer.toStdString() + "/variables",
            [&](Element ve) {
                ServerVariable v;
                static_cast<Element &>(v) = std::move(ve);
                v.defaultValue = strAt(v.node, "default");
                v.description = strAt(v.node, "description");
                if (v.node && v.node.node->isMapping())
                    v.enumValues = scalarList(v.node.node->get("enum"));
                s.variables << v;
            },
            n.doc);
        if (const YamlNode *sec = n.node->get("security"); sec && sec->isSequence()) {
            for (const YamlNode *item : sec->children) {
                if (DocumentSet::refValue(item)) {
                    const QString name = nameOfTarget(item, n.doc, "components/securitySchemes");
                    const auto *r = DocumentSet::refValue(item);
                    s.security << (name.isEmpty() ? r->text().section(QLatin1Char('/'), -1) : name);
                } else if (item->isMapping()) {
                    s.security << keysOf(item);
                }
            }
        }
        return s;
    }

    Message message(Element e)
    {
        Message m;
        static_cast<Element &>(m) = std::move(e);
        const NodeRef n = m.node;
        if (!n || !n.node->isMapping())
            return m;
        m.messageName = strAt(n, "name");
        m.title = strAt(n, "title");
        m.summary = strAt(n, "summary");
        m.contentType = strAt(n, "contentType");
        m.schemaFormat = strAt(n, "schemaFormat");
        m.payload = follow(NodeRef{n.node->get("payload"), n.doc});
        if (m.payload && m.payload.node->isMapping() && m.payload.node->get("schemaFormat") &&
            m.payload.node->get("schema")) {
            m.schemaFormat = strAt(m.payload, "schemaFormat");
            m.payload = follow(NodeRef{m.payload.node->get("schema"), m.payload.doc});
        }
        m.headers = follow(NodeRef{n.node->get("headers"), n.doc});
        if (const YamlNode *ex = n.node->get("examples"); ex && ex->isSequence())
            m.exampleCount = int(ex->size());
        return m;
    }

    Channel channel(const Element &e, bool v3)
    {
        Channel c;
        static_cast<Element &>(c) = e;
        const NodeRef n = c.node;
        if (!n || !n.node->isMapping())
            return c;
        if (v3) {
            const YamlNode *a = n.node->get("address");
            c.dynamicAddress = !a || a->isNull();
            c.address = c.dynamicAddress ? QString() : str(a);
        } else {
            c.address = c.name;
        }
        c.title = strAt(n, "title");
        c.description = strAt(n, "description");
        c.bindings = keysOf(follow(NodeRef{n.node->get("bindings"), n.doc}).node);
        forEach(
            n.node->get("parameters"), c.pointer.toStdString() + "/parameters",
            [&](Element pe) {
                Parameter p;
                static_cast<Element &>(p) = std::move(pe);
                if (p.node && p.node.node->isMapping()) {
                    p.enumValues = scalarList(p.node.node->get("enum"));
                    p.defaultValue = strAt(p.node, "default");
                    p.examples = scalarList(p.node.node->get("examples"));
                    p.description = strAt(p.node, "description");
                    p.location = strAt(p.node, "location");
                    if (const NodeRef schema = follow(NodeRef{p.node.node->get("schema"), p.node.doc})) {
                        // 2.x parameters keep these in a schema.
                        if (p.enumValues.isEmpty() && schema.node->isMapping())
                            p.enumValues = scalarList(schema.node->get("enum"));
                        if (p.defaultValue.isEmpty())
                            p.defaultValue = strAt(schema, "default");
                    }
                }
                c.parameters << p;
            },
            n.doc);
        if (v3) {
            forEach(
                n.node->get("messages"), c.pointer.toStdString() + "/messages",
                [&](Element me) { c.messages << message(std::move(me)); }, n.doc);
            if (const YamlNode *servers = n.node->get("servers"); servers && servers->isSequence()) {
                for (const YamlNode *s : servers->children) {
                    const QString name = nameOfTarget(s, n.doc, "servers");
                    if (!name.isEmpty())
                        c.servers << name;
                }
            }
        } else {
            c.servers = scalarList(n.node->get("servers"));
        }
        return c;
    }

    void operations2(const Element &ch, QList<Operation> &out)
    {
        const NodeRef n = ch.node;
        if (!n || !n.node->isMapping())
            return;
        for (const char *verb : {"publish", "subscribe"}) {
            const NodeRef op = follow(NodeRef{n.node->get(verb), n.doc});
            if (!op || !op.node->isMapping())
                continue;
            Operation o;
            o.node = op;
            o.name = strAt(op, "operationId");
            if (o.name.isEmpty())
                o.name = QString::fromLatin1(verb) + QLatin1Char(' ') + ch.name;
            o.pointer = ch.pointer + QLatin1Char('/') + QLatin1String(verb);
            o.range = n.doc->range(n.node->keyOf(verb));
            // In 2.x, "publish" describes what others publish: the application receives it.
            o.action = qstrcmp(verb, "publish") == 0 ? Operation::Action::Receive : Operation::Action::Send;
            o.channel = ch.name;
            o.channelResolved = true;
            o.title = strAt(op, "title");
            o.summary = strAt(op, "summary");
            o.description = strAt(op, "description");
            o.bindings = keysOf(follow(NodeRef{op.node->get("bindings"), op.doc}).node);
            out << o;
        }
    }

    Operation operation3(Element e)
    {
        Operation o;
        static_cast<Element &>(o) = std::move(e);
        const NodeRef n = o.node;
        if (!n || !n.node->isMapping())
            return o;
        const QString action = strAt(n, "action");
        o.action = action == QLatin1String("send")      ? Operation::Action::Send
                   : action == QLatin1String("receive") ? Operation::Action::Receive
                                                        : Operation::Action::Unknown;
        o.title = strAt(n, "title");
        o.summary = strAt(n, "summary");
        o.description = strAt(n, "description");
        o.bindings = keysOf(follow(NodeRef{n.node->get("bindings"), n.doc}).node);
        o.channel = nameOfTarget(n.node->get("channel"), n.doc, "channels");
        o.channelResolved = !o.channel.isEmpty();
        o.messages = messageNames(n.node->get("messages"), n.doc);
        if (const YamlNode *traits = n.node->get("traits"); traits && traits->isSequence()) {
            for (const YamlNode *t : traits->children) {
                const QString name = nameOfTarget(t, n.doc, "components/operationTraits");
                o.traits << (name.isEmpty() ? Tr::tr("(inline)") : name);
            }
        }
        if (const YamlNode *sec = n.node->get("security"); sec && sec->isSequence()) {
            for (const YamlNode *s : sec->children) {
                const YamlNode *r = DocumentSet::refValue(s);
                o.security << (r ? r->text().section(QLatin1Char('/'), -1) : str(s->get("type")));
            }
        }
        if (const NodeRef reply = follow(NodeRef{n.node->get("reply"), n.doc}); reply && reply.node->isMapping()) {
            o.reply.present = true;
            o.reply.range = n.doc->range(n.node->keyOf("reply"));
            o.reply.channel = nameOfTarget(reply.node->get("channel"), reply.doc, "channels");
            if (const NodeRef addr = follow(NodeRef{reply.node->get("address"), reply.doc}))
                o.reply.address = strAt(addr, "location");
            o.reply.messages = messageNames(reply.node->get("messages"), reply.doc);
        }
        return o;
    }

    /** `#/channels/c/messages/m` → "m". */
    QStringList messageNames(const YamlNode *list, const YamlDocument *doc) const
    {
        QStringList out;
        if (!list || !list->isSequence())
            return out;
        for (const YamlNode *m : list->children) {
            const YamlNode *r = DocumentSet::refValue(m);
            if (!r || !m_set.resolve(r->value, doc))
                continue;
            const auto segs = DocumentSet::decodePointer(std::string_view(r->value).substr(r->value.find('#') + 1));
            if (segs && !segs->empty())
                out << QString::fromStdString(segs->back());
        }
        return out;
    }

    const DocumentSet &m_set;
    const YamlDocument *m_doc;
    const YamlNode *m_root;
};

/**
 * Gives every diagnostic without a JSON pointer the pointer of the node it starts on: one walk
 * per document (each node once, aliases not expanded), only when some diagnostic needs it.
 */
void fillPointers(Diagnostics &diagnostics, const DocumentSet &set)
{
    std::vector<const YamlDocument *> docs{set.main()};
    for (const YamlDocument *d : set.others())
        docs.push_back(d);
    for (const YamlDocument *doc : docs) {
        const QString file = doc == set.main() ? QString() : doc->fileName();
        std::unordered_map<std::size_t, std::vector<Diagnostic *>> wanted;
        for (Diagnostic &d : diagnostics) {
            if (d.pointer.isEmpty() && d.file == file && d.range.isValid())
                wanted[doc->byteOffset(d.range.start)].push_back(&d);
        }
        if (wanted.empty() || !doc->root() || doc->isExpansionTooLarge())
            continue;
        std::unordered_set<const YamlNode *> visited;
        std::vector<std::pair<const YamlNode *, std::string>> stack{{doc->root(), std::string()}};
        // A block mapping starts where its first key does: the deepest node there wins, so later
        // (deeper) finds overwrite earlier ones.
        auto found = [&wanted](const YamlNode *n, const std::string &pointer) {
            const auto it = wanted.find(n->startByte);
            if (it == wanted.end())
                return;
            for (Diagnostic *d : it->second)
                d->pointer = QString::fromStdString(pointer);
        };
        while (!stack.empty()) {
            auto [node, pointer] = std::move(stack.back());
            stack.pop_back();
            found(node, pointer);
            if (node->children.empty() || !visited.insert(node).second)
                continue;
            if (node->isMapping()) {
                for (std::size_t i = node->size(); i-- > 0;) {
                    const std::string child = pointer + '/' + escapePointerSegment(node->keyAt(i)->value);
                    found(node->keyAt(i), child);
                    stack.emplace_back(node->valueAt(i), child);
                }
            } else {
                for (std::size_t i = node->size(); i-- > 0;)
                    stack.emplace_back(node->item(i), pointer + '/' + std::to_string(i));
            }
        }
    }
}

Diagnostic at(const YamlDocument &doc, const YamlNode *node, Severity sev, const char *code, const QString &message)
{
    Diagnostic d;
    d.severity = sev;
    d.code = QString::fromLatin1(code);
    d.message = message;
    d.range = node ? doc.range(node) : doc.range(0, 0);
    return d;
}

} // namespace

const Channel *Spec::channel(const QString &name) const
{
    for (const Channel &c : channels) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const Server *Spec::server(const QString &name) const
{
    for (const Server &s : servers) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const Operation *Spec::operation(const QString &name) const
{
    for (const Operation &o : operations) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

bool Analysis::isValid() const
{
    return parsed() && spec && errorCount() == 0;
}

std::shared_ptr<const Analysis> analyze(const QString &text, const AnalyzeOptions &options)
{
    return analyze(text.toUtf8(), options);
}

namespace {
std::shared_ptr<const Analysis> analyzeImpl(const QByteArray &utf8, const AnalyzeOptions &options);
} // namespace

std::shared_ptr<const Analysis> analyze(const QByteArray &utf8, const AnalyzeOptions &options)
{
    // The library never throws across its API: a bug in a corner becomes a diagnostic, not a crash.
    try {
        return analyzeImpl(utf8, options);
    } catch (const std::exception &e) {
        auto result = std::make_shared<Analysis>();
        result->generation = options.generation;
        result->filePath = options.filePath;
        Diagnostic d;
        d.code = QStringLiteral("internal.error");
        d.message = Tr::tr("The document could not be analysed: %1").arg(QString::fromUtf8(e.what()));
        d.range.start = d.range.end = SourcePosition{0, 0, 0};
        result->diagnostics.append(d);
        return result;
    }
}

namespace {
std::shared_ptr<const Analysis> analyzeImpl(const QByteArray &utf8, const AnalyzeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    auto phase = [&timer](const char *name) {
        qCDebug(lcAnalysis, "%s: %.1f ms", name, double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
    };
    std::shared_ptr<Analysis> result = freedInBackground(new Analysis);
    result->generation = options.generation;
    result->filePath = options.filePath;
    result->document = YamlDocument::parse(utf8, options.filePath, options.load.limits);
    phase("parse");
    const YamlDocument &doc = *result->document;
    Diagnostics &out = result->diagnostics;
    out = doc.diagnostics();

    auto finish = [&]() -> std::shared_ptr<const Analysis> {
        std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            if (a.file != b.file)
                return a.file.isEmpty() || (!b.file.isEmpty() && a.file < b.file);
            return a.range.start.offset < b.range.start.offset;
        });
        return result;
    };

    const YamlNode *root = doc.root();
    if (!root || doc.isExpansionTooLarge()) {
        if (root == nullptr && out.isEmpty() && doc.text().find_first_not_of(" \t\r\n") == std::string::npos)
            out.append(at(doc, nullptr, Severity::Error, "document.empty", Tr::tr("The document is empty")));
        else if (!root && countSeverity(out, Severity::Error) == 0)
            out.append(at(doc, nullptr, Severity::Error, "document.empty", Tr::tr("The document is empty")));
        return finish();
    }
    result->documents = freedInBackground(new DocumentSet(result->document, options.filePath, options.load));
    const DocumentSet &set = *result->documents;
    phase("references");

    const YamlNode *versionNode = root->isMapping() ? root->get("asyncapi") : nullptr;
    if (!versionNode) {
        out.append(at(doc, root->isMapping() ? nullptr : root, Severity::Error, "document.not-asyncapi",
                      Tr::tr("This is not an AsyncAPI document: it has no 'asyncapi' field giving its version")));
        return finish();
    }
    if (!versionNode->isString()) {
        out.append(at(doc, versionNode, Severity::Error, "document.version-not-string",
                      Tr::tr("The 'asyncapi' version must be a string; write it in quotes, e.g. '3.0.0'")));
        return finish();
    }
    const QString version = versionNode->text();
    const int major = version.section(QLatin1Char('.'), 0, 0).toInt();
    if (!supportedSchemaVersions().contains(version)) {
        out.append(at(doc, versionNode, Severity::Error, "document.unsupported-version",
                      Tr::tr("AsyncAPI version '%1' is not supported; supported versions are %2")
                          .arg(version, supportedSchemaVersions().join(QStringLiteral(", ")))));
        return finish();
    }
    if (major == 2)
        out.append(at(doc, versionNode, Severity::Info, "document.convertible",
                      Tr::tr("This is an AsyncAPI %1 document; it can be converted to 3.0").arg(version)));

    out += set.diagnostics();
    const std::uint64_t budget = std::max<std::uint64_t>(options.load.limits.minExpandedNodes,
                                                         options.load.limits.expansionFactor * doc.nodeCount());
    // The schema check and the rules only read the immutable document set: on a big document
    // run them side by side (the machine has two cores; the editor's worker is one thread).
    constexpr std::size_t ParallelFromNodes = 20000;
    std::future<Diagnostics> schemaDiagnostics;
    if (options.load.limits.parallel && doc.nodeCount() >= ParallelFromNodes)
        schemaDiagnostics = std::async(std::launch::async, [&set, version, budget] {
            return validateAgainstOfficialSchema(set, version, budget);
        });
    else
        out += validateAgainstOfficialSchema(set, version, budget);
    const Diagnostics rules = checkRules(set, major, options.reportUnused);
    result->spec = ModelBuilder(set).build(version);
    if (schemaDiagnostics.valid())
        out += schemaDiagnostics.get();
    out += rules;
    fillPointers(out, set);
    phase("schema, rules and model");
    return finish();
}

} // namespace

} // namespace Signalbox::AsyncApi
