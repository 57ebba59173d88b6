// The WordprocessingML written for each model feature, read back with
// pugixml from the package.
#include <gtest/gtest.h>

#include <numeric>
#include <pugixml.hpp>
#include <string>

#include "docx/docx_writer.h"
#include "docx_test_support.h"

namespace formwork {
namespace {

using docx_test::load_part;

class DocxXml : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = docx_test::fresh_dir() + "/out.docx";
    write_docx(docx_test::sample_document(), path_);
    load_part(path_, "word/document.xml", doc_);
  }
  pugi::xml_node first_table() { return doc_.select_node("//w:tbl").node(); }
  std::string attr(const char* xpath, const char* name) {
    return doc_.select_node(xpath).node().attribute(name).value();
  }

  std::string path_;
  pugi::xml_document doc_;
};

TEST_F(DocxXml, SpecialCharactersAreEscapedAndRoundTrip) {
  std::string raw = docx_test::zip_entry(path_, "word/document.xml");
  EXPECT_NE(raw.find("Tom &amp; Jerry &lt;b"), std::string::npos);
  EXPECT_EQ(raw.find("<b>"), std::string::npos);
  bool found = false;
  for (pugi::xpath_node t : doc_.select_nodes("//w:t")) {
    found |= std::string(t.node().text().get()) == docx_test::kSpecialText;
  }
  EXPECT_TRUE(found);
  pugi::xml_document core;
  load_part(path_, "docProps/core.xml", core);
  EXPECT_STREQ(core.select_node("//dc:title").node().text().get(), "经费决算表 <测试>");
  EXPECT_STREQ(core.select_node("//dcterms:created").node().text().get(), "2000-01-01T00:00:00Z");
}

TEST_F(DocxXml, RunsCarryFontsSizesAndEmphasis) {
  pugi::xml_node rpr =
      doc_.select_node("//w:r[w:t='本单位2023年度预算执行情况如下：']/w:rPr").node();
  ASSERT_TRUE(rpr);
  EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:eastAsia").value(), "仿宋");
  EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:ascii").value(), "Times New Roman");
  EXPECT_STREQ(rpr.child("w:sz").attribute("w:val").value(), "32");
  EXPECT_STREQ(rpr.child("w:szCs").attribute("w:val").value(), "32");
  EXPECT_FALSE(rpr.child("w:b"));
  pugi::xml_node bold = doc_.select_node("//w:r[starts-with(w:t, 'Tom & Jerry')]/w:rPr").node();
  ASSERT_TRUE(bold);
  EXPECT_TRUE(bold.child("w:b"));
  EXPECT_STREQ(bold.child("w:u").attribute("w:val").value(), "single");
  EXPECT_STREQ(bold.child("w:color").attribute("w:val").value(), "C00000");
}

TEST_F(DocxXml, LineBreakBecomesBrBetweenTexts) {
  pugi::xml_node run = doc_.select_node("//w:r[w:t='第一行']").node();
  ASSERT_TRUE(run);
  pugi::xml_node t1 = run.child("w:t");
  EXPECT_STREQ(t1.next_sibling().name(), "w:br");
  EXPECT_STREQ(t1.next_sibling().next_sibling().text().get(), "第二行");
}

TEST_F(DocxXml, ParagraphPropertiesFollowTheModel) {
  pugi::xml_node ppr = doc_.select_node("//w:p[w:r/w:t='第一行']/w:pPr").node();
  ASSERT_TRUE(ppr);
  EXPECT_STREQ(ppr.child("w:ind").attribute("w:firstLineChars").value(), "200");
  EXPECT_STREQ(ppr.child("w:ind").attribute("w:firstLine").value(), "640");  // 2 × 16 pt
  EXPECT_STREQ(ppr.child("w:spacing").attribute("w:after").value(), "120");  // 6 pt
  // 1.25 × 16 pt, exact: the PDF's line pitch.
  EXPECT_STREQ(ppr.child("w:spacing").attribute("w:line").value(), "400");
  EXPECT_STREQ(ppr.child("w:spacing").attribute("w:lineRule").value(), "exact");
  EXPECT_TRUE(ppr.child("w:widowControl"));
  EXPECT_FALSE(ppr.child("w:widowControl").attribute("w:val"));
  EXPECT_FALSE(ppr.child("w:snapToGrid")) << "no grid in this section";
  EXPECT_STREQ(ppr.child("w:jc").attribute("w:val").value(), "both");
  EXPECT_EQ(attr("//w:p[w:r/w:t='经费决算表']/w:pPr/w:pStyle", "w:val"), "Title");
  EXPECT_EQ(attr("//w:p[w:r/w:t='经费决算表']/w:pPr/w:jc", "w:val"), "center");
  EXPECT_EQ(attr("//w:p[w:r/w:t='一、基本情况']/w:pPr/w:pStyle", "w:val"), "Heading1");
  EXPECT_TRUE(doc_.select_node("//w:p[w:r/w:t='一、基本情况']/w:pPr/w:keepNext"));
  EXPECT_EQ(attr("//w:p[w:r/w:t='第二页']/w:pPr/w:jc", "w:val"), "right");
  // The page break before it becomes the paragraph's own property.
  EXPECT_TRUE(doc_.select_node("//w:p[w:r/w:t='第二页']/w:pPr/w:pageBreakBefore"));
  EXPECT_STREQ(doc_.select_node("//w:p[w:r/w:t='第二页']/w:pPr/w:pageBreakBefore")
                   .node()
                   .next_sibling()
                   .name(),
               "w:widowControl");
  EXPECT_FALSE(doc_.select_node("//w:br[@w:type='page']"));
}

