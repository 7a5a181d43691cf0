// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {

struct ConvertOptions
{
    enum class Target { V3_0, V3_1 };
    /// Whose view a 2.x verb is read from: the application's (the official converter's default:
    /// `publish` is what others publish to it, so it receives) or its client's (the opposite).
    enum class PointOfView { Application, Client };
    Target target = Target::V3_0;
    PointOfView pointOfView = PointOfView::Application;
};

struct ConvertResult
{
    QByteArray text; ///< the converted document (UTF-8); empty when it could not be converted
    QString error;   ///< why not
    /// What could not be kept as written (a flow-style part written anew, comments in it lost…).
    QStringList notes;
};

/**
 * Upgrades an AsyncAPI 2.0–2.6 document to 3.0.0 or 3.1.0, or a 3.0 document to 3.1.0, by
 * editing its text rather than writing its tree anew: comments, key order, quoting and anchors
 * stay wherever the structure allows.
 *
 * 2.x → 3.x, as the official converter does, with its deliberate differences:
 * - channels keep their 2.x name as key, and get it as `address`;
 * - `publish`/`subscribe` become operations (`operationId` is the key, else a name made from the
 *   verb and the channel) with the point of view's action, referring to their channel and to
 *   their messages, which move into the channel: a component message under its component name,
 *   an inline one under its `messageId`, `name` or the operation's name (never `publish.message`);
 *   `oneOf` messages become one channel message each;
 * - a server's `url` becomes `host` and `pathname`; security requirements become references to
 *   their schemes (a requirement with scopes: the scheme written in place with its `scopes`);
 * - parameters lift `enum`, `default` and `examples` out of their `schema`;
 * - root `tags` and `externalDocs` move into `info`; `messageId` and `operationId` go (the key
 *   says it); oauth2 `scopes` become `availableScopes`; a message's non-default `schemaFormat`
 *   wraps its payload as a multi-format schema; `$ref`s into moved parts follow them.
 *
 * 3.0 → 3.1: the version, and operations' message references that point at component messages
 * are pointed at the channel's message that refers to the same component.
 *
 * JSON documents are converted as YAML and written back as JSON.
 */
ConvertResult convertDocument(const QByteArray &utf8, const ConvertOptions &options = {});

} // namespace Signalbox::AsyncApi
