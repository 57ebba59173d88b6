// The DOCX reader on hand-written WordprocessingML: what Word, WPS and
// LibreOffice write and formwork's writer never does (style chains, theme
// fonts, content controls, numbering, fields, merged cells, text boxes).
#include <gtest/gtest.h>

#include <algorithm>
#include <variant>

#include "docx/docx_reader.h"
#include "docx_reader_fixtures.h"
#include "util/errors.h"

namespace formwork {
namespace {

using docx_reader_test::make_docx;
using docx_reader_test::margin_xml;
using docx_reader_test::numbering_xml;
using docx_reader_test::paragraphs;
using docx_reader_test::styles_xml;
using docx_reader_test::tables;

std::string run(const std::string& text, const std::string& rpr = "") {
  return "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string para(const std::string& content, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + content + "</w:p>";
}

bool has_warning(const DocxReading& r, const std::string& text) {
  return std::any_of(r.warnings.begin(), r.warnings.end(),
                     [&](const std::string& w) { return w.find(text) != std::string::npos; });
}

// A style sheet like Word's: document defaults, Normal, a body style based
// on it, a heading, a character style, a table style with borders.
const std::string kStyles = styles_xml(R"(
<w:docDefaults>
  <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>
  <w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>
  <w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text Indent"/><w:basedOn w:val="a"/>
  <w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Body"/>
  <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
  <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="af"><w:name w:val="Title"/><w:basedOn w:val="a"/>
  <w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:color w:val="FF0000"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
  <w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
  <w:pPr><w:jc w:val="left"/></w:pPr>
  <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
)");

TEST(DocxReaderXml, StylesResolveThroughBasedOnChainsAndDirectFormattingWins) {
  std::string body =
      para(run("正文第一段"), R"(<w:pStyle w:val="Body"/>)") +
      para(run("引文"), R"(<w:pStyle w:val="Quote"/>)") +
      para(run("普通") + run("强调", R"(<w:rStyle w:val="Strong"/>)") +
           run("直接", R"(<w:rStyle w:val="Strong"/><w:b w:val="0"/><w:sz w:val="24"/>)"));
  DocxReading r = read_docx(make_docx(body, {{"styles.xml", kStyles}}));
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 3u);
  const Paragraph& body_p = *ps[0];
  EXPECT_EQ(body_p.align, Align::Justify);              // from Normal
  EXPECT_NEAR(body_p.first_line_indent_em, 2, 1e-9);    // firstLineChars 200
  EXPECT_NEAR(body_p.line_spacing, 28.0 / 16.0, 1e-9);  // exact 28 pt at 16 pt
  EXPECT_FALSE(body_p.widow_control);
  EXPECT_EQ(body_p.runs[0].style.font_role, "fangsong");
  EXPECT_DOUBLE_EQ(body_p.runs[0].style.size_pt, 16);
  const Paragraph& quote = *ps[1];
  EXPECT_EQ(quote.align, Align::Center);
  EXPECT_NEAR(quote.first_line_indent_em, 2, 1e-9);  // inherited from Body
  EXPECT_TRUE(quote.runs[0].style.italic);
  const Paragraph& mixed = *ps[2];
  ASSERT_EQ(mixed.runs.size(), 3u);
  EXPECT_FALSE(mixed.runs[0].style.bold);
  EXPECT_TRUE(mixed.runs[1].style.bold);
  EXPECT_EQ(mixed.runs[1].style.color, 0xFF0000u);
  EXPECT_FALSE(mixed.runs[2].style.bold);  // direct w:b="0" over the character style
  EXPECT_EQ(mixed.runs[2].style.color, 0xFF0000u);
  EXPECT_DOUBLE_EQ(mixed.runs[2].style.size_pt, 12);
}

TEST(DocxReaderXml, HeadingAndTitleStylesGiveRoles) {
  std::string body = para(run("关于开展检查的通知"), R"(<w:pStyle w:val="af"/>)") +
                     para(run("一、总体要求"), R"(<w:pStyle w:val="1"/>)") +
                     para(run("（一）工作目标"), R"(<w:outlineLvl w:val="1"/>)");
  DocxReading r = read_docx(make_docx(body, {{"styles.xml", kStyles}}));
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0]->role, ParagraphRole::Title);
  EXPECT_EQ(ps[0]->runs[0].style.font_role, "xbs");
  EXPECT_DOUBLE_EQ(ps[0]->runs[0].style.size_pt, 22);
  EXPECT_EQ(ps[1]->role, ParagraphRole::Heading);
  EXPECT_EQ(ps[1]->heading_level, 1);
  EXPECT_TRUE(ps[1]->keep_with_next);
  EXPECT_EQ(ps[1]->runs[0].style.font_role, "hei");
  EXPECT_EQ(ps[2]->role, ParagraphRole::Heading);
  EXPECT_EQ(ps[2]->heading_level, 2);
}

