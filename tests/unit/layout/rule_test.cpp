// Rule paragraphs (Paragraph::rule): the GB/T 9704 red separator, the
// short rules under the Vietnamese agency name and Tiêu ngữ, rules in cells.
#include <gtest/gtest.h>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::doc_with_box;
using layout_test::FakeFonts;
using layout_test::items_of;
using layout_test::lines_of;
using layout_test::margin_pt;
using layout_test::para;
using layout_test::TextLine;

constexpr double kTol = 1e-6;

Paragraph rule_para(double thickness, unsigned color, double length_mm = 0,
                    Align align = Align::Left) {
  Paragraph p;
  p.rule = HorizontalRule{thickness, color, length_mm};
  p.align = align;
  return p;
}

LaidOutDocument lay(const Document& d) {
  FakeFonts fonts;
  return layout_document(d, fonts);
}

TEST(RuleParagraph, FullWidthBetweenTheIndents) {
  Document d = doc_with_box(120);
  d.blocks.push_back(para("文号"));
  Paragraph r = rule_para(2, 0xFF0000);
  r.space_before_pt = 4;
  r.space_after_pt = 6;
  d.blocks.push_back(r);
  d.blocks.push_back(para("标题"));
  LaidOutDocument out = lay(d);
  std::vector<Rule> rules = items_of<Rule>(out.pages[0]);
  ASSERT_EQ(rules.size(), 1u);
  // 15 pt line, 4 pt before, the 2 pt rule's centre line.
  EXPECT_NEAR(rules[0].y1, margin_pt() + 15 + 4 + 1, kTol);
  EXPECT_EQ(rules[0].y1, rules[0].y2);
  EXPECT_NEAR(rules[0].x1, margin_pt(), kTol);
  EXPECT_NEAR(rules[0].x2, margin_pt() + 120, kTol);
  EXPECT_NEAR(rules[0].width, 2, kTol);
  EXPECT_EQ(rules[0].color, 0xFF0000u);
  EXPECT_TRUE(rules[0].butt_caps);  // exactly as wide as the text block
  // The next paragraph starts below the rule and its space after.
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR(lines[1].y, margin_pt() + 15 + 4 + 2 + 6 + 1.5 + 10.56, kTol);
}

TEST(RuleParagraph, IndentsNarrowTheRule) {
  Document d = doc_with_box(120);
  Paragraph r = rule_para(0.5, 0);
  r.left_indent_em = 1;  // 12 pt: a paragraph without runs has 12 pt em
  r.right_indent_em = 2;
  d.blocks.push_back(r);
  std::vector<Rule> rules = items_of<Rule>(lay(d).pages[0]);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR(rules[0].x1, margin_pt() + 12, kTol);
  EXPECT_NEAR(rules[0].x2, margin_pt() + 120 - 24, kTol);
}

TEST(RuleParagraph, FixedLengthPlacedByAlignment) {
  const double len = mm_to_pt(20);
  for (Align align : {Align::Left, Align::Center, Align::Right}) {
    Document d = doc_with_box(120);
    d.blocks.push_back(rule_para(0.5, 0, 20, align));
    std::vector<Rule> rules = items_of<Rule>(lay(d).pages[0]);
    ASSERT_EQ(rules.size(), 1u);
    EXPECT_NEAR(rules[0].x2 - rules[0].x1, len, kTol);
    double want = align == Align::Left     ? margin_pt()
                  : align == Align::Center ? margin_pt() + (120 - len) / 2
                                           : margin_pt() + 120 - len;
    EXPECT_NEAR(rules[0].x1, want, kTol);
  }
}

TEST(RuleParagraph, InsideATableCell) {
  // The Vietnamese header: agency name over a short centred rule in a
  // borderless cell.
  Document d = doc_with_box(200);
  Table t;
  t.column_widths = {1, 1};
  t.borders = false;
  t.cell_padding_mm = 0;
  Row row;
  Cell left;
  left.paragraphs.push_back(para("UBND", 12, Align::Center));
  left.paragraphs.push_back(rule_para(0.5, 0, 10, Align::Center));
  Cell right;
  right.paragraphs.push_back(para("CỘNG HÒA", 12, Align::Center));
  row.cells = {left, right};
  t.rows.push_back(row);
  d.blocks.push_back(t);
  LaidOutDocument out = lay(d);
  std::vector<Rule> rules = items_of<Rule>(out.pages[0]);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_NEAR((rules[0].x1 + rules[0].x2) / 2, margin_pt() + 50, kTol);  // centred in the cell
  EXPECT_NEAR(rules[0].x2 - rules[0].x1, mm_to_pt(10), kTol);
  // Below the 15 pt text line of the cell, through the rule's middle.
  EXPECT_NEAR(rules[0].y1, margin_pt() + 15 + 0.25, kTol);
}

TEST(RuleParagraph, ThicknessCountsTowardsThePage) {
  // 40 lines of 15 pt fill 600 pt; a rule after them moves to page 2.
  Document d = doc_with_box(120);
  d.blocks.push_back(para(layout_test::han(400)));
  d.blocks.push_back(rule_para(1, 0));
  LaidOutDocument out = lay(d);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_TRUE(items_of<Rule>(out.pages[0]).empty());
  ASSERT_EQ(items_of<Rule>(out.pages[1]).size(), 1u);
  EXPECT_NEAR(items_of<Rule>(out.pages[1])[0].y1, margin_pt() + 0.5, kTol);
}

}  // namespace
}  // namespace formwork
