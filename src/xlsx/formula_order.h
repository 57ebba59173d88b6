#pragma once
// The order in which a workbook's formulas are evaluated: each after every
// formula it reads, as a spreadsheet recalculates its dependency chain.
#include <cstddef>
#include <vector>

namespace formwork {

struct FormulaOrder {
  std::vector<size_t> order;   ///< formulas in evaluation order
  std::vector<size_t> cyclic;  ///< formulas on a circular reference or behind one, ascending
};

/// Orders formulas 0..reads.size()-1, where reads[i] lists the formulas
/// formula i reads (repeats allowed). Kahn's algorithm, iterative, so long
/// chains cannot exhaust the stack; ties keep index order.
FormulaOrder order_formulas(const std::vector<std::vector<size_t>>& reads);

}  // namespace formwork