TEST(DocxReaderXml, ThemeFontsResolveThroughTheTheme) {
  const std::string theme = R"(<?xml version="1.0" encoding="UTF-8"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>
<a:fontScheme name="Office">
<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="黑体"/></a:majorFont>
<a:minorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Jpan" typeface="游明朝"/><a:font script="Hans" typeface="楷体"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>)";
  std::string body =
      para(
          run("正文", R"(<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/>)")) +
      para(run("Latin",
               R"(<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/>)")) +
      para(run("标题", R"(<w:rFonts w:eastAsia="宋体" w:eastAsiaTheme="majorEastAsia"/>)"));
  DocxReading r = read_docx(make_docx(body, {{"theme/theme1.xml", theme}}));
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 3u);
  EXPECT_EQ(ps[0]->runs[0].style.font_role, "kai");
  EXPECT_EQ(ps[1]->runs[0].style.font_role, "serif");  // Cambria
  EXPECT_EQ(ps[2]->runs[0].style.font_role, "hei");    // the theme wins over the name
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
}

TEST(DocxReaderXml, FontNamesMapToRolesAndUnknownOnesAreWarnedOnce) {
  std::string body = para(run("宋", R"(<w:rFonts w:eastAsia="SimSun"/>)") +
                          run("仿", R"(<w:rFonts w:eastAsia="方正仿宋_GBK"/>)") +
                          run("楷", R"(<w:rFonts w:eastAsia="华文楷体"/>)") +
                          run("黑", R"(<w:rFonts w:eastAsia="Microsoft YaHei"/>)") +
                          run("标", R"(<w:rFonts w:eastAsia="小标宋"/>)") +
                          run("A", R"(<w:rFonts w:ascii="Arial"/>)") +
                          run("B", R"(<w:rFonts w:ascii="Comic Sans MS"/>)") +
                          run("C", R"(<w:rFonts w:ascii="Comic Sans MS"/><w:b/>)") +
                          run("D", R"(<w:rFonts w:ascii="仿宋_GB2312"/>)"));
  DocxReading r = read_docx(make_docx(body));
  const Paragraph& p = *paragraphs(r.document)[0];
  ASSERT_EQ(p.runs.size(), 9u);
  const char* roles[] = {"song", "fangsong", "kai",  "hei",     "xbs",
                         "sans", "song",     "song", "fangsong"};
  for (size_t i = 0; i < 9; ++i) EXPECT_EQ(p.runs[i].style.font_role, roles[i]) << i;
  EXPECT_TRUE(p.runs[8].style.own_face_for_latin);  // Latin text in 仿宋's own glyphs
  EXPECT_FALSE(p.runs[6].style.own_face_for_latin);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0],
            "fonts without a font role are printed as 宋体 (role song): Comic Sans MS");
}

