// The XLSX reader's layout of a sheet: bordered bands as tables, single
// texts as paragraphs, several texts as borderless tables, empty rows as
// space, merges as spans, widths and heights (xlsx/sheet_bands.h through
// xlsx/xlsx_reader.h).
#include <gtest/gtest.h>

#include "xlsx/worksheet_cells.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx_reader_fixture.h"

namespace formwork {
namespace {

using namespace xlsx_reader_test;  // NOLINT(google-build-using-namespace): test builders

Document read(const std::string& body, std::vector<std::string>* warnings = nullptr) {
  XlsxReading r = read_xlsx(workbook({{"S", body}}));
  if (warnings) *warnings = r.warnings;
  return std::move(r.document);
}

std::string row(int n, const std::string& cells, const std::string& attrs = "") {
  return "<row r=\"" + std::to_string(n) + "\"" + attrs + ">" + cells + "</row>";
}

// A form: a merged centred title, an empty row, a bordered 3×3 table with
// a merged 合计 label, a signature line.
const std::string kForm =
    "<cols><col min=\"1\" max=\"3\" width=\"20\" customWidth=\"1\"/></cols><sheetData>" +
    row(1, text_cell("A1", "差旅费报销单", 1), " ht=\"30\" customHeight=\"1\"") + row(2, "") +
    row(3, text_cell("A3", "项目", 4) + text_cell("B3", "金额", 4) + text_cell("C3", "备注", 4)) +
    row(4,
        text_cell("A4", "交通费", 2) + number_cell("B4", "1234.565", 3) + text_cell("C4", "", 2)) +
    row(5, text_cell("A5", "合计", 2) + "<c r=\"B5\" s=\"2\"/>" +
               "<c r=\"C5\" s=\"3\"><f>SUM(B4:B4)</f><v>1234.565</v></c>") +
    row(7, text_cell("A7", "报销人：张三")) +
    "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A5:B5\"/>"
    "</mergeCells>";

TEST(XlsxReaderBands, TitleIsACentredParagraphWithItsFont) {
  const Document d = read(kForm);
  const auto& title = std::get<Paragraph>(d.blocks.at(0));
  EXPECT_EQ(title.text(), "差旅费报销单");
  EXPECT_EQ(title.align, Align::Center);
  EXPECT_DOUBLE_EQ(title.left_indent_em, 0);
  EXPECT_TRUE(title.runs[0].style.bold);
  EXPECT_DOUBLE_EQ(title.runs[0].style.size_pt, 18);
  EXPECT_EQ(title.runs[0].style.font_role, "song");
  // 30 pt row, an 18 pt line at 1.25: 7.5 pt around it (centred).
  EXPECT_DOUBLE_EQ(title.space_before_pt, 3.75);
  EXPECT_DOUBLE_EQ(title.space_after_pt, 3.75);
}

TEST(XlsxReaderBands, BorderedRowsBecomeOneTableWithSpans) {
  const Document d = read(kForm);
  // title, spacer for the empty row 2, table, signature paragraph
  ASSERT_EQ(d.blocks.size(), 4u);
  const auto& spacer = std::get<Paragraph>(d.blocks[1]);
  EXPECT_TRUE(spacer.runs.empty());
  EXPECT_DOUBLE_EQ(spacer.line_spacing * 12, 15);  // the default row height
  const auto& t = std::get<Table>(d.blocks[2]);
  EXPECT_TRUE(t.borders);
  ASSERT_EQ(t.rows.size(), 3u);
  ASSERT_EQ(t.rows[0].cells.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0].paragraphs[0].text(), "项目");
  EXPECT_TRUE(t.rows[0].cells[0].shaded);
  EXPECT_EQ(t.rows[0].cells[0].align, Align::Center);
  const Cell& money = t.rows[1].cells[1];
  EXPECT_EQ(money.paragraphs[0].text(), "1,234.57");
  EXPECT_EQ(money.align, Align::Right);  // General alignment of a number
  EXPECT_EQ(money.valign, VAlign::Bottom);
  ASSERT_TRUE(money.value.number.has_value());
  EXPECT_EQ(money.value.number->to_string(), "1234.565");
  EXPECT_EQ(money.value.number_format, "#,##0.00");
  ASSERT_EQ(t.rows[2].cells.size(), 2u);
  EXPECT_EQ(t.rows[2].cells[0].colspan, 2);
  EXPECT_EQ(t.rows[2].cells[0].paragraphs[0].text(), "合计");
  EXPECT_EQ(t.rows[2].cells[1].paragraphs[0].text(), "1,234.57");  // the cached value
  EXPECT_EQ(std::get<Paragraph>(d.blocks[3]).text(), "报销人：张三");
}

TEST(XlsxReaderBands, ColumnWidthsInMmFromCharacterUnits) {
  const Document d = read(kForm);
  const auto& t = std::get<Table>(d.blocks[2]);
  ASSERT_EQ(t.column_widths_mm.size(), 3u);
  // width 20: trunc((256×20 + 18) / 256 × 7) = 140 px = 37.04 mm at 96 dpi
  EXPECT_NEAR(t.column_widths_mm[0], 140 * 25.4 / 96, 1e-9);
  // Excel's default column (8.43 characters as its dialog shows it) is
  // stored as 9.140625 and prints 64 px; openpyxl's width 13 prints 91 px.
  EXPECT_EQ(xlsx_read::column_pixels(9.140625), 64);
  EXPECT_EQ(xlsx_read::column_pixels(13), 91);
}

TEST(XlsxReaderBands, DefaultColumnIs64Pixels) {
  const std::string body = "<sheetData>" + row(1, text_cell("A1", "a", 2)) + "</sheetData>";
  const Document d = read(body);
  const auto& t = std::get<Table>(d.blocks.at(0));
  EXPECT_NEAR(t.column_widths_mm.at(0), 64 * 25.4 / 96, 1e-9);
  const Document wide = read("<sheetFormatPr baseColWidth=\"10\"/>" + body);
  EXPECT_NEAR(std::get<Table>(wide.blocks.at(0)).column_widths_mm.at(0), 78 * 25.4 / 96, 1e-9);
}

TEST(XlsxReaderBands, TooWideSheetIsFittedWithRelativeWidths) {
  const std::string body =
      "<cols><col min=\"1\" max=\"2\" width=\"60\" customWidth=\"1\"/></cols><sheetData>" +
      row(1, text_cell("A1", "a", 2) + text_cell("B1", "b", 2)) + "</sheetData>";
  const Document d = read(body);
  const auto& t = std::get<Table>(d.blocks.at(0));
  EXPECT_TRUE(t.column_widths_mm.empty());
  ASSERT_EQ(t.column_widths.size(), 2u);
  EXPECT_DOUBLE_EQ(t.column_widths[0], t.column_widths[1]);
}

TEST(XlsxReaderBands, RowHeightIsTheTableRowsMinimum) {
  const std::string body = "<sheetFormatPr defaultRowHeight=\"14.25\"/><sheetData>" +
                           row(1, text_cell("A1", "a", 2), " ht=\"36\" customHeight=\"1\"") +
                           row(2, text_cell("A2", "b", 2)) + "</sheetData>";
  const Document d = read(body);
  const auto& t = std::get<Table>(d.blocks.at(0));
  EXPECT_NEAR(t.rows[0].min_height_mm, 36 * 25.4 / 72, 1e-9);
  EXPECT_NEAR(t.rows[1].min_height_mm, 14.25 * 25.4 / 72, 1e-9);
}

TEST(XlsxReaderBands, RowsOfSeveralTextsAreABorderlessTableWithOverflow) {
  const std::string body = "<sheetData>" +
                           row(1, text_cell("A1", "单位：示例市财政局") +
                                      text_cell("D1", "日期：") + number_cell("E1", "45432", 5)) +
                           row(2, text_cell("A2", "编号：") + text_cell("C2", "2024-001")) +
                           "</sheetData>";
  const Document d = read(body);
  ASSERT_EQ(d.blocks.size(), 1u);
  const auto& t = std::get<Table>(d.blocks[0]);
  EXPECT_FALSE(t.borders);
  ASSERT_EQ(t.rows.size(), 2u);
  // 单位 runs on over the empty B1 and C1, as on the sheet.
  ASSERT_EQ(t.rows[0].cells.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0].colspan, 3);
  EXPECT_EQ(t.rows[0].cells[2].paragraphs[0].text(), "2024年5月20日");
  EXPECT_EQ(t.rows[1].cells[0].colspan, 2);
  EXPECT_EQ(t.rows[1].cells[1].paragraphs[0].text(), "2024-001");
}

