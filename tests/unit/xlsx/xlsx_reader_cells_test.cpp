// The XLSX reader's cell values: shared strings with rich-text runs, inline
// strings, numbers through formats, logicals, errors, cached formula
// results, the 1904 date system (xlsx/worksheet_cells.h via read_xlsx).
#include <gtest/gtest.h>

#include "xlsx/worksheet_cells.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx_reader_fixture.h"

namespace formwork {
namespace {

using namespace xlsx_reader_test;  // NOLINT(google-build-using-namespace): test builders

// The cells of the first table row (all test cells are bordered).
std::vector<Cell> cells(const std::string& row_cells, const std::string& shared = "",
                        const std::string& book_pr = "") {
  const std::string bytes =
      workbook({{"S", "<sheetData><row r=\"1\">" + row_cells + "</row></sheetData>"}}, shared, "",
               xlsx_reader_test::kStyles, book_pr);
  const XlsxReading r = read_xlsx(bytes);
  return std::get<Table>(r.document.blocks.at(0)).rows.at(0).cells;
}

TEST(XlsxReaderCells, SharedStringsPlainAndRich) {
  const std::string shared =
      "<si><t>人民币</t></si>"
      "<si><r><t>人民币</t></r><r><rPr><b/><sz val=\"14\"/><color rgb=\"FFFF0000\"/>"
      "<rFont val=\"楷体\"/></rPr><t>贰仟元整</t></r><rPh><t>ふりがな</t></rPh></si>";
  const std::vector<Cell> c = cells(
      "<c r=\"A1\" s=\"2\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"2\" t=\"s\"><v>1</v></c>", shared);
  EXPECT_EQ(c[0].paragraphs[0].text(), "人民币");
  const std::vector<formwork::Run>& runs = c[1].paragraphs[0].runs;
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "人民币");
  EXPECT_FALSE(runs[0].style.bold);
  EXPECT_EQ(runs[0].style.font_role, "song");  // the cell's font
  EXPECT_EQ(runs[1].text, "贰仟元整");
  EXPECT_TRUE(runs[1].style.bold);
  EXPECT_DOUBLE_EQ(runs[1].style.size_pt, 14);
  EXPECT_EQ(runs[1].style.color, 0xFF0000u);
  EXPECT_EQ(runs[1].style.font_role, "kai");
}

TEST(XlsxReaderCells, LogicalsErrorsAndFormulaResults) {
  const std::vector<Cell> c = cells(
      "<c r=\"A1\" s=\"2\" t=\"b\"><v>1</v></c>"
      "<c r=\"B1\" s=\"2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
      "<c r=\"C1\" s=\"2\" t=\"str\"><f>IF(1,\"优\",\"良\")</f><v>优</v></c>"
      "<c r=\"D1\" s=\"3\"><f>1+1</f><v>2</v></c>"
      "<c r=\"E1\" s=\"2\"><f>1+1</f></c>");
  EXPECT_EQ(c[0].paragraphs[0].text(), "TRUE");
  EXPECT_EQ(c[0].align, Align::Center);  // General: logicals centred
  EXPECT_EQ(c[1].paragraphs[0].text(), "#DIV/0!");
  EXPECT_EQ(c[1].align, Align::Center);
  EXPECT_EQ(c[2].paragraphs[0].text(), "优");
  EXPECT_EQ(c[2].align, Align::Left);
  EXPECT_EQ(c[3].paragraphs[0].text(), "2.00");
  EXPECT_EQ(c[4].paragraphs[0].text(), "");  // no cached value
}

TEST(XlsxReaderCells, TextEscapesAndLineBreaks) {
  const std::vector<Cell> c = cells(
      "<c r=\"A1\" s=\"2\" t=\"inlineStr\"><is><t>第一行_x000D_\n第二行</t></is></c>"
      "<c r=\"B1\" s=\"2\" t=\"inlineStr\"><is><t>a_x005F_b</t></is></c>");
  EXPECT_EQ(c[0].paragraphs[0].text(), "第一行\n第二行");
  EXPECT_EQ(c[1].paragraphs[0].text(), "a_b");
}

TEST(XlsxReaderCells, NumbersKeepTheirExactValueAndFormat) {
  const std::vector<Cell> c = cells(number_cell("A1", "0.1", 2) + number_cell("B1", "1e3", 3) +
                                    number_cell("C1", "-2701.5", 2));
  EXPECT_EQ(c[0].paragraphs[0].text(), "0.1");
  EXPECT_EQ(c[0].value.number_format, "");  // General
  EXPECT_EQ(c[1].paragraphs[0].text(), "1,000.00");
  EXPECT_EQ(c[1].value.number_format, "#,##0.00");
  EXPECT_EQ(c[2].paragraphs[0].text(), "-2701.5");
}

TEST(XlsxReaderCells, DateSystem1904) {
  // 2024-05-20 is 45432 in the 1900 system and 43970 in the 1904 one;
  // style 5 is yyyy"年"m"月"d"日" without a border, so the cell's row is
  // a paragraph: bordered cells keep the helper simple.
  const std::string row =
      "<sheetData><row r=\"1\">" + number_cell("A1", "43970", 5) + "</row></sheetData>";
  const XlsxReading r = read_xlsx(
      workbook({{"S", row}}, "", "", xlsx_reader_test::kStyles, "<workbookPr date1904=\"1\"/>"));
  EXPECT_EQ(std::get<Paragraph>(r.document.blocks.at(0)).text(), "2024年5月20日");
  const XlsxReading r1900 = read_xlsx(workbook({{"S", row}}));
  EXPECT_EQ(std::get<Paragraph>(r1900.document.blocks.at(0)).text(), "2020年5月19日");
}

TEST(XlsxReaderCells, CellReferences) {
  using xlsx_read::parse_cell_ref;
  EXPECT_EQ(parse_cell_ref("A1"), (std::pair<int, int>{0, 0}));
  EXPECT_EQ(parse_cell_ref("$D$7"), (std::pair<int, int>{6, 3}));
  EXPECT_EQ(parse_cell_ref("XFD1048576"), (std::pair<int, int>{1048575, 16383}));
  EXPECT_FALSE(parse_cell_ref("XFE1"));
  EXPECT_FALSE(parse_cell_ref("A0"));
  EXPECT_FALSE(parse_cell_ref("7"));
  EXPECT_FALSE(parse_cell_ref("A1B"));
}

}  // namespace
}  // namespace formwork
