// The document grid of GB/T 9704-2012 §5.2.2 (22 lines × 28 characters on
// a 156 × 225 mm 版心, body 三号 = 16 pt), asserted on frames: line
// baselines on the grid, character cells, spacing in whole lines.
#include <gtest/gtest.h>

#include <cmath>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::FakeFonts;
using layout_test::han;
using layout_test::items_of;
using layout_test::lines_of;
using layout_test::para;
using layout_test::pens;
using layout_test::TextLine;

constexpr double kTol = 1e-6;

const double kTop = mm_to_pt(37);
const double kLeft = mm_to_pt(28);
const double kWidth = mm_to_pt(156);
const double kLinePitch = mm_to_pt(225) / 22;  // 28.99 pt
const double kCell = kWidth / 28;              // 15.79 pt
// Baseline of a 16 pt line in its grid line: (pitch − 1 em) / 2 + 0.88 em.
const double kBaseline = (kLinePitch - 16) / 2 + 0.88 * 16;

Document gbt9704() {
  Document d;
  d.page.margin_top_mm = 37;
  d.page.margin_bottom_mm = 35;
  d.page.margin_left_mm = 28;
  d.page.margin_right_mm = 26;
  d.page.grid_lines = 22;
  d.page.grid_chars = 28;
  return d;
}

Paragraph body(const std::string& text) {
  Paragraph p = para(text, 16, Align::Justify);
  p.first_line_indent_em = 2;
  return p;
}

LaidOutDocument lay(const Document& d) {
  FakeFonts fonts;
  return layout_document(d, fonts);
}

/// Which grid line (0-based) a baseline sits on, or -1 when it is not on
/// the body baseline of any grid line.
int grid_line_of(double baseline) {
  double k = (baseline - kTop - kBaseline) / kLinePitch;
  return std::abs(k - std::round(k)) < 1e-6 ? static_cast<int>(std::round(k)) : -1;
}

size_t count_code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

TEST(DocumentGrid, AFullPageHoldsTwentyTwoLinesOnTheGrid) {
  Document d = gbt9704();
  d.blocks.push_back(body(han(28 * 30)));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 22u);
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(grid_line_of(lines[i].y), static_cast<int>(i)) << "line " << i;
  }
  // The last line's grid line ends exactly at the 版心 bottom.
  EXPECT_NEAR(kTop + 22 * kLinePitch, mm_to_pt(297 - 35), 1e-9);
}

TEST(DocumentGrid, EachHanCharacterTakesOneCell) {
  Document d = gbt9704();
  d.blocks.push_back(body(han(26 + 28 + 5)));
  std::vector<TextLine> lines = lines_of(lay(d).pages[0]);
  ASSERT_EQ(lines.size(), 3u);
  // First-line indent 2 em = 2 cells, then 26 characters.
  EXPECT_EQ(count_code_points(lines[0].text), 26u);
  EXPECT_NEAR(lines[0].x, kLeft + 2 * kCell, kTol);
  EXPECT_EQ(count_code_points(lines[1].text), 28u);
  EXPECT_NEAR(lines[1].x, kLeft, kTol);
  EXPECT_NEAR(lines[1].right, kLeft + kWidth, kTol);
  // Glyph positions are float (pt): within 1e-4 pt, far below a PDF coordinate's 0.001.
  const std::vector<float> off = pens(lines[1].runs.at(0));
  ASSERT_EQ(off.size(), 28u);
  for (size_t i = 0; i < off.size(); ++i) EXPECT_NEAR(off[i], i * kCell, 1e-4) << i;
  // The last line is not justified: still one cell per character.
  EXPECT_NEAR(pens(lines[2].runs.at(0)).at(4), 4 * kCell, kTol);
}

TEST(DocumentGrid, NoLineHoldsMoreThanTwentyEightHanCharacters) {
  Document d = gbt9704();
  Paragraph p = body(han(27) + "。" + han(40) + "，" + han(60));
  p.first_line_indent_em = 0;
  d.blocks.push_back(p);
  for (const TextLine& l : lines_of(lay(d).pages[0])) {
    EXPECT_LE(count_code_points(l.text), 28u) << l.text;
    EXPECT_LE(l.right, kLeft + kWidth + kTol);
  }
}

