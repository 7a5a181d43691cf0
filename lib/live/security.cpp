// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "security.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

namespace Signalbox::Live {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SignalboxSecurity)
};

const QString Mask = QStringLiteral("•••");

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(const QByteArray &name)
{
    return !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
}

/** \a bytes as text a user can read, line breaks and NUL shown as escapes. */
QString shown(const QByteArray &bytes)
{
    QString out = QString::fromUtf8(bytes);
    out.replace(u'\r', QLatin1String("\\r"))
        .replace(u'\n', QLatin1String("\\n"))
        .replace(QChar(0), QLatin1String("\\0"));
    return out;
}

/** Whether the query or fragment parameter written \a encodedName carries a credential. */
bool secretParameter(QStringView encodedName, const QList<SecurityScheme> &schemes)
{
    const QString decoded = QUrl::fromPercentEncoding(encodedName.toUtf8());
    QString spaced = decoded;
    spaced.replace(u'+', u' '); // HTML forms write a space as +
    if (looksLikeCredentialName(decoded) || looksLikeCredentialName(spaced))
        return true;
    for (const SecurityScheme &s : schemes) {
        if (s.kind != SecurityScheme::Kind::ApiKeyQuery || s.parameter.isEmpty())
            continue;
        if (s.parameter.compare(decoded, Qt::CaseInsensitive) == 0 ||
            s.parameter.compare(spaced, Qt::CaseInsensitive) == 0 ||
            s.parameter.compare(encodedName, Qt::CaseInsensitive) == 0 ||
            QString::fromLatin1(QUrl::toPercentEncoding(s.parameter)).compare(encodedName, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/** The `name=value` items of an encoded query or fragment, split at & and ;: (start, length) each. */
QList<std::pair<qsizetype, qsizetype>> parameterItems(QStringView encoded)
{
    QList<std::pair<qsizetype, qsizetype>> items;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= encoded.size(); ++i) {
        if (i == encoded.size() || encoded[i] == u'&' || encoded[i] == u';') {
            items.append({from, i - from});
            from = i + 1;
        }
    }
    return items;
}

/** \a encoded (a query or fragment) with the values of secret parameters masked; their raw values in \a secrets. */
QString maskParameters(const QString &encoded, const QList<SecurityScheme> &schemes, QStringList *secrets = nullptr)
{
    QString out = encoded;
    // From the end, so that the positions before stay right.
    const auto items = parameterItems(encoded);
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const QStringView item = QStringView(encoded).sliced(it->first, it->second);
        const qsizetype eq = item.indexOf(u'=');
        if (eq > 0 && eq + 1 < item.size() && secretParameter(item.first(eq), schemes)) {
            out.replace(it->first + eq + 1, item.size() - eq - 1, QString::fromLatin1(QUrl::toPercentEncoding(Mask)));
            if (secrets)
                *secrets << item.sliced(eq + 1).toString();
        }
    }
    return out;
}

/** Whether a header named \a name carries a credential of \a schemes, or looks like one. */
bool secretHeader(const QByteArray &name, const QList<SecurityScheme> &schemes)
{
    const QString n = QString::fromLatin1(name);
    if (n.compare(QLatin1String("Cookie"), Qt::CaseInsensitive) == 0 || looksLikeCredentialName(n))
        return true;
    for (const SecurityScheme &s : schemes)
        if (s.kind == SecurityScheme::Kind::ApiKeyHeader && s.parameter.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QList<SecurityScheme> serverSecurity(const AsyncApi::Server &server)
{
    QList<SecurityScheme> out;
    for (const AsyncApi::SecurityScheme &definition : server.security) {
        SecurityScheme s;
        s.name = definition.name;
        if (!definition.resolved) {
            out << s;
            continue;
        }
        s.type = definition.type;
        s.description = definition.description;
        const QString in = definition.in.toLower();
        if (s.type == QLatin1String("http")) {
            const QString scheme = definition.scheme.toLower();
            s.kind = scheme == QLatin1String("basic")    ? SecurityScheme::Kind::Basic
                     : scheme == QLatin1String("bearer") ? SecurityScheme::Kind::Bearer
                                                         : SecurityScheme::Kind::Unsupported;
        } else if (s.type == QLatin1String("oauth2") || s.type == QLatin1String("openIdConnect")) {
            s.kind = SecurityScheme::Kind::Bearer;
        } else if (s.type == QLatin1String("httpApiKey")) {
            s.parameter = definition.parameterName;
            s.kind = in == QLatin1String("query")    ? SecurityScheme::Kind::ApiKeyQuery
                     : in == QLatin1String("cookie") ? SecurityScheme::Kind::ApiKeyCookie
                                                     : SecurityScheme::Kind::ApiKeyHeader;
            if (s.parameter.isEmpty()) {
                s.kind = SecurityScheme::Kind::Unsupported;
            } else if (s.kind != SecurityScheme::Kind::ApiKeyQuery && !isToken(s.parameter.toUtf8())) {
                s.problem = Tr::tr("%1: the name '%2' cannot be a header or cookie name (only letters, digits and "
                                   "!#$%&'*+-.^_`|~ may be in one); nothing is sent for it.")
                                .arg(s.name, shown(s.parameter.toUtf8()));
                s.kind = SecurityScheme::Kind::Unsupported;
            }
        }
        out << s;
    }
    return out;
}

QString headerProblem(const QByteArray &name, const QByteArray &value)
{
    if (!isToken(name))
        return Tr::tr("The header name '%1' is not allowed: only letters, digits and !#$%&'*+-.^_`|~ may be in one.")
            .arg(shown(name));
    if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
        return Tr::tr("The value of the header %1 contains a line break or NUL: it would add headers of its own.")
            .arg(QString::fromLatin1(name));
    return {};
}

bool looksLikeCredentialName(QStringView name)
{
    static const QStringList parts{
        QStringLiteral("token"),      QStringLiteral("key"),           QStringLiteral("apikey"),
        QStringLiteral("secret"),     QStringLiteral("password"),      QStringLiteral("passwd"),
        QStringLiteral("pwd"),        QStringLiteral("pass"),          QStringLiteral("auth"),
        QStringLiteral("oauth"),      QStringLiteral("authorization"), QStringLiteral("signature"),
        QStringLiteral("sig"),        QStringLiteral("session"),       QStringLiteral("sessionid"),
        QStringLiteral("sid"),        QStringLiteral("jwt"),           QStringLiteral("bearer"),
        QStringLiteral("credential"), QStringLiteral("credentials"),   QStringLiteral("hmac"),
        QStringLiteral("otp"),        QStringLiteral("cookie"),        QStringLiteral("ticket"),
        QStringLiteral("nonce"),
    };
    // Names that carry a credential only when they are the whole name (an OAuth authorization
    // code; "error_code" is none).
    static const QStringList whole{QStringLiteral("code")};
    static const QStringList inside{QStringLiteral("token"),     QStringLiteral("secret"), QStringLiteral("passw"),
                                    QStringLiteral("apikey"),    QStringLiteral("bearer"), QStringLiteral("jwt"),
                                    QStringLiteral("credential")};
    const QString lower = name.toString().toLower();
    if (whole.contains(lower))
        return true;
    for (const QString &word : inside)
        if (lower.contains(word))
            return true;
    // The parts: split at anything but letters and digits, and where lower case turns upper.
    QString part;
    auto isCredentialPart = [&] { return !part.isEmpty() && parts.contains(part.toLower()); };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool boundary = !c.isLetterOrNumber() || (c.isUpper() && i > 0 && name[i - 1].isLower());
        if (boundary) {
            if (isCredentialPart())
                return true;
            part.clear();
        }
        if (c.isLetterOrNumber())
            part += c;
    }
    return isCredentialPart();
}

QString shownUrl(const QUrl &url)
{
    if (!url.isValid())
        return url.toString();
    QString out;
    if (!url.scheme().isEmpty())
        out += url.scheme() + u':';
    if (url.authority().isEmpty() && url.host().isEmpty())
        return out + url.toString(QUrl::RemoveScheme | QUrl::RemovePassword | QUrl::PrettyDecoded);
    out += QStringLiteral("//");
    if (!url.userName().isEmpty())
        out += url.userName(QUrl::PrettyDecoded) + u'@';
    // The host in ASCII (IDNA "xn--" labels): a look-alike in another script cannot pass as the real one.
    const QString host = url.host(QUrl::EncodeUnicode);
    out += host.contains(u':') ? u'[' + host + u']' : host;
    if (url.port() >= 0)
        out += u':' + QString::number(url.port());
    return out + url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::PrettyDecoded);
}

QString applyCredential(const SecurityScheme &scheme, const Credential &credential, QUrl &url,
                        QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (credential.isEmpty())
        return {};
    auto add = [&](const QByteArray &name, const QByteArray &value) {
        QString problem = headerProblem(name, value);
        if (problem.isEmpty())
            headers.append({name, value});
        else // the secret itself is never quoted
            problem = Tr::tr("The credential for %1 contains a line break or NUL, or its header name is not allowed: "
                             "it is not sent.")
                          .arg(scheme.name);
        return problem;
    };
    switch (scheme.kind) {
    case SecurityScheme::Kind::Bearer:
        return add("Authorization", "Bearer " + credential.secret.toUtf8());
    case SecurityScheme::Kind::Basic:
        return add("Authorization", "Basic " + (credential.user + u':' + credential.secret).toUtf8().toBase64());
    case SecurityScheme::Kind::ApiKeyHeader:
        return add(scheme.parameter.toUtf8(), credential.secret.toUtf8());
    case SecurityScheme::Kind::ApiKeyQuery: {
        QUrlQuery query(url);
        query.removeAllQueryItems(scheme.parameter);
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(scheme.parameter)),
                           QString::fromLatin1(QUrl::toPercentEncoding(credential.secret)));
        url.setQuery(query);
        break;
    }
    case SecurityScheme::Kind::ApiKeyCookie:
        return add("Cookie", scheme.parameter.toUtf8() + '=' + QUrl::toPercentEncoding(credential.secret));
    case SecurityScheme::Kind::Unsupported:
        break;
    }
    return {};
}

