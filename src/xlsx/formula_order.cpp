#include "xlsx/formula_order.h"

#include <functional>
#include <queue>

namespace formwork {

FormulaOrder order_formulas(const std::vector<std::vector<size_t>>& reads) {
  const size_t n = reads.size();
  std::vector<std::vector<size_t>> readers(n);
  std::vector<size_t> waiting(n, 0);  // formulas i reads that are not evaluated yet
  for (size_t i = 0; i < n; ++i) {
    for (size_t dep : reads[i]) {
      readers[dep].push_back(i);
      ++waiting[i];
    }
  }
  std::priority_queue<size_t, std::vector<size_t>, std::greater<>> ready;
  for (size_t i = 0; i < n; ++i) {
    if (waiting[i] == 0) ready.push(i);
  }
  FormulaOrder out;
  while (!ready.empty()) {
    const size_t i = ready.top();
    ready.pop();
    out.order.push_back(i);
    for (size_t r : readers[i]) {
      if (--waiting[r] == 0) ready.push(r);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (waiting[i] > 0) out.cyclic.push_back(i);
  }
  return out;
}

}  // namespace formwork
