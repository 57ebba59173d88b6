#pragma once
// Visits every value of a record with its JSON pointer, for the checks that
// look at all of a record's data at once (forbidden characters, XLSX limits).
#include <functional>
#include <string>
#include <string_view>

#include "model/value.h"

namespace formwork {

/// Appends one reference token to a JSON pointer (RFC 6901 §3: "~" is
/// written "~0", "/" is written "~1"): "/费用" + "0" → "/费用/0".
void append_pointer_token(std::string& pointer, std::string_view token);

/// Calls visit(pointer, value) for `root` (pointer "") and every value
/// inside it, depth first in member and element order; objects before
/// their members. Iterative, so deeply nested records cannot exhaust the
/// stack.
void walk_values(const Value& root,
                 const std::function<void(const std::string& pointer, const Value& v)>& visit);

}  // namespace formwork
