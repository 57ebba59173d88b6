// Sections (page setup per SectionBreak) and headers/footers: page sizes,
// page numbers across sections, GB/T 9704 odd/even page numbers and the
// Nghị định 30 header, asserted on the frames.
#include <gtest/gtest.h>

#include "../test_support/official_pages.h"
#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::FakeFonts;
using layout_test::han;
using layout_test::lines_of;
using layout_test::para;
using layout_test::TextLine;

constexpr double kTol = 1e-6;

LaidOutDocument lay(const Document& d) {
  FakeFonts fonts;
  return layout_document(d, fonts);
}

PageSetup gbt9704() { return test_support::gbt9704_page(false); }
using test_support::landscape;

/// The line whose text contains `needle`, or nullptr.
const TextLine* find_line(const std::vector<TextLine>& lines, const std::string& needle) {
  for (const TextLine& l : lines) {
    if (l.text.find(needle) != std::string::npos) return &l;
  }
  return nullptr;
}

TEST(Sections, SectionBreakStartsAPageOfItsOwnSize) {
  Document d;
  d.page = gbt9704();
  d.blocks.push_back(para("正文"));
  d.blocks.push_back(SectionBreak{landscape(gbt9704()), "附件1"});
  d.blocks.push_back(para("附件"));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_NEAR(out.pages[0].width_pt, mm_to_pt(210), kTol);
  EXPECT_NEAR(out.pages[0].height_pt, mm_to_pt(297), kTol);
  EXPECT_NEAR(out.pages[1].width_pt, mm_to_pt(297), kTol);
  EXPECT_NEAR(out.pages[1].height_pt, mm_to_pt(210), kTol);
  // The landscape page's text starts at its own margins.
  std::vector<TextLine> lines = lines_of(out.pages[1]);
  const TextLine* body = find_line(lines, "附件");
  ASSERT_NE(body, nullptr);
  EXPECT_NEAR(body->x, mm_to_pt(28), kTol);
  EXPECT_GT(body->y, mm_to_pt(37));
  EXPECT_LT(body->y, mm_to_pt(37) + 15);
}

TEST(Sections, PageNumbersContinueAcrossSections) {
  Document d;
  d.page = gbt9704();
  d.page.footer.pattern = "第 {page} 页 共 {pages} 页";
  d.blocks.push_back(para("甲"));
  d.blocks.push_back(PageBreak{});
  d.blocks.push_back(para("乙"));
  PageSetup second = landscape(d.page);
  d.blocks.push_back(SectionBreak{second, ""});
  d.blocks.push_back(para("丙"));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 3u);
  for (size_t p = 0; p < 3; ++p) {
    const std::string want = "第 " + std::to_string(p + 1) + " 页 共 3 页";
    std::vector<TextLine> lines = lines_of(out.pages[p]);
    EXPECT_NE(find_line(lines, want), nullptr) << want;
  }
}

TEST(Sections, SectionBreakOnAnEmptyPageReusesIt) {
  Document d;  // first section A4 portrait, but nothing in it
  d.blocks.push_back(SectionBreak{landscape(PageSetup{}), ""});
  d.blocks.push_back(para("甲"));
  d.blocks.push_back(PageBreak{});
  d.blocks.push_back(SectionBreak{PageSetup{}, ""});  // right after a page break
  d.blocks.push_back(para("乙"));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_NEAR(out.pages[0].width_pt, mm_to_pt(297), kTol);
  EXPECT_NEAR(out.pages[1].width_pt, mm_to_pt(210), kTol);
  EXPECT_EQ(lines_of(out.pages[1]).at(0).text, "乙");
}

TEST(Sections, SectionBreakAfterContentAlwaysStartsANewPage) {
  Document d;
  d.blocks.push_back(para("甲"));
  d.blocks.push_back(SectionBreak{PageSetup{}, ""});
  d.blocks.push_back(SectionBreak{PageSetup{}, ""});  // empty section: no blank page
  d.blocks.push_back(para("乙"));
  EXPECT_EQ(lay(d).pages.size(), 2u);
}

