#pragma once
// Private to src/template: a table's column widths as the template gives
// them — "18,32,30mm" in the widths attribute, or a placeholder giving a
// list per record — turned into Table::column_widths / column_widths_mm.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// Table::column_widths and Table::column_widths_mm of one table.
struct ColumnWidthsSpec {
  std::vector<double> weights;  ///< relative weights, 0 for fixed columns
  std::vector<double> mm;       ///< empty, or fixed mm per column (0: relative)
  std::vector<bool> automatic;  ///< empty, or per column: width from content
};

/// Reads one item per column: a positive number is a relative weight,
/// "30mm" a fixed width, "auto" a width that follows the column's content
/// (Table::column_auto). An all-fixed table keeps its mm as weights too,
/// for writers that only scale. Returns nullopt for an empty list, an item
/// that is none of these, or weights mixed with "auto" (the caller names
/// the place); at most 1000 columns.
std::optional<ColumnWidthsSpec> column_widths_spec(const std::vector<std::string>& items);

/// What a widths list must be, for error messages.
inline constexpr std::string_view kWidthsRule =
    "must be a comma-separated list of positive numbers (weights) or lengths in mm (\"30mm\"), "
    "or of lengths in mm and \"auto\" (widths that follow the content)";

/// The items of a widths attribute: "18, 32,30mm" → {"18", "32", "30mm"}.
std::vector<std::string> split_widths(std::string_view attribute);

}  // namespace formwork
