#pragma once
// A table of cells read from a spreadsheet or a delimited text file: the
// common shape of CSV, TSV and XLSX data before the cells are typed into
// records (sheet_records.h).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace formwork {

/// One non-empty cell. `text` is what a person sees typed in the cell for
/// text and booleans ("TRUE"), and for numbers the exact stored value
/// (XLSX <v>, e.g. "265675.22", "42461" for a date serial).
struct SheetCell {
  enum class Kind { Text, Number, Bool, Error };  ///< Error: a formula error ("#DIV/0!")
  std::string text;
  Kind kind = Kind::Text;
};

/// One row of cells, indexed by column from 0 (column A); an absent cell is
/// std::nullopt. `number` is where a person finds the row: the 1-based line
/// of a CSV file where the row starts, or the XLSX row number.
struct SheetRow {
  int number = 0;
  std::vector<std::optional<SheetCell>> cells;
};

/// The rows of one sheet (or CSV file) in order, the first being the
/// header row that names the fields.
struct SheetTable {
  std::string file;       ///< file name for messages ("plan.xlsx")
  std::string sheet;      ///< XLSX sheet name, "" for CSV/TSV
  bool date1904 = false;  ///< XLSX workbookPr date1904: serial 0 is 1904-01-01
  std::vector<SheetRow> rows;
};

/// "A", "B", …, "Z", "AA", … for a 0-based column index (ECMA-376 §18.3.1.4
/// cell references).
std::string column_letters(std::size_t column);

/// Where a person finds a cell: "plan.xlsx Sheet1!D7" for a sheet,
/// "plan.csv line 12, column 项目名称" for a delimited file (`header` is the
/// column's header text; its letter when the header is empty).
std::string cell_place(const SheetTable& t, const SheetRow& row, std::size_t column,
                       const std::string& header);

}  // namespace formwork
