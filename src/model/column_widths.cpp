#include "model/column_widths.h"

#include <algorithm>

namespace formwork {

std::vector<double> column_fractions(const Table& t, double text_width_mm) {
  const size_t n = t.column_widths.size();
  const bool has_mm = t.column_widths_mm.size() == n;
  auto fixed_mm = [&](size_t i) { return has_mm ? std::max(t.column_widths_mm[i], 0.0) : 0.0; };
  double fixed = 0, weights = 0;
  size_t shared = 0;
  for (size_t i = 0; i < n; ++i) {
    if (fixed_mm(i) > 0) {
      fixed += fixed_mm(i);
    } else {
      weights += std::max(t.column_widths[i], 0.0);
      ++shared;
    }
  }
  const double text = std::max(text_width_mm, 1.0);
  const double scale = fixed > text ? text / fixed : 1.0;  // fixed columns overflow: shrink
  const double left = std::max(0.0, 1.0 - fixed * scale / text);
  std::vector<double> out(n);
  for (size_t i = 0; i < n; ++i) {
    if (fixed_mm(i) > 0) {
      out[i] = fixed_mm(i) * scale / text;
    } else if (weights > 0) {
      out[i] = left * std::max(t.column_widths[i], 0.0) / weights;
    } else {
      out[i] = left / static_cast<double>(shared);
    }
  }
  return out;
}

}  // namespace formwork
