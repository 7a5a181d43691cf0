// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "specbuilder.h"

#include "walk_p.h"

#include <asyncapi/lifetime.h>

#include <QCoreApplication>

#include <algorithm>

namespace Signalbox::AsyncApi {

namespace {

/** Translations of this file's messages (lupdate reads the context from here). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxSpecBuilder)
};

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
class SpecBuilder
{
public:
    SpecBuilder(const DocumentSet &set, const QString &version)
        : m_set(set)
        , m_doc(set.main())
        , m_root(set.main()->root())
        , m_major(version.section(QLatin1Char('.'), 0, 0).toInt())
    {}

    std::shared_ptr<const Spec> build(const QString &version)
    {
        std::shared_ptr<Spec> spec = freedInBackground(new Spec);
        spec->asyncapiVersion = version;
        spec->majorVersion = m_major;
        const NodeRef root{m_root, m_doc};
        spec->id = root.textAt("id");
        spec->defaultContentType = root.textAt("defaultContentType");
        if (const NodeRef info = follow(root.at("info"))) {
            spec->info.title = info.textAt("title");
            spec->info.version = info.textAt("version");
            spec->info.description = info.textAt("description");
            spec->info.termsOfService = info.textAt("termsOfService");
            const NodeRef contact = follow(info.at("contact"));
            spec->info.contact = {contact.textAt("name"), contact.textAt("url"), contact.textAt("email")};
            const NodeRef license = follow(info.at("license"));
            spec->info.license = {license.textAt("name"), license.textAt("url")};
            spec->info.externalDocs = externalDocs(info);
            spec->info.tags = tags(info);
            spec->info.range = m_doc->range(m_root->keyOf("info"));
        }
        forEach(root.at("servers"), "/servers", [&](Element e) { spec->servers << server(std::move(e)); });
        forEach(root.at("channels"), "/channels", [&](Element e) {
            spec->channels << channel(e);
            if (m_major < 3)
                operations2(spec->channels.last(), spec->operations);
        });
        if (m_major >= 3) {
            forEach(root.at("operations"), "/operations",
                    [&](Element e) { spec->operations << operation3(std::move(e), spec->channels); });
        }
        Walk::forEachEntry(m_set, root.at("components"), [&](NodeRef kindKey, NodeRef map) {
            const QString kind = kindKey.node->text();
            forEach(map, "/components/" + escapePointerSegment(kindKey.node->value), [&](Element e) {
                Component c;
                static_cast<Element &>(c) = std::move(e);
                c.kind = kind;
                spec->components << c;
            });
        });
        return spec;
    }

private:
    NodeRef follow(NodeRef r) const { return m_set.follow(r); }

    /** Calls f(element) for each entry of the mapping \a map (followed), its value followed in the element. */
    template<typename F> void forEach(NodeRef map, const std::string &pointer, F &&f) const
    {
        const NodeRef m = follow(map);
        if (!m || !m.node->isMapping())
            return;
        for (std::size_t i = 0; i < m.node->size(); ++i) {
            const YamlNode *k = m.node->keyAt(i);
            if (!k->isScalar())
                continue;
            Element e;
            e.name = k->text();
            e.range = m.doc->range(k);
            e.extent = m.doc->range(k->startByte, std::max(k->endByte, m.node->valueAt(i)->endByte));
            e.pointer = QString::fromStdString(pointer + '/' + escapePointerSegment(k->value));
            e.node = follow(NodeRef{m.node->valueAt(i), m.doc});
            f(std::move(e));
        }
    }

    /** The key under which the target of a reference is defined, e.g. the channel name of `#/channels/x`. */
    QString nameOfTarget(NodeRef ref, const char *container) const
    {
        const YamlNode *r = DocumentSet::refValue(ref.node);
        if (!r)
            return {};
        std::string_view v = r->value;
        const std::string prefix = std::string("#/") + container + "/";
        if (v.rfind(prefix, 0) == 0 && m_set.resolve(v, ref.doc)) {
            const auto segs = DocumentSet::decodePointer(v.substr(1));
            const std::size_t depth = std::size_t(std::count(prefix.begin(), prefix.end(), '/')) - 1;
            if (segs && segs->size() > depth)
                return QString::fromStdString((*segs)[depth]);
        }
        return {};
    }

    ExternalDocs externalDocs(NodeRef owner) const { return externalDocsOf(owner.at("externalDocs")); }
    ExternalDocs externalDocsOf(NodeRef value) const
    {
        const NodeRef d = follow(value);
        return {d.textAt("url"), d.textAt("description")};
    }

    QList<Tag> tags(NodeRef owner) const { return tagsOf(owner.at("tags")); }
    QList<Tag> tagsOf(NodeRef list) const
    {
        QList<Tag> out;
        Walk::forEachItem(follow(list), [&](NodeRef item) {
            if (const NodeRef t = follow(item); t && t.node->isMapping())
                out << Tag{t.textAt("name"), t.textAt("description"), externalDocs(t)};
        });
        return out;
    }

