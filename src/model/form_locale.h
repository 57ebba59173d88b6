#pragma once
// The locale a form is written for (<form locale="…">): it decides how the
// number, money, percent and date filters and a cell's shown value are
// written, and the language tag of XLSX number formats.
#include <optional>
#include <string>
#include <string_view>

#include "util/decimal.h"

namespace formwork {

/// zh-CN: 1,234.50 and 2016年4月21日 (GB/T 9704-2012 §7.3.5.3 dates);
/// vi-VN: 1.234,50 and ngày 05 tháng 02 năm 2023 (Nghị định 30/2020, Phụ
/// lục I).
enum class FormLocale { ZhCN, ViVN };

/// "zh-CN" or "vi-VN" (BCP 47 tags; "zh_CN" and "vi_VN" are accepted too);
/// nullopt for anything else.
std::optional<FormLocale> parse_form_locale(std::string_view tag);

/// The BCP 47 tag: "zh-CN", "vi-VN".
const char* form_locale_tag(FormLocale locale);

/// The ICU locale id ("zh_CN", "vi_VN") for date patterns and number symbols.
const char* form_locale_icu_id(FormLocale locale);

/// `format_code` with the locale's language tag in front (ECMA-376 Part 1
/// §18.8.31: `[$-42A]` is Vietnamese, LCID 0x042A), so a spreadsheet that
/// honours it (LibreOffice does) shows 1.234,50 in any desktop locale.
/// zh-CN, an empty code and a code that already names a locale ("[$-…")
/// are returned unchanged.
std::string localized_number_format(const std::string& format_code, FormLocale locale);

/// `amount` written through a spreadsheet number format (ECMA-376 Part 1
/// §18.8.31) with the locale's separators, by ICU's DecimalFormat: digits
/// `0 # ,  .`, a trailing `%`, text in double quotes, `\x`, and a
/// negative section after `;`; rounded half away from zero as Excel does.
/// `General` gives the exact value. Throws std::invalid_argument naming
/// the part no text rendering can follow (colours, conditions, date or
/// time codes, `@`, `*`, `_`, `?`, fractions, exponents).
std::string format_by_number_format(const Decimal& amount, const std::string& format_code,
                                    FormLocale locale);

}  // namespace formwork
