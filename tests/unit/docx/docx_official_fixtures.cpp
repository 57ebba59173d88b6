#include "docx_official_fixtures.h"

#include <string>

#include "../test_support/official_pages.h"

namespace formwork::docx_test {

namespace {

Paragraph text_paragraph(const std::string& text, TextStyle style, Align align = Align::Left) {
  Paragraph p;
  p.runs.push_back({text, style});
  p.align = align;
  return p;
}

Paragraph rule_paragraph(unsigned color, double thickness, double length_mm, Align align) {
  Paragraph p;
  p.rule = HorizontalRule{thickness, color, length_mm};
  p.align = align;
  p.space_before_pt = 4;
  p.space_after_pt = 4;
  return p;
}

Cell text_cell(const std::string& text, TextStyle style = {"fangsong", 12}) {
  Cell c;
  c.paragraphs.push_back(text_paragraph(text, style));
  return c;
}

Table attachment_table() {
  Table t;
  t.column_widths = {1, 3, 2};
  t.column_widths_mm = {20, 0, 0};
  Row head;
  head.header = true;
  head.cells = {text_cell("编号"), text_cell("项目名称"), text_cell("承办单位")};
  t.rows.push_back(head);
  for (int i = 1; i <= 3; ++i) {
    Row r;
    r.cells = {text_cell("201600" + std::to_string(i)), text_cell("高级研修项目"),
               text_cell("山东省人力资源和社会保障厅")};
    t.rows.push_back(r);
  }
  Row ruled;
  Cell with_rule = text_cell("短线");
  with_rule.paragraphs.push_back(rule_paragraph(0x000000, 0.5, 40, Align::Center));
  ruled.cells = {text_cell("rule"), with_rule, text_cell("")};
  t.rows.push_back(ruled);
  Row tall;
  tall.min_height_mm = 300;  // taller than the landscape 版心: must be allowed to split
  tall.cells = {text_cell("tall"), text_cell(""), text_cell("")};
  t.rows.push_back(tall);
  return t;
}

Table borderless_pair() {
  Table t;
  t.column_widths = {1, 1};
  t.borders = false;
  Row r;
  r.cells = {text_cell("左"), text_cell("右")};
  t.rows = {r};
  return t;
}

}  // namespace

PageSetup gbt9704_page() { return test_support::gbt9704_page(true); }

Document notice_document(int body_paragraphs) {
  Document doc;
  doc.title = "关于做好2016年高级研修项目工作的通知";
  doc.page = gbt9704_page();
  TextStyle body{"fangsong", 16};
  doc.blocks.push_back(rule_paragraph(0xFF0000, 1, 0, Align::Center));
  Paragraph title = text_paragraph(doc.title, {"xbs", 22}, Align::Center);
  title.role = ParagraphRole::Title;
  doc.blocks.push_back(title);
  Paragraph h1 = text_paragraph("一、项目安排", {"hei", 16});
  h1.role = ParagraphRole::Heading;
  h1.heading_level = 1;
  h1.keep_with_next = true;
  h1.first_line_indent_em = 2;
  doc.blocks.push_back(h1);
  Paragraph h2 = text_paragraph("（一）研修内容", {"kai", 16});
  h2.role = ParagraphRole::Heading;
  h2.heading_level = 2;
  h2.first_line_indent_em = 2;
  doc.blocks.push_back(h2);
  for (int i = 0; i < body_paragraphs; ++i) {
    std::string text;
    for (int k = 0; k < 3; ++k) text += "各市人力资源社会保障局，省直有关部门，各有关单位：";
    Paragraph p = text_paragraph(text, body, Align::Justify);
    p.first_line_indent_em = 2;
    p.line_spacing = 1.0;
    p.widow_control = i != 1;
    doc.blocks.push_back(p);
  }
  doc.blocks.push_back(PageBreak{});
  SectionBreak landscape;
  landscape.page = test_support::landscape(gbt9704_page());
  landscape.page.margin_top_mm = 28;
  landscape.page.margin_bottom_mm = 26;
  landscape.page.margin_left_mm = 37;
  landscape.page.margin_right_mm = 35;
  landscape.page.grid_lines = 0;
  landscape.page.grid_chars = 0;
  doc.blocks.push_back(landscape);
  doc.blocks.push_back(text_paragraph("附件1", {"hei", 16}));
  doc.blocks.push_back(attachment_table());
  doc.blocks.push_back(borderless_pair());
  return doc;
}

Document bao_cao_document() {
  Document doc;
  doc.title = "BÁO CÁO sơ kết";
  doc.page.margin_top_mm = 20;
  doc.page.margin_bottom_mm = 20;
  doc.page.margin_left_mm = 30;
  doc.page.margin_right_mm = 15;
  doc.page.header.pattern = "{page}";
  doc.page.header.align = MarginTextAlign::Center;
  doc.page.header.font_role = "serif";
  doc.page.header.size_pt = 13;
  doc.page.header.skip_first_page = true;
  TextStyle body{"serif", 14};
  Table head = borderless_pair();
  head.rows[0].cells[0].paragraphs = {text_paragraph("ỦY BAN NHÂN DÂN", {"serif", 13, true}),
                                      rule_paragraph(0, 0.5, 20, Align::Center)};
  head.rows[0].cells[1].paragraphs = {
      text_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"serif", 13, true}),
      rule_paragraph(0, 0.5, 50, Align::Center)};
  doc.blocks.push_back(head);
  for (int i = 0; i < 30; ++i) {
    Paragraph p = text_paragraph(
        "Xã đã hoàn thành 15/19 tiêu chí, đạt 78,95%; các công trình được triển khai đúng tiến độ.",
        body, Align::Justify);
    p.first_line_indent_em = 1;
    p.space_after_pt = 6;
    doc.blocks.push_back(p);
  }
  return doc;
}

}  // namespace formwork::docx_test
