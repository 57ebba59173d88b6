// The XLSX reader's workbook level: sheet order and visibility, page setup,
// print area, title, errors and warnings (xlsx/xlsx_reader.h).
#include <gtest/gtest.h>

#include "util/errors.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx_reader_fixture.h"

namespace formwork {
namespace {

using namespace xlsx_reader_test;  // NOLINT(google-build-using-namespace): test builders

std::string one_row(const std::string& cells) {
  return "<sheetData><row r=\"1\">" + cells + "</row></sheetData>";
}

std::string all_text(const Document& d) {
  std::string out;
  for (const Block& b : d.blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) out += p->text() + "|";
    if (const auto* t = std::get_if<Table>(&b)) {
      for (const Row& r : t->rows) {
        for (const Cell& c : r.cells) {
          for (const Paragraph& p : c.paragraphs) out += p.text() + "|";
        }
      }
    }
  }
  return out;
}

TEST(XlsxReaderWorkbook, SheetsInOrderHiddenOnesLeftOutAndNamed) {
  const std::string bytes = workbook({{"封面", one_row(text_cell("A1", "第一页"))},
                                      {"内部", one_row(text_cell("A1", "秘密")), "hidden"},
                                      {"明细", one_row(text_cell("A1", "第二页"))},
                                      {"旧表", one_row(text_cell("A1", "旧")), "veryHidden"}});
  const XlsxReading r = read_xlsx(bytes);
  EXPECT_EQ(r.document.sheet_name, "封面");
  ASSERT_EQ(r.document.blocks.size(), 3u);
  EXPECT_EQ(std::get<Paragraph>(r.document.blocks[0]).text(), "第一页");
  const auto& brk = std::get<SectionBreak>(r.document.blocks[1]);
  EXPECT_EQ(brk.sheet_name, "明细");
  EXPECT_EQ(std::get<Paragraph>(r.document.blocks[2]).text(), "第二页");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "hidden sheets are not printed: 内部, 旧表");
}

TEST(XlsxReaderWorkbook, PageSizeOrientationAndMarginsInMm) {
  const std::string body = one_row(text_cell("A1", "x")) +
                           "<pageMargins left=\"0.5\" right=\"0.25\" top=\"1\" bottom=\"0.75\" "
                           "header=\"0.3\" footer=\"0.3\"/>"
                           "<pageSetup paperSize=\"8\" orientation=\"landscape\"/>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}));
  const PageSetup& p = r.document.page;
  EXPECT_TRUE(p.landscape);
  EXPECT_DOUBLE_EQ(p.width_mm, 420);  // A3 landscape
  EXPECT_DOUBLE_EQ(p.height_mm, 297);
  EXPECT_DOUBLE_EQ(p.margin_left_mm, 12.7);
  EXPECT_DOUBLE_EQ(p.margin_right_mm, 6.35);
  EXPECT_DOUBLE_EQ(p.margin_top_mm, 25.4);
  EXPECT_NEAR(p.margin_bottom_mm, 19.05, 1e-9);
}

TEST(XlsxReaderWorkbook, PaperCodesAndDefaults) {
  const auto page = [](const std::string& setup) {
    return read_xlsx(workbook({{"S", one_row(text_cell("A1", "x")) + setup}})).document.page;
  };
  EXPECT_DOUBLE_EQ(page("").width_mm, 210);  // A4 when absent
  EXPECT_FALSE(page("").landscape);
  EXPECT_NEAR(page("").margin_left_mm, 17.78, 1e-9);                        // Excel's 0.7 in
  EXPECT_NEAR(page("").margin_top_mm, 19.05, 1e-9);                         // 0.75 in
  EXPECT_DOUBLE_EQ(page("<pageSetup paperSize=\"1\"/>").height_mm, 279.4);  // Letter
  EXPECT_DOUBLE_EQ(page("<pageSetup paperSize=\"5\"/>").height_mm, 355.6);  // Legal
  EXPECT_DOUBLE_EQ(page("<pageSetup paperSize=\"11\"/>").width_mm, 148);    // A5
  EXPECT_DOUBLE_EQ(page("<pageSetup paperSize=\"13\"/>").width_mm, 182);    // B5 (JIS)
  EXPECT_DOUBLE_EQ(page("<pageSetup paperSize=\"99\"/>").width_mm, 210);    // unknown: A4
}

