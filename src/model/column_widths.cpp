#include "model/column_widths.h"

#include <algorithm>

#include "model/auto_widths.h"

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
  const bool automatic =
      t.column_auto.size() == n &&
      std::find(t.column_auto.begin(), t.column_auto.end(), true) != t.column_auto.end();
  if (automatic) {
    // The room left by the fixed columns goes to the others by content.
    std::vector<size_t> shared_columns;
    for (size_t i = 0; i < n; ++i) {
      if (fixed_mm(i) <= 0) shared_columns.push_back(i);
    }
    const std::vector<double> mm = fit_columns_to_content(t, shared_columns, left * text);
    for (size_t i = 0, k = 0; i < n; ++i) {
      out[i] = fixed_mm(i) > 0 ? fixed_mm(i) * scale / text : mm[k++] / text;
    }
    return out;
  }
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