TEST(DocumentGrid, LatinAndDigitsKeepTheirNaturalWidth) {
  Document d = gbt9704();
  Paragraph p = para("2016年", 16);
  d.blocks.push_back(p);
  std::vector<TextLine> lines = lines_of(lay(d).pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_NEAR(lines[0].runs[0].width, 4 * 8, kTol);  // four digits at 0.5 em
  EXPECT_NEAR(lines[0].runs[1].x, kLeft + 32, kTol);
  EXPECT_NEAR(lines[0].runs[1].width, kCell, kTol);
}

TEST(DocumentGrid, LargerTextKeepsItsNaturalAdvance) {
  Document d = gbt9704();
  d.blocks.push_back(para(han(3), 22, Align::Left));
  std::vector<TextLine> lines = lines_of(lay(d).pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NEAR(pens(lines[0].runs[0])[1], 22, kTol);
}

TEST(DocumentGrid, TitleLinesTakeWholeGridLines) {
  // 22 pt at 1.25 = 27.5 pt fits one grid line; at 1.5 = 33 pt it takes two.
  for (double spacing : {1.25, 1.5}) {
    Document d = gbt9704();
    Paragraph title = para("标题", 22, Align::Center);
    title.line_spacing = spacing;
    d.blocks.push_back(title);
    d.blocks.push_back(body("正文"));
    std::vector<TextLine> lines = lines_of(lay(d).pages[0]);
    ASSERT_EQ(lines.size(), 2u);
    int title_lines = spacing < 1.4 ? 1 : 2;
    EXPECT_EQ(grid_line_of(lines[1].y), title_lines) << spacing;
    // The title is centred vertically in its grid lines.
    double band = title_lines * kLinePitch;
    EXPECT_NEAR(lines[0].y, kTop + (band - 22) / 2 + 0.88 * 22, kTol);
  }
}

TEST(DocumentGrid, SpacingRoundsToWholeGridLines) {
  Document d = gbt9704();
  Paragraph a = body("甲");
  a.space_after_pt = 10;  // 0.34 line → none
  Paragraph b = body("乙");
  b.space_before_pt = 16;  // 0.55 line → one
  Paragraph c = body("丙");
  c.space_before_pt = 2 * kLinePitch;  // two blank lines
  d.blocks.push_back(a);
  d.blocks.push_back(b);
  d.blocks.push_back(c);
  std::vector<TextLine> lines = lines_of(lay(d).pages[0]);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(grid_line_of(lines[0].y), 0);
  EXPECT_EQ(grid_line_of(lines[1].y), 2);
  EXPECT_EQ(grid_line_of(lines[2].y), 5);
}

TEST(DocumentGrid, TextAfterATableResumesOnTheGrid) {
  Document d = gbt9704();
  Table t;
  t.column_widths = {1, 1};
  Row r;
  Cell c;
  c.paragraphs.push_back(para("表", 12));
  r.cells = {c, c};
  t.rows.push_back(r);
  d.blocks.push_back(t);
  d.blocks.push_back(body("正文"));
  LaidOutDocument out = lay(d);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  // The table (one 15 pt line + 2 × 1.5 mm padding) is off the grid...
  EXPECT_EQ(grid_line_of(lines[0].y), -1);
  // ...and the body continues on the next grid line.
  EXPECT_EQ(grid_line_of(lines[1].y), 1);
}

TEST(DocumentGrid, RuleKeepsItsExactPlaceAndTheFlowStaysOnTheGrid) {
  Document d = gbt9704();
  d.blocks.push_back(body("发文字号"));
  Paragraph rule;
  rule.rule = HorizontalRule{1.0, 0xFF0000, 0};
  rule.space_before_pt = 5;
  d.blocks.push_back(rule);
  d.blocks.push_back(body("标题"));
  LaidOutDocument out = lay(d);
  std::vector<Rule> rules = items_of<Rule>(out.pages[0]);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].y1, kTop + kLinePitch + 5 + 0.5, kTol);
  EXPECT_NEAR(rules[0].x1, kLeft, kTol);
  EXPECT_NEAR(rules[0].x2, kLeft + kWidth, kTol);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(grid_line_of(lines[1].y), 1);  // 6 pt round to no grid line
}

TEST(DocumentGrid, OffWithoutGridCounts) {
  Document d = gbt9704();
  d.page.grid_lines = 0;
  d.page.grid_chars = 0;
  d.blocks.push_back(body(han(10)));
  std::vector<TextLine> lines = lines_of(lay(d).pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NEAR(lines[0].y, kTop + 2 + 0.88 * 16, kTol);  // natural 20 pt pitch
  EXPECT_NEAR(lines[0].x, kLeft + 32, kTol);            // 2 em of 16 pt
}

}  // namespace
}  // namespace formwork
