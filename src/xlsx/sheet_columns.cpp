#include "xlsx/sheet_columns.h"

#include <algorithm>
#include <set>
#include <variant>

namespace formwork {
namespace {

constexpr double kMinWeight = 0.005;      // of the table's total
constexpr double kMergeDistance = 0.004;  // 0.4 % of the width
constexpr double kPxPerInch = 96;

/// Interior boundaries (0 < b < 1) of a table's columns as fractions of the width.
std::vector<double> boundaries(const Table& t, double text_width_mm) {
  std::vector<double> w = column_fractions(t, text_width_mm);
  for (double& x : w) x = std::max(x, kMinWeight);
  double total = 0;
  for (double x : w) total += x;
  std::vector<double> b;
  double acc = 0;
  for (size_t i = 0; i + 1 < w.size(); ++i) b.push_back(acc += w[i] / total);
  return b;
}

/// A table's interior boundary: its position and where it belongs.
struct Boundary {
  double pos;
  size_t table;
  size_t index;  ///< boundary after grid column `index`
};

/// Clusters boundaries: each cluster holds the points within kMergeDistance
/// of its first point, one per table; its position is their mean. Returns the cluster
/// positions and sets `cluster_of` (table, index → cluster).
std::vector<double> merge(std::vector<Boundary> pts, std::vector<std::vector<int>>& cluster_of) {
  std::stable_sort(pts.begin(), pts.end(),
                   [](const Boundary& a, const Boundary& b) { return a.pos < b.pos; });
  std::vector<double> out;
  for (size_t i = 0; i < pts.size();) {
    size_t j = i;
    double sum = 0;
    std::set<size_t> tables;  // a cluster takes one boundary per table at most
    for (; j < pts.size() && pts[j].pos - pts[i].pos <= kMergeDistance &&
           tables.insert(pts[j].table).second;
         ++j) {
      sum += pts[j].pos;
      cluster_of[pts[j].table][pts[j].index] = static_cast<int>(out.size());
    }
    out.push_back(sum / static_cast<double>(j - i));
    i = j;
  }
  return out;
}

}  // namespace

double text_width_px(const PageSetup& page) {
  const double mm = std::max(page.width_mm - page.margin_left_mm - page.margin_right_mm, 20.0);
  return mm / 25.4 * kPxPerInch;
}

double px_to_units(double px) { return px >= 12 ? (px - 5) / 7 : px / 12; }

std::vector<double> column_fractions(const Table& t, double text_width_mm) {
  const size_t n = t.column_widths.size();
  const bool has_mm = t.column_widths_mm.size() == n;
  double fixed = 0, weights = 0;
  size_t free_cols = 0;
  for (size_t i = 0; i < n; ++i) {
    if (has_mm && t.column_widths_mm[i] > 0) {
      fixed += t.column_widths_mm[i];
    } else {
      weights += std::max(t.column_widths[i], 0.0);
      ++free_cols;
    }
  }
  const double text = std::max(text_width_mm, 1.0);
  const double scale = fixed > text ? text / fixed : 1.0;  // fixed columns overflow: shrink
  const double left = std::max(0.0, 1.0 - fixed * scale / text);
  std::vector<double> out(n);
  for (size_t i = 0; i < n; ++i) {
    if (has_mm && t.column_widths_mm[i] > 0) {
      out[i] = t.column_widths_mm[i] * scale / text;
    } else if (weights > 0) {
      out[i] = left * std::max(t.column_widths[i], 0.0) / weights;
    } else {
      out[i] = left / static_cast<double>(free_cols);
    }
  }
  return out;
}

SheetColumns plan_columns(std::span<const Block> blocks, double total_px) {
  std::vector<Boundary> all;
  std::vector<std::vector<int>> cluster_of;
  const double text_mm = total_px / kPxPerInch * 25.4;
  for (const Block& b : blocks) {
    if (const auto* t = std::get_if<Table>(&b)) {
      const std::vector<double> bs = boundaries(*t, text_mm);
      for (size_t k = 0; k < bs.size(); ++k) all.push_back({bs[k], cluster_of.size(), k});
      cluster_of.emplace_back(bs.size(), 0);
    }
  }
  const std::vector<double> merged = merge(all, cluster_of);
  SheetColumns sc;
  double prev = 0;
  for (size_t i = 0; i <= merged.size(); ++i) {
    const double next = i < merged.size() ? merged[i] : 1.0;
    sc.px.push_back((next - prev) * total_px);
    sc.widths.push_back(px_to_units(sc.px.back()));
    prev = next;
  }
  for (const auto& clusters : cluster_of) {
    std::vector<int> starts{0};
    for (int c : clusters) starts.push_back(c + 1);
    starts.push_back(static_cast<int>(sc.widths.size()));
    sc.starts.push_back(std::move(starts));
  }
  return sc;
}

}  // namespace formwork
