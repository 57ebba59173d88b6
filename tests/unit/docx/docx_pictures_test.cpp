// Pictures in the DOCX package: DrawingML drawings (inline and floating),
// image parts stored once, their relationships and content types, read
// back with pugixml and libzip.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "docx/docx_writer.h"
#include "docx/drawing_xml.h"
#include "docx/media_parts.h"
#include "docx_test_support.h"
#include "util/atomic_file.h"

namespace formwork {
namespace {

using docx_test::load_part;
using docx_test::zip_entry;

// A valid 1 × 1 RGBA PNG (a half-transparent red dot: a seal's ground).
const std::string kRedPng(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
    "\x00\x01\x08\x06\x00\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0D\x49\x44\x41\x54\x78\xDA\x63"
    "\x38\xC3\xC0\xD0\x00\x00\x03\xB5\x01\x4D\x36\xE0\xEA\xED\x00\x00\x00\x00\x49\x45\x4E\x44"
    "\xAE\x42\x60\x82",
    70);
// The same with an opaque blue dot: other bytes, another part.
const std::string kBluePng(
    "\x89\x50\x4E\x47\x0D\x0A\x1A\x0A\x00\x00\x00\x0D\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00"
    "\x00\x01\x08\x06\x00\x00\x00\x1F\x15\xC4\x89\x00\x00\x00\x0D\x49\x44\x41\x54\x78\xDA\x63"
    "\x60\x60\x38\xF3\x1F\x00\x02\x9C\x01\xCC\x74\xCE\xA7\x74\x00\x00\x00\x00\x49\x45\x4E\x44"
    "\xAE\x42\x60\x82",
    70);
// The writer stores JPEG bytes as they are; only the kind matters here.
constexpr char kJpegBytes[] = "\xFF\xD8\xFF\xE0 formwork test JPEG \xFF\xD9";
const std::string kJpeg(kJpegBytes, sizeof kJpegBytes - 1);

constexpr long kEmuPerMm = 36000;

std::shared_ptr<Picture> picture(const std::string& bytes, double w_mm, double h_mm,
                                 PictureFormat format = PictureFormat::Png) {
  auto pic = std::make_shared<Picture>();
  pic->format = format;
  pic->data = std::make_shared<const std::string>(bytes);  // its own copy: dedupe is by content
  pic->pixel_width = pic->pixel_height = 1;
  pic->width_mm = w_mm;
  pic->height_mm = h_mm;
  return pic;
}

std::shared_ptr<Picture> seal(double dx_mm, double dy_mm) {
  auto pic = picture(kRedPng, 40, 40);
  pic->has_alpha = true;
  pic->alt = "印章 \"A&B\"";
  pic->floating = true;
  pic->offset_x_mm = dx_mm;
  pic->offset_y_mm = dy_mm;
  return pic;
}

Run text_run(const std::string& text, double size_pt = 16) {
  Run run;
  run.text = text;
  run.style.size_pt = size_pt;
  return run;
}

Run picture_run(std::shared_ptr<const Picture> pic, double size_pt = 16) {
  Run run;
  run.style.size_pt = size_pt;
  run.picture = std::move(pic);
  return run;
}

Paragraph paragraph(std::vector<Run> runs) {
  Paragraph p;
  p.runs = std::move(runs);
  return p;
}

// Writes `doc` into a fresh folder and returns the package's path.
std::string write(const Document& doc) {
  std::string path = docx_test::fresh_dir() + "/out.docx";
  write_docx(doc, path);
  return path;
}

long attr_long(pugi::xml_node node, const char* name) {
  return std::stol(node.attribute(name).value());
}

// The text of the n-th (1-based) node matching `xpath`.
pugi::xml_node nth(const pugi::xml_document& xml, const std::string& xpath, int n = 1) {
  return xml.select_node(("(" + xpath + ")[" + std::to_string(n) + "]").c_str()).node();
}

TEST(DocxPictures, InlinePictureIsADrawingOfItsSizeInEmu) {
  auto logo = picture(kBluePng, 30, 20);
  logo->alt = "标志";
  Document doc;
  doc.blocks.push_back(paragraph({text_run("标志："), picture_run(logo), text_run("。")}));
  std::string path = write(doc);
  pugi::xml_document xml;
  load_part(path, "word/document.xml", xml);
  pugi::xml_node root = xml.child("w:document");
  EXPECT_STREQ(root.attribute("xmlns:wp").value(),
               "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
  EXPECT_STREQ(root.attribute("xmlns:a").value(),
               "http://schemas.openxmlformats.org/drawingml/2006/main");
  EXPECT_STREQ(root.attribute("xmlns:pic").value(),
               "http://schemas.openxmlformats.org/drawingml/2006/picture");
  // The picture is the second run, between the two texts.
  pugi::xml_node p = xml.select_node("//w:body/w:p").node();
  pugi::xml_node r = nth(xml, "//w:body/w:p/w:r", 2);
  ASSERT_TRUE(r.child("w:drawing")) << docx_test::zip_entry(path, "word/document.xml");
  EXPECT_FALSE(r.child("w:t"));
  EXPECT_STREQ(r.child("w:rPr").child("w:sz").attribute("w:val").value(), "32");
  pugi::xml_node in = r.child("w:drawing").child("wp:inline");
  ASSERT_TRUE(in);
  for (const char* d : {"distT", "distB", "distL", "distR"})
    EXPECT_STREQ(in.attribute(d).value(), "0");
  EXPECT_EQ(attr_long(in.child("wp:extent"), "cx"), 30 * kEmuPerMm);
  EXPECT_EQ(attr_long(in.child("wp:extent"), "cy"), 20 * kEmuPerMm);
  EXPECT_STREQ(in.child("wp:docPr").attribute("id").value(), "1");
  EXPECT_STREQ(in.child("wp:docPr").attribute("descr").value(), "标志");
  EXPECT_STREQ(in.select_node("wp:cNvGraphicFramePr/a:graphicFrameLocks")
                   .node()
                   .attribute("noChangeAspect")
                   .value(),
               "1");
  pugi::xml_node data = in.child("a:graphic").child("a:graphicData");
  EXPECT_STREQ(data.attribute("uri").value(),
               "http://schemas.openxmlformats.org/drawingml/2006/picture");
  pugi::xml_node pic = data.child("pic:pic");
  EXPECT_STREQ(pic.select_node("pic:blipFill/a:blip").node().attribute("r:embed").value(),
               "rIdImage1");
  EXPECT_TRUE(pic.select_node("pic:blipFill/a:stretch/a:fillRect"));
  pugi::xml_node ext = pic.select_node("pic:spPr/a:xfrm/a:ext").node();
  EXPECT_EQ(attr_long(ext, "cx"), 30 * kEmuPerMm);
  EXPECT_EQ(attr_long(ext, "cy"), 20 * kEmuPerMm);
  EXPECT_STREQ(pic.select_node("pic:spPr/a:prstGeom").node().attribute("prst").value(), "rect");
  // The line may grow to hold the picture: atLeast, never exact (which clips).
  pugi::xml_node spacing = p.child("w:pPr").child("w:spacing");
  EXPECT_STREQ(spacing.attribute("w:lineRule").value(), "atLeast");
}

TEST(DocxPictures, InlinePictureLineIsThePdfLineGrownToHoldIt) {
  // 16 pt text, line spacing 1.25: a 400-twip line whose baseline is
  // (400 − 320) / 2 + 0.88 × 320 = 321.6 twips below its top. A 20 mm
  // (1133.86 twips) picture rises 812.26 above that: 1212.26, rounded up.
  Document doc;
  doc.blocks.push_back(paragraph({text_run("标志："), picture_run(picture(kBluePng, 30, 20))}));
  // On a line grid of 579 twips the line takes three pitches.
  Document grid = doc;
  grid.page.grid_lines = 22;
  pugi::xml_document a, b;
  load_part(write(doc), "word/document.xml", a);
  EXPECT_EQ(attr_long(nth(a, "//w:p/w:pPr/w:spacing"), "w:line"), 1213);
  load_part(write(grid), "word/document.xml", b);
  pugi::xml_node spacing = nth(b, "//w:p/w:pPr/w:spacing");
  long pitch = attr_long(b.select_node("//w:docGrid").node(), "w:linePitch");
  EXPECT_EQ(attr_long(spacing, "w:line"), 3 * pitch);
  EXPECT_STREQ(spacing.attribute("w:lineRule").value(), "atLeast");
}

TEST(DocxPictures, InlinePictureInALongParagraphKeepsTheTextLine) {
  // Several lines: the minimum stays the text line so the other lines keep
  // their height; the reader grows the picture's line.
  Document doc;
  std::string text;
  for (int i = 0; i < 60; ++i) text += "正文";
  doc.blocks.push_back(paragraph({text_run(text), picture_run(picture(kBluePng, 30, 20))}));
  pugi::xml_document xml;
  load_part(write(doc), "word/document.xml", xml);
  pugi::xml_node spacing = nth(xml, "//w:p/w:pPr/w:spacing");
  EXPECT_EQ(attr_long(spacing, "w:line"), 400);
  EXPECT_STREQ(spacing.attribute("w:lineRule").value(), "atLeast");
}

TEST(DocxPictures, FloatingSealIsAnchoredInFrontOfTheText) {
  Document doc;
  Paragraph sig = paragraph({picture_run(seal(-8, -12)), text_run("山东省人力资源和社会保障厅")});
  sig.role = ParagraphRole::Signature;
  sig.align = Align::Right;
  sig.space_before_pt = 29;
  doc.blocks.push_back(sig);
  std::string path = write(doc);
  pugi::xml_document xml;
  load_part(path, "word/document.xml", xml);
  pugi::xml_node anchor = xml.select_node("//w:drawing/wp:anchor").node();
  ASSERT_TRUE(anchor) << zip_entry(path, "word/document.xml");
  EXPECT_FALSE(xml.select_node("//wp:inline"));
  EXPECT_STREQ(anchor.attribute("behindDoc").value(), "0");
  EXPECT_STREQ(anchor.attribute("allowOverlap").value(), "1");
  EXPECT_STREQ(anchor.attribute("layoutInCell").value(), "1");
  EXPECT_STREQ(anchor.attribute("locked").value(), "0");
  EXPECT_STREQ(anchor.attribute("simplePos").value(), "0");
  EXPECT_GT(attr_long(anchor, "relativeHeight"), 0);
  // CT_Anchor's sequence (ECMA-376 Part 1 §20.4.2.3).
  std::vector<std::string> order;
  for (pugi::xml_node c : anchor.children()) order.emplace_back(c.name());
  EXPECT_EQ(order, (std::vector<std::string>{"wp:simplePos", "wp:positionH", "wp:positionV",
                                             "wp:extent", "wp:effectExtent", "wp:wrapNone",
                                             "wp:docPr", "wp:cNvGraphicFramePr", "a:graphic"}));
  pugi::xml_node h = anchor.child("wp:positionH");
  EXPECT_STREQ(h.attribute("relativeFrom").value(), "character");
  EXPECT_EQ(std::stol(h.child_value("wp:posOffset")), -8 * kEmuPerMm);
  // First line: measured from the paragraph's top, its 29 pt space before
  // (580 twips × 635 EMU) above the line.
  pugi::xml_node v = anchor.child("wp:positionV");
  EXPECT_STREQ(v.attribute("relativeFrom").value(), "paragraph");
  EXPECT_EQ(std::stol(v.child_value("wp:posOffset")), 580 * 635 - 12 * kEmuPerMm);
  EXPECT_EQ(attr_long(anchor.child("wp:extent"), "cx"), 40 * kEmuPerMm);
  EXPECT_STREQ(anchor.child("wp:docPr").attribute("descr").value(), "印章 \"A&B\"");
  // A floating picture takes no room: the line stays exact.
  EXPECT_STREQ(nth(xml, "//w:p/w:pPr/w:spacing").attribute("w:lineRule").value(), "exact");
}

TEST(DocxPictures, FloatingPictureAfterALineBreakIsPlacedFromItsLine) {
  Document doc;
  doc.blocks.push_back(paragraph({text_run("山东省\n"), picture_run(seal(2, -3))}));
  pugi::xml_document xml;
  load_part(write(doc), "word/document.xml", xml);
  pugi::xml_node v = xml.select_node("//wp:anchor/wp:positionV").node();
  EXPECT_STREQ(v.attribute("relativeFrom").value(), "line");
  EXPECT_EQ(std::stol(v.child_value("wp:posOffset")), -3 * kEmuPerMm);
}

TEST(DocxPictures, EachDistinctImageIsStoredOnceInOrderOfFirstUse) {
  Document doc;
  // Two copies of the same bytes (a seal read twice), a JPEG, the seal again.
  doc.blocks.push_back(paragraph({picture_run(picture(kRedPng, 10, 10))}));
  doc.blocks.push_back(paragraph({picture_run(picture(kJpeg, 10, 5, PictureFormat::Jpeg))}));
  doc.blocks.push_back(paragraph({picture_run(seal(0, 0)), text_run("署名")}));
  std::string path = write(doc);
  std::vector<std::string> media;
  for (const std::string& name : docx_test::zip_names(path)) {
    if (name.rfind("word/media/", 0) == 0) media.push_back(name);
  }
  EXPECT_EQ(media, (std::vector<std::string>{"word/media/image1.png", "word/media/image2.jpeg"}));
  EXPECT_EQ(zip_entry(path, "word/media/image1.png"), kRedPng);
  EXPECT_EQ(zip_entry(path, "word/media/image2.jpeg"), kJpeg);

  pugi::xml_document xml;
  load_part(path, "word/document.xml", xml);
  std::vector<std::string> embeds, ids;
  for (pugi::xpath_node b : xml.select_nodes("//a:blip")) {
    embeds.emplace_back(b.node().attribute("r:embed").value());
  }
  for (pugi::xpath_node d : xml.select_nodes("//wp:docPr")) {
    ids.emplace_back(d.node().attribute("id").value());
  }
  EXPECT_EQ(embeds, (std::vector<std::string>{"rIdImage1", "rIdImage2", "rIdImage1"}));
  EXPECT_EQ(ids, (std::vector<std::string>{"1", "2", "3"}));

  pugi::xml_document rels;
  load_part(path, "word/_rels/document.xml.rels", rels);
  const char* kImage = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
  pugi::xml_node r1 = rels.select_node("//Relationship[@Id='rIdImage1']").node();
  pugi::xml_node r2 = rels.select_node("//Relationship[@Id='rIdImage2']").node();
  EXPECT_STREQ(r1.attribute("Type").value(), kImage);
  EXPECT_STREQ(r1.attribute("Target").value(), "media/image1.png");
  EXPECT_STREQ(r2.attribute("Target").value(), "media/image2.jpeg");
  EXPECT_EQ(rels.select_nodes("//Relationship").size(), 5u);  // styles, settings, fonts + 2

  pugi::xml_document types;
  load_part(path, "[Content_Types].xml", types);
  EXPECT_STREQ(
      types.select_node("//Default[@Extension='png']").node().attribute("ContentType").value(),
      "image/png");
  EXPECT_STREQ(
      types.select_node("//Default[@Extension='jpeg']").node().attribute("ContentType").value(),
      "image/jpeg");
}

TEST(DocxPictures, OnlyTheKindsUsedGetAContentType) {
  Document doc;
  doc.blocks.push_back(paragraph({picture_run(picture(kJpeg, 10, 5, PictureFormat::Jpeg))}));
  pugi::xml_document types;
  load_part(write(doc), "[Content_Types].xml", types);
  EXPECT_TRUE(types.select_node("//Default[@Extension='jpeg']"));
  EXPECT_FALSE(types.select_node("//Default[@Extension='png']"));
}

TEST(DocxPictures, QrCodeInATableCell) {
  auto qr = picture(kBluePng, 25, 25);
  qr->qr_size = 21;
  qr->qr_modules.assign(21 * 21, false);
  qr->alt = "https://example.org/?a=1&b=2";
  Table table;
  table.column_widths = {1, 1};
  Row row;
  Cell label, code;
  label.paragraphs.push_back(paragraph({text_run("二维码")}));
  code.paragraphs.push_back(paragraph({picture_run(qr)}));
  row.cells = {label, code};
  table.rows = {row};
  Document doc;
  doc.blocks.push_back(table);
  pugi::xml_document xml;
  load_part(write(doc), "word/document.xml", xml);
  pugi::xml_node in = xml.select_node("//w:tbl/w:tr/w:tc[2]/w:p/w:r/w:drawing/wp:inline").node();
  ASSERT_TRUE(in);
  EXPECT_EQ(attr_long(in.child("wp:extent"), "cx"), 25 * kEmuPerMm);
  EXPECT_STREQ(in.child("wp:docPr").attribute("name").value(), "QR code 1");
  EXPECT_STREQ(in.child("wp:docPr").attribute("descr").value(), "https://example.org/?a=1&b=2");
}

TEST(DocxPictures, PictureWiderThanItsCellIsScaledDownKeepingItsShape) {
  // Two equal columns of the 160 mm A4 text width, 1.5 mm padding: a cell
  // line is 77 mm wide, so an 100 × 50 mm picture is drawn 77 × 38.5 mm.
  Table table;
  table.column_widths = {1, 1};
  table.cell_padding_mm = 1.5;
  Row row;
  Cell c;
  c.paragraphs.push_back(paragraph({picture_run(picture(kBluePng, 100, 50))}));
  row.cells = {c, Cell{}};
  table.rows = {row};
  Document doc;
  doc.page.margin_left_mm = doc.page.margin_right_mm = 25;  // 160 mm text width
  doc.blocks.push_back(table);
  pugi::xml_document xml;
  load_part(write(doc), "word/document.xml", xml);
  pugi::xml_node ext = xml.select_node("//wp:inline/wp:extent").node();
  long cell_twips = attr_long(xml.select_node("//w:tc/w:tcPr/w:tcW").node(), "w:w");
  long pad = attr_long(xml.select_node("//w:tblCellMar/w:left").node(), "w:w");
  long room = (cell_twips - 2 * pad) * 635;
  EXPECT_NEAR(attr_long(ext, "cx"), room, 1);
  EXPECT_NEAR(attr_long(ext, "cy"), room / 2, 1);
}

TEST(DocxPictures, FittedExtentKeepsTheAspectRatio) {
  Picture p;
  p.width_mm = 40;
  p.height_mm = 20;
  EmuSize none = fitted_extent(p, 0, 0);
  EXPECT_EQ(none.cx, 1440000);
  EXPECT_EQ(none.cy, 720000);
  EmuSize narrow = fitted_extent(p, 720000, 0);
  EXPECT_EQ(narrow.cx, 720000);
  EXPECT_EQ(narrow.cy, 360000);
  EmuSize low = fitted_extent(p, 0, 180000);
  EXPECT_EQ(low.cx, 360000);
  EXPECT_EQ(low.cy, 180000);
  p.width_mm = 0;
  EXPECT_EQ(fitted_extent(p, 0, 0).cx, 1);  // never a zero extent
}

TEST(DocxPictures, SizesAndOffsetsNoReaderCouldPlaceAreBroughtIntoRange) {
  // A Document built in code may hold anything: the file stays valid
  // (ST_PositionOffset is an xsd:int, extents positive).
  auto odd = seal(std::nan(""), 1e12);
  odd->width_mm = std::numeric_limits<double>::infinity();
  odd->height_mm = -5;
  Document doc;
  doc.blocks.push_back(paragraph({picture_run(odd)}));
  pugi::xml_document xml;
  load_part(write(doc), "word/document.xml", xml);
  pugi::xml_node anchor = xml.select_node("//wp:anchor").node();
  EXPECT_EQ(std::stol(anchor.child("wp:positionH").child_value("wp:posOffset")), 0);
  EXPECT_EQ(std::stol(anchor.child("wp:positionV").child_value("wp:posOffset")), 2147483647);
  EXPECT_EQ(attr_long(anchor.child("wp:extent"), "cx"), 1);
  EXPECT_EQ(attr_long(anchor.child("wp:extent"), "cy"), 1);
  Picture huge;
  huge.width_mm = 4000;
  huge.height_mm = 2000;
  EmuSize fit = fitted_extent(huge, 0, 0);
  EXPECT_EQ(fit.cx, 1000 * kEmuPerMm);  // 1 m at most, shape kept
  EXPECT_EQ(fit.cy, 500 * kEmuPerMm);
}

TEST(DocxPictures, MediaIsDedupedByContentNotByPointer) {
  auto a = picture(kRedPng, 1, 1);
  auto b = picture(kRedPng, 2, 2);
  auto c = picture(kBluePng, 1, 1);
  ASSERT_NE(a->data, b->data);
  DocxMedia media;
  DrawingRef ra = media.add_drawing(*a);
  DrawingRef rc = media.add_drawing(*c);
  DrawingRef rb = media.add_drawing(*b);
  EXPECT_EQ(ra.rel_id, "rIdImage1");
  EXPECT_EQ(rc.rel_id, "rIdImage2");
  EXPECT_EQ(rb.rel_id, "rIdImage1");
  EXPECT_EQ(ra.id, 1);
  EXPECT_EQ(rc.id, 2);
  EXPECT_EQ(rb.id, 3);
  ASSERT_EQ(media.parts().size(), 2u);
  EXPECT_EQ(media.parts()[1].name, "media/image2.png");
  EXPECT_EQ(*media.parts()[0].data, kRedPng);
}

TEST(DocxPictures, WithoutPicturesThePackageHasNoTraceOfThem) {
  std::string path = write(docx_test::sample_document());
  for (const std::string& name : docx_test::zip_names(path)) {
    EXPECT_EQ(name.find("media"), std::string::npos) << name;
  }
  std::string document = zip_entry(path, "word/document.xml");
  EXPECT_EQ(document.find("xmlns:wp"), std::string::npos);
  EXPECT_EQ(document.find("w:drawing"), std::string::npos);
  EXPECT_EQ(zip_entry(path, "[Content_Types].xml").find("image/"), std::string::npos);
  EXPECT_EQ(zip_entry(path, "word/_rels/document.xml.rels").find("image"), std::string::npos);
}

TEST(DocxPictures, TwoWritesAreByteIdentical) {
  Document doc = docx_test::sample_document();
  doc.blocks.push_back(paragraph({picture_run(seal(-8, -12)), text_run("署名")}));
  doc.blocks.push_back(paragraph({picture_run(picture(kJpeg, 30, 20, PictureFormat::Jpeg))}));
  std::string dir = docx_test::fresh_dir();
  write_docx(doc, dir + "/a.docx");
  write_docx(doc, dir + "/b.docx");
  EXPECT_TRUE(read_file(dir + "/a.docx") == read_file(dir + "/b.docx"));
}

}  // namespace
}  // namespace formwork
