#include "xlsx/serial_date.h"

namespace formwork::xlsx_read {

namespace {

// Civil date of day `z` counted from 1970-01-01 (H. Hinnant's
// civil_from_days), proleptic Gregorian.
void civil_from_days(long long z, SerialDateTime& dt) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  dt.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  dt.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  dt.year = static_cast<int>(yoe + era * 400 + (dt.month <= 2 ? 1 : 0));
}

// Days from 1970-01-01 to 1899-12-31 (1900 system's day 0) and to
// 1904-01-01 (1904 system's day 0).
constexpr long long kEpoch1900 = -25568;
constexpr long long kEpoch1904 = -24107;

int weekday_of(long long days_from_1970) {
  return static_cast<int>(((days_from_1970 % 7) + 7 + 4) % 7);  // 1970-01-01 was a Thursday
}

}  // namespace

SerialDateTime serial_to_datetime(const Decimal& serial, bool date1904) {
  const long long seconds = (serial * Decimal(86400)).round(0).to_int64();
  const long long days = seconds / 86400;
  const long long rest = seconds % 86400;
  SerialDateTime dt;
  if (date1904) {
    civil_from_days(days + kEpoch1904, dt);
    dt.weekday = weekday_of(days + kEpoch1904);
  } else if (days == 0) {
    dt = {1900, 1, 0, 6};  // Excel shows 1900-01-00, a Saturday
  } else if (days == 60) {
    dt = {1900, 2, 29, 3};  // the day that never was (Excel: a Wednesday)
  } else {
    // Up to serial 59 Excel counts from 1899-12-31; from 61 on it has
    // counted the phantom day, so the epoch moves back one day.
    const long long z = days + kEpoch1900 - (days > 60 ? 1 : 0);
    civil_from_days(z, dt);
    // Excel's weekday of serial n is (n + 6) mod 7 throughout, true from 61 on.
    dt.weekday = static_cast<int>((days + 6) % 7);
  }
  dt.hour = static_cast<int>(rest / 3600);
  dt.minute = static_cast<int>(rest / 60 % 60);
  dt.second = static_cast<int>(rest % 60);
  return dt;
}

}  // namespace formwork::xlsx_read
