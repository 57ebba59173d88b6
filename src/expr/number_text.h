#pragma once
// Digit grouping shared by the Chinese and Vietnamese number filters.
// Private to src/expr.
#include <string>
#include <string_view>

namespace formwork::expr {

/// Plain decimal text ("-1234567.89", from Decimal::to_fixed) with
/// `thousands` inserted every three digits of the integer part and the
/// point replaced by `decimal_mark`: ("-1234567.89", ",", ".") →
/// "-1,234,567.89"; ("1234567.89", ".", ",") → "1.234.567,89".
std::string group_digits(std::string_view plain, std::string_view thousands,
                         std::string_view decimal_mark);

}  // namespace formwork::expr