TEST(DocxReaderXml, MergedCellsGiveColspanAndRowspanInHtmlOrder) {
  auto cell = [](const std::string& text, const std::string& tcpr = "") {
    return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + para(run(text)) + "</w:tc>";
  };
  std::string tbl =
      R"(<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="4000" w:type="dxa"/></w:tblPr>)"
      R"(<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/></w:tblGrid>)"
      "<w:tr><w:trPr><w:tblHeader/></w:trPr>" +
      cell("甲", R"(<w:gridSpan w:val="2"/>)") +
      cell("乙", R"(<w:shd w:val="clear" w:fill="D9D9D9"/>)") +
      R"(</w:tr><w:tr><w:trPr><w:trHeight w:val="567"/></w:trPr>)" +
      cell("丙", R"(<w:vMerge w:val="restart"/><w:vAlign w:val="center"/>)") + cell("丁") +
      cell("戊", R"(<w:vMerge w:val="restart"/>)") + "</w:tr><w:tr>" + cell("", "<w:vMerge/>") +
      cell("己") + cell("", R"(<w:vMerge w:val="continue"/>)") +
      R"(</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>)" + cell("庚") + cell("辛") +
      "</w:tr></w:tbl>" + para("");
  DocxReading r = read_docx(make_docx(tbl, {{"styles.xml", kStyles}}));
  auto ts = tables(r.document);
  ASSERT_EQ(ts.size(), 1u);
  const Table& t = *ts[0];
  ASSERT_EQ(t.column_widths.size(), 3u);
  ASSERT_EQ(t.column_widths_mm.size(), 3u);  // 4000 twips is narrower than the text
  EXPECT_NEAR(t.column_widths_mm[2], 2000 * 25.4 / 1440, 1e-6);
  EXPECT_TRUE(t.borders);
  EXPECT_NEAR(t.cell_padding_mm, 54 * 25.4 / 1440, 1e-6);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_TRUE(t.rows[0].header);
  ASSERT_EQ(t.rows[0].cells.size(), 2u);
  EXPECT_EQ(t.rows[0].cells[0].colspan, 2);
  EXPECT_TRUE(t.rows[0].cells[1].shaded);
  EXPECT_NEAR(t.rows[1].min_height_mm, 10.0, 0.01);
  ASSERT_EQ(t.rows[1].cells.size(), 3u);
  EXPECT_EQ(t.rows[1].cells[0].rowspan, 2);
  EXPECT_EQ(t.rows[1].cells[0].valign, VAlign::Middle);
  EXPECT_EQ(t.rows[1].cells[1].valign, VAlign::Top);
  EXPECT_EQ(t.rows[1].cells[2].rowspan, 2);
  ASSERT_EQ(t.rows[2].cells.size(), 1u);  // only 己 starts in the third row
  EXPECT_EQ(t.rows[2].cells[0].paragraphs[0].text(), "己");
  ASSERT_EQ(t.rows[3].cells.size(), 3u);  // w:gridBefore: an empty cell first
  EXPECT_EQ(t.rows[3].cells[0].paragraphs[0].text(), "");
  EXPECT_EQ(t.rows[3].cells[1].paragraphs[0].text(), "庚");
}

TEST(DocxReaderXml, TableWithoutBordersAndNestedTable) {
  std::string inner = "<w:tbl><w:tblGrid><w:gridCol w:w=\"500\"/></w:tblGrid><w:tr><w:tc>" +
                      para(run("内一")) + "</w:tc></w:tr><w:tr><w:tc>" + para(run("内二")) +
                      "</w:tc></w:tr></w:tbl>";
  std::string tbl =
      R"(<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:insideH w:val="none"/></w:tblBorders></w:tblPr>)"
      R"(<w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid><w:tr><w:tc>)" +
      para(run("外")) + inner + para("") + "</w:tc></w:tr></w:tbl>";
  DocxReading r = read_docx(make_docx(tbl));
  const Table& t = *tables(r.document)[0];
  EXPECT_FALSE(t.borders);
  EXPECT_TRUE(t.column_widths_mm.empty());  // a percentage width fills the text width
  const Cell& c = t.rows[0].cells[0];
  ASSERT_EQ(c.paragraphs.size(), 4u);
  EXPECT_EQ(c.paragraphs[1].text(), "内一");
  EXPECT_EQ(c.paragraphs[2].text(), "内二");
  EXPECT_TRUE(has_warning(r,
                          "nested tables are printed as paragraphs of their cells' text (1 in "
                          "word/document.xml)"));
}

TEST(DocxReaderXml, ContentControlsKeepTheirText) {
  std::string body =
      R"(<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>)" + para(run("块级控件")) +
      "</w:sdtContent></w:sdt>" +
      para(run("姓名：") + R"(<w:sdt><w:sdtPr/><w:sdtContent>)" + run("张三") +
           "</w:sdtContent></w:sdt>" + R"(<w:hyperlink r:id="x">)" + run("链接") +
           "</w:hyperlink>" + R"(<w:ins w:id="1" w:author="a">)" + run("新增") + "</w:ins>" +
           R"(<w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>)" +
           run("隐藏", "<w:vanish/>"));
  DocxReading r = read_docx(make_docx(body));
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0]->text(), "块级控件");
  EXPECT_EQ(ps[1]->text(), "姓名：张三链接新增");
  EXPECT_TRUE(
      has_warning(r, "tracked changes are printed as if accepted (2 in word/document.xml)"));
}