TEST_F(DocxXml, SectionHasLandscapePageMarginsAndFooter) {
  pugi::xml_node sect = doc_.select_node("/w:document/w:body/w:sectPr").node();
  ASSERT_TRUE(sect);
  EXPECT_STREQ(sect.last_child().name(), "w:cols");
  EXPECT_STREQ(sect.parent().last_child().name(), "w:sectPr");
  pugi::xml_node size = sect.child("w:pgSz");
  EXPECT_STREQ(size.attribute("w:w").value(), "16838");
  EXPECT_STREQ(size.attribute("w:h").value(), "11906");
  EXPECT_STREQ(size.attribute("w:orient").value(), "landscape");
  pugi::xml_node mar = sect.child("w:pgMar");
  EXPECT_STREQ(mar.attribute("w:top").value(), "1701");     // 30 mm
  EXPECT_STREQ(mar.attribute("w:bottom").value(), "1587");  // 28 mm
  EXPECT_STREQ(mar.attribute("w:left").value(), "1474");    // 26 mm
  EXPECT_STREQ(mar.attribute("w:right").value(), "1361");   // 24 mm
  std::string rel_id = sect.child("w:footerReference").attribute("r:id").value();
  ASSERT_FALSE(rel_id.empty());
  pugi::xml_document rels;
  load_part(path_, "word/_rels/document.xml.rels", rels);
  std::string xpath = "//Relationship[@Id='" + rel_id + "']";
  EXPECT_STREQ(rels.select_node(xpath.c_str()).node().attribute("Target").value(), "footer1.xml");
}

TEST_F(DocxXml, FooterHasPageAndNumPagesFields) {
  pugi::xml_document footer;
  load_part(path_, "word/footer1.xml", footer);
  pugi::xpath_node_set fields = footer.select_nodes("//w:fldSimple");
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_STREQ(fields[0].node().attribute("w:instr").value(), " PAGE ");
  EXPECT_STREQ(fields[1].node().attribute("w:instr").value(), " NUMPAGES ");
  std::string literal;
  for (pugi::xpath_node t : footer.select_nodes("/w:ftr/w:p/w:r/w:t"))
    literal += t.node().text().get();
  EXPECT_EQ(literal, "第  页 共  页");
  EXPECT_STREQ(footer.select_node("//w:jc").node().attribute("w:val").value(), "center");
}

TEST_F(DocxXml, TableGridSpansTheTextWidth) {
  pugi::xml_node tbl = first_table();
  ASSERT_TRUE(tbl);
  long text_width = 16838 - 1474 - 1361;
  EXPECT_EQ(tbl.child("w:tblPr").child("w:tblW").attribute("w:w").as_llong(), text_width);
  EXPECT_STREQ(tbl.child("w:tblPr").child("w:tblLayout").attribute("w:type").value(), "fixed");
  EXPECT_STREQ(
      tbl.child("w:tblPr").child("w:tblBorders").child("w:insideH").attribute("w:val").value(),
      "single");
  EXPECT_STREQ(tbl.child("w:tblPr").child("w:tblCellMar").child("w:left").attribute("w:w").value(),
               "85");  // 1.5 mm
  std::vector<long> cols;
  for (pugi::xml_node c : tbl.child("w:tblGrid").children("w:gridCol")) {
    cols.push_back(c.attribute("w:w").as_llong());
  }
  ASSERT_EQ(cols.size(), 4u);
  EXPECT_EQ(std::accumulate(cols.begin(), cols.end(), 0L), text_width);
  EXPECT_NEAR(cols[1], 2.0 * cols[0], 2);
}

