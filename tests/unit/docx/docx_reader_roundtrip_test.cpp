// The DOCX reader on packages made by formwork's own DOCX writer: the model
// read back is the model written (texts, roles, fonts, sizes, alignment,
// indents, spacing, tables, sections, page numbers, pictures, grid).
#include <gtest/gtest.h>

#include <memory>
#include <numeric>
#include <variant>

#include "docx/docx_reader.h"
#include "docx/docx_writer.h"
#include "docx_reader_fixtures.h"
#include "docx_test_support.h"
#include "picture/picture_decode.h"

namespace formwork {
namespace {

using docx_reader_test::kTinyPng;
using docx_reader_test::paragraphs;
using docx_reader_test::tables;

DocxReading round_trip(const Document& doc) { return read_docx(docx_bytes(doc)); }

Paragraph text_paragraph(const std::string& text, TextStyle style = {}) {
  Paragraph p;
  p.runs.push_back({text, style});
  return p;
}

class SampleRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override { read_ = round_trip(docx_test::sample_document()); }
  const Document& doc() const { return read_.document; }
  DocxReading read_;
};

TEST_F(SampleRoundTrip, KeepsTitleAndLandscapePageWithPageNumberFooter) {
  EXPECT_TRUE(read_.warnings.empty()) << read_.warnings.front();
  EXPECT_EQ(doc().title, "经费决算表 <测试>");
  EXPECT_NEAR(doc().page.width_mm, 297, 0.05);
  EXPECT_NEAR(doc().page.height_mm, 210, 0.05);
  EXPECT_TRUE(doc().page.landscape);
  EXPECT_NEAR(doc().page.margin_top_mm, 30, 0.05);
  EXPECT_NEAR(doc().page.margin_bottom_mm, 28, 0.05);
  EXPECT_NEAR(doc().page.margin_left_mm, 26, 0.05);
  EXPECT_NEAR(doc().page.margin_right_mm, 24, 0.05);
  EXPECT_EQ(doc().page.footer.pattern, "第 {page} 页 共 {pages} 页");
  EXPECT_EQ(doc().page.footer.align, MarginTextAlign::Center);
  EXPECT_TRUE(doc().page.header.empty());
}

TEST_F(SampleRoundTrip, KeepsBlockOrderWithThePageBreak) {
  ASSERT_EQ(doc().blocks.size(), 7u);
  EXPECT_TRUE(std::holds_alternative<Paragraph>(doc().blocks[0]));
  EXPECT_TRUE(std::holds_alternative<Paragraph>(doc().blocks[1]));
  EXPECT_TRUE(std::holds_alternative<Paragraph>(doc().blocks[2]));
  EXPECT_TRUE(std::holds_alternative<Table>(doc().blocks[3]));
  EXPECT_TRUE(std::holds_alternative<PageBreak>(doc().blocks[4]));
  EXPECT_TRUE(std::holds_alternative<Paragraph>(doc().blocks[5]));
  EXPECT_TRUE(std::holds_alternative<Table>(doc().blocks[6]));
}

TEST_F(SampleRoundTrip, KeepsRolesFontsAndSizes) {
  auto ps = paragraphs(doc());
  ASSERT_EQ(ps.size(), 4u);
  const Paragraph& title = *ps[0];
  EXPECT_EQ(title.role, ParagraphRole::Title);
  EXPECT_EQ(title.align, Align::Center);
  ASSERT_EQ(title.runs.size(), 1u);
  EXPECT_EQ(title.runs[0].text, "经费决算表");
  EXPECT_EQ(title.runs[0].style.font_role, "xbs");
  EXPECT_DOUBLE_EQ(title.runs[0].style.size_pt, 22);
  EXPECT_TRUE(title.runs[0].style.bold);
  const Paragraph& heading = *ps[1];
  EXPECT_EQ(heading.role, ParagraphRole::Heading);
  EXPECT_EQ(heading.heading_level, 1);
  EXPECT_TRUE(heading.keep_with_next);
  EXPECT_EQ(heading.runs[0].style.font_role, "hei");
  EXPECT_DOUBLE_EQ(heading.runs[0].style.size_pt, 16);
  // The writer's "Signature" role has no DOCX style: it reads as body text.
  EXPECT_EQ(ps[3]->role, ParagraphRole::Body);
  EXPECT_EQ(ps[3]->align, Align::Right);
  EXPECT_EQ(ps[3]->text(), "第二页");
  EXPECT_EQ(ps[3]->runs[0].style.font_role, "song");
  EXPECT_DOUBLE_EQ(ps[3]->runs[0].style.size_pt, 12);
}

TEST_F(SampleRoundTrip, KeepsBodyFormattingAndRuns) {
  const Paragraph& body = *paragraphs(doc())[2];
  EXPECT_EQ(body.align, Align::Justify);
  EXPECT_NEAR(body.first_line_indent_em, 2, 1e-9);
  EXPECT_NEAR(body.space_after_pt, 6, 1e-9);
  EXPECT_NEAR(body.line_spacing, 1.25, 1e-9);  // exact 400 twips at 16 pt
  ASSERT_EQ(body.runs.size(), 3u);
  EXPECT_EQ(body.runs[0].text, "本单位2023年度预算执行情况如下：");
  EXPECT_EQ(body.runs[0].style.font_role, "fangsong");
  EXPECT_EQ(body.runs[1].text, docx_test::kSpecialText);
  // Latin-only text is set in the Latin face the writer names for 仿宋.
  EXPECT_EQ(body.runs[1].style.font_role, "serif");
  EXPECT_TRUE(body.runs[1].style.bold);
  EXPECT_TRUE(body.runs[1].style.underline);
  EXPECT_EQ(body.runs[1].style.color, 0xC00000u);
  EXPECT_EQ(body.runs[2].text, "第一行\n第二行");
}

TEST_F(SampleRoundTrip, KeepsTableGridSpansHeaderAndShading) {
  auto ts = tables(doc());
  ASSERT_EQ(ts.size(), 2u);
  const Table& t = *ts[0];
  ASSERT_EQ(t.column_widths.size(), 4u);
  EXPECT_TRUE(t.column_widths_mm.empty());  // fills the text width: relative
  const double sum = std::accumulate(t.column_widths.begin(), t.column_widths.end(), 0.0);
  EXPECT_NEAR(t.column_widths[1] / sum, 0.4, 1e-3);
  EXPECT_NEAR(t.column_widths[0] / sum, 0.2, 1e-3);
  EXPECT_TRUE(t.borders);
  EXPECT_NEAR(t.cell_padding_mm, 1.5, 0.01);
  ASSERT_EQ(t.rows.size(), 5u);
  EXPECT_TRUE(t.rows[0].header);
  ASSERT_EQ(t.rows[0].cells.size(), 3u);
  EXPECT_EQ(t.rows[0].cells[0].colspan, 2);
  EXPECT_TRUE(t.rows[0].cells[0].shaded);
  EXPECT_EQ(t.rows[0].cells[0].align, Align::Center);
  EXPECT_EQ(t.rows[0].cells[0].paragraphs[0].text(), "项目");
  ASSERT_EQ(t.rows[1].cells.size(), 4u);
  EXPECT_EQ(t.rows[1].cells[0].rowspan, 2);
  EXPECT_EQ(t.rows[1].cells[0].valign, VAlign::Top);
  EXPECT_EQ(t.rows[1].cells[1].valign, VAlign::Middle);
  ASSERT_EQ(t.rows[2].cells.size(), 3u);  // column 0 is covered by the rowspan
  EXPECT_EQ(t.rows[2].cells[0].paragraphs[0].text(), "差旅费");
  EXPECT_NEAR(t.rows[3].min_height_mm, 30, 0.05);
  EXPECT_EQ(t.rows[3].cells[0].colspan, 3);
  // The writer fills the short last row's hole with one empty cell.
  ASSERT_EQ(t.rows[4].cells.size(), 2u);
  EXPECT_EQ(t.rows[4].cells[1].colspan, 3);
  EXPECT_FALSE(ts[1]->borders);
}

TEST(DocxReaderRoundTrip, SecondSectionIsALandscapeSectionBreak) {
  Document doc;
  doc.page.footer.pattern = "— {page} —";
  doc.blocks.push_back(text_paragraph("正文"));
  SectionBreak brk;
  brk.page.width_mm = 297;
  brk.page.height_mm = 210;
  brk.page.landscape = true;
  brk.page.footer.pattern = "— {page} —";
  doc.blocks.push_back(brk);
  doc.blocks.push_back(text_paragraph("附表"));
  DocxReading r = round_trip(doc);
  ASSERT_EQ(r.document.blocks.size(), 3u);
  EXPECT_FALSE(r.document.page.landscape);
  const auto* s = std::get_if<SectionBreak>(&r.document.blocks[1]);
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->page.landscape);
  EXPECT_NEAR(s->page.width_mm, 297, 0.05);
  EXPECT_EQ(s->page.footer.pattern, "— {page} —");
  EXPECT_EQ(std::get<Paragraph>(r.document.blocks[2]).text(), "附表");
}