TEST(XlsxReaderBands, SingleTextIsPlacedWhereItsCellStands) {
  const std::string body =
      "<cols><col min=\"1\" max=\"4\" width=\"10\" customWidth=\"1\"/>"
      "</cols><sheetData>" +
      row(1, text_cell("A1", "x", 2) + text_cell("D1", "y", 2)) +
      row(2, text_cell("C2", "审核：", 0)) + row(3, text_cell("D3", "右", 9)) + "</sheetData>";
  const Document d = read(body);
  const auto& left = std::get<Paragraph>(d.blocks.at(1));
  const double col_mm = xlsx_read::column_mm(10);
  EXPECT_NEAR(left.left_indent_em * 11 * 25.4 / 72, 2 * col_mm, 1e-9);  // starts at column C
  EXPECT_EQ(left.align, Align::Left);
  const auto& right = std::get<Paragraph>(d.blocks.at(2));
  EXPECT_EQ(right.align, Align::Right);
}

TEST(XlsxReaderBands, WrappedTextStaysInItsCell) {
  const std::string body =
      "<cols><col min=\"1\" max=\"3\" width=\"10\" customWidth=\"1\"/>"
      "</cols><sheetData>" +
      row(1, text_cell("A1", "x", 2) + text_cell("C1", "y", 2)) +
      row(2, text_cell("A2", "很长的说明文字", 11)) + "</sheetData>";
  const Document d = read(body);
  const auto& p = std::get<Paragraph>(d.blocks.at(1));
  EXPECT_DOUBLE_EQ(p.left_indent_em, 0);
  // Style 11 is 12 pt: the paragraph ends where column A does, the sheet
  // (three columns) standing at the left of A4's 174.44 mm text width.
  const double col_mm = xlsx_read::column_mm(10);
  const double text_width = d.page.text_width_mm();
  EXPECT_NEAR(p.right_indent_em * 12 * 25.4 / 72, text_width - col_mm, 1e-9);
}