    Bindings bindings(NodeRef owner) const { return bindingsOf(owner.at("bindings")); }
    Bindings bindingsOf(NodeRef value) const
    {
        Bindings b;
        b.node = follow(value);
        b.protocols = keysOf(b.node.node);
        return b;
    }

    /** Names of the traits listed under `traits` ("(inline)" for one written in place). */
    QStringList traits(NodeRef owner, const char *container) const
    {
        QStringList out;
        Walk::forEachItem(owner.at("traits"), [&](NodeRef t) {
            const QString name = nameOfTarget(t, container);
            out << (name.isEmpty() ? Tr::tr("(inline)") : name);
        });
        return out;
    }

    SecurityScheme securityScheme(const QString &name, NodeRef definition) const
    {
        SecurityScheme s;
        s.name = name;
        const NodeRef d = follow(definition);
        if (!d || !d.node->isMapping())
            return s;
        s.resolved = true;
        s.type = d.textAt("type");
        s.description = d.textAt("description");
        s.scheme = d.textAt("scheme");
        s.bearerFormat = d.textAt("bearerFormat");
        s.in = d.textAt("in");
        s.parameterName = d.textAt("name");
        s.openIdConnectUrl = d.textAt("openIdConnectUrl");
        s.scopes = scalarList(d.at("scopes").node);
        return s;
    }

    /**
     * The schemes a `security` list requires: 3.x lists schemes (references or written in place),
     * 2.x lists requirements ({schemeName: [scopes]}) naming schemes of components/securitySchemes.
     */
    QList<SecurityScheme> security(NodeRef owner) const { return securityOf(owner.at("security")); }
    QList<SecurityScheme> securityOf(NodeRef list) const
    {
        QList<SecurityScheme> out;
        Walk::forEachItem(follow(list), [&](NodeRef item) {
            if (const YamlNode *r = DocumentSet::refValue(item.node)) {
                const QString name = nameOfTarget(item, "components/securitySchemes");
                out << securityScheme(name.isEmpty() ? r->text().section(QLatin1Char('/'), -1) : name, item);
            } else if (m_major >= 3 && item.node->isMapping() && item.node->get("type")) {
                out << securityScheme(item.textAt("type"), item);
            } else if (item.node->isMapping()) {
                const NodeRef schemes = follow(NodeRef{m_root, m_doc}.at("components")).at("securitySchemes");
                const NodeRef definitions = follow(schemes);
                for (std::size_t i = 0; i < item.node->size(); ++i) {
                    const YamlNode *key = item.node->keyAt(i);
                    if (!key->isScalar())
                        continue;
                    SecurityScheme s = securityScheme(key->text(), definitions.at(key->value));
                    s.scopes = scalarList(item.node->valueAt(i));
                    out << s;
                }
            }
        });
        return out;
    }

    Server server(Element e) const
    {
        Server s;
        static_cast<Element &>(s) = std::move(e);
        const NodeRef n = s.node;
        if (!n || !n.node->isMapping())
            return s;
        s.host = n.textAt("host");
        if (s.host.isEmpty())
            s.host = n.textAt("url");
        s.protocol = n.textAt("protocol");
        s.protocolVersion = n.textAt("protocolVersion");
        s.pathname = n.textAt("pathname");
        s.title = n.textAt("title");
        s.description = n.textAt("description");
        s.bindings = bindings(n);
        s.tags = tags(n);
        s.externalDocs = externalDocs(n);
        forEach(n.at("variables"), s.pointer.toStdString() + "/variables", [&](Element ve) {
            ServerVariable v;
            static_cast<Element &>(v) = std::move(ve);
            v.defaultValue = v.node.textAt("default");
            v.description = v.node.textAt("description");
            v.enumValues = scalarList(v.node.at("enum").node);
            s.variables << v;
        });
        s.security = security(n);
        return s;
    }

    /** The value under \a key of \a owner with its traits applied (see Walk::traitField). */
    NodeRef field(NodeRef owner, std::string_view key) const { return Walk::traitField(m_set, owner, key, m_major); }
    QString text(NodeRef owner, std::string_view key) const { return Walk::traitText(m_set, owner, key, m_major); }

