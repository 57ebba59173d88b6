// Number formats as Excel (Simplified Chinese) shows them, computed in exact
// decimals: xlsx/number_format_text.h.
#include "xlsx/number_format_text.h"

#include <gtest/gtest.h>

namespace formwork::xlsx_read {
namespace {

std::string show(const char* value, std::string_view code, bool date1904 = false) {
  return number_format_text(*Decimal::parse(value), code, date1904);
}

TEST(NumberFormatGeneral, ShortestDecimalWithElevenSignificantDigits) {
  EXPECT_EQ(show("0.30000000000000004", "General"), "0.3");
  EXPECT_EQ(show("1234567.891234", "General"), "1234567.8912");
  EXPECT_EQ(show("42", "General"), "42");
  EXPECT_EQ(show("-2.5", ""), "-2.5");
  EXPECT_EQ(show("0.000123456789012345", "General"), "0.00012345678901");
  EXPECT_EQ(show("100", "@"), "100");
  EXPECT_EQ(show("0", "General"), "0");
}

TEST(NumberFormatBuiltin, IdsGiveTheirCodes) {
  EXPECT_EQ(builtin_number_format(0), "General");
  EXPECT_EQ(builtin_number_format(2), "0.00");
  EXPECT_EQ(builtin_number_format(4), "#,##0.00");
  EXPECT_EQ(builtin_number_format(10), "0.00%");
  EXPECT_EQ(builtin_number_format(14), "yyyy/m/d");
  EXPECT_EQ(builtin_number_format(49), "@");
  EXPECT_EQ(builtin_number_format(163), "General");
  EXPECT_EQ(show("1234.5", builtin_number_format(1)), "1235");
  EXPECT_EQ(show("1234.5", builtin_number_format(3)), "1,235");
  EXPECT_EQ(show("1234567.891", builtin_number_format(4)), "1,234,567.89");
  EXPECT_EQ(show("0.125", builtin_number_format(9)), "13%");
  EXPECT_EQ(show("45432", builtin_number_format(14)), "2024/5/20");
  EXPECT_EQ(show("45432.5", builtin_number_format(22)), "2024/5/20 12:00");
  EXPECT_EQ(show("45432", builtin_number_format(31)), "2024年5月20日");
}

TEST(NumberFormatDigits, PlaceholdersAndGrouping) {
  EXPECT_EQ(show("1234.5", "0.00"), "1234.50");
  EXPECT_EQ(show("0.5", "#.00"), ".50");
  EXPECT_EQ(show("0.5", "0.##"), "0.5");
  EXPECT_EQ(show("3", "0.##"), "3.");
  EXPECT_EQ(show("7", "000"), "007");
  EXPECT_EQ(show("1234567", "#,##0"), "1,234,567");
  EXPECT_EQ(show("999", "#,##0"), "999");
  EXPECT_EQ(show("0", "#,##0.00"), "0.00");
  EXPECT_EQ(show("1234567", "#,##0,"), "1,235");  // trailing comma: thousands
  EXPECT_EQ(show("1.5", "0.0?"), "1.5 ");
  EXPECT_EQ(show("1234567890123.45", "#,##0.00"), "1,234,567,890,123.45");
}

TEST(NumberFormatRounding, HalfAwayFromZeroOnExactDecimals) {
  // Through binary floating point 1.005 is 1.00499999999999989…
  EXPECT_EQ(show("1.005", "0.00"), "1.01");
  EXPECT_EQ(show("1234.565", "#,##0.00"), "1,234.57");
  EXPECT_EQ(show("-1234.565", "#,##0.00"), "-1,234.57");
  EXPECT_EQ(show("2.5", "0"), "3");
  EXPECT_EQ(show("-2.5", "0"), "-3");
  EXPECT_EQ(show("0.0005", "0.0%"), "0.1%");
  EXPECT_EQ(show("-0.001", "0.00"), "0.00");  // rounds to zero: no minus sign
}

TEST(NumberFormatSections, NegativeZeroAndTextSections) {
  EXPECT_EQ(show("-1500", "#,##0.00"), "-1,500.00");
  EXPECT_EQ(show("-1500", "#,##0.00;(#,##0.00)"), "(1,500.00)");
  EXPECT_EQ(show("-1500", "#,##0.00;[Red]-#,##0.00"), "-1,500.00");
  EXPECT_EQ(show("-1500", "\"¥\"#,##0.00;\"¥\"-#,##0.00"), "¥-1,500.00");
  EXPECT_EQ(show("0", "#,##0.00;-#,##0.00;\"-\""), "-");
  EXPECT_EQ(show("12", "#,##0.00;-#,##0.00;\"-\";@"), "12.00");
  EXPECT_EQ(show("0", "0.00;-0.00;"), "");
  EXPECT_EQ(show("-3", "0;;0"), "");  // an empty negative section hides negatives
}

TEST(NumberFormatLiterals, QuotedEscapedAndBracketed) {
  EXPECT_EQ(show("2701.5", "\"¥\"#,##0.00"), "¥2,701.50");
  EXPECT_EQ(show("2701.5", "[$¥-804]#,##0.00"), "¥2,701.50");
  EXPECT_EQ(show("2701.5", "#,##0.00\"元\""), "2,701.50元");
  EXPECT_EQ(show("2701.5", "#,##0.00元"), "2,701.50元");
  EXPECT_EQ(show("5", "\\#0"), "#5");
  EXPECT_EQ(show("5", "0_)"), "5 ");
  EXPECT_EQ(show("5", "* 0"), "5");
  EXPECT_EQ(show("5", "[Red]0"), "5");
  EXPECT_EQ(show("5", "[Color10]0.0"), "5.0");
  EXPECT_EQ(show("5", "[DBNum1][$-804]0"), "5");
  EXPECT_EQ(show("0.8765", "\"通过率 \"0.00%"), "通过率 87.65%");
  EXPECT_EQ(show("5551234", "000-0000"), "555-1234");
  EXPECT_EQ(show("-1500", "#,##0 ;(#,##0)"), "(1,500)");
  EXPECT_EQ(show("1500", "#,##0 ;(#,##0)"), "1,500 ");
}

TEST(NumberFormatPercent, MultipliesByHundred) {
  EXPECT_EQ(show("0.875", "0.0%"), "87.5%");
  EXPECT_EQ(show("0.875", "0%"), "88%");
  EXPECT_EQ(show("1.5", "0.00%"), "150.00%");
  EXPECT_EQ(show("-0.05", "0%"), "-5%");
}

TEST(NumberFormatFallback, ScientificAndFractionsShowAsGeneral) {
  EXPECT_EQ(show("12345.678", "0.00E+00"), "12345.678");
  EXPECT_EQ(show("1.5", "# ?/?"), "1.5");
  EXPECT_EQ(show("1.5", "[h]:mm:ss"), "1.5");
}

}  // namespace
}  // namespace formwork::xlsx_read
