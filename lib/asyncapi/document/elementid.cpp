// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#include "elementid.h"

#include <array>

namespace Signalbox::AsyncApi {

namespace {

struct Prefix
{
    ElementId::Kind kind;
    QLatin1StringView text;
};

constexpr std::array prefixes{
    Prefix{ElementId::Kind::Server, QLatin1StringView("server:")},
    Prefix{ElementId::Kind::Channel, QLatin1StringView("channel:")},
    Prefix{ElementId::Kind::Operation, QLatin1StringView("operation:")},
    Prefix{ElementId::Kind::Message, QLatin1StringView("message:")},
    Prefix{ElementId::Kind::Reply, QLatin1StringView("reply:")},
    Prefix{ElementId::Kind::Unresolved, QLatin1StringView("unresolved:")},
};

constexpr QLatin1StringView applicationText("app");

} // namespace

QString ElementId::toString() const
{
    if (kind == Kind::Application)
        return applicationText;
    for (const Prefix &p : prefixes) {
        if (p.kind == kind)
            return p.text + name;
    }
    return {};
}

ElementId ElementId::fromString(const QString &text)
{
    if (text == applicationText)
        return application();
    for (const Prefix &p : prefixes) {
        if (text.startsWith(p.text))
            return {p.kind, text.mid(p.text.size())};
    }
    return {};
}

} // namespace Signalbox::AsyncApi
