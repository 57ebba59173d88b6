#pragma once
// XLSX workbooks as data: one worksheet read as a SheetTable with libzip and
// pugixml (ECMA-376 Part 1 §18.2 workbook, §18.3 worksheet cells, §18.4
// shared strings). No Debian library reads XLSX; these two read its parts.
#include <string>
#include <string_view>

#include "data/sheet_table.h"

namespace formwork {

/// Reads worksheet `sheet` of the workbook at `path` ("" = the first sheet
/// in the workbook's order). Cells: shared and inline strings and formula
/// strings as Text, numbers as Number with the exact stored value ("0.1",
/// "42461" for a date serial), booleans as Bool "TRUE"/"FALSE", formula
/// errors as Error ("#DIV/0!"). `date1904` from the workbook properties.
/// Throws IoError (unreadable), DataError (not an XLSX workbook, a missing
/// or malformed part, naming it; no sheet of that name, listing the
/// sheets).
SheetTable read_xlsx_sheet(const std::string& path, const std::string& sheet = "");

/// read_xlsx_sheet of a workbook already in memory; `file` names it in
/// messages. Throws DataError as read_xlsx_sheet does.
SheetTable read_xlsx_bytes(std::string_view bytes, const std::string& file,
                           const std::string& sheet = "");

}  // namespace formwork
