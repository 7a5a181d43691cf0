// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to the library: the one way a JSON Schema is compiled and applied, for documents
// against the official schemas, and for examples, drafts and live messages against payload
// schemas (schemavalidator.cpp, messagematcher.cpp).

#include <nlohmann/json.hpp>

#include <memory>

namespace valijson {
class Schema;
class ValidationResults;
} // namespace valijson

namespace Signalbox::AsyncApi::Validation {

/** Separates a property name's error, in our words, from the reason valijson gave for it. */
inline constexpr char PropertyNameReason = '\x1f';

/**
 * Compiles \a schema, sanitised by Json::sanitiseSchema() (the root of every `$ref` in it), for
 * valijson with the library's own checks beside valijson's: `format`, `multipleOf` compared as
 * decimals, and `propertyNames`. Throws std::exception when the schema is not usable (e.g. a
 * `pattern` that is not a regular expression).
 */
std::shared_ptr<const valijson::Schema> compileSchema(const nlohmann::json &schema);

/**
 * Whether \a value satisfies \a schema; errors go to \a results when given (all of them),
 * otherwise it stops at the first. Throws std::exception when valijson gives up.
 */
bool validate(const valijson::Schema &schema, const nlohmann::json &value, valijson::ValidationResults *results);

} // namespace Signalbox::AsyncApi::Validation
