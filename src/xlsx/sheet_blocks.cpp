#include <algorithm>

#include "xlsx/sheet_grid.h"

namespace formwork {

namespace {

constexpr double kMmPerPt = 25.4 / 72;

enum class RowKind { Empty, Single, Multi, Bordered };

// The cell whose content shows at (row, col): a merge's top-left.
std::pair<int, int> owner(const SheetGrid& g, int row, int col) {
  const Merge* m = g.merge_at(row, col);
  return m ? std::pair{m->row1, m->col1} : std::pair{row, col};
}

bool has_border(const SheetGrid& g, const std::vector<CellFormat>& formats, int row, int col) {
  const GridCell* c = g.cell(row, col);
  return c && c->format < formats.size() && formats[c->format].border_sides > 0;
}

RowKind kind_of(const SheetGrid& g, const std::vector<CellFormat>& formats, int row) {
  int texts = 0;
  for (int col : g.cols) {
    if (has_border(g, formats, row, col)) return RowKind::Bordered;
    const auto [r, c] = owner(g, row, col);
    const GridCell* cell = g.cell(r, c);
    if (cell && !cell->empty() && r == row && c == col) ++texts;
  }
  return texts == 0 ? RowKind::Empty : texts == 1 ? RowKind::Single : RowKind::Multi;
}

const CellFormat& format_of(const GridCell* c, const std::vector<CellFormat>& formats) {
  static const CellFormat kDefault{};
  return c && c->format < formats.size() ? formats[c->format] : kDefault;
}

// The alignment a spreadsheet gives: General puts numbers right, text left.
Align align_of(const GridCell* c, const CellFormat& f) {
  if (!f.align_general) return f.align;
  return c && c->number ? Align::Right : Align::Left;
}

Paragraph paragraph_of(const GridCell* c, const CellFormat& f) {
  Paragraph p;
  p.line_spacing = 1.15;
  if (c) p.runs = c->runs;
  p.align = align_of(c, f);
  return p;
}

int count_in(const std::vector<int>& visible, int from, int to) {
  return static_cast<int>(
      std::count_if(visible.begin(), visible.end(), [&](int v) { return v >= from && v <= to; }));
}

Cell table_cell(const SheetGrid& g, const std::vector<CellFormat>& formats,
                const std::vector<int>& band, int row, int col) {
  const Merge* m = g.merge_at(row, col);
  const auto [r, c] = owner(g, row, col);
  const GridCell* gc = g.cell(r, c);
  const CellFormat& f = format_of(gc, formats);
  Cell cell;
  cell.paragraphs.push_back(paragraph_of(gc, f));
  cell.align = cell.paragraphs.back().align;
  cell.valign = f.valign;
  cell.shaded = f.shaded;
  if (gc && gc->number) {
    cell.value.number = gc->number;
    cell.value.number_format = f.number_format == "General" ? "" : f.number_format;
  }
  if (m) {
    cell.colspan = std::max(1, count_in(g.cols, m->col1, m->col2));
    cell.rowspan = std::max(1, count_in(band, m->row1, m->row2));
  }
  return cell;
}

// Whether (row, col) is covered by a merge that shows its content in
// another cell of the same band.
bool covered(const SheetGrid& g, const std::vector<int>& band, int row, int col) {
  const Merge* m = g.merge_at(row, col);
  if (!m) return false;
  const int first_col = *std::find_if(g.cols.begin(), g.cols.end(),
                                      [&](int v) { return v >= m->col1 && v <= m->col2; });
  const auto first_row_it =
      std::find_if(band.begin(), band.end(), [&](int v) { return v >= m->row1 && v <= m->row2; });
  return !(row == *first_row_it && col == first_col);
}

Table make_table(const SheetGrid& g, const std::vector<CellFormat>& formats,
                 const std::vector<int>& band, bool borders) {
  Table t;
  t.borders = borders;
  t.cell_padding_mm = 1.0;
  double total = 0;
  for (int col : g.cols) {
    t.column_widths.push_back(g.col_width_mm.at(col));
    total += g.col_width_mm.at(col);
  }
  if (!g.fit_to_width && total <= g.page.text_width_mm() + 0.01)
    t.column_widths_mm = t.column_widths;
  for (int row : band) {
    Row r;
    r.min_height_mm = g.row_height_pt.at(row) * kMmPerPt;
    for (int col : g.cols) {
      if (!covered(g, band, row, col)) r.cells.push_back(table_cell(g, formats, band, row, col));
    }
    t.rows.push_back(std::move(r));
  }
  return t;
}

// A row holding one text: a paragraph with the row's height as space
// around its line.
Paragraph single_row(const SheetGrid& g, const std::vector<CellFormat>& formats, int row) {
  for (int col : g.cols) {
    const GridCell* c = g.cell(row, col);
    if (!c || c->empty()) continue;
    Paragraph p = paragraph_of(c, format_of(c, formats));
    double size = 0;
    for (const Run& r : p.runs) size = std::max(size, r.style.size_pt);
    const double spare = g.row_height_pt.at(row) - size * p.line_spacing;
    if (spare > 0) p.space_before_pt = p.space_after_pt = spare / 2;
    p.keep_with_next = true;
    return p;
  }
  return Paragraph{};
}

}  // namespace

std::vector<Block> sheet_blocks(const SheetGrid& g, const std::vector<CellFormat>& formats) {
  std::vector<Block> blocks;
  double pending_pt = 0;  // empty rows above the next block
  auto add = [&](Block b) {
    if (pending_pt > 0 && std::holds_alternative<Paragraph>(b)) {
      std::get<Paragraph>(b).space_before_pt += pending_pt;
      pending_pt = 0;
    }
    if (pending_pt > 0) {  // before a table: a line as tall as the rows
      Paragraph gap;
      gap.runs.push_back(Run{"", TextStyle{"song", pending_pt / 1.25}});
      gap.line_spacing = 1.0;
      gap.space_before_pt = pending_pt * 0.2;
      blocks.emplace_back(std::move(gap));
      pending_pt = 0;
    }
    blocks.push_back(std::move(b));
  };
  for (size_t i = 0; i < g.rows.size();) {
    const int row = g.rows[i];
    const RowKind kind = kind_of(g, formats, row);
    if (kind == RowKind::Empty) {
      pending_pt += g.row_height_pt.at(row);
      ++i;
    } else if (kind == RowKind::Single) {
      add(single_row(g, formats, row));
      ++i;
    } else {
      std::vector<int> band;
      while (i < g.rows.size() && kind_of(g, formats, g.rows[i]) == kind)
        band.push_back(g.rows[i++]);
      add(make_table(g, formats, band, kind == RowKind::Bordered));
    }
  }
  return blocks;
}

}  // namespace formwork
