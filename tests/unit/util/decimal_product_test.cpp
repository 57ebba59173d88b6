// Decimal multiplication: exact up to 30 decimals, rounded (as decimal.h
// says) beyond, and an overflow error when the product does not fit.
#include <gtest/gtest.h>

#include <stdexcept>

#include "util/decimal.h"

namespace formwork {
namespace {

Decimal d(const char* text) { return *Decimal::parse(text); }

TEST(DecimalProduct, ExactWithinThirtyDecimals) {
  EXPECT_EQ((d("265675.22") * d("0.15")).to_string(), "39851.283");
  EXPECT_EQ((d("0.000000000000001") * d("0.000000000000003")).to_string(),
            "0.000000000000000000000000000003");
}

TEST(DecimalProduct, RoundsHalfAwayFromZeroPastThirtyDecimals) {
  // Two quotients of 18 decimals: 36 decimals, rounded to 30.
  const Decimal third = Decimal(1).divide(Decimal(3));
  EXPECT_EQ((third * third).scale(), 30);
  EXPECT_EQ((third * third).to_string(), "0.111111111111111110888888888889");
  EXPECT_EQ((d("-0.000000000000000005") * d("0.0000000000001")).to_string(),
            "-0.000000000000000000000000000001");
}

TEST(DecimalProduct, OverflowIsAnError) {
  EXPECT_THROW(d("100000000000000000000") * d("100000000000000000000"), std::overflow_error);
}

}  // namespace
}  // namespace formwork
