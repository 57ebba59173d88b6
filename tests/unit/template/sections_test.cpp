// Issue 3/4 markup: <page> header/footer lines and grid, <section>, <rule>,
// fixed column widths, cell anchors and text-valued formulas.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class Sections : public TemplateTest {};

const SectionBreak& section(const Document& doc, size_t i) {
  static const SectionBreak none;
  if (i >= doc.blocks.size() || !std::holds_alternative<SectionBreak>(doc.blocks[i])) {
    ADD_FAILURE() << "block " << i << " is not a section break";
    return none;
  }
  return std::get<SectionBreak>(doc.blocks[i]);
}

TEST_F(Sections, GbT9704PageNumbersAndGrid) {
  Document d =
      render(form("<page top=\"37\" bottom=\"35\" left=\"28\" right=\"26\" footer=\"— {page} —\" "
                  "footer-align=\"outside\" footer-distance=\"7\" footer-indent=\"1\" "
                  "footer-font=\"song\" footer-size=\"14\" grid-lines=\"22\" grid-chars=\"28\"/>"));
  EXPECT_DOUBLE_EQ(d.page.text_width_mm(), 156);
  EXPECT_DOUBLE_EQ(d.page.text_height_mm(), 225);
  EXPECT_EQ(d.page.footer.pattern, "— {page} —");
  EXPECT_EQ(d.page.footer.align, MarginTextAlign::Outside);
  EXPECT_DOUBLE_EQ(d.page.footer.distance_mm, 7);
  EXPECT_DOUBLE_EQ(d.page.footer.indent_em, 1);
  EXPECT_DOUBLE_EQ(d.page.footer.size_pt, 14);
  EXPECT_EQ(d.page.footer.font_role, "song");
  EXPECT_FALSE(d.page.footer.skip_first_page);
  EXPECT_TRUE(d.page.header.empty());
  EXPECT_EQ(d.page.grid_lines, 22);
  EXPECT_EQ(d.page.grid_chars, 28);
}

TEST_F(Sections, HeaderFromPageTwo) {
  Document d =
      render(form("<page header=\"{page}\" header-size=\"13\" header-font=\"serif\" "
                  "first-page-numbers=\"false\"/>"));
  EXPECT_EQ(d.page.header.pattern, "{page}");
  EXPECT_EQ(d.page.header.align, MarginTextAlign::Center);
  EXPECT_LT(d.page.header.distance_mm, 0);  // centred in the margin by default
  EXPECT_EQ(d.page.header.font_role, "serif");
  EXPECT_TRUE(d.page.header.skip_first_page);
  EXPECT_TRUE(d.page.footer.skip_first_page);
}

TEST_F(Sections, SectionInheritsThePreviousSetupAndChangesWhatItNames) {
  Document d =
      render(form("<page top=\"37\" left=\"28\" footer=\"— {page} —\" grid-lines=\"22\"/>"
                  "<p>正文</p>"
                  "<section orientation=\"landscape\" grid-lines=\"0\"/>"
                  "<p>附件1</p>"
                  "<section top=\"30\"/>"));
  ASSERT_EQ(d.blocks.size(), 4u);
  const SectionBreak& s1 = section(d, 1);
  EXPECT_TRUE(s1.page.landscape);
  EXPECT_DOUBLE_EQ(s1.page.width_mm, 297);
  EXPECT_DOUBLE_EQ(s1.page.height_mm, 210);
  EXPECT_DOUBLE_EQ(s1.page.margin_top_mm, 37);
  EXPECT_EQ(s1.page.footer.pattern, "— {page} —");
  EXPECT_EQ(s1.page.grid_lines, 0);
  EXPECT_TRUE(s1.sheet_name.empty());
  const SectionBreak& s2 = section(d, 3);  // starts from the landscape section
  EXPECT_TRUE(s2.page.landscape);
  EXPECT_DOUBLE_EQ(s2.page.margin_top_mm, 30);
  EXPECT_DOUBLE_EQ(s2.page.margin_left_mm, 28);
}

TEST_F(Sections, SectionPerListItemNamesItsSheet) {
  Document d = render(form("<each in=\"社区\" as=\"c\"><section sheet=\"{{c}}\"/>"
                           "<p>{{c}}</p></each>"),
                      R"({"社区": ["东风社区", "a/b:c"]})");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(section(d, 0).sheet_name, "东风社区");
  EXPECT_EQ(section(d, 2).sheet_name, "a_b_c");
}

