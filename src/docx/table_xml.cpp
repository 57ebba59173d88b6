#include "docx/table_xml.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "docx/docx_units.h"
#include "docx/paragraph_xml.h"
#include "docx/text_estimate.h"
#include "docx/xml_util.h"
#include "model/column_widths.h"
#include "model/table_grid.h"

namespace formwork {

namespace {

using docx_units::mm_to_twips;
using docx_units::pt_to_twips;
using docx_xml::add_val;
using docx_xml::set_int;

void append_width(pugi::xml_node parent, const char* name, long twips) {
  pugi::xml_node w = parent.append_child(name);
  set_int(w, "w:w", twips);
  w.append_attribute("w:type") = "dxa";
}

void append_borders(pugi::xml_node tbl_pr, bool visible) {
  pugi::xml_node borders = tbl_pr.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node b = add_val(borders, side, visible ? "single" : "nil");
    if (!visible) continue;
    b.append_attribute("w:sz") = "4";
    b.append_attribute("w:space") = "0";
    b.append_attribute("w:color") = "auto";
  }
}

void append_table_properties(pugi::xml_node tbl, const Table& table, long width) {
  pugi::xml_node pr = tbl.append_child("w:tblPr");
  if (table.borders) add_val(pr, "w:tblStyle", "TableGrid");
  append_width(pr, "w:tblW", width);
  append_borders(pr, table.borders);
  add_val(pr, "w:tblLayout", "fixed", "w:type");
  pugi::xml_node mar = pr.append_child("w:tblCellMar");
  long pad = mm_to_twips(table.cell_padding_mm);
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) append_width(mar, side, pad);
}

void append_row_properties(pugi::xml_node tr, const Row& row, bool can_split) {
  pugi::xml_node pr = tr.append_child("w:trPr");
  if (!can_split) pr.append_child("w:cantSplit");  // rows move whole, as in the PDF layout
  if (row.min_height_mm > 0) {
    pugi::xml_node h = pr.append_child("w:trHeight");
    set_int(h, "w:val", mm_to_twips(row.min_height_mm));
    h.append_attribute("w:hRule") = "atLeast";
  }
  if (row.header) pr.append_child("w:tblHeader");
}

const char* valign_value(VAlign v) {
  switch (v) {
    case VAlign::Top:
      return "top";
    case VAlign::Bottom:
      return "bottom";
    case VAlign::Middle:
      break;
  }
  return "center";
}

// What a w:tc needs besides its content.
struct CellFrame {
  long width = 0;
  int colspan = 1;
  const char* vmerge = nullptr;  ///< "restart", "continue" or none
  const Cell* cell = nullptr;    ///< shading and vertical alignment; none for a hole
};

pugi::xml_node append_cell(pugi::xml_node tr, const CellFrame& f) {
  pugi::xml_node tc = tr.append_child("w:tc");
  pugi::xml_node pr = tc.append_child("w:tcPr");
  append_width(pr, "w:tcW", f.width);
  if (f.colspan > 1) add_val(pr, "w:gridSpan", std::to_string(f.colspan));
  if (f.vmerge) add_val(pr, "w:vMerge", f.vmerge);
  if (f.cell && f.cell->shaded) {
    pugi::xml_node shd = add_val(pr, "w:shd", "clear");
    shd.append_attribute("w:color") = "auto";
    shd.append_attribute("w:fill") = "F2F2F2";
  }
  if (f.cell) add_val(pr, "w:vAlign", valign_value(f.cell->valign));
  return tc;
}

void append_cell_content(pugi::xml_node tc, const Cell* cell, const ParagraphContext& ctx) {
  if (cell == nullptr || cell->paragraphs.empty()) {
    append_paragraph(tc, Paragraph{}, cell ? cell->align : Align::Left, ctx);
    return;
  }
  for (const Paragraph& para : cell->paragraphs) {
    append_paragraph(tc, para, para.align != Align::Left ? para.align : cell->align, ctx);
  }
}

long span_width(const std::vector<long>& cols, int first, int count) {
  return std::accumulate(cols.begin() + first, cols.begin() + first + count, 0L);
}

