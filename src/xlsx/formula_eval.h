#pragma once
// Evaluates a parsed formula (formula_parser.h) over a workbook's cell
// values, the way a spreadsheet recalculates it (ECMA-376 Part 1 §18.17:
// operators §18.17.2, functions §18.17.7), in exact Decimal arithmetic
// with division carried to 18 decimals as the template engine divides.
#include <optional>
#include <string_view>

#include "xlsx/formula_parser.h"
#include "xlsx/formula_value.h"

namespace formwork {

/// The cells formulas read.
class FormulaCells {
 public:
  virtual ~FormulaCells() = default;
  /// The value of the 0-based cell (row, col) of worksheet `sheet`, as a
  /// reader of the file sees it (a formula cell: its result; inside a
  /// merged range but not its top-left: Blank). The reference stays valid
  /// while the cells do (SUMIF reads many cells: no copies).
  virtual const Scalar& value(size_t sheet, int row, int col) const = 0;
  /// The index of the worksheet named `name`, or nullopt.
  virtual std::optional<size_t> sheet_named(std::string_view name) const = 0;
};

/// The empty value, for FormulaCells::value to refer to.
inline const Scalar& blank_value() {
  static const Scalar kBlank = Blank{};
  return kBlank;
}

/// Evaluates formulas standing on one worksheet.
class FormulaEvaluator {
 public:
  FormulaEvaluator(const FormulaCells& cells, size_t sheet) : cells_(cells), sheet_(sheet) {}

  /// The value the formula `root` shows: a one-cell reference read, an
  /// empty result read as 0 (as a spreadsheet shows =A1 of an empty A1).
  /// Arithmetic errors become error values: division by zero #DIV/0!, a
  /// result beyond Decimal's range #NUM!, text that is no number #VALUE!,
  /// an unknown worksheet #REF!, an unknown function #NAME?.
  Scalar evaluate(const FormulaNode& root);

  /// `n` evaluated, references kept as references.
  Operand operand(const FormulaNode& n);
  /// `n` evaluated and reduced to one value (see reduce).
  Scalar scalar(const FormulaNode& n) { return reduce(operand(n)); }
  /// One value of an operand: a one-cell range's value, an array's first
  /// item; a larger range gives #VALUE! (implicit intersection is not
  /// supported).
  Scalar reduce(const Operand& o) const;
  /// The values of an operand as an array: a range's cells row by row, a
  /// value as a 1 × 1 array.
  ValueArray values(const Operand& o) const;

  const FormulaCells& cells() const { return cells_; }

 private:
  Operand reference(const FormulaNode& n) const;
  Operand array(const FormulaNode& n);
  Scalar arithmetic(BinaryOp op, const Scalar& a, const Scalar& b) const;
  Scalar binary(const FormulaNode& n);

  const FormulaCells& cells_;
  size_t sheet_;
};

/// Whether comparing two values gave `c` (-1, 0, 1, see compare_values)
/// makes comparison operator `op` (Eq … Ge) true.
bool comparison_holds(BinaryOp op, int c);

/// a ^ b: exact for whole exponents (|b| ≤ 1000), through double for others
/// (15 significant digits); #NUM! for 0^0, a negative base with a fractional
/// exponent and overflow, #DIV/0! for 0 to a negative power.
Scalar formula_power(const Decimal& a, const Decimal& b);

}  // namespace formwork