QUrl redactedUrl(QUrl url, const QList<SecurityScheme> &schemes)
{
    if (!url.userInfo().isEmpty())
        url.setUserInfo(Mask);
    if (url.hasQuery())
        url.setQuery(maskParameters(url.query(QUrl::FullyEncoded), schemes), QUrl::StrictMode);
    if (url.hasFragment())
        url.setFragment(maskParameters(url.fragment(QUrl::FullyEncoded), schemes), QUrl::StrictMode);
    return url;
}

Redactor::Redactor(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                   const QList<SecurityScheme> &schemes)
    : m_schemes(schemes)
{
    QStringList raw;
    raw << url.userName(QUrl::FullyDecoded) << url.password(QUrl::FullyDecoded) << url.userName(QUrl::FullyEncoded)
        << url.password(QUrl::FullyEncoded);
    maskParameters(url.query(QUrl::FullyEncoded), schemes, &raw);
    maskParameters(url.fragment(QUrl::FullyEncoded), schemes, &raw);
    for (const auto &[name, value] : headers) {
        if (!secretHeader(name, schemes))
            continue;
        const QString v = QString::fromUtf8(value);
        raw << v;
        if (const qsizetype space = v.indexOf(u' '); space > 0) // "Bearer TOKEN", "Basic …"
            raw << v.sliced(space + 1).trimmed();
        for (const QString &cookie : v.split(u';')) // "name=value; …"
            raw << cookie.section(u'=', 1).trimmed();
    }
    for (const QString &r : std::as_const(raw)) {
        QString plus = QUrl::fromPercentEncoding(r.toUtf8());
        m_secrets << r << QUrl::fromPercentEncoding(r.toUtf8()) << plus.replace(u'+', u' ')
                  << QString::fromLatin1(QUrl::toPercentEncoding(r));
    }
    // Three characters at least: shorter ones would garble every message and hide nothing.
    m_secrets.erase(std::remove_if(m_secrets.begin(), m_secrets.end(), [](const QString &x) { return x.size() < 3; }),
                    m_secrets.end());
    m_secrets.removeDuplicates();
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::text(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, Mask);
    return text;
}

QStringList plaintextCredentials(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QList<SecurityScheme> &schemes)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("http"))
        return {};
    QStringList out;
    if (!url.userInfo().isEmpty())
        out << Tr::tr("the user information of the address");
    for (const QString &part : {url.query(QUrl::FullyEncoded), url.fragment(QUrl::FullyEncoded)}) {
        for (const auto &[start, length] : parameterItems(part)) {
            const QStringView item = QStringView(part).sliced(start, length);
            const qsizetype eq = item.indexOf(u'=');
            if (eq > 0 && eq + 1 < item.size() && secretParameter(item.first(eq), schemes))
                out << Tr::tr("the parameter %1 of the address")
                           .arg(QUrl::fromPercentEncoding(item.first(eq).toUtf8()));
        }
    }
    for (const auto &[name, value] : headers)
        if (!value.isEmpty() && secretHeader(name, schemes))
            out << Tr::tr("the %1 header").arg(QString::fromLatin1(name));
    out.removeDuplicates();
    return out;
}

} // namespace Signalbox::Live
