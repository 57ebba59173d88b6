#pragma once
// Value → nlohmann::json, for handing records to valijson.
#include <nlohmann/json.hpp>

#include "model/value.h"

namespace formwork {

/// Converts `v` for structural validation: integers that fit in 64 bits
/// become int64 (so "type": "integer" sees them as integers, 2.0 included),
/// other numbers the nearest double (Decimal::to_double) — exact amounts are
/// checked separately by the x-decimals rule. Member order is not kept.
nlohmann::json to_nlohmann(const Value& v);

}  // namespace formwork
