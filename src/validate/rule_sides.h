#pragma once
// The two sides of a comparison rule as written, for failure messages that
// name both values ("合计 = 186,432.50, sum(费用.金额) = 186,400.00").
#include <optional>
#include <string>
#include <string_view>

#include "model/value.h"

namespace formwork {

/// Source text left and right of a comparison, trimmed.
struct RuleSides {
  std::string left;
  std::string right;
};

/// Splits `source` at its first comparison operator (== != <= >= < >) that
/// lies outside parentheses, brackets and string literals ('…' or "…", with
/// backslash escapes). nullopt when there is none. Only meaningful when the
/// whole expression is a comparison (Expression::eval_comparison_sides says
/// so): the grammar allows one comparison per level and nothing looser
/// (and/or/not/filters) around it.
std::optional<RuleSides> split_comparison(std::string_view source);

/// A value as a check message shows it: numbers with at most 2 decimals (of
/// the normalised value) as money ("186,432.50", "0.30"), others in plain
/// text ("0.40873"); strings quoted as JSON; other values as JSON.
std::string shown_in_check(const Value& v);

}  // namespace formwork
