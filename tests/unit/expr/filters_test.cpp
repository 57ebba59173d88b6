// format_money, rmb_upper, format_percent, format_date_cn.
#include "expr/filters.h"

#include <gtest/gtest.h>

#include <ostream>
#include <stdexcept>

#include "test_values.h"

namespace formwork {
namespace {

using testing::dec;

TEST(FormatMoney, GroupsAndRounds) {
  EXPECT_EQ(format_money(dec("1234567.891")), "1,234,567.89");
  EXPECT_EQ(format_money(dec("4001132.9")), "4,001,132.90");
  EXPECT_EQ(format_money(dec("-1000")), "-1,000.00");
  EXPECT_EQ(format_money(dec("999.995")), "1,000.00");
  EXPECT_EQ(format_money(dec("0")), "0.00");
  EXPECT_EQ(format_money(dec("123")), "123.00");
  EXPECT_EQ(format_money(dec("123456")), "123,456.00");
  EXPECT_EQ(format_money(dec("1234.5"), 0), "1,235");
  EXPECT_EQ(format_money(dec("1.005"), 2), "1.01");
  EXPECT_EQ(format_money(dec("-0.004")), "0.00");
  EXPECT_THROW(format_money(dec("1"), -1), std::invalid_argument);
}

struct UpperCase {
  const char* amount;
  const char* words;
};

void PrintTo(const UpperCase& c, std::ostream* os) { *os << c.amount; }

class RmbUpper : public ::testing::TestWithParam<UpperCase> {};

TEST_P(RmbUpper, Writes) { EXPECT_EQ(rmb_upper(dec(GetParam().amount)), GetParam().words); }

INSTANTIATE_TEST_SUITE_P(
    PbocExamples, RmbUpper,
    ::testing::Values(
        UpperCase{"0", "零元整"}, UpperCase{"0.05", "伍分"}, UpperCase{"0.5", "伍角整"},
        UpperCase{"10", "壹拾元整"}, UpperCase{"1004.05", "壹仟零肆元零伍分"},
        UpperCase{"1005", "壹仟零伍元整"}, UpperCase{"6007.14", "陆仟零柒元壹角肆分"},
        UpperCase{"100000", "壹拾万元整"}, UpperCase{"107000.53", "壹拾万柒仟元零伍角叁分"},
        UpperCase{"190000", "壹拾玖万元整"}, UpperCase{"100000000", "壹亿元整"},
        UpperCase{"999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"},
        UpperCase{"1409.50", "壹仟肆佰零玖元伍角整"}, UpperCase{"325.04", "叁佰贰拾伍元零肆分"},
        UpperCase{"100000000.01", "壹亿元零壹分"}, UpperCase{"10000000000", "壹佰亿元整"},
        UpperCase{"110000", "壹拾壹万元整"}, UpperCase{"1010", "壹仟零壹拾元整"},
        UpperCase{"20000001", "贰仟万零壹元整"}));

INSTANTIATE_TEST_SUITE_P(
    MoreShapes, RmbUpper,
    ::testing::Values(
        UpperCase{"0.15", "壹角伍分"}, UpperCase{"0.004", "零元整"}, UpperCase{"0.995", "壹元整"},
        UpperCase{"10.5", "壹拾元零伍角整"}, UpperCase{"100001000", "壹亿零壹仟元整"},
        UpperCase{"100010000", "壹亿零壹万元整"}, UpperCase{"70005000", "柒仟万伍仟元整"},
        UpperCase{"1000100", "壹佰万零壹佰元整"}, UpperCase{"1000000000000", "壹万亿元整"},
        UpperCase{"1200000000000", "壹万贰仟亿元整"}, UpperCase{"1000000000001", "壹万亿零壹元整"},
        UpperCase{"9999999999999999.99",
                  "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元"
                  "玖角玖分"}));

TEST(RmbUpperPrefix, AddsRenminbi) {
  EXPECT_EQ(rmb_upper(dec("190000"), true), "人民币壹拾玖万元整");
  EXPECT_EQ(rmb_upper(dec("0"), true), "人民币零元整");
}

TEST(RmbUpperLimits, RejectsNegativeAndHuge) {
  EXPECT_THROW(rmb_upper(dec("-1")), std::domain_error);
  EXPECT_THROW(rmb_upper(dec("1e16")), std::domain_error);
  EXPECT_THROW(rmb_upper(dec("9999999999999999.995")), std::domain_error);
}

TEST(FormatPercent, RatioToPercent) {
  EXPECT_EQ(format_percent(dec("0.40873")), "40.87%");
  EXPECT_EQ(format_percent(dec("0.40875")), "40.88%");
  EXPECT_EQ(format_percent(dec("1")), "100.00%");
  EXPECT_EQ(format_percent(dec("0.5"), 0), "50%");
  EXPECT_EQ(format_percent(dec("-0.123456"), 1), "-12.3%");
}

TEST(FormatDateCn, DropsLeadingZeros) {
  EXPECT_EQ(format_date_cn("2016-04-21"), "2016年4月21日");
  EXPECT_EQ(format_date_cn("2023-12-01"), "2023年12月1日");
  EXPECT_EQ(format_date_cn("2024-02-29"), "2024年2月29日");
  EXPECT_EQ(format_date_cn("2000-02-29"), "2000年2月29日");
}

TEST(FormatDateCn, RejectsInvalidDates) {
  for (const char* bad : {"2016-4-21", "2016/04/21", "2016-02-30", "2023-02-29", "1900-02-29",
                          "2016-13-01", "2016-00-10", "2016-04-00", "2016-04-31", "0000-01-01",
                          "abcd-ef-gh", "", "2016-04-21T00:00", "２０１６-04-21"}) {
    EXPECT_THROW(format_date_cn(bad), std::invalid_argument) << bad;
  }
}

}  // namespace
}  // namespace formwork
