// Workbooks with several worksheets: sections, worksheet and anchor
// references in formulas, text results, rules, per-sheet print setup.
#include <gtest/gtest.h>

#include <filesystem>

#include "../test_support/scratch_dir.h"
#include "appraisal_fixture.h"
#include "util/atomic_file.h"
#include "util/errors.h"
#include "xlsx/xlsx_writer.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using xlsx_test::appraisal_document;
using xlsx_test::number_formula;
using xlsx_test::read_back;
using xlsx_test::row;
using xlsx_test::text_cell;

class MultiSheetTest : public ::testing::Test {
 protected:
  // An exception escaping SetUpTestSuite makes gtest report the cases as
  // skipped, which ctest counts as passing; so it is kept and fails SetUp.
  static void SetUpTestSuite() {
    try {
      dir_ = new test::ScratchDir("xlsx-multi");
      const std::string path = (dir_->path() / "a.xlsx").string();
      write_xlsx(appraisal_document(), path);
      for (int s = 0; s < 3; ++s) sheets_[s] = read_back(path, s);
    } catch (const std::exception& e) {
      setup_error_ = e.what();
    }
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }
  static inline std::string setup_error_;
  static void TearDownTestSuite() { delete dir_; }
  static const std::string& at(int sheet, const std::string& key) {
    static const std::string kMissing = "<missing>";
    auto it = sheets_[sheet].find(key);
    return it == sheets_[sheet].end() ? kMissing : it->second;
  }
  static test::ScratchDir* dir_;
  static std::map<std::string, std::string> sheets_[3];
};
test::ScratchDir* MultiSheetTest::dir_ = nullptr;
std::map<std::string, std::string> MultiSheetTest::sheets_[3];

TEST_F(MultiSheetTest, OneWorksheetPerNamedSectionWithUniqueNames) {
  EXPECT_EQ(at(0, "sheets"), "汇总,社区 A,社区 A (2)");
}

TEST_F(MultiSheetTest, WorksheetAndAnchorReferencesBecomeQuotedAbsoluteA1) {
  // On 社区 A the rule takes row 1, so its 合计 is row 6; on 社区 A (2) row 5.
  EXPECT_EQ(at(0, "value.B2"), "='社区 A'!$D$6");
  EXPECT_EQ(at(0, "value.B3"), "='社区 A (2)'!$D$5");
  EXPECT_EQ(at(0, "value.C4"), "=$B$4-$B$3");
  EXPECT_EQ(at(0, "value.C2"), "=RANK(B2,$B$2:$B$3)");
  EXPECT_EQ(at(0, "value.D4"), "=COUNTIF($D$2:$D$3,\"优\")");
  EXPECT_EQ(at(0, "value.B5"), "=SUMPRODUCT($B$2:$B$3,{1;1})");
  EXPECT_EQ(at(0, "value.C5"), "=_xlfn.RANK.EQ($B$2,$B$2:$B$3)");  // MS-XLSX future function
  EXPECT_EQ(at(0, "cached.B2"), "95.5");
  EXPECT_EQ(at(0, "cached.B3"), "88.25");
  EXPECT_EQ(at(0, "cached.C4"), "7.25");
  EXPECT_EQ(at(1, "value.D6"), "=ROUND(SUM(D3:D5),2)");
  EXPECT_EQ(at(2, "value.D5"), "=ROUND(SUM(D2:D4),2)");
}

TEST_F(MultiSheetTest, TextResultsAreCachedAsStrings) {
  EXPECT_EQ(at(0, "value.D2"), "=IF(B2>=90,\"优\",\"良\")");
  EXPECT_EQ(at(0, "type.D2"), "f");
  EXPECT_EQ(at(0, "cached.D2"), "优");
  EXPECT_EQ(at(0, "cachedtype.D2"), "str");
  EXPECT_EQ(at(0, "cached.D3"), "良");
}

