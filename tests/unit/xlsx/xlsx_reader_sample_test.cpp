// Workbooks read into the document model (xlsx/xlsx_reader.h): the
// shipped Excel template as an office suite saved it, and small workbooks
// for hidden sheets, print areas, hidden rows, number formats and rich text.
#include <gtest/gtest.h>

#include "util/atomic_file.h"
#include "util/errors.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx_template_fixture.h"

namespace formwork {
namespace {

using xlsx_template_test::BookOptions;
using xlsx_template_test::build_book;
using xlsx_template_test::num;
using xlsx_template_test::row;
using xlsx_template_test::str;
using xlsx_template_test::TestSheet;

const std::string kTemplate = std::string(FORMWORK_SOURCE_DIR) + "/templates/travel-expense.xlsx";

std::string cell_text(const Cell& c) {
  std::string s;
  for (const Paragraph& p : c.paragraphs) s += p.text();
  return s;
}

TEST(XlsxReaderSample, TheShippedTemplate) {
  const XlsxReading r = read_xlsx(read_file(kTemplate, "template"));
  const Document& d = r.document;
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  EXPECT_EQ(d.title, "差旅费报销单");
  EXPECT_EQ(d.sheet_name, "差旅费报销单");
  EXPECT_TRUE(d.page.landscape);
  EXPECT_DOUBLE_EQ(d.page.width_mm, 297);
  EXPECT_EQ(d.page.footer.pattern, "第 {page} 页 共 {pages} 页");
  EXPECT_EQ(d.page.header.pattern, "{{单位}}");
  EXPECT_EQ(d.page.header.align, MarginTextAlign::Right);
  // The title row: one merged, centred cell without borders → a paragraph.
  const auto& title = std::get<Paragraph>(d.blocks.at(0));
  EXPECT_EQ(title.text(), "差旅费报销单");
  EXPECT_EQ(title.align, Align::Center);
  EXPECT_TRUE(title.runs.at(0).style.bold);
  EXPECT_EQ(title.runs.at(0).style.font_role, "hei");
  EXPECT_DOUBLE_EQ(title.runs.at(0).style.size_pt, 20);
  // Row 2 holds three texts: a table without borders keeps their columns.
  const auto& line = std::get<Table>(d.blocks.at(1));
  EXPECT_FALSE(line.borders);
  ASSERT_EQ(line.rows.size(), 1u);
  ASSERT_EQ(line.rows[0].cells.size(), 3u);
  EXPECT_EQ(line.rows[0].cells[0].colspan, 4);
  EXPECT_EQ(line.rows[0].cells[2].align, Align::Right);
  // Then the bordered form: ten printed columns (hidden K is left out).
  const auto& form = std::get<Table>(d.blocks.at(2));
  EXPECT_TRUE(form.borders);
  EXPECT_EQ(form.column_widths.size(), 10u);
  EXPECT_EQ(cell_text(form.rows[0].cells[0]), "出差人");
  EXPECT_TRUE(form.rows[0].cells[0].shaded);
  EXPECT_EQ(form.rows[0].cells[1].colspan, 2);
}

TEST(XlsxReaderSample, NumbersShownThroughTheirFormats) {
  const std::string shared = "<r><rPr><b/></rPr><t>粗</t></r><r><t>细</t></r>";
  const std::string bytes = build_book(
      {{"表1",
        row(1, num("A1", "2.5") + "<c r=\"B1\" s=\"3\"><v>2.5</v></c>" +
                   "<c r=\"C1\" s=\"1\"><v>45432</v></c>" + "<c r=\"D1\" t=\"s\"><v>0</v></c>" +
                   "<c r=\"E1\" t=\"b\"><v>1</v></c>" + "<c r=\"F1\" t=\"e\"><v>#DIV/0!</v></c>")}},
      BookOptions{.shared = {shared}});
  const Document d = read_xlsx(bytes).document;
  const auto& t = std::get<Table>(d.blocks.at(0));
  ASSERT_EQ(t.rows.at(0).cells.size(), 6u);
  const auto& cells = t.rows[0].cells;
  EXPECT_EQ(cell_text(cells[0]), "2.5");
  EXPECT_EQ(cells[0].align, Align::Right);  // General: numbers right
  EXPECT_EQ(cell_text(cells[1]), "2.50");
  EXPECT_EQ(cells[1].value.number_format, "0.00");
  EXPECT_EQ(cell_text(cells[2]), "2024/5/20");
  ASSERT_EQ(cells[3].paragraphs[0].runs.size(), 2u);
  EXPECT_TRUE(cells[3].paragraphs[0].runs[0].style.bold);
  EXPECT_FALSE(cells[3].paragraphs[0].runs[1].style.bold);
  EXPECT_EQ(cell_text(cells[4]), "TRUE");
  EXPECT_EQ(cell_text(cells[5]), "#DIV/0!");
}

TEST(XlsxReaderSample, PrintAreaHiddenRowsAndHiddenSheets) {
  const std::string rows = row(1, str("A1", "一") + str("B1", "二") + str("C1", "不印")) +
                           row(2, str("A2", "隐") + str("B2", "藏"), " hidden=\"1\"") +
                           row(3, str("A3", "三") + str("B3", "四"));
  BookOptions o;
  o.defined_names =
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">表1!$A$1:$B$3</definedName>";
  std::string bytes = build_book({{"表1", rows}, {"备用", row(1, str("A1", "x"))}}, o);
  // Hide the second sheet as Excel does (state="hidden").
  const std::string from = "name=\"备用\"";
  const std::string wb = *OpcPackage(bytes).part("xl/workbook.xml");
  std::string hidden_wb = wb;
  hidden_wb.replace(hidden_wb.find(from), from.size(), from + " state=\"hidden\"");
  std::vector<ZipEntry> entries;
  OpcPackage pkg(bytes);
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"}) {
    entries.push_back({part, *pkg.part(part)});
  }
  entries.push_back({"xl/workbook.xml", hidden_wb});
  const XlsxReading r = read_xlsx(build_zip(entries));
  const auto& t = std::get<Table>(r.document.blocks.at(0));
  ASSERT_EQ(t.rows.size(), 2u);           // row 2 is hidden
  ASSERT_EQ(t.rows[0].cells.size(), 2u);  // C is outside the print area
  EXPECT_EQ(cell_text(t.rows[1].cells[1]), "四");
  EXPECT_EQ(r.document.blocks.size(), 1u);  // no second section
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("hidden sheets are not printed"), std::string::npos);
}

TEST(XlsxReaderSample, NotAWorkbook) { EXPECT_THROW(read_xlsx("not a zip"), IoError); }

}  // namespace
}  // namespace formwork
