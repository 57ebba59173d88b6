// column_fractions: fixed mm columns plus weighted columns, shared by every writer.
#include "model/column_widths.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

Table table(std::vector<double> weights, std::vector<double> mm = {}) {
  Table t;
  t.column_widths = std::move(weights);
  t.column_widths_mm = std::move(mm);
  return t;
}

TEST(ColumnFractions, WeightsOnly) {
  auto f = column_fractions(table({1, 2, 1}), 160);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_DOUBLE_EQ(f[0], 0.25);
  EXPECT_DOUBLE_EQ(f[1], 0.5);
  EXPECT_DOUBLE_EQ(f[2], 0.25);
}

TEST(ColumnFractions, FixedColumnsTakeTheirMillimetres) {
  // 附件1 of the notice: 17 mm and 11 mm fixed on a 225 mm text block.
  auto f = column_fractions(table({0, 1, 1, 0}, {17, 0, 0, 11}), 225);
  EXPECT_NEAR(f[0] * 225, 17, 1e-9);
  EXPECT_NEAR(f[3] * 225, 11, 1e-9);
  EXPECT_NEAR(f[1] * 225, (225 - 28) / 2.0, 1e-9);
  EXPECT_NEAR(f[0] + f[1] + f[2] + f[3], 1, 1e-12);
}

TEST(ColumnFractions, OverflowingFixedColumnsShrinkTogether) {
  auto f = column_fractions(table({0, 0, 1}, {100, 100, 0}), 100);
  EXPECT_DOUBLE_EQ(f[0], 0.5);
  EXPECT_DOUBLE_EQ(f[1], 0.5);
  EXPECT_DOUBLE_EQ(f[2], 0);
}

TEST(ColumnFractions, ZeroWeightsShareEquallyAndMismatchedMmIsIgnored) {
  auto f = column_fractions(table({0, 0}), 100);
  EXPECT_DOUBLE_EQ(f[0], 0.5);
  auto g = column_fractions(table({1, 3}, {20}), 100);
  EXPECT_DOUBLE_EQ(g[0], 0.25);
}

}  // namespace
}  // namespace formwork
