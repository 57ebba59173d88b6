// XlsxTemplate: {{%image}} and {{%qrcode}} in cells, anchored in the sheet's
// drawing (ECMA-376 Part 1 §20.5) with their media, relationships and
// content types.
#include <algorithm>
#include <filesystem>

#include "picture/picture_files.h"
#include "picture/qr_code.h"
#include "xlsx_template_fixture.h"

namespace formwork::xlsx_template_test {
namespace {

namespace fs = std::filesystem;

const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string file_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A folder with seal.png (samples/images/seal-sample.png, 496 × 496 px) and
// mark.png (a QR code's PNG, another picture), shared by the tests.
const PictureFiles& picture_files() {
  static const PictureFiles files = [] {
    fs::path dir = fs::path(FORMWORK_TEST_TMP) / "xlsx-template-pictures";
    fs::create_directories(dir);
    fs::copy_file(fs::path(FORMWORK_SOURCE_DIR) / "samples/images/seal-sample.png",
                  dir / "seal.png", fs::copy_options::overwrite_existing);
    std::ofstream(dir / "mark.png", std::ios::binary) << *make_qr_code("mark", 20)->data;
    return PictureFiles(dir.string());
  }();
  return files;
}

std::string seal_bytes() {
  return file_bytes(fs::path(FORMWORK_SOURCE_DIR) / "samples/images/seal-sample.png");
}

std::vector<std::string> with_prefix(const Filled& f, const std::string& prefix) {
  std::vector<std::string> out;
  for (const std::string& n : f.entry_names()) {
    if (n.starts_with(prefix)) out.push_back(n);
  }
  return out;
}

// The anchors of a drawing part.
std::vector<pugi::xml_node> anchors(Filled& f, const std::string& drawing) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node a : f.xml(drawing).document_element().children("xdr:oneCellAnchor"))
    out.push_back(a);
  return out;
}

std::string from_cell(pugi::xml_node anchor) {
  pugi::xml_node from = anchor.child("xdr:from");
  return std::string(from.child_value("xdr:col")) + "," + from.child_value("xdr:colOff") + "," +
         from.child_value("xdr:row") + "," + from.child_value("xdr:rowOff");
}

// The target of relationship `id` in relationships part `rels`.
std::string target(Filled& f, const std::string& rels, const std::string& id) {
  return f.xml(rels)
      .select_node(("//Relationship[@Id='" + id + "']").c_str())
      .node()
      .attribute("Target")
      .value();
}

std::string embed(pugi::xml_node anchor) {
  return anchor.child("xdr:pic").child("xdr:blipFill").child("a:blip").attribute("r:embed").value();
}

// Fills `sheets` for `record`; the filled workbook is also left in the
// test temp folder ("<suite>-<test>-filled.xlsx") to open by hand.
Filled fill_book(const std::vector<TestSheet>& sheets, const Value& record,
                 const BookOptions& o = {}) {
  std::string bytes = load_book(sheets, o, &picture_files()).fill(record);
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  write_temp(bytes, std::string(info->test_suite_name()) + "-" + info->name() + "-filled.xlsx");
  return Filled(std::move(bytes));
}

