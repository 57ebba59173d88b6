#pragma once
// What every cell of a document's workbook will hold, worked out from the
// document alone (no file is written), so formulas can be checked before
// any output exists — in a dry run too. The placement follows SheetWriter:
// per worksheet (plan_sheets), a paragraph or rule is one row, a table its
// grid rows, table columns start where plan_columns puts them, a merged
// range holds its value in its top-left cell.
#include <deque>
#include <string>
#include <vector>

#include "model/document.h"
#include "xlsx/workbook_refs.h"

namespace formwork {

/// A formula cell: where it stands and the model value it came from.
struct FormulaSite {
  const CellValue* value;  ///< formula_r1c1 non-empty
  size_t sheet = 0;        ///< 0-based worksheet
  int row = 0;             ///< 0-based sheet cell (top-left of a merge)
  int col = 0;
  int grid_col = 0;                               ///< the cell's table-grid column
  const std::vector<int>* grid_starts = nullptr;  ///< r1c1_to_a1's col_map for its table
};

/// One worksheet's cells. A slot names what was written at a cell: a table
/// cell, a paragraph row's text (column 0) or nothing.
struct SheetCells {
  struct Slot {
    const Cell* cell = nullptr;
    const Paragraph* paragraph = nullptr;
    int formula = -1;  ///< index into WorkbookCells::formulas, or -1
  };
  int rows = 0;
  int cols = 0;
  std::vector<Slot> slots;  ///< rows × cols, row-major

  /// The slot at a 0-based cell, or nullptr outside the written area.
  const Slot* at(int row, int col) const {
    if (row < 0 || col < 0 || row >= rows || col >= cols) return nullptr;
    return &slots[static_cast<size_t>(row) * static_cast<size_t>(cols) + static_cast<size_t>(col)];
  }
};

/// The whole workbook: sheet names and anchors (for resolve_workbook_refs),
/// each worksheet's cells, and every formula cell in workbook order.
struct WorkbookCells {
  WorkbookRefs refs;
  std::vector<SheetCells> sheets;
  std::vector<FormulaSite> formulas;
  std::deque<std::vector<int>> grid_starts;  ///< owned col_maps the sites point at
};

/// Maps `doc`'s workbook (see the file comment). Throws TemplateError when
/// an anchor name is used twice on one worksheet (`@name` could not
/// choose), std::invalid_argument for a cell overflowing its table's
/// columns (resolve_grid). `doc` must outlive the result.
WorkbookCells map_workbook(const Document& doc);

}  // namespace formwork