    /** Fills \a m from its definition m.node (followed), its traits applied. */
    void message(Message &m) const
    {
        const NodeRef n = m.node;
        if (!n || !n.node->isMapping())
            return;
        m.messageName = text(n, "name");
        m.messageId = text(n, "messageId");
        m.title = text(n, "title");
        m.summary = text(n, "summary");
        m.description = text(n, "description");
        m.contentType = text(n, "contentType");
        m.schemaFormat = text(n, "schemaFormat");
        // The builder has always taken a {schemaFormat, schema} payload off whatever the version says.
        const Walk::Schema payload = Walk::unwrapSchema(m_set, n.at("payload"), 3);
        m.payload = payload.node;
        if (payload.wrapped)
            m.schemaFormat = QString::fromUtf8(payload.format.data(), qsizetype(payload.format.size()));
        m.headers = Walk::unwrapSchema(m_set, field(n, "headers"), m_major).node;
        const NodeRef correlation = follow(field(n, "correlationId"));
        m.correlationId = {correlation.textAt("location"), correlation.textAt("description")};
        int index = 0;
        Walk::forEachItem(follow(field(n, "examples")), [&](NodeRef item) {
            if (const NodeRef ex = follow(item); ex && ex.node->isMapping())
                m.examples << MessageExample{index, ex.textAt("name"), ex.textAt("summary"), ex.at("payload"),
                                             ex.at("headers")};
            ++index;
        });
        m.tags = tagsOf(field(n, "tags"));
        m.externalDocs = externalDocsOf(field(n, "externalDocs"));
        m.bindings = bindingsOf(field(n, "bindings"));
        m.traits = traits(n, "components/messageTraits");
    }

    /** The fields an operation's traits may give, applied. */
    void operationFields(Operation &o) const
    {
        const NodeRef n = o.node;
        o.title = text(n, "title");
        o.summary = text(n, "summary");
        o.description = text(n, "description");
        o.bindings = bindingsOf(field(n, "bindings"));
        o.tags = tagsOf(field(n, "tags"));
        o.externalDocs = externalDocsOf(field(n, "externalDocs"));
        o.traits = traits(n, "components/operationTraits");
        o.security = securityOf(field(n, "security"));
    }

    Channel channel(const Element &e)
    {
        Channel c;
        static_cast<Element &>(c) = e;
        const NodeRef n = c.node;
        if (!n || !n.node->isMapping())
            return c;
        if (m_major >= 3) {
            const YamlNode *a = n.node->get("address");
            c.dynamicAddress = !a || a->isNull();
            c.address = c.dynamicAddress || !a->isScalar() ? QString() : a->text();
        } else {
            c.address = c.name;
        }
        c.title = n.textAt("title");
        c.description = n.textAt("description");
        c.bindings = bindings(n);
        c.tags = tags(n);
        c.externalDocs = externalDocs(n);
        forEach(n.at("parameters"), c.pointer.toStdString() + "/parameters", [&](Element pe) {
            Parameter p;
            static_cast<Element &>(p) = std::move(pe);
            if (p.node && p.node.node->isMapping()) {
                p.enumValues = scalarList(p.node.at("enum").node);
                p.defaultValue = p.node.textAt("default");
                p.examples = scalarList(p.node.at("examples").node);
                p.description = p.node.textAt("description");
                p.location = p.node.textAt("location");
                if (const NodeRef schema = follow(p.node.at("schema"))) {
                    // 2.x parameters keep these in a schema.
                    if (p.enumValues.isEmpty() && schema.node->isMapping())
                        p.enumValues = scalarList(schema.at("enum").node);
                    if (p.defaultValue.isEmpty())
                        p.defaultValue = schema.textAt("default");
                }
            }
            c.parameters << p;
        });
        if (m_major >= 3) {
            forEach(n.at("messages"), c.pointer.toStdString() + "/messages", [&](Element me) {
                Message m;
                static_cast<Element &>(m) = std::move(me);
                message(m);
                c.messages << m;
            });
            Walk::forEachItem(n.at("servers"), [&](NodeRef s) {
                if (const QString name = nameOfTarget(s, "servers"); !name.isEmpty())
                    c.servers << name;
            });
        } else {
            c.servers = scalarList(n.at("servers").node);
        }
        return c;
    }

    /** A 2.x message's name: its messageId, its key under components/messages, its name, or a made-up one. */
    QString message2Name(const Walk::MessageSite &site)
    {
        QString name = text(site.message, "messageId");
        if (name.isEmpty())
            name = nameOfTarget(site.written, "components/messages");
        if (name.isEmpty())
            name = text(site.message, "name");
        if (name.isEmpty())
            name = QStringLiteral("<anonymous-message-%1>").arg(++m_anonymousMessages);
        return name;
    }

