#pragma once
// Formula cells are written after every worksheet is laid out, from the
// formulas check_formulas resolved, evaluated and compared with the
// template's values.
#include "model/document.h"
#include "xlsx/formula_check.h"

struct lxw_worksheet;
struct lxw_format;

namespace formwork {

/// A formula cell the sheet writer placed, waiting to be written.
struct PendingFormula {
  const CellValue* value;  ///< the model's value; formula_r1c1 is non-empty
  int row = 0;             ///< 0-based sheet cell (top-left of a merge)
  int col = 0;
  lxw_format* format = nullptr;
};

/// Writes `f` on `ws` as the checked formula `c` (A1 text with _xlfn.
/// prefixes) with c.cached as its cached result: a number, text as a
/// string result (t="str", ECMA-376 Part 1 §18.3.1.4), else none (0).
/// Throws std::logic_error when `c` came from another model cell than `f`
/// (the writer and map_workbook placed cells differently: a bug), IoError
/// when libxlsxwriter refuses.
void write_formula(lxw_worksheet* ws, const PendingFormula& f, const CheckedFormula& c);

}  // namespace formwork
