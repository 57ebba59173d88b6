#pragma once
// JSON pointers (RFC 6901): escaping and joining tokens (schema violations,
// the cells of spreadsheet data), building them from valijson's context
// paths, finding the value they name, ordering them.
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"

namespace formwork {

/// Escapes one reference token per RFC 6901 §3: "~" → "~0", "/" → "~1".
std::string escape_pointer_token(std::string_view token);

/// Joins unescaped tokens into a pointer: {"费用", "0", "金额"} → "/费用/0/金额";
/// no tokens → "" (the root).
std::string pointer_from_tokens(const std::vector<std::string>& tokens);

/// Tokens of a valijson error context: {"<root>", "[费用]", "[0]", "[金额]"} →
/// {"费用", "0", "金额"} (each element after the root loses its brackets).
std::vector<std::string> tokens_from_context(const std::vector<std::string>& context);

/// The value that `tokens` name inside `root` (array tokens are decimal
/// indexes), or nullptr when there is none.
const Value* value_at(const Value& root, const std::vector<std::string>& tokens);

/// Orders pointers token by token, indexes numerically ("/费用/2" before
/// "/费用/10"), so violations list in document order of arrays.
bool pointer_less(std::string_view a, std::string_view b);

}  // namespace formwork
