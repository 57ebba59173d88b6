#pragma once
// Spreadsheet date serials (ECMA-376 Part 1 §18.17.4 dates and times):
// a cell holds a day count, its fraction the time of day. Two systems
// exist: 1900 (serial 1 = 1900-01-01, with the phantom 1900-02-29 that
// Lotus 1-2-3 counted and Excel keeps as serial 60) and 1904 (serial 0 =
// 1904-01-01, §18.2.28 workbookPr date1904).
#include "util/decimal.h"

namespace formwork::xlsx_read {

/// A civil date and time of day as a spreadsheet shows it.
struct SerialDateTime {
  int year = 1900;
  int month = 1;    ///< 1..12
  int day = 1;      ///< 1..31 (0 for the 1900 system's serial 0, "1900-01-00")
  int weekday = 0;  ///< 0 = Sunday … 6 = Saturday
  int hour = 0;     ///< 0..23
  int minute = 0;
  int second = 0;
};

/// The date and time of serial `serial` (≥ 0): days since the epoch of the
/// 1900 system or, when `date1904`, the 1904 system; the fraction is the
/// time of day rounded to the nearest second. 1900 system: 0 is
/// 1900-01-00, 59 is 1900-02-28, 60 the phantom 1900-02-29, 61 is
/// 1900-03-01 (weekdays before 61 are Excel's, off by one from history).
SerialDateTime serial_to_datetime(const Decimal& serial, bool date1904);

}  // namespace formwork::xlsx_read