TEST(DocxReaderXml, NumberingPrefixesListLabels) {
  const std::string numbering = numbering_xml(R"(
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
)");
  auto item = [](int num, int level, const std::string& text) {
    return para(run(text), "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
                               "\"/><w:numId w:val=\"" + std::to_string(num) + "\"/></w:numPr>");
  };
  std::string body = item(1, 0, "总体要求") + item(1, 1, "工作目标") + item(1, 1, "基本原则") +
                     item(1, 2, "坚持问题导向") + item(1, 2, "坚持统筹推进") +
                     item(1, 0, "主要任务") + item(1, 1, "完善制度") + item(2, 0, "要点") +
                     item(3, 2, "另起编号");
  DocxReading r = read_docx(make_docx(body, {{"numbering.xml", numbering}}));
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 9u);
  EXPECT_EQ(ps[0]->text(), "一、总体要求");
  EXPECT_EQ(ps[1]->text(), "（一）工作目标");
  EXPECT_EQ(ps[2]->text(), "（二）基本原则");
  EXPECT_EQ(ps[3]->text(), "1.\u3000坚持问题导向");  // a tab suffix is U+3000
  EXPECT_EQ(ps[4]->text(), "2.\u3000坚持统筹推进");
  EXPECT_NEAR(ps[4]->first_line_indent_em, -420.0 / 20 / 10, 1e-9);  // hanging, 10 pt text
  EXPECT_NEAR(ps[4]->left_indent_em, 840.0 / 20 / 10, 1e-9);
  EXPECT_EQ(ps[5]->text(), "二、主要任务");
  EXPECT_EQ(ps[6]->text(), "（一）完善制度");  // a deeper level restarts
  EXPECT_EQ(ps[7]->text(), "• 要点");
  EXPECT_EQ(ps[8]->text(), "5.\u3000另起编号");  // w:startOverride
}

TEST(DocxReaderXml, IndentsInCharactersAndLinesAndLineRules) {
  std::string body =
      para(
          run("悬挂", "<w:sz w:val=\"28\"/>"),
          R"(<w:ind w:leftChars="400" w:left="1120" w:hangingChars="200" w:hanging="560" w:rightChars="100"/>)") +
      para(
          run("行距", "<w:sz w:val=\"24\"/>"),
          R"(<w:spacing w:beforeLines="50" w:before="156" w:after="240" w:line="360" w:lineRule="auto"/>)") +
      para(run("至少", "<w:sz w:val=\"20\"/>"),
           R"(<w:spacing w:line="400" w:lineRule="atLeast"/>)") +
      para(run("分散"), R"(<w:jc w:val="distribute"/>)");
  DocxReading r = read_docx(make_docx(body));
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 4u);
  EXPECT_NEAR(ps[0]->left_indent_em, 4, 1e-9);
  EXPECT_NEAR(ps[0]->first_line_indent_em, -2, 1e-9);
  EXPECT_NEAR(ps[0]->right_indent_em, 1, 1e-9);
  EXPECT_NEAR(ps[1]->space_before_pt, 6, 1e-9);  // half a 12 pt line (no grid)
  EXPECT_NEAR(ps[1]->space_after_pt, 12, 1e-9);
  EXPECT_NEAR(ps[1]->line_spacing, 1.5 * 1.3, 1e-9);  // 1.5 lines of a CJK face
  EXPECT_NEAR(ps[2]->line_spacing, 2.0, 1e-9);        // at least 20 pt at 10 pt
  EXPECT_EQ(ps[3]->align, Align::Justify);
  EXPECT_TRUE(
      has_warning(r, "distributed alignment is printed as justified (1 in word/document.xml)"));
}

