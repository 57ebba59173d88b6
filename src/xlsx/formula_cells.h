#pragma once
// Formula cells are written after every worksheet is laid out: their
// workbook-level references (<k>!, @anchor) may point at later sheets.
#include <vector>

#include "model/document.h"
#include "xlsx/workbook_refs.h"

struct lxw_worksheet;
struct lxw_format;

namespace formwork {

/// A formula cell waiting for the workbook's anchors and sheet names.
struct PendingFormula {
  const CellValue* value;  ///< the model's value; formula_r1c1 is non-empty
  int row = 0;             ///< 0-based sheet cell (top-left of a merge)
  int col = 0;
  int grid_col = 0;              ///< the cell's table-grid column
  std::vector<int> grid_starts;  ///< sheet column of each grid column (r1c1_to_a1 col_map)
  lxw_format* format = nullptr;
};

/// Writes `f` on `ws`, worksheet `sheet` (0-based) of the workbook `refs`
/// describes: workbook references resolved (resolve_workbook_refs), R1C1
/// converted to A1 (r1c1_to_a1), Excel 2010+ functions prefixed
/// (add_future_prefixes), and the engine's result cached: the
/// number, else CellValue::text as a string result (t="str", ECMA-376 Part 1
/// §18.3.1.4), else 0. Throws TemplateError quoting the formula and its
/// worksheet for a bad reference, IoError when libxlsxwriter refuses.
void write_formula(lxw_worksheet* ws, const PendingFormula& f, size_t sheet,
                   const WorkbookRefs& refs);

}  // namespace formwork
