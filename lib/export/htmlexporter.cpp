// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "htmlexporter.h"

#include "schemahtml_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <md4c-html.h>

#include <kainjow/mustache.hpp>

namespace Signalbox::Export {

using namespace AsyncApi;
using Detail::escape;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxExport)
};

std::string s(const QString &text)
{
    return text.toStdString();
}

/** A text that may be empty: false then, so that a {{#section}} on it is skipped. */
data opt(const QString &text)
{
    if (text.isEmpty())
        return data(false);
    return data(text.toStdString());
}

QString readTemplate(const QString &dir, const QString &name, QString *error)
{
    if (!dir.isEmpty()) {
        QFile custom(QDir(dir).filePath(name));
        if (custom.exists()) {
            if (!custom.open(QIODevice::ReadOnly)) {
                *error = Tr::tr("Cannot read template %1: %2").arg(custom.fileName(), custom.errorString());
                return {};
            }
            return QString::fromUtf8(custom.readAll());
        }
    }
    QFile bundled(QStringLiteral(":/signalbox/html/") + name);
    if (!bundled.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The bundled template %1 is missing").arg(name);
        return {};
    }
    return QString::fromUtf8(bundled.readAll());
}

/**
 * Ids usable in a URL fragment and an HTML id attribute: readable (punctuation becomes `-`), the
 * same for the same kind and name, and distinct for distinct names that read the same (`a.b` and
 * `a-b`: the later one gets a number).
 */
