// Functions that search or select cells (ECMA-376 Part 1 §18.17.7:
// COUNTIF, LOOKUP, RANK, RANK.EQ (Excel 2010), SUMIF).
#include <optional>
#include <stdexcept>

#include "xlsx/formula_criteria.h"
#include "xlsx/formula_functions.h"

namespace formwork {
namespace {

/// Argument i when it is a reference; SUMIF, COUNTIF and RANK need one.
std::optional<CellRange> reference_arg(FunctionArgs& args, size_t i) {
  const Operand o = args.operand(i);
  if (const auto* r = std::get_if<CellRange>(&o)) return *r;
  return std::nullopt;
}

/// RANK(number, ref, [order]) and RANK.EQ: 1 + how many numbers of ref are
/// greater (order 0 or omitted) or smaller (order ≠ 0) than number; ties
/// share a rank. #N/A when number is not among them.
Operand rank(FunctionArgs& args) {
  const auto x = args.number(0);
  if (const auto* e = std::get_if<FormulaError>(&x)) return Scalar(*e);
  const Decimal& v = std::get<Decimal>(x);
  bool ascending = false;
  if (args.given(2)) {
    const auto order = args.number(2);
    if (const auto* e = std::get_if<FormulaError>(&order)) return Scalar(*e);
    ascending = std::get<Decimal>(order).sign() != 0;
  }
  const auto ref = reference_arg(args, 1);
  if (!ref) return Scalar(FormulaError::Value);
  long long ahead = 0;
  bool present = false;
  for (const Scalar& item : args.values_of(*ref).items) {
    if (const auto* e = error_of(item)) return Scalar(*e);
    const auto* d = std::get_if<Decimal>(&item);
    if (!d) continue;
    present = present || *d == v;
    ahead += ascending ? *d < v : *d > v;
  }
  if (!present) return Scalar(FormulaError::NA);
  return Scalar(Decimal(ahead + 1));
}

/// Whether lookup vector item `item` can be compared with `key`: numbers
/// with numbers, text with text, logicals with logicals.
bool same_kind(const Scalar& item, const Scalar& key) {
  return !std::holds_alternative<Blank>(item) && !error_of(item) && item.index() == key.index();
}

/// The values along a one-row or one-column array, or the first column
/// (first row when wider than tall) of a larger one; `last` takes the last
/// column (row) instead.
std::vector<Scalar> vector_of(const ValueArray& a, bool last) {
  std::vector<Scalar> out;
  if (a.cols > a.rows) {
    const int r = last ? a.rows - 1 : 0;
    for (int c = 0; c < a.cols; ++c) out.push_back(a.at(r, c));
  } else {
    const int c = last ? a.cols - 1 : 0;
    for (int r = 0; r < a.rows; ++r) out.push_back(a.at(r, c));
  }
  return out;
}

/// LOOKUP(key, lookup, [result]): the position of the largest item of
/// `lookup` not greater than key (items of key's type, the vector sorted
/// ascending as LOOKUP requires; the scan stops at the first greater
/// item), and the item at that position of `result` (of `lookup`'s last
/// column or row in the two-argument array form). #N/A when every item is
/// greater or `result` is too short.
Operand lookup(FunctionArgs& args) {
  const Scalar key = args.scalar(0);
  if (const auto* e = error_of(key)) return Scalar(*e);
  const ValueArray table = args.values(1);
  const std::vector<Scalar> keys = vector_of(table, false);
  const std::vector<Scalar> results =
      args.given(2) ? vector_of(args.values(2), false) : vector_of(table, true);
  std::optional<size_t> found;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!same_kind(keys[i], key)) continue;
    if (compare_values(keys[i], key) > 0) break;
    found = i;
  }
  if (!found || *found >= results.size()) return Scalar(FormulaError::NA);
  return Scalar(results[*found]);
}

/// The cells of `criteria_range` that meet `criterion`, visited with the
/// cell at the same offset in `paired` (criteria_range itself when absent).
template <class F>
void for_matching(const FunctionArgs& args, const CellRange& range, const Scalar& criterion,
                  const CellRange& paired, F visit) {
  const FormulaCriterion test(criterion);
  for (int r = 0; r < range.rows(); ++r) {
    for (int c = 0; c < range.cols(); ++c) {
      if (!test.matches(args.cells().value(range.sheet, range.row0 + r, range.col0 + c))) continue;
      visit(args.cells().value(paired.sheet, paired.row0 + r, paired.col0 + c));
    }
  }
}

/// SUMIF(range, criterion, [sum_range]): sums the numbers of sum_range
/// (the same size as range, from sum_range's top-left cell, as Excel reads
/// it) beside the cells of range that meet the criterion (FormulaCriterion).
Operand sumif(FunctionArgs& args) {
  const auto range = reference_arg(args, 0);
  if (!range) return Scalar(FormulaError::Value);
  const Scalar criterion = args.scalar(1);
  if (const auto* e = error_of(criterion)) return Scalar(*e);
  CellRange sums = *range;
  if (args.given(2)) {
    const auto given = reference_arg(args, 2);
    if (!given) return Scalar(FormulaError::Value);
    sums = {given->sheet, given->row0, given->col0, given->row0 + range->rows() - 1,
            given->col0 + range->cols() - 1};
  }
  Decimal total;
  std::optional<FormulaError> error;
  try {
    for_matching(args, *range, criterion, sums, [&](const Scalar& v) {
      if (const auto* d = std::get_if<Decimal>(&v)) total = total + *d;
      if (const auto* e = error_of(v); e && !error) error = *e;
    });
  } catch (const std::overflow_error&) {
    return Scalar(FormulaError::Num);
  }
  if (error) return Scalar(*error);
  return Scalar(total);
}

/// COUNTIF(range, criterion): how many cells of range meet the criterion.
Operand countif(FunctionArgs& args) {
  const auto range = reference_arg(args, 0);
  if (!range) return Scalar(FormulaError::Value);
  const Scalar criterion = args.scalar(1);
  if (const auto* e = error_of(criterion)) return Scalar(*e);
  long long n = 0;
  for_matching(args, *range, criterion, *range, [&](const Scalar&) { ++n; });
  return Scalar(Decimal(n));
}

constexpr FormulaFunction kLookup[] = {
    {"COUNTIF", 2, 2, countif}, {"LOOKUP", 2, 3, lookup}, {"RANK", 2, 3, rank},
    {"RANK.EQ", 2, 3, rank},    {"SUMIF", 2, 3, sumif},
};

}  // namespace

std::span<const FormulaFunction> lookup_functions() { return kLookup; }

}  // namespace formwork
