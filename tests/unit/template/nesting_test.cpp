// Nesting limits of templates: deeply nested elements (any of them: <if>,
// <each>, <b>, <span>, rows of cells…) are a TemplateError at the first
// element past the limit, never a stack overflow (these crashed before the
// limit existed), and a <set> chain cannot build values deep enough to
// overflow the stack either.
#include <string>

#include "template_test_util.h"

namespace formwork::test {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

/// Column of the `n`-th (1-based) `token` in the ASCII line `line`.
int column_of(const std::string& line, const std::string& token, int n) {
  size_t pos = line.find(token);
  for (int i = 1; i < n; ++i) pos = line.find(token, pos + 1);
  return static_cast<int>(pos) + 1;
}

class Nesting : public TemplateTest {
 protected:
  /// Loads a form whose second line is `line` and checks the nesting error
  /// points at the `n`-th `token` of that line.
  void expect_too_deep(const std::string& line, const std::string& token, int n) {
    TemplateError e = load_error(form(line));
    EXPECT_EQ(e.message, "elements nested more than 100 levels deep (the template nesting limit)");
    EXPECT_NE(e.loc.file.find("t.xml"), std::string::npos);
    EXPECT_EQ(e.loc.line, 2);
    EXPECT_EQ(e.loc.column, column_of(line, token, n));
  }
};

// <form> is level 1, so the 100th nested <if> is level 101.
TEST_F(Nesting, DeepIf) {
  const std::string open = "<if test=\"true\">";
  expect_too_deep(repeat(open, 10000) + "<p>x</p>" + repeat("</if>", 10000), open, 100);
}

TEST_F(Nesting, DeepEach) {
  const std::string open = "<each in=\"[1]\" as=\"v\">";
  expect_too_deep(repeat(open, 10000) + "<p>x</p>" + repeat("</each>", 10000), open, 100);
}

// Inline elements: <form> 1, <p> 2, so the 99th <b> is level 101.
TEST_F(Nesting, DeepBold) {
  expect_too_deep("<p>" + repeat("<b>", 100000) + "x" + repeat("</b>", 100000) + "</p>", "<b>", 99);
}

TEST_F(Nesting, DeepSpanInATableCell) {
  const std::string line = "<table widths=\"1\"><row><cell>" + repeat("<span size=\"9\">", 5000) +
                           "x" + repeat("</span>", 5000) + "</cell></row></table>";
  expect_too_deep(line, "<span", 97);  // table 2, row 3, cell 4, span k: 4 + k
}

TEST_F(Nesting, DeepControlFlowInsideRows) {
  const std::string open = "<if test=\"true\">";
  const std::string line = "<table widths=\"1\">" + repeat(open, 3000) +
                           "<row><cell>x</cell></row>" + repeat("</if>", 3000) + "</table>";
  expect_too_deep(line, open, 99);
}

// Unknown elements nested a million deep: the limit comes first (pugixml
// parses them without recursion).
TEST_F(Nesting, DeepUnknownElements) {
  expect_too_deep("<p>" + repeat("<zz>", 1000000) + repeat("</zz>", 1000000) + "</p>", "<zz>", 99);
}

TEST_F(Nesting, UpToTheLimitLoadsAndRenders) {
  const std::string open = "<if test=\"true\">";
  // form 1, <if> 2…98, <p> 99, <b> 100
  std::string xml = form(repeat(open, 97) + "<p><b>x</b></p>" + repeat("</if>", 97));
  Document doc = render(xml);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(para(doc, 0).text(), "x");
}

TEST_F(Nesting, ErrorMessageHasFileLineColumn) {
  TemplateError e = load_error(form("<p>" + repeat("<i>", 200) + repeat("</i>", 200) + "</p>"));
  EXPECT_NE(std::string(e.what()).find("t.xml:2:298: elements nested more than 100 levels deep"),
            std::string::npos)
      << e.what();
}

// Each <set> wraps x once more: the 1,000th wrap reaches Value::kMaxDepth
// and the 1,001st is an error at its bracket (100,000 of them crashed the
// process when the value was destroyed).
TEST_F(Nesting, SetChainCannotNestValuesWithoutLimit) {
  std::string body = "<set name=\"x\" value=\"{{ 1 }}\"/>\n" +
                     repeat("<set name=\"x\" value=\"{{ [x] }}\"/>\n", 5000) +
                     "<p>{{ len(x) }}</p>";
  TemplateError e = render_error(form(body));
  EXPECT_EQ(e.message,
            "arrays and objects nested more than 1000 levels deep (the value nesting limit)");
  EXPECT_EQ(e.loc.line, 3 + 1000);  // form line 1, x = 1 on line 2, wrap k on line 2 + k
  EXPECT_EQ(e.loc.column, 25);
}

// A template written on one long line: columns are still exact past the
// checkpoints SourceMap keeps every 256 bytes (and loading stays linear).
TEST_F(Nesting, ColumnsOnALongLine) {
  std::string han;
  for (int i = 0; i < 400; ++i) han += "中";
  TemplateError e = load_error(form("<p>" + han + "<bold/></p>"));
  EXPECT_EQ(e.loc.line, 2);
  EXPECT_EQ(e.loc.column, 4 + 400);
  std::string line = repeat("<p>a</p>", 700) + "<q/>";
  e = load_error(form(line));
  EXPECT_EQ(e.loc.column, 8 * 700 + 1);
}

}  // namespace
}  // namespace formwork::test
