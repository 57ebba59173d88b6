#include "txt/column_fit.h"

#include <gtest/gtest.h>

#include "model/table_grid.h"
#include "txt_test_util.h"

namespace formwork {
namespace {

using txt_test::cell;
using txt_test::row;

TEST(WidenForDemands, TakesFromTheColumnWithMostRoomToSpare) {
  // 2016001 needs 7 + 2, 13805310000 needs 11 + 2; only column 0 can give.
  const auto w = widen_for_demands({20, 6, 6}, {{1, 1, 7}, {2, 1, 11}}, 4);
  EXPECT_EQ(w, (std::vector<int>{10, 9, 13}));
  // Two donors: the one with more to spare gives first, evenly after that.
  // {10, 9, 4} → {9, 9, 5} → {8, 9, 6} (tie: first) → {8, 8, 7} → {7, 8, 8}.
  EXPECT_EQ(widen_for_demands({10, 9, 4}, {{2, 1, 6}}, 4), (std::vector<int>{7, 8, 8}));
}

TEST(WidenForDemands, NeverTakesBelowADonorsOwnNeed) {
  // Column 0 holds a 9-column word: it can give 1, not the 6 column 1 needs.
  EXPECT_EQ(widen_for_demands({12, 6}, {{0, 1, 9}, {1, 1, 10}}, 4), (std::vector<int>{12, 6}));
}

TEST(WidenForDemands, SpansGrowTheirNarrowestColumn) {
  // Columns 0-1 merged hold 6 + 6 + 1 - 2 = 11 inside; 15 are needed.
  EXPECT_EQ(widen_for_demands({6, 6, 20}, {{0, 2, 15}}, 4), (std::vector<int>{8, 8, 16}));
}

TEST(WidenForDemands, AMetSpanIsNotUnmet) {
  // Span 0-1 needs 17 of its 19: 2 to spare, not the 6 span 2-3 wants.
  EXPECT_EQ(widen_for_demands({10, 10, 10, 10}, {{0, 2, 17}, {2, 2, 25}}, 4),
            (std::vector<int>{10, 10, 10, 10}));
  EXPECT_EQ(widen_for_demands({10, 10, 10, 10}, {{0, 2, 17}, {2, 2, 21}}, 4),
            (std::vector<int>{9, 9, 11, 11}));
}

TEST(WidenForDemands, OutOfRangeDemandsAreIgnored) {
  EXPECT_EQ(widen_for_demands({6, 6}, {{1, 2, 30}, {-1, 1, 30}}, 4), (std::vector<int>{6, 6}));
}

TEST(ColumnDemands, WidestUnbreakableSegmentOfEachCell) {
  Table t;
  t.column_widths = {1, 1, 1};
  t.rows.push_back(row({cell("项目编号2016001"), cell("0531-88597980", 2)}));
  t.rows.push_back(row({cell(""), cell("Hạnh phúc"), cell("经费")}));
  const auto d = column_demands(resolve_grid(t));
  ASSERT_EQ(d.size(), 4u);  // the empty cell asks for nothing
  EXPECT_EQ(d[0].first, 0);
  EXPECT_EQ(d[0].width, 7);
  EXPECT_EQ(d[1].first, 1);
  EXPECT_EQ(d[1].span, 2);
  EXPECT_EQ(d[1].width, 13);
  EXPECT_EQ(d[2].width, 4);
  EXPECT_EQ(d[3].width, 2);
}

}  // namespace
}  // namespace formwork
