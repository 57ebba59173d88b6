#include "xlsx/xlsx_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "util/atomic_file.h"
#include "util/errors.h"
#include "xlsx_test_util.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using xlsx_test::money_cell;
using xlsx_test::para;
using xlsx_test::read_back;
using xlsx_test::row;
using xlsx_test::text_cell;

fs::path test_dir(const std::string& name) {
  // The process id keeps parallel ctest processes of one suite (each runs
  // SetUpTestSuite) from deleting each other's files.
  const fs::path dir =
      fs::path(FORMWORK_TEST_TMP) / "xlsx" / (name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

/// Sheet rows (1-based, as Excel shows them):
///  1 title · 2 unit line · 3–4 header (项目 and 备注 rowspan 2, 金额 colspan 2)
///  5–7 data · 8 totals (SUM formulas) · page break · 9 note
Document sample_document() {
  Document d;
  d.title = "经费决算表";
  d.sheet_name = "决算表";
  d.page.footer.pattern = "第 {page} 页 共 {pages} 页";
  Paragraph title = para("2023年度经费决算表", ParagraphRole::Title, Align::Center);
  title.runs[0].style = TextStyle{"xbs", 22, true};
  d.blocks.push_back(title);
  d.blocks.push_back(para("单位：元", ParagraphRole::Body, Align::Right));

  Table t;
  t.column_widths = {2, 1, 1, 1};
  Cell item = text_cell("项目", 1, 2);
  item.shaded = true;
  t.rows.push_back(row({item, text_cell("金额", 2, 1), text_cell("备注", 1, 2)}, true));
  t.rows.push_back(row({text_cell("预算"), text_cell("决算")}, true));
  t.rows.push_back(row({text_cell("办公费"), money_cell("1234.56", "1,234.56"),
                        money_cell("1000.00", "1,000.00"), text_cell("=1+1")}));
  t.rows.push_back(row({text_cell("差旅费"), money_cell("265675.22", "265,675.22"),
                        money_cell("3915995.04", "3,915,995.04"), text_cell("@SUM(A1)")}));
  t.rows.push_back(row({text_cell("会议费"), money_cell("100.10", "100.10"),
                        money_cell("0.50", "0.50"), text_cell("")}));
  t.rows.push_back(
      row({text_cell("合计"), money_cell("267009.88", "267,009.88", "SUM(R[-3]C:R[-1]C)"),
           money_cell("3916995.54", "3,916,995.54", "SUM(R[-3]C:R[-1]C)"), text_cell("")}));
  d.blocks.push_back(t);
  d.blocks.push_back(PageBreak{});
  d.blocks.push_back(para("注：本表金额单位为元。"));
  return d;
}

class XlsxWriterTest : public ::testing::Test {
 protected:
  // An exception escaping SetUpTestSuite makes gtest report the cases as
  // skipped, which ctest counts as passing; so it is kept and fails SetUp.
  static void SetUpTestSuite() {
    try {
      dir_ = new fs::path(test_dir("sample"));
      write_xlsx(sample_document(), (*dir_ / "a.xlsx").string());
      kv_ = new std::map<std::string, std::string>(read_back((*dir_ / "a.xlsx").string()));
    } catch (const std::exception& e) {
      setup_error_ = e.what();
    }
  }
  void SetUp() override { ASSERT_TRUE(setup_error_.empty()) << setup_error_; }
  static void TearDownTestSuite() {
    delete kv_;
    delete dir_;
  }
  const std::string& at(const std::string& key) {
    static const std::string kMissing = "<missing>";
    auto it = kv_->find(key);
    return it == kv_->end() ? kMissing : it->second;
  }
  static fs::path* dir_;
  static std::map<std::string, std::string>* kv_;
  static inline std::string setup_error_;
};
fs::path* XlsxWriterTest::dir_ = nullptr;
std::map<std::string, std::string>* XlsxWriterTest::kv_ = nullptr;

TEST_F(XlsxWriterTest, SheetNameAndMergedRanges) {
  EXPECT_EQ(at("sheets"), "决算表");
  EXPECT_EQ(at("merged"), "A1:D1 A2:D2 A3:A4 A9:D9 B3:C3 D3:D4");
}

TEST_F(XlsxWriterTest, TextValuesAndTitleFont) {
  EXPECT_EQ(at("value.A1"), "2023年度经费决算表");
  // The title's role is xbs: the face DOCX names too (fonts/font_roles).
  EXPECT_EQ(at("font.A1"), "方正小标宋简体/22.0/True");
  EXPECT_EQ(at("value.A3"), "项目");
  EXPECT_EQ(at("fill.A3"), "FFD9D9D9");  // shaded label
  EXPECT_EQ(at("value.B3"), "金额");
  EXPECT_EQ(at("value.C4"), "决算");
  EXPECT_EQ(at("value.A9"), "注：本表金额单位为元。");
}

TEST_F(XlsxWriterTest, MoneyCellsAreNumbersWithFormat) {
  EXPECT_EQ(at("value.B5"), "1234.56");
  EXPECT_EQ(at("type.B5"), "n");
  EXPECT_EQ(at("format.B5"), "#,##0.00");
  EXPECT_EQ(at("value.C6"), "3915995.04");
  EXPECT_EQ(at("value.C7"), "0.5");
}

TEST_F(XlsxWriterTest, FormulasInA1WithCachedValues) {
  EXPECT_EQ(at("value.B8"), "=SUM(B5:B7)");
  EXPECT_EQ(at("value.C8"), "=SUM(C5:C7)");
  EXPECT_EQ(at("format.B8"), "#,##0.00");
  EXPECT_EQ(at("cached.B8"), "267009.88");
  EXPECT_EQ(at("cached.C8"), "3916995.54");
}

TEST_F(XlsxWriterTest, DataTextIsNeverAFormula) {
  EXPECT_EQ(at("value.D5"), "=1+1");
  EXPECT_EQ(at("type.D5"), "s");
  EXPECT_EQ(at("value.D6"), "@SUM(A1)");
  EXPECT_EQ(at("type.D6"), "s");
}

TEST_F(XlsxWriterTest, BordersOnAllCellsIncludingMergedAreas) {
  // left,right,top,bottom; openpyxl keeps only the outer edges of merged areas.
  EXPECT_EQ(at("border.B5"), "thin,thin,thin,thin");
  EXPECT_EQ(at("border.A4"), "thin,thin,None,thin");  // covered by the rowspan
  EXPECT_EQ(at("border.C3"), "None,thin,thin,thin");  // covered by the colspan
  EXPECT_EQ(at("border.D8"), "thin,thin,thin,thin");  // an empty cell
  EXPECT_EQ(at("border.A1"), "None,None,None,None");  // paragraphs have none
}

TEST_F(XlsxWriterTest, PrintSetup) {
  EXPECT_EQ(at("paperSize"), "9");
  EXPECT_EQ(at("orientation"), "portrait");
  // fitToWidth="1" is the OOXML default (§18.3.1.64), so it is left out.
  EXPECT_TRUE(at("fitToWidth") == "1" || at("fitToWidth") == "None") << at("fitToWidth");
  EXPECT_EQ(at("fitToHeight"), "0");
  EXPECT_EQ(at("fitToPage"), "True");
  EXPECT_EQ(at("print_title_rows"), "$3:$4");
  EXPECT_EQ(at("horizontalCentered"), "True");
  EXPECT_EQ(at("margin.left"), "0.9843");  // 25 mm
  EXPECT_EQ(at("rowBreaks"), "8");
  EXPECT_EQ(at("footer"), "第 &P 页 共 &N 页");
}

TEST(XlsxPrintTitles, FirstTableWithHeaderRowsWhenTheFirstHasNone) {
  // 项目支出绩效自评表: a budget block without header rows, then the indicator
  // table whose header row must repeat on every printed page.
  Document d;
  d.sheet_name = "自评表";
  Table budget;
  budget.column_widths = {1, 1};
  budget.rows.push_back(row({text_cell("年初预算数"), text_cell("65.00")}));
  d.blocks.push_back(budget);
  Table indicators;
  indicators.column_widths = {1, 1};
  indicators.rows.push_back(row({text_cell("一级指标"), text_cell("分值")}, true));
  indicators.rows.push_back(row({text_cell("产出指标"), text_cell("50")}));
  d.blocks.push_back(indicators);
  const fs::path dir = test_dir("print-titles");
  write_xlsx(d, (dir / "t.xlsx").string());
  EXPECT_EQ(read_back((dir / "t.xlsx").string())["print_title_rows"], "$2:$2");
}

TEST_F(XlsxWriterTest, ColumnWidthsAndRowHeights) {
  // 160 mm of text width = 604.7 px, less 1 % slack (kColumnSlack) 598.7 px;
  // 2/5 of it = 239.5 px. The file stores px / 7 rounded to 1/256 (Excel's
  // width includes the 5 px cell padding).
  EXPECT_EQ(at("width.A"), "34.14");
  EXPECT_EQ(at("width.B"), "17.14");
  EXPECT_EQ(at("height.1"), "44.00");  // title: two lines of 22 pt
  EXPECT_NE(at("height.5"), "<missing>");
}

TEST_F(XlsxWriterTest, FixedMetadata) {
  EXPECT_EQ(at("title"), "经费决算表");
  EXPECT_EQ(at("created"), "2000-01-01T00:00:00");
}

TEST(XlsxWriter, ByteIdenticalAcrossWrites) {
  const fs::path dir = test_dir("determinism");
  write_xlsx(sample_document(), (dir / "a.xlsx").string());
  write_xlsx(sample_document(), (dir / "b.xlsx").string());
  const std::string a = read_file((dir / "a.xlsx").string());
  EXPECT_GT(a.size(), 1000u);
  EXPECT_EQ(a, read_file((dir / "b.xlsx").string()));
}

TEST(XlsxWriter, TablesOfDifferentWidthsShareColumnsAndFormulasFollow) {
  Document d;
  Table four;
  four.column_widths = {1, 1, 1, 1};
  four.rows.push_back(row({text_cell("a"), text_cell("b"), text_cell("c"), text_cell("d")}));
  four.rows.push_back(row({text_cell("e")}));  // a short row: three holes
  Table two;
  two.column_widths = {1, 1};
  two.rows.push_back(row({money_cell("5", "5.00"), money_cell("10", "10.00", "RC[-1]*2")}));
  d.blocks.push_back(four);
  d.blocks.push_back(two);
  const fs::path dir = test_dir("widths");
  write_xlsx(d, (dir / "w.xlsx").string());
  const auto kv = read_back((dir / "w.xlsx").string());
  EXPECT_EQ(kv.at("sheets"), "Sheet1");
  EXPECT_EQ(kv.at("merged"), "A3:B3 C3:D3");
  EXPECT_EQ(kv.at("value.C3"), "=A3*2");  // grid column 0 starts at sheet column A
  EXPECT_EQ(kv.at("cached.C3"), "10");
  EXPECT_EQ(kv.at("border.D2"), "thin,thin,thin,thin");  // holes keep the grid lines
}

TEST(XlsxWriter, RowHeightsFromMinimumOrWrappedText) {
  Document d;
  Table t;
  t.column_widths = {1, 1};
  Row tall = row({text_cell("x"), text_cell("y")});
  tall.min_height_mm = 20;
  t.rows.push_back(tall);
  std::string long_text;
  for (int i = 0; i < 60; ++i) long_text += "字";  // 60 × 16 px in a 302 px column: 4 lines
  t.rows.push_back(row({text_cell(long_text), text_cell("z")}));
  t.rows.push_back(row({text_cell("short"), text_cell("z")}));
  d.blocks.push_back(t);
  const fs::path dir = test_dir("heights");
  write_xlsx(d, (dir / "h.xlsx").string());
  const auto kv = read_back((dir / "h.xlsx").string());
  EXPECT_EQ(kv.at("height.1"), "56.69");  // 20 mm
  // 4 lines × 12 pt × 1.3 + 2 × 1.5 mm padding (8.5 pt)
  EXPECT_EQ(kv.at("height.2"), "70.90");
  EXPECT_EQ(kv.at("height.3"), "24.10");
}

TEST(XlsxWriter, LandscapeAndSanitizedSheetName) {
  Document d;
  d.sheet_name = "a/b:c[d]*e?f\\g-0123456789012345678901234567890";
  d.page.landscape = true;
  d.page.width_mm = 297;
  d.page.height_mm = 210;
  d.blocks.push_back(para("x"));
  const fs::path dir = test_dir("landscape");
  write_xlsx(d, (dir / "l.xlsx").string());
  const auto kv = read_back((dir / "l.xlsx").string());
  EXPECT_EQ(kv.at("sheets"), "a_b_c_d__e_f_g-0123456789012345");
  EXPECT_EQ(kv.at("orientation"), "landscape");
  EXPECT_EQ(kv.at("print_title_rows"), "None");
}

TEST(XlsxWriter, FailuresLeaveNothingBehind) {
  const fs::path dir = test_dir("failures");
  EXPECT_THROW(write_xlsx(sample_document(), (dir / "missing" / "x.xlsx").string()), IoError);

  Document bad;
  Table t;
  t.column_widths = {1};
  t.rows.push_back(row({money_cell("1", "1", "R[-1]C")}));  // above the sheet
  bad.blocks.push_back(t);
  EXPECT_THROW(write_xlsx(bad, (dir / "bad.xlsx").string()), TemplateError);
  EXPECT_TRUE(fs::is_empty(dir)) << "temporary files must be removed";
}

}  // namespace
}  // namespace formwork
