// The WordprocessingML of the two issue-3 documents: sections, document
// grid, odd/even and first-page headers and footers, rules, styles, fonts
// and tables, read back from the package with pugixml.
#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "docx/docx_writer.h"
#include "docx_official_fixtures.h"
#include "docx_test_support.h"
#include "util/atomic_file.h"

namespace formwork {
namespace {

using docx_test::load_part;

class Written : public ::testing::Test {
 protected:
  void write(const Document& doc, const DocxOptions& options = {}) {
    path_ = docx_test::fresh_dir() + "/out.docx";
    write_docx(doc, path_, options);
    load_part(path_, "word/document.xml", doc_);
  }
  std::vector<pugi::xml_node> nodes(const char* xpath) {
    std::vector<pugi::xml_node> out;
    for (pugi::xpath_node n : doc_.select_nodes(xpath)) out.push_back(n.node());
    return out;
  }
  // The part a relationship id points to, parsed into `part`.
  void load_target(const std::string& rel_id, pugi::xml_document& part) {
    pugi::xml_document rels;
    load_part(path_, "word/_rels/document.xml.rels", rels);
    std::string xpath = "//Relationship[@Id='" + rel_id + "']";
    std::string target = rels.select_node(xpath.c_str()).node().attribute("Target").value();
    ASSERT_FALSE(target.empty()) << rel_id;
    load_part(path_, "word/" + target, part);
  }
  std::string ref(pugi::xml_node sect, const char* kind, const char* type) {
    std::string xpath = std::string(kind) + "[@w:type='" + type + "']";
    return sect.select_node(xpath.c_str()).node().attribute("r:id").value();
  }
  static std::string text_of(const pugi::xml_document& part) {
    std::string text;
    for (pugi::xpath_node t : part.select_nodes("//w:t")) text += t.node().text().get();
    return text;
  }

