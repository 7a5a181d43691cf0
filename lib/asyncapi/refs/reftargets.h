// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

#include <QString>
#include <QStringList>

namespace Signalbox::AsyncApi {

/**
 * What a `$ref` written in the main document of \a set may point to, for completion: the
 * components, channels, servers and operations of the main document and the messages of its
 * channels (as `#/…` pointers), then the components of the files it already refers to (as
 * `./file#/components/…`, relative to the folder of \a mainPath, or of the current folder when it
 * is empty). Pointer segments are escaped (`~0`, `~1`).
 */
QStringList refTargets(const DocumentSet &set, const QString &mainPath);

} // namespace Signalbox::AsyncApi
