// SPDX-FileCopyrightText: 2026 Signalbox contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string_view>

namespace Signalbox::AsyncApi {

/**
 * Whether the decimal number \a value is an integer multiple of the decimal \a divisor (JSON
 * Schema `multipleOf`), both written as JSON numbers ("35", "-0.0075", "1e-4"). Computed exactly
 * on the decimal digits, not in binary floating point: 0.0075 is a multiple of 0.0001, 35 is not
 * one of 1.5. False when either is not a number or the divisor is not positive.
 */
bool isDecimalMultiple(std::string_view value, std::string_view divisor);

/**
 * The shortest decimal text that reads back as \a value (std::to_chars). A number written with
 * at most 15 significant digits, as JSON and YAML numbers in documents are, gets its own digits
 * back: that is how multipleOf sees what the author wrote rather than its binary approximation.
 */
std::string decimalText(double value);

} // namespace Signalbox::AsyncApi
