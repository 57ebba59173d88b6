// Lexer and parser errors carry the template position of the offending
// token: loc.column + code points before it.
#include <gtest/gtest.h>

#include <string>

#include "expr/expression.h"

namespace formwork {
namespace {

SourceLoc at(int line, int column) { return SourceLoc{"t.xml", line, column}; }

/// The TemplateError raised by parsing `src` at t.xml:3:10.
TemplateError parse_error(const std::string& src) {
  try {
    Expression::parse(src, at(3, 10));
  } catch (const TemplateError& e) {
    return e;
  }
  ADD_FAILURE() << "no error for: " << src;
  return TemplateError("none", {});
}

struct ErrorCase {
  const char* source;
  const char* message;
  int column;  // expected column given the expression starts at column 10
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.source; }

class ParseErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParseErrors, PointAtTheToken) {
  TemplateError e = parse_error(GetParam().source);
  EXPECT_EQ(e.message, GetParam().message);
  EXPECT_EQ(e.loc.file, "t.xml");
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, GetParam().column);
}

INSTANTIATE_TEST_SUITE_P(
    All, ParseErrors,
    ::testing::Values(
        ErrorCase{"", "empty expression", 10}, ErrorCase{"  ", "empty expression", 10},
        ErrorCase{"a +", "unexpected end of expression", 13},
        ErrorCase{"金额 + + 1", "unexpected '+'", 15},
        ErrorCase{"人社厅资助金额 $ 2", "unexpected character '$'", 18},
        ErrorCase{"a = 1", "unexpected '=' (use '==' to compare)", 12},
        ErrorCase{"'abc", "unclosed string", 10},
        ErrorCase{"x + \"a\\qb\"", "unknown escape '\\q'", 16},
        ErrorCase{"求和(1)", "unknown function '求和'", 10},
        ErrorCase{"总额 | 大写", "unknown filter '大写'", 15},
        ErrorCase{"a | 1", "expected a filter name after '|'", 14},
        ErrorCase{"sum()", "function 'sum' takes at least 1 argument, not 0", 10},
        ErrorCase{"round(1, 2, 3)", "function 'round' takes 1 to 2 arguments, not 3", 10},
        ErrorCase{"a | default", "filter 'default' takes 1 argument, not 0", 14},
        ErrorCase{"a | upper(1)", "filter 'upper' takes 0 arguments, not 1", 14},
        ErrorCase{"(a + 1", "expected ')' but found end of expression", 16},
        ErrorCase{"a[1", "expected ']' but found end of expression", 13},
        ErrorCase{"a.b(1)", "only functions can be called", 13},
        ErrorCase{"a.", "expected a member name after '.'", 12},
        ErrorCase{"a b", "unexpected 'b'", 12}, ErrorCase{"1 < 2 < 3", "unexpected '<'", 16},
        ErrorCase{"007", "bad number '007'", 10},
        ErrorCase{"a and", "unexpected end of expression", 15},
        ErrorCase{"[1, 2", "expected ',' but found end of expression", 15}));

TEST(Parse, MultiLineSourceMovesTheLine) {
  TemplateError e = parse_error("a +\n  * 2");
  EXPECT_EQ(e.loc.line, 4);
  EXPECT_EQ(e.loc.column, 3);
  EXPECT_EQ(std::string(e.what()), "t.xml:4:3: unexpected '*'");
}

TEST(Parse, UnknownColumnStaysUnknown) {
  try {
    Expression::parse("a +", SourceLoc{"t.xml", 0, 0});
    FAIL();
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.loc.column, 0);
    EXPECT_EQ(std::string(e.what()), "t.xml: unexpected end of expression");
  }
}

TEST(Parse, AcceptsTheWholeGrammar) {
  for (const char* ok : {"1",
                         "-1.5e3",
                         "'x'",
                         "\"y\"",
                         "true",
                         "false",
                         "null",
                         "[]",
                         "[1, 'a', [2]]",
                         "a.b.c",
                         "a[0].b",
                         "a[-1]",
                         "a['键']",
                         "sum(费用.金额)",
                         "a × b ÷ c",
                         "not a and b or c",
                         "a == b",
                         "a != b",
                         "a <= b",
                         "a >= b",
                         "(a + b) * c",
                         "x | money | default('')",
                         "x | rmb_upper(true)",
                         "if(a > 0, b / a, 0)",
                         "Tiền_lương + 1",
                         "a|number(2)",
                         "join(a.b, '、')",
                         "len('中文')",
                         "- - 1"}) {
    EXPECT_NO_THROW(Expression::parse(ok, {})) << ok;
  }
}

}  // namespace
}  // namespace formwork
