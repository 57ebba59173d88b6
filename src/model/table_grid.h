#pragma once
// Resolves a Table's HTML-style rows (cells with colspan/rowspan, covered
// positions omitted) into grid coordinates, as every writer needs them.
#include <vector>

#include "model/document.h"

namespace formwork {

/// A cell placed on the grid: top-left position (0-based) and span.
struct PlacedCell {
  const Cell* cell;
  int row;
  int col;
  int rowspan;
  int colspan;
};

/// The table's cells in grid coordinates, in row-major order of their
/// top-left corners. `owner[r][c]` is the index into `cells` of the cell
/// covering (r, c), or -1 for a hole (a row shorter than the grid).
struct TableGrid {
  int rows = 0;
  int cols = 0;
  std::vector<PlacedCell> cells;
  std::vector<std::vector<int>> owner;
};

/// The number of header rows at the top of `table` (Row::header, from the
/// first row on): the rows Word repeats with w:tblHeader, and the index of
/// the first body row (rows.size() when every row is a header row).
int top_header_rows(const Table& table);

/// Places every cell. The column count is column_widths.size(). Throws
/// std::invalid_argument when a cell overflows the column count (message
/// names the row). Spans reaching past the last row are clipped.
TableGrid resolve_grid(const Table& table);

}  // namespace formwork
