#pragma once
// R1C1 → A1 formula reference conversion (ECMA-376 Part 1, §18.17 formulas;
// R1C1 notation as Excel's "R1C1 reference style" defines it).
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// A1 column letters of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
/// Throws std::out_of_range for columns outside Excel's 0..16383.
std::string column_letters(int col);

/// Converts every R1C1 cell reference in `formula` (without a leading '=')
/// to A1 notation for a formula stored in the 0-based sheet cell
/// (`row`, `col`):
///   R[n]C[m] → relative A1 ("B4"); RnCm → absolute ("$B$4", 1-based n, m);
///   a bare R or C means the formula's own row or column (offset 0);
///   mixed forms give mixed A1 ("R[-1]C3" → "$C3"). Ranges "ref:ref" convert
///   side by side. Function names (SUM, ROUND, IF…), numbers and text inside
///   "double quotes" or 'quoted sheet names' are copied unchanged.
/// When `col_map` is non-empty, `col` and relative column offsets count
/// table-grid columns instead: col_map[g] is the sheet column where grid
/// column g starts (a table column may span several sheet columns when
/// tables of different widths share a sheet). Rows and absolute references
/// are always sheet coordinates.
/// Throws std::invalid_argument naming the reference for a reference that
/// falls outside the sheet or the grid, and for whole-row/whole-column
/// references ("R2", "C[1]"), which are not supported.
std::string r1c1_to_a1(std::string_view formula, int row, int col,
                       const std::vector<int>& col_map = {});

}  // namespace formwork
