#pragma once
// ISO dates written through a date pattern ("dd/MM/yyyy", "yyyy年M月d日").
// Private to src/expr.
#include <string>

#include "expr/iso_date.h"

namespace formwork::expr {

/// `date` written through `pattern`, a Unicode LDML date pattern (UTS #35
/// §4 "Date Format Patterns", formatted by ICU's SimpleDateFormat, proleptic
/// Gregorian): y/yyyy year, M/MM month number, MMM/MMMM and L month names,
/// d/dd day, E…EEEE weekday, text between apostrophes literal; characters
/// other than ASCII letters (年 月 日 / . -) are literal as they stand.
/// Names are those of `locale` (an ICU locale id such as "zh_CN" or "vi").
/// Throws std::invalid_argument for any other letter — with the usual slip
/// named: "mm" is minutes and "YYYY" the week-based year, so "dd/mm/yyyy"
/// would print 00 for every month — and for a pattern ICU refuses.
std::string format_date_pattern(const IsoDate& date, const std::string& pattern,
                                const std::string& locale);

}  // namespace formwork::expr
