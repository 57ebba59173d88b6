// score_positive, score_reverse, grade4 at their boundaries, directly and
// as template functions; clamp.
#include "expr/scoring.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "eval_fixture.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::dec;
using testing::num;
using testing::obj;

TEST(ScorePositive, FullPointsAtOrAboveTarget) {
  EXPECT_EQ(score_positive(dec("100"), dec("100"), dec("10")), dec("10"));
  EXPECT_EQ(score_positive(dec("120"), dec("100"), dec("10")), dec("10"));
  EXPECT_EQ(score_positive(dec("0.95"), dec("0.95"), dec("5")), dec("5"));
}

TEST(ScorePositive, ProportionalBelowTarget) {
  EXPECT_EQ(score_positive(dec("99.99"), dec("100"), dec("10")), dec("9.999"));
  EXPECT_EQ(score_positive(dec("50"), dec("100"), dec("10")), dec("5"));
  EXPECT_EQ(score_positive(dec("1"), dec("3"), dec("10")), dec("3.333333333333333333"));
  // 执行率 265675.22 / 650000 scored out of 10 (seed 003), unrounded.
  EXPECT_EQ(score_positive(dec("265675.22"), dec("650000"), dec("10")),
            dec("4.087311076923076923"));
  EXPECT_EQ(score_positive(dec("0"), dec("100"), dec("10")), dec("0"));
  EXPECT_EQ(score_positive(dec("-5"), dec("100"), dec("10")), dec("0"));  // never negative
}

TEST(ScorePositive, ZeroTargetAndBadInput) {
  EXPECT_EQ(score_positive(dec("0"), dec("0"), dec("10")), dec("10"));
  EXPECT_EQ(score_positive(dec("3"), dec("0"), dec("10")), dec("10"));
  EXPECT_EQ(score_positive(dec("-0.01"), dec("0"), dec("10")), dec("0"));
  EXPECT_THROW(score_positive(dec("1"), dec("-1"), dec("10")), std::invalid_argument);
  EXPECT_THROW(score_positive(dec("1"), dec("1"), dec("-10")), std::invalid_argument);
}

TEST(ScoreReverse, Boundaries) {
  // target 100, points 10: ≤ 100 full, 100..200 linear, ≥ 200 zero.
  EXPECT_EQ(score_reverse(dec("80"), dec("100"), dec("10")), dec("10"));
  EXPECT_EQ(score_reverse(dec("100"), dec("100"), dec("10")), dec("10"));
  EXPECT_EQ(score_reverse(dec("100.01"), dec("100"), dec("10")), dec("9.999"));
  EXPECT_EQ(score_reverse(dec("125"), dec("100"), dec("10")), dec("7.5"));
  EXPECT_EQ(score_reverse(dec("150"), dec("100"), dec("10")), dec("5"));
  EXPECT_EQ(score_reverse(dec("199.99"), dec("100"), dec("10")), dec("0.001"));
  EXPECT_EQ(score_reverse(dec("200"), dec("100"), dec("10")), dec("0"));
  EXPECT_EQ(score_reverse(dec("350"), dec("100"), dec("10")), dec("0"));
  EXPECT_EQ(score_reverse(dec("4"), dec("3"), dec("10")), dec("6.666666666666666667"));
  EXPECT_EQ(score_reverse(dec("-1"), dec("3"), dec("10")), dec("10"));
}

TEST(ScoreReverse, ZeroTargetAndBadInput) {
  EXPECT_EQ(score_reverse(dec("0"), dec("0"), dec("5")), dec("5"));
  EXPECT_EQ(score_reverse(dec("-1"), dec("0"), dec("5")), dec("5"));
  EXPECT_EQ(score_reverse(dec("0.001"), dec("0"), dec("5")), dec("0"));
  EXPECT_THROW(score_reverse(dec("1"), dec("-1"), dec("5")), std::invalid_argument);
  EXPECT_THROW(score_reverse(dec("1"), dec("1"), dec("-5")), std::invalid_argument);
}

TEST(Grade4, Boundaries) {
  EXPECT_EQ(grade4(dec("100")), "优");
  EXPECT_EQ(grade4(dec("90")), "优");
  EXPECT_EQ(grade4(dec("89.999")), "良");
  EXPECT_EQ(grade4(dec("80")), "良");
  EXPECT_EQ(grade4(dec("79.99")), "中");
  EXPECT_EQ(grade4(dec("60")), "中");
  EXPECT_EQ(grade4(dec("59.99")), "差");
  EXPECT_EQ(grade4(dec("0")), "差");
  EXPECT_EQ(grade4(dec("-3")), "差");
}

class ScoreFunctions : public testing::EvalFixture {
 protected:
  ScoreFunctions()
      : EvalFixture(obj({{"全年预算数", num("650000")},
                         {"全年执行数", num("265675.22")},
                         {"名称", Value("x")}})) {}
};

TEST_F(ScoreFunctions, InExpressions) {
  EXPECT_EQ(text("round(score_positive(全年执行数, 全年预算数, 10), 2)"), "4.09");
  EXPECT_EQ(eval("score_positive(120, 100, 10)"), num("10"));
  EXPECT_EQ(eval("score_reverse(150, 100, 10)"), num("5"));
  EXPECT_EQ(eval("grade4(89.99)"), Value("良"));
  EXPECT_EQ(eval("grade4(sum([30, 25, 20, 15]))"), Value("优"));
  EXPECT_EQ(error("score_positive(1, -1, 10)").message,
            "score_positive(): target must not be negative");
  EXPECT_EQ(error("score_reverse(1, 1, -10)").message,
            "score_reverse(): points must not be negative");
  TemplateError e = error("1 + score_reverse(名称, 1, 10)");
  EXPECT_EQ(e.message, "score_reverse() needs a number, got string");
  EXPECT_EQ(e.loc.column, 14);  // at the function name
  EXPECT_EQ(error("grade4(null)").message, "grade4() needs a number, got null");
  EXPECT_EQ(error("score_positive(1, 2)").message,
            "function 'score_positive' takes 3 arguments, not 2");
}

TEST_F(ScoreFunctions, Clamp) {
  EXPECT_EQ(eval("clamp(5, 0, 10)"), Value(5));
  EXPECT_EQ(eval("clamp(-1, 0, 10)"), Value(0));
  EXPECT_EQ(eval("clamp(12.5, 0, 10)"), Value(10));
  EXPECT_EQ(eval("clamp(10, 0, 10)"), Value(10));
  EXPECT_EQ(eval("clamp(3, 3, 3)"), Value(3));
  // The quotient is taken to 18 decimals before the product.
  EXPECT_EQ(eval("clamp(全年执行数 / 全年预算数 * 10, 0, 10)"), num("4.08731107692307692"));
  EXPECT_EQ(error("clamp(1, 10, 0)").message, "clamp(): lower bound 10 is above upper bound 0");
  EXPECT_EQ(error("clamp(名称, 0, 1)").message, "clamp() needs a number, got string");
  EXPECT_EQ(error("clamp(1, 2)").message, "function 'clamp' takes 3 arguments, not 2");
}

}  // namespace
}  // namespace formwork
