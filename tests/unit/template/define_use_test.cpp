// Reusable pieces: <define name params> at the top of a form, <use name
// param="…"/> wherever its content may stand.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class DefineUse : public TemplateTest {};

const char* kSigner = R"(<define name="签署" params="单位 日期">
  <signature>{{单位}}</signature>
  <signature>{{日期}}</signature>
</define>)";

TEST_F(DefineUse, APieceOfBlocksIsRenderedWhereItIsUsedWithItsParameters) {
  Document d = render(form(std::string(kSigner) + R"(
<p>正文</p>
<use name="签署" 单位="{{甲}}" 日期="2024年1月2日"/>
<use name="签署" 单位="乙单位" 日期="{{日}}"/>)"),
                      R"({"甲": "甲单位", "日": "3日"})");
  ASSERT_EQ(d.blocks.size(), 5u);
  EXPECT_EQ(para(d, 1).text(), "甲单位");
  EXPECT_EQ(para(d, 2).text(), "2024年1月2日");
  EXPECT_EQ(para(d, 3).text(), "乙单位");
  EXPECT_EQ(para(d, 4).text(), "3日");
  EXPECT_EQ(para(d, 1).role, ParagraphRole::Signature);
}

TEST_F(DefineUse, ParametersKeepTheirTypeAndStayInsideThePiece) {
  Document d =
      render(form(R"(<define name="行" params="项">
  <row><cell>{{项.名称}}</cell><cell value="{{项.金额}}" format="money"/></row>
</define>
<table widths="1,1">
  <each in="费用" as="f"><use name="行" 项="{{f}}"/></each>
</table>
<p>{{ 项 | default('外面没有') }}</p>)"),
             R"({"费用": [{"名称": "差旅", "金额": 1200.5}, {"名称": "会议", "金额": 30}]})");
  const Table& t = table(d, 0);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(cell_text(t.rows[0].cells[0]), "差旅");
  EXPECT_EQ(cell_text(t.rows[0].cells[1]), "1,200.50");
  ASSERT_TRUE(t.rows[1].cells[1].value.number.has_value());
  EXPECT_EQ(t.rows[1].cells[1].value.number->to_string(), "30");
  EXPECT_EQ(para(d, 1).text(), "外面没有");
}

TEST_F(DefineUse, APieceUsesAnotherAndSeesTheCallersNamesThroughItsParameters) {
  Document d = render(form(R"(<define name="内" params="x"><p>[{{x}}]</p></define>
<define name="外" params="y"><use name="内" x="{{y}}-{{y}}"/></define>
<use name="外" y="{{a}}"/>)"),
                      R"({"a": "A"})");
  EXPECT_EQ(para(d, 0).text(), "[A-A]");
}

TEST_F(DefineUse, UnknownPieceListsTheDefinedOnes) {
  TemplateError e = load_error(form(std::string(kSigner) + "\n<use name=\"签字\" 单位=\"x\"/>"));
  EXPECT_EQ(e.loc.line, 6);
  EXPECT_NE(e.message.find("names no <define>"), std::string::npos);
  EXPECT_NE(e.message.find("defined: 签署"), std::string::npos);
}

TEST_F(DefineUse, MissingAndUnknownParametersAreErrors) {
  TemplateError missing =
      load_error(form(std::string(kSigner) + "\n<use name=\"签署\" 单位=\"x\"/>"));
  EXPECT_NE(missing.message.find("'日期'"), std::string::npos);
  EXPECT_NE(missing.message.find("must be given"), std::string::npos);
  TemplateError unknown = load_error(
      form(std::string(kSigner) + "\n<use name=\"签署\" 单位=\"x\" 日期=\"y\" 日=\"z\"/>"));
  EXPECT_NE(unknown.message.find("has no parameter '日'"), std::string::npos);
}

TEST_F(DefineUse, APieceUsingItselfIsRefused) {
  TemplateError e = load_error(form(R"(<define name="a"><use name="b"/></define>
<define name="b"><use name="a"/></define>
<use name="a"/>)"));
  EXPECT_NE(e.message.find("inside its own definition"), std::string::npos);
}

TEST_F(DefineUse, ContentWrongForThePlaceNamesTheUse) {
  TemplateError e = load_error(form(R"(<define name="行"><row><cell>x</cell></row></define>
<p>a</p>
<use name="行"/>)"));
  EXPECT_NE(e.message.find("<row> is not allowed"), std::string::npos);
  EXPECT_NE(e.message.find("(in <use name=\"行\"> at line 4)"), std::string::npos);
  EXPECT_EQ(e.loc.line, 2);  // the <row> inside the definition
}

TEST_F(DefineUse, DefinitionsAreTopLevelAndNamedOnce) {
  EXPECT_NE(
      load_error(form("<define name=\"a\"><p>x</p></define>\n<define name=\"a\"><p>y</p></define>"))
          .message.find("is defined twice"),
      std::string::npos);
  EXPECT_NE(load_error(form("<table widths=\"1\"><define name=\"a\"/></table>"))
                .message.find("<define> is not allowed inside <table>"),
            std::string::npos);
}

TEST_F(DefineUse, PiecesDoublingEachOtherAreStoppedBeforeTheTreeExplodes) {
  // p0 holds 2 paragraphs, p1 uses p0 twice, … p30 would hold 2^31.
  std::string xml = "<define name=\"p0\"><p>a</p><p>b</p></define>\n";
  for (int i = 1; i <= 30; ++i) {
    std::string prev = "p" + std::to_string(i - 1);
    xml += "<define name=\"p" + std::to_string(i) + "\"><use name=\"" + prev + "\"/><use name=\"" +
           prev + "\"/></define>\n";
  }
  xml += "<use name=\"p30\"/>";
  TemplateError e = load_error(form(xml));
  EXPECT_NE(e.message.find("grow exponentially"), std::string::npos) << e.message;
}

TEST_F(DefineUse, AChainOfPiecesStaysWithinTheNestingLimit) {
  // Each piece adds 2 levels (if/if, its <use> standing where the caller's
  // was): 60 pieces deep is 122 levels.
  std::string xml = "<define name=\"d0\"><p>x</p></define>\n";
  for (int i = 1; i <= 60; ++i) {
    xml += "<define name=\"d" + std::to_string(i) + "\"><if test=\"true\"><if test=\"true\">" +
           "<use name=\"d" + std::to_string(i - 1) + "\"/></if></if></define>\n";
  }
  xml += "<use name=\"d60\"/>";
  TemplateError e = load_error(form(xml));
  EXPECT_NE(e.message.find("deeper than the limit of 100"), std::string::npos) << e.message;
  // 20 pieces deep (43 levels) is fine.
  std::string ok = xml.substr(0, xml.find("<define name=\"d21\""));
  Document d = render(form(ok + "<use name=\"d20\"/>"));
  EXPECT_EQ(para(d, 0).text(), "x");
}

}  // namespace
}  // namespace formwork::test