TEST(DocxReaderRoundTrip, OutsidePageNumberFromPageTwoKeepsDistanceAndIndent) {
  Document doc;
  MarginText& f = doc.page.footer;
  f.pattern = "— {page} —";
  f.align = MarginTextAlign::Outside;
  f.size_pt = 14;
  f.distance_mm = 7;
  f.indent_em = 1;
  f.skip_first_page = true;
  doc.blocks.push_back(text_paragraph("正文"));
  DocxReading r = round_trip(doc);
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  const MarginText& g = r.document.page.footer;
  EXPECT_EQ(g.pattern, "— {page} —");
  EXPECT_EQ(g.align, MarginTextAlign::Outside);
  EXPECT_DOUBLE_EQ(g.size_pt, 14);
  EXPECT_NEAR(g.distance_mm, 7, 0.05);
  EXPECT_NEAR(g.indent_em, 1, 1e-6);
  EXPECT_TRUE(g.skip_first_page);
  EXPECT_EQ(g.font_role, "song");
  EXPECT_TRUE(g.own_face_for_latin);
}

TEST(DocxReaderRoundTrip, GridOfTwentyTwoLinesByTwentyEightCharacters) {
  Document doc;
  doc.page.margin_top_mm = 37;
  doc.page.margin_bottom_mm = 35;
  doc.page.margin_left_mm = 28;
  doc.page.margin_right_mm = 26;
  doc.page.grid_lines = 22;
  doc.page.grid_chars = 28;
  Paragraph body = text_paragraph("为深入实施专业技术人员知识更新工程，现将有关事项通知如下。",
                                  {"fangsong", 16});
  body.first_line_indent_em = 2;
  doc.blocks.push_back(body);
  DocxReading r = round_trip(doc);
  EXPECT_EQ(r.document.page.grid_lines, 22);
  EXPECT_EQ(r.document.page.grid_chars, 28);
}

