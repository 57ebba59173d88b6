#include "xlsx/sheet_columns.h"

#include <algorithm>
#include <set>
#include <variant>

#include "model/column_widths.h"

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

double planned_width_px(const PageSetup& page) {
  const double mm = std::max(page.width_mm - page.margin_left_mm - page.margin_right_mm, 20.0);
  return mm / 25.4 * kPxPerInch * (1 - kColumnSlack);
}

double px_to_units(double px) { return px >= 12 ? (px - 5) / 7 : px / 12; }

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
