#pragma once
// Records from a SheetTable: the header row names the fields, each further
// row is one record, each cell typed by the schema (column_types.h).
#include <string>
#include <vector>

#include "data/column_types.h"
#include "data/data_options.h"
#include "data/records.h"
#include "data/sheet_table.h"

namespace formwork {

/// One record per row after the header. A header text is the field name,
/// or what the --map object (`map_path`, {"header text": "field"}) renames
/// it to; a column with an empty header must hold no data. Cells are typed
/// by `types`: Number from the exact text ("1,234.50" with comma groups
/// too) or the XLSX stored value (a binary double's 17 digits rounded to
/// the 15 that Excel shows); Bool from TRUE/FALSE, true/false, 1/0, 是/否;
/// Date from an Excel serial (1900 or 1904 system) as YYYY-MM-DD, or the
/// text as typed. Empty cells leave the field out (so "required" names
/// it). A cell that cannot become its type, or holds a formula error,
/// makes the record's `error` name the cell ("plan.xlsx Sheet1!D7 (金额):
/// "abc" is not a number"), every such cell at once; the other records are
/// read. Each record's `places` maps every field's pointer to its cell.
/// Throws DataError for a table without a header row, duplicate or empty
/// headers over data, and an unreadable --map file.
std::vector<Record> sheet_records(const SheetTable& table, const ColumnTypes& types,
                                  const std::string& map_path);

/// Reads CSV/TSV (csv_table.h) or XLSX (xlsx_table.h) data as records,
/// typed by the schema `options.schema_path`.
std::vector<Record> load_sheet_records(const std::string& path, const DataOptions& options);

/// `problem` ("/金额 (金额): must be ≥ 0 …") led by the cell its pointer
/// came from when the record came from a sheet ("plan.csv line 12, column
/// 金额, /金额 …"); unchanged otherwise.
std::string locate_problem(const std::string& problem, const Record& record);

}  // namespace formwork
