#include "model/table_grid.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace formwork {

namespace {

// Finds the first column at or after `col` in `row` that no earlier cell
// (a rowspan from above or a cell to the left) occupies.
int next_free_column(const TableGrid& grid, int row, int col) {
  while (col < grid.cols && grid.owner[static_cast<size_t>(row)][static_cast<size_t>(col)] >= 0) {
    ++col;
  }
  return col;
}

void occupy(TableGrid& grid, const PlacedCell& pc, int index) {
  for (int r = pc.row; r < pc.row + pc.rowspan; ++r) {
    for (int c = pc.col; c < pc.col + pc.colspan; ++c) {
      grid.owner[static_cast<size_t>(r)][static_cast<size_t>(c)] = index;
    }
  }
}

}  // namespace

TableGrid resolve_grid(const Table& table) {
  TableGrid grid;
  grid.rows = static_cast<int>(table.rows.size());
  grid.cols = static_cast<int>(table.column_widths.size());
  grid.owner.assign(table.rows.size(), std::vector<int>(table.column_widths.size(), -1));
  for (int r = 0; r < grid.rows; ++r) {
    int col = 0;
    for (const Cell& cell : table.rows[static_cast<size_t>(r)].cells) {
      col = next_free_column(grid, r, col);
      int colspan = std::max(1, cell.colspan);
      if (col + colspan > grid.cols) {
        throw std::invalid_argument("table row " + std::to_string(r + 1) + " has cells for " +
                                    std::to_string(col + colspan) + " columns, but the table has " +
                                    std::to_string(grid.cols));
      }
      int rowspan = std::clamp(cell.rowspan, 1, grid.rows - r);
      PlacedCell pc{&cell, r, col, rowspan, colspan};
      grid.cells.push_back(pc);
      occupy(grid, pc, static_cast<int>(grid.cells.size()) - 1);
      col += colspan;
    }
  }
  return grid;
}

int top_header_rows(const Table& table) {
  size_t n = 0;
  while (n < table.rows.size() && table.rows[n].header) ++n;
  return static_cast<int>(n);
}

}  // namespace formwork