    /** The publish and subscribe operations of 2.x channel \a ch, whose messages become the channel's. */
    void operations2(Channel &ch, QList<Operation> &out)
    {
        const NodeRef n = ch.node;
        if (!n || !n.node->isMapping())
            return;
        for (const char *verb : {"publish", "subscribe"}) {
            const NodeRef op = follow(n.at(verb));
            if (!op || !op.node->isMapping())
                continue;
            Operation o;
            o.node = op;
            o.name = text(op, "operationId");
            if (o.name.isEmpty())
                o.name = QString::fromLatin1(verb) + QLatin1Char(' ') + ch.name;
            o.pointer = ch.pointer + QLatin1Char('/') + QLatin1String(verb);
            o.range = n.doc->range(n.node->keyOf(verb));
            o.extent = n.doc->range(n.node->keyOf(verb)->startByte, n.node->get(verb)->endByte);
            // In 2.x, "publish" describes what others publish: the application receives it.
            o.action = qstrcmp(verb, "publish") == 0 ? Operation::Action::Receive : Operation::Action::Send;
            o.verb2x = QString::fromLatin1(verb);
            o.channel = ch.name;
            o.channelResolved = true;
            operationFields(o);
            o.messagesListed = true; // an operation without a message has none, not its channel's
            for (const Walk::MessageSite &site : Walk::messagesOf2x(m_set, op)) {
                auto same = [&](const Message &m) { return m.node.node == site.message.node; };
                auto known = std::find_if(ch.messages.cbegin(), ch.messages.cend(), same);
                if (known == ch.messages.cend()) {
                    Message m;
                    m.name = message2Name(site);
                    m.node = site.message;
                    const YamlNode *at = site.written.node;
                    m.range = site.written.doc->range(site.pointer == "/message" ? op.node->keyOf("message") : at);
                    m.extent = site.written.doc->range(at);
                    m.pointer = o.pointer + QString::fromStdString(site.pointer);
                    if (site.written.doc != n.doc) { // written in another file: point at the operation
                        m.range = o.range;
                        m.extent = o.extent;
                    }
                    message(m);
                    // Two different definitions under one name: the later one gets a name of its own.
                    if (ch.message(m.name)) {
                        const QString base = QStringLiteral("%1 (%2)").arg(m.name, QLatin1String(verb));
                        m.name = base;
                        for (int i = 2; ch.message(m.name); ++i)
                            m.name = QStringLiteral("%1 %2").arg(base).arg(i);
                    }
                    ch.messages << m;
                    known = ch.messages.cend() - 1;
                }
                if (!o.messages.contains(known->name))
                    o.messages << known->name;
            }
            out << o;
        }
    }

    Operation operation3(Element e, const QList<Channel> &channels)
    {
        Operation o;
        static_cast<Element &>(o) = std::move(e);
        const NodeRef n = o.node;
        if (!n || !n.node->isMapping())
            return o;
        const QString action = n.textAt("action");
        o.action = action == QLatin1String("send")      ? Operation::Action::Send
                   : action == QLatin1String("receive") ? Operation::Action::Receive
                                                        : Operation::Action::Unknown;
        operationFields(o);
        o.channel = nameOfTarget(n.at("channel"), "channels");
        if (const YamlNode *ref = DocumentSet::refValue(n.at("channel").node)) {
            o.channelRef = ref->text();
            // A component channel that a root channel is a reference to is that channel (as in the
            // official parser, where both are one object once dereferenced).
            if (o.channel.isEmpty() && ref->value.rfind("#/components/channels/", 0) == 0) {
                if (const NodeRef target = m_set.resolve(ref->value, n.doc)) {
                    for (const Channel &ch : channels) {
                        if (ch.node.node == target.node)
                            o.channel = ch.name;
                    }
                }
            }
        }
        o.channelResolved = !o.channel.isEmpty();
        o.messages = messageNames(n.at("messages"));
        o.messagesListed = !o.messages.isEmpty();
        if (const NodeRef reply = follow(n.at("reply")); reply && reply.node->isMapping()) {
            o.reply.present = true;
            o.reply.range = n.doc->range(n.node->keyOf("reply"));
            o.reply.channel = nameOfTarget(reply.at("channel"), "channels");
            if (const NodeRef addr = follow(reply.at("address")))
                o.reply.address = addr.textAt("location");
            o.reply.messages = messageNames(reply.at("messages"));
        }
        return o;
    }

    /** `#/channels/c/messages/m` → "m". */
    QStringList messageNames(NodeRef list) const
    {
        QStringList out;
        Walk::forEachItem(list, [&](NodeRef m) {
            const YamlNode *r = DocumentSet::refValue(m.node);
            if (!r || !m_set.resolve(r->value, m.doc))
                return;
            const auto segs = DocumentSet::decodePointer(std::string_view(r->value).substr(r->value.find('#') + 1));
            if (segs && !segs->empty())
                out << QString::fromStdString(segs->back());
        });
        return out;
    }

    const DocumentSet &m_set;
    const YamlDocument *m_doc;
    const YamlNode *m_root;
    int m_major;
    int m_anonymousMessages = 0;
};

} // namespace

std::shared_ptr<const Spec> buildSpec(const DocumentSet &set, const QString &version)
{
    return SpecBuilder(set, version).build(version);
}

} // namespace Signalbox::AsyncApi