TEST(DocxReaderRoundTrip, RuleKeepsThicknessColourAndSpacing) {
  Document doc;
  Paragraph rule;
  rule.rule = HorizontalRule{1.5, 0xFF0000, 0};
  rule.space_before_pt = 10;
  rule.space_after_pt = 5;
  doc.blocks.push_back(text_paragraph("发文机关标志"));
  doc.blocks.push_back(rule);
  doc.blocks.push_back(text_paragraph("正文"));
  DocxReading r = round_trip(doc);
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 3u);
  ASSERT_TRUE(ps[1]->rule.has_value());
  EXPECT_TRUE(ps[1]->runs.empty());
  EXPECT_DOUBLE_EQ(ps[1]->rule->thickness_pt, 1.5);
  EXPECT_EQ(ps[1]->rule->color, 0xFF0000u);
  EXPECT_NEAR(ps[1]->space_before_pt, 10, 1e-9);
  EXPECT_NEAR(ps[1]->space_after_pt, 5, 1e-9);
}

TEST(DocxReaderRoundTrip, HangingIndentAndIndentsInEm) {
  Document doc;
  Paragraph p = text_paragraph("1. 第一项内容较长需要换行时悬挂缩进", {"song", 14});
  p.left_indent_em = 2;
  p.right_indent_em = 1;
  p.first_line_indent_em = -2;
  p.space_before_pt = 3;
  p.line_spacing = 1.5;
  p.widow_control = false;
  doc.blocks.push_back(p);
  DocxReading r = round_trip(doc);
  const Paragraph& q = *paragraphs(r.document)[0];
  EXPECT_NEAR(q.left_indent_em, 2, 1e-9);
  EXPECT_NEAR(q.right_indent_em, 1, 1e-9);
  EXPECT_NEAR(q.first_line_indent_em, -2, 1e-9);
  EXPECT_NEAR(q.space_before_pt, 3, 1e-9);
  EXPECT_NEAR(q.line_spacing, 1.5, 1e-9);
  EXPECT_FALSE(q.widow_control);
}

