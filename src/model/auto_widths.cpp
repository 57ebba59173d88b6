#include "model/auto_widths.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

#include "model/table_grid.h"
#include "model/text_estimate.h"
#include "model/units.h"

namespace formwork {

namespace {

// UAX #14 line breaking (ICU), one iterator per thread: column widths are
// computed by every writer of every record.
icu::BreakIterator* line_breaks() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(b) : nullptr;
  }();
  return it.get();
}

// Widest piece of `line` between break opportunities, em; the spaces a
// piece ends with hang in the margin and do not count.
double widest_piece_em(const icu::UnicodeString& line) {
  icu::BreakIterator* it = line_breaks();
  if (it == nullptr) return 0;
  it->setText(line);
  double widest = 0;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    int32_t stop = end;
    while (stop > start && line.charAt(stop - 1) == u' ') --stop;
    std::string piece;
    line.tempSubStringBetween(start, stop).toUTF8String(piece);
    widest = std::max(widest, estimate_text_em(piece));
  }
  return widest;
}

// One cell of an auto column: its row and the widths of its unbroken
// lines ('\n' and paragraphs), mm without padding.
struct CellLines {
  int row = 0;
  std::vector<double> line_mm;
};

struct ColumnText {
  double min_mm = 0;  ///< widest unbreakable piece, mm without padding
  std::vector<CellLines> cells;
};

// Splits a paragraph into its unbroken lines ('\n'), pt each.
void paragraph_lines_pt(const Paragraph& p, std::vector<double>& out, double& min_pt) {
  double line_pt = 0;
  for (const Run& run : p.runs) {
    if (run.picture) continue;
    size_t pos = 0;
    while (true) {
      const size_t nl = run.text.find('\n', pos);
      const std::string line = run.text.substr(pos, nl == std::string::npos ? nl : nl - pos);
      line_pt += estimate_text_em(line) * run.style.size_pt;
      min_pt =
          std::max(min_pt, widest_piece_em(icu::UnicodeString::fromUTF8(line)) * run.style.size_pt);
      if (nl == std::string::npos) break;
      out.push_back(line_pt);
      line_pt = 0;
      pos = nl + 1;
    }
  }
  out.push_back(line_pt);
}

std::vector<ColumnText> column_texts(const Table& table, int& rows) {
  const TableGrid grid = resolve_grid(table);
  rows = grid.rows;
  std::vector<ColumnText> out(static_cast<size_t>(grid.cols));
  for (const PlacedCell& pc : grid.cells) {
    if (pc.colspan != 1) continue;
    ColumnText& col = out[static_cast<size_t>(pc.col)];
    CellLines cell{pc.row, {}};
    double min_pt = 0;
    for (const Paragraph& p : pc.cell->paragraphs) {
      std::vector<double> lines;
      paragraph_lines_pt(p, lines, min_pt);
      const double size = p.runs.empty() ? 12 : p.runs.front().style.size_pt;
      const double indent = (p.left_indent_em + p.right_indent_em) * size;
      col.min_mm = std::max(col.min_mm, (min_pt + indent) / kPtPerMm);
      for (size_t i = 0; i < lines.size(); ++i) {
        const double first = i == 0 ? std::max(0.0, p.first_line_indent_em * size) : 0;
        cell.line_mm.push_back((lines[i] + indent + first) / kPtPerMm);
      }
    }
    col.cells.push_back(std::move(cell));
  }
  return out;
}

// Lines a cell takes in a column `inner_mm` wide (padding excluded).
int cell_line_count(const CellLines& cell, double inner_mm) {
  int n = 0;
  for (double w : cell.line_mm) {
    n += std::max(1, static_cast<int>(std::ceil(w / std::max(inner_mm, 1e-6) - 1e-9)));
  }
  return n;
}

// Minimum and preferred widths (mm, padding `padding` included) of the
// columns `texts`, as column_content_widths describes them.
std::vector<ColumnContentWidth> content_widths(const std::vector<ColumnText>& texts,
                                               double padding) {
  std::vector<ColumnContentWidth> out;
  for (const ColumnText& col : texts) {
    std::vector<double> preferred;  // per cell, mm
    for (const CellLines& c : col.cells) {
      preferred.push_back(*std::max_element(c.line_mm.begin(), c.line_mm.end()) + padding);
    }
    ColumnContentWidth w{col.min_mm + padding, col.min_mm + padding};
    if (!preferred.empty()) {
      // One long name must not take the room of a column whose every cell
      // is long: the width that keeps kPreferredShare of the cells on one
      // line (nearest rank).
      const auto rank = static_cast<size_t>(std::ceil(kPreferredShare * preferred.size())) - 1;
      std::nth_element(preferred.begin(), preferred.begin() + static_cast<long>(rank),
                       preferred.end());
      w.preferred_mm = std::max(w.preferred_mm, preferred[rank]);
    }
    out.push_back(w);
  }
  return out;
}

}  // namespace

std::vector<ColumnContentWidth> column_content_widths(const Table& table) {
  int rows = 0;
  return content_widths(column_texts(table, rows), 2 * table.cell_padding_mm);
}

