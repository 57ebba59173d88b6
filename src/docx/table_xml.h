#pragma once
// Tables as WordprocessingML w:tbl elements (ECMA-376 Part 1 §17.4).
#include <pugixml.hpp>
#include <vector>

#include "docx/docx_context.h"
#include "model/document.h"

namespace formwork {

/// Column widths in twips. Columns with a fixed width in `widths_mm`
/// (Table::column_widths_mm: empty, or one entry per column, > 0 = mm) get
/// it; the rest of `text_width` is shared by the other columns by their
/// `weights`, cumulative rounding making them sum exactly to what is left.
/// Non-positive weights count as 0; if all are, those columns are equal.
/// `widths_mm` of the wrong length is ignored.
std::vector<long> grid_column_twips(const std::vector<double>& weights,
                                    const std::vector<double>& widths_mm, long text_width);

/// The same for `table`'s columns as every writer shares them
/// (column_fractions, model/column_widths.h: weights, fixed mm, or widths
/// that follow the content).
std::vector<long> grid_column_twips(const Table& table, long text_width);

/// Appends a w:tbl for `table` in a section whose text block is
/// `text_width` × `text_height` twips: w:tblPr (TableGrid style and single
/// 4 borders when table.borders, else every border w:val="nil"; w:tblW =
/// the columns' sum, fixed layout, w:tblCellMar from cell_padding_mm),
/// w:tblGrid from grid_column_twips, and per grid row a w:tr (w:cantSplit
/// unless the row's estimated height exceeds `text_height` — such a row
/// must split, as in the PDF; w:trHeight atLeast min_height_mm; w:tblHeader
/// for header rows, repeated on every page) whose w:tc carry w:tcW,
/// w:gridSpan, w:vMerge (restart on a rowspan's first row, an empty
/// continuing w:tc on the rows it covers), w:shd F2F2F2 when shaded and
/// w:vAlign. A cell paragraph left-aligned takes the cell's alignment;
/// cell paragraphs are off the document grid. Every w:tc holds at least
/// one w:p; holes (short rows) are filled with empty cells. A table with no
/// columns or no rows writes nothing. Cell::anchor is not written. Throws
/// std::invalid_argument (from resolve_grid) when a row's cells overflow
/// the columns.
void append_table(pugi::xml_node parent, const Table& table, long text_width, long text_height,
                  const ParagraphContext& ctx);

/// Rough height in twips of the paragraphs of `cell` set `width` twips
/// wide: Han and other characters from U+2E80 one em, the rest half an em,
/// lines from line_height_twips, plus paragraph spacing; an inline
/// picture is as wide as it is and its line grows to its height. Used only to
/// decide whether a row can be kept whole on one page.
long estimate_cell_height(const Cell& cell, long width);

}  // namespace formwork
