// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <asyncapi/document/spec.h>

#include <memory>

namespace Signalbox::AsyncApi {

/**
 * Builds the model of the main document of \a set, an AsyncAPI \a version document, following
 * references (into other files too). Never fails: what is missing or malformed is left empty
 * (the schema check and the rules say what is wrong). The model refers into \a set's nodes.
 */
std::shared_ptr<const Spec> buildSpec(const DocumentSet &set, const QString &version);

} // namespace Signalbox::AsyncApi
