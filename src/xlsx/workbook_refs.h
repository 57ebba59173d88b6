#pragma once
// Workbook-level references in model formulas (CellValue::formula_r1c1):
// other worksheets by number and cells by anchor name (Cell::anchor). They
// are resolved once every worksheet is laid out, since an anchor may sit on
// a later sheet than the formula using it.
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// A 0-based sheet cell.
struct CellPos {
  int row = 0;
  int col = 0;
};

/// What workbook-level references resolve against: per worksheet, in
/// workbook order, its final name and its anchors (top-left cell of the
/// anchored cell, merged or not).
struct WorkbookRefs {
  std::vector<std::string> sheet_names;
  std::vector<std::map<std::string, CellPos>> anchors;
};

/// Rewrites the workbook-level references of `formula` (no leading '='),
/// which stands on worksheet `sheet` (0-based), leaving R1C1 references for
/// r1c1_to_a1:
///   <k>!        → 'name of worksheet k'!   (k 1-based, in workbook order)
///   @name       → $C$5, the anchored cell on the formula's own worksheet
///   <k>!@name   → 'name of worksheet k'!$C$5
/// An anchor name runs over ASCII letters, digits, '_' and any non-ASCII
/// character (总分, Điểm), as template variable names do, up to the next
/// other character.
/// Text in "double quotes" and 'quoted sheet names' is copied unchanged;
/// '<' not followed by digits, '>' and '!' is the comparison operator.
/// Throws std::invalid_argument naming the reference for a worksheet
/// number outside 1..N, an anchor not defined on its worksheet, or '@'
/// without a name.
std::string resolve_workbook_refs(std::string_view formula, size_t sheet, const WorkbookRefs& refs);

}  // namespace formwork
