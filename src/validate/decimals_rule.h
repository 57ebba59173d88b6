#pragma once
// The "x-decimals": N schema keyword: a number may have at most N decimals.
// Checked on the exact Decimal because multipleOf: 0.01 is evaluated on
// doubles and rejects real amounts (library-facts.md, valijson section).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/value.h"
#include "validate/schema.h"

namespace formwork {

/// Throws std::invalid_argument naming the schema location (a JSON pointer
/// into the schema) of the first "x-decimals" that is not a non-negative
/// integer.
void check_decimals_keywords(const nlohmann::json& schema);

/// Walks `schema` alongside `value` — through properties, patternProperties,
/// additionalProperties, items (one schema or a list, plus additionalItems),
/// allOf and internal "$ref": "#/..." references — and appends a violation
/// for every number with more decimals than its schema's x-decimals allows,
/// e.g. {"/费用/0/金额", "12.345 has 3 decimals, at most 2 allowed"}.
/// Decimals are those of the normalised value: trailing zeros do not count
/// (1.500 is 1.5, one decimal), because the amount, not its spelling, is what
/// must be representable in cents. Keywords under anyOf, oneOf, not and
/// if/then/else are not followed (which branch applies is valijson's call).
void check_decimals(const nlohmann::json& schema, const Value& value, std::vector<Violation>& out);

}  // namespace formwork