TEST(XlsxTemplatePictures, ImageFromData) {
  Filled f = fill_book(
      {{"Sheet1", row(1, str("A1", "标题")) + row(2, str("B2", "印章：{{%image 印章 width=30}}")),
        "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
        "header=\"0.3\" footer=\"0.3\"/><tableParts count=\"0\"/>"}},
      obj({{"印章", Value("seal.png")}}));
  EXPECT_EQ(f.value("B2"), "印章：");
  // <drawing> between pageMargins and tableParts (§18.3.1.99).
  pugi::xml_node d = f.sheet().child("drawing");
  ASSERT_TRUE(d);
  EXPECT_STREQ(d.previous_sibling().name(), "pageMargins");
  EXPECT_STREQ(d.next_sibling().name(), "tableParts");
  const std::string sheet_rels = "xl/worksheets/_rels/sheet1.xml.rels";
  EXPECT_EQ(target(f, sheet_rels, d.attribute("r:id").value()), "../drawings/drawing1.xml");
  EXPECT_NE(f.part(sheet_rels)->find(kRel + "/drawing"), std::string::npos);

  auto a = anchors(f, "xl/drawings/drawing1.xml");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(from_cell(a[0]), "1,0,1,0");
  EXPECT_STREQ(a[0].child("xdr:ext").attribute("cx").value(), "1080000");  // 30 mm
  EXPECT_STREQ(a[0].child("xdr:ext").attribute("cy").value(), "1080000");  // square picture
  pugi::xml_node pic = a[0].child("xdr:pic");
  EXPECT_STREQ(pic.child("xdr:nvPicPr").child("xdr:cNvPr").attribute("id").value(), "1");
  EXPECT_STREQ(pic.child("xdr:spPr").child("a:prstGeom").attribute("prst").value(), "rect");
  EXPECT_STREQ(pic.child("xdr:spPr").child("a:xfrm").child("a:ext").attribute("cx").value(),
               "1080000");
  EXPECT_TRUE(a[0].child("xdr:clientData"));
  EXPECT_EQ(target(f, "xl/drawings/_rels/drawing1.xml.rels", embed(a[0])), "../media/image1.png");
  EXPECT_EQ(f.part("xl/media/image1.png"), seal_bytes());

  pugi::xml_node types = f.xml("[Content_Types].xml").document_element();
  EXPECT_STREQ(
      types.find_child_by_attribute("Default", "Extension", "png").attribute("ContentType").value(),
      "image/png");
  EXPECT_STREQ(types.find_child_by_attribute("Override", "PartName", "/xl/drawings/drawing1.xml")
                   .attribute("ContentType")
                   .value(),
               "application/vnd.openxmlformats-officedocument.drawing+xml");
}

TEST(XlsxTemplatePictures, OwnSizeAt96Dpi) {
  Filled f = fill_book({{"Sheet1", row(1, str("A1", "{{%image \"seal.png\"}}"))}}, obj({}));
  auto a = anchors(f, "xl/drawings/drawing1.xml");
  ASSERT_EQ(a.size(), 1u);
  // 496 px at 96 dpi: 131.233 mm.
  EXPECT_STREQ(a[0].child("xdr:ext").attribute("cx").value(), "4724400");
  EXPECT_EQ(f.value("A1"), "");
}

TEST(XlsxTemplatePictures, QrCode) {
  Filled f = fill_book({{"Sheet1", row(3, str("C3", "{{%qrcode 编号 size=25 level=H}}"))}},
                       obj({{"编号", Value("GB-2024-001")}}));
  auto a = anchors(f, "xl/drawings/drawing1.xml");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(from_cell(a[0]), "2,0,2,0");
  EXPECT_STREQ(a[0].child("xdr:ext").attribute("cx").value(), "900000");
  EXPECT_STREQ(a[0].child("xdr:ext").attribute("cy").value(), "900000");
  EXPECT_STREQ(
      a[0].child("xdr:pic").child("xdr:nvPicPr").child("xdr:cNvPr").attribute("descr").value(),
      "GB-2024-001");
  EXPECT_EQ(f.part("xl/media/image1.png"), *make_qr_code("GB-2024-001", 25, 'H')->data);
}

TEST(XlsxTemplatePictures, RepeatedRow) {
  Value people = Value(Array{obj({{"姓名", Value("甲")}, {"签名", Value("seal.png")}}),
                             obj({{"姓名", Value("乙")}, {"签名", Value("mark.png")}}),
                             obj({{"姓名", Value("丙")}, {"签名", Value("seal.png")}})});
  Filled f = fill_book({{"Sheet1", row(1, str("A1", "姓名")) +
                                       row(2, str("A2", "{{#each 人员}}{{姓名}}") +
                                                  str("B2", "{{%image 签名 height=10}}{{/each}}")) +
                                       row(3, str("A3", "合计"))}},
                       obj({{"人员", people}}));
  EXPECT_EQ(f.rows(), "1 2 3 4 5");
  auto a = anchors(f, "xl/drawings/drawing1.xml");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(from_cell(a[0]), "1,0,1,0");
  EXPECT_EQ(from_cell(a[1]), "1,0,2,0");
  EXPECT_EQ(from_cell(a[2]), "1,0,3,0");
  // Ids unique; the seal's two copies share its part and relationship.
  std::set<std::string> ids;
  for (auto& x : a)
    ids.insert(x.child("xdr:pic").child("xdr:nvPicPr").child("xdr:cNvPr").attribute("id").value());
  EXPECT_EQ(ids.size(), 3u);
  EXPECT_EQ(embed(a[0]), embed(a[2]));
  EXPECT_NE(embed(a[0]), embed(a[1]));
  EXPECT_EQ(with_prefix(f, "xl/media/"),
            (std::vector<std::string>{"xl/media/image1.png", "xl/media/image2.png"}));
  EXPECT_EQ(f.value("B3"), "");
}

