#pragma once
// Formulas and values cannot disagree: every XLSX formula of a document is
// resolved to A1, parsed and evaluated in-process over the workbook's own
// cell values (map_workbook) before any file is written, and its result is
// compared with the value the template computed for that cell
// (formula_agreement.h). Works on the Document alone, so a dry run can call
// it too.
#include <map>
#include <string>
#include <tuple>

#include "model/document.h"
#include "xlsx/formula_value.h"

namespace formwork {

/// A formula as it goes into the file.
struct CheckedFormula {
  std::string a1;  ///< "=SUM(B2:B4)": A1 references, _xlfn. prefixes
  /// The result to cache: the template's number or text, or the formula's
  /// own result when the template gave the cell no value.
  Scalar cached;
  const CellValue* source = nullptr;  ///< the model value it came from
};

/// Every formula of a workbook, by position.
class CheckedFormulas {
 public:
  /// The formula at the 0-based cell (row, col) of worksheet `sheet`.
  /// Throws std::logic_error when none was checked there (the writer
  /// placed a formula where map_workbook did not: a bug, not bad input).
  const CheckedFormula& at(size_t sheet, int row, int col) const;
  size_t size() const { return cells_.size(); }
  void add(size_t sheet, int row, int col, CheckedFormula f);

 private:
  std::map<std::tuple<size_t, int, int>, CheckedFormula> cells_;
};

/// Checks every formula of `doc`'s workbook (see the file comment) and
/// returns them ready to write. Throws TemplateError (exit 3) listing every
/// problem, one per line, each starting with the cell ("汇总!D5: formula
/// "…""): a reference that cannot be resolved (unknown anchor or worksheet,
/// outside the sheet), a formula that does not parse (unbalanced
/// parenthesis…), a function formwork does not evaluate (the message lists
/// those it does) or a wrong number of arguments, a circular reference, an
/// error result (#DIV/0!…), a logical result the template gave no value for
/// (libxlsxwriter cannot cache one), and a result that disagrees with the
/// template's value (both values and the decimals compared are named).
/// Reference problems are reported before evaluation is attempted.
/// Also throws what map_workbook throws.
CheckedFormulas check_formulas(const Document& doc);

}  // namespace formwork
