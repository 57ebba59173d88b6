#pragma once
// ISO 8601 calendar dates ("2016-04-21") as the date filters read them.
// Private to src/expr.
#include <string>

namespace formwork::expr {

struct IsoDate {
  int year;   // 1..9999
  int month;  // 1..12
  int day;    // 1..31, valid for the month (Gregorian leap years)
};

/// Parses exactly "YYYY-MM-DD" and checks the day exists (2016-02-30 does
/// not). Throws std::invalid_argument("not a valid ISO date: '<text>'").
IsoDate parse_iso_date(const std::string& iso);

}  // namespace formwork::expr
