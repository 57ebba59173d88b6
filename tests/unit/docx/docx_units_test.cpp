// Unit conversions, page geometry, the document grid, grid column widths,
// rule placement, line heights and the font-role table.
#include "docx/docx_units.h"

#include <gtest/gtest.h>

#include <map>
#include <numeric>
#include <stdexcept>
#include <string>

#include "docx/font_names.h"
#include "docx/paragraph_xml.h"
#include "docx/rule_xml.h"
#include "docx/section_xml.h"
#include "docx/table_xml.h"
#include "docx_official_fixtures.h"
#include "model/column_widths.h"

namespace formwork {
namespace {

TEST(DocxUnits, A4InTwipsMatchesWord) {
  EXPECT_EQ(docx_units::mm_to_twips(210), 11906);
  EXPECT_EQ(docx_units::mm_to_twips(297), 16838);
  EXPECT_EQ(docx_units::mm_to_twips(25.4), 1440);
  EXPECT_EQ(docx_units::pt_to_twips(12), 240);
  EXPECT_EQ(docx_units::pt_to_half_points(16), 32);
  EXPECT_EQ(docx_units::pt_to_half_points(10.5), 21);
  EXPECT_EQ(docx_units::pt_to_half_points(0), 1);
}

TEST(DocxUnits, PageGeometryOfDefaultPage) {
  PageGeometry g = page_geometry(PageSetup{});
  EXPECT_EQ(g.width, 11906);
  EXPECT_EQ(g.height, 16838);
  EXPECT_EQ(g.left, 1417);  // 25 mm
  EXPECT_EQ(g.text_width(), 11906 - 2 * 1417);
  EXPECT_EQ(g.text_height(), 16838 - 2 * 1417);
  EXPECT_GT(g.footer, 0);
  EXPECT_LT(g.footer, g.bottom);
}

TEST(DocxUnits, Gbt9704FooterSitsSevenMillimetresBelowTheTextBlock) {
  PageGeometry g = page_geometry(docx_test::gbt9704_page());
  EXPECT_EQ(g.bottom, 1984);  // 35 mm
  // The 14 pt line box's top edge 7 mm (397 twips) below the 版心:
  // 1984 − 397 − 280 from the page bottom to the line box's bottom.
  EXPECT_EQ(g.footer, 1307);
  EXPECT_EQ(g.bottom - g.footer - 280, docx_units::mm_to_twips(7));
}

TEST(DocxUnits, NegativeDistanceCentresTheLineInTheMargin) {
  PageSetup page;
  page.margin_top_mm = 20;  // 1134 twips
  page.header.pattern = "{page}";
  page.header.size_pt = 13;  // 260 twips
  PageGeometry g = page_geometry(page);
  EXPECT_EQ(g.header, (1134 - 260) / 2);
  EXPECT_EQ(g.footer, 1417 / 2 - 180);  // no footer: the old centred default
}

TEST(DocxGridTest, Gbt9704GridIs579TwipLinesAndCharSpaceMinus842) {
  SectionGrid grid = doc_grid(docx_test::gbt9704_page(), 16);
  ASSERT_NE(grid.type, nullptr);
  EXPECT_STREQ(grid.type, "linesAndChars");
  EXPECT_EQ(grid.line_pitch, 579);  // 12756 twips / 22, rounded down
  EXPECT_LE(grid.line_pitch * 22, 12756);
  // 版心 11906 − 1587 − 1474 = 8845 twips; (8845 / 20 / 28 − 16) × 4096 =
  // −841.1, rounded down.
  EXPECT_EQ(grid.char_space, -842);
  EXPECT_EQ(grid.run_spacing, -6);  // (15.795 − 16) × 20 = −4.1 → −5, one twip tighter
  // 28 characters of the Normal size plus the delta fit on the 版心 width.
  double pitch = 16 + grid.char_space / 4096.0;
  EXPECT_LE(pitch * 28 * 20, 8845);
  EXPECT_GT(pitch * 29 * 20, 8845);
}

TEST(DocxGridTest, CharSpaceDependsOnTheNormalSize) {
  EXPECT_GT(doc_grid(docx_test::gbt9704_page(), 12).char_space, 15000);  // 15.79 − 12 pt
  EXPECT_EQ(doc_grid(docx_test::gbt9704_page(), 12).run_spacing, 74);
  PageSetup lines_only = docx_test::gbt9704_page();
  lines_only.grid_chars = 0;
  SectionGrid grid = doc_grid(lines_only, 16);
  EXPECT_STREQ(grid.type, "lines");
  EXPECT_EQ(grid.char_space, 0);
  EXPECT_EQ(grid.run_spacing, 0);
  EXPECT_EQ(doc_grid(PageSetup{}, 16).type, nullptr);
}

TEST(DocxGrid, ColumnsSumExactlyToTextWidth) {
  std::vector<long> cols = grid_column_twips({1, 2, 1, 1}, {}, 14003);
  ASSERT_EQ(cols.size(), 4u);
  EXPECT_EQ(std::accumulate(cols.begin(), cols.end(), 0L), 14003);
  EXPECT_NEAR(cols[0], 2800.6, 1);
  EXPECT_NEAR(cols[1], 5601.2, 1);
  cols = grid_column_twips({1, 1, 1}, {}, 1000);
  EXPECT_EQ(std::accumulate(cols.begin(), cols.end(), 0L), 1000);
}

TEST(DocxGrid, NonPositiveWeightsFallBackToEqualColumns) {
  EXPECT_EQ(grid_column_twips({0, 0}, {}, 1000), (std::vector<long>{500, 500}));
  EXPECT_EQ(grid_column_twips({-1, 3}, {}, 1000), (std::vector<long>{0, 1000}));
}

TEST(DocxGrid, FixedMillimetreColumnsKeepTheirWidth) {
  // 20 mm = 1134 twips fixed; the other two share 5000 − 1134 as 1 : 3.
  std::vector<long> cols = grid_column_twips({9, 1, 3}, {20, 0, -1}, 5000);
  ASSERT_EQ(cols.size(), 3u);
  EXPECT_EQ(cols[0], 1134);
  EXPECT_NEAR(cols[1], 966.5, 0.5);  // 3866 / 4, cumulative rounding
  EXPECT_EQ(cols[0] + cols[1] + cols[2], 5000);
  // All fixed: the table is as wide as they are, whatever the text width.
  EXPECT_EQ(grid_column_twips({1, 1}, {10, 30}, 100000), (std::vector<long>{567, 1701}));
  // A widths_mm of the wrong length is ignored.
  EXPECT_EQ(grid_column_twips({1, 1}, {10}, 1000), (std::vector<long>{500, 500}));
}

TEST(DocxGrid, AutoColumnsFollowTheirContentAsInEveryWriter) {
  // widths="auto,auto": a column of phone numbers keeps them whole, the
  // column of long names gets the rest: the w:tblGrid is column_fractions.
  Table t;
  t.column_widths = {1, 1};
  t.column_auto = {true, true};
  t.cell_padding_mm = 0;
  for (int i = 0; i < 5; ++i) {
    Row r;
    Cell name, phone;
    name.paragraphs.push_back(Paragraph{});
    name.paragraphs[0].runs.push_back(
        formwork::Run{"山东省人力资源和社会保障厅留学人员服务中心", TextStyle{}});
    phone.paragraphs.push_back(Paragraph{});
    phone.paragraphs[0].runs.push_back(formwork::Run{"0531-88597980", TextStyle{}});
    r.cells = {name, phone};
    t.rows.push_back(r);
  }
  const std::vector<long> cols = grid_column_twips(t, 6000);
  ASSERT_EQ(cols.size(), 2u);
  EXPECT_EQ(cols[0] + cols[1], 6000);
  EXPECT_GE(cols[1], 1560);  // 13 columns at 12 pt = 6.5 em = 1560 twips
  EXPECT_GT(cols[0], cols[1]);
  const std::vector<double> f = column_fractions(t, 6000 * 25.4 / 1440);
  EXPECT_NEAR(cols[0], f[0] * 6000, 1);
}

TEST(DocxRule, IndentsPlaceAShortRule) {
  HorizontalRule rule{0.5, 0, 20};  // 20 mm = 1134 twips
  RuleIndents c = rule_indents(rule, Align::Center, 5000, 0, 0);
  EXPECT_EQ(c.left, 1933);
  EXPECT_EQ(c.right, 1933);
  EXPECT_EQ(5000 - c.left - c.right, 1134);
  RuleIndents r = rule_indents(rule, Align::Right, 5000, 100, 0);
  EXPECT_EQ(r.left, 100 + 5000 - 100 - 1134);
  EXPECT_EQ(r.right, 0);
  RuleIndents l = rule_indents(rule, Align::Left, 5000, 0, 0);
  EXPECT_EQ(l.left, 0);
  EXPECT_EQ(l.right, 5000 - 1134);
  HorizontalRule full{1, 0xFF0000, 0};
  RuleIndents f = rule_indents(full, Align::Center, 5000, 0, 0);
  EXPECT_EQ(f.left + f.right, 0);
  HorizontalRule too_long{1, 0, 500};
  EXPECT_EQ(rule_indents(too_long, Align::Center, 5000, 0, 0).left, 0);
}

TEST(DocxRule, BorderWidthIsInEighthsOfAPointWithinWordsRange) {
  EXPECT_EQ(border_eighths(1), 8);
  EXPECT_EQ(border_eighths(0.25), 2);
  EXPECT_EQ(border_eighths(0.1), 2);
  EXPECT_EQ(border_eighths(20), 96);
}

TEST(DocxLines, LineHeightIsSpacingTimesLargestSizeOrWholeGridLines) {
  Paragraph p;
  p.runs.push_back({"a", {"song", 12}});
  p.runs.push_back({"b", {"song", 16}});
  p.line_spacing = 1.25;
  EXPECT_EQ(line_height_twips(p, 0), 400);  // 1.25 × 16 pt
  EXPECT_EQ(line_height_twips(p, 579), 579);
  EXPECT_EQ(line_height_twips(p, 400), 400);  // exactly one pitch stays one
  p.line_spacing = 2;
  EXPECT_EQ(line_height_twips(p, 579), 2 * 579);  // 640 twips need two lines
  Paragraph empty;
  EXPECT_EQ(line_height_twips(empty, 0), 300);  // default 12 pt × 1.25
}

TEST(DocxLines, TallRowEstimateGrowsWithText) {
  Cell cell;
  Paragraph p;
  p.line_spacing = 1;
  p.runs.push_back({std::string(30, 'a'), {"song", 10}});  // 15 em = 3000 twips
  cell.paragraphs = {p};
  EXPECT_EQ(estimate_cell_height(cell, 3000), 200);
  EXPECT_EQ(estimate_cell_height(cell, 1000), 600);
  cell.paragraphs[0].runs[0].text = "一二三\n四";  // 3 em, then a forced line
  EXPECT_EQ(estimate_cell_height(cell, 3000), 400);
}

TEST(DocxFonts, RolesMapToChineseAndLatinFaces) {
  EXPECT_EQ(docx_font_names("song").east_asia, "宋体");
  EXPECT_EQ(docx_font_names("song").latin, "Times New Roman");
  EXPECT_EQ(docx_font_names("fangsong").east_asia, "仿宋");
  EXPECT_EQ(docx_font_names("kai").east_asia, "楷体");
  EXPECT_EQ(docx_font_names("hei").east_asia, "黑体");
  EXPECT_EQ(docx_font_names("hei").latin, "Arial");  // hei's partner is sans, as in the PDF
  EXPECT_EQ(docx_font_names("xbs").east_asia, "方正小标宋简体");
  EXPECT_EQ(docx_font_names("serif").latin, "Times New Roman");
  EXPECT_EQ(docx_font_names("sans").latin, "Arial");
  EXPECT_EQ(docx_font_names("no-such-role").east_asia, "宋体");
}

TEST(DocxFonts, FontTableListsEveryMappedFace) {
  DocxFonts fonts;
  for (const char* role : {"song", "fangsong", "kai", "hei", "xbs", "serif", "sans"}) {
    DocxFontNames names = fonts.names(role);
    for (const std::string& face : {names.east_asia, names.latin}) {
      bool listed = false;
      for (const DocxFontInfo& info : fonts.font_list()) listed |= info.name == face;
      EXPECT_TRUE(listed) << face;
    }
  }
}

TEST(DocxFonts, OverridesReplaceTheFaceOfTheirScript) {
  DocxFonts fonts({{"fangsong", "仿宋_GB2312"}, {"serif", "Liberation Serif"}});
  EXPECT_EQ(fonts.names("fangsong").east_asia, "仿宋_GB2312");
  EXPECT_EQ(fonts.names("serif").latin, "Liberation Serif");
  EXPECT_EQ(fonts.names("serif").east_asia, "宋体");
  EXPECT_EQ(fonts.names("song").east_asia, "宋体");
  // Latin text in the CJK roles takes the serif face, as in the PDF.
  EXPECT_EQ(fonts.names("fangsong").latin, "Liberation Serif");
  EXPECT_EQ(fonts.names("song").latin, "Liberation Serif");
  EXPECT_EQ(fonts.names("hei").latin, "Arial");
  std::vector<DocxFontInfo> list = fonts.font_list();
  ASSERT_GE(list.size(), 2u);
  EXPECT_EQ(list[list.size() - 2].name, "仿宋_GB2312");
  EXPECT_EQ(list[list.size() - 2].charset, "86");
  EXPECT_EQ(list.back().name, "Liberation Serif");
  std::map<std::string, std::string> unknown{{"fancy", "X"}};
  EXPECT_THROW(DocxFonts{unknown}, std::invalid_argument);
}

}  // namespace
}  // namespace formwork
