// Decimal: exact parsing, arithmetic, rounding half away from zero.
#include "util/decimal.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace formwork {
namespace {

Decimal D(const char* s) {
  auto d = Decimal::parse(s);
  if (!d) throw std::invalid_argument(std::string("bad decimal in test: ") + s);
  return *d;
}

TEST(DecimalParse, KeepsAmountsExact) {
  EXPECT_EQ(D("265675.22").to_string(), "265675.22");
  EXPECT_EQ(D("3915995.04").to_string(), "3915995.04");
  EXPECT_EQ(D("4001132.90").to_string(), "4001132.9");
  EXPECT_EQ(D("4001132.90").scale(), 2);
  EXPECT_EQ(D("-12").to_string(), "-12");
  EXPECT_EQ(D("0").to_string(), "0");
  EXPECT_EQ(D("-0").to_string(), "0");
  EXPECT_EQ(D("0.10").scale(), 2);
}

TEST(DecimalParse, Exponents) {
  EXPECT_EQ(D("1.5e3").to_string(), "1500");
  EXPECT_EQ(D("1.5E+3").to_string(), "1500");
  EXPECT_EQ(D("25e-3").to_string(), "0.025");
  EXPECT_EQ(D("0e5").to_string(), "0");
  EXPECT_EQ(D("1e20").to_string(), "100000000000000000000");
}

TEST(DecimalParse, RejectsNonJsonText) {
  for (const char* bad : {"", "-", "+1", "01", "1.", ".5", "1e", "1e+", "abc", "1.2.3", " 1", "1 ",
                          "0x10", "NaN", "Infinity", "1e999999"}) {
    EXPECT_FALSE(Decimal::parse(bad).has_value()) << bad;
  }
}

TEST(DecimalParse, RejectsUnrepresentable) {
  EXPECT_FALSE(Decimal::parse("123456789012345678901234567890123456789").has_value());
  EXPECT_FALSE(Decimal::parse("1e-31").has_value());
  EXPECT_TRUE(Decimal::parse("1e-30").has_value());
  EXPECT_TRUE(Decimal::parse("1.000000000000000000000000000000000").has_value());
}

TEST(DecimalArithmetic, PointOnePlusPointTwoIsPointThree) {
  EXPECT_EQ(D("0.1") + D("0.2"), D("0.3"));
  EXPECT_EQ((D("0.1") + D("0.2")).to_string(), "0.3");
}

TEST(DecimalArithmetic, SumOfSeedAmounts) {
  EXPECT_EQ((D("265675.22") + D("3915995.04") - D("4001132.90")).to_string(), "180537.36");
  EXPECT_EQ((D("1.25") * D("-4")).to_string(), "-5");
  EXPECT_EQ((D("0.01") * D("0.01")).to_string(), "0.0001");
  EXPECT_EQ((Decimal(7) - Decimal(10)).to_string(), "-3");
}

TEST(DecimalArithmetic, Divide) {
  EXPECT_EQ(Decimal(1).divide(Decimal(3)).to_string(), "0.333333333333333333");
  EXPECT_EQ(Decimal(2).divide(Decimal(3)).to_string(), "0.666666666666666667");
  EXPECT_EQ(Decimal(-2).divide(Decimal(3), 2).to_string(), "-0.67");
  EXPECT_EQ(D("1635312.06").divide(D("4001132.90"), 5).to_string(), "0.40871");
  EXPECT_EQ(Decimal(10).divide(D("0.25")).to_string(), "40");
  EXPECT_EQ(D("0.000001").divide(Decimal(1000), 2).to_string(), "0");
  EXPECT_EQ(Decimal(5).divide(Decimal(10), 0).to_string(), "1");
  EXPECT_EQ(Decimal(10).divide(Decimal(4)).scale(), 1);  // exact quotients stay short
}

TEST(DecimalArithmetic, DivideToFewerDecimalsThanTheDividend) {
  EXPECT_EQ(D("1.5").divide(Decimal(3), 0).to_string(), "1");
  EXPECT_EQ(D("1.4999").divide(Decimal(3), 0).to_string(), "0");
  EXPECT_EQ(D("0.125").divide(Decimal(1), 2).to_string(), "0.13");
  EXPECT_EQ(D("-0.124999").divide(Decimal(1), 2).to_string(), "-0.12");
  EXPECT_EQ(D("7.77").divide(D("-0.7"), 0).to_string(), "-11");
  EXPECT_EQ(D("1e-30").divide(D("1e38"), 2).to_string(), "0");
}

TEST(DecimalArithmetic, DivisionByZero) {
  try {
    (void)Decimal(1).divide(Decimal(0));
    FAIL() << "no exception";
  } catch (const std::domain_error& e) {
    EXPECT_STREQ(e.what(), "division by zero");
  }
  EXPECT_THROW((void)D("0.5").divide(D("0.00")), std::domain_error);
}

TEST(DecimalArithmetic, Overflow) {
  Decimal big = D("1e38");
  EXPECT_THROW((void)(big * Decimal(10)), std::overflow_error);
  EXPECT_THROW((void)(big + big), std::overflow_error);
  EXPECT_THROW((void)big.divide(D("0.001")), std::overflow_error);
  EXPECT_THROW((void)D("1e20").to_int64(), std::overflow_error);
  // 10^20 with 18 decimals is documented as exact.
  EXPECT_EQ((D("1e20") + D("0.000000000000000001")).to_string(),
            "100000000000000000000.000000000000000001");
}

TEST(DecimalRounding, HalfAwayFromZero) {
  EXPECT_EQ(D("1.005").to_fixed(2), "1.01");
  EXPECT_EQ(D("2.675").to_fixed(2), "2.68");
  EXPECT_EQ(D("-1.005").to_fixed(2), "-1.01");
  EXPECT_EQ(D("1.004").to_fixed(2), "1.00");
  EXPECT_EQ(D("2.5").round(0).to_string(), "3");
  EXPECT_EQ(D("-2.5").round(0).to_string(), "-3");
  EXPECT_EQ(D("1250").round(-2).to_string(), "1300");
  EXPECT_EQ(D("-0.001").to_fixed(2), "0.00");
  EXPECT_EQ(D("7").to_fixed(3), "7.000");
  EXPECT_EQ(D("0.05").to_fixed(1), "0.1");
  EXPECT_EQ(D("12.5").round(5), D("12.5"));
}

TEST(DecimalCompare, NumericOrder) {
  EXPECT_EQ(D("1.50"), D("1.5"));
  EXPECT_LT(D("-2"), D("-1.5"));
  EXPECT_GT(D("0.001"), Decimal(0));
  EXPECT_LT(D("99999999999999999999.99"), D("1e30"));
  EXPECT_TRUE(D("3") >= D("3.000"));
}

TEST(DecimalMisc, Accessors) {
  EXPECT_EQ(D("-3.7").to_int64(), -3);
  EXPECT_EQ(D("3.0").is_integer(), true);
  EXPECT_EQ(D("3.01").is_integer(), false);
  EXPECT_EQ(D("-3.01").sign(), -1);
  EXPECT_DOUBLE_EQ(D("265675.22").to_double(), 265675.22);
  EXPECT_EQ(Decimal(-9223372036854775807LL - 1).to_int64(), -9223372036854775807LL - 1);
}

}  // namespace
}  // namespace formwork