TEST(XlsxReaderWorkbook, HeaderAndFooterLines) {
  const std::string body = one_row(text_cell("A1", "x")) +
                           "<headerFooter><oddHeader>&amp;R&amp;\"宋体,常规\"&amp;9示例市财政局"
                           "</oddHeader><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter>"
                           "</headerFooter>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}));
  EXPECT_EQ(r.document.page.header.pattern, "示例市财政局");
  EXPECT_EQ(r.document.page.header.align, MarginTextAlign::Right);
  EXPECT_DOUBLE_EQ(r.document.page.header.size_pt, 9);
  EXPECT_EQ(r.document.page.footer.pattern, "第 {page} 页 共 {pages} 页");
  EXPECT_EQ(r.document.page.footer.align, MarginTextAlign::Center);
  EXPECT_TRUE(r.warnings.empty());
}

TEST(XlsxReaderWorkbook, FirstAndEvenPageHeadersAreWarned) {
  const std::string body = one_row(text_cell("A1", "x")) +
                           "<headerFooter differentFirst=\"1\" differentOddEven=\"1\">"
                           "<oddFooter>&amp;C&amp;P</oddFooter><evenFooter>&amp;L&amp;P"
                           "</evenFooter><firstFooter>&amp;C封面</firstFooter></headerFooter>";
  const XlsxReading r = read_xlsx(workbook({{"表", body}}));
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0],
            "a different first-page header or footer is not printed (the normal one is used) "
            "(1 on sheet 表)");
  EXPECT_EQ(r.warnings[1],
            "different even-page headers and footers are not printed (the odd-page ones are "
            "used) (1 on sheet 表)");
}

TEST(XlsxReaderWorkbook, HorizontallyCentredSheetWidensTheMargins) {
  const std::string body = "<cols><col min=\"1\" max=\"1\" width=\"20\"/></cols>" +
                           one_row(text_cell("A1", "x")) +
                           "<printOptions horizontalCentered=\"1\"/>"
                           "<pageMargins left=\"0.5\" right=\"0.5\" top=\"1\" bottom=\"1\" "
                           "header=\"0.5\" footer=\"0.5\"/>";
  const PageSetup p = read_xlsx(workbook({{"S", body}})).document.page;
  const double column = 140 * 25.4 / 96;  // width 20
  EXPECT_NEAR(p.text_width_mm(), column, 1e-9);
  EXPECT_NEAR(p.margin_left_mm, p.margin_right_mm, 1e-9);
}

TEST(XlsxReaderWorkbook, PrintAreaBoundsTheRange) {
  const std::string body = "<sheetData><row r=\"1\">" + text_cell("A1", "外") +
                           text_cell("B1", "内") + "</row><row r=\"2\">" + text_cell("B2", "内2") +
                           text_cell("D2", "外2") + "</row><row r=\"5\">" + text_cell("B5", "外3") +
                           "</row></sheetData>";
  const std::string names =
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'S'!$B$1:$C$2</definedName>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}, "", names));
  EXPECT_EQ(all_text(r.document), "内|内2|");
}

TEST(XlsxReaderWorkbook, HugePrintAreaIsCutToTheUsedCells) {
  const std::string body =
      "<sheetData><row r=\"2\">" + text_cell("B2", "内") + "</row></sheetData>";
  const std::string names =
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">S!$A$1:$XFD$1048576"
      "</definedName>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}, "", names));
  EXPECT_EQ(all_text(r.document), "内|");
}

