#include "txt/table_text.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/column_widths.h"
#include "model/table_grid.h"
#include "txt/column_fit.h"
#include "txt/line_wrap.h"
#include "txt/paragraph_text.h"
#include "util/utf8.h"

namespace formwork {
namespace {

constexpr int kMinColumn = 4;                // ' ' + a wide character + ' '
constexpr const char* kRuleChar = "\u2500";  // ─

/// A rule inside a cell `inner` columns wide, on a table `width` columns
/// standing for `text_width_mm`: its length in columns, at most the cell.
std::string cell_rule(const HorizontalRule& r, int inner, int width, double text_width_mm) {
  int len = inner;
  if (r.length_mm > 0 && text_width_mm > 0) {
    len = std::clamp(static_cast<int>(std::lround(r.length_mm / text_width_mm * width)), 1, inner);
  }
  std::string out;
  for (int i = 0; i < len; ++i) out += kRuleChar;
  return out;
}

/// A cell's lines, stored compactly so a cell of millions of lines costs
/// little beyond its text: the lines back to back, the end of each, and
/// the spaces that place each in the cell's content width.
struct TextCell {
  int row = 0, col = 0, rowspan = 1, colspan = 1;
  std::string text;
  std::vector<size_t> ends;
  std::vector<std::pair<int, int>> pads;  ///< spaces before and after each line

  size_t size() const { return ends.size(); }
  /// Adds `line`, placed by `align` in `inner` columns (see pad_to).
  void add(std::string_view line, int inner, Align align, AmbiguousWidth ambiguous) {
    const int extra = std::max(0, inner - display_width(line, ambiguous));
    const int left = align == Align::Center ? extra / 2 : align == Align::Right ? extra : 0;
    text += line;
    ends.push_back(text.size());
    pads.emplace_back(left, extra - left);
  }
  /// Appends line `i` with its padding to `out`.
  void append_line(std::string& out, size_t i) const {
    const size_t begin = i == 0 ? 0 : ends[i - 1];
    out.append(static_cast<size_t>(pads[i].first), ' ');
    out.append(text, begin, ends[i] - begin);
    out.append(static_cast<size_t>(pads[i].second), ' ');
  }
};

/// Grid state for drawing: which cell owns each position, where each row's
/// first line is.
class TableCanvas {
 public:
  TableCanvas(const Table& t, int width, double text_width_mm, AmbiguousWidth ambiguous);
  /// Hands the table's lines to `sink` one at a time.
  void draw(const LineSink& sink) const;

 private:
  int span_width(int c0, int c1) const;  ///< display width of columns c0..c1-1 merged
  bool horizontal(int r, int c) const;   ///< rule above row r in column c?
  bool vertical(int r, int c) const;     ///< border left of column c in row r?
  char junction(int r, int c) const;
  void content_line(std::string& out, int r, int y) const;
  void rule_line(std::string& out, int r) const;
  /// Appends the cell's text at canvas line y, padded to its span.
  void cell_segment(std::string& out, int id, int y) const;