TEST(DocxReaderRoundTrip, PicturesInlineAndFloatingKeepSizeOffsetsAndAltText) {
  std::shared_ptr<Picture> decoded = decode_picture(kTinyPng);
  auto inline_pic = std::make_shared<Picture>(*decoded);
  inline_pic->width_mm = 20;
  inline_pic->height_mm = 10;
  inline_pic->alt = "徽标";
  auto seal = std::make_shared<Picture>(*decoded);
  seal->width_mm = 40;
  seal->height_mm = 40;
  seal->floating = true;
  seal->offset_x_mm = -12;
  seal->offset_y_mm = -15;
  seal->alt = "印章";
  Document doc;
  Paragraph p = text_paragraph("单位：");
  p.runs.push_back({"", {}, inline_pic});
  doc.blocks.push_back(p);
  Paragraph sign;
  sign.space_before_pt = 12;
  sign.runs.push_back({"", {}, seal});
  sign.runs.push_back({"山东省人力资源和社会保障厅", {}});
  sign.align = Align::Right;
  doc.blocks.push_back(sign);
  DocxReading r = round_trip(doc);
  EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 2u);
  ASSERT_EQ(ps[0]->runs.size(), 2u);
  const Picture* a = ps[0]->runs[1].picture.get();
  ASSERT_NE(a, nullptr);
  EXPECT_FALSE(a->floating);
  EXPECT_NEAR(a->width_mm, 20, 1e-3);
  EXPECT_NEAR(a->height_mm, 10, 1e-3);
  EXPECT_EQ(a->alt, "徽标");
  EXPECT_EQ(a->pixel_width, 1);
  const Picture* b = ps[1]->runs[0].picture.get();
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->floating);
  EXPECT_NEAR(b->offset_x_mm, -12, 1e-3);
  EXPECT_NEAR(b->offset_y_mm, -15, 1e-3);
  EXPECT_EQ(b->alt, "印章");
  EXPECT_TRUE(b->has_alpha);
}

TEST(DocxReaderRoundTrip, EmptyParagraphKeepsItsLineSize) {
  Document doc;
  doc.blocks.push_back(text_paragraph("上"));
  doc.blocks.push_back(text_paragraph("", {"fangsong", 16}));
  doc.blocks.push_back(text_paragraph("下"));
  DocxReading r = round_trip(doc);
  auto ps = paragraphs(r.document);
  ASSERT_EQ(ps.size(), 3u);
  ASSERT_EQ(ps[1]->runs.size(), 1u);
  EXPECT_EQ(ps[1]->runs[0].text, "");
  EXPECT_DOUBLE_EQ(ps[1]->runs[0].style.size_pt, 16);
}

TEST(DocxReaderRoundTrip, WritingTheReadModelGivesTheSameDocx) {
  // A stable round trip: DOCX → model → DOCX → model gives the same model.
  Document first = round_trip(docx_test::sample_document()).document;
  std::string once = docx_bytes(first);
  std::string twice = docx_bytes(read_docx(once).document);
  EXPECT_EQ(once, twice);
}

}  // namespace
}  // namespace formwork
