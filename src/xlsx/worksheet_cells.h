#pragma once
// A worksheet part's cells and grid (ECMA-376 Part 1 §18.3.1.73 row,
// §18.3.1.4 c, §18.3.1.13 col, §18.3.1.81 sheetFormatPr, §18.3.1.55
// mergeCell) read into what the XLSX reader lays out: each cell's runs as
// the spreadsheet shows them, column widths, row heights, hidden rows and
// columns, merged ranges.
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "xlsx/sheet_styles.h"

namespace formwork::xlsx_read {

/// A rectangle of cells, 0-based rows and columns, inclusive.
struct CellArea {
  int row1 = 0, col1 = 0, row2 = 0, col2 = 0;
  /// Whether cell (row, col), 0-based, lies in the rectangle.
  bool contains(int row, int col) const {
    return row >= row1 && row <= row2 && col >= col1 && col <= col2;
  }
};

/// What a cell holds, for General alignment (numbers right, logicals and
/// errors centred, text left) and CellValue.
enum class CellKind { Text, Number, Logical, Error };

/// One cell with a value or a style.
struct SheetCell {
  std::vector<Run> runs;  ///< the text shown; rich text keeps its runs' fonts
  CellKind kind = CellKind::Text;
  std::optional<Decimal> number;  ///< the stored (cached) number of a Number cell
  size_t xf = 0;                  ///< index into the workbook's XfStyle list

  /// Whether some run has text (a styled empty cell has none).
  bool has_text() const {
    for (const Run& r : runs) {
      if (!r.text.empty()) return true;
    }
    return false;
  }
};

/// What the cells of a workbook refer to.
struct CellSources {
  std::vector<pugi::xml_node> shared_strings;  ///< §18.4.8 si elements, in order
  const std::vector<XfStyle>* styles = nullptr;
  bool date1904 = false;  ///< §18.2.28 workbookPr date1904
};

/// A worksheet's cells and grid. Widths in Excel character units (the
/// width of '0' of the default font), heights in pt.
struct WorksheetData {
  std::map<std::pair<int, int>, SheetCell> cells;  ///< by (row, column), 0-based
  std::vector<CellArea> merges;
  std::map<int, double> col_widths;   ///< columns given a width (§18.3.1.13 col width)
  double default_col_width = 8.43;    ///< sheetFormatPr defaultColWidth or from baseColWidth
  std::map<int, double> row_heights;  ///< rows given a height (§18.3.1.73 row ht), pt
  double default_row_height = 15;     ///< sheetFormatPr defaultRowHeight, pt
  std::set<int> hidden_rows;
  std::set<int> hidden_cols;  ///< hidden or of zero width

  /// The cell at (row, col), 0-based, or nullptr when the sheet has none.
  const SheetCell* cell(int row, int col) const {
    const auto it = cells.find({row, col});
    return it == cells.end() ? nullptr : &it->second;
  }
  /// Column `col`'s width in character units (its own, else the default).
  double col_width(int col) const {
    const auto it = col_widths.find(col);
    return it == col_widths.end() ? default_col_width : it->second;
  }
  /// Row `row`'s height in pt (its own, else the default).
  double row_height(int row) const {
    const auto it = row_heights.find(row);
    return it == row_heights.end() ? default_row_height : it->second;
  }
};

/// Reads the worksheet element `worksheet` of part `part` (for messages).
/// Cell text: shared strings (rich text runs with their rPr fonts over the
/// cell's font), inline strings, formula results (t="str"), numbers through
/// the cell's number format (number_format_text), TRUE/FALSE, error values
/// as written; `_xHHHH_` escapes decoded, CR LF → LF, NFC. A formula cell
/// shows its cached `<v>` (none cached: empty). Throws TemplateError naming
/// the part and cell for a shared-string index that does not exist.
WorksheetData read_worksheet_cells(const pugi::xml_node& worksheet, const CellSources& sources,
                                   const std::string& part);

/// "D7" → {6, 3} (0-based row, column); "$D$7" alike; nullopt when
/// `ref` is no cell reference within XFD1048576.
std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref);

/// Pixels (96 dpi) of a column `width` character units wide, as Excel
/// prints it with the default font's maximum digit width of 7 px:
/// trunc((256 × width + trunc(128 / 7)) / 256 × 7).
int column_pixels(double width);

/// column_pixels in mm (25.4 mm per 96 px).
double column_mm(double width);

}  // namespace formwork::xlsx_read