TEST(XlsxReaderBands, VerticalMergeGivesRowspanCutAtTheBand) {
  const std::string body = "<sheetData>" +
                           row(1, text_cell("A1", "类别", 2) + text_cell("B1", "甲", 2)) +
                           row(2, "<c r=\"A2\" s=\"2\"/>" + text_cell("B2", "乙", 2)) +
                           row(3, "<c r=\"A3\" s=\"0\"/>" + text_cell("B3", "注")) +
                           "</sheetData><mergeCells><mergeCell ref=\"A1:A3\"/></mergeCells>";
  const Document d = read(body);
  const auto& t = std::get<Table>(d.blocks.at(0));
  ASSERT_EQ(t.rows.size(), 3u);  // the merge's border makes row 3 part of the band
  EXPECT_EQ(t.rows[0].cells[0].rowspan, 3);
  ASSERT_EQ(t.rows[1].cells.size(), 1u);  // A2 covered
  EXPECT_EQ(t.rows[1].cells[0].paragraphs[0].text(), "乙");
}

TEST(XlsxReaderBands, HiddenRowInsideAMergeShortensTheSpan) {
  const std::string body =
      "<sheetData>" + row(1, text_cell("A1", "类别", 2) + text_cell("B1", "甲", 2)) +
      row(2, "<c r=\"A2\" s=\"2\"/>" + text_cell("B2", "乙", 2), " hidden=\"1\"") +
      row(3, "<c r=\"A3\" s=\"2\"/>" + text_cell("B3", "丙", 2)) +
      "</sheetData><mergeCells><mergeCell ref=\"A1:A3\"/></mergeCells>";
  const Document d = read(body);
  const auto& t = std::get<Table>(d.blocks.at(0));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells[0].rowspan, 2);
  EXPECT_EQ(t.rows[1].cells[0].paragraphs[0].text(), "丙");
}

TEST(XlsxReaderBands, EmptyRowsBecomeSpaceBeforeTheNextParagraph) {
  const std::string body = "<sheetData>" + row(1, text_cell("A1", "一")) +
                           row(4, text_cell("A4", "二")) + "</sheetData>";
  const Document d = read(body);
  ASSERT_EQ(d.blocks.size(), 2u);
  // rows 2 and 3 (15 pt each) plus the 15 pt row's room under an 11 pt line
  EXPECT_DOUBLE_EQ(std::get<Paragraph>(d.blocks[1]).space_before_pt, 30 + (15 - 11 * 1.25));
}

TEST(XlsxReaderBands, StylesFontsAndFills) {
  std::vector<std::string> warnings;
  const std::string body =
      "<sheetData>" +
      row(1, text_cell("A1", "红", 11) + text_cell("B1", "白", 7) + text_cell("C1", "怪", 8)) +
      "</sheetData>";
  const Document d = read(body, &warnings);
  const auto& t = std::get<Table>(d.blocks.at(0));
  const Cell& red = t.rows[0].cells[0];
  EXPECT_EQ(red.valign, VAlign::Top);
  const TextStyle& s = red.paragraphs[0].runs[0].style;
  EXPECT_EQ(s.font_role, "hei");
  EXPECT_TRUE(s.italic);
  EXPECT_EQ(s.color, 0xFF0000u);
  EXPECT_DOUBLE_EQ(s.size_pt, 12);
  EXPECT_FALSE(t.rows[0].cells[1].shaded);  // a white fill is no shading
  EXPECT_EQ(t.rows[0].cells[2].paragraphs[0].runs[0].style.font_role, "song");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "fonts without a font role are printed as 宋体 (role song): Comic Sans MS");
}

TEST(XlsxReaderBands, PartialOrThickBordersAreWarned) {
  std::vector<std::string> warnings;
  read("<sheetData>" + row(1, text_cell("A1", "签名", 6)) + "</sheetData>", &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("cell borders on some cells or sides only", 0), 0u);
  read("<sheetData>" + row(1, text_cell("A1", "粗", 10)) + "</sheetData>", &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  read("<sheetData>" + row(1, text_cell("A1", "细", 2)) + "</sheetData>", &warnings);
  EXPECT_TRUE(warnings.empty());
}

TEST(XlsxReaderBands, UsedRangeIncludesBorderedEmptyCells) {
  const std::string body =
      "<sheetData>" + row(1, text_cell("A1", "a", 2) + "<c r=\"B1\" s=\"2\"/>") + "</sheetData>";
  const Document d = read(body);
  const auto& t = std::get<Table>(d.blocks.at(0));
  EXPECT_EQ(t.rows[0].cells.size(), 2u);
}

}  // namespace
}  // namespace formwork