TEST_F(DocxXml, RowsCarryHeaderHeightAndEveryGridPosition) {
  pugi::xml_node tbl = first_table();
  std::vector<pugi::xml_node> rows;
  for (pugi::xml_node tr : tbl.children("w:tr")) rows.push_back(tr);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_TRUE(rows[0].child("w:trPr").child("w:tblHeader"));
  for (size_t r = 1; r < rows.size(); ++r)
    EXPECT_FALSE(rows[r].child("w:trPr").child("w:tblHeader"));
  pugi::xml_node height = rows[3].child("w:trPr").child("w:trHeight");
  EXPECT_STREQ(height.attribute("w:val").value(), "1701");  // 30 mm
  EXPECT_STREQ(height.attribute("w:hRule").value(), "atLeast");
  for (pugi::xml_node tr : rows) {  // every row covers the 4 grid columns
    int span = 0;
    for (pugi::xml_node tc : tr.children("w:tc")) {
      pugi::xml_node gs = tc.child("w:tcPr").child("w:gridSpan");
      span += gs ? gs.attribute("w:val").as_int() : 1;
      EXPECT_TRUE(tc.child("w:p")) << "w:tc without w:p";
    }
    EXPECT_EQ(span, 4);
  }
}

TEST_F(DocxXml, MergedCellsUseGridSpanAndVMerge) {
  pugi::xml_node tbl = first_table();
  pugi::xml_node head = tbl.child("w:tr").child("w:tc");
  EXPECT_STREQ(head.child("w:tcPr").child("w:gridSpan").attribute("w:val").value(), "2");
  EXPECT_STREQ(head.child("w:tcPr").child("w:shd").attribute("w:fill").value(), "F2F2F2");
  EXPECT_STREQ(head.select_node("w:p/w:pPr/w:jc").node().attribute("w:val").value(), "center");
  pugi::xml_node r1 = tbl.child("w:tr").next_sibling("w:tr");
  pugi::xml_node start = r1.child("w:tc");
  EXPECT_STREQ(start.child("w:tcPr").child("w:vMerge").attribute("w:val").value(), "restart");
  EXPECT_STREQ(start.child("w:tcPr").child("w:vAlign").attribute("w:val").value(), "top");
  pugi::xml_node cont = r1.next_sibling("w:tr").child("w:tc");
  EXPECT_STREQ(cont.child("w:tcPr").child("w:vMerge").attribute("w:val").value(), "continue");
  EXPECT_FALSE(cont.select_node(".//w:t")) << "a continuing cell repeats no text";
  EXPECT_EQ(cont.child("w:tcPr").child("w:tcW").attribute("w:w").as_llong(),
            start.child("w:tcPr").child("w:tcW").attribute("w:w").as_llong());
}

TEST_F(DocxXml, TableAtTheEndIsFollowedByAParagraph) {
  pugi::xml_node body = doc_.child("w:document").child("w:body");
  pugi::xml_node before_sect = body.last_child().previous_sibling();
  EXPECT_STREQ(before_sect.name(), "w:p");
  EXPECT_STREQ(before_sect.previous_sibling().name(), "w:tbl");
  pugi::xml_node borders = before_sect.previous_sibling().child("w:tblPr").child("w:tblBorders");
  ASSERT_TRUE(borders) << "a borderless table says so";
  int sides = 0;
  for (pugi::xml_node side : borders.children()) {
    EXPECT_STREQ(side.attribute("w:val").value(), "nil") << side.name();
    ++sides;
  }
  EXPECT_EQ(sides, 6);
  EXPECT_FALSE(before_sect.previous_sibling().child("w:tblPr").child("w:tblStyle"));
}

TEST_F(DocxXml, StylesDefineEastAsianDefaultsAndOutlineLevels) {
  pugi::xml_document styles;
  load_part(path_, "word/styles.xml", styles);
  pugi::xml_node rpr = styles.select_node("//w:docDefaults/w:rPrDefault/w:rPr").node();
  EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:eastAsia").value(), "宋体");
  EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:hAnsi").value(), "Times New Roman");
  EXPECT_STREQ(rpr.child("w:lang").attribute("w:eastAsia").value(), "zh-CN");
  for (int level = 1; level <= 4; ++level) {
    std::string xpath = "//w:style[@w:styleId='Heading" + std::to_string(level) + "']";
    pugi::xml_node style = styles.select_node(xpath.c_str()).node();
    ASSERT_TRUE(style) << xpath;
    EXPECT_EQ(style.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int(), level - 1);
  }
  EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='Title']"));
  EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='Normal' and @w:default='1']"));
  EXPECT_TRUE(styles.select_node("//w:style[@w:styleId='TableGrid']//w:tblBorders"));
}

}  // namespace
}  // namespace formwork
