// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/refs/documentset.h>

namespace Signalbox::AsyncApi {

/**
 * The semantic rules of AsyncAPI that a JSON Schema cannot express: those of the official parser
 * (operation messages from the referred channel, channel servers, addresses without query or
 * fragment, address parameters) and more (server variables, security scheme names, unique ids,
 * reply consistency, unique tag names, examples against their schemas, unused components).
 * \a majorVersion is 2 or 3.
 */
Diagnostics checkRules(const DocumentSet &set, int majorVersion, bool reportUnused);

} // namespace Signalbox::AsyncApi
