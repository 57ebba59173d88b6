// Load-time errors: malformed XML, unknown/misplaced elements, unknown
// attributes, bad values and bad expressions, all with file:line:column.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class LoadErrors : public TemplateTest {};

TEST_F(LoadErrors, UnknownElementHasLineAndColumnOfItsBracket) {
  TemplateError e = load_error(form("  <p>a</p>\n   <tabel widths=\"1\"/>"));
  EXPECT_EQ(e.message, "unknown element <tabel>");
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, 4);
  EXPECT_NE(e.loc.file.find("t.xml"), std::string::npos);
  EXPECT_NE(std::string(e.what()).find("t.xml:3:4: unknown element <tabel>"), std::string::npos);
}

TEST_F(LoadErrors, ColumnsCountCodePointsNotBytes) {
  // "<p>项目" is 5 code points (15 bytes of UTF-8 before the <b>).
  TemplateError e = load_error(form("<p>项目<bold>x</bold></p>"));
  EXPECT_EQ(e.message, "unknown element <bold>");
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_EQ(e.loc.column, 6);
}

TEST_F(LoadErrors, UnknownAttributePointsAtTheAttributeName) {
  TemplateError e = load_error(form("<p align=\"left\"\n   algn=\"center\">x</p>"));
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, 4);
  EXPECT_NE(e.message.find("unknown attribute 'algn' on <p>"), std::string::npos);
  EXPECT_NE(e.message.find("align"), std::string::npos);  // lists what is allowed
}

TEST_F(LoadErrors, UnknownAttributeOnFormAndOnElementsWithoutAttributes) {
  EXPECT_EQ(load_error("<form name=\"t\" titel=\"x\"/>").loc.column, 16);
  TemplateError e = load_error(form("<pagebreak before=\"1\"/>"));
  EXPECT_NE(e.message.find("(it takes none)"), std::string::npos);
  EXPECT_EQ(load_error(form("<p><b x=\"1\">a</b></p>")).loc.column, 7);
}

TEST_F(LoadErrors, MalformedXmlReportsWhereTheParserStopped) {
  TemplateError e = load_error("<form name=\"t\">\n<p>a</q>\n</form>\n");
  EXPECT_NE(e.message.find("malformed XML"), std::string::npos);
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_GE(e.loc.column, 6);
  EXPECT_LE(e.loc.column, 8);
}

TEST_F(LoadErrors, MalformedXmlAfterChineseText) {
  TemplateError e = load_error("<form name=\"t\">\n<p>中文 <b 文字</p></form>");
  EXPECT_EQ(e.loc.line, 2);
  // pugixml stops at "</p>": column 13 in characters (it would be 27 in bytes).
  EXPECT_EQ(e.loc.column, 13);
}

TEST_F(LoadErrors, RootMustBeForm) {
  TemplateError e = load_error("<?xml version=\"1.0\"?>\n<document name=\"t\"/>");
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_EQ(e.loc.column, 1);
  EXPECT_NE(e.message.find("<form>"), std::string::npos);
}

TEST_F(LoadErrors, KnownElementInTheWrongPlace) {
  TemplateError e = load_error(form("<row><cell/></row>"));
  EXPECT_EQ(e.message, "<row> is not allowed inside <form>");
  EXPECT_EQ(load_error(form("<table widths=\"1\"><cell/></table>")).message,
            "<cell> is not allowed inside <table>");
  EXPECT_EQ(load_error(form("<p><p>x</p></p>")).message, "<p> is not allowed inside <p>");
  EXPECT_EQ(load_error(form("<each in=\"a\" as=\"x\"><page/></each>")).message,
            "<page> is not allowed inside <each>");
  EXPECT_EQ(load_error(form("<else/>")).message, "<else> is not allowed inside <form>");
}

TEST_F(LoadErrors, StrayTextOutsideParagraphs) {
  TemplateError e = load_error(form("<table widths=\"1\">\n  正文\n</table>"));
  EXPECT_NE(e.message.find("text is not allowed directly inside <table>"), std::string::npos);
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, 3);
  EXPECT_NE(load_error(form("<table widths=\"1\"><row><cell><p>a</p>b</cell></row></table>"))
                .message.find("inside <cell>"),
            std::string::npos);
}

TEST_F(LoadErrors, ElseMustBeLastAndSingle) {
  EXPECT_EQ(load_error(form("<if test=\"1\"><else/><p>a</p></if>")).message,
            "<else> must be the last child of <if>");
  EXPECT_EQ(load_error(form("<if test=\"1\"><else/><else/></if>")).message,
            "<else> must be the last child of <if>");
}