TEST(MarginText, GbT9704PageNumbersOutsideSevenMmBelowTheTextBlock) {
  Document d;
  d.page = gbt9704();
  for (int i = 0; i < 4; ++i) {
    if (i > 0) d.blocks.push_back(PageBreak{});
    d.blocks.push_back(para("正文"));
  }
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 4u);
  const double left = mm_to_pt(28), right = mm_to_pt(210 - 26);
  const double text_bottom = mm_to_pt(297 - 35);
  for (size_t p = 0; p < 4; ++p) {
    const std::string want = "— " + std::to_string(p + 1) + " —";
    std::vector<TextLine> lines = lines_of(out.pages[p]);
    const TextLine* footer = find_line(lines, want);
    ASSERT_NE(footer, nullptr) << want;
    EXPECT_EQ(footer->text, want);
    EXPECT_NEAR(footer->runs.front().size_pt, 14, kTol);
    // Em box top 7 mm below the 版心; the fake face has 0.88 em above the baseline.
    EXPECT_NEAR(footer->y, text_bottom + mm_to_pt(7) + 0.88 * 14, kTol);
    if (p % 2 == 0) {  // page 1, 3: odd, right, one character in
      EXPECT_NEAR(footer->right, right - 14, kTol) << want;
    } else {  // even: left, one character in
      EXPECT_NEAR(footer->x, left + 14, kTol) << want;
    }
  }
}

TEST(MarginText, LeftRightAndCenterInsideTheTextBlock) {
  for (MarginTextAlign align :
       {MarginTextAlign::Left, MarginTextAlign::Right, MarginTextAlign::Center}) {
    Document d;
    d.page.footer.pattern = "{page}";  // one digit: 5.25 pt at 10.5 pt
    d.page.footer.align = align;
    d.page.footer.indent_em = 2;
    LaidOutDocument out = lay(d);
    std::vector<TextLine> lines = lines_of(out.pages[0]);
    ASSERT_EQ(lines.size(), 1u);
    const double left = mm_to_pt(25), right = mm_to_pt(185);
    if (align == MarginTextAlign::Left) {
      EXPECT_NEAR(lines[0].x, left + 21, kTol);
    } else if (align == MarginTextAlign::Right) {
      EXPECT_NEAR(lines[0].right, right - 21, kTol);
    } else {
      EXPECT_NEAR((lines[0].x + lines[0].right) / 2, (left + right) / 2, kTol);
    }
  }
}

TEST(MarginText, VietnameseHeaderCentredInTheTopMarginFromPageTwo) {
  Document d;
  d.page.margin_top_mm = 20;
  d.page.margin_left_mm = 30;
  d.page.margin_right_mm = 15;
  d.page.header.pattern = "{page}";
  d.page.header.size_pt = 13;
  d.page.header.font_role = "serif";
  d.page.header.skip_first_page = true;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) d.blocks.push_back(PageBreak{});
    d.blocks.push_back(para("Báo cáo"));
  }
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 3u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 1u);  // the body line only
  for (size_t p = 1; p < 3; ++p) {
    std::vector<TextLine> lines = lines_of(out.pages[p]);
    ASSERT_EQ(lines.size(), 2u);
    const TextLine& header = lines.front();  // above the body
    EXPECT_EQ(header.text, std::to_string(p + 1));
    EXPECT_NEAR(header.y, (mm_to_pt(20) - 13) / 2 + 0.88 * 13, kTol);
    EXPECT_NEAR((header.x + header.right) / 2, (mm_to_pt(30) + mm_to_pt(195)) / 2, kTol);
  }
}

TEST(MarginText, HeaderDistanceIsAboveTheTextBlock) {
  Document d;
  d.page.header.pattern = "文件";
  d.page.header.size_pt = 12;
  d.page.header.distance_mm = 5;
  LaidOutDocument out = lay(d);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  // The em box's bottom (0.12 em below the baseline) is 5 mm above the 版心.
  EXPECT_NEAR(lines[0].y + 0.12 * 12, mm_to_pt(25) - mm_to_pt(5), kTol);
}

TEST(MarginText, EachSectionUsesItsOwnFooter) {
  Document d;
  d.page = gbt9704();
  d.blocks.push_back(para("正文"));
  PageSetup att = landscape(gbt9704());
  att.footer.align = MarginTextAlign::Center;
  att.footer.pattern = "附件 {page}/{pages}";
  d.blocks.push_back(SectionBreak{att, ""});
  d.blocks.push_back(para(han(10)));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  std::vector<TextLine> first = lines_of(out.pages[0]), second = lines_of(out.pages[1]);
  const TextLine* f1 = find_line(first, "— 1 —");
  const TextLine* f2 = find_line(second, "附件 2/2");
  ASSERT_NE(f1, nullptr);
  ASSERT_NE(f2, nullptr);
  // The landscape page's footer is measured from its own bottom edge.
  EXPECT_NEAR(f2->y, mm_to_pt(210 - 35) + mm_to_pt(7) + 0.88 * 14, kTol);
  EXPECT_NEAR((f2->x + f2->right) / 2, (mm_to_pt(28) + mm_to_pt(297 - 26)) / 2, kTol);
}

}  // namespace
}  // namespace formwork
