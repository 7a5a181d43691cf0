// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "endpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Signalbox::Live {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxEndpoint)
};

/**
 * Replaces every `{name}` of \a text by value(name); names without a value are added to
 * \a missing (once) and left in place.
 */
template<typename ValueOf> QString substitute(const QString &text, ValueOf valueOf, QStringList &missing)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (const std::optional<QString> value = valueOf(name)) {
            result += *value;
        } else {
            result += match.captured(0);
            if (!missing.contains(name))
                missing << name;
        }
        last = match.capturedEnd();
    }
    return result + QStringView(text).sliced(last);
}

template<typename List>
std::optional<QString> valueFor(const QString &name, const List &declared, const QMap<QString, QString> &values)
{
    if (const auto given = values.constFind(name); given != values.cend() && !given->isEmpty())
        return *given;
    for (const auto &item : declared) {
        if (item.name == name) {
            const QString initial = initialValue(item);
            return initial.isEmpty() ? std::nullopt : std::optional<QString>(initial);
        }
    }
    return std::nullopt;
}

} // namespace

QString initialValue(const AsyncApi::ServerVariable &variable)
{
    return !variable.defaultValue.isEmpty() ? variable.defaultValue : variable.enumValues.value(0);
}

QString initialValue(const AsyncApi::Parameter &parameter)
{
    if (!parameter.defaultValue.isEmpty())
        return parameter.defaultValue;
    return !parameter.enumValues.isEmpty() ? parameter.enumValues.constFirst() : parameter.examples.value(0);
}

Endpoint::Kind endpointKind(const QString &scheme)
{
    const QString s = scheme.toLower();
    if (s == QLatin1String("ws") || s == QLatin1String("wss"))
        return Endpoint::Kind::WebSocket;
    if (s == QLatin1String("http") || s == QLatin1String("https"))
        return Endpoint::Kind::ServerSentEvents;
    return Endpoint::Kind::Unsupported;
}

namespace {

/** Where a URL template's authority ends: the first /, ? or # outside `{…}`. */
qsizetype authorityEnd(const QString &text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'{')
            ++depth;
        else if (c == u'}')
            depth = std::max(0, depth - 1);
        else if (depth == 0 && (c == u'/' || c == u'?' || c == u'#'))
            return i;
    }
    return text.size();
}

/** Whether \a value, put in a URL's host or port, would change where it points (or its scheme). */
bool changesAddress(const QString &value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) {
        return c.isSpace() || c == u'/' || c == u'@' || c == u'?' || c == u'#' || c == u'\\' || c == u'%' ||
               c.unicode() < 0x20 || c.unicode() == 0x7f;
    });
}

} // namespace

Endpoint buildEndpoint(const AsyncApi::Server &server, const AsyncApi::Channel *channel,
                       const QMap<QString, QString> &values)
{
    Endpoint endpoint;
    QStringList refused; // "{name}" of server variables whose values would move the address
    // In the host (and a 2.x url's scheme), a value that would change where the URL points is
    // refused; elsewhere (path) values are percent-encoded, slashes kept.
    auto strictValue = [&](const QString &name) -> std::optional<QString> {
        std::optional<QString> value = valueFor(name, server.variables, values);
        if (value && changesAddress(*value) && !refused.contains(name))
            refused << name;
        return value;
    };
    auto pathValue = [&](const QString &name) -> std::optional<QString> {
        const std::optional<QString> value = valueFor(name, server.variables, values);
        return value ? std::optional<QString>(QString::fromLatin1(QUrl::toPercentEncoding(*value, "/"))) : std::nullopt;
    };
    QString hostTemplate = server.host;
    QString scheme = server.protocol.toLower();
    if (const qsizetype sep = hostTemplate.indexOf(QLatin1String("://")); sep > 0) {
        // A 2.x url names its scheme itself.
        scheme = substitute(hostTemplate.first(sep), strictValue, endpoint.missing).toLower();
        hostTemplate = hostTemplate.sliced(sep + 3);
    }
    const qsizetype authorityLength = authorityEnd(hostTemplate);
    QString base = substitute(hostTemplate.first(authorityLength), strictValue, endpoint.missing) +
                   substitute(hostTemplate.sliced(authorityLength), pathValue, endpoint.missing);
    QString path = substitute(server.pathname, pathValue, endpoint.missing);
    endpoint.kind = endpointKind(scheme);
    if (channel && !channel->dynamicAddress) {
        auto parameterValue = [&](const QString &name) -> std::optional<QString> {
            const std::optional<QString> value = valueFor(name, channel->parameters, values);
            return value ? std::optional<QString>(QString::fromLatin1(QUrl::toPercentEncoding(*value))) : std::nullopt;
        };
        const QString address = substitute(channel->address, parameterValue, endpoint.missing);
        if (!address.isEmpty()) {
            while (path.endsWith(u'/'))
                path.chop(1);
            path += address.startsWith(u'/') || address.startsWith(u'?') ? address : u'/' + address;
        }
    }
    if (!path.isEmpty() && !path.startsWith(u'/') && !path.startsWith(u'?'))
        path.prepend(u'/');

    if (endpoint.kind == Endpoint::Kind::Unsupported) {
        endpoint.error =
            server.protocol.isEmpty() && scheme.isEmpty()
                ? Tr::tr("The server names no protocol.")
                : Tr::tr("The server speaks %1; the inspector connects to ws, wss, http and https servers.")
                      .arg(scheme.isEmpty() ? server.protocol : scheme);
        return endpoint;
    }
    if (!endpoint.missing.isEmpty()) {
        endpoint.error = Tr::tr("No value for %1.").arg(endpoint.missing.join(QLatin1String(", ")));
        return endpoint;
    }
    if (!refused.isEmpty()) {
        endpoint.error = Tr::tr("The value of %1 would change the server's address: / @ ? # \\ %, spaces and control "
                                "characters are not allowed in a host or port.")
                             .arg(u'{' + refused.join(QLatin1String("}, {")) + u'}');
        return endpoint;
    }
    endpoint.url = QUrl(scheme + QLatin1String("://") + base + path, QUrl::StrictMode);
    if (!endpoint.url.isValid() || endpoint.url.host().isEmpty()) {
        // Without its query: a channel parameter there may hold a token.
        QString shown = scheme + QLatin1String("://") + base + path;
        if (const qsizetype query = shown.indexOf(u'?'); query >= 0)
            shown = shown.first(query) + QLatin1String("?…");
        endpoint.error = Tr::tr("%1 is not a valid URL.").arg(shown);
        endpoint.url = QUrl();
    }
    return endpoint;
}

} // namespace Signalbox::Live