TEST_F(Sections, SectionErrors) {
  EXPECT_NE(load_error(form("<table widths=\"1\"><section/></table>"))
                .message.find("<section> is not allowed inside <table>"),
            std::string::npos);
  EXPECT_NE(load_error(form("<section footer-align=\"middle\"/>")).message.find("must be one of"),
            std::string::npos);
  EXPECT_NE(load_error(form("<section colour=\"red\"/>")).message.find("unknown attribute"),
            std::string::npos);
  TemplateError e = render_error(form("<section left=\"100\" right=\"100\"/>"));
  EXPECT_NE(e.message.find("less than 20 mm"), std::string::npos);
  EXPECT_EQ(e.loc.line, 2);
}

TEST_F(Sections, RedRuleIsAnEmptyParagraph) {
  Document d =
      render(form("<rule thickness=\"1\" color=\"#FF0000\" space-before=\"11\" space-after=\"4\"/>"
                  "<rule length=\"30\" align=\"center\"/>"));
  const Paragraph& red = para(d, 0);
  ASSERT_TRUE(red.rule.has_value());
  EXPECT_TRUE(red.runs.empty());
  EXPECT_DOUBLE_EQ(red.rule->thickness_pt, 1);
  EXPECT_EQ(red.rule->color, 0xFF0000u);
  EXPECT_DOUBLE_EQ(red.rule->length_mm, 0);
  EXPECT_DOUBLE_EQ(red.space_before_pt, 11);
  EXPECT_DOUBLE_EQ(red.space_after_pt, 4);
  const Paragraph& short_rule = para(d, 1);
  EXPECT_DOUBLE_EQ(short_rule.rule->length_mm, 30);
  EXPECT_EQ(short_rule.align, Align::Center);
  EXPECT_EQ(short_rule.rule->color, 0u);
  EXPECT_NE(load_error(form("<rule>x</rule>")).message.find("must be empty"), std::string::npos);
  EXPECT_NE(load_error(form("<rule bold=\"true\"/>")).message.find("unknown attribute"),
            std::string::npos);
}

TEST_F(Sections, RuleInsideACell) {
  Document d =
      render(form("<table widths=\"1,1\" borders=\"false\"><row>"
                  "<cell><p bold=\"true\">UBND XÃ QUANG KHẢI</p><rule length=\"25\"/>"
                  "<p>Số: 05/BC-UBND</p></cell><cell>x</cell></row></table>"));
  const Cell& c = table(d, 0).rows[0].cells[0];
  ASSERT_EQ(c.paragraphs.size(), 3u);
  EXPECT_TRUE(c.paragraphs[1].rule.has_value());
  EXPECT_DOUBLE_EQ(c.paragraphs[1].rule->length_mm, 25);
  EXPECT_FALSE(table(d, 0).borders);
}

TEST_F(Sections, FixedAndRelativeColumnWidths) {
  Document d =
      render(form("<table widths=\"20mm, 1, 2\"><row><cell>a</cell><cell>b</cell>"
                  "<cell>c</cell></row></table>"));
  const Table& t = table(d, 0);
  EXPECT_EQ(t.column_widths, (std::vector<double>{0, 1, 2}));
  EXPECT_EQ(t.column_widths_mm, (std::vector<double>{20, 0, 0}));
  Document d2 =
      render(form("<table widths=\"1,3\"><row><cell>a</cell><cell>b</cell></row></table>"));
  const Table& rel = table(d2, 0);
  EXPECT_TRUE(rel.column_widths_mm.empty());
  EXPECT_NE(load_error(form("<table widths=\"20cm,1\"/>")).message.find("mm"), std::string::npos);
}

TEST_F(Sections, AnchorsAndTextValuedFormulas) {
  Document d = render(form(
      "<set name=\"分\" value=\"{{ 85 }}\"/><table widths=\"1,1\"><row>"
      "<cell anchor=\"总分\" value=\"{{分}}\" format=\"number\" formula=\"SUM(R[1]C:R[2]C)\"/>"
      "<cell value=\"{{ if(分 >= 80, '良', '中') }}\" formula=\"IF(@总分&gt;=80,&quot;良&quot;,"
      "&quot;中&quot;)\"/></row></table>"));
  const Row& r = table(d, 0).rows[0];
  EXPECT_EQ(r.cells[0].anchor, "总分");
  EXPECT_FALSE(r.cells[0].value.text.has_value());
  EXPECT_EQ(r.cells[1].value.formula_r1c1, "IF(@总分>=80,\"良\",\"中\")");
  ASSERT_TRUE(r.cells[1].value.text.has_value());
  EXPECT_EQ(*r.cells[1].value.text, "良");
  EXPECT_FALSE(r.cells[1].value.number.has_value());
  EXPECT_EQ(cell_text(r.cells[1]), "良");
  EXPECT_NE(load_error(form("<table widths=\"1\"><row><cell anchor=\"a b\"/></row></table>"))
                .message.find("anchor"),
            std::string::npos);
}

