// Evaluation: names and paths, arithmetic on exact decimals, comparison,
// logic, functions and the errors they raise.
#include <gtest/gtest.h>

#include <string>

#include "eval_fixture.h"
#include "expr/expression.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::arr;
using testing::num;
using testing::obj;

/// A record shaped like the 资助 summary of seed 002.
Value sample_record() {
  return obj({
      {"项目名称", Value("农民工职业技能培训")},
      {"人社厅资助金额", num("265675.22")},
      {"单位自筹", num("3915995.04")},
      {"总额", num("4001132.90")},
      {"负责人", Value()},
      {"费用", arr({obj({{"名称", Value("教材")}, {"金额", num("1409.50")}}),
                    obj({{"名称", Value("场地")}, {"金额", num("325.04")}}),
                    obj({{"名称", Value("师资")}, {"金额", num("6007.14")}})})},
      {"单位", obj({{"名称", Value("某市人社局")}, {"地址", obj({{"市", Value("济南")}})}})},
      {"得分", arr({Value(90), Value(85), Value(77)})},
      {"空", arr({})},
      {"零", Value(0)},
  });
}

class Eval : public testing::EvalFixture {
 protected:
  Eval() : EvalFixture(sample_record(), SourceLoc{"t.xml", 5, 20}) {}
};

TEST_F(Eval, Literals) {
  EXPECT_EQ(eval("12"), Value(12));
  EXPECT_EQ(text("265675.22"), "265675.22");
  EXPECT_EQ(eval("'a\\'b'"), Value("a'b"));
  EXPECT_EQ(eval("\"x\\n\\\"\\\\\""), Value("x\n\"\\"));
  EXPECT_EQ(eval("true"), Value(true));
  EXPECT_EQ(eval("null"), Value());
  EXPECT_EQ(eval("[1, 'a', [true]]"), arr({Value(1), Value("a"), arr({Value(true)})}));
}

TEST_F(Eval, ChineseNamesAndPaths) {
  EXPECT_EQ(eval("人社厅资助金额"), num("265675.22"));
  EXPECT_EQ(eval("单位.名称"), Value("某市人社局"));
  EXPECT_EQ(eval("单位.地址.市"), Value("济南"));
  EXPECT_EQ(eval("单位['名称']"), Value("某市人社局"));
  EXPECT_EQ(eval("费用[0].名称"), Value("教材"));
  EXPECT_EQ(eval("费用[-1].名称"), Value("师资"));
  EXPECT_EQ(eval("得分[1]"), Value(85));
}

TEST_F(Eval, MemberOnArrayMaps) {
  EXPECT_EQ(eval("费用.金额"), arr({num("1409.5"), num("325.04"), num("6007.14")}));
  EXPECT_EQ(eval("sum(费用.金额)"), num("7741.68"));
  EXPECT_EQ(text("join(费用.名称, '、')"), "教材、场地、师资");
}

TEST_F(Eval, ExactArithmetic) {
  EXPECT_EQ(eval("0.1 + 0.2"), num("0.3"));
  EXPECT_EQ(eval("0.1 + 0.2 == 0.3"), Value(true));
  EXPECT_EQ(eval("人社厅资助金额 + 单位自筹"), num("4181670.26"));
  EXPECT_EQ(eval("总额 - 单位自筹 - 人社厅资助金额"), num("-180537.36"));
  EXPECT_EQ(eval("2 * 3 + 4"), Value(10));
  EXPECT_EQ(eval("2 * (3 + 4)"), Value(14));
  EXPECT_EQ(eval("2 × 3 ÷ 4"), num("1.5"));
  EXPECT_EQ(eval("1 / 3"), num("0.333333333333333333"));
  EXPECT_EQ(eval("-总额"), num("-4001132.9"));
  EXPECT_EQ(eval("10 - 2 - 3"), Value(5));
  EXPECT_EQ(eval("'甲' + '乙'"), Value("甲乙"));
}

TEST_F(Eval, DivisionByZeroIsAnErrorNotInfinity) {
  TemplateError e = error("总额 / 零");
  EXPECT_EQ(e.message, "division by zero");
  EXPECT_EQ(e.loc.line, 5);
  EXPECT_EQ(e.loc.column, 23);  // the '/' is 3 code points in
  EXPECT_EQ(error("1 / (零 - 0.00)").message, "division by zero");
  EXPECT_EQ(error("avg(空)").message, "avg() of an empty list");
}

