// Logical functions (ECMA-376 Part 1 §18.17.7: AND, IF, IFERROR, NOT, OR).
#include "xlsx/formula_functions.h"

namespace formwork {
namespace {

/// IF(test, then, [else]): only the branch taken is evaluated; an omitted
/// else gives FALSE, an empty branch (IF(A1,,2)) gives 0.
Operand if_fn(FunctionArgs& args) {
  const auto test = to_logical(args.scalar(0));
  if (const auto* e = std::get_if<FormulaError>(&test)) return Scalar(*e);
  const size_t branch = std::get<bool>(test) ? 1 : 2;
  if (branch >= args.size()) return Scalar(false);
  if (!args.given(branch)) return Scalar(Decimal(0));
  return args.operand(branch);
}

/// IFERROR(value, fallback): the fallback when value is an error value.
Operand iferror(FunctionArgs& args) {
  const Scalar v = args.scalar(0);
  if (!error_of(v)) return v;
  if (!args.given(1)) return Scalar(Decimal(0));
  return args.operand(1);
}

/// AND and OR: logicals and numbers count; text and empty cells in ranges
/// are skipped, text written directly is #VALUE! (as LibreOffice reads
/// it); no logical at all gives #VALUE!.
template <bool kAnd>
Operand all_or_any(FunctionArgs& args) {
  bool seen = false;
  bool result = kAnd;
  auto take = [&](bool b) {
    seen = true;
    result = kAnd ? (result && b) : (result || b);
  };
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args.given(i)) continue;
    const Operand o = args.operand(i);
    if (const auto* s = std::get_if<Scalar>(&o)) {
      if (std::holds_alternative<std::string>(*s)) return Scalar(FormulaError::Value);
      const auto b = to_logical(*s);
      if (const auto* e = std::get_if<FormulaError>(&b)) return Scalar(*e);
      take(std::get<bool>(b));
      continue;
    }
    for (const Scalar& v : args.values_of(o).items) {
      if (const auto* e = error_of(v)) return Scalar(*e);
      if (std::holds_alternative<bool>(v) || std::holds_alternative<Decimal>(v)) {
        take(std::get<bool>(to_logical(v)));
      }
    }
  }
  if (!seen) return Scalar(FormulaError::Value);
  return Scalar(result);
}

Operand not_fn(FunctionArgs& args) {
  const auto b = to_logical(args.scalar(0));
  if (const auto* e = std::get_if<FormulaError>(&b)) return Scalar(*e);
  return Scalar(!std::get<bool>(b));
}

constexpr FormulaFunction kLogical[] = {
    {"AND", 1, 255, all_or_any<true>}, {"IF", 2, 3, if_fn},
    {"IFERROR", 2, 2, iferror},        {"NOT", 1, 1, not_fn},
    {"OR", 1, 255, all_or_any<false>},
};

}  // namespace

std::span<const FormulaFunction> logical_functions() { return kLogical; }

}  // namespace formwork
