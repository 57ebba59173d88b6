#include <gtest/gtest.h>

#include "xlsx/sheet_columns.h"
#include "xlsx/sheet_name.h"
#include "xlsx/text_height.h"

namespace formwork {
namespace {

TEST(SanitizeSheetName, RemovesForbiddenCharactersAndLimitsLength) {
  EXPECT_EQ(sanitize_sheet_name("经费决算表"), "经费决算表");
  EXPECT_EQ(sanitize_sheet_name("a[b]:c*d?e/f\\g"), "a_b__c_d_e_f_g");
  EXPECT_EQ(sanitize_sheet_name(""), "Sheet1");
  EXPECT_EQ(sanitize_sheet_name("'quoted'"), "quoted");
  EXPECT_EQ(sanitize_sheet_name("history"), "History_");
  std::string han;
  for (int i = 0; i < 40; ++i) han += "表";
  const std::string cut = sanitize_sheet_name(han);
  EXPECT_EQ(cut.size(), 31u * 3);  // 31 characters, none split
}

Table table(std::vector<double> w) {
  Table t;
  t.column_widths = std::move(w);
  return t;
}

TEST(PlanColumns, OneTableGivesItsColumnsScaledToTheTextWidth) {
  Document d;
  d.blocks.push_back(table({2, 1, 1}));
  const SheetColumns sc = plan_columns(d, 605);
  ASSERT_EQ(sc.widths.size(), 3u);
  EXPECT_NEAR(sc.px[0], 302.5, 1e-9);
  EXPECT_NEAR(sc.widths[0], (302.5 - 5) / 7, 1e-9);
  EXPECT_EQ(sc.starts.at(0), (std::vector<int>{0, 1, 2, 3}));
}

TEST(PlanColumns, TablesOfDifferentWidthsShareBoundaries) {
  Document d;
  d.blocks.push_back(table({1, 1, 1, 1}));  // 0.25 0.5 0.75
  d.blocks.push_back(Paragraph{});
  d.blocks.push_back(table({1, 1}));         // 0.5 (shared)
  d.blocks.push_back(table({1, 2}));         // 0.3333
  d.blocks.push_back(table({1, 1, 2.001}));  // 0.25 (merged, within 0.4 %) and 0.5
  const SheetColumns sc = plan_columns(d, 700);
  ASSERT_EQ(sc.widths.size(), 5u);  // 0.25 0.333 0.5 0.75
  EXPECT_EQ(sc.starts[0], (std::vector<int>{0, 1, 3, 4, 5}));
  EXPECT_EQ(sc.starts[1], (std::vector<int>{0, 3, 5}));
  EXPECT_EQ(sc.starts[2], (std::vector<int>{0, 2, 5}));
  EXPECT_EQ(sc.starts[3], (std::vector<int>{0, 1, 3, 5}));
  double total = 0;
  for (double px : sc.px) total += px;
  EXPECT_NEAR(total, 700, 1e-9);
}

TEST(PlanColumns, NoTablesOneColumn) {
  Document d;
  d.blocks.push_back(Paragraph{});
  const SheetColumns sc = plan_columns(d, planned_width_px(PageSetup{}));
  ASSERT_EQ(sc.widths.size(), 1u);
  // A4 portrait, 25 mm margins: 160 mm = 604.7 px, less 1 % slack 598.7 px
  // ≈ 84.8 character units.
  EXPECT_NEAR(sc.widths[0], 84.81, 0.05);
}

TEST(ColumnFractions, FixedMillimetresAndSharedRest) {
  Table t = table({1, 1, 2});
  EXPECT_EQ(column_fractions(t, 160), (std::vector<double>{0.25, 0.25, 0.5}));
  t.column_widths_mm = {40, 0, 0};  // 40 of 160 mm fixed, 120 mm shared 1:2
  EXPECT_EQ(column_fractions(t, 160), (std::vector<double>{0.25, 0.25, 0.5}));
  t.column_widths_mm = {80, 0, 40};  // 40 mm left for column 1
  EXPECT_EQ(column_fractions(t, 160), (std::vector<double>{0.5, 0.25, 0.25}));
  t.column_widths_mm = {200, 200, 0};  // overflow: scaled to fit, the rest gets nothing
  EXPECT_EQ(column_fractions(t, 160), (std::vector<double>{0.5, 0.5, 0}));
  t.column_widths_mm = {10};  // wrong length: ignored
  EXPECT_EQ(column_fractions(t, 160), (std::vector<double>{0.25, 0.25, 0.5}));
}

TEST(PlanColumns, FixedWidthColumnsUseTheTextWidth) {
  Document d;
  Table t = table({1, 1});
  t.column_widths_mm = {40, 0};
  d.blocks.push_back(t);
  const double px = planned_width_px(PageSetup{});  // 160 mm less 1 %
  const SheetColumns sc = plan_columns(d, px);
  ASSERT_EQ(sc.px.size(), 2u);
  EXPECT_NEAR(sc.px[0], 40 / 25.4 * 96, 1e-6);
}

TEST(EstimateLines, CountsHanAsTwoColumnsAndHardBreaks) {
  // 12 pt: a Han character is 16 px; 10 of them need 160 px (+5 % slack).
  EXPECT_EQ(estimate_lines("一二三四五六七八九十", 12, 200), 1);
  EXPECT_EQ(estimate_lines("一二三四五六七八九十", 12, 100), 2);
  EXPECT_EQ(estimate_lines("a\n\nb", 12, 100), 3);
  EXPECT_EQ(estimate_lines("", 12, 100), 1);
}

}  // namespace
}  // namespace formwork