  std::string path_;
  pugi::xml_document doc_;
};

class NoticeXml : public Written {
 protected:
  void SetUp() override { write(docx_test::notice_document()); }
};

TEST_F(NoticeXml, EachSectionHasItsOwnPageAndTheFirstEndsInItsLastParagraph) {
  std::vector<pugi::xml_node> sects = nodes("//w:sectPr");
  ASSERT_EQ(sects.size(), 2u);
  pugi::xml_node first = sects[0];
  EXPECT_STREQ(first.parent().name(), "w:pPr");
  EXPECT_STREQ(first.previous_sibling().name(), "w:rPr") << "w:sectPr ends the w:pPr";
  pugi::xml_node carrier = first.parent().parent();
  EXPECT_TRUE(carrier.select_node("w:r/w:t")) << "carried by the last body paragraph";
  EXPECT_FALSE(first.child("w:type")) << "the first section starts the document";
  EXPECT_STREQ(first.child("w:pgSz").attribute("w:w").value(), "11906");
  EXPECT_STREQ(first.child("w:pgSz").attribute("w:h").value(), "16838");
  EXPECT_FALSE(first.child("w:pgSz").attribute("w:orient"));
  pugi::xml_node mar = first.child("w:pgMar");
  EXPECT_STREQ(mar.attribute("w:top").value(), "2098");     // 37 mm
  EXPECT_STREQ(mar.attribute("w:bottom").value(), "1984");  // 35 mm
  EXPECT_STREQ(mar.attribute("w:left").value(), "1587");    // 28 mm
  EXPECT_STREQ(mar.attribute("w:right").value(), "1474");   // 26 mm
  EXPECT_STREQ(mar.attribute("w:footer").value(), "1307");  // 7 mm below the 版心

  pugi::xml_node last = sects[1];
  EXPECT_STREQ(last.parent().name(), "w:body");
  EXPECT_STREQ(last.child("w:type").attribute("w:val").value(), "nextPage");
  EXPECT_STREQ(last.child("w:pgSz").attribute("w:w").value(), "16838");
  EXPECT_STREQ(last.child("w:pgSz").attribute("w:h").value(), "11906");
  EXPECT_STREQ(last.child("w:pgSz").attribute("w:orient").value(), "landscape");
  EXPECT_TRUE(nodes("//w:pgNumType").empty()) << "page numbers must run on";
}

TEST_F(NoticeXml, PageBreakBeforeTheSectionBreakIsDropped) {
  EXPECT_TRUE(nodes("//w:br[@w:type='page']").empty());
}

TEST_F(NoticeXml, GridSectionHasDocGridAndWholeGridLines) {
  std::vector<pugi::xml_node> sects = nodes("//w:sectPr");
  pugi::xml_node grid = sects[0].child("w:docGrid");
  EXPECT_STREQ(grid.attribute("w:type").value(), "linesAndChars");
  EXPECT_STREQ(grid.attribute("w:linePitch").value(), "579");
  EXPECT_STREQ(grid.attribute("w:charSpace").value(), "-842");
  EXPECT_STREQ(sects[0].last_child().name(), "w:docGrid");
  EXPECT_FALSE(sects[1].child("w:docGrid")) << "the landscape attachment has no grid";

  pugi::xml_node body = doc_.select_node("//w:p[starts-with(w:r/w:t, '各市')]/w:pPr").node();
  ASSERT_TRUE(body);
  EXPECT_STREQ(body.child("w:spacing").attribute("w:line").value(), "579");
  EXPECT_STREQ(body.child("w:spacing").attribute("w:lineRule").value(), "exact");
  EXPECT_STREQ(body.child("w:snapToGrid").attribute("w:val").value(), "0");
  EXPECT_STREQ(body.child("w:ind").attribute("w:firstLineChars").value(), "200");
  EXPECT_STREQ(body.child("w:ind").attribute("w:firstLine").value(), "640");
  // 16 pt runs are condensed onto the 28-character cells: −0.3 pt.
  pugi::xml_node run = body.parent().child("w:r").child("w:rPr");
  EXPECT_STREQ(run.child("w:spacing").attribute("w:val").value(), "-6");
  EXPECT_STREQ(run.child("w:spacing").next_sibling().name(), "w:sz") << "schema order";
  pugi::xml_node title = doc_.select_node("//w:p[w:pPr/w:pStyle/@w:val='Title']").node();
  EXPECT_STREQ(title.select_node("w:pPr/w:spacing").node().attribute("w:line").value(), "579");
  EXPECT_FALSE(title.select_node("w:r/w:rPr/w:spacing")) << "22 pt is off the character grid";
  for (pugi::xml_node cell_ppr : nodes("//w:tc/w:p/w:pPr")) {
    EXPECT_FALSE(cell_ppr.child("w:snapToGrid")) << "the attachment section has no grid";
  }
  for (pugi::xml_node cell_run : nodes("//w:tc/w:p/w:r/w:rPr")) {
    EXPECT_FALSE(cell_run.child("w:spacing"));
  }
}

TEST_F(NoticeXml, WidowControlAndKeepNextFollowTheModel) {
  std::vector<pugi::xml_node> body = nodes("//w:p[starts-with(w:r/w:t, '各市')]/w:pPr");
  ASSERT_EQ(body.size(), 3u);
  EXPECT_FALSE(body[0].child("w:widowControl").attribute("w:val"));
  EXPECT_TRUE(body[0].child("w:widowControl"));
  EXPECT_STREQ(body[1].child("w:widowControl").attribute("w:val").value(), "0");
  EXPECT_FALSE(body[0].child("w:keepNext"));
  EXPECT_TRUE(doc_.select_node("//w:p[w:r/w:t='一、项目安排']/w:pPr/w:keepNext"));
  EXPECT_FALSE(doc_.select_node("//w:p[w:r/w:t='（一）研修内容']/w:pPr/w:keepNext"));
}

TEST_F(NoticeXml, RedRuleIsABottomBorderAsWideAsTheTextBlock) {
  pugi::xml_node rule = doc_.select_node("//w:body/w:p[w:pPr/w:pBdr]").node();
  ASSERT_TRUE(rule);
  EXPECT_FALSE(rule.child("w:r")) << "a rule paragraph holds no text";
  pugi::xml_node ppr = rule.child("w:pPr");
  pugi::xml_node bottom = ppr.child("w:pBdr").child("w:bottom");
  EXPECT_STREQ(bottom.attribute("w:val").value(), "single");
  EXPECT_STREQ(bottom.attribute("w:color").value(), "FF0000");
  EXPECT_STREQ(bottom.attribute("w:sz").value(), "8");  // 1 pt in eighths
  EXPECT_STREQ(bottom.attribute("w:space").value(), "0");
  EXPECT_FALSE(ppr.child("w:ind")) << "full width: no indents";
  pugi::xml_node spacing = ppr.child("w:spacing");
  EXPECT_STREQ(spacing.attribute("w:line").value(), "20");
  EXPECT_STREQ(spacing.attribute("w:lineRule").value(), "exact");
  EXPECT_STREQ(spacing.attribute("w:before").value(), "60");  // 4 pt less the 1 pt line
  EXPECT_STREQ(spacing.attribute("w:after").value(), "80");
  EXPECT_STREQ(ppr.child("w:snapToGrid").attribute("w:val").value(), "0");
  // Schema order: w:pBdr before w:snapToGrid before w:spacing.
  EXPECT_STREQ(ppr.child("w:pBdr").next_sibling().name(), "w:snapToGrid");
  EXPECT_STREQ(ppr.child("w:snapToGrid").next_sibling().name(), "w:spacing");
}

TEST_F(NoticeXml, ShortRuleInACellIsCentredByIndents) {
  pugi::xml_node ppr = doc_.select_node("//w:tc/w:p/w:pPr[w:pBdr]").node();
  ASSERT_TRUE(ppr);
  pugi::xml_node tc = ppr.parent().parent();
  long cell = tc.child("w:tcPr").child("w:tcW").attribute("w:w").as_llong();
  long pad = 85;  // 1.5 mm on each side
  long left = ppr.child("w:ind").attribute("w:left").as_llong();
  long right = ppr.child("w:ind").attribute("w:right").as_llong();
  EXPECT_NEAR(cell - 2 * pad - left - right, 2268, 1);  // 40 mm
  EXPECT_NEAR(left, right, 1);
}

TEST_F(NoticeXml, EveryRunNamesItsLatinAndEastAsianFaces) {
  std::vector<pugi::xml_node> fonts = nodes("//w:rPr/w:rFonts");
  ASSERT_GT(fonts.size(), 10u);
  for (pugi::xml_node f : fonts) {
    for (const char* attr : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) {
      EXPECT_TRUE(f.attribute(attr)) << attr;
    }
  }
  auto east_asia = [&](const char* text) {
    std::string xpath = std::string("//w:r[w:t='") + text + "']/w:rPr/w:rFonts/@w:eastAsia";
    return std::string(doc_.select_node(xpath.c_str()).attribute().value());
  };
  EXPECT_EQ(east_asia("一、项目安排"), "黑体");
  EXPECT_EQ(east_asia("（一）研修内容"), "楷体");
  EXPECT_EQ(east_asia("关于做好2016年高级研修项目工作的通知"), "方正小标宋简体");
}

TEST_F(NoticeXml, StylesComeFromTheDocument) {
  pugi::xml_document styles;
  load_part(path_, "word/styles.xml", styles);
  auto style = [&](const char* id) {
    std::string xpath = std::string("//w:style[@w:styleId='") + id + "']";
    return styles.select_node(xpath.c_str()).node();
  };
  pugi::xml_node normal = style("Normal");
  EXPECT_STREQ(normal.child("w:rPr").child("w:sz").attribute("w:val").value(), "32");
  EXPECT_STREQ(normal.child("w:rPr").child("w:rFonts").attribute("w:eastAsia").value(), "仿宋");
  EXPECT_TRUE(normal.child("w:pPr").child("w:widowControl"));
  EXPECT_STREQ(style("Title").child("w:rPr").child("w:sz").attribute("w:val").value(), "44");
  EXPECT_STREQ(style("Title").child("w:rPr").child("w:rFonts").attribute("w:eastAsia").value(),
               "方正小标宋简体");
  const char* faces[] = {"黑体", "楷体", "仿宋", "仿宋"};
  for (int level = 1; level <= 4; ++level) {
    std::string id = "Heading" + std::to_string(level);
    pugi::xml_node h = style(id.c_str());
    ASSERT_TRUE(h) << id;
    EXPECT_EQ(h.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int(), level - 1);
    EXPECT_STREQ(h.child("w:rPr").child("w:rFonts").attribute("w:eastAsia").value(),
                 faces[level - 1]);
    EXPECT_STREQ(h.child("w:rPr").child("w:sz").attribute("w:val").value(), "32");
    EXPECT_FALSE(h.child("w:pPr").child("w:keepNext")) << "the paragraph decides";
  }
}

TEST_F(NoticeXml, OddAndEvenFootersSitOutsideOneCharacterIn) {
  pugi::xml_document settings;
  load_part(path_, "word/settings.xml", settings);
  EXPECT_TRUE(settings.select_node("/w:settings/w:evenAndOddHeaders"));
  EXPECT_STREQ(settings.select_node("/w:settings/w:evenAndOddHeaders").node().next_sibling().name(),
               "w:characterSpacingControl");
  std::vector<pugi::xml_node> sects = nodes("//w:sectPr");
  std::string odd = ref(sects[0], "w:footerReference", "default");
  std::string even = ref(sects[0], "w:footerReference", "even");
  ASSERT_FALSE(odd.empty());
  ASSERT_FALSE(even.empty());
  EXPECT_NE(odd, even);
  EXPECT_TRUE(ref(sects[0], "w:footerReference", "first").empty()) << "no titlePg";
  EXPECT_FALSE(sects[0].child("w:titlePg"));
  EXPECT_FALSE(sects[0].child("w:headerReference")) << "no header anywhere";
  // The landscape section shows the same footers: same parts, numbers run on.
  EXPECT_EQ(ref(sects[1], "w:footerReference", "default"), odd);
  EXPECT_EQ(ref(sects[1], "w:footerReference", "even"), even);

  pugi::xml_document odd_part, even_part;
  load_target(odd, odd_part);
  load_target(even, even_part);
  for (auto* part : {&odd_part, &even_part}) {
    EXPECT_EQ(text_of(*part), "— 1 —") << "literal dashes around the PAGE result";
    pugi::xpath_node_set fields = part->select_nodes("//w:fldSimple");
    ASSERT_EQ(fields.size(), 1u);
    EXPECT_STREQ(fields[0].node().attribute("w:instr").value(), " PAGE ");
    pugi::xml_node rpr = part->select_node("//w:r/w:rPr").node();
    EXPECT_STREQ(rpr.child("w:sz").attribute("w:val").value(), "28");  // 四号 14 pt
    EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:eastAsia").value(), "宋体");
    EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:ascii").value(), "宋体") << "宋体 digits";
    pugi::xml_node spacing = part->select_node("//w:pPr/w:spacing").node();
    EXPECT_STREQ(spacing.attribute("w:line").value(), "280");
    EXPECT_STREQ(spacing.attribute("w:lineRule").value(), "exact");
  }
  pugi::xml_node odd_ppr = odd_part.select_node("//w:pPr").node();
  EXPECT_STREQ(odd_ppr.child("w:jc").attribute("w:val").value(), "right");
  EXPECT_STREQ(odd_ppr.child("w:ind").attribute("w:right").value(), "280");
  pugi::xml_node even_ppr = even_part.select_node("//w:pPr").node();
  EXPECT_STREQ(even_ppr.child("w:jc").attribute("w:val").value(), "left");
  EXPECT_STREQ(even_ppr.child("w:ind").attribute("w:left").value(), "280");

  std::string types = docx_test::zip_entry(path_, "[Content_Types].xml");
  EXPECT_NE(types.find("/word/footer1.xml"), std::string::npos);
  EXPECT_NE(types.find("/word/footer2.xml"), std::string::npos);
  EXPECT_EQ(types.find("/word/footer3.xml"), std::string::npos) << "parts are shared";
}

TEST_F(NoticeXml, TableHasFixedColumnsHeaderRowAndKeepsRowsWhole) {
  pugi::xml_node tbl = doc_.select_node("//w:tbl").node();
  ASSERT_TRUE(tbl);
  std::vector<long> cols;
  for (pugi::xml_node c : tbl.child("w:tblGrid").children("w:gridCol")) {
    cols.push_back(c.attribute("w:w").as_llong());
  }
  ASSERT_EQ(cols.size(), 3u);
  EXPECT_EQ(cols[0], 1134);               // 20 mm fixed
  long text_width = 16838 - 2098 - 1984;  // landscape: 297 − 37 − 35 mm
  EXPECT_EQ(cols[0] + cols[1] + cols[2], text_width);
  EXPECT_NEAR(cols[1], 1.5 * cols[2], 2);
  EXPECT_EQ(tbl.child("w:tblPr").child("w:tblW").attribute("w:w").as_llong(), text_width);
  std::vector<pugi::xml_node> rows;
  for (pugi::xml_node tr : tbl.children("w:tr")) rows.push_back(tr);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_TRUE(rows[0].child("w:trPr").child("w:tblHeader"));
  for (size_t r = 0; r + 1 < rows.size(); ++r) {
    EXPECT_TRUE(rows[r].child("w:trPr").child("w:cantSplit")) << "row " << r;
  }
  EXPECT_FALSE(rows.back().child("w:trPr").child("w:cantSplit")) << "300 mm row must split";
}

TEST(DocxOfficial, FontFacesFromTheConfigurationReachRunsAndTheFontTable) {
  std::string path = docx_test::fresh_dir() + "/out.docx";
  DocxOptions options;
  options.font_faces = {{"fangsong", "仿宋_GB2312"}, {"xbs", "方正小标宋_GBK"}};
  write_docx(docx_test::notice_document(), path, options);
  pugi::xml_document doc, fonts, styles;
  load_part(path, "word/document.xml", doc);
  load_part(path, "word/fontTable.xml", fonts);
  load_part(path, "word/styles.xml", styles);
  std::string xpath = "//w:r[starts-with(w:t, '各市')]/w:rPr/w:rFonts/@w:eastAsia";
  EXPECT_STREQ(doc.select_node(xpath.c_str()).attribute().value(), "仿宋_GB2312");
  EXPECT_TRUE(doc.select_node("//w:rFonts[@w:eastAsia='方正小标宋_GBK']"));
  EXPECT_TRUE(fonts.select_node("//w:font[@w:name='仿宋_GB2312']"));
  EXPECT_TRUE(fonts.select_node("//w:font[@w:name='方正小标宋_GBK']"));
  EXPECT_TRUE(styles.select_node(
      "//w:style[@w:styleId='Normal']/w:rPr/w:rFonts[@w:eastAsia='仿宋_GB2312']"));
}

class BaoCaoXml : public Written {
 protected:
  void SetUp() override { write(docx_test::bao_cao_document()); }
};

TEST_F(BaoCaoXml, PageNumberCentredInTheTopMarginFromPageTwo) {
  pugi::xml_node sect = doc_.select_node("/w:document/w:body/w:sectPr").node();
  ASSERT_TRUE(sect);
  EXPECT_TRUE(sect.child("w:titlePg"));
  EXPECT_FALSE(sect.child("w:footerReference"));
  std::string first = ref(sect, "w:headerReference", "first");
  std::string odd = ref(sect, "w:headerReference", "default");
  ASSERT_FALSE(first.empty());
  ASSERT_FALSE(odd.empty());
  EXPECT_TRUE(ref(sect, "w:headerReference", "even").empty());
  pugi::xml_document first_part, odd_part;
  load_target(first, first_part);
  load_target(odd, odd_part);
  EXPECT_STREQ(first_part.document_element().name(), "w:hdr");
  EXPECT_EQ(text_of(first_part), "") << "nothing on page 1";
  EXPECT_TRUE(first_part.select_node("//w:p")) << "a part needs a paragraph";
  EXPECT_STREQ(odd_part.select_node("//w:fldSimple").node().attribute("w:instr").value(), " PAGE ");
  EXPECT_STREQ(odd_part.select_node("//w:jc").node().attribute("w:val").value(), "center");
  pugi::xml_node fonts = odd_part.select_node("//w:r/w:rPr/w:rFonts").node();
  EXPECT_STREQ(fonts.attribute("w:ascii").value(), "Times New Roman") << "a Latin role";
  // 20 mm top margin (1134 twips), 13 pt line (260): centred.
  EXPECT_EQ(sect.child("w:pgMar").attribute("w:header").as_llong(), (1134 - 260) / 2);
  pugi::xml_document settings;
  load_part(path_, "word/settings.xml", settings);
  EXPECT_FALSE(settings.select_node("//w:evenAndOddHeaders"));
}

TEST_F(BaoCaoXml, HeaderBlockIsABorderlessTableWithShortRules) {
  pugi::xml_node tbl = doc_.select_node("//w:tbl").node();
  ASSERT_TRUE(tbl);
  for (pugi::xml_node side : tbl.child("w:tblPr").child("w:tblBorders").children()) {
    EXPECT_STREQ(side.attribute("w:val").value(), "nil");
  }
  std::vector<pugi::xml_node> rules = nodes("//w:tc/w:p/w:pPr[w:pBdr]");
  ASSERT_EQ(rules.size(), 2u);
  long inner =
      rules[0].parent().parent().child("w:tcPr").child("w:tcW").attribute("w:w").as_llong() - 170;
  long width = inner - rules[0].child("w:ind").attribute("w:left").as_llong() -
               rules[0].child("w:ind").attribute("w:right").as_llong();
  EXPECT_NEAR(width, 1134, 1);  // 20 mm
}

TEST(DocxOfficial, FooterlessSectionAfterAFooterShowsAnEmptyFooter) {
  Document doc;
  doc.page.footer.pattern = "{page}";
  Paragraph p;
  p.runs.push_back({"one", {}});
  doc.blocks = {p, SectionBreak{}, p};  // the second page setup has no footer
  std::string path = docx_test::fresh_dir() + "/out.docx";
  write_docx(doc, path);
  pugi::xml_document xml;
  load_part(path, "word/document.xml", xml);
  pugi::xpath_node_set sects = xml.select_nodes("//w:sectPr");
  ASSERT_EQ(sects.size(), 2u);
  std::string a = sects[0].node().child("w:footerReference").attribute("r:id").value();
  std::string b = sects[1].node().child("w:footerReference").attribute("r:id").value();
  ASSERT_FALSE(b.empty()) << "an omitted reference would inherit the first footer";
  EXPECT_NE(a, b);
  EXPECT_EQ(docx_test::zip_entry(path, "word/footer2.xml").find("PAGE"), std::string::npos);
}

TEST(DocxOfficial, PageBreakBeforeATableIsABreakParagraph) {
  Document doc;
  Paragraph p;
  p.runs.push_back({"before", {}});
  Table t;
  t.column_widths = {1};
  Row row;
  row.cells.resize(1);
  t.rows = {row};
  doc.blocks = {p, PageBreak{}, t};
  std::string path = docx_test::fresh_dir() + "/out.docx";
  write_docx(doc, path);
  pugi::xml_document xml;
  load_part(path, "word/document.xml", xml);
  pugi::xml_node br = xml.select_node("//w:body/w:p/w:r/w:br[@w:type='page']").node();
  ASSERT_TRUE(br);
  EXPECT_STREQ(br.parent().parent().next_sibling().name(), "w:tbl");
  EXPECT_FALSE(xml.select_node("//w:pageBreakBefore"));
}

TEST(DocxOfficial, EmptySectionsAreLeftOut) {
  Document doc;
  Paragraph p;
  p.runs.push_back({"only", {}});
  SectionBreak landscape;
  landscape.page.width_mm = 297;
  landscape.page.height_mm = 210;
  landscape.page.landscape = true;
  doc.blocks = {SectionBreak{}, landscape, p};
  std::string path = docx_test::fresh_dir() + "/out.docx";
  write_docx(doc, path);
  pugi::xml_document xml;
  load_part(path, "word/document.xml", xml);
  pugi::xpath_node_set sects = xml.select_nodes("//w:sectPr");
  ASSERT_EQ(sects.size(), 1u);
  EXPECT_STREQ(sects[0].node().child("w:pgSz").attribute("w:orient").value(), "landscape");
}

TEST(DocxOfficial, TwoWritesOfTheNoticeAreByteIdentical) {
  std::string dir = docx_test::fresh_dir();
  write_docx(docx_test::notice_document(), dir + "/a.docx");
  write_docx(docx_test::notice_document(), dir + "/b.docx");
  EXPECT_TRUE(read_file(dir + "/a.docx") == read_file(dir + "/b.docx"));
}

}  // namespace
}  // namespace formwork