class Anchors
{
public:
    QString operator()(const QString &kind, const QString &name)
    {
        const QString key = kind + QChar(0) + name;
        if (const auto it = m_byName.constFind(key); it != m_byName.cend())
            return it.value();
        QString base = kind + QLatin1Char('-');
        for (const QChar c : name)
            base += (c.isLetterOrNumber() || c == QLatin1Char('_')) ? c : QLatin1Char('-');
        QString id = base;
        for (int n = 2; m_used.contains(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
        m_used.insert(id);
        m_byName.insert(key, id);
        return id;
    }

private:
    QHash<QString, QString> m_byName;
    QSet<QString> m_used;
};

/** An address with its {parameters} set apart (escaped). */
QString addressHtml(const QString &address)
{
    QString out;
    static const QRegularExpression param(QStringLiteral(R"(\{[^}]*\})"));
    qsizetype at = 0;
    auto it = param.globalMatch(address);
    while (it.hasNext()) {
        const auto m = it.next();
        out += escape(address.mid(at, m.capturedStart() - at));
        out += QStringLiteral("<span class=\"param\">%1</span>").arg(escape(m.captured()));
        at = m.capturedEnd();
    }
    return out + escape(address.mid(at));
}

/** \a url when it is a web or mail link, else empty (no link is made). */
QString safeUrl(const QString &url)
{
    const QString u = url.trimmed();
    for (const char *scheme : {"http://", "https://", "mailto:"}) {
        if (u.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return u;
    }
    return {};
}

/** Words to search for, lower case, in a data attribute. */
std::string searchText(std::initializer_list<QString> parts)
{
    QStringList out;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            out << p.toLower();
    }
    return s(out.join(QLatin1Char(' ')).left(2000));
}

data tagsData(const QList<Tag> &tags)
{
    data list{data::type::list};
    for (const Tag &t : tags)
        list << data{kainjow::mustache::object{{"name", opt(t.name)}}};
    return list;
}

QString bindingsJson(const DocumentSet &set, const Bindings &bindings, Detail::ExportBudget *budget)
{
    return bindings.node ? Detail::prettyJson(set, bindings.node, budget) : QString();
}

QString securityText(const SecurityScheme &scheme)
{
    if (!scheme.resolved)
        return {};
    QStringList parts{scheme.type};
    const std::pair<const char *, QString> fields[] = {{"scheme", scheme.scheme},
                                                       {"bearerFormat", scheme.bearerFormat},
                                                       {"in", scheme.in},
                                                       {"name", scheme.parameterName},
                                                       {"openIdConnectUrl", scheme.openIdConnectUrl}};
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1: %2").arg(QLatin1String(key), value);
    }
    if (!scheme.description.isEmpty())
        parts << scheme.description;
    return parts.join(QStringLiteral(" · "));
}

data securityData(const QList<SecurityScheme> &schemes)
{
    data list{data::type::list};
    for (const SecurityScheme &scheme : schemes)
        list << data{kainjow::mustache::object{{"name", opt(scheme.name)}, {"details", opt(securityText(scheme))}}};
    return list;
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return {};
    const QByteArray in = markdown.toUtf8();
    QByteArray out;
    md_html(
        in.constData(), MD_SIZE(in.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *user) {
            static_cast<QByteArray *>(user)->append(text, qsizetype(size));
        },
        &out, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
    QString html = QString::fromUtf8(out);
    // Only web and mail links survive; anything else (javascript:, data:, file:) points nowhere.
    static const QRegularExpression link(QStringLiteral(R"re((href|src)="([^"]*)")re"));
    QString safe;
    qsizetype at = 0;
    auto it = link.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString url = m.captured(2).trimmed();
        const bool ok = url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                        url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
                        url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ||
                        url.startsWith(QLatin1Char('#'));
        safe += html.mid(at, m.capturedStart() - at);
        safe += ok ? m.captured() : m.captured(1) + QStringLiteral("=\"#\"");
        at = m.capturedEnd();
    }
    return safe + html.mid(at);
}

QString exportHtml(const Analysis &analysis, const HtmlExportOptions &options, QString *error)
{
    QString problem;
    const QString page = readTemplate(options.templateDir, QStringLiteral("page.mustache"), &problem);
    const QString css =
        page.isEmpty() ? QString() : readTemplate(options.templateDir, QStringLiteral("style.css"), &problem);
    QString script =
        css.isEmpty() ? QString() : readTemplate(options.templateDir, QStringLiteral("script.js"), &problem);
    // A browser hashes an inline script with its line ends normalised to LF: a custom script.js
    // saved with CRLF (or CR) would otherwise never match its hash, and not run.
    script.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }

    data root;
    root.set("css", s(css));
    root.set("script", s(script));
    // Only our own script may run: its hash is the page's whole script policy.
    const QByteArray hash = QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toBase64();
    root.set("scriptHash", s(QStringLiteral("sha256-") + QString::fromLatin1(hash)));
    root.set("generator", s(QStringLiteral("Signalbox " SIGNALBOX_VERSION)));

    data errors{data::type::list};
    for (const Diagnostic &d : analysis.diagnostics) {
        if (d.severity != Severity::Error)
            continue;
        errors << data{kainjow::mustache::object{
            // One arg() call: a file name holding "%2" must not be substituted again.
            {"location", opt(QStringLiteral("%1%2:%3").arg(d.file.isEmpty() ? QString() : d.file + QLatin1Char(':'),
                                                           QString::number(d.range.start.line + 1),
                                                           QString::number(d.range.start.column + 1)))},
            {"message", opt(d.message)},
            {"code", opt(d.code)}}};
    }
    root.set("hasErrors", data(!errors.is_empty_list()));
    root.set("errors", errors);

    const Spec *spec = analysis.spec.get();
    const DocumentSet *set = analysis.documents.get();
    if (!spec || !set) {
        root.set("title", s(Tr::tr("Not an AsyncAPI document")));
        root.set("hasSpec", data(false));
    } else {
        root.set("hasSpec", data(true));
        Detail::ExportBudget budget; // shared by every table, sample and JSON text of the page
        Anchors anchor;
        root.set("title", s(spec->info.title.isEmpty() ? Tr::tr("(untitled)") : spec->info.title));
        root.set("version", opt(spec->info.version));
        root.set("asyncapi", opt(spec->asyncapiVersion));
        root.set("descriptionHtml", opt(markdownToHtml(spec->info.description)));
        root.set("defaultContentType", opt(spec->defaultContentType));
        const Info &info = spec->info;
        root.set("termsOfService", opt(info.termsOfService));
        if (const Contact &c = info.contact; !c.name.isEmpty() || !c.url.isEmpty() || !c.email.isEmpty()) {
            root.set("contact", data{kainjow::mustache::object{
                                    {"name", opt(c.name)}, {"url", opt(safeUrl(c.url))}, {"email", opt(c.email)}}});
        }
        if (const License &l = info.license; !l.name.isEmpty() || !l.url.isEmpty())
            root.set("license", data{kainjow::mustache::object{{"name", opt(l.name)}, {"url", opt(safeUrl(l.url))}}});
        if (!info.externalDocs.isEmpty()) {
            root.set("externalDocs", data{kainjow::mustache::object{
                                         {"url", opt(safeUrl(info.externalDocs.url))},
                                         {"descriptionHtml", opt(markdownToHtml(info.externalDocs.description))}}});
        }
        const data infoTags = tagsData(info.tags);
        root.set("tags", infoTags);
        root.set("hasTags", data(!infoTags.is_empty_list()));

        data servers{data::type::list};
        for (const Server &sv : spec->servers) {
            data vars{data::type::list};
            for (const ServerVariable &v : sv.variables)
                vars << data{kainjow::mustache::object{{"name", opt(v.name)},
                                                       {"default", opt(v.defaultValue)},
                                                       {"enum", opt(v.enumValues.join(QStringLiteral(", ")))},
                                                       {"descriptionHtml", opt(markdownToHtml(v.description))}}};
            const data security = securityData(sv.security);
            const QString url = sv.host.contains(QLatin1String("://")) || sv.protocol.isEmpty()
                                    ? QString(sv.host + sv.pathname)
                                    : QString(sv.protocol + QStringLiteral("://") + sv.host + sv.pathname);
            servers << data{kainjow::mustache::object{{"anchor", opt(anchor(QStringLiteral("server"), sv.name))},
                                                      {"name", opt(sv.name)},
                                                      {"urlHtml", opt(addressHtml(url))},
                                                      {"protocol", opt(sv.protocol)},
                                                      {"protocolVersion", opt(sv.protocolVersion)},
                                                      {"title", opt(sv.title)},
                                                      {"descriptionHtml", opt(markdownToHtml(sv.description))},
                                                      {"variables", vars},
                                                      {"hasVariables", data(!vars.is_empty_list())},
                                                      {"security", security},
                                                      {"hasSecurity", data(!security.is_empty_list())},
                                                      {"bindings", opt(bindingsJson(*set, sv.bindings, &budget))},
                                                      {"search", searchText({sv.name, url, sv.description})}}};
        }
        root.set("servers", servers);
        root.set("hasServers", data(!servers.is_empty_list()));

        // Messages: each definition once, however many channels list it.
        data messages{data::type::list};
        QHash<const YamlNode *, QString> messageAnchors;
        auto messageAnchor = [&](const Channel &c, const Message &m) {
            if (m.node && messageAnchors.contains(m.node.node))
                return messageAnchors.value(m.node.node);
            const QString a = anchor(QStringLiteral("message"), c.name + QChar(0) + m.name);
            if (m.node)
                messageAnchors.insert(m.node.node, a);
            data examples{data::type::list};
            for (const MessageExample &e : m.examples) {
                examples << data{kainjow::mustache::object{
                    {"name", opt(e.name.isEmpty() ? Tr::tr("Example %1").arg(e.index + 1) : e.name)},
                    {"summary", opt(e.summary)},
                    {"payload", opt(e.payload ? Detail::prettyJson(*set, e.payload, &budget) : QString())},
                    {"headers", opt(e.headers ? Detail::prettyJson(*set, e.headers, &budget) : QString())}}};
            }
            const bool hasExamples = !examples.is_empty_list();
            messages << data{kainjow::mustache::object{
                {"anchor", opt(a)},
                {"name", opt(m.messageName.isEmpty() ? m.name : m.messageName)},
                {"key", opt(m.name)},
                {"title", opt(m.title)},
                {"summary", opt(m.summary)},
                {"descriptionHtml", opt(markdownToHtml(m.description))},
                {"contentType", opt(m.contentType.isEmpty() ? spec->defaultContentType : m.contentType)},
                {"schemaFormat", opt(m.schemaFormat)},
                {"correlationId", opt(m.correlationId.location)},
                {"headersHtml", opt(m.headers ? Detail::schemaTable(*set, m.headers, &budget) : QString())},
                {"payloadHtml", opt(m.payload ? Detail::schemaTable(*set, m.payload, &budget) : QString())},
                {"examples", examples},
                {"hasExamples", data(hasExamples)},
                {"sample", opt(!hasExamples && m.payload ? Detail::sampleFor(*set, m.payload, &budget) : QString())},
                {"bindings", opt(bindingsJson(*set, m.bindings, &budget))},
                {"search", searchText({m.name, m.messageName, m.title, m.summary, m.description})}}};
            return a;
        };

        data channels{data::type::list};
        QHash<QString, QString> channelAnchors;
        for (const Channel &c : spec->channels) {
            const QString a = anchor(QStringLiteral("channel"), c.name);
            channelAnchors.insert(c.name, a);
            data params{data::type::list};
            for (const Parameter &p : c.parameters)
                params << data{kainjow::mustache::object{{"name", opt(p.name)},
                                                         {"default", opt(p.defaultValue)},
                                                         {"enum", opt(p.enumValues.join(QStringLiteral(", ")))},
                                                         {"examples", opt(p.examples.join(QStringLiteral(", ")))},
                                                         {"location", opt(p.location)},
                                                         {"descriptionHtml", opt(markdownToHtml(p.description))}}};
            data msgs{data::type::list};
            for (const Message &m : c.messages)
                msgs << data{kainjow::mustache::object{{"name", opt(m.name)}, {"anchor", opt(messageAnchor(c, m))}}};
            data servers{data::type::list};
            for (const QString &sv : c.servers)
                servers << data{kainjow::mustache::object{{"name", opt(sv)},
                                                          {"anchor", opt(anchor(QStringLiteral("server"), sv))}}};
            channels << data{kainjow::mustache::object{
                {"anchor", opt(a)},
                {"name", opt(c.name)},
                {"addressHtml", opt(c.dynamicAddress ? Tr::tr("(dynamic address)") : addressHtml(c.address))},
                {"title", opt(c.title)},
                {"descriptionHtml", opt(markdownToHtml(c.description))},
                {"parameters", params},
                {"hasParameters", data(!params.is_empty_list())},
                {"messages", msgs},
                {"hasMessages", data(!msgs.is_empty_list())},
                {"servers", servers},
                {"hasServers", data(!servers.is_empty_list())},
                {"bindings", opt(bindingsJson(*set, c.bindings, &budget))},
                {"search", searchText({c.name, c.address, c.title, c.description})}}};
        }
        root.set("channels", channels);
        root.set("hasChannels", data(!channels.is_empty_list()));

        data operations{data::type::list};
        for (const Operation &o : spec->operations) {
            const Channel *c = o.channelResolved ? spec->channel(o.channel) : nullptr;
            data msgs{data::type::list};
            if (c) {
                for (const Message &m : c->messages) {
                    if (o.messagesListed && !o.messages.contains(m.name))
                        continue;
                    msgs << data{
                        kainjow::mustache::object{{"name", opt(m.name)}, {"anchor", opt(messageAnchor(*c, m))}}};
                }
            }
            const bool send = o.action == Operation::Action::Send;
            const data security = securityData(o.security);
            const data tags = tagsData(o.tags);
            data op{kainjow::mustache::object{
                {"anchor", opt(anchor(QStringLiteral("operation"), o.name))},
                {"name", opt(o.name)},
                {"action", opt(send                                     ? QStringLiteral("send")
                               : o.action == Operation::Action::Receive ? QStringLiteral("receive")
                                                                        : QStringLiteral("?"))},
                {"isSend", data(send)},
                {"verb2x", opt(o.verb2x)},
                {"verbNote", opt(o.verb2x.isEmpty() ? QString() : actionExplanation(o))},
                {"channel", opt(o.channelResolved ? o.channel : Tr::tr("(unresolved)"))},
                {"channelAnchor", opt(channelAnchors.value(o.channel))},
                {"addressHtml",
                 opt(c ? (c->dynamicAddress ? Tr::tr("(dynamic address)") : addressHtml(c->address)) : QString())},
                {"title", opt(o.title)},
                {"summary", opt(o.summary)},
                {"descriptionHtml", opt(markdownToHtml(o.description))},
                {"messages", msgs},
                {"hasMessages", data(!msgs.is_empty_list())},
                {"security", security},
                {"hasSecurity", data(!security.is_empty_list())},
                {"bindings", opt(bindingsJson(*set, o.bindings, &budget))},
                {"tags", tags},
                {"hasTags", data(!tags.is_empty_list())},
                {"search", searchText({o.name, o.channel, c ? c->address : QString(), o.summary, o.description})}}};
            if (o.reply.present)
                op.set("reply",
                       data{kainjow::mustache::object{{"channel", opt(o.reply.channel)},
                                                      {"channelAnchor", opt(channelAnchors.value(o.reply.channel))},
                                                      {"address", opt(o.reply.address)}}});
            operations << op;
        }
        root.set("operations", operations);
        root.set("hasOperations", data(!operations.is_empty_list()));
        root.set("messages", messages);
        root.set("hasMessages", data(!messages.is_empty_list()));

        data schemas{data::type::list};
        for (const Component &comp : spec->components) {
            if (comp.kind != QLatin1String("schemas"))
                continue;
            schemas << data{kainjow::mustache::object{{"anchor", opt(anchor(QStringLiteral("schema"), comp.name))},
                                                      {"name", opt(comp.name)},
                                                      {"html", opt(Detail::schemaTable(*set, comp.node, &budget))},
                                                      {"search", searchText({comp.name})}}};
        }
        root.set("schemas", schemas);
        root.set("hasSchemas", data(!schemas.is_empty_list()));
        // Once for the page, however many blocks were left out.
        root.set("truncatedPage", opt(budget.truncated ? Detail::pageTruncatedNote() : QString()));
    }

    mustache tmpl(s(page));
    if (!tmpl.is_valid()) {
        if (error)
            *error = Tr::tr("Template error: %1").arg(QString::fromStdString(tmpl.error_message()));
        return {};
    }
    const std::string html = tmpl.render(root);
    if (!tmpl.is_valid()) {
        if (error)
            *error = Tr::tr("Template error: %1").arg(QString::fromStdString(tmpl.error_message()));
        return {};
    }
    return QString::fromStdString(html);
}

} // namespace Signalbox::Export
