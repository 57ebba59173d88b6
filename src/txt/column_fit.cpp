#include "txt/column_fit.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

#include "txt/line_wrap.h"
#include "txt/paragraph_text.h"

namespace formwork {
namespace {

constexpr int kPadding = 2;  // one space on either side of a cell's text

/// Columns `widths` of a table and the demands on them, resolved one by one.
class Fitter {
 public:
  Fitter(std::vector<int> widths, int min_width)
      : widths_(std::move(widths)), floor_(widths_.size(), min_width) {}

  /// Single-column demands set the floor below which a column never gives.
  void set_floors(const std::vector<ColumnDemand>& demands) {
    for (const ColumnDemand& d : demands) {
      if (d.span == 1) floor_[d.first] = std::max(floor_[d.first], d.width + kPadding);
    }
  }

  void meet(const ColumnDemand& d) {
    const std::vector<int> before = widths_;
    while (inner(d) < d.width) {
      const int donor = pick_donor(d);
      if (donor < 0) {
        // Half a number is no better than a few columns less: leave the
        // room to demands that can be met.
        widths_ = before;
        return;
      }
      --widths_[donor];
      ++widths_[narrowest_in(d)];
    }
    // Single columns are guarded by their floors; spans need remembering.
    if (d.span > 1 && inner(d) >= d.width) met_.push_back(d);
  }

  std::vector<int> result() && { return std::move(widths_); }

 private:
  /// Content width of the cell `d` describes.
  int inner(const ColumnDemand& d) const {
    const auto b = widths_.begin() + d.first;
    return std::accumulate(b, b + d.span, 0) + (d.span - 1) - kPadding;
  }

  static bool spans(const ColumnDemand& d, int c) { return c >= d.first && c < d.first + d.span; }

  /// Could column c give one column without unmeeting a met demand?
  bool can_give(int c) const {
    if (widths_[c] <= floor_[c]) return false;
    return std::none_of(met_.begin(), met_.end(),
                        [&](const ColumnDemand& m) { return spans(m, c) && inner(m) <= m.width; });
  }

  /// The column outside `d` with the most room to spare; -1 if none.
  int pick_donor(const ColumnDemand& d) const {
    int best = -1;
    for (int c = 0; c < static_cast<int>(widths_.size()); ++c) {
      if (spans(d, c) || !can_give(c)) continue;
      if (best < 0 || widths_[c] - floor_[c] > widths_[best] - floor_[best]) best = c;
    }
    return best;
  }

  /// The column of `d` that grows: its narrowest (first on ties).
  int narrowest_in(const ColumnDemand& d) const {
    const auto b = widths_.begin() + d.first;
    return static_cast<int>(std::min_element(b, b + d.span) - widths_.begin());
  }

  std::vector<int> widths_;
  std::vector<int> floor_;
  std::vector<ColumnDemand> met_;
};

}  // namespace

std::vector<ColumnDemand> column_demands(const TableGrid& grid, AmbiguousWidth ambiguous) {
  std::vector<ColumnDemand> out;
  for (const PlacedCell& pc : grid.cells) {
    int need = 0;
    for (const Paragraph& p : pc.cell->paragraphs) {
      if (!p.rule) need = std::max(need, widest_unbreakable(plain_text(p), ambiguous));
    }
    if (need > 0) out.push_back({pc.col, pc.colspan, need});
  }
  return out;
}

std::vector<int> widen_for_demands(std::vector<int> widths, std::vector<ColumnDemand> demands,
                                   int min_width) {
  const int n = static_cast<int>(widths.size());
  std::erase_if(demands, [n](const ColumnDemand& d) {
    return d.first < 0 || d.span < 1 || d.first + d.span > n;
  });
  // Narrow spans first, and of those the narrower demands first: where the
  // table is too narrow for all of them, as many numbers as possible stay
  // whole. Equal demands on the same columns are one.
  const auto key = [](const ColumnDemand& d) { return std::tuple(d.span, d.width, d.first); };
  std::sort(demands.begin(), demands.end(),
            [&](const ColumnDemand& a, const ColumnDemand& b) { return key(a) < key(b); });
  demands.erase(
      std::unique(demands.begin(), demands.end(),
                  [&](const ColumnDemand& a, const ColumnDemand& b) { return key(a) == key(b); }),
      demands.end());
  Fitter fitter(std::move(widths), min_width);
  fitter.set_floors(demands);
  for (const ColumnDemand& d : demands) fitter.meet(d);
  return std::move(fitter).result();
}

}  // namespace formwork