TEST_F(MultiSheetTest, EachWorksheetTakesItsSectionsPageSetup) {
  EXPECT_EQ(at(0, "orientation"), "portrait");
  EXPECT_EQ(at(1, "orientation"), "landscape");
  EXPECT_EQ(at(1, "paperSize"), "9");  // 297 × 210 is A4 turned
  EXPECT_EQ(at(2, "orientation"), "portrait");
  EXPECT_EQ(at(0, "print_title_rows"), "$1:$1");
  EXPECT_EQ(at(1, "print_title_rows"), "$2:$2");
}

TEST_F(MultiSheetTest, HeaderAndFooterLines) {
  EXPECT_EQ(at(1, "header.left"), "社区 A && 考核");
  EXPECT_EQ(at(1, "footer"), "— &P —");  // Outside alternates in print: centred here
  // 25 mm margin − 7 mm distance − 14 pt (4.94 mm) line = 13.06 mm = 0.5142 in.
  EXPECT_EQ(at(1, "margin.footer"), "0.5142");
  EXPECT_EQ(at(0, "footer"), "None");
}

TEST_F(MultiSheetTest, RuleParagraphIsABottomBorderInItsColour) {
  EXPECT_EQ(at(1, "border.A1"), "None,None,None,medium");  // 1.5 pt
  EXPECT_EQ(at(1, "border.D1"), "None,None,None,medium");
  EXPECT_EQ(at(1, "bottomcolor.A1"), "FFFF0000");
}

TEST_F(MultiSheetTest, ByteIdenticalAcrossWrites) {
  const std::string again = (dir_->path() / "b.xlsx").string();
  write_xlsx(appraisal_document(), again);
  EXPECT_EQ(read_file((dir_->path() / "a.xlsx").string()), read_file(again));
}

Document one_table(Cell c) {
  Document d;
  Table t;
  t.column_widths = {1, 1};
  t.rows.push_back(row({text_cell("x"), std::move(c)}));
  d.blocks.push_back(t);
  return d;
}

std::string error_of(const Document& d, const fs::path& path) {
  try {
    write_xlsx(d, path.string());
  } catch (const TemplateError& e) {
    return e.what();
  }
  return "no TemplateError";
}

TEST(MultiSheetErrors, BadReferencesNameTheFormulaAndLeaveNothingBehind) {
  const test::ScratchDir dir("xlsx-refs");
  const fs::path out = dir.path() / "bad.xlsx";
  EXPECT_EQ(error_of(one_table(number_formula("1", "@总分*2")), out),
            "Sheet1!B1: formula \"@总分*2\": anchor @总分 is not defined on worksheet 1 "
            "'Sheet1'");
  EXPECT_EQ(error_of(one_table(number_formula("1", "<2>!R1C1")), out),
            "Sheet1!B1: formula \"<2>!R1C1\": worksheet reference <2>! names no worksheet "
            "(the workbook has 1)");
  Document twice = one_table(number_formula("1", "R1C1", "甲"));
  std::get<Table>(twice.blocks[0]).rows[0].cells[0].anchor = "甲";
  EXPECT_EQ(error_of(twice, out), "anchor \"甲\" is defined twice on worksheet 1 'Sheet1'");
  EXPECT_TRUE(fs::is_empty(dir.path())) << "temporary files must be removed";
}

TEST(MultiSheetErrors, AnchorsOnLaterSheetsResolve) {
  const test::ScratchDir dir("xlsx-later");
  Document d = one_table(number_formula("5", "<2>!@甲"));
  SectionBreak s;
  s.sheet_name = "后";
  d.blocks.push_back(s);
  Table t;
  t.column_widths = {1};
  t.rows.push_back(row({number_formula("5", "2+3", "甲")}));
  d.blocks.push_back(t);
  const std::string path = (dir.path() / "later.xlsx").string();
  write_xlsx(d, path);
  EXPECT_EQ(read_back(path).at("value.B1"), "='后'!$A$1");
}

}  // namespace
}  // namespace formwork
