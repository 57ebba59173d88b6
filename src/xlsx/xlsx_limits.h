#pragma once
// What an XLSX cell can hold, checked before anything is written: text of
// at most 32,767 characters per cell and numbers of at most 15 significant
// digits (Excel's specifications and limits; a cell value is an xsd:double,
// ECMA-376 Part 1 §18.3.1.96, which Excel shows to 15 digits). Data that
// breaks a limit is a data error naming its JSON pointer before the
// record's first file is written (xlsx_data_problems); what the template
// builds from several fields is checked again per cell by the writer, as a
// DataError naming sheet!cell (check_cell_text, check_cell_number).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/value.h"
#include "util/decimal.h"

namespace formwork {

/// Excel's limit on the text of one cell, in UTF-16 code units (Excel
/// counts characters beyond U+FFFF twice, as LEN() does).
inline constexpr size_t kMaxCellTextUnits = 32767;

/// Excel's limit on the rows of a worksheet.
inline constexpr int kMaxSheetRows = 1048576;

/// Significant decimal digits Excel keeps of a number.
inline constexpr int kExcelDigits = 15;

/// The length of UTF-8 `text` in UTF-16 code units.
size_t utf16_length(std::string_view text);

/// Significant digits of `d` (trailing zeros do not count: 190000 has 2,
/// 0.0125 has 3; 0 has 0).
int significant_digits(const Decimal& d);

/// `d` rounded (half away from zero) to kExcelDigits significant digits:
/// the value an XLSX cell holds for it.
Decimal excel_precision(const Decimal& d);

/// Every value of `record` an XLSX cell could not hold, all at once, in
/// document order:
///   "/说明: text of 40,000 characters is longer than an XLSX cell holds
///    (32,767)"
///   "/金额: 12345678901234567 has 17 significant digits; XLSX keeps 15 and
///    would hold 12345678901234600"
/// Empty when every value fits. Meant for records rendered to XLSX.
std::vector<std::string> xlsx_data_problems(const Value& record);

/// "'Sheet'!B3" for 0-based `row` and `col` of worksheet `sheet`.
std::string cell_label(std::string_view sheet, int row, int col);

/// Throws DataError naming the worksheet and the limit when it would need
/// `rows` rows (more than kMaxSheetRows: a table of data rows too long for
/// one worksheet).
void check_sheet_rows(long rows, std::string_view sheet);

/// Throws DataError naming the cell (cell_label) and the limit when `text`
/// is longer than kMaxCellTextUnits.
void check_cell_text(std::string_view text, std::string_view sheet, int row, int col);

/// Throws DataError naming the cell and both values when the cell would
/// show `d` differently than it is: `number_format`'s decimals (e.g. 2 for
/// "#,##0.00", 4 for "0.00%") differ once `d` is cut to 15 significant
/// digits. For "General" and "" only lost integer digits count, as Excel
/// itself never shows more than 15 digits there, and scientific formats
/// never differ; so 2/3 in a "0.00%" cell passes, 12345678901234.56 in a
/// money cell does not. (Excel computes in IEEE doubles too, so a formula
/// recalculated in Excel gives the same 15 digits.)
void check_cell_number(const Decimal& d, std::string_view number_format, std::string_view sheet,
                       int row, int col);

}  // namespace formwork
