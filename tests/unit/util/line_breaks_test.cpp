// util/line_breaks is tested here because the TXT writer is its user (the
// brief keeps this helper's tests under tests/unit/txt).
#include "util/line_breaks.h"

#include <gtest/gtest.h>

#include <string>

namespace formwork {
namespace {

std::vector<size_t> offsets(const std::vector<LineBreakOpportunity>& ops) {
  std::vector<size_t> out;
  for (const auto& op : ops) out.push_back(op.offset);
  return out;
}

TEST(LineBreakOpportunities, ByteOffsetsAfterSpacesAndBetweenHan) {
  // "ab 经费" : after "ab " (3), after "经" (6); end (9).
  EXPECT_EQ(offsets(line_break_opportunities("ab 经费")), (std::vector<size_t>{3, 6, 9}));
  EXPECT_TRUE(line_break_opportunities("").empty());
}

TEST(LineBreakOpportunities, NumbersAndKinsokuHaveNoInnerBreaks) {
  const std::string s = "（2016001，0531-88597980）";
  EXPECT_EQ(offsets(line_break_opportunities(s)), (std::vector<size_t>{13, s.size()}));
}

TEST(LineBreakOpportunities, MandatoryOnlyAfterLineBreaks) {
  const auto ops = line_break_opportunities("甲\n乙");
  ASSERT_EQ(ops.size(), 2u);
  EXPECT_EQ(ops[0].offset, 4u);
  EXPECT_TRUE(ops[0].mandatory);
  EXPECT_FALSE(ops[1].mandatory);  // the end of the text is not a line break
}

TEST(GraphemeBoundaries, CombiningMarksStayWithTheirBase) {
  // "ệ" as e + U+0323 + U+0302 (1 + 2 + 2 bytes), then "t".
  EXPECT_EQ(grapheme_boundaries("e\u0323\u0302t"), (std::vector<size_t>{5, 6}));
  EXPECT_TRUE(grapheme_boundaries("").empty());
}

}  // namespace
}  // namespace formwork
