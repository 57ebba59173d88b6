// Render-time errors with template positions, default(), output names.
#include "template_test_util.h"

namespace formwork::test {
namespace {

class Runtime : public TemplateTest {};

TEST_F(Runtime, UnknownNameNamesTheTemplateLine) {
  TemplateError e = render_error(form("<p>a</p>\n<p>负责人：{{ 负责人 }}</p>"), R"({"编号": 1})");
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, 11);  // the name in the placeholder, not the paragraph start
  EXPECT_NE(e.message.find("负责人"), std::string::npos);
  EXPECT_NE(std::string(e.what()).find("t.xml:3:"), std::string::npos);
}

TEST_F(Runtime, PlaceholderAfterALineBreakInTheSourceKeepsItsLine) {
  TemplateError e = render_error(form("<p>\n  第一行\n  {{ 缺 }}</p>"));
  EXPECT_EQ(e.loc.line, 4);
}

TEST_F(Runtime, DefaultFilterCoversMissingNames) {
  Document d = render(form("<p>{{ 负责人 | default('—') }}</p>"));
  EXPECT_EQ(para(d, 0).text(), "—");
}

TEST_F(Runtime, DivisionByZeroInSetAndIfNamesTheLine) {
  TemplateError s = render_error(form("<p>x</p>\n<set name=\"r\" value=\"{{ a / b }}\"/>"),
                                 R"({"a": 1, "b": 0})");
  EXPECT_EQ(s.loc.line, 3);
  EXPECT_NE(s.message.find("division by zero"), std::string::npos);
  TemplateError i =
      render_error(form("\n\n<if test=\"a / b > 1\"><p>x</p></if>"), R"({"a": 1, "b": 0})");
  EXPECT_EQ(i.loc.line, 4);
}

TEST_F(Runtime, EachOverANonListIsAnError) {
  TemplateError e = render_error(form("\n<each in=\"费用\" as=\"项\"><p>{{项}}</p></each>"),
                                 R"({"费用": "很多"})");
  EXPECT_EQ(e.message, "each: '费用' is a string, expected a list");
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(render_error(form("<each in=\"o\" as=\"x\"/>"), R"({"o": {}})").message,
            "each: 'o' is an object, expected a list");
}

TEST_F(Runtime, ErrorsInsideTablesNameTheCellLine) {
  TemplateError e = render_error(form("<table widths=\"1\">\n<row>\n<cell>{{ x.y }}</cell>"
                                      "</row></table>"),
                                 R"({"x": {}})");
  EXPECT_EQ(e.loc.line, 4);
}

TEST_F(Runtime, OutputNameIsRenderedAndSanitised) {
  Template t = load("<form name=\"t\" output=\"{{编号}}-验收表\"/>");
  EXPECT_EQ(t.output_name(record(R"({"编号": "2016-07"})")), "2016-07-验收表");
  std::string evil = t.output_name(record(R"({"编号": "../../etc/passwd"})"));
  EXPECT_EQ(evil.find('/'), std::string::npos);
  EXPECT_EQ(evil.find(".."), std::string::npos);
  EXPECT_NE(evil.find("etc"), std::string::npos);
  std::string back = t.output_name(record(R"({"编号": "a\\b\u0007c"})"));
  EXPECT_EQ(back.find('\\'), std::string::npos);
  EXPECT_EQ(back.find('\a'), std::string::npos);
}

TEST_F(Runtime, OutputNameErrorsNameTheOutputLine) {
  Template t = load("<form name=\"t\"\n  output=\"{{编号}}\"/>");
  try {
    t.output_name(record("{}"));
    FAIL() << "expected TemplateError";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.loc.line, 2);
    EXPECT_NE(e.message.find("编号"), std::string::npos);
  }
}

TEST_F(Runtime, OutputNameIsNfc) {
  Template t = load("<form name=\"t\" output=\"{{n}}\"/>");
  EXPECT_EQ(t.output_name(record("{\"n\": \"Nguye\\u0302\\u0303n\"}")), "Nguy\xE1\xBB\x85n");
}

TEST_F(Runtime, RenderingIsDeterministicAndRepeatable) {
  Template t = load(form("<each in=\"xs\" as=\"x\"><p>{{x}}</p></each>"));
  Value r = record(R"({"xs": [1, 2, 3]})");
  Document a = t.render(r);
  Document b = t.render(r);
  ASSERT_EQ(a.blocks.size(), 3u);
  ASSERT_EQ(b.blocks.size(), 3u);
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(para(a, i).text(), para(b, i).text());
}

}  // namespace
}  // namespace formwork::test
