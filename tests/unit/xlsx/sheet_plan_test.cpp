#include "xlsx/sheet_plan.h"

#include <gtest/gtest.h>

#include "xlsx/sheet_name.h"

namespace formwork {
namespace {

SectionBreak section(std::string name, bool landscape = false) {
  SectionBreak s;
  s.sheet_name = std::move(name);
  s.page.landscape = landscape;
  return s;
}

TEST(UniqueSheetName, AppendsNumbersIgnoringCase) {
  EXPECT_EQ(unique_sheet_name("名称", {}), "名称");
  EXPECT_EQ(unique_sheet_name("名称", {"名称"}), "名称 (2)");
  EXPECT_EQ(unique_sheet_name("名称", {"名称", "名称 (2)"}), "名称 (3)");
  EXPECT_EQ(unique_sheet_name("summary", {"Summary"}), "summary (2)");
  EXPECT_EQ(unique_sheet_name("ÄRGER", {"ärger"}), "ÄRGER (2)");  // not only ASCII
  EXPECT_EQ(unique_sheet_name("a/b", {"a_b"}), "a_b (2)");        // after sanitizing
  std::string han;
  for (int i = 0; i < 31; ++i) han += "表";
  const std::string second = unique_sheet_name(han, {sanitize_sheet_name(han)});
  std::string want;
  for (int i = 0; i < 27; ++i) want += "表";
  EXPECT_EQ(second, want + " (2)");  // 27 + 4 = 31 UTF-16 units
}

TEST(SheetRefPrefix, QuotesAndDoublesApostrophes) {
  EXPECT_EQ(sheet_ref_prefix("汇总"), "'汇总'!");
  EXPECT_EQ(sheet_ref_prefix("O'Brien's"), "'O''Brien''s'!");
}

TEST(PlanSheets, NamedSectionsStartWorksheetsUnnamedOnesContinue) {
  Document d;
  d.sheet_name = "汇总";
  d.blocks.emplace_back(std::in_place_type<Paragraph>);
  d.blocks.emplace_back(section("社区", true));
  d.blocks.emplace_back(std::in_place_type<Table>);
  d.blocks.emplace_back(section(""));  // a new page on the same worksheet
  d.blocks.emplace_back(std::in_place_type<Paragraph>);
  d.blocks.emplace_back(section("社区"));
  const auto plans = plan_sheets(d);
  ASSERT_EQ(plans.size(), 3u);
  EXPECT_EQ(plans[0].name, "汇总");
  EXPECT_FALSE(plans[0].page.landscape);
  EXPECT_EQ(plans[0].blocks.size(), 1u);
  EXPECT_EQ(plans[1].name, "社区");
  EXPECT_TRUE(plans[1].page.landscape);
  ASSERT_EQ(plans[1].blocks.size(), 3u);
  EXPECT_TRUE(std::holds_alternative<SectionBreak>(plans[1].blocks[1]));
  EXPECT_EQ(plans[2].name, "社区 (2)");
  EXPECT_TRUE(plans[2].blocks.empty());
}

TEST(PlanSheets, LeadingNamedSectionIsTheFirstWorksheet) {
  Document d;
  d.sheet_name = "unused";
  d.blocks.emplace_back(section("社区 A", true));
  d.blocks.emplace_back(std::in_place_type<Paragraph>);
  const auto plans = plan_sheets(d);
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].name, "社区 A");
  EXPECT_TRUE(plans[0].page.landscape);
  EXPECT_EQ(plans[0].blocks.size(), 1u);
}

TEST(PlanSheets, EmptyDocumentHasOneSheet) {
  const auto plans = plan_sheets(Document{});
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].name, "Sheet1");
  EXPECT_TRUE(plans[0].blocks.empty());
}

}  // namespace
}  // namespace formwork
