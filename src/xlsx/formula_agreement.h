#pragma once
// When a formula's result and the template's value for the same cell
// agree. The template computes every figure in exact Decimal arithmetic and
// its value is cached in the file; a reader that recalculates shows the
// formula's result instead, so the two must show the same.
//
// Rule: text must be identical; a number must be a number, and the two
// numbers must (a) differ by less than half a unit in the D-th decimal and
// (b) round (half away from zero) to the same D decimals, where D is the
// number of decimals the cell's number format shows but at least 2 (the
// cent, so the check is never looser than tests/e2e/check_xlsx_recalc.py's
// LibreOffice comparison), and 10 for General or no format. A difference
// of at most 10^-(D+6) always agrees: that is the noise of divisions carried
// to 18 decimals in a different order, never a wrong formula.
#include <optional>
#include <string_view>

#include "model/document.h"
#include "xlsx/formula_value.h"

namespace formwork {

/// Decimals a number format code shows (ECMA-376 Part 1 §18.8.31 numFmt,
/// first section): "#,##0.00" → 2, "0" → 0, "0.00%" → 4 (a ratio shown as
/// a percentage), "\"通过率 \"0.00%" → 4 (quoted text skipped); nullopt for
/// General, an empty code, or a scientific format.
std::optional<int> shown_decimals(std::string_view format);

/// D of the rule above for a cell with number format `format`.
int compared_decimals(std::string_view format);

/// Whether `a` and `b` agree to `decimals` D (the rule above).
bool numbers_agree(const Decimal& a, const Decimal& b, int decimals);

/// Whether the formula result `computed` agrees with the template's value
/// `v` (its number, else its text). A template cell without a value agrees
/// with any result that is not an error.
bool agrees(const CellValue& v, const Scalar& computed);

}  // namespace formwork
