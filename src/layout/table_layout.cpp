#include "layout/table_layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/table_carry.h"
#include "model/column_widths.h"
#include "model/table_grid.h"

namespace formwork {

namespace {

constexpr double kEps = 1e-6;  // pt

// Column widths in pt (model/column_widths.h: fixed mm columns, the rest
// shared by weight).
std::vector<double> column_widths_pt(const Table& t, double width) {
  std::vector<double> out = column_fractions(t, width / kPtPerMm);
  for (double& w : out) w *= width;
  return out;
}

// Left edges of the columns plus the right edge of the last one (pt).
std::vector<double> column_edges(const Table& t, double left_x, double width) {
  std::vector<double> edges{left_x};
  for (double w : column_widths_pt(t, width)) edges.push_back(edges.back() + w);
  return edges;
}

struct CellContent {
  std::deque<CellLine> lines;  ///< tops relative to the content top
  double height = 0;
};

// Characters of a paragraph's text (UTF-8 lead bytes), stopping past `limit`.
size_t chars_up_to(const Paragraph& p, size_t limit) {
  size_t n = 0;
  for (const Run& r : p.runs) {
    for (unsigned char c : r.text) n += (c & 0xC0) != 0x80;
    if (n > limit) break;
  }
  return n;
}

// A cell paragraph whose word, number or code is wider than the cell
// ("17,200.00", "0546-8087230/8082273") is set smaller, in steps of 5 %
// down to kMinFitScale of its size, rather than cut inside it; when even
// that does not fit, it keeps its size and is cut between characters.
// Only short paragraphs (a figure, a name, a phone number) are refitted:
// long text in a cell is prose, whose size must stay its neighbours'.
ParagraphBox fit_cell_paragraph(const Paragraph& p, double x, double width, Align align,
                                double max_picture_height, TextContext& ctx) {
  ParagraphBox box = layout_paragraph(p, x, width, align, ctx, {}, max_picture_height, true);
  if (!box.split_segment || chars_up_to(p, kMaxFitChars) > kMaxFitChars) return box;
  for (int step = 1; 1 - step * 0.05 >= kMinFitScale - 1e-9; ++step) {
    Paragraph smaller = p;
    for (Run& r : smaller.runs) r.style.size_pt *= 1 - step * 0.05;
    ParagraphBox fitted =
        layout_paragraph(smaller, x, width, align, ctx, {}, max_picture_height, true);
    if (!fitted.split_segment) return fitted;
  }
  return box;
}

CellContent layout_cell(const Cell& cell, double x, double width, double max_picture_height,
                        TextContext& ctx) {
  CellContent out;
  double y = 0;
  for (const Paragraph& p : cell.paragraphs) {
    Align align = p.align != Align::Left ? p.align : cell.align;
    ParagraphBox box = fit_cell_paragraph(p, x, width, align, max_picture_height, ctx);
    y += box.space_before;
    // Moved out from the front, so a cell holding a long text (tens of
    // thousands of lines) never has them twice.
    for (; !box.lines.empty(); box.lines.pop_front()) {
      double h = box.lines.front().height;
      out.lines.push_back({y, std::move(box.lines.front())});
      y += h;
    }
    y += box.space_after;
  }
  out.height = y;
  return out;
}

std::vector<double> row_heights(const Table& table, const TableGrid& grid,
                                const std::vector<CellContent>& content, double padding) {
  std::vector<double> h(static_cast<size_t>(grid.rows));
  for (size_t r = 0; r < h.size(); ++r) h[r] = mm_to_pt(table.rows[r].min_height_mm);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& pc = grid.cells[i];
    if (pc.rowspan == 1) {
      double& row = h[static_cast<size_t>(pc.row)];
      row = std::max(row, content[i].height + 2 * padding);
    }
  }
  // Spanning cells, shortest spans first, so a tall cell spanning many rows
  // sees the growth already given by shorter spans inside it.
  std::vector<size_t> spanning;
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    if (grid.cells[i].rowspan > 1) spanning.push_back(i);
  }
  std::stable_sort(spanning.begin(), spanning.end(), [&](size_t a, size_t b) {
    return grid.cells[a].rowspan < grid.cells[b].rowspan;
  });
  for (size_t i : spanning) {
    const PlacedCell& pc = grid.cells[i];
    auto first = h.begin() + pc.row;
    double have = std::accumulate(first, first + pc.rowspan, 0.0);
    double need = content[i].height + 2 * padding;
    if (need > have) h[static_cast<size_t>(pc.row + pc.rowspan - 1)] += need - have;
  }
  return h;
}

