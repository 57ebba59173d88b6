// When a formula result and the template's value agree: the decimals a
// number format shows, and the comparison rule.
#include "xlsx/formula_agreement.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

Decimal num(const char* s) { return *Decimal::parse(s); }

TEST(ShownDecimals, ReadsTheFirstSectionOfTheFormatCode) {
  EXPECT_EQ(shown_decimals("#,##0.00"), 2);
  EXPECT_EQ(shown_decimals("0"), 0);
  EXPECT_EQ(shown_decimals("0.00%"), 4);  // a ratio shown as a percentage
  EXPECT_EQ(shown_decimals("\"通过率 \"0.00%"), 4);
  EXPECT_EQ(shown_decimals("\"计划\"0\"年\""), 0);
  EXPECT_EQ(shown_decimals("\"≥\"0.0\".\"\"次\""), 1);  // '.' inside quotes is text
  EXPECT_EQ(shown_decimals("#,##0.00;[Red]-#,##0.000"), 2);
  EXPECT_EQ(shown_decimals("[Blue]0.000"), 3);
  EXPECT_EQ(shown_decimals("0.00\\%"), 2);  // an escaped % is text
  EXPECT_EQ(shown_decimals("General"), std::nullopt);
  EXPECT_EQ(shown_decimals("\"≥\"General\"%\""), std::nullopt);
  EXPECT_EQ(shown_decimals(""), std::nullopt);
  EXPECT_EQ(shown_decimals("0.00E+00"), std::nullopt);
  EXPECT_EQ(shown_decimals("@"), std::nullopt);
}

TEST(ComparedDecimals, AtLeastTheCentAndTenForGeneral) {
  EXPECT_EQ(compared_decimals("0"), 2);
  EXPECT_EQ(compared_decimals("#,##0.00"), 2);
  EXPECT_EQ(compared_decimals("0.000"), 3);
  EXPECT_EQ(compared_decimals("0.00%"), 4);
  EXPECT_EQ(compared_decimals(""), 10);
  EXPECT_EQ(compared_decimals("General"), 10);
}

TEST(NumbersAgree, ShownAlikeAndWithinHalfAUnit) {
  EXPECT_TRUE(numbers_agree(num("9.25"), num("9.25"), 2));
  EXPECT_FALSE(numbers_agree(num("9.25"), num("8.81"), 2));
  EXPECT_TRUE(numbers_agree(num("0.1249"), num("0.12"), 2));
  // Both show 0.12, but differ by more than half a cent: LibreOffice's
  // recalculation check (|a − b| < 0.005) would flag it, so this does too.
  EXPECT_FALSE(numbers_agree(num("0.124"), num("0.116"), 2));
  // Less than half a cent apart but shown differently.
  EXPECT_FALSE(numbers_agree(num("0.125"), num("0.1249"), 2));
  // Division noise on a rounding boundary still agrees.
  EXPECT_TRUE(numbers_agree(num("0.125"), num("0.124999999999999999"), 2));
  EXPECT_TRUE(numbers_agree(num("1"), num("0.999999999999999999"), 10));
  EXPECT_TRUE(numbers_agree(num("0.333333333333"), num("0.3333333333"), 10));
  EXPECT_FALSE(numbers_agree(num("0.3333333336"), num("0.3333333333"), 10));
  EXPECT_FALSE(numbers_agree(num("1e20"), num("-1e20"), 2));
}

TEST(Agrees, TextExactlyNumbersByTheRuleErrorsNever) {
  CellValue money;
  money.number = num("96.8");
  money.number_format = "#,##0.00";
  EXPECT_TRUE(agrees(money, num("96.80")));
  EXPECT_FALSE(agrees(money, num("95.05")));
  EXPECT_FALSE(agrees(money, std::string("96.8")));
  EXPECT_FALSE(agrees(money, FormulaError::Div0));
  CellValue grade;
  grade.text = "合格";
  EXPECT_TRUE(agrees(grade, std::string("合格")));
  EXPECT_FALSE(agrees(grade, std::string("不合格")));
  EXPECT_FALSE(agrees(grade, true));
  const CellValue none;
  EXPECT_TRUE(agrees(none, num("3")));
  EXPECT_FALSE(agrees(none, FormulaError::NA));
}

}  // namespace
}  // namespace formwork
