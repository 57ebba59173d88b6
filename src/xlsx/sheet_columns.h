#pragma once
// The worksheet's columns. Every table is drawn across the full text width,
// so tables with different column weights share one set of sheet columns:
// the union of all tables' column boundaries (like an HTML table flattened
// onto a grid). A table column then spans one or more sheet columns.
#include <span>
#include <vector>

#include "model/column_widths.h"  // column_fractions
#include "model/document.h"

namespace formwork {

struct SheetColumns {
  /// Width of each sheet column in Excel character units (the width of '0'
  /// in the default 11 pt font: 7 px, plus 5 px cell padding, at 96 dpi).
  std::vector<double> widths;
  /// The same widths in pixels at 96 dpi (for estimating wrapped text).
  std::vector<double> px;
  /// Per table (in block order, PageBreaks and Paragraphs skipped):
  /// starts[t][g] = first sheet column of grid column g, and
  /// starts[t][cols] = widths.size() (one past the last).
  std::vector<std::vector<int>> starts;
};

/// What the sheet's columns add up to, in pixels at 96 dpi: the page's
/// text width (width minus side margins) less kColumnSlack, so that a
/// pixel of rounding in the application that opens the workbook does not
/// trip fit-to-width into shrinking the whole sheet (the sheet is centred
/// horizontally, so the slack splits between both sides).
double planned_width_px(const PageSetup& page);

/// The share of the text width left free by planned_width_px: 1 %, 1.7 mm
/// of an A4 portrait page with 25 mm side margins.
inline constexpr double kColumnSlack = 0.01;

/// Plans the sheet columns for the tables among `blocks` over `total_px`
/// pixels (96 dpi). Each table's columns become fractions of the width
/// (see column_fractions); a fraction below 0.5 % is raised to 0.5 % so every
/// column stays visible. Boundaries of different tables closer than 0.4 %
/// of the width are merged. Blocks without tables give one column of the
/// whole width.
SheetColumns plan_columns(std::span<const Block> blocks, double total_px);

/// plan_columns over all of `doc`'s blocks.
inline SheetColumns plan_columns(const Document& doc, double total_px) {
  return plan_columns(std::span<const Block>(doc.blocks), total_px);
}

/// Excel character units for a column `px` pixels wide (the inverse of
/// Excel's pixels = trunc(units × 7 + 5) for units ≥ 1, units × 12 below).
double px_to_units(double px);

}  // namespace formwork