TEST(XlsxTemplatePictures, OneImageStoredOnce) {
  Filled f = fill_book({{"Sheet1", row(1, str("A1", "{{%image 印章 width=20}}") +
                                              str("C1", "{{%image 印章 width=40}}"))},
                        {"Sheet2", row(5, str("B5", "{{%image \"seal.png\"}}"))}},
                       obj({{"印章", Value("seal.png")}}));
  EXPECT_EQ(with_prefix(f, "xl/media/"), (std::vector<std::string>{"xl/media/image1.png"}));
  EXPECT_EQ(with_prefix(f, "xl/drawings/drawing"),
            (std::vector<std::string>{"xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"}));
  auto a1 = anchors(f, "xl/drawings/drawing1.xml");
  auto a2 = anchors(f, "xl/drawings/drawing2.xml");
  ASSERT_EQ(a1.size(), 2u);
  ASSERT_EQ(a2.size(), 1u);
  EXPECT_EQ(embed(a1[0]), embed(a1[1]));
  EXPECT_EQ(target(f, "xl/drawings/_rels/drawing2.xml.rels", embed(a2[0])), "../media/image1.png");
  EXPECT_EQ(target(f, "xl/worksheets/_rels/sheet2.xml.rels",
                   f.sheet(2).child("drawing").attribute("r:id").value()),
            "../drawings/drawing2.xml");
}

TEST(XlsxTemplatePictures, EmptyValuePrintsNothing) {
  const std::vector<TestSheet> sheets{
      {"Sheet1", row(1, str("A1", "印章{{%image 印章}}") + str("B1", "{{%qrcode 编号}}"))}};
  Filled f = fill_book(sheets, obj({{"印章", Value("")}, {"编号", Value()}}));
  EXPECT_EQ(f.value("A1"), "印章");
  EXPECT_TRUE(with_prefix(f, "xl/drawings/").empty());
  EXPECT_TRUE(with_prefix(f, "xl/media/").empty());
  EXPECT_FALSE(f.part("xl/worksheets/_rels/sheet1.xml.rels"));
  EXPECT_FALSE(f.sheet().child("drawing"));
  EXPECT_EQ(f.part("[Content_Types].xml")->find("drawing"), std::string::npos);
}

TEST(XlsxTemplatePictures, Deterministic) {
  XlsxTemplate t = load_book({{"Sheet1", row(1, str("A1", "{{%image 印章}}{{%qrcode 编号}}"))}}, {},
                             &picture_files());
  Value record = obj({{"印章", Value("seal.png")}, {"编号", Value("1")}});
  EXPECT_EQ(t.fill(record), t.fill(record));
}

