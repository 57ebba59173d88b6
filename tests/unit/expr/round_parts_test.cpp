// round_parts: parts rounded so that they add up to the rounded total.
#include "expr/round_parts.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "eval_fixture.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::arr;
using testing::dec;
using testing::num;
using testing::obj;

std::vector<Decimal> decs(std::initializer_list<const char*> texts) {
  std::vector<Decimal> out;
  for (const char* t : texts) out.push_back(dec(t));
  return out;
}

Decimal total(const std::vector<Decimal>& xs) {
  Decimal s;
  for (const Decimal& x : xs) s = s + x;
  return s;
}

TEST(RoundParts, NaiveRoundingWouldLeaveATailDifference) {
  const std::vector<Decimal> parts = decs({"1.005", "1.005", "1.005"});
  // Plain rounding: 1.01 × 3 = 3.03, but round(3.015, 2) = 3.02.
  EXPECT_EQ(parts[0].round(2) + parts[1].round(2) + parts[2].round(2), dec("3.03"));
  EXPECT_EQ(total(parts).round(2), dec("3.02"));
  EXPECT_EQ(round_parts(parts, 2), decs({"1.01", "1.01", "1.00"}));
}

TEST(RoundParts, WanYuanTable) {
  // 元 amounts shown in 万元 with two decimals: the plain roundings of the
  // items (3.33 + 3.33 + 3.33) miss the rounded total 10.00; the part that
  // lost most to rounding (3.3334) takes the cent.
  const std::vector<Decimal> wan = decs({"3.3333", "3.3333", "3.3334"});
  EXPECT_EQ(round_parts(wan, 2), decs({"3.33", "3.33", "3.34"}));
  EXPECT_EQ(total(round_parts(wan, 2)), dec("10.00"));
}

TEST(RoundParts, KeepsPlainRoundingWhenItAddsUp) {
  EXPECT_EQ(round_parts(decs({"1.234", "2.345", "0.001"}), 2), decs({"1.23", "2.35", "0"}));
  EXPECT_EQ(round_parts(decs({"-1.005", "2.005"}), 2), decs({"-1.01", "2.01"}));
  EXPECT_EQ(round_parts(decs({"26.5675", "3.9130"}), 2), decs({"26.57", "3.91"}));
  // 26.5675 + 3.916 = 30.4835 → 30.48, but plain rounding gives 26.57 + 3.92.
  EXPECT_EQ(round_parts(decs({"26.5675", "3.9160"}), 2), decs({"26.57", "3.91"}));
}

TEST(RoundParts, LargestRemainderGetsTheUnit) {
  // Σ = 1.00: plain rounding gives 0.33 + 0.33 + 0.33 = 0.99; the part that
  // lost most (0.334) takes the missing cent.
  EXPECT_EQ(round_parts(decs({"0.333", "0.333", "0.334"}), 2), decs({"0.33", "0.33", "0.34"}));
  // Too much: 0.005 + 0.005 + 0.006 → 0.01 × 3 = 0.03 but round(0.016) = 0.02;
  // the parts that gained most (the 0.005s) give it back, the later one first.
  EXPECT_EQ(round_parts(decs({"0.005", "0.005", "0.006"}), 2), decs({"0.01", "0", "0.01"}));
}

TEST(RoundParts, NegativesMirrorPositives) {
  EXPECT_EQ(round_parts(decs({"-1.005", "-1.005", "-1.005"}), 2),
            decs({"-1.01", "-1.01", "-1.00"}));
  EXPECT_EQ(round_parts(decs({"-0.333", "-0.333", "-0.334"}), 2),
            decs({"-0.33", "-0.33", "-0.34"}));
  // Mixed signs: Σ = 0.004 → 0.00; plain gives 1.01 − 0.99 − 0.01 = 0.01.
  const std::vector<Decimal> mixed = decs({"1.005", "-0.994", "-0.007"});
  const std::vector<Decimal> r = round_parts(mixed, 2);
  EXPECT_EQ(total(r), dec("0"));
  EXPECT_EQ(r, decs({"1.00", "-0.99", "-0.01"}));
}

TEST(RoundParts, EveryPartWithinOneUnitAndGridPartsUntouched) {
  const std::vector<Decimal> parts = decs({"0.4", "0.4", "0.4", "0.4", "0.4", "2"});
  const std::vector<Decimal> r = round_parts(parts, 0);
  EXPECT_EQ(total(r), dec("4"));  // round(4.0)
  EXPECT_EQ(r, decs({"1", "1", "0", "0", "0", "2"}));
  for (size_t i = 0; i < parts.size(); ++i) {
    Decimal diff = r[i] - parts[i];
    EXPECT_LT(diff < Decimal(0) ? -diff : diff, Decimal(1)) << i;
  }
}

TEST(RoundParts, PlacesAndEdgeCases) {
  EXPECT_EQ(round_parts(decs({}), 2), decs({}));
  EXPECT_EQ(round_parts(decs({"2.5"}), 0), decs({"3"}));
  EXPECT_EQ(round_parts(decs({"-2.5"}), 0), decs({"-3"}));
  EXPECT_EQ(round_parts(decs({"149", "149", "2"}), -2), decs({"200", "100", "0"}));
  EXPECT_EQ(round_parts(decs({"150", "150"}), -2), decs({"200", "100"}));
  EXPECT_THROW(round_parts(decs({"1"}), 31), std::invalid_argument);
  EXPECT_THROW(round_parts(decs({"1"}), -31), std::invalid_argument);
}

class RoundPartsFunction : public testing::EvalFixture {
 protected:
  RoundPartsFunction()
      : EvalFixture(obj(
            {{"支出", arr({num("10050"), num("10050"), num("10050")})}, {"名称", Value("x")}})) {}
};

TEST_F(RoundPartsFunction, InExpressions) {
  // 元 → 万元, two decimals: 1.005 × 3 without 尾差.
  EXPECT_EQ(eval("round_parts([x / 10000 for x in 支出])"), eval("[1.01, 1.01, 1.00]"));
  EXPECT_EQ(eval("sum(round_parts([x / 10000 for x in 支出]))"),
            eval("round(sum(支出) / 10000, 2)"));
  EXPECT_EQ(text("round_parts([1.005, 1.005, 1.005], 2)[2] | number(2)"), "1.00");
  EXPECT_EQ(eval("round_parts([0.4, 0.4, 0.4], 0)"), eval("[1, 0, 0]"));
  EXPECT_EQ(eval("round_parts([])"), arr({}));
  EXPECT_EQ(error("round_parts(名称)").message, "round_parts() needs a list, got string");
  EXPECT_EQ(error("round_parts([1, '2'])").message,
            "round_parts(): item 2 is string, not a number");
  EXPECT_EQ(error("round_parts([1], 0.5)").message,
            "round_parts(): places must be a whole number from -30 to 30");
  EXPECT_EQ(error("round_parts([1], 31)").message,
            "round_parts(): places must be a whole number from -30 to 30");
}

}  // namespace
}  // namespace formwork