// Found by fuzz_expressions: a 38-digit amount given two decimals by money
// overflows Decimal inside the filter; that is a template error at the
// call, never an uncaught std::overflow_error.
TEST_F(Eval, OverflowInsideAFilterIsATemplateError) {
  const std::string big = "1" + std::string(37, '6');
  EXPECT_EQ(error(big + " | money").message, "number too large: " + big + " | money");
  std::string list = big;
  for (int i = 0; i < 10; ++i) list += ", " + big;  // 11 × 1.7e37 > Decimal's 1.7e38
  EXPECT_NE(error("sum([" + list + "])").message.find("number too large"), std::string::npos);
}

TEST_F(Eval, TypeErrors) {
  EXPECT_EQ(error("1 + '元'").message, "cannot add number and string");
  EXPECT_EQ(error("项目名称 + 总额").message, "cannot add string and number");
  EXPECT_EQ(error("'a' * 2").message, "cannot multiply string and number");
  EXPECT_EQ(error("负责人 - 1").message, "cannot subtract null and number");
  EXPECT_EQ(error("-项目名称").message, "cannot negate string");
  EXPECT_EQ(error("'a' < 1").message, "cannot compare string and number");
  EXPECT_EQ(error("总额.x").message, "cannot take member 'x' of number 总额");
  EXPECT_EQ(error("得分[0.5]").message, "list index must be a whole number, not 0.5");
}

TEST_F(Eval, UnknownNamesAndMembers) {
  TemplateError e = error("1 + 经办人");
  EXPECT_EQ(e.message, "unknown name '经办人'");
  EXPECT_EQ(e.loc.column, 24);
  EXPECT_EQ(std::string(e.what()), "t.xml:5:24: unknown name '经办人'");
  EXPECT_EQ(error("单位.电话").message, "no member '电话' in 单位");
  EXPECT_EQ(error("单位.地址.区").message, "no member '区' in 单位.地址");
  EXPECT_EQ(error("负责人.姓名").message, "no member '姓名' in 负责人 (it is null)");
  EXPECT_EQ(error("费用.税额").message, "no member '税额' in 费用");
  EXPECT_EQ(error("得分[3]").message, "index 3 out of range for 得分 (3 items)");
  EXPECT_EQ(error("得分[-4]").message, "index -4 out of range for 得分 (3 items)");
}

TEST_F(Eval, Comparisons) {
  EXPECT_EQ(eval("1.50 == 1.5"), Value(true));
  EXPECT_EQ(eval("1 == '1'"), Value(false));
  EXPECT_EQ(eval("1 != '1'"), Value(true));
  EXPECT_EQ(eval("null == 负责人"), Value(true));
  EXPECT_EQ(eval("总额 > 单位自筹"), Value(true));
  EXPECT_EQ(eval("总额 <= 4001132.9"), Value(true));
  EXPECT_EQ(eval("总额 < 4001132.9"), Value(false));
  EXPECT_EQ(eval("-2 >= -1.5"), Value(false));
  EXPECT_EQ(eval("'abc' < 'abd'"), Value(true));
  EXPECT_EQ(eval("'Z' < 'a'"), Value(true));  // bytes, not collation
  EXPECT_EQ(eval("'a' < '中'"), Value(true));
  EXPECT_EQ(eval("得分 == [90, 85, 77.0]"), Value(true));
}

TEST_F(Eval, Logic) {
  EXPECT_EQ(eval("true and false"), Value(false));
  EXPECT_EQ(eval("true or false"), Value(true));
  EXPECT_EQ(eval("not 负责人"), Value(true));
  EXPECT_EQ(eval("not 1 == 2"), Value(true));
  EXPECT_EQ(eval("false or true and false"), Value(false));  // and binds tighter
  EXPECT_EQ(eval("零 == 0 or 1 / 零 > 0"), Value(true));     // short circuit
  EXPECT_EQ(eval("零 != 0 and 1 / 零 > 0"), Value(false));
  EXPECT_EQ(eval("1 + 2 == 3 and 'a' != 'b'"), Value(true));
}