// Everything a row's cells share.
struct TableFrame {
  const TableGrid& grid;
  const std::vector<long>& cols;
  long padding = 0;           ///< twips on each side of a cell
  ParagraphContext cell_ctx;  ///< available_width set per cell
};

ParagraphContext context_for(const TableFrame& t, long cell_width) {
  ParagraphContext ctx = t.cell_ctx;
  ctx.available_width = std::max(0L, cell_width - 2 * t.padding);
  return ctx;
}

// Appends the cells of grid row `r`, left to right.
void append_row_cells(pugi::xml_node tr, const TableFrame& t, int r) {
  const std::vector<int>& owner = t.grid.owner[static_cast<size_t>(r)];
  for (int c = 0; c < t.grid.cols;) {
    int index = owner[static_cast<size_t>(c)];
    if (index < 0) {  // a hole: one empty cell over the run of missing columns
      int end = c;
      while (end < t.grid.cols && owner[static_cast<size_t>(end)] < 0) ++end;
      long width = span_width(t.cols, c, end - c);
      append_cell_content(append_cell(tr, {width, end - c}), nullptr, context_for(t, width));
      c = end;
      continue;
    }
    const PlacedCell& pc = t.grid.cells[static_cast<size_t>(index)];
    const char* vmerge = pc.rowspan > 1 ? (pc.row == r ? "restart" : "continue") : nullptr;
    long width = span_width(t.cols, pc.col, pc.colspan);
    pugi::xml_node tc = append_cell(tr, {width, pc.colspan, vmerge, pc.cell});
    // A continuing w:tc shows nothing: its content is the restart cell's.
    append_cell_content(tc, pc.row == r ? pc.cell : nullptr, context_for(t, width));
    c = pc.col + pc.colspan;
  }
}

// Whether grid row `r` may be taller than the page: its height (the larger
// of min_height_mm and the estimate for its one-row cells) exceeds it.
bool row_taller_than(const TableFrame& t, const Row& row, int r, long text_height) {
  long height = mm_to_twips(row.min_height_mm);
  for (const PlacedCell& pc : t.grid.cells) {
    if (pc.row != r || pc.rowspan != 1) continue;
    long inner = std::max(0L, span_width(t.cols, pc.col, pc.colspan) - 2 * t.padding);
    height = std::max(height, estimate_cell_height(*pc.cell, inner) + 2 * t.padding);
  }
  return height > text_height;
}

// The height a paragraph's inline pictures add to its lines (twips): the
// tallest less the line it sits in. Rough, like the rest of the estimate.
long picture_growth(const Paragraph& para, long line) {
  long tallest = 0;
  for (const Run& run : para.runs) {
    if (run.picture && !run.picture->floating) {
      tallest = std::max(tallest, mm_to_twips(run.picture->height_mm));
    }
  }
  return std::max(0L, tallest - line);
}

long estimate_paragraph_height(const Paragraph& para, long width) {
  long height = pt_to_twips(para.space_before_pt + para.space_after_pt);
  if (para.rule) return height + pt_to_twips(para.rule->thickness_pt);
  long lines = 0;
  double line = 0;  // width of the current forced line, twips
  auto flush = [&] {
    long w = std::lround(line);
    lines += width > 0 ? std::max(1L, (w + width - 1) / width) : 1L;
    line = 0;
  };
  for (const Run& run : para.runs) {
    if (run.picture) {
      if (!run.picture->floating) line += static_cast<double>(mm_to_twips(run.picture->width_mm));
      continue;
    }
    // Decoded in place: a long text is not copied as UTF-32.
    const auto* p = reinterpret_cast<const uint8_t*>(run.text.data());
    const auto n = static_cast<int32_t>(run.text.size());
    for (int32_t i = 0; i < n;) {
      UChar32 cp;
      U8_NEXT(p, i, n, cp);
      if (cp == '\n') {
        flush();
      } else {
        line += estimate_char_twips(static_cast<char32_t>(cp < 0 ? 0xFFFD : cp), run.style.size_pt);
      }
    }
  }
  flush();
  long line_height = line_height_twips(para, 0);
  return height + lines * line_height + picture_growth(para, line_height);
}

