#pragma once
// Formatting filters and number words, usable outside templates too.
#include <string>

#include "util/decimal.h"

namespace formwork {

/// Thousands separators and fixed decimals: money(1234567.891) = "1,234,567.89".
/// Negative amounts keep their sign: "-1,000.00". Rounding half away from zero.
std::string format_money(const Decimal& amount, int places = 2);

/// 人民币大写 per the PBoC rules (《支付结算办法》, 银发〔1997〕393号, 附一
/// 正确填写票据和结算凭证的基本规定), with the
/// prefix only when `prefix` is true ("人民币"). Rules chosen where the
/// standard allows a choice: the 元 amount is read like a number read aloud
/// in groups of four digits (个/万/亿/万亿): zeros at the end of a group are
/// silent (107,000 → 壹拾万柒仟), any other run of zeros is one 零
/// (20,000,001 → 贰仟万零壹, 100,001,000 → 壹亿零壹仟); 零 follows 元 when the
/// 元 digit is zero and 角 or 分 follows (107,000.53 → 壹拾万柒仟元零伍角叁分)
/// and when 角 is zero before 分 (325.04 → 叁佰贰拾伍元零肆分); 整 after 元 and
/// after 角, never after 分; tens written 壹拾. Amounts below one 元 have no 元
/// part (0.05 → 伍分, 0.5 → 伍角整); 0 → 零元整. Throws std::domain_error for
/// negative amounts or amounts of 10^16 元 and above; amounts are rounded to
/// the cent first (half away from zero).
std::string rmb_upper(const Decimal& amount, bool prefix = false);

/// Ratio as a percentage: percent(0.40873, 2) = "40.87%".
std::string format_percent(const Decimal& ratio, int places = 2);

/// ISO date "2016-04-21" → "2016年4月21日" (no leading zeros, GB/T 9704).
/// Throws std::invalid_argument for text that is not a valid ISO date.
std::string format_date_cn(const std::string& iso);

/// The spreadsheet serial number of an ISO date (ECMA-376 Part 1 §18.17.4,
/// the 1900 date system): days since 1899-12-30, so 2023-02-05 is 44962.
/// Throws std::invalid_argument for text that is not a valid ISO date and
/// for dates before 1900-03-01 (the serials below 61 count the 1900-02-29
/// that never was).
long long spreadsheet_date_serial(const std::string& iso);

/// ISO date "2023-02-05" → "05/02/2023" (dd/mm/yyyy, as Vietnamese tables
/// write dates). Throws std::invalid_argument as format_date_cn.
std::string format_date_numeric_vi(const std::string& iso);

}  // namespace formwork