TEST(XlsxReaderWorkbook, SeveralPrintRangesPrintTheFirst) {
  const std::string body = "<sheetData><row r=\"1\">" + text_cell("A1", "一") +
                           text_cell("C1", "三") + "</row></sheetData>";
  const std::string names =
      "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">S!$A$1,S!$C$1</definedName>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}, "", names));
  EXPECT_EQ(all_text(r.document), "一|");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0],
            "a print area of several ranges: only the first range is printed (1 on sheet S)");
}

TEST(XlsxReaderWorkbook, HiddenRowsAndColumnsAreNotPrinted) {
  const std::string body =
      "<cols><col min=\"2\" max=\"2\" width=\"9\" hidden=\"1\"/></cols><sheetData>"
      "<row r=\"1\">" +
      text_cell("A1", "甲") + text_cell("B1", "隐列") + text_cell("C1", "丙") +
      "</row><row r=\"2\" hidden=\"1\">" + text_cell("A2", "隐行") + "</row></sheetData>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}));
  const std::string text = all_text(r.document);
  EXPECT_EQ(text.find("隐"), std::string::npos) << text;
  EXPECT_NE(text.find("甲"), std::string::npos);
  EXPECT_NE(text.find("丙"), std::string::npos);
}

TEST(XlsxReaderWorkbook, TitleFromCoreProperties) {
  EXPECT_EQ(read_xlsx(workbook({{"S", one_row(text_cell("A1", "x"))}})).document.title, "");
  SheetXml sheet{"S", one_row(text_cell("A1", "x"))};
  sheet.extra_parts.push_back(
      {"docProps/core.xml",
       "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
       "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>差旅费报销单"
       "</dc:title></cp:coreProperties>"});
  EXPECT_EQ(read_xlsx(workbook({sheet})).document.title, "差旅费报销单");
}

TEST(XlsxReaderWorkbook, LossesAreWarnedOncePerKind) {
  const std::string body =
      one_row(text_cell("A1", "x")) +
      "<conditionalFormatting sqref=\"A1\"><cfRule type=\"expression\" priority=\"1\">"
      "<formula>A1&gt;0</formula></cfRule></conditionalFormatting>"
      "<conditionalFormatting sqref=\"A2\"><cfRule type=\"expression\" priority=\"2\">"
      "<formula>A2&gt;0</formula></cfRule></conditionalFormatting>"
      "<dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"A1\"/>"
      "</dataValidations><rowBreaks count=\"1\"><brk id=\"1\"/></rowBreaks>";
  const XlsxReading r = read_xlsx(workbook({{"S", body}}));
  ASSERT_EQ(r.warnings.size(), 3u);
  EXPECT_EQ(r.warnings[0],
            "manual page breaks are not kept (pages break where the text fills them) (1 on "
            "sheet S)");
  EXPECT_EQ(r.warnings[1],
            "conditional formats (colours, data bars, icons set by rules) are not printed (2 on "
            "sheet S)");
  EXPECT_NE(r.warnings[2].find("data validation"), std::string::npos);
}

TEST(XlsxReaderWorkbook, NotAZipIsAnIoError) {
  EXPECT_THROW(read_xlsx("this is not a workbook"), IoError);
}

TEST(XlsxReaderWorkbook, MalformedPartIsATemplateErrorNamingIt) {
  try {
    read_xlsx(workbook({{"S", "<sheetData><row>"}}));
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_NE(std::string(e.what()).find("xl/worksheets/sheet1.xml"), std::string::npos)
        << e.what();
  }
}

TEST(XlsxReaderWorkbook, MissingSharedStringIsATemplateErrorNamingTheCell) {
  const std::string body = one_row("<c r=\"B1\" t=\"s\"><v>7</v></c>");
  try {
    read_xlsx(workbook({{"S", body}}, "<si><t>only</t></si>"));
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_NE(std::string(e.what()).find("xl/worksheets/sheet1.xml B1"), std::string::npos)
        << e.what();
  }
}

TEST(XlsxReaderWorkbook, NoWorkbookPartIsAnIoError) {
  EXPECT_THROW(read_xlsx(build_zip({{"word/document.xml", "<w:document/>"}})), IoError);
}

}  // namespace
}  // namespace formwork
