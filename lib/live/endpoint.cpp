// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "endpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
template<typename ValueOf>
QString substitute(const QString &text, ValueOf valueOf, QStringList &missing)
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

Endpoint buildEndpoint(const AsyncApi::Server &server, const AsyncApi::Channel *channel, const QMap<QString, QString> &values)
{
    Endpoint endpoint;
    auto serverValue = [&](const QString &name) { return valueFor(name, server.variables, values); };
    QString base = substitute(server.host, serverValue, endpoint.missing);
    QString path = substitute(server.pathname, serverValue, endpoint.missing);

    QString scheme = server.protocol.toLower();
    if (const qsizetype sep = base.indexOf(QLatin1String("://")); sep > 0) {
        scheme = base.first(sep).toLower(); // a 2.x url names its scheme itself
        base = base.sliced(sep + 3);
    }
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
        endpoint.error = server.protocol.isEmpty() && scheme.isEmpty()
            ? Tr::tr("The server names no protocol.")
            : Tr::tr("The server speaks %1; the inspector connects to ws, wss, http and https servers.").arg(scheme.isEmpty() ? server.protocol : scheme);
        return endpoint;
    }
    if (!endpoint.missing.isEmpty()) {
        endpoint.error = Tr::tr("No value for %1.").arg(endpoint.missing.join(QLatin1String(", ")));
        return endpoint;
    }
    endpoint.url = QUrl(scheme + QLatin1String("://") + base + path, QUrl::StrictMode);
    if (!endpoint.url.isValid() || endpoint.url.host().isEmpty()) {
        endpoint.error = Tr::tr("%1 is not a valid URL: %2").arg(scheme + QLatin1String("://") + base + path, endpoint.url.errorString());
        endpoint.url = QUrl();
    }
    return endpoint;
}

} // namespace Signalbox::Live