double valign_offset(VAlign v, double room, double content) {
  double spare = std::max(0.0, room - content);
  switch (v) {
    case VAlign::Top:
      return 0;
    case VAlign::Middle:
      return spare / 2;
    case VAlign::Bottom:
      return spare;
  }
  return 0;
}

std::vector<double> group_ends(const Table& table, const TableGrid& grid,
                               const std::vector<double>& row_top) {
  std::vector<int> reach(static_cast<size_t>(grid.rows), 0);
  for (const PlacedCell& pc : grid.cells) {
    int& r = reach[static_cast<size_t>(pc.row)];
    r = std::max(r, pc.row + pc.rowspan);
  }
  // A body row kept with the next reaches into it, and so does a header row
  // below the body rows, which must not end a page. (Header rows at the top
  // repeat and always have the first body row below them.)
  const int first_body = top_header_rows(table);
  for (int r = 0; r + 1 < grid.rows; ++r) {
    const Row& row = table.rows[static_cast<size_t>(r)];
    if (row.header ? r > first_body : row.keep_with_next) {
      int& reach_r = reach[static_cast<size_t>(r)];
      reach_r = std::max(reach_r, r + 2);
    }
  }
  std::vector<double> ends;
  int end = 0;
  for (int r = 0; r < grid.rows; ++r) {
    end = std::max({end, r + 1, reach[static_cast<size_t>(r)]});
    if (end == r + 1) ends.push_back(row_top[static_cast<size_t>(r + 1)]);
  }
  return ends;
}

std::vector<std::pair<double, double>> later_headers(const Table& table,
                                                     const std::vector<double>& row_top) {
  std::vector<std::pair<double, double>> runs;
  const size_t n = table.rows.size();
  for (size_t r = static_cast<size_t>(top_header_rows(table)); r < n; ++r) {
    if (!table.rows[r].header) continue;
    size_t end = r;
    while (end < n && table.rows[end].header) ++end;
    runs.emplace_back(row_top[r], row_top[end]);
    r = end;
  }
  return runs;
}

double header_height(const Table& table, const TableBox& box) {
  const auto n = static_cast<size_t>(top_header_rows(table));
  double h = 0;
  for (double g : box.group_ends) {
    if (g <= box.row_top[n] + kEps) h = g;
  }
  return h;
}

}  // namespace

bool TableBox::is_row_boundary(double y) const {
  auto it = std::lower_bound(row_top.begin(), row_top.end(), y - kEps);
  return it != row_top.end() && std::abs(*it - y) <= kEps;
}

TableBox layout_table(const Table& table, double left_x, double width, TextContext& ctx,
                      double max_picture_height) {
  TableGrid grid = resolve_grid(table);
  TableBox box;
  box.padding = mm_to_pt(table.cell_padding_mm);
  box.borders = table.borders;
  std::vector<double> edges = column_edges(table, left_x, width);

  std::vector<CellContent> content;
  for (const PlacedCell& pc : grid.cells) {
    double x = edges[static_cast<size_t>(pc.col)];
    double w = edges[static_cast<size_t>(pc.col + pc.colspan)] - x;
    content.push_back(layout_cell(*pc.cell, x + box.padding, std::max(0.0, w - 2 * box.padding),
                                  max_picture_height - 2 * box.padding, ctx));
  }
  std::vector<double> h = row_heights(table, grid, content, box.padding);
  box.row_top.assign(1, 0.0);
  for (double rh : h) box.row_top.push_back(box.row_top.back() + rh);

  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& pc = grid.cells[i];
    CellBox cb;
    cb.x = edges[static_cast<size_t>(pc.col)];
    cb.w = edges[static_cast<size_t>(pc.col + pc.colspan)] - cb.x;
    cb.y0 = box.row_top[static_cast<size_t>(pc.row)];
    cb.y1 = box.row_top[static_cast<size_t>(pc.row + pc.rowspan)];
    cb.shaded = pc.cell->shaded;
    cb.repeats = table.rows[static_cast<size_t>(pc.row)].header;
    double room = cb.y1 - cb.y0 - 2 * box.padding;
    double top = cb.y0 + box.padding + valign_offset(pc.cell->valign, room, content[i].height);
    for (CellLine& l : content[i].lines) l.top += top;
    cb.lines = std::move(content[i].lines);  // one array of lines, never two
    box.cells.push_back(std::move(cb));
  }
  box.col_x = std::move(edges);
  box.group_ends = group_ends(table, grid, box.row_top);
  box.header_height = header_height(table, box);
  box.later_headers = later_headers(table, box.row_top);
  prepare_continuation(table, grid, box, ctx);
  return box;
}

}  // namespace formwork
