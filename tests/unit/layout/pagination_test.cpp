// Page breaks, footers, keep_with_next and widow/orphan control.
#include <gtest/gtest.h>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::doc_with_box;
using layout_test::FakeFonts;
using layout_test::han;
using layout_test::lines_of;
using layout_test::margin_pt;
using layout_test::para;
using layout_test::TextLine;

constexpr double kTol = 1e-6;
constexpr double kFirstBaseline = 1.5 + 10.56;  // 12 pt text, 15 pt pitch

// A 120 × 600 pt box holds 40 lines of 10 Han characters.
LaidOutDocument lay(Document d) {
  FakeFonts fonts;
  return layout_document(d, fonts);
}

TEST(Pagination, EmptyDocumentIsOneBlankPage) {
  LaidOutDocument out = lay(doc_with_box(120));
  ASSERT_EQ(out.pages.size(), 1u);
  EXPECT_TRUE(out.pages[0].items.empty());
  EXPECT_NEAR(out.pages[0].width_pt, 120 + 2 * margin_pt(), kTol);
  EXPECT_NEAR(out.pages[0].height_pt, 600 + 2 * margin_pt(), kTol);
}

TEST(Pagination, A4PageSize) {
  Document d;
  LaidOutDocument out = lay(d);
  EXPECT_NEAR(out.pages[0].width_pt, 595.2756, 1e-3);
  EXPECT_NEAR(out.pages[0].height_pt, 841.8898, 1e-3);
}

TEST(Pagination, PageBreakStartsANewPage) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para("甲"));
  d.blocks.push_back(PageBreak{});
  Paragraph b = para("乙");
  b.space_before_pt = 10;  // kept after an explicit break
  d.blocks.push_back(b);
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  std::vector<TextLine> second = lines_of(out.pages[1]);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].text, "乙");
  EXPECT_NEAR(second[0].y, margin_pt() + 10 + kFirstBaseline, kTol);
}

TEST(Pagination, ParagraphFlowsOntoTheNextPage) {
  Document d = doc_with_box(120);
  Paragraph p = para(han(450));  // 45 lines
  d.blocks.push_back(p);
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 40u);
  std::vector<TextLine> second = lines_of(out.pages[1]);
  ASSERT_EQ(second.size(), 5u);
  EXPECT_NEAR(second[0].y, margin_pt() + kFirstBaseline, kTol);
}

TEST(Pagination, SpaceBeforeIsDroppedAtTheTopOfAnOverflowPage) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(400)));  // exactly 40 lines: page 1 is full
  Paragraph b = para("乙");
  b.space_before_pt = 10;
  d.blocks.push_back(b);
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  std::vector<TextLine> second = lines_of(out.pages[1]);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_NEAR(second[0].y, margin_pt() + kFirstBaseline, kTol);
}

TEST(Pagination, FooterWithPageNumbers) {
  Document d = doc_with_box(120);
  d.page.footer.pattern = "第 {page} 页 共 {pages} 页";
  for (int i = 0; i < 3; ++i) {
    if (i > 0) d.blocks.push_back(PageBreak{});
    d.blocks.push_back(para("正文"));
  }
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 3u);
  for (size_t p = 0; p < 3; ++p) {
    std::vector<TextLine> lines = lines_of(out.pages[p]);
    ASSERT_EQ(lines.size(), 2u);
    const TextLine& footer = lines.back();
    EXPECT_EQ(footer.text, "第 " + std::to_string(p + 1) + " 页 共 3 页");
    // The 10.5 pt em box is centred in the bottom margin; the fake face puts
    // 0.88 of it above the baseline.
    EXPECT_NEAR(footer.y, out.pages[p].height_pt - margin_pt() / 2 - 5.25 + 0.88 * 10.5, kTol);
    // 4 Han × 10.5 + 7 narrow × 5.25 = 78.75 pt, centred in the 120 pt measure.
    EXPECT_NEAR(footer.x, margin_pt() + (120 - 78.75) / 2, kTol);
    EXPECT_NEAR(footer.runs[0].size_pt, 10.5, kTol);
  }
}

TEST(Pagination, NoFooterWhenEmpty) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para("正文"));
  EXPECT_EQ(lines_of(lay(d).pages[0]).size(), 1u);
}

TEST(Pagination, KeepWithNextMovesAHeading) {
  for (bool keep : {false, true}) {
    Document d = doc_with_box(120);
    d.blocks.push_back(para(han(390)));  // 39 lines: one line left
    Paragraph heading = para("标题");
    heading.keep_with_next = keep;
    d.blocks.push_back(heading);
    d.blocks.push_back(para(han(20)));
    LaidOutDocument out = lay(d);
    ASSERT_EQ(out.pages.size(), 2u);
    std::vector<TextLine> second = lines_of(out.pages[1]);
    ASSERT_FALSE(second.empty());
    if (keep) {
      EXPECT_EQ(second[0].text, "标题");
      EXPECT_NEAR(second[0].y, margin_pt() + kFirstBaseline, kTol);
      EXPECT_EQ(lines_of(out.pages[0]).size(), 39u);
    } else {
      EXPECT_EQ(lines_of(out.pages[0]).back().text, "标题");
    }
  }
}

TEST(Pagination, KeepWithNextChainMovesTogether) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(380)));  // 38 lines: two lines left
  Paragraph h1 = para("一级");
  h1.keep_with_next = true;
  Paragraph h2 = para("二级");
  h2.keep_with_next = true;
  d.blocks.push_back(h1);
  d.blocks.push_back(h2);
  d.blocks.push_back(para(han(5)));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  std::vector<TextLine> second = lines_of(out.pages[1]);
  ASSERT_EQ(second.size(), 3u);
  EXPECT_EQ(second[0].text, "一级");
  EXPECT_EQ(second[1].text, "二级");
}