TEST(DocxReaderXml, PageBreaksSplitParagraphsAndTabsAreIdeographicSpaces) {
  std::string body =
      para(run("前") + "<w:r><w:tab/><w:t>后</w:t><w:br w:type=\"page\"/><w:t>次页</w:t></w:r>") +
      para(run("换行") + "<w:r><w:br/></w:r>" + run("第二行")) +
      para(run("另起一页"), "<w:pageBreakBefore/>");
  DocxReading r = read_docx(make_docx(body));
  const auto& b = r.document.blocks;
  ASSERT_EQ(b.size(), 6u);
  EXPECT_EQ(std::get<Paragraph>(b[0]).text(), "前\u3000后");
  EXPECT_TRUE(std::holds_alternative<PageBreak>(b[1]));
  EXPECT_EQ(std::get<Paragraph>(b[2]).text(), "次页");
  EXPECT_EQ(std::get<Paragraph>(b[3]).text(), "换行\n第二行");
  EXPECT_TRUE(std::holds_alternative<PageBreak>(b[4]));
  EXPECT_EQ(std::get<Paragraph>(b[5]).text(), "另起一页");
}

TEST(DocxReaderXml, FieldsKeepTheirResultAndFootersTheirPageNumbers) {
  const std::string footer = margin_xml(
      "ftr",
      para(
          run("第") +
              R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE \* MERGEFORMAT </w:instrText></w:r>)"
              R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)" +
              run("页，共") +
              R"(<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>)" +
              run("页"),
          R"(<w:jc w:val="right"/><w:ind w:right="320"/>)") +
          para(run("内部资料")));
  const std::string header = margin_xml(
      "hdr", para(run("  ")) + para("", R"(<w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr>)"));
  std::string body =
      para(
          run("目录") +
          R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF _Toc1 \h</w:instrText></w:r>)"
          R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)") +
      R"(<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:footerReference w:type="default" r:id="rF1"/>)"
      R"(<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/></w:sectPr>)";
  DocxReading r = read_docx(make_docx(body, {{"footer1.xml", footer}, {"header1.xml", header}}));
  EXPECT_EQ(paragraphs(r.document)[0]->text(), "目录5");
  const MarginText& f = r.document.page.footer;
  EXPECT_EQ(f.pattern, "第{page}页，共{pages}页");
  EXPECT_EQ(f.align, MarginTextAlign::Right);
  EXPECT_NEAR(f.indent_em, 320.0 / 20 / 10, 1e-9);
  EXPECT_NEAR(f.distance_mm, (1984 - 992 - 200) * 25.4 / 1440, 1e-6);
  EXPECT_TRUE(r.document.page.header.empty());
  EXPECT_NEAR(r.document.page.margin_top_mm, 2098 * 25.4 / 1440, 1e-6);
  EXPECT_TRUE(has_warning(r,
                          "header and footer lines besides the page-number line (or the first "
                          "line) are not printed (1 in word/footer1.xml)"));
  EXPECT_TRUE(
      has_warning(r, "header and footer borders (rules) are not printed (1 in word/header1.xml)"));
}

TEST(DocxReaderXml, HeaderAlignedByATabToTheStylesCentreStop) {
  const std::string styles = styles_xml(
      R"(<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs></w:pPr></w:style>)");
  const std::string header = margin_xml(
      "hdr",
      para("<w:r><w:tab/></w:r>" + run("- ") +
               R"(<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>)" + run(" -"),
           R"(<w:pStyle w:val="Header"/>)"));
  std::string body =
      para(run("正文")) +
      R"(<w:sectPr><w:headerReference w:type="default" r:id="rH1"/><w:titlePg/></w:sectPr>)";
  DocxReading r = read_docx(make_docx(body, {{"header1.xml", header}, {"styles.xml", styles}}));
  const MarginText& h = r.document.page.header;
  EXPECT_EQ(h.pattern, "- {page} -");
  EXPECT_EQ(h.align, MarginTextAlign::Center);
  EXPECT_TRUE(h.skip_first_page);  // w:titlePg without a first-page header
}

// Word's "Page Numbers (Bottom of Page)" building block: a content
// control holding a PAGE field in a frame aligned outside.
TEST(DocxReaderXml, FooterPageNumberInAFrameOfAContentControl) {
  const std::string footer = margin_xml(
      "ftr",
      R"x(<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Page Numbers (Bottom of Page)"/></w:docPartObj></w:sdtPr><w:sdtContent>)x" +
          para(
              run("— ", "<w:sz w:val=\"28\"/>") +
                  R"(<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>)"
                  R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)" +
                  run(" —", "<w:sz w:val=\"28\"/>"),
              R"(<w:framePr w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="outside" w:y="1"/>)") +
          "</w:sdtContent></w:sdt>" + para(""));
  std::string body =
      para(run("正文")) +
      R"(<w:sectPr><w:footerReference w:type="default" r:id="rF1"/><w:pgNumType w:start="1"/></w:sectPr>)";
  DocxReading r = read_docx(make_docx(body, {{"footer1.xml", footer}}));
  const MarginText& f = r.document.page.footer;
  EXPECT_EQ(f.pattern, "— {page} —");
  EXPECT_EQ(f.align, MarginTextAlign::Outside);
  EXPECT_DOUBLE_EQ(f.size_pt, 14);
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
}

