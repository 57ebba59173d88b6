// Pictures drawn on a worksheet (DrawingML anchors) read as floating
// pictures in their anchor cell; charts, shapes and comments warned
// (xlsx/sheet_pictures.h through xlsx/xlsx_reader.h).
#include <gtest/gtest.h>

#include "picture_fixture.h"
#include "xlsx/xlsx_reader.h"
#include "xlsx_reader_fixture.h"

namespace formwork {
namespace {

using namespace xlsx_reader_test;  // NOLINT(google-build-using-namespace): test builders

const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kXdr =
    "xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// A twoCellAnchor picture at (row, col) offset 1 mm × 2 mm, 40 × 30 mm.
std::string pic_anchor(int row, int col, const std::string& rel_id) {
  const std::string from = "<xdr:from><xdr:col>" + std::to_string(col) +
                           "</xdr:col><xdr:colOff>36000</xdr:colOff><xdr:row>" +
                           std::to_string(row) +
                           "</xdr:row><xdr:rowOff>72000</xdr:rowOff>"
                           "</xdr:from>";
  return "<xdr:twoCellAnchor>" + from +
         "<xdr:to><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row>"
         "<xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" "
         "name=\"图片 1\" descr=\"印章\"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip "
         "r:embed=\"" +
         rel_id +
         "\"/></xdr:blipFill><xdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
         "<a:ext cx=\"1440000\" cy=\"1080000\"/></a:xfrm></xdr:spPr></xdr:pic>"
         "<xdr:clientData/></xdr:twoCellAnchor>";
}

SheetXml sheet_with_drawing(const std::string& rows, const std::string& anchors,
                            const std::string& image) {
  SheetXml s("S", "<sheetData>" + rows + "</sheetData><drawing r:id=\"rD\"/>");
  s.rels =
      "<Relationship Id=\"rD\" Type=\"" + kRel + "drawing\" Target=\"../drawings/drawing1.xml\"/>";
  s.extra_parts.push_back({"xl/drawings/drawing1.xml", "<?xml version=\"1.0\"?><xdr:wsDr " + kXdr +
                                                           ">" + anchors + "</xdr:wsDr>"});
  s.extra_parts.push_back(
      {"xl/drawings/_rels/drawing1.xml.rels",
       "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
       "2006/relationships\"><Relationship Id=\"rI\" Type=\"" +
           kRel + "image\" Target=\"../media/image1.png\"/><Relationship Id=\"rX\" Type=\"" + kRel +
           "image\" Target=\"../media/missing.png\"/></Relationships>"});
  s.extra_parts.push_back({"xl/media/image1.png", image});
  return s;
}

TEST(XlsxReaderPictures, PictureFloatsInItsAnchorCellsParagraph) {
  const std::string rows = "<row r=\"1\">" + text_cell("A1", "报销单") + "</row><row r=\"3\">" +
                           text_cell("B3", "审核人：") + "</row>";
  const XlsxReading r = read_xlsx(
      workbook({sheet_with_drawing(rows, pic_anchor(2, 1, "rI"), xlsx_test::make_png(8, 8))}));
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.at(0);
  const auto& p = std::get<Paragraph>(r.document.blocks.at(1));
  ASSERT_EQ(p.runs.size(), 2u);
  ASSERT_TRUE(p.runs[0].picture);
  const Picture& pic = *p.runs[0].picture;
  EXPECT_TRUE(pic.floating);
  EXPECT_DOUBLE_EQ(pic.width_mm, 40);
  EXPECT_DOUBLE_EQ(pic.height_mm, 30);
  EXPECT_DOUBLE_EQ(pic.offset_x_mm, 1);
  EXPECT_EQ(pic.alt, "印章");
  EXPECT_EQ(pic.pixel_width, 8);
  EXPECT_EQ(p.runs[1].text, "审核人：");
}

TEST(XlsxReaderPictures, PictureInAnEmptyRowExtendsTheUsedRange) {
  const std::string rows = "<row r=\"1\">" + text_cell("A1", "报销单") + "</row>";
  const XlsxReading r = read_xlsx(
      workbook({sheet_with_drawing(rows, pic_anchor(4, 0, "rI"), xlsx_test::make_png(4, 4))}));
  ASSERT_EQ(r.document.blocks.size(), 2u);
  const auto& p = std::get<Paragraph>(r.document.blocks[1]);
  ASSERT_EQ(p.runs.size(), 1u);
  EXPECT_TRUE(p.runs[0].picture);
}

TEST(XlsxReaderPictures, ChartsShapesMissingAndBadImagesAreWarned) {
  const std::string anchors =
      pic_anchor(0, 0, "rX") + pic_anchor(0, 1, "rI") +
      "<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0"
      "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:graphicFrame><a:graphic><a:graphicData>"
      "<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rC\"/>"
      "</a:graphicData></a:graphic></xdr:graphicFrame></xdr:twoCellAnchor>"
      "<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0"
      "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx=\"1\" cy=\"1\"/><xdr:sp/>"
      "</xdr:oneCellAnchor>";
  const std::string rows = "<row r=\"1\">" + text_cell("A1", "x") + "</row>";
  const XlsxReading r = read_xlsx(workbook({sheet_with_drawing(rows, anchors, "not a png")}));
  ASSERT_EQ(r.warnings.size(), 4u);
  EXPECT_EQ(r.warnings[0].rfind("pictures whose image is missing", 0), 0u);
  EXPECT_EQ(r.warnings[1].rfind("pictures that are not PNG or JPEG", 0), 0u);
  EXPECT_EQ(r.warnings[2], "charts are not printed (1 on sheet S)");
  EXPECT_EQ(r.warnings[3], "shapes and text boxes are not printed (1 on sheet S)");
}

TEST(XlsxReaderPictures, PictureInAHiddenRowIsWarned) {
  const std::string rows = "<row r=\"1\">" + text_cell("A1", "x") +
                           "</row><row r=\"2\" hidden=\"1\">" + text_cell("A2", "y") + "</row>";
  const XlsxReading r = read_xlsx(
      workbook({sheet_with_drawing(rows, pic_anchor(1, 0, "rI"), xlsx_test::make_png(4, 4))}));
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0].rfind("pictures anchored outside the print area", 0), 0u);
}

TEST(XlsxReaderPictures, CommentsAreWarned) {
  SheetXml s("S", "<sheetData><row r=\"1\">" + text_cell("A1", "x") +
                      "</row></sheetData><legacyDrawing r:id=\"rV\"/>");
  s.rels = "<Relationship Id=\"rM\" Type=\"" + kRel + "comments\" Target=\"../comments1.xml\"/>";
  const XlsxReading r = read_xlsx(workbook({s}));
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "cell comments and notes are not printed (1 on sheet S)");
}

}  // namespace
}  // namespace formwork