TEST(Pagination, KeepWithNextBeforeATable) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(390)));
  Paragraph caption = para("表名");
  caption.keep_with_next = true;
  d.blocks.push_back(caption);
  Table t;
  t.column_widths = {1};
  Row r;
  Cell c;
  c.paragraphs.push_back(para("格"));
  r.cells.push_back(c);
  t.rows.push_back(r);
  d.blocks.push_back(t);
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[1]).at(0).text, "表名");
}

TEST(Pagination, WidowControlLeavesTwoLinesOnTheNextPage) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(360)));  // 36 lines: four left
  d.blocks.push_back(para(han(45)));   // five lines
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 36u + 3u);
  EXPECT_EQ(lines_of(out.pages[1]).size(), 2u);
}

TEST(Pagination, OrphanControlMovesTheWholeParagraph) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(390)));  // one line left
  d.blocks.push_back(para(han(45)));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 39u);
  EXPECT_EQ(lines_of(out.pages[1]).size(), 5u);
}

TEST(Pagination, ShortParagraphIsNotSplit) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(380)));  // two lines left
  d.blocks.push_back(para(han(30)));   // three lines
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 38u);
  EXPECT_EQ(lines_of(out.pages[1]).size(), 3u);
}

TEST(Pagination, WithoutWidowControlAPageTakesWhatFits) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(390)));  // one line left
  Paragraph p = para(han(45));
  p.widow_control = false;
  d.blocks.push_back(p);
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 40u);
  EXPECT_EQ(lines_of(out.pages[1]).size(), 4u);
}

TEST(Pagination, ThreeLineParagraphNeverLeavesALoneLine) {
  for (int left : {1, 2}) {
    Document d = doc_with_box(120);
    d.blocks.push_back(para(han(10 * (40 - left))));
    d.blocks.push_back(para(han(30)));  // three lines: no split leaves two and two
    LaidOutDocument out = lay(d);
    ASSERT_EQ(out.pages.size(), 2u);
    EXPECT_EQ(lines_of(out.pages[0]).size(), static_cast<size_t>(40 - left)) << left;
    EXPECT_EQ(lines_of(out.pages[1]).size(), 3u) << left;
  }
}

TEST(Pagination, AHeadingNeverEndsAPage) {
  // keep_with_next, which templates give headings and titles by default
  // (role_defaults), moves the heading to the next page with its text.
  // Layout reads only the model's decision: a heading whose model says
  // otherwise (a Word template's heading style without keepNext) may end a
  // page, as Word lets it.
  for (bool keep : {true, false}) {
    Document d = doc_with_box(120);
    d.blocks.push_back(para(han(390)));  // one line left
    Paragraph heading = para("一、总体要求");
    heading.role = ParagraphRole::Heading;
    heading.heading_level = 1;
    heading.keep_with_next = keep;
    d.blocks.push_back(heading);
    d.blocks.push_back(para(han(20)));
    LaidOutDocument out = lay(d);
    ASSERT_EQ(out.pages.size(), 2u);
    EXPECT_EQ(lines_of(out.pages[0]).size(), keep ? 39u : 40u) << keep;
    EXPECT_EQ(lines_of(out.pages[1]).at(0).text == "一、总体要求", keep) << keep;
  }
}

TEST(Pagination, HeadingMovesWhenTheNextParagraphCannotStartBelowIt) {
  // Two lines left: the heading fits with one body line, but widow control
  // moves the three-line paragraph whole, which would strand the heading.
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(380)));
  Paragraph heading = para("（一）工作目标");
  heading.keep_with_next = true;
  d.blocks.push_back(heading);
  d.blocks.push_back(para(han(30)));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 38u);
  std::vector<TextLine> second = lines_of(out.pages[1]);
  ASSERT_EQ(second.size(), 4u);
  EXPECT_EQ(second[0].text, "（一）工作目标");
}

TEST(Pagination, HeadingStaysWhenTwoLinesOfALongParagraphFollow) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para(han(370)));  // three lines left
  Paragraph heading = para("（一）工作目标");
  heading.keep_with_next = true;
  d.blocks.push_back(heading);
  d.blocks.push_back(para(han(60)));  // six lines: two may end page 1
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_EQ(lines_of(out.pages[0]).size(), 40u);
  EXPECT_EQ(lines_of(out.pages[0])[37].text, "（一）工作目标");
  EXPECT_EQ(lines_of(out.pages[1]).size(), 4u);
}

TEST(Pagination, SameInputSameFrames) {
  Document d = doc_with_box(120);
  d.page.footer.pattern = "{page}/{pages}";
  d.blocks.push_back(para(han(700) + "abc def 123"));
  LaidOutDocument a = lay(d);
  LaidOutDocument b = lay(d);
  ASSERT_EQ(a.pages.size(), b.pages.size());
  for (size_t p = 0; p < a.pages.size(); ++p) {
    std::vector<TextLine> la = lines_of(a.pages[p]), lb = lines_of(b.pages[p]);
    ASSERT_EQ(la.size(), lb.size());
    for (size_t i = 0; i < la.size(); ++i) {
      EXPECT_EQ(la[i].text, lb[i].text);
      EXPECT_EQ(la[i].y, lb[i].y);
    }
  }
}

}  // namespace
}  // namespace formwork