TEST_F(Sections, IndentsFromPlaceholders) {
  // GB/T 9704 §7.3.5.2: the date starts two characters right of the name.
  Document d = render(form("<signature right-indent=\"2\">{{署名}}</signature>"
                           "<signature right-indent=\"{{ len(署名) - 2 - 6.5 }}\">"
                           "2016年4月21日</signature>"),
                      R"({"署名": "山东省人力资源和社会保障厅"})");
  EXPECT_DOUBLE_EQ(para(d, 0).right_indent_em, 2);
  EXPECT_DOUBLE_EQ(para(d, 1).right_indent_em, 4.5);
  TemplateError e = render_error(form("<p indent=\"{{ x }}\">a</p>"), R"({"x": "二"})");
  EXPECT_NE(e.message.find("must give a number of em"), std::string::npos);
  EXPECT_NE(
      load_error(form("<table widths=\"1\" indent=\"{{x}}\"/>")).message.find("only on paragraphs"),
      std::string::npos);
}

TEST_F(Sections, SpansFromPlaceholdersAndCustomNumberFormats) {
  Document d =
      render(form("<table widths=\"1,1\"><each in=\"组\" as=\"g\"><each in=\"g.项\" as=\"x\""
                  " index=\"i\"><row><if test=\"i == 1\"><cell rowspan=\"{{count(g.项)}}\">"
                  "{{g.名}}</cell></if><cell value=\"{{x}}\" number-format=\"≥0&quot;次&quot;\">"
                  "≥{{x}}次</cell></row></each></each></table>"),
             R"({"组": [{"名": "产出", "项": [1, 2, 3]}, {"名": "效益", "项": [4]}]})");
  const Table& t = table(d, 0);
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_EQ(t.rows[0].cells[0].rowspan, 3);
  EXPECT_EQ(t.rows[1].cells.size(), 1u);
  EXPECT_EQ(t.rows[3].cells[0].rowspan, 1);
  EXPECT_EQ(t.rows[0].cells[1].value.number_format, "≥0\"次\"");
  EXPECT_EQ(cell_text(t.rows[0].cells[1]), "≥1次");
  TemplateError e =
      render_error(form("<table widths=\"1\"><row><cell rowspan=\"{{n}}\">a</cell></row></table>"),
                   R"({"n": 0})");
  EXPECT_NE(e.message.find("whole number from 1"), std::string::npos);
}

TEST_F(Sections, NumberFormatPlaceholdersAreQuotedLiterals) {
  Document d =
      render(form("<table widths=\"1\"><each in=\"指标\" as=\"x\"><row>"
                  "<cell value=\"{{x.值}}\" number-format=\"{{x.符号}}General{{x.单位}}\"/>"
                  "</row></each></table>"),
             R"({"指标": [{"值": 95, "符号": "≥", "单位": "%"},
                                   {"值": 1, "符号": "", "单位": "人次"},
                                   {"值": 3, "符号": "=", "单位": ";@"}]})");
  const Table& t = table(d, 0);
  EXPECT_EQ(t.rows[0].cells[0].value.number_format, "\"≥\"General\"%\"");
  EXPECT_EQ(t.rows[1].cells[0].value.number_format, "General\"人次\"");
  // Format syntax from data stays literal text inside the quotes.
  EXPECT_EQ(t.rows[2].cells[0].value.number_format, "\"=\"General\";@\"");
  TemplateError e = render_error(form("<table widths=\"1\"><row><cell value=\"1\" "
                                      "number-format=\"0{{u}}\"/></row></table>"),
                                 R"({"u": "\"次"})");
  EXPECT_NE(e.message.find("number-format placeholder"), std::string::npos);
}

TEST_F(Sections, WidowControlCanBeTurnedOff) {
  Document d = render(form("<p>a</p><p widow-control=\"false\">b</p>"));
  EXPECT_TRUE(para(d, 0).widow_control);
  EXPECT_FALSE(para(d, 1).widow_control);
}

}  // namespace
}  // namespace formwork::test
