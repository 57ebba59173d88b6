#pragma once
// How DATA is read, from the command line: what only spreadsheet and CSV
// data need (JSON data ignores it).
#include <string>
#include <vector>

namespace formwork {

/// Options of `render` and `validate` for CSV, TSV and XLSX data
/// (docs/data-input.md).
struct DataOptions {
  std::string encoding;  ///< --encoding: of a CSV/TSV file ("" = UTF-8, checked)
  std::string map_path;  ///< --map: JSON object renaming header texts to fields
  std::string sheet;     ///< --sheet: XLSX worksheet name ("" = the first)
  /// --rows FIELD=SOURCE:KEY: list field FIELD from the rows of SOURCE (a
  /// sheet of the data workbook, or a .csv/.tsv/.xlsx file) whose KEY
  /// column matches the record's KEY field.
  std::vector<std::string> rows;
  std::string schema_path;  ///< the template's schema, which types the cells ("" = none)
};

/// True when `path` names spreadsheet or delimited data (.csv, .tsv,
/// .xlsx, any letter case) rather than JSON.
bool is_sheet_data(const std::string& path);

}  // namespace formwork