// WPS: the page number in a text box anchored centred in the footer.
TEST(DocxReaderXml, FooterPageNumberInATextBoxAndNumberInDash) {
  const std::string box =
      R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor behindDoc="0"><wp:simplePos x="0" y="0"/>)"
      R"(<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>)"
      R"(<wp:extent cx="500000" cy="200000"/><wp:wrapNone/><wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>)" +
      para(
          R"(<w:fldSimple w:instr=" PAGE  \* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>)") +
      R"(</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)"
      R"(<mc:Fallback><w:pict><v:rect style="position:absolute;mso-position-horizontal:center"><v:textbox><w:txbxContent>)" +
      para(R"(<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>)") +
      R"(</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>)";
  const std::string footer = margin_xml("ftr", para(box));
  std::string body =
      para(run("正文")) +
      para(
          "",
          R"(<w:sectPr><w:footerReference w:type="default" r:id="rF1"/><w:pgNumType w:fmt="numberInDash"/></w:sectPr>)") +
      para(run("附件")) +
      R"(<w:sectPr><w:footerReference w:type="default" r:id="rF1"/><w:pgNumType w:start="1"/></w:sectPr>)";
  DocxReading r = read_docx(make_docx(body, {{"footer1.xml", footer}}));
  const MarginText& f = r.document.page.footer;
  EXPECT_EQ(f.pattern, "- {page} -");
  EXPECT_EQ(f.align, MarginTextAlign::Center);
  ASSERT_EQ(r.warnings.size(), 1u) << r.warnings.front();
  EXPECT_EQ(r.warnings[0],
            "page numbers run on through the document in decimal (restarts and other formats are "
            "not reproduced) (1 in word/document.xml)");
}

TEST(DocxReaderXml, SectionsWithGridAndContinuousBreaks) {
  std::string grid_sect =
      R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/>)"
      R"(<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>)";
  std::string body =
      para(run("第一节", "<w:sz w:val=\"32\"/>")) +
      para("", "<w:rPr><w:sz w:val=\"32\"/></w:rPr>" + grid_sect) + para(run("同页续排")) +
      para(
          "",
          R"(<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>)") +
      para(run("横向")) +
      R"(<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:cols w:num="2"/></w:sectPr>)";
  const std::string styles = styles_xml(
      R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>)");
  DocxReading r = read_docx(make_docx(body, {{"styles.xml", styles}}));
  EXPECT_EQ(r.document.page.grid_lines, 22);
  EXPECT_EQ(r.document.page.grid_chars, 28);
  ASSERT_EQ(r.document.blocks.size(), 4u);  // the section-ending empty paragraphs are left out
  EXPECT_EQ(std::get<Paragraph>(r.document.blocks[1]).text(), "同页续排");
  const auto* s = std::get_if<SectionBreak>(&r.document.blocks[2]);
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->page.landscape);
  EXPECT_NEAR(s->page.width_mm, 297, 0.05);
  EXPECT_TRUE(has_warning(r, "multi-column sections and column breaks are printed in one column"));
}

TEST(DocxReaderXml, TextBoxesShapesAndUnsupportedPicturesAreWarnedByKind) {
  const std::string textbox =
      R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="文本框 1"/>)"
      R"(<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>)" +
      para(run("框内文字")) +
      R"(</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>)"
      R"(<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>)" +
      para(run("框内文字")) +
      R"(</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>)";
  const std::string gif_picture =
      R"(<w:r><w:drawing><wp:inline><wp:extent cx="360000" cy="360000"/><wp:docPr id="2" name="图片 2"/>)"
      R"(<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rImg1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>)";
  std::string body = para(run("正文") + textbox) + para(textbox) + para(gif_picture) +
                     para(R"(<w:r><w:footnoteReference w:id="1"/></w:r>)");
  DocxReading r = read_docx(make_docx(body, {{"media/image1.gif", "GIF89a not decodable"}}));
  EXPECT_TRUE(
      has_warning(r, "text boxes are not printed in PDF, TXT and XLSX (2 in word/document.xml)"));
  EXPECT_TRUE(has_warning(r, "pictures that are not PNG or JPEG"));
  EXPECT_TRUE(has_warning(r, "footnotes and endnotes are not printed (1 in word/document.xml)"));
  EXPECT_EQ(paragraphs(r.document)[0]->text(), "正文");
}

