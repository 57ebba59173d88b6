#include "docx/table_xml.h"

#include <cmath>
#include <numeric>
#include <string>

#include "docx/docx_units.h"
#include "docx/paragraph_xml.h"
#include "docx/xml_util.h"
#include "model/table_grid.h"

namespace formwork {

namespace {

using docx_units::mm_to_twips;
using docx_xml::add_val;
using docx_xml::set_int;

void append_width(pugi::xml_node parent, const char* name, long twips) {
  pugi::xml_node w = parent.append_child(name);
  set_int(w, "w:w", twips);
  w.append_attribute("w:type") = "dxa";
}

void append_borders(pugi::xml_node tbl_pr) {
  pugi::xml_node borders = tbl_pr.append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node b = add_val(borders, side, "single");
    b.append_attribute("w:sz") = "4";
    b.append_attribute("w:space") = "0";
    b.append_attribute("w:color") = "auto";
  }
}

void append_table_properties(pugi::xml_node tbl, const Table& table, long text_width) {
  pugi::xml_node pr = tbl.append_child("w:tblPr");
  if (table.borders) add_val(pr, "w:tblStyle", "TableGrid");
  append_width(pr, "w:tblW", text_width);
  if (table.borders) append_borders(pr);
  add_val(pr, "w:tblLayout", "fixed", "w:type");
  pugi::xml_node mar = pr.append_child("w:tblCellMar");
  long pad = mm_to_twips(table.cell_padding_mm);
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) append_width(mar, side, pad);
}

void append_row_properties(pugi::xml_node tr, const Row& row) {
  pugi::xml_node pr = tr.append_child("w:trPr");
  pr.append_child("w:cantSplit");  // rows move whole to the next page, as in the PDF layout
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

void append_cell_content(pugi::xml_node tc, const Cell* cell) {
  if (cell == nullptr || cell->paragraphs.empty()) {
    append_paragraph(tc, Paragraph{}, cell ? cell->align : Align::Left);
    return;
  }
  for (const Paragraph& para : cell->paragraphs) {
    append_paragraph(tc, para, para.align != Align::Left ? para.align : cell->align);
  }
}

long span_width(const std::vector<long>& cols, int first, int count) {
  return std::accumulate(cols.begin() + first, cols.begin() + first + count, 0L);
}

// Appends the cells of grid row `r`, left to right.
void append_row_cells(pugi::xml_node tr, const TableGrid& grid, int r,
                      const std::vector<long>& cols) {
  const std::vector<int>& owner = grid.owner[static_cast<size_t>(r)];
  for (int c = 0; c < grid.cols;) {
    int index = owner[static_cast<size_t>(c)];
    if (index < 0) {  // a hole: one empty cell over the run of missing columns
      int end = c;
      while (end < grid.cols && owner[static_cast<size_t>(end)] < 0) ++end;
      append_cell_content(append_cell(tr, {span_width(cols, c, end - c), end - c}), nullptr);
      c = end;
      continue;
    }
    const PlacedCell& pc = grid.cells[static_cast<size_t>(index)];
    const char* vmerge = pc.rowspan > 1 ? (pc.row == r ? "restart" : "continue") : nullptr;
    CellFrame frame{span_width(cols, pc.col, pc.colspan), pc.colspan, vmerge, pc.cell};
    pugi::xml_node tc = append_cell(tr, frame);
    // A continuing w:tc shows nothing: its content is the restart cell's.
    append_cell_content(tc, pc.row == r ? pc.cell : nullptr);
    c = pc.col + pc.colspan;
  }
}

}  // namespace

std::vector<long> grid_column_twips(const std::vector<double>& weights, long text_width) {
  std::vector<double> w;
  for (double x : weights) w.push_back(x > 0 ? x : 0);
  double total = std::accumulate(w.begin(), w.end(), 0.0);
  if (total <= 0) {
    w.assign(weights.size(), 1.0);
    total = static_cast<double>(weights.size());
  }
  std::vector<long> out;
  double cum = 0;
  long prev = 0;
  for (double x : w) {
    cum += x;
    long edge = std::lround(cum / total * static_cast<double>(text_width));
    out.push_back(edge - prev);
    prev = edge;
  }
  return out;
}

void append_table(pugi::xml_node parent, const Table& table, long text_width) {
  TableGrid grid = resolve_grid(table);
  if (grid.cols == 0 || grid.rows == 0) return;
  std::vector<long> cols = grid_column_twips(table.column_widths, text_width);
  pugi::xml_node tbl = parent.append_child("w:tbl");
  append_table_properties(tbl, table, text_width);
  pugi::xml_node tbl_grid = tbl.append_child("w:tblGrid");
  for (long w : cols) set_int(tbl_grid.append_child("w:gridCol"), "w:w", w);
  for (int r = 0; r < grid.rows; ++r) {
    pugi::xml_node tr = tbl.append_child("w:tr");
    append_row_properties(tr, table.rows[static_cast<size_t>(r)]);
    append_row_cells(tr, grid, r, cols);
  }
}

}  // namespace formwork
