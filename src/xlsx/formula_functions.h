#pragma once
// The spreadsheet functions formwork evaluates (ECMA-376 Part 1 §18.17.7
// "Predefined Function Definitions"), and how a function reads its
// arguments.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "xlsx/formula_coerce.h"
#include "xlsx/formula_eval.h"

namespace formwork {

/// The arguments of one call, evaluated when asked for (so IF evaluates
/// only the branch it takes).
class FunctionArgs {
 public:
  FunctionArgs(FormulaEvaluator& ev, const std::vector<FormulaNode>& nodes)
      : ev_(ev), nodes_(nodes) {}

  size_t size() const { return nodes_.size(); }
  /// Whether argument i was written (not beyond the list, not omitted as
  /// in IF(A1,,2)).
  bool given(size_t i) const;
  /// Argument i evaluated; an absent one is Blank.
  Operand operand(size_t i);
  /// Argument i as one value (FormulaEvaluator::reduce).
  Scalar scalar(size_t i) { return ev_.reduce(operand(i)); }
  /// Argument i as a number (to_number), or the error it gives.
  OrError<Decimal> number(size_t i) { return to_number(scalar(i)); }
  /// Argument i as an array of values (FormulaEvaluator::values).
  ValueArray values(size_t i) { return ev_.values(operand(i)); }
  /// An operand already evaluated, as an array of values.
  ValueArray values_of(const Operand& o) const { return ev_.values(o); }
  const FormulaCells& cells() const { return ev_.cells(); }

 private:
  FormulaEvaluator& ev_;
  const std::vector<FormulaNode>& nodes_;
};

/// A function: its name (upper case, as Excel spells it), how many
/// arguments it takes and its implementation.
struct FormulaFunction {
  std::string_view name;
  int min_args;
  int max_args;
  Operand (*call)(FunctionArgs& args);
};

/// The function named `name` (upper case, without _xlfn.), or nullptr.
const FormulaFunction* find_function(std::string_view name);

/// Every supported function name, sorted, comma-separated (for messages
/// and docs).
std::string supported_function_names();

/// The functions of each family, defined next to their implementations.
std::span<const FormulaFunction> math_functions();
std::span<const FormulaFunction> logical_functions();
std::span<const FormulaFunction> lookup_functions();
std::span<const FormulaFunction> text_functions();

}  // namespace formwork
