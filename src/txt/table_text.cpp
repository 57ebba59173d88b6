#include "txt/table_text.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "model/column_widths.h"
#include "model/table_grid.h"
#include "txt/column_fit.h"
#include "txt/line_wrap.h"

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

struct TextCell {
  std::vector<std::string> lines;  ///< already padded to the content width
  int row = 0, col = 0, rowspan = 1, colspan = 1;
};

/// Grid state for drawing: which cell owns each position, where each row's
/// first line is.
class TableCanvas {
 public:
  TableCanvas(const Table& t, int width, double text_width_mm);
  std::vector<std::string> draw() const;

 private:
  int span_width(int c0, int c1) const;  ///< display width of columns c0..c1-1 merged
  bool horizontal(int r, int c) const;   ///< rule above row r in column c?
  bool vertical(int r, int c) const;     ///< border left of column c in row r?
  char junction(int r, int c) const;
  std::string content_line(int r, int y) const;
  std::string rule_line(int r) const;
  /// The cell's text at canvas line y, padded to its span.
  std::string cell_segment(int id, int y) const;

  std::vector<int> widths_;
  std::vector<TextCell> cells_;
  std::vector<std::vector<int>> owner_;  ///< index into cells_
  std::vector<int> rule_y_;              ///< canvas line of the rule above each row (+ bottom)
  int rows_ = 0, cols_ = 0;
  bool borders_ = true;
};

TableCanvas::TableCanvas(const Table& t, int width, double text_width_mm) : borders_(t.borders) {
  const TableGrid grid = resolve_grid(t);
  // Proportional widths first, then numbers and codes get the room they
  // need whole, taken from columns of breakable text.
  widths_ = widen_for_demands(text_column_widths(column_weights(t, text_width_mm), width),
                              column_demands(grid), kMinColumn);
  rows_ = grid.rows;
  cols_ = grid.cols;
  owner_ = grid.owner;
  for (const PlacedCell& pc : grid.cells) {
    TextCell tc{{}, pc.row, pc.col, pc.rowspan, pc.colspan};
    const int inner = span_width(pc.col, pc.col + pc.colspan) - 2;
    for (const Paragraph& p : pc.cell->paragraphs) {
      const Align a = p.align != Align::Left ? p.align : pc.cell->align;
      if (p.rule) {
        tc.lines.push_back(pad_to(cell_rule(*p.rule, inner, width, text_width_mm), inner, a));
        continue;
      }
      for (const std::string& line : wrap_text(p.text(), inner, inner)) {
        tc.lines.push_back(pad_to(line, inner, a));
      }
    }
    cells_.push_back(std::move(tc));
  }
  for (int r = 0; r < rows_; ++r) {  // holes become empty cells of their own
    for (int c = 0; c < cols_; ++c) {
      if (owner_[r][c] >= 0) continue;
      owner_[r][c] = static_cast<int>(cells_.size());
      cells_.push_back(TextCell{{}, r, c, 1, 1});
    }
  }
  // Row heights: single-row cells first, then rowspans stretch their last row.
  std::vector<int> h(rows_, 1);
  for (const TextCell& tc : cells_) {
    if (tc.rowspan == 1) h[tc.row] = std::max<int>(h[tc.row], tc.lines.size());
  }
  for (const TextCell& tc : cells_) {
    if (tc.rowspan == 1) continue;
    int have = tc.rowspan - 1;  // the rule lines it crosses
    for (int r = tc.row; r < tc.row + tc.rowspan; ++r) have += h[r];
    h[tc.row + tc.rowspan - 1] += std::max(0, static_cast<int>(tc.lines.size()) - have);
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

std::string TableCanvas::cell_segment(int id, int y) const {
  const TextCell& tc = cells_[id];
  const int inner = span_width(tc.col, tc.col + tc.colspan) - 2;
  const int idx = y - rule_y_[tc.row] - 1;
  if (idx >= 0 && idx < static_cast<int>(tc.lines.size())) return ' ' + tc.lines[idx] + ' ';
  return std::string(inner + 2, ' ');
}

std::string TableCanvas::content_line(int r, int y) const {
  const char bar = borders_ ? '|' : ' ';
  std::string out(1, bar);
  for (int c = 0; c < cols_;) {
    const TextCell& tc = cells_[owner_[r][c]];
    out += cell_segment(owner_[r][c], y);
    out += bar;
    c = tc.col + tc.colspan;
  }
  return out;
}

std::string TableCanvas::rule_line(int r) const {
  std::string out;
  for (int c = 0; c < cols_;) {
    out += borders_ ? junction(r, c) : ' ';
    if (horizontal(r, c)) {
      out += std::string(widths_[c], borders_ ? '-' : ' ');
      ++c;
    } else {  // a rowspan cell crosses this rule: its text flows on
      const TextCell& tc = cells_[owner_[r][c]];
      out += cell_segment(owner_[r][c], rule_y_[r]);
      c = tc.col + tc.colspan;
    }
  }
  out += borders_ ? junction(r, cols_) : ' ';
  return out;
}

std::vector<std::string> TableCanvas::draw() const {
  std::vector<std::string> lines;
  for (int r = 0; r <= rows_; ++r) {
    std::string rule = rule_line(r);
    if (borders_ || rule.find_first_not_of(' ') != std::string::npos) lines.push_back(rule);
    if (r == rows_) break;
    for (int y = rule_y_[r] + 1; y < rule_y_[r + 1]; ++y) lines.push_back(content_line(r, y));
  }
  if (!borders_) {
    for (std::string& s : lines) s.erase(s.find_last_not_of(' ') + 1);
  }
  return lines;
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
  if (text_width_mm <= 0 || table.column_widths_mm.size() != table.column_widths.size()) {
    return table.column_widths;
  }
  return column_fractions(table, text_width_mm);
}

std::vector<std::string> render_table(const Table& table, int width, double text_width_mm) {
  return TableCanvas(table, width, text_width_mm).draw();
}

}  // namespace formwork
