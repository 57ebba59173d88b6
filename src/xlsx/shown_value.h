#pragma once
// The text a spreadsheet shows for a number in a cell: the number format
// code applied (ECMA-376 Part 1 §18.8.31 numFmt, built-in formats
// §18.8.30), in exact Decimal arithmetic, as the XLSX reader needs it to
// print a filled workbook's figures in PDF, DOCX and TXT.
#include <string>
#include <string_view>

#include "util/decimal.h"

namespace formwork {

/// The format code of built-in number format `id` (§18.8.30) as Excel
/// shows it on a Simplified Chinese system (id 14 is "yyyy/m/d", 31 is
/// yyyy"年"m"月"d"日"), or "General" for an id with no code of its own.
std::string builtin_format_code(int id);

/// `value` shown through format code `code`:
/// - sections `positive;negative;zero;text` (a negative value in the
///   negative section is shown without its sign, as Excel does);
/// - digits: `0` (always shown), `#` and `?` (shown when significant),
///   `.` decimals (rounded half away from zero), `,` between digit
///   placeholders for thousands, `%` (×100);
/// - literals: "quoted text", `\x`, `_x` (a space), `*x` (nothing), and
///   characters such as ¥ $ - + ( ) : / and spaces; `[Red]`, `[$-804]`
///   and conditions are skipped, `[$¥-804]` gives ¥;
/// - dates and times (a code with y, d, h or s outside quotes): the value
///   is a serial day number, 1900 system (Excel's phantom 1900-02-29 is
///   serial 60) or, when `date1904`, the 1904 system (§18.17.4.1); tokens
///   yyyy yy m mm mmm mmmm d dd ddd dddd h hh m mm (minutes after h or
///   before s) s ss AM/PM, `上午/下午`;
/// - "General", "" or a code it cannot show (scientific, fractions): at
///   most 10 digits in all ("0.333333333"), as General fits a number into
///   a cell of 11 characters.
std::string shown_number(const Decimal& value, std::string_view code, bool date1904);

}  // namespace formwork
