// Filters after `|` inside expressions, chained left to right.
#include <gtest/gtest.h>

#include <string>

#include "expr/expression.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::arr;
using testing::num;
using testing::obj;

class Filters : public ::testing::Test {
 protected:
  Value record = obj({{"总额", num("4001132.90")},
                      {"资助", num("190000")},
                      {"执行率", num("0.40873")},
                      {"日期", Value("2016-04-21")},
                      {"坏日期", Value("2016-02-30")},
                      {"负责人", Value()},
                      {"名称", Value("Trường Tiểu học")},
                      {"单位", obj({{"名称", Value("人社局")}})},
                      {"列表", arr({Value(1)})},
                      {"负数", num("-5")},
                      {"零", Value(0)}});
  Scope scope{record};

  std::string text(const std::string& src) const {
    return Expression::parse(src, SourceLoc{"f.xml", 2, 4}).eval(scope).to_text();
  }
  TemplateError error(const std::string& src) const {
    try {
      text(src);
    } catch (const TemplateError& e) {
      return e;
    }
    ADD_FAILURE() << "no error for: " << src;
    return TemplateError("none", {});
  }
};

TEST_F(Filters, Money) {
  EXPECT_EQ(text("总额 | money"), "4,001,132.90");
  EXPECT_EQ(text("1234567.891 | money"), "1,234,567.89");
  EXPECT_EQ(text("总额 | money(0)"), "4,001,133");
  EXPECT_EQ(text("负数 | money"), "-5.00");
  EXPECT_EQ(error("名称 | money").message, "money: expected a number, got string 名称");
  EXPECT_EQ(error("总额 | money(-1)").message,
            "money: decimals must be a whole number from 0 to 30");
}

TEST_F(Filters, RmbUpper) {
  EXPECT_EQ(text("资助 | rmb_upper"), "壹拾玖万元整");
  EXPECT_EQ(text("资助 | rmb_upper(true)"), "人民币壹拾玖万元整");
  EXPECT_EQ(text("资助 | rmb_upper(false)"), "壹拾玖万元整");
  EXPECT_EQ(text("107000.53 | rmb_upper"), "壹拾万柒仟元零伍角叁分");
  EXPECT_EQ(error("负数 | rmb_upper").message, "rmb_upper: negative amount: -5");
}

TEST_F(Filters, Percent) {
  EXPECT_EQ(text("执行率 | percent"), "40.87%");
  EXPECT_EQ(text("执行率 | percent(1)"), "40.9%");
  EXPECT_EQ(text("1635312.06 / 总额 | percent"), "40.87%");
}

TEST_F(Filters, Date) {
  EXPECT_EQ(text("日期 | date"), "2016年4月21日");
  EXPECT_EQ(text("'2023-12-01' | date"), "2023年12月1日");
  TemplateError e = error("坏日期 | date");
  EXPECT_EQ(e.message, "date: not a valid ISO date: '2016-02-30'");
  EXPECT_EQ(e.loc.column, 10);  // at the filter name
  EXPECT_EQ(error("零 | date").message, "date: expected an ISO date string, got number");
}

TEST_F(Filters, DefaultReplacesMissingAndNull) {
  EXPECT_EQ(text("负责人 | default('—')"), "—");
  EXPECT_EQ(text("经办人 | default('无')"), "无");
  EXPECT_EQ(text("单位.电话 | default('')"), "");
  EXPECT_EQ(text("列表[5] | default(0)"), "0");
  EXPECT_EQ(text("负责人.姓名 | default('未填')"), "未填");
  EXPECT_EQ(text("单位.名称 | default('x')"), "人社局");
  EXPECT_EQ(text("零 | default(1)"), "0");  // only null is replaced, not falsy values
  EXPECT_EQ(text("经办人 | default(总额) | money"), "4,001,132.90");
  // Absence anywhere on the left is replaced: `x | money | default('')`.
  EXPECT_EQ(text("经办人 | money | default('')"), "");
  EXPECT_EQ(text("单位.电话 + 1 | default('无')"), "无");
  // A chain of fallbacks, as in templates/acceptance.xml.
  EXPECT_EQ(text("电话 | default(单位.电话) | default('')"), "");
  EXPECT_EQ(text("电话 | default(单位.名称) | default('')"), "人社局");
}

TEST_F(Filters, DefaultDoesNotHideOtherErrors) {
  EXPECT_EQ(error("总额 / 零 | default(0)").message, "division by zero");
  EXPECT_EQ(error("名称 + 1 | default(0)").message, "cannot add string and number");
  // The fallback itself is evaluated normally.
  EXPECT_EQ(error("经办人 | default(审核人)").message, "unknown name '审核人'");
}

TEST_F(Filters, NumberUpperLower) {
  EXPECT_EQ(text("总额 | number(2)"), "4001132.90");
  EXPECT_EQ(text("1234.5 | number(0)"), "1235");
  EXPECT_EQ(text("总额 | number"), "4001132.9");
  EXPECT_EQ(text("名称 | upper"), "TRƯỜNG TIỂU HỌC");
  EXPECT_EQ(text("名称 | lower"), "trường tiểu học");
  EXPECT_EQ(error("总额 | upper").message, "upper: expected a string, got number");
}

TEST_F(Filters, ChainLeftToRightAndInsideArguments) {
  EXPECT_EQ(text("总额 | number(0) | upper"), "4001133");
  EXPECT_EQ(text("concat(资助 | money, '元')"), "190,000.00元");
  EXPECT_EQ(text("(资助 | rmb_upper) + '（大写）'"), "壹拾玖万元整（大写）");
}

}  // namespace
}  // namespace formwork
