#pragma once
// The cached values of a filled XLSX template's formulas (§18.3.1.96 v of
// a formula cell): computed in-process by FormulaEvaluator over the filled
// workbook, so a reader that does not recalculate (a viewer, a data
// import, openpyxl) shows the right numbers.
#include <pugixml.hpp>
#include <string>
#include <vector>

namespace formwork {

/// One filled worksheet as the calculation sees it.
struct CalcSheet {
  std::string name;
  pugi::xml_node sheet_data;  ///< its §18.3.1.80 sheetData
};

/// Reads every cell of `sheets` (numbers exactly from <v>, shared strings
/// from `shared_strings`, inline strings, booleans, errors), evaluates every
/// formula cell after those it reads (formula_order.h) and writes its
/// result: a number as <v>, text as t="str", a logical value as t="b", an
/// error value (#DIV/0!) as t="e". Throws TemplateError (loc.file `path`)
/// naming the cells of a circular reference ("circular reference among
/// Sheet1!D5, Sheet1!D6"), and for a formula that no longer parses.
void cache_formula_values(const std::vector<CalcSheet>& sheets,
                          const std::vector<std::string>& shared_strings, const std::string& path);

}  // namespace formwork