TEST(DocxReaderXml, AnchoredPictureFromTheColumnIsPlacedFromThePen) {
  std::string anchor =
      R"(<w:r><w:drawing><wp:anchor behindDoc="0" simplePos="0"><wp:simplePos x="0" y="0"/>)"
      R"(<wp:positionH relativeFrom="column"><wp:posOffset>1800000</wp:posOffset></wp:positionH>)"
      R"(<wp:positionV relativeFrom="paragraph"><wp:posOffset>-360000</wp:posOffset></wp:positionV>)"
      R"(<wp:extent cx="1440000" cy="1440000"/><wp:wrapNone/><wp:docPr id="3" name="印章" descr="电子印章"/>)"
      R"(<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rImg1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>)";
  std::string body =
      para(anchor + run("落款单位", "<w:sz w:val=\"20\"/>"),
           R"(<w:ind w:left="400"/><w:spacing w:before="240"/>)") +
      para(anchor + run("落款单位", "<w:sz w:val=\"20\"/>"), R"(<w:jc w:val="right"/>)");
  DocxReading r = read_docx(make_docx(body, {{"media/image1.png", docx_reader_test::kTinyPng}}));
  // Right-aligned: the pen starts where the 4 × 10 pt line does, in the
  // 160 mm text width of the default page.
  const Picture& right = *paragraphs(r.document)[1]->runs[0].picture;
  EXPECT_NEAR(right.offset_x_mm, 50 - (160 - 40 * 25.4 / 72), 1e-6);
  const Paragraph& p = *paragraphs(r.document)[0];
  ASSERT_TRUE(p.runs[0].picture);
  const Picture& pic = *p.runs[0].picture;
  EXPECT_TRUE(pic.floating);
  EXPECT_NEAR(pic.width_mm, 40, 1e-9);
  EXPECT_NEAR(pic.offset_x_mm, 50 - 400 * 25.4 / 1440, 1e-6);  // less the left indent
  EXPECT_NEAR(pic.offset_y_mm, -10 - 12 * 25.4 / 72, 1e-6);    // less the space before
  EXPECT_EQ(pic.alt, "电子印章");
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
}

TEST(DocxReaderXml, BadPackagesThrowNamingTheProblem) {
  EXPECT_THROW(read_docx("not a zip file"), IoError);
  try {
    read_docx(make_docx("<w:p><w:r><w:t>unclosed</w:r></w:p>"));
    FAIL() << "no exception";
  } catch (const TemplateError& e) {
    EXPECT_NE(std::string(e.what()).find("word/document.xml"), std::string::npos) << e.what();
  }
  std::string deep;
  for (int i = 0; i < 600; ++i) deep += "<w:sdt><w:sdtContent>";
  for (int i = 0; i < 600; ++i) deep += "</w:sdtContent></w:sdt>";
  try {
    read_docx(make_docx(deep));
    FAIL() << "no exception";
  } catch (const TemplateError& e) {
    EXPECT_NE(std::string(e.what()).find("nests elements more than 512 deep"), std::string::npos)
        << e.what();
  }
}

TEST(DocxReaderXml, DamagedPageSetupStaysPrintable) {
  std::string body =
      para(run("正文", R"(<w:sz w:val="99999"/>)")) +
      R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2000" w:bottom="2000" w:left="9000" w:right="9000"/></w:sectPr>)";
  DocxReading r = read_docx(make_docx(body));
  const PageSetup& page = r.document.page;
  EXPECT_NEAR(page.text_width_mm(), 10, 1e-9);  // the side margins shrunk together
  EXPECT_NEAR(page.margin_left_mm, page.margin_right_mm, 1e-9);
  EXPECT_DOUBLE_EQ(paragraphs(r.document)[0]->runs[0].style.size_pt, 1638);
}

}  // namespace
}  // namespace formwork
