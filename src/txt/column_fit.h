#pragma once
// Column widths of plain-text tables adjusted so that what must not be
// split — numbers, codes such as 2016001, phone numbers, Latin words — fits
// its column whenever the table's total width allows.
#include <vector>

#include "model/table_grid.h"
#include "util/utf8.h"  // AmbiguousWidth

namespace formwork {

/// What one cell needs from the columns it spans: its widest unbreakable
/// segment (widest_unbreakable, display columns, padding excluded).
struct ColumnDemand {
  int first = 0;  ///< first column of the cell
  int span = 1;   ///< colspan
  int width = 0;  ///< display columns the cell's content needs on one line
};

/// One demand per cell of `grid` that has text (rule paragraphs ignored).
/// `ambiguous`: how East Asian Ambiguous characters count (display_width).
std::vector<ColumnDemand> column_demands(const TableGrid& grid,
                                         AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// `widths` (display columns per column, each including one space of
/// padding on either side, as text_column_widths gives them; the border
/// between merged columns becomes content) widened so that every demand
/// fits in its cell, the total unchanged: columns are taken one at a time
/// from the column with the most room to spare beyond its own demands and
/// `min_width`, never from a column the demand spans nor from one an
/// already met demand would then no longer fit. Narrow spans are served
/// first, and narrow demands before wide ones; a demand that cannot be met
/// takes nothing (its text is then split between grapheme clusters by
/// wrap_text), leaving the room to those that can.
std::vector<int> widen_for_demands(std::vector<int> widths, std::vector<ColumnDemand> demands,
                                   int min_width);

}  // namespace formwork