// True when grid row `r` begins a run of header rows below the body rows
// and no rowspan from above crosses into it, so the table can be cut there.
bool starts_piece(const Table& table, const TableGrid& grid, int first_body, int r) {
  const auto& rows = table.rows;
  if (r <= first_body || !rows[static_cast<size_t>(r)].header ||
      rows[static_cast<size_t>(r - 1)].header) {
    return false;
  }
  return std::none_of(grid.cells.begin(), grid.cells.end(),
                      [r](const PlacedCell& pc) { return pc.row < r && pc.row + pc.rowspan > r; });
}

// Appends a w:tbl with its properties and grid, ready for rows.
pugi::xml_node append_table_start(pugi::xml_node parent, const Table& table,
                                  const std::vector<long>& cols) {
  pugi::xml_node tbl = parent.append_child("w:tbl");
  append_table_properties(tbl, table, std::accumulate(cols.begin(), cols.end(), 0L));
  pugi::xml_node tbl_grid = tbl.append_child("w:tblGrid");
  for (long w : cols) set_int(tbl_grid.append_child("w:gridCol"), "w:w", w);
  return tbl;
}

}  // namespace

std::vector<long> grid_column_twips(const std::vector<double>& weights,
                                    const std::vector<double>& widths_mm, long text_width) {
  Table t;
  t.column_widths = weights;
  t.column_widths_mm = widths_mm;
  return grid_column_twips(t, text_width);
}

std::vector<long> grid_column_twips(const Table& t, long text_width) {
  const double text_mm = static_cast<double>(text_width) * 25.4 / 1440.0;
  std::vector<double> fractions = column_fractions(t, text_mm);
  // Cumulative rounding: the columns sum exactly to the text width.
  std::vector<long> out;
  double cum = 0;
  long prev = 0;
  for (double f : fractions) {
    cum += f;
    long edge = std::lround(cum * static_cast<double>(text_width));
    out.push_back(edge - prev);
    prev = edge;
  }
  return out;
}

long estimate_cell_height(const Cell& cell, long width) {
  long height = 0;
  for (const Paragraph& para : cell.paragraphs) height += estimate_paragraph_height(para, width);
  return height;
}

void append_table(pugi::xml_node parent, const Table& table, long text_width, long text_height,
                  const ParagraphContext& ctx) {
  TableGrid grid = resolve_grid(table);
  if (grid.cols == 0 || grid.rows == 0) return;
  std::vector<long> cols = grid_column_twips(table, text_width);
  ParagraphContext cell_ctx = ctx;
  cell_ctx.line_pitch = 0;   // Word: no line grid in cells without adjustLineHeightInTable
  cell_ctx.run_spacing = 0;  // the character grid is for body text
  TableFrame frame{grid, cols, mm_to_twips(table.cell_padding_mm), cell_ctx};
  const int first_body = top_header_rows(table);
  pugi::xml_node tbl;
  for (int r = 0; r < grid.rows; ++r) {
    if (r == 0 || starts_piece(table, grid, first_body, r)) {
      // Word repeats header rows only at the top of a table (ECMA-376
      // Part 1 §17.4.49), so a run of header rows below body rows starts a
      // table of its own, on the same grid, after a 1 pt paragraph that
      // keeps adjacent tables from merging.
      if (r > 0) {
        // keepNext comes first in w:pPr (ECMA-376 Part 1 §17.3.1.26).
        append_spacer_paragraph(parent, ctx).child("w:pPr").prepend_child("w:keepNext");
      }
      tbl = append_table_start(parent, table, cols);
    }
    const Row& row = table.rows[static_cast<size_t>(r)];
    pugi::xml_node tr = tbl.append_child("w:tr");
    append_row_properties(tr, row, row_taller_than(frame, row, r, text_height));
    // A header row below the body rows stays with the row it introduces.
    frame.cell_ctx.row_keep_next = row.header ? r > first_body : row.keep_with_next;
    append_row_cells(tr, frame, r);
  }
}

}  // namespace formwork
