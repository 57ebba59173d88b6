#pragma once
// Tables as WordprocessingML w:tbl elements (ECMA-376 Part 1 §17.4).
#include <pugixml.hpp>
#include <vector>

#include "model/document.h"

namespace formwork {

/// Column widths in twips: `weights` scaled so they sum exactly to
/// `text_width` (cumulative rounding). Non-positive weights count as 0; if
/// all are, columns are equal.
std::vector<long> grid_column_twips(const std::vector<double>& weights, long text_width);

/// Appends a w:tbl for `table` as wide as `text_width` twips: w:tblPr
/// (TableGrid style and single 4 borders when table.borders, fixed layout,
/// w:tblCellMar from cell_padding_mm), w:tblGrid, and per grid row a w:tr
/// (w:cantSplit, w:trHeight atLeast min_height_mm, w:tblHeader for header
/// rows) whose w:tc carry w:tcW, w:gridSpan, w:vMerge (restart on a
/// rowspan's first row, an empty continuing w:tc on the rows it covers),
/// w:shd F2F2F2 when shaded and w:vAlign. A cell paragraph left-aligned
/// takes the cell's alignment. Every w:tc holds at least one w:p; holes
/// (short rows) are filled with empty cells. A table with no columns or no
/// rows writes nothing. Throws std::invalid_argument (from resolve_grid)
/// when a row's cells overflow the columns.
void append_table(pugi::xml_node parent, const Table& table, long text_width);

}  // namespace formwork
