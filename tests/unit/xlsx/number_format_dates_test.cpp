// Dates and times through number formats: the 1900 system with Excel's
// phantom 1900-02-29, the 1904 system, 12- and 24-hour clocks, month and
// minute "m", Chinese and English names (xlsx/number_format_text.h,
// xlsx/serial_date.h).
#include <gtest/gtest.h>

#include "xlsx/number_format_text.h"
#include "xlsx/serial_date.h"

namespace formwork::xlsx_read {
namespace {

std::string show(const char* value, std::string_view code, bool date1904 = false) {
  return number_format_text(*Decimal::parse(value), code, date1904);
}

TEST(NumberFormatDates, Serials1900WithThePhantomLeapDay) {
  EXPECT_EQ(show("1", "yyyy-mm-dd"), "1900-01-01");
  EXPECT_EQ(show("59", "yyyy-mm-dd"), "1900-02-28");
  EXPECT_EQ(show("60", "yyyy-mm-dd"), "1900-02-29");  // the day that never was
  EXPECT_EQ(show("61", "yyyy-mm-dd"), "1900-03-01");
  EXPECT_EQ(show("0", "yyyy-mm-dd"), "1900-01-00");
  EXPECT_EQ(show("36526", "yyyy-mm-dd"), "2000-01-01");
  EXPECT_EQ(show("45432", "yyyy/m/d"), "2024/5/20");
  EXPECT_EQ(show("45351", "yyyy-mm-dd"), "2024-02-29");
  EXPECT_EQ(show("2958465", "yyyy-mm-dd"), "9999-12-31");
}

TEST(NumberFormatDates, Serials1904) {
  EXPECT_EQ(show("0", "yyyy-mm-dd", true), "1904-01-01");
  EXPECT_EQ(show("43970", "yyyy-mm-dd", true), "2024-05-20");  // 1462 days less than 1900
  EXPECT_EQ(show("59", "yyyy-mm-dd", true), "1904-02-29");     // a real leap day
}

TEST(NumberFormatDates, ChineseAndEnglishTokens) {
  EXPECT_EQ(show("45432", "yyyy\"年\"m\"月\"d\"日\""), "2024年5月20日");
  EXPECT_EQ(show("45432", "yyyy年mm月dd日"), "2024年05月20日");
  EXPECT_EQ(show("45432", "yy/m/d"), "24/5/20");
  EXPECT_EQ(show("45432", "d-mmm-yy"), "20-May-24");
  EXPECT_EQ(show("45432", "mmmm d, yyyy"), "May 20, 2024");
  EXPECT_EQ(show("45432", "mmmmm"), "M");
  EXPECT_EQ(show("45432", "dddd"), "Monday");
  EXPECT_EQ(show("45432", "ddd"), "Mon");
  EXPECT_EQ(show("45432", "aaaa"), "星期一");
  EXPECT_EQ(show("45432", "yyyy/m/d aaa"), "2024/5/20 一");
  EXPECT_EQ(show("45432", "[$-804]yyyy\"年\"m\"月\"d\"日\""), "2024年5月20日");
  EXPECT_EQ(show("45432", "[DBNum1][$-804]yyyy\"年\"m\"月\""), "2024年5月");
}

TEST(NumberFormatDates, TimesAndMinutes) {
  EXPECT_EQ(show("45432.5", "yyyy/m/d h:mm"), "2024/5/20 12:00");
  EXPECT_EQ(show("0.75", "h:mm"), "18:00");
  EXPECT_EQ(show("0.75", "hh:mm:ss"), "18:00:00");
  EXPECT_EQ(show("0.75", "h:mm AM/PM"), "6:00 PM");
  EXPECT_EQ(show("0.25", "h:mm AM/PM"), "6:00 AM");
  EXPECT_EQ(show("0.5", "h:mm AM/PM"), "12:00 PM");
  EXPECT_EQ(show("0.75", "上午/下午h\"时\"mm\"分\""), "下午6时00分");
  EXPECT_EQ(show("0.0006944444444", "mm:ss"), "01:00");  // 60 s: minutes before s
  EXPECT_EQ(show("0.5208333333333", "h\"时\"mm\"分\""), "12时30分");
  EXPECT_EQ(show("45432.99999999", "yyyy-mm-dd hh:mm:ss"), "2024-05-21 00:00:00");
}

TEST(NumberFormatDates, DetectsDateFormats) {
  EXPECT_TRUE(is_date_format("yyyy/m/d"));
  EXPECT_TRUE(is_date_format("h:mm"));
  EXPECT_TRUE(is_date_format("[h]:mm"));
  EXPECT_FALSE(is_date_format("#,##0.00"));
  EXPECT_FALSE(is_date_format("\"day\"0"));
  EXPECT_FALSE(is_date_format("General"));
}

TEST(NumberFormatDates, WeekdaysFollowExcel) {
  EXPECT_EQ(serial_to_datetime(Decimal(1), false).weekday, 0);   // 1900-01-01: Sunday in Excel
  EXPECT_EQ(serial_to_datetime(Decimal(61), false).weekday, 4);  // 1900-03-01: Thursday
  EXPECT_EQ(serial_to_datetime(Decimal(0), true).weekday, 5);    // 1904-01-01: Friday
  EXPECT_EQ(show("-1", "yyyy-mm-dd"), "-1");                     // no date before the epoch
}

}  // namespace
}  // namespace formwork::xlsx_read
