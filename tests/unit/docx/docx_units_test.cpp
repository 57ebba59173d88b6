// Unit conversions, grid column widths and the font-role table.
#include "docx/docx_units.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

#include "docx/font_names.h"
#include "docx/section_xml.h"
#include "docx/table_xml.h"

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
  EXPECT_GT(g.footer, 0);
  EXPECT_LT(g.footer, g.bottom);
}

TEST(DocxGrid, ColumnsSumExactlyToTextWidth) {
  std::vector<long> cols = grid_column_twips({1, 2, 1, 1}, 14003);
  ASSERT_EQ(cols.size(), 4u);
  EXPECT_EQ(std::accumulate(cols.begin(), cols.end(), 0L), 14003);
  EXPECT_NEAR(cols[0], 2800.6, 1);
  EXPECT_NEAR(cols[1], 5601.2, 1);
  cols = grid_column_twips({1, 1, 1}, 1000);
  EXPECT_EQ(std::accumulate(cols.begin(), cols.end(), 0L), 1000);
}

TEST(DocxGrid, NonPositiveWeightsFallBackToEqualColumns) {
  EXPECT_EQ(grid_column_twips({0, 0}, 1000), (std::vector<long>{500, 500}));
  EXPECT_EQ(grid_column_twips({-1, 3}, 1000), (std::vector<long>{0, 1000}));
}

TEST(DocxFonts, RolesMapToChineseAndLatinFaces) {
  EXPECT_STREQ(docx_font_names("song").east_asia, "宋体");
  EXPECT_STREQ(docx_font_names("song").latin, "Times New Roman");
  EXPECT_STREQ(docx_font_names("fangsong").east_asia, "仿宋");
  EXPECT_STREQ(docx_font_names("kai").east_asia, "楷体");
  EXPECT_STREQ(docx_font_names("hei").east_asia, "黑体");
  EXPECT_STREQ(docx_font_names("xbs").east_asia, "方正小标宋简体");
  EXPECT_STREQ(docx_font_names("serif").latin, "Times New Roman");
  EXPECT_STREQ(docx_font_names("sans").latin, "Arial");
  EXPECT_STREQ(docx_font_names("no-such-role").east_asia, "宋体");
}

TEST(DocxFonts, FontTableListsEveryMappedFace) {
  for (const char* role : {"song", "fangsong", "kai", "hei", "xbs", "serif", "sans"}) {
    DocxFontNames names = docx_font_names(role);
    for (const char* face : {names.east_asia, names.latin}) {
      bool listed = false;
      for (const DocxFontInfo& info : docx_font_list()) listed |= std::string(info.name) == face;
      EXPECT_TRUE(listed) << face;
    }
  }
}

}  // namespace
}  // namespace formwork