// A template whose sheet has the author's logo: the new anchors join its
// drawing, with new ids, relationship and media names.
TEST(XlsxTemplatePictures, TemplateWithDrawing) {
  const std::string xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
  const std::string a = "http://schemas.openxmlformats.org/drawingml/2006/main";
  const std::string pkg_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
  const std::string logo_anchor =
      "<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff>"
      "<xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx=\"360000\" "
      "cy=\"360000\"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" name=\"Logo\"/><xdr:cNvPicPr/>"
      "</xdr:nvPicPr><xdr:blipFill><a:blip r:embed=\"rId1\"/><a:stretch><a:fillRect/></a:stretch>"
      "</xdr:blipFill><xdr:spPr><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr>"
      "</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>";
  BookOptions o;
  o.types =
      "<Default Extension=\"png\" ContentType=\"image/png\"/>"
      "<Override PartName=\"/xl/drawings/drawing1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>";
  o.extra = {{"xl/worksheets/_rels/sheet1.xml.rels",
              "<?xml version=\"1.0\"?><Relationships xmlns=\"" + pkg_rels +
                  "\"><Relationship Id=\"rId1\" Type=\"" + kRel +
                  "/drawing\" Target=\"../drawings/drawing1.xml\"/></Relationships>"},
             {"xl/drawings/drawing1.xml", "<?xml version=\"1.0\"?><xdr:wsDr xmlns:xdr=\"" + xdr +
                                              "\" xmlns:a=\"" + a + "\" xmlns:r=\"" + kRel + "\">" +
                                              logo_anchor + "</xdr:wsDr>"},
             {"xl/drawings/_rels/drawing1.xml.rels",
              "<?xml version=\"1.0\"?><Relationships xmlns=\"" + pkg_rels +
                  "\"><Relationship Id=\"rId1\" Type=\"" + kRel +
                  "/image\" Target=\"../media/image1.png\"/></Relationships>"},
             {"xl/media/image1.png", *make_qr_code("logo", 10)->data}};
  Value items = Value(Array{obj({{"x", Value("1")}}), obj({{"x", Value("2")}})});
  Filled f = fill_book(
      {{"Sheet1",
        row(1, str("A1", "{{#each 项}}{{x}}{{/each}}")) + row(6, str("B6", "{{%image 印章}}")),
        "<drawing r:id=\"rId1\"/>"}},
      obj({{"项", items}, {"印章", Value("seal.png")}}), o);
  EXPECT_EQ(f.sheet().select_nodes("drawing").size(), 1u);
  EXPECT_EQ(with_prefix(f, "xl/drawings/drawing"),
            (std::vector<std::string>{"xl/drawings/drawing1.xml"}));
  auto an = anchors(f, "xl/drawings/drawing1.xml");
  ASSERT_EQ(an.size(), 2u);
  EXPECT_EQ(from_cell(an[0]), "0,0,5,0");  // the logo moved down by the second copy
  EXPECT_EQ(from_cell(an[1]), "1,0,6,0");  // B6 moved to B7
  EXPECT_STREQ(
      an[1].child("xdr:pic").child("xdr:nvPicPr").child("xdr:cNvPr").attribute("id").value(), "3");
  EXPECT_EQ(embed(an[1]), "rId2");
  EXPECT_EQ(target(f, "xl/drawings/_rels/drawing1.xml.rels", "rId2"), "../media/image2.png");
  EXPECT_EQ(f.part("xl/media/image2.png"), seal_bytes());
  std::string types = *f.part("[Content_Types].xml");
  EXPECT_EQ(types.find("Extension=\"png\""), types.rfind("Extension=\"png\""));
  EXPECT_EQ(types.find("/xl/drawings/drawing1.xml"), types.rfind("/xl/drawings/drawing1.xml"));
}

TEST(XlsxTemplatePictures, MissingFileFromDataIsDataError) {
  XlsxTemplate t =
      load_book({{"Sheet1", row(2, str("B2", "{{%image 印章}}"))}}, {}, &picture_files());
  try {
    t.fill(obj({{"印章", Value("nope.png")}}));
    FAIL() << "no error";
  } catch (const DataError& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("Sheet1!B2: {{%image 印章}} gives 'nope.png': 'nope.png' is not a file in"),
              std::string::npos)
        << m;
  }
}

TEST(XlsxTemplatePictures, MissingLiteralFileFailsAtLoad) {
  try {
    load_book({{"Sheet1", row(2, str("B2", "{{%image \"nope.png\"}}"))}}, {}, &picture_files());
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message.rfind("Sheet1!B2: {{%image \"nope.png\"}}: 'nope.png' is not a file in", 0),
              0u)
        << e.message;
  }
}

TEST(XlsxTemplatePictures, PathTraversalRefused) {
  XlsxTemplate t =
      load_book({{"Sheet1", row(2, str("B2", "{{%image 印章}}"))}}, {}, &picture_files());
  try {
    t.fill(obj({{"印章", Value("../x.png")}}));
    FAIL() << "no error";
  } catch (const DataError& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("Sheet1!B2: {{%image 印章}} gives '../x.png': "), std::string::npos) << m;
    EXPECT_NE(m.find("may not contain '..'"), std::string::npos) << m;
  }
}

}  // namespace
}  // namespace formwork::xlsx_template_test