TEST_F(LoadErrors, RequiredAttributes) {
  EXPECT_EQ(load_error("<form/>").message, "<form> needs attribute 'name'");
  EXPECT_EQ(load_error(form("<each as=\"x\"/>")).message, "<each> needs attribute 'in'");
  EXPECT_EQ(load_error(form("<heading>x</heading>")).message, "<heading> needs attribute 'level'");
  EXPECT_EQ(load_error(form("<table><row/></table>")).message, "<table> needs attribute 'widths'");
}

TEST_F(LoadErrors, BadAttributeValuesPointAtTheValue) {
  TemplateError e = load_error(form("<p align=\"middle\">x</p>"));
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_EQ(e.loc.column, 11);
  EXPECT_NE(e.message.find("must be one of left, center, right, justify"), std::string::npos);
  EXPECT_NE(load_error(form("<p size=\"big\">x</p>")).message.find("is not a number"),
            std::string::npos);
  EXPECT_NE(load_error(form("<p bold=\"yes\">x</p>")).message.find("true, false"),
            std::string::npos);
  EXPECT_NE(load_error(form("<p color=\"red\">x</p>")).message.find("colour"), std::string::npos);
  EXPECT_NE(load_error(form("<p font=\"arial\">x</p>")).message.find("song"), std::string::npos);
  EXPECT_NE(load_error(form("<heading level=\"5\">x</heading>")).message.find("between 1 and 4"),
            std::string::npos);
  EXPECT_NE(load_error(form("<table widths=\"1,,2\"/>")).message.find("positive numbers"),
            std::string::npos);
  EXPECT_NE(load_error(form("<table widths=\"1,-2\"/>")).message.find("positive numbers"),
            std::string::npos);
  EXPECT_NE(load_error(form("<each in=\"a\" as=\"and\"/>")).message.find("variable name"),
            std::string::npos);
  EXPECT_NE(load_error(form("<page paper=\"A0\"/>")).message.find("A4"), std::string::npos);
  EXPECT_NE(load_error(form("<page left=\"100\" right=\"100\"/>")).message.find("20 mm"),
            std::string::npos);
  EXPECT_NE(load_error(form("<page/><page/>")).message.find("at most one"), std::string::npos);
}

TEST_F(LoadErrors, ExpressionSyntaxErrorsSurfaceAtLoadTime) {
  TemplateError e = load_error(form("<p>\n  金额 {{ 1 + }} 元</p>"));
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_GE(e.loc.column, 6);  // inside the placeholder, not at the start of the text
  TemplateError a = load_error(form("<if test=\"a &gt;\"><p>x</p></if>"));
  EXPECT_EQ(a.loc.line, 2);
  EXPECT_GE(a.loc.column, 11);
  EXPECT_EQ(load_error("<form name=\"t\" title=\"{{ (a }}\"/>").loc.line, 1);
  EXPECT_EQ(load_error(form("<set name=\"x\" value=\"{{ * }}\"/>")).loc.line, 2);
}

TEST_F(LoadErrors, UnclosedPlaceholder) {
  TemplateError e = load_error(form("<p>编号 {{编号</p>"));
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_EQ(e.loc.column, 7);
  EXPECT_NE(e.message.find("'{{'"), std::string::npos);
}

TEST_F(LoadErrors, FormulaRules) {
  std::string cell = "<table widths=\"1\"><row><cell formula=\"%s\"/></row></table>";
  auto with = [&](const std::string& f) {
    std::string c = cell;
    return form(c.replace(c.find("%s"), 2, f));
  };
  EXPECT_NE(load_error(with("SUM(R[-{{a}C:R[-1]C)")).message.find("'}}'"), std::string::npos);
  EXPECT_NE(load_error(with("=SUM(R[-1]C)")).message.find("'='"), std::string::npos);
  EXPECT_NE(load_error(with("")).message.find("empty"), std::string::npos);
  EXPECT_NE(load_error(form("<table widths=\"1\"><row><cell format=\"money\"/></row></table>"))
                .message.find("needs a value"),
            std::string::npos);
}

TEST_F(LoadErrors, InvalidUtf8) {
  TemplateError e = load_error("<form name=\"t\">\n<p>ab\xFF</p></form>");
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_EQ(e.loc.column, 6);
}

TEST_F(LoadErrors, UnreadableFileIsIoError) {
  EXPECT_THROW(Template::load((dir_.path() / "missing.xml").string()), IoError);
  EXPECT_THROW(Template::load(dir_.path().string()), IoError);
}

}  // namespace
}  // namespace formwork::test
