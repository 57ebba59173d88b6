#include "xlsx/formula_cells.h"

#include <xlsxwriter.h>

#include <stdexcept>

#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "xlsx/future_functions.h"
#include "xlsx/lxw_check.h"
#include "xlsx/r1c1.h"

namespace formwork {

void write_formula(lxw_worksheet* ws, const PendingFormula& f, size_t sheet,
                   const WorkbookRefs& refs) {
  const CellValue& v = *f.value;
  std::string a1;
  try {
    a1 = "=" + add_future_prefixes(r1c1_to_a1(resolve_workbook_refs(v.formula_r1c1, sheet, refs),
                                              f.row, f.grid_col, f.grid_starts));
  } catch (const std::exception& e) {
    throw TemplateError("formula \"" + v.formula_r1c1 + "\" on worksheet " +
                            std::to_string(sheet + 1) + " '" + refs.sheet_names.at(sheet) +
                            "': " + e.what(),
                        SourceLoc{});
  }
  if (v.number) {
    check_lxw(
        worksheet_write_formula_num(ws, f.row, f.col, a1.c_str(), f.format, v.number->to_double()),
        "write formula");
  } else if (v.text) {
    check_lxw(worksheet_write_formula_str(ws, f.row, f.col, a1.c_str(), f.format,
                                          clean_text(*v.text).c_str()),
              "write text formula");
  } else {
    check_lxw(worksheet_write_formula(ws, f.row, f.col, a1.c_str(), f.format), "write formula");
  }
}

}  // namespace formwork
