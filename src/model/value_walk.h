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

/// One value met by walk_values: its JSON pointer ("" for the root), its
/// member name when it is an object member (nullptr for the root and array
/// elements), and the value.
struct WalkedValue {
  const std::string& pointer;
  const std::string* member_name;
  const Value& value;
};

/// Calls visit for `root` and every value inside it, depth first in member
/// and element order; objects before their members. Iterative, so deeply
/// nested records cannot exhaust the stack.
void walk_values(const Value& root, const std::function<void(const WalkedValue&)>& visit);

}  // namespace formwork
