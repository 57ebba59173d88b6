// Form attributes, page setup, paragraph roles and styles, inline markup,
// whitespace rules, NFC, <set>, <each> and <if> at block level.
#include <filesystem>

#include "template_test_util.h"
#include "util/utf8.h"

namespace formwork::test {
namespace {

class Blocks : public TemplateTest {};

TEST_F(Blocks, FormAttributes) {
  Template t = load(
      "<form name=\"acceptance\" title=\"{{项目名称}} 验收表\" sheet=\"验收表\" "
      "schema=\"../schemas/a.schema.json\" checks=\"a.checks.json\" description=\"附件3\"/>");
  EXPECT_EQ(t.name(), "acceptance");
  EXPECT_EQ(t.description(), "附件3");
  auto dir = std::filesystem::absolute(dir_.path()).lexically_normal();
  EXPECT_EQ(t.schema_path(), (dir.parent_path() / "schemas/a.schema.json").string());
  EXPECT_EQ(t.checks_path(), (dir / "a.checks.json").string());
  Document d = t.render(record(R"({"项目名称": "数字化平台"})"));
  EXPECT_EQ(d.title, "数字化平台 验收表");
  EXPECT_EQ(d.sheet_name, "验收表");
  EXPECT_TRUE(d.blocks.empty());
}

TEST_F(Blocks, FormDefaults) {
  Template t = load("<form name=\"plain\"/>");
  EXPECT_EQ(t.schema_path(), "");
  EXPECT_EQ(t.checks_path(), "");
  Document d = t.render(record("{}"));
  EXPECT_EQ(d.title, "plain");
  EXPECT_EQ(d.sheet_name, "plain");
  EXPECT_EQ(d.page.width_mm, 210);
  EXPECT_EQ(t.output_name(record("{}")), "plain");
}

TEST_F(Blocks, SheetNameIsMadeValidForExcel) {
  Document d = render("<form name=\"t\" sheet=\"{{x}}\"/>",
                      R"({"x": "a/b:c*d?[e]一二三四五六七八九十一二三四五六七八九十甲乙丙"})");
  EXPECT_EQ(d.sheet_name, "a_b_c_d__e_一二三四五六七八九十一二三四五六七八九十");
  EXPECT_EQ(utf8_to_u32(d.sheet_name).size(), 31u);
}

TEST_F(Blocks, PageSetup) {
  Document d = render(
      form("<page paper=\"A3\" orientation=\"landscape\" top=\"20\" bottom=\"21\" left=\"28\" "
           "right=\"26\" footer=\"第 {page} 页 共 {pages} 页\"/>"));
  EXPECT_EQ(d.page.width_mm, 420);
  EXPECT_EQ(d.page.height_mm, 297);
  EXPECT_TRUE(d.page.landscape);
  EXPECT_EQ(d.page.margin_top_mm, 20);
  EXPECT_EQ(d.page.margin_bottom_mm, 21);
  EXPECT_EQ(d.page.margin_left_mm, 28);
  EXPECT_EQ(d.page.margin_right_mm, 26);
  EXPECT_EQ(d.page.footer.pattern, "第 {page} 页 共 {pages} 页");
  Document a5 = render(form("<page paper=\"A5\"/>"));
  EXPECT_EQ(a5.page.width_mm, 148);
  EXPECT_EQ(a5.page.height_mm, 210);
  EXPECT_FALSE(a5.page.landscape);
}

TEST_F(Blocks, RoleDefaults) {
  Document d = render(form(
      "<title>标题</title><heading level=\"1\">一、</heading><heading level=\"2\">（一）</heading>"
      "<heading level=\"3\">1.</heading><heading level=\"4\">（1）</heading><p>正文</p>"
      "<signature>（公章）</signature>",
      "font=\"fangsong\" size=\"16\""));
  ASSERT_EQ(d.blocks.size(), 7u);
  const Paragraph& title = para(d, 0);
  EXPECT_EQ(title.role, ParagraphRole::Title);
  EXPECT_EQ(title.align, Align::Center);
  EXPECT_EQ(title.space_after_pt, 12);
  EXPECT_TRUE(title.keep_with_next);  // every writer reads it: no title ends a page
  EXPECT_EQ(title.runs.at(0).style.font_role, "xbs");
  EXPECT_EQ(title.runs.at(0).style.size_pt, 18);
  EXPECT_TRUE(title.runs.at(0).style.bold);
  const char* fonts[] = {"hei", "kai", "fangsong", "fangsong"};
  for (int level = 1; level <= 4; ++level) {
    const Paragraph& h = para(d, static_cast<size_t>(level));
    EXPECT_EQ(h.role, ParagraphRole::Heading);
    EXPECT_EQ(h.heading_level, level);
    EXPECT_TRUE(h.keep_with_next);
    EXPECT_EQ(h.runs.at(0).style.font_role, fonts[level - 1]);
    EXPECT_EQ(h.runs.at(0).style.size_pt, 16);
    EXPECT_EQ(h.runs.at(0).style.bold, level == 3);
  }
  const Paragraph& body = para(d, 5);
  EXPECT_EQ(body.role, ParagraphRole::Body);
  EXPECT_EQ(body.runs.at(0).style.font_role, "fangsong");  // form default
  EXPECT_EQ(body.runs.at(0).style.size_pt, 16);
  const Paragraph& sig = para(d, 6);
  EXPECT_EQ(sig.role, ParagraphRole::Signature);
  EXPECT_EQ(sig.align, Align::Right);
  EXPECT_FALSE(sig.keep_with_next);
}

TEST_F(Blocks, ParagraphAttributes) {
  Document d = render(
      form("<p align=\"justify\" indent=\"2\" left-indent=\"1\" right-indent=\"0.5\" font=\"kai\" "
           "size=\"14\" bold=\"true\" italic=\"true\" underline=\"true\" color=\"#C00000\" "
           "space-before=\"6\" space-after=\"3\" line-spacing=\"1.5\" keep-with-next=\"true\">x</p>"
           "<title bold=\"false\" align=\"left\">t</title>"));
  const Paragraph& p = para(d, 0);
  EXPECT_EQ(p.align, Align::Justify);
  EXPECT_EQ(p.first_line_indent_em, 2);
  EXPECT_EQ(p.left_indent_em, 1);
  EXPECT_EQ(p.right_indent_em, 0.5);
  EXPECT_EQ(p.space_before_pt, 6);
  EXPECT_EQ(p.space_after_pt, 3);
  EXPECT_EQ(p.line_spacing, 1.5);
  EXPECT_TRUE(p.keep_with_next);
  const TextStyle& s = p.runs.at(0).style;
  EXPECT_EQ(s.font_role, "kai");
  EXPECT_EQ(s.size_pt, 14);
  EXPECT_TRUE(s.bold && s.italic && s.underline);
  EXPECT_EQ(s.color, 0xC00000u);
  EXPECT_FALSE(para(d, 1).runs.at(0).style.bold);
  EXPECT_EQ(para(d, 1).align, Align::Left);
}

TEST_F(Blocks, InlineMarkupMakesMergedRuns) {
  Document d = render(form("<p>正文 {{名称}} <b>粗体<i>斜</i></b><span>同样式</span><br/>下一行"
                           "<span font=\"hei\" size=\"10\" color=\"#0000FF\" underline=\"true\">蓝"
                           "</span><u>线</u></p>"),
                      R"({"名称": "平台"})");
  const Paragraph& p = para(d, 0);
  ASSERT_EQ(p.runs.size(), 6u);
  EXPECT_EQ(p.runs[0].text, "正文 平台 ");
  EXPECT_FALSE(p.runs[0].style.bold);
  EXPECT_EQ(p.runs[1].text, "粗体");
  EXPECT_TRUE(p.runs[1].style.bold);
  EXPECT_EQ(p.runs[2].text, "斜");
  EXPECT_TRUE(p.runs[2].style.bold && p.runs[2].style.italic);
  EXPECT_EQ(p.runs[3].text, "同样式\n下一行");  // <span> without attributes and <br/> merge
  EXPECT_EQ(p.runs[4].text, "蓝");
  EXPECT_EQ(p.runs[4].style.font_role, "hei");
  EXPECT_EQ(p.runs[4].style.size_pt, 10);
  EXPECT_EQ(p.runs[4].style.color, 0x0000FFu);
  EXPECT_TRUE(p.runs[4].style.underline);
  EXPECT_EQ(p.runs[5].text, "线");
  EXPECT_TRUE(p.runs[5].style.underline);
  EXPECT_EQ(p.runs[5].style.font_role, "song");
}

TEST_F(Blocks, EmptyRunsDoNotSplitEqualStyles) {
  Document d = render(form("<p>a<b>{{空}}</b>b</p>"), R"({"空": ""})");
  ASSERT_EQ(para(d, 0).runs.size(), 1u);
  EXPECT_EQ(para(d, 0).runs[0].text, "ab");
}

TEST_F(Blocks, WhitespaceInsideChineseTextIsDroppedAtLineBreaks) {
  Document d = render(form("<p>\n    山东省人力资源和\n    社会保障厅\n</p>"));
  EXPECT_EQ(para(d, 0).text(), "山东省人力资源和社会保障厅");
}

TEST_F(Blocks, WhitespaceRunsWithoutLineBreakCollapseToOneSpace) {
  Document d = render(form("<p>  a \t  b <b>c</b> <i>d</i>   </p>"));
  EXPECT_EQ(para(d, 0).text(), "a b c d");
}

TEST_F(Blocks, BlanksAroundLineBreaksAndDoubledBlanksAreTrimmed) {
  Document d = render(form("<p>a <br/> b </p><p>x </p>  <p><b>y </b> z</p>"));
  EXPECT_EQ(para(d, 0).text(), "a\nb");
  EXPECT_EQ(para(d, 1).text(), "x");
  EXPECT_EQ(para(d, 2).text(), "y z");
}

TEST_F(Blocks, LatinWordsNeedAnExplicitSpaceAcrossLines) {
  Document d = render(form("<p>Hà\n  Nội, Hà{{ ' ' }}\n  Nội</p>"));
  EXPECT_EQ(para(d, 0).text(), "HàNội, Hà Nội");
}

TEST_F(Blocks, FullWidthSpacesAreKept) {
  Document d = render(form("<signature>(公章)<br/>\n  年　月　日</signature>"));
  EXPECT_EQ(para(d, 0).text(), "(公章)\n年　月　日");
}

TEST_F(Blocks, DataTextIsInsertedAsIsButNotTrimmed) {
  Document d = render(form("<p>{{a}}</p>"), R"({"a": "  x <b>&amp; y\r\nz\tw\u0001"})");
  EXPECT_EQ(para(d, 0).text(), "  x <b>&amp; y\nz w");
}

TEST_F(Blocks, CdataIsVerbatim) {
  Document d = render(form("<p><![CDATA[a  <b>\n c]]></p>"));
  EXPECT_EQ(para(d, 0).text(), "a  <b>\n c");
}

TEST_F(Blocks, EntitiesAndPlaceholders) {
  Document d = render(form("<p>A &amp; B &lt; {{x}}&#x4E2D;</p>"), R"({"x": 1})");
  EXPECT_EQ(para(d, 0).text(), "A & B < 1中");
}

TEST_F(Blocks, TextIsNfc) {
  // "Nguyễn" typed with combining marks in data and in the template.
  Document d =
      render(form("<p>{{n}} – Vie\xCC\xA3\xCC\x82t</p>"), "{\"n\": \"Nguye\\u0302\\u0303n\"}");
  EXPECT_EQ(para(d, 0).text(), "Nguy\xE1\xBB\x85n – Vi\xE1\xBB\x87t");
  Document t = render("<form name=\"t\" title=\"{{n}}\"/>", "{\"n\": \"e\\u0301\"}");
  EXPECT_EQ(t.title, "\xC3\xA9");
}

TEST_F(Blocks, SpacerAndPageBreak) {
  Document d = render(form("<p>a</p><spacer height=\"24\"/><pagebreak/><p>b</p>"));
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(para(d, 1).space_before_pt, 24);
  EXPECT_TRUE(para(d, 1).runs.empty());
  EXPECT_TRUE(std::holds_alternative<PageBreak>(d.blocks[2]));
}

TEST_F(Blocks, SetBindsForFollowingSiblingsOnly) {
  Document d = render(form("<p>{{ 结余 | default('无') }}</p>"
                           "<set name=\"结余\" value=\"{{ 拨付 - 资助 }}\"/>"
                           "<p>{{结余}}</p>"
                           "<if test=\"结余 > 100\"><p>多</p></if>"
                           "<set name=\"结余\" value=\"{{ 结余 * 2 }}\"/>"
                           "<p>{{结余}}</p>"),
                      R"({"拨付": 300.50, "资助": 100.25})");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(para(d, 0).text(), "无");
  EXPECT_EQ(para(d, 1).text(), "200.25");  // a number: the comparison below works
  EXPECT_EQ(para(d, 2).text(), "多");
  EXPECT_EQ(para(d, 3).text(), "400.5");
}

TEST_F(Blocks, SetInsideEachDoesNotLeak) {
  Document d = render(form("<each in=\"xs\" as=\"x\"><set name=\"y\" value=\"{{x}}\"/></each>"
                           "<p>{{ y | default('none') }}</p>"),
                      R"({"xs": [1, 2]})");
  EXPECT_EQ(para(d, 0).text(), "none");
}

TEST_F(Blocks, EachAndIfAtBlockLevel) {
  Document d = render(form("<each in=\"人员\" as=\"人\" index=\"i\">"
                           "  <if test=\"人.年龄 >= 40\"><p>{{i}}. {{人.姓名}}（资深）</p>"
                           "  <else><p>{{i}}. {{人.姓名}}</p></else></if>"
                           "</each>"
                           "<if test=\"人员\"><p>有人</p></if>"
                           "<if test=\"空\"><p>不该出现</p></if>"),
                      R"({"人员": [{"姓名": "张三", "年龄": 45}, {"姓名": "李四", "年龄": 30}],
                          "空": []})");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(para(d, 0).text(), "1. 张三（资深）");
  EXPECT_EQ(para(d, 1).text(), "2. 李四");
  EXPECT_EQ(para(d, 2).text(), "有人");
}

TEST_F(Blocks, NestedEachSeesOuterVariables) {
  Document d = render(form("<each in=\"组\" as=\"g\"><each in=\"g.成员\" as=\"m\" index=\"j\">"
                           "<p>{{g.名}}-{{j}}-{{m}}</p></each></each>"),
                      R"({"组": [{"名": "A", "成员": ["x", "y"]}, {"名": "B", "成员": ["z"]}]})");
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(para(d, 0).text(), "A-1-x");
  EXPECT_EQ(para(d, 1).text(), "A-2-y");
  EXPECT_EQ(para(d, 2).text(), "B-1-z");
}

TEST_F(Blocks, EachAcceptsAWholePlaceholder) {
  Document d =
      render(form("<each in=\"{{ xs }}\" as=\"x\"><p>{{x}}</p></each>"), R"({"xs": ["a"]})");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(para(d, 0).text(), "a");
}

}  // namespace
}  // namespace formwork::test
