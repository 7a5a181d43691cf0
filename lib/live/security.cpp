// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "security.h"

#include <asyncapi/yaml/yamltree.h>

#include <QUrlQuery>

namespace Signalbox::Live {

namespace {

QString str(const AsyncApi::YamlNode *n, std::string_view key)
{
    const std::string_view v = n->stringAt(key);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

} // namespace

QList<SecurityScheme> serverSecurity(const AsyncApi::DocumentSet &set, const AsyncApi::Server &server)
{
    QList<SecurityScheme> out;
    const AsyncApi::YamlNode *root = set.main() ? set.main()->root() : nullptr;
    const AsyncApi::YamlNode *components = root ? root->get("components") : nullptr;
    const AsyncApi::YamlNode *schemes = components ? components->get("securitySchemes") : nullptr;
    for (const QString &name : server.security) {
        SecurityScheme s;
        s.name = name;
        const AsyncApi::YamlNode *raw = schemes ? schemes->get(name.toStdString()) : nullptr;
        const AsyncApi::NodeRef node = raw ? set.follow(AsyncApi::NodeRef{raw, set.main()}) : AsyncApi::NodeRef{};
        if (!node.node || !node.node->isMapping()) {
            out << s;
            continue;
        }
        s.type = str(node.node, "type");
        s.description = str(node.node, "description");
        const QString in = str(node.node, "in").toLower();
        if (s.type == QLatin1String("http")) {
            const QString scheme = str(node.node, "scheme").toLower();
            s.kind = scheme == QLatin1String("basic") ? SecurityScheme::Kind::Basic
                     : scheme == QLatin1String("bearer") ? SecurityScheme::Kind::Bearer
                                                         : SecurityScheme::Kind::Unsupported;
        } else if (s.type == QLatin1String("oauth2") || s.type == QLatin1String("openIdConnect")) {
            s.kind = SecurityScheme::Kind::Bearer;
        } else if (s.type == QLatin1String("httpApiKey")) {
            s.parameter = str(node.node, "name");
            s.kind = in == QLatin1String("query")    ? SecurityScheme::Kind::ApiKeyQuery
                     : in == QLatin1String("cookie") ? SecurityScheme::Kind::ApiKeyCookie
                                                     : SecurityScheme::Kind::ApiKeyHeader;
            if (s.parameter.isEmpty())
                s.kind = SecurityScheme::Kind::Unsupported;
        }
        out << s;
    }
    return out;
}

void applyCredential(const SecurityScheme &scheme, const Credential &credential, QUrl &url,
                     QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (credential.isEmpty())
        return;
    switch (scheme.kind) {
    case SecurityScheme::Kind::Bearer:
        headers.append({"Authorization", "Bearer " + credential.secret.toUtf8()});
        break;
    case SecurityScheme::Kind::Basic:
        headers.append({"Authorization",
                        "Basic " + (credential.user + u':' + credential.secret).toUtf8().toBase64()});
        break;
    case SecurityScheme::Kind::ApiKeyHeader:
        headers.append({scheme.parameter.toUtf8(), credential.secret.toUtf8()});
        break;
    case SecurityScheme::Kind::ApiKeyQuery: {
        QUrlQuery query(url);
        query.removeAllQueryItems(scheme.parameter);
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(scheme.parameter)),
                           QString::fromLatin1(QUrl::toPercentEncoding(credential.secret)));
        url.setQuery(query);
        break;
    }
    case SecurityScheme::Kind::ApiKeyCookie:
        headers.append({"Cookie", scheme.parameter.toUtf8() + '=' + QUrl::toPercentEncoding(credential.secret)});
        break;
    case SecurityScheme::Kind::Unsupported:
        break;
    }
}

QUrl redactedUrl(QUrl url, const QList<SecurityScheme> &schemes)
{
    QUrlQuery query(url);
    bool changed = false;
    for (const SecurityScheme &s : schemes) {
        if (s.kind == SecurityScheme::Kind::ApiKeyQuery && query.hasQueryItem(s.parameter)) {
            query.removeAllQueryItems(s.parameter);
            query.addQueryItem(s.parameter, QStringLiteral("•••"));
            changed = true;
        }
    }
    if (changed)
        url.setQuery(query);
    return url;
}

} // namespace Signalbox::Live
