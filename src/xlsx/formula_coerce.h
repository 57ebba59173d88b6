#pragma once
// How formula values convert into one another for an operator or function
// (ECMA-376 Part 1 §18.17.2 operators and §18.17.7 function definitions,
// as Excel and LibreOffice apply them).
#include <string>
#include <string_view>
#include <variant>

#include "xlsx/formula_value.h"

namespace formwork {

/// A result or the error value that replaces it.
template <class T>
using OrError = std::variant<T, FormulaError>;

/// Number for arithmetic: empty → 0, TRUE → 1, FALSE → 0, text that spells
/// a number (see parse_number_text) → that number, other text → #VALUE!;
/// an error stays that error.
OrError<Decimal> to_number(const Scalar& v);

/// Text for '&' and text functions: empty → "", numbers as general_text;
/// an error stays that error. #VALUE! where Excel and LibreOffice write
/// different text, so no reader can show a text formwork did not check: a
/// logical (Excel "TRUE", LibreOffice "1") and a number of magnitude
/// ≥ 10^15 or below 10^-4 other than 0 (exponent forms differ).
OrError<std::string> to_text(const Scalar& v);

/// Logical for IF, AND, OR, NOT: empty → FALSE, numbers ≠ 0 → TRUE, text
/// "TRUE"/"FALSE" (any case), other text → #VALUE!.
OrError<bool> to_logical(const Scalar& v);

/// The number spelled by `text`: optional spaces around, optional sign,
/// digits (commas may group the integer part by three: 1,234) with an
/// optional fraction and exponent, optionally followed by '%' (divides by
/// 100). Currency and dates are not read.
std::optional<Decimal> parse_number_text(std::string_view text);

/// A number as text the way the General format writes it into a formula
/// (up to 15 significant digits, no trailing zeros): 88.25 → "88.25".
std::string general_text(const Decimal& d);

/// Text folded for Excel's case-insensitive comparisons (ICU full case
/// folding).
std::string fold_case(std::string_view s);

/// Whether two values may be compared: not a logical with a number or text
/// (Excel puts every logical above every number, LibreOffice reads TRUE as
/// 1, so TRUE=1 differs between readers); an empty value goes with any.
bool comparable(const Scalar& a, const Scalar& b);

/// Excel's ordering of two values for the comparison operators: empty reads
/// as 0, "" or FALSE against the other side's type; numbers < text <
/// logicals; text compares case-insensitively (folded, then by code
/// point). Returns -1, 0 or 1; errors must be handled by the caller.
int compare_values(const Scalar& a, const Scalar& b);

/// The error value `v` holds, if any.
inline const FormulaError* error_of(const Scalar& v) { return std::get_if<FormulaError>(&v); }

}  // namespace formwork
