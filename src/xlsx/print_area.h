#pragma once
// Which cells of a worksheet are printed: the print area (the defined name
// _xlnm.Print_Area, ECMA-376 Part 1 §18.2.5 definedName, §18.17.2.4
// reserved names) or else the used range, less hidden rows and columns, as
// Excel prints a sheet.
#include <optional>
#include <string_view>
#include <vector>

#include "xlsx/sheet_styles.h"
#include "xlsx/worksheet_cells.h"

namespace formwork::xlsx_read {

/// The cells of a print area value such as "'报销单'!$A$1:$J$20" (sheet
/// prefix optional, `$` optional): its first range ("A1:J20", a single
/// cell, whole columns "$A:$J" or whole rows "$1:$20", the open side given
/// by `used`). `several` is set when the value lists more ranges (comma
/// separated). nullopt when the first range cannot be read.
std::optional<CellArea> parse_print_area(std::string_view value, const CellArea& used,
                                         bool& several);

/// The used range: the smallest area holding every cell with text or a
/// border (styles[xf].border_sides > 0), every merge touching one, and
/// every extra cell in `also` (pictures' anchors); nullopt for a sheet
/// with none.
std::optional<CellArea> used_area(const WorksheetData& sheet, const std::vector<XfStyle>& styles,
                                  const std::vector<std::pair<int, int>>& also = {});

/// The rows and columns a sheet prints, 0-based, in order.
struct PrintedGrid {
  std::vector<int> rows;
  std::vector<int> cols;
};

/// The printed rows and columns of `area`: those not hidden (row hidden,
/// col hidden or of zero width), as Excel prints them.
PrintedGrid printed_grid(const WorksheetData& sheet, const CellArea& area);

}  // namespace formwork::xlsx_read
