#pragma once
// The values a spreadsheet formula computes with (ECMA-376 Part 1 §18.17,
// formulas): numbers (held as exact Decimal, as the template engine holds
// them), text, logical values, error values and the empty cell; ranges of
// cells and array constants as operands.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/decimal.h"

namespace formwork {

/// The error values of the formula grammar (ECMA-376 Part 1 §18.17.2
/// error-constant: #NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A).
enum class FormulaError { Null, Div0, Value, Ref, Name, Num, NA };

/// "#DIV/0!" and so on, as a spreadsheet shows them.
std::string_view error_name(FormulaError e);
/// The error value spelled `text` ("#N/A"; case-insensitive), or nullopt.
std::optional<FormulaError> parse_error_name(std::string_view text);

/// An empty cell: it reads as 0, "" or FALSE as the operation needs.
struct Blank {
  bool operator==(const Blank&) const = default;
};

/// One value: empty, number, text, logical or error.
using Scalar = std::variant<Blank, Decimal, std::string, bool, FormulaError>;

/// A rectangle of cells on one worksheet: 0-based, inclusive bounds,
/// row0 ≤ row1 and col0 ≤ col1.
struct CellRange {
  size_t sheet = 0;
  int row0 = 0, col0 = 0, row1 = 0, col1 = 0;
  int rows() const { return row1 - row0 + 1; }
  int cols() const { return col1 - col0 + 1; }
};

/// A rectangle of values, row-major: an array constant ({1;2}) or the
/// values of a range.
struct ValueArray {
  int rows = 0;
  int cols = 0;
  std::vector<Scalar> items;
  const Scalar& at(int r, int c) const { return items[static_cast<size_t>(r * cols + c)]; }
};

/// What a formula expression evaluates to: a value, a reference (kept as a
/// reference so SUMIF, RANK and LOOKUP can read its cells) or an array.
using Operand = std::variant<Scalar, CellRange, ValueArray>;

/// The value as a message shows it: 12.5, "text", TRUE, #DIV/0!, (empty).
std::string describe(const Scalar& v);

}  // namespace formwork