std::vector<double> fit_columns_to_content(const Table& table, const std::vector<size_t>& columns,
                                           double room_mm) {
  int rows = 0;
  // Measured once: the text of every cell, broken by ICU, is the costly part.
  const std::vector<ColumnText> all = column_texts(table, rows);
  const double padding = 2 * table.cell_padding_mm;
  const std::vector<ColumnContentWidth> content = content_widths(all, padding);
  const size_t n = columns.size();
  std::vector<ColumnContentWidth> wanted;
  for (size_t c : columns) wanted.push_back(content[c]);
  double min_sum = 0;
  for (const ColumnContentWidth& w : wanted) min_sum += w.min_mm;
  if (min_sum >= room_mm || n == 0) return share_by_content(wanted, room_mm);

  // lines[k][r]: lines of column k's cell in row r at the current width.
  std::vector<double> w(n);
  std::vector<std::vector<int>> lines(n, std::vector<int>(static_cast<size_t>(rows), 0));
  for (size_t k = 0; k < n; ++k) {
    w[k] = wanted[k].min_mm;
    for (const CellLines& c : all[columns[k]].cells) {
      lines[k][static_cast<size_t>(c.row)] = cell_line_count(c, w[k] - padding);
    }
  }
  auto row_height = [&](size_t r, size_t skip, int replacement) {
    int h = replacement;
    for (size_t k = 0; k < n; ++k) {
      if (k != skip) h = std::max(h, lines[k][r]);
    }
    return h;
  };
  double left = room_mm - min_sum;
  // Greedy: widen the column whose next widths save the most table lines
  // per mm (a row is as tall as its tallest cell), until no widening saves
  // a line; what is left then goes by preferred width.
  for (int step = 0; step < 10000 && left > 1e-9; ++step) {
    size_t best_k = n;
    double best_w = 0, best_rate = 0;
    for (size_t k = 0; k < n; ++k) {
      const ColumnText& col = all[columns[k]];
      std::vector<double> targets;  // widths at which one of its cells loses a line
      for (const CellLines& c : col.cells) {
        const int have = cell_line_count(c, w[k] - padding);
        if (have <= static_cast<int>(c.line_mm.size())) continue;
        double longest = *std::max_element(c.line_mm.begin(), c.line_mm.end());
        for (int want = have - 1; want >= 1; --want) {
          const double t = longest / want + padding;
          if (t > w[k] + 1e-9 && t <= w[k] + left + 1e-9 &&
              cell_line_count(c, t - padding) < have) {
            targets.push_back(t);
            break;
          }
        }
      }
      std::sort(targets.begin(), targets.end());
      targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
      if (targets.size() > 16) targets.resize(16);
      for (double t : targets) {
        int saved = 0;
        for (const CellLines& c : col.cells) {
          const auto r = static_cast<size_t>(c.row);
          saved += row_height(r, n, 0) - row_height(r, k, cell_line_count(c, t - padding));
        }
        const double rate = saved / (t - w[k]);
        if (saved > 0 && rate > best_rate + 1e-12) {
          best_k = k;
          best_w = t;
          best_rate = rate;
        }
      }
    }
    if (best_k == n) break;
    left -= best_w - w[best_k];
    w[best_k] = best_w;
    for (const CellLines& c : all[columns[best_k]].cells) {
      lines[best_k][static_cast<size_t>(c.row)] = cell_line_count(c, w[best_k] - padding);
    }
  }
  if (left > 1e-9) {
    double pref = 0;
    for (const ColumnContentWidth& c : wanted) pref += c.preferred_mm;
    for (size_t k = 0; k < n; ++k) {
      w[k] += pref > 0 ? left * wanted[k].preferred_mm / pref : left / static_cast<double>(n);
    }
  }
  return w;
}

std::vector<double> share_by_content(const std::vector<ColumnContentWidth>& c, double room_mm) {
  const size_t n = c.size();
  std::vector<double> out(n, 0);
  if (n == 0) return out;
  room_mm = std::max(room_mm, 0.0);
  double min_sum = 0;
  for (const ColumnContentWidth& w : c) min_sum += w.min_mm;
  if (min_sum >= room_mm) {  // not even the minimums fit: scale them down
    for (size_t i = 0; i < n; ++i) {
      out[i] = min_sum > 0 ? c[i].min_mm * room_mm / min_sum : room_mm / static_cast<double>(n);
    }
    return out;
  }
  // Every column k × its preferred width, but never below its minimum: k
  // found by lowering the columns held at their minimum one pass at a time
  // (each pass holds at least one more column, so at most n passes).
  std::vector<bool> held(n, false);
  double k = 0;
  for (size_t pass = 0; pass <= n; ++pass) {
    double room = room_mm, pref = 0;
    for (size_t i = 0; i < n; ++i) {
      if (held[i]) {
        room -= c[i].min_mm;
      } else {
        pref += c[i].preferred_mm;
      }
    }
    k = pref > 0 ? room / pref : 0;
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!held[i] && k * c[i].preferred_mm < c[i].min_mm) held[i] = changed = true;
    }
    if (!changed) break;
  }
  for (size_t i = 0; i < n; ++i) out[i] = held[i] ? c[i].min_mm : k * c[i].preferred_mm;
  return out;
}

}  // namespace formwork
