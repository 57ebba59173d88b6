#pragma once
// The text a spreadsheet shows for a number through its number format
// (ECMA-376 Part 1 §18.8.31 numFmt, built-in formats §18.8.30), computed
// in exact Decimal arithmetic so money is never rounded through binary
// floating point. Used by the XLSX reader to print a filled workbook's
// figures in PDF, DOCX and TXT as Excel or WPS shows them.
#include <string>
#include <string_view>

#include "util/decimal.h"

namespace formwork::xlsx_read {

/// The format code of built-in number format `id` (§18.8.30) as Excel
/// shows it on a Simplified Chinese system: 0 "General", 1 "0", 2 "0.00",
/// 3 "#,##0", 4 "#,##0.00", 9 "0%", 10 "0.00%", 11 "0.00E+00", 14
/// "yyyy/m/d" (the en-US m/d/yyyy is localised), 20 "h:mm", 22 "yyyy/m/d
/// h:mm", 31 yyyy"年"m"月"d"日", 49 "@" …; "General" for an id it does
/// not know.
std::string builtin_number_format(int id);

/// Whether format `code` shows its number as a date or time: a y, m, d, h
/// or s outside quotes, escapes and brackets in the first section.
bool is_date_format(std::string_view code);

/// `value` shown through format code `code` (§18.8.31):
/// - up to four sections `positive;negative;zero;text`; a negative value
///   in a negative section is shown without its minus sign (the section
///   writes its own, or parentheses); a single section gets a leading '-'
///   unless the rounded value is zero;
/// - `0` (digit always shown), `#` (shown when significant), `?` (a space
///   when not), `.` decimals rounded half away from zero, `,` between
///   digit placeholders groups thousands, `,` after the last one divides by
///   1000, `%` multiplies by 100;
/// - literals: "quoted text", `\x`, `_x` (a space), `*x` (nothing), and
///   other characters (¥ $ - + ( ) : / 元, spaces) as written; `[Red]`,
///   `[Color3]`, `[$-804]`, `[DBNum1]` and conditions are ignored, `[$¥-804]`
///   gives "¥";
/// - dates and times (is_date_format) through serial_to_datetime: yyyy yy,
///   m mm mmm mmmm, d dd ddd dddd, aaa aaaa (一, 星期一), h hh, m mm
///   (minutes after h or before s), s ss, AM/PM, A/P, 上午/下午;
/// - General, "", "@" and codes it cannot show exactly (scientific,
///   fractions, elapsed [h]): general_number_text.
std::string number_format_text(const Decimal& value, std::string_view code, bool date1904);

/// A number as the General format shows it in a cell: at most 11
/// significant digits, rounded half away from zero, no trailing zeros, no
/// grouping ("0.30000000000000004" → "0.3", 1234567.891234 → "1234567.891").
std::string general_number_text(const Decimal& value);

}  // namespace formwork::xlsx_read
