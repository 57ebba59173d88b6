// Worksheet header and footer codes as one margin line (xlsx/header_footer_text.h).
#include "xlsx/header_footer_text.h"

#include <gtest/gtest.h>

namespace formwork {
namespace {

TEST(HeaderFooterText, PageNumbersInTheCentre) {
  std::vector<std::string> not_shown;
  const MarginText m = margin_text("&C第 &P 页 共 &N 页", "表1", not_shown);
  EXPECT_EQ(m.pattern, "第 {page} 页 共 {pages} 页");
  EXPECT_EQ(m.align, MarginTextAlign::Center);
  EXPECT_TRUE(not_shown.empty());
}

TEST(HeaderFooterText, SizeAndFaceCodes) {
  std::vector<std::string> not_shown;
  MarginText m = margin_text("&R&9 示例市财政局", "表1", not_shown);
  EXPECT_EQ(m.pattern, "示例市财政局");
  EXPECT_EQ(m.align, MarginTextAlign::Right);
  EXPECT_DOUBLE_EQ(m.size_pt, 9);
  m = margin_text("&L&\"宋体,加粗\"&B单位&KFF0000名称", "表1", not_shown);
  EXPECT_EQ(m.pattern, "单位名称");
  EXPECT_EQ(m.align, MarginTextAlign::Left);
}

TEST(HeaderFooterText, SectionsAreJoinedCentred) {
  std::vector<std::string> not_shown;
  const MarginText m = margin_text("&L单位&C&A&R第&P页", "差旅费", not_shown);
  EXPECT_EQ(m.pattern, "单位　差旅费　第{page}页");
  EXPECT_EQ(m.align, MarginTextAlign::Center);
}

TEST(HeaderFooterText, AmpersandAndUnprintableCodes) {
  std::vector<std::string> not_shown;
  EXPECT_EQ(margin_text("&CA && B", "s", not_shown).pattern, "A & B");
  EXPECT_TRUE(margin_text("&C&D &F &D", "s", not_shown).empty());
  ASSERT_EQ(not_shown.size(), 2u);
  EXPECT_NE(not_shown[0].find("&D"), std::string::npos);
  EXPECT_NE(not_shown[1].find("&F"), std::string::npos);
  EXPECT_TRUE(margin_text("", "s", not_shown).empty());
}

}  // namespace
}  // namespace formwork
