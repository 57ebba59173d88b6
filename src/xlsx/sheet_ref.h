#pragma once
// A1 cell references as SpreadsheetML writes them in cell positions
// (ECMA-376 Part 1 §18.3.1.4 c@r), merged ranges (§18.3.1.55 mergeCell@ref),
// sqref lists (§18.18.76 ST_Sqref) and formulas (§18.17.2): parsed into
// numbers and written back with their `$` marks.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// One end of an A1 reference: 1-based row and 0-based column, each with
/// its `$` (absolute) mark. A whole-row reference ("$3" of "$3:$5") has
/// col = -1; a whole-column one ("A" of "A:C") has row = 0.
struct A1Cell {
  int row = 0;
  int col = 0;
  bool abs_row = false;
  bool abs_col = false;
};

/// An A1 area "B5" or "B5:D7" (first and last as written, possibly with
/// last above first: a formula may say D7:B5).
struct A1Area {
  A1Cell first;
  A1Cell last;
  bool range = false;  ///< written with ':'
};

/// The cell "B5" or "$B$5" (nullopt for anything else: "B", "5", "B0",
/// "XFE1", "B1048577"). Letters in either case.
std::optional<A1Cell> parse_a1_cell(std::string_view text);

/// A row alone, "5" or "$5" (1 … 1048576), as whole-row ranges "$1:$2"
/// write them; col is -1.
std::optional<A1Cell> parse_a1_row(std::string_view text);

/// "B5" or "B5:D7" (cells only); nullopt otherwise.
std::optional<A1Area> parse_a1_area(std::string_view text);

/// The cell as A1 text with its marks: "$B5". A whole-row end (col < 0)
/// prints its row alone: "$5".
std::string format_a1(const A1Cell& cell);

/// "B5" or "B5:D7" with marks.
std::string format_a1(const A1Area& area);

/// The areas of an ST_Sqref list, "A1:B2 D5" (unreadable items skipped).
std::vector<A1Area> parse_sqref(std::string_view text);

/// The areas joined by spaces (ST_Sqref).
std::string format_sqref(const std::vector<A1Area>& areas);

}  // namespace formwork