TEST_F(Eval, Aggregates) {
  EXPECT_EQ(eval("sum(得分)"), Value(252));
  EXPECT_EQ(eval("sum(空)"), Value(0));
  EXPECT_EQ(eval("sum(1, 2.5, 3)"), num("6.5"));
  EXPECT_EQ(eval("count(费用)"), Value(3));
  EXPECT_EQ(eval("count(空)"), Value(0));
  EXPECT_EQ(eval("min(得分)"), Value(77));
  EXPECT_EQ(eval("max(费用.金额)"), num("6007.14"));
  EXPECT_EQ(eval("min(3, -1, 2)"), Value(-1));
  EXPECT_EQ(eval("avg(得分)"), Value(84));
  EXPECT_EQ(eval("avg([1, 2])"), num("1.5"));
  EXPECT_EQ(eval("avg([1, 1, 2])"), num("1.333333333333333333"));
  EXPECT_EQ(eval("sum([[1, 2], [3]])"), Value(6));
  EXPECT_EQ(error("sum(['1', 2])").message, "sum(): item 1 is string, not a number");
  EXPECT_EQ(error("sum([1, null])").message, "sum(): item 2 is null, not a number");
  EXPECT_EQ(error("sum(总额)").message, "sum() needs a list or several numbers, got number");
  EXPECT_EQ(error("max(空)").message, "max() of an empty list");
  EXPECT_EQ(error("count('abc')").message, "count() needs a list, got string");
}

TEST_F(Eval, RoundAbsIfLen) {
  EXPECT_EQ(eval("round(1.005, 2)"), num("1.01"));
  EXPECT_EQ(eval("round(2.675, 2)"), num("2.68"));
  EXPECT_EQ(eval("round(-1.005, 2)"), num("-1.01"));
  EXPECT_EQ(eval("round(2.5)"), Value(3));
  EXPECT_EQ(eval("round(1250, -2)"), Value(1300));
  EXPECT_EQ(eval("round(人社厅资助金额 / 总额 * 100, 2)"), num("6.64"));
  EXPECT_EQ(error("round(1, 0.5)").message,
            "round(): places must be a whole number from -30 to 30");
  EXPECT_EQ(eval("abs(-3.5)"), num("3.5"));
  EXPECT_EQ(eval("abs(2)"), Value(2));
  EXPECT_EQ(eval("if(零 > 0, 总额 / 零, '—')"), Value("—"));  // lazy: no division by zero
  EXPECT_EQ(eval("if(总额, '有', '无')"), Value("有"));
  EXPECT_EQ(eval("if(false, 1)"), Value());
  EXPECT_EQ(eval("len('农民工')"), Value(3));
  EXPECT_EQ(eval("len(费用)"), Value(3));
  EXPECT_EQ(eval("len('')"), Value(0));
  EXPECT_EQ(error("len(1)").message, "len() needs a string or a list, got number");
  EXPECT_EQ(eval("concat('第', 3, '页')"), Value("第3页"));
  EXPECT_EQ(eval("join(得分)"), Value("908577"));
  EXPECT_EQ(eval("join(得分, ', ')"), Value("90, 85, 77"));
}

TEST_F(Eval, ComparisonSidesForCheckMessages) {
  Value l, r;
  auto e = Expression::parse("sum(费用.金额) == 总额", {});
  ASSERT_TRUE(e.eval_comparison_sides(scope(), l, r));
  EXPECT_EQ(l, num("7741.68"));
  EXPECT_EQ(r, num("4001132.9"));
  EXPECT_EQ(e.eval(scope()), Value(false));
  EXPECT_FALSE(Expression::parse("a and b", {}).eval_comparison_sides(scope(), l, r));
  EXPECT_FALSE(Expression::parse("(1 < 2) | default(0)", {}).eval_comparison_sides(scope(), l, r));
  EXPECT_EQ(Expression::parse("总额", {}).source(), "总额");
}

TEST(Scope, InnerFramesShadowOuter) {
  Value record = obj({{"名称", Value("外")}, {"年度", Value(2016)}});
  Scope outer(record);
  Value item = obj({{"名称", Value("内")}, {"金额", Value(5)}});
  Scope inner(item, &outer);
  inner.bind("序号", Value(1));
  EXPECT_EQ(*inner.lookup("名称"), Value("内"));
  EXPECT_EQ(*inner.lookup("年度"), Value(2016));
  EXPECT_EQ(*inner.lookup("序号"), Value(1));
  EXPECT_EQ(inner.lookup("无"), nullptr);
  EXPECT_EQ(outer.lookup("序号"), nullptr);
  inner.bind("名称", Value("变量"));  // variables come before the frame's record
  EXPECT_EQ(*inner.lookup("名称"), Value("变量"));
  inner.bind("序号", Value(2));
  EXPECT_EQ(*inner.lookup("序号"), Value(2));
  EXPECT_EQ(Expression::parse("concat(名称, 序号, 年度)", {}).eval(inner), Value("变量22016"));
}

}  // namespace
}  // namespace formwork
