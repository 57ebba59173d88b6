// Worksheet header and footer codes (ECMA-376 Part 1 §18.3.1.36) read as
// the model's one margin line: xlsx/header_footer_codes.h.
#include <gtest/gtest.h>

#include "xlsx/header_footer_codes.h"

namespace formwork::xlsx_read {
namespace {

TEST(XlsxReaderHeaderFooter, PageNumbersInTheCentre) {
  const HeaderFooterLine l = read_header_footer("&C第 &P 页 共 &N 页", "报销单");
  EXPECT_EQ(l.text.pattern, "第 {page} 页 共 {pages} 页");
  EXPECT_EQ(l.text.align, MarginTextAlign::Center);
  EXPECT_FALSE(l.joined_sections);
  EXPECT_TRUE(l.not_shown.empty());
  EXPECT_DOUBLE_EQ(l.text.size_pt, 10.5);
}

TEST(XlsxReaderHeaderFooter, SectionGivesAlignment) {
  EXPECT_EQ(read_header_footer("&L左", "s").text.align, MarginTextAlign::Left);
  EXPECT_EQ(read_header_footer("&R右", "s").text.align, MarginTextAlign::Right);
  EXPECT_EQ(read_header_footer("无节", "s").text.align, MarginTextAlign::Center);
  EXPECT_TRUE(read_header_footer("", "s").text.empty());
  EXPECT_TRUE(read_header_footer("&L&C&R", "s").text.empty());
}

TEST(XlsxReaderHeaderFooter, FontCodesAreStrippedAndSizeKept) {
  const HeaderFooterLine l = read_header_footer("&R&\"宋体,常规\"&12&B&KFF0000示例市财政局", "s");
  EXPECT_EQ(l.text.pattern, "示例市财政局");
  EXPECT_DOUBLE_EQ(l.text.size_pt, 12);
  EXPECT_EQ(read_header_footer("&C&\"-,Bold\"&U&I&S&E&X&Y&O&H标题", "s").text.pattern, "标题");
  EXPECT_EQ(read_header_footer("&C&K04+000标题", "s").text.pattern, "标题");  // theme colour
}

TEST(XlsxReaderHeaderFooter, SheetNameAmpersandAndPageOffsets) {
  EXPECT_EQ(read_header_footer("&C&A", "差旅费").text.pattern, "差旅费");
  EXPECT_EQ(read_header_footer("&CA && B", "s").text.pattern, "A & B");
  EXPECT_EQ(read_header_footer("&C&P+1", "s").text.pattern, "{page}");
  EXPECT_EQ(read_header_footer("&C- &P -", "s").text.pattern, "- {page} -");
}

TEST(XlsxReaderHeaderFooter, SeveralSectionsAreJoinedAndCentred) {
  const HeaderFooterLine l = read_header_footer("&L单位&R第 &P 页", "s");
  EXPECT_EQ(l.text.pattern, "单位　　第 {page} 页");
  EXPECT_EQ(l.text.align, MarginTextAlign::Center);
  EXPECT_TRUE(l.joined_sections);
}

TEST(XlsxReaderHeaderFooter, CodesThatPrintNothingAreNamed) {
  const HeaderFooterLine l = read_header_footer("&L&D &T&C&F&R&G&Z", "s");
  EXPECT_TRUE(l.text.empty());
  ASSERT_EQ(l.not_shown.size(), 3u);
  EXPECT_EQ(l.not_shown[0], "the print date or time (&D, &T)");
  EXPECT_EQ(l.not_shown[1], "the file name or path (&F, &Z)");
  EXPECT_EQ(l.not_shown[2], "a picture (&G)");
}

}  // namespace
}  // namespace formwork::xlsx_read
