#include "xlsx/formula_cells.h"

#include <xlsxwriter.h>

#include <stdexcept>

#include "util/forbidden_chars.h"
#include "xlsx/lxw_check.h"

namespace formwork {

void write_formula(lxw_worksheet* ws, const PendingFormula& f, const CheckedFormula& c) {
  if (c.source != f.value) {
    throw std::logic_error("formula cell placed differently by the sheet writer and the check");
  }
  if (const auto* d = std::get_if<Decimal>(&c.cached)) {
    check_lxw(worksheet_write_formula_num(ws, f.row, f.col, c.a1.c_str(), f.format, d->to_double()),
              "write formula");
  } else if (const auto* s = std::get_if<std::string>(&c.cached)) {
    check_lxw(worksheet_write_formula_str(ws, f.row, f.col, c.a1.c_str(), f.format,
                                          clean_text(*s).c_str()),
              "write text formula");
  } else {
    check_lxw(worksheet_write_formula(ws, f.row, f.col, c.a1.c_str(), f.format), "write formula");
  }
}

}  // namespace formwork
