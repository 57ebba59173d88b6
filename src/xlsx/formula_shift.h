#pragma once
// Rewriting the references in a formula's text (ECMA-376 Part 1 §18.17.2)
// in place: the author's formula keeps its spelling, spaces and function
// names; only the references a caller changes are replaced. Used when rows
// of an XLSX template are repeated or dropped (xlsx_template.h) and when
// shared formulas (§18.3.1.40 f@t="shared") are expanded into one formula
// per cell.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "xlsx/sheet_ref.h"

namespace formwork {

/// One reference found in formula text.
struct FoundRef {
  /// The worksheet named before '!' (quotes undone, '' read as '), or
  /// nullopt when the reference has no sheet prefix.
  std::optional<std::string> sheet;
  std::string_view prefix;  ///< the prefix as written, "'My sheet'!" or ""
  A1Area area;              ///< cells; for whole rows ("$1:$3") cols are -1
  bool whole_rows = false;  ///< "$1:$3" (only after a sheet prefix)
};

/// What to put in place of a reference: its new text (prefix included),
/// or nullopt to leave it as written.
using RefRewrite = std::function<std::optional<std::string>(const FoundRef&)>;

/// `formula` with each reference passed to `rewrite`. References are
/// A1 cells and ranges ("D5", "$D$5:D7"), optionally after a sheet prefix
/// (Sheet1!, 'Sheet name'!, 汇总!), and whole-row ranges after a prefix
/// ('Sheet1'!$1:$2, as print titles are written). Text in "double quotes",
/// external references ("[1]Sheet!A1") and names that merely look like
/// cells (a function LOG10( ) are copied unchanged; an unclosed quote
/// copies the rest unchanged.
std::string rewrite_references(std::string_view formula, const RefRewrite& rewrite);

/// A shared formula's master text (§18.3.1.40: the formula of the cell
/// that carries f@ref) as it reads in a cell `rows` below and `cols` right
/// of the master: relative rows and columns moved, `$` parts kept.
/// nullopt when a moved reference would leave the sheet.
std::optional<std::string> translate_formula(std::string_view formula, int rows, int cols);

}  // namespace formwork