  std::vector<int> widths_;
  std::vector<TextCell> cells_;
  std::vector<std::vector<int>> owner_;  ///< index into cells_
  std::vector<int> rule_y_;              ///< canvas line of the rule above each row (+ bottom)
  int rows_ = 0, cols_ = 0;
  bool borders_ = true;
};

TableCanvas::TableCanvas(const Table& t, int width, double text_width_mm, AmbiguousWidth ambiguous)
    : borders_(t.borders) {
  const TableGrid grid = resolve_grid(t);
  // Proportional widths first, then numbers and codes get the room they
  // need whole, taken from columns of breakable text.
  widths_ = widen_for_demands(text_column_widths(column_weights(t, text_width_mm), width),
                              column_demands(grid, ambiguous), kMinColumn);
  rows_ = grid.rows;
  cols_ = grid.cols;
  owner_ = grid.owner;
  for (const PlacedCell& pc : grid.cells) {
    TextCell tc{pc.row, pc.col, pc.rowspan, pc.colspan, {}, {}, {}};
    const int inner = span_width(pc.col, pc.col + pc.colspan) - 2;
    for (const Paragraph& p : pc.cell->paragraphs) {
      const Align a = p.align != Align::Left ? p.align : pc.cell->align;
      if (p.rule) {
        tc.add(cell_rule(*p.rule, inner, width, text_width_mm), inner, a, ambiguous);
        continue;
      }
      wrap_text(
          plain_text(p), inner, inner,
          [&](std::string_view line) { tc.add(line, inner, a, ambiguous); }, ambiguous);
    }
    cells_.push_back(std::move(tc));
  }
  for (int r = 0; r < rows_; ++r) {  // holes become empty cells of their own
    for (int c = 0; c < cols_; ++c) {
      if (owner_[r][c] >= 0) continue;
      owner_[r][c] = static_cast<int>(cells_.size());
      cells_.push_back(TextCell{r, c, 1, 1, {}, {}, {}});
    }
  }
  // Row heights: single-row cells first, then rowspans stretch their last row.
  std::vector<int> h(rows_, 1);
  for (const TextCell& tc : cells_) {
    if (tc.rowspan == 1) h[tc.row] = std::max<int>(h[tc.row], static_cast<int>(tc.size()));
  }
  for (const TextCell& tc : cells_) {
    if (tc.rowspan == 1) continue;
    int have = tc.rowspan - 1;  // the rule lines it crosses
    for (int r = tc.row; r < tc.row + tc.rowspan; ++r) have += h[r];
    h[tc.row + tc.rowspan - 1] += std::max(0, static_cast<int>(tc.size()) - have);
  }
  rule_y_.push_back(0);
  for (int r = 0; r < rows_; ++r) rule_y_.push_back(rule_y_.back() + h[r] + 1);
}

int TableCanvas::span_width(int c0, int c1) const {
  return std::accumulate(widths_.begin() + c0, widths_.begin() + c1, 0) + (c1 - c0 - 1);
}

bool TableCanvas::horizontal(int r, int c) const {
  return r == 0 || r == rows_ || owner_[r - 1][c] != owner_[r][c];
}

bool TableCanvas::vertical(int r, int c) const {
  return c == 0 || c == cols_ || owner_[r][c - 1] != owner_[r][c];
}

char TableCanvas::junction(int r, int c) const {
  const bool up = r > 0 && vertical(r - 1, c);
  const bool down = r < rows_ && vertical(r, c);
  const bool left = c > 0 && horizontal(r, c - 1);
  const bool right = c < cols_ && horizontal(r, c);
  if (left || right) return up || down ? '+' : '-';
  return up || down ? '|' : ' ';
}

void TableCanvas::cell_segment(std::string& out, int id, int y) const {
  const TextCell& tc = cells_[id];
  const int inner = span_width(tc.col, tc.col + tc.colspan) - 2;
  const int idx = y - rule_y_[tc.row] - 1;
  if (idx < 0 || idx >= static_cast<int>(tc.size())) {
    out.append(static_cast<size_t>(inner + 2), ' ');
    return;
  }
  out += ' ';
  tc.append_line(out, static_cast<size_t>(idx));
  out += ' ';
}

void TableCanvas::content_line(std::string& out, int r, int y) const {
  const char bar = borders_ ? '|' : ' ';
  out += bar;
  for (int c = 0; c < cols_;) {
    const TextCell& tc = cells_[owner_[r][c]];
    cell_segment(out, owner_[r][c], y);
    out += bar;
    c = tc.col + tc.colspan;
  }
}

void TableCanvas::rule_line(std::string& out, int r) const {
  for (int c = 0; c < cols_;) {
    out += borders_ ? junction(r, c) : ' ';
    if (horizontal(r, c)) {
      out.append(static_cast<size_t>(widths_[c]), borders_ ? '-' : ' ');
      ++c;
    } else {  // a rowspan cell crosses this rule: its text flows on
      const TextCell& tc = cells_[owner_[r][c]];
      cell_segment(out, owner_[r][c], rule_y_[r]);
      c = tc.col + tc.colspan;
    }
  }
  out += borders_ ? junction(r, cols_) : ' ';
}

void TableCanvas::draw(const LineSink& sink) const {
  std::string line;
  // Borderless tables: no trailing spaces, and no line of spaces only for a rule.
  auto give = [&](bool is_rule) {
    if (!borders_) {
      line.erase(line.find_last_not_of(' ') + 1);
      if (is_rule && line.empty()) return;
    }
    sink(line);
  };
  for (int r = 0; r <= rows_; ++r) {
    line.clear();
    rule_line(line, r);
    give(true);
    if (r == rows_) break;
    for (int y = rule_y_[r] + 1; y < rule_y_[r + 1]; ++y) {
      line.clear();
      content_line(line, r, y);
      give(false);
    }
  }
}

}  // namespace

std::vector<int> text_column_widths(const std::vector<double>& weights, int width) {
  const int n = static_cast<int>(weights.size());
  if (n == 0) return {};
  std::vector<double> w(weights.size());
  double sum = 0;
  for (size_t i = 0; i < w.size(); ++i) sum += (w[i] = std::max(weights[i], 0.0));
  if (sum <= 0) {  // no usable weights: equal columns
    std::fill(w.begin(), w.end(), 1.0);
    sum = n;
  }
  const int avail = std::max(width - (n + 1), 0);
  std::vector<int> out(n);
  std::vector<std::pair<double, int>> rest;  // (fraction, index) for the spare columns
  int used = 0;
  for (int i = 0; i < n; ++i) {
    const double raw = avail * w[i] / sum;
    out[i] = static_cast<int>(std::floor(raw));
    used += out[i];
    rest.emplace_back(-(raw - out[i]), i);
  }
  std::sort(rest.begin(), rest.end());
  for (int k = 0; k < avail - used; ++k) ++out[rest[k % n].second];
  // Raise narrow columns to the minimum, taking the columns from the widest.
  for (int i = 0; i < n; ++i) {
    while (out[i] < kMinColumn) {
      ++out[i];
      auto widest = std::max_element(out.begin(), out.end());
      if (*widest > kMinColumn) --*widest;
    }
  }
  return out;
}

std::vector<double> column_weights(const Table& table, double text_width_mm) {
  const bool by_width = table.column_widths_mm.size() == table.column_widths.size() ||
                        table.column_auto.size() == table.column_widths.size();
  if (text_width_mm <= 0 || !by_width) {
    return table.column_widths;
  }
  return column_fractions(table, text_width_mm);
}

void render_table(const Table& table, int width, double text_width_mm, const LineSink& sink,
                  AmbiguousWidth ambiguous) {
  TableCanvas(table, width, text_width_mm, ambiguous).draw(sink);
}

std::vector<std::string> render_table(const Table& table, int width, double text_width_mm,
                                      AmbiguousWidth ambiguous) {
  std::vector<std::string> out;
  render_table(
      table, width, text_width_mm, [&](std::string_view line) { out.emplace_back(line); },
      ambiguous);
  return out;
}

}  // namespace formwork
