// Numbers shown through spreadsheet number formats (xlsx/shown_value.h).
#include "xlsx/shown_value.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

std::string shown(const char* value, const std::string& code, bool date1904 = false) {
  return shown_number(*Decimal::parse(value), code, date1904);
}

TEST(ShownValue, GeneralFitsElevenCharacters) {
  EXPECT_EQ(shown("1234.5", "General"), "1234.5");
  EXPECT_EQ(shown("0.1", ""), "0.1");
  EXPECT_EQ(shown("0.333333333333333", "General"), "0.333333333");  // 11 characters
  EXPECT_EQ(shown("-42", "General"), "-42");
  EXPECT_EQ(shown("7", "@"), "7");
}

TEST(ShownValue, FixedDecimalsRoundHalfAwayFromZero) {
  EXPECT_EQ(shown("2.345", "0.00"), "2.35");
  EXPECT_EQ(shown("-2.345", "0.00"), "-2.35");
  EXPECT_EQ(shown("1.005", "0.00"), "1.01");
  EXPECT_EQ(shown("999.5", "#,##0"), "1,000");
  EXPECT_EQ(shown("0.4", "0"), "0");
  EXPECT_EQ(shown("-0.004", "0.00"), "0.00");  // no "-0.00"
}

TEST(ShownValue, ThousandsAndMoney) {
  EXPECT_EQ(shown("1234567.891", "#,##0.00"), "1,234,567.89");
  EXPECT_EQ(shown("0", "#,##0.00"), "0.00");
  EXPECT_EQ(shown("-1234.5", "#,##0.00"), "-1,234.50");
  EXPECT_EQ(shown("12.5", "\"¥\"#,##0.00"), "¥12.50");
  EXPECT_EQ(shown("1", "[$¥-804]#,##0.00"), "¥1.00");
  EXPECT_EQ(shown("1", "[Red]0.00"), "1.00");
  EXPECT_EQ(shown("3.5", "#,##0.00_ "), "3.50 ");
}

TEST(ShownValue, SectionsForNegativeAndZero) {
  EXPECT_EQ(shown("-5", "#,##0.00;(#,##0.00)"), "(5.00)");
  EXPECT_EQ(shown("0", "0.00;-0.00;\"-\""), "-");
  EXPECT_EQ(shown("-12.5", builtin_format_code(7)), "¥-12.50");
  EXPECT_EQ(shown("-3", "0;[Red]0"), "3");
}

TEST(ShownValue, Percent) {
  EXPECT_EQ(shown("0.125", "0%"), "13%");
  EXPECT_EQ(shown("0.12345", "0.00%"), "12.35%");
  EXPECT_EQ(shown("1", builtin_format_code(9)), "100%");
}

TEST(ShownValue, DatesInThe1900System) {
  EXPECT_EQ(shown("45432", "yyyy-mm-dd"), "2024-05-20");
  EXPECT_EQ(shown("45432", "yyyy\\-mm\\-dd"), "2024-05-20");  // as LibreOffice writes it
  EXPECT_EQ(shown("45432", "yyyy\"年\"m\"月\"d\"日\""), "2024年5月20日");
  EXPECT_EQ(shown("45432", builtin_format_code(14)), "2024/5/20");
  EXPECT_EQ(shown("45432", builtin_format_code(31)), "2024年5月20日");
  EXPECT_EQ(shown("45432", "dddd d mmmm yy"), "Monday 20 May 24");
  EXPECT_EQ(shown("1", "yyyy-mm-dd"), "1900-01-01");
  EXPECT_EQ(shown("59", "yyyy-mm-dd"), "1900-02-28");
  EXPECT_EQ(shown("60", "yyyy-mm-dd"), "1900-02-29");  // Excel's phantom day
  EXPECT_EQ(shown("61", "yyyy-mm-dd"), "1900-03-01");
}

TEST(ShownValue, DatesInThe1904System) {
  EXPECT_EQ(shown("0", "yyyy-mm-dd", true), "1904-01-01");
  EXPECT_EQ(shown("43970", "yyyy-mm-dd", true), "2024-05-20");
}

TEST(ShownValue, Times) {
  EXPECT_EQ(shown("45432.5", "yyyy-mm-dd hh:mm"), "2024-05-20 12:00");
  EXPECT_EQ(shown("0.75", "h:mm AM/PM"), "6:00 PM");
  EXPECT_EQ(shown("0.0421875", "h:mm:ss"), "1:00:45");
  EXPECT_EQ(shown("0.5", builtin_format_code(32)), "12时00分");
}

TEST(ShownValue, CodesItCannotShowFallBackToGeneral) {
  EXPECT_EQ(shown("12345.678", "0.00E+00"), "12345.678");
  EXPECT_EQ(shown("0.5", "# ?/?"), "0.5");
  EXPECT_EQ(builtin_format_code(12), "General");
  EXPECT_EQ(builtin_format_code(4), "#,##0.00");
}

}  // namespace
}  // namespace formwork
