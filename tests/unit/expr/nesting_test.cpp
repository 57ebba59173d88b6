// Nesting limits of the expression language: deep brackets, parentheses,
// unary operators and long chains are a TemplateError at the place where
// the limit is crossed, never a stack overflow (each case below crashed the
// process before the limits existed).
#include <gtest/gtest.h>

#include <string>

#include "eval_fixture.h"
#include "expr/expression.h"

namespace formwork {
namespace {

const std::string kLimitMessage = "expression nested more than 256 levels deep";

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

/// The TemplateError raised by parsing `src` placed at t.xml:3:10.
TemplateError parse_error(const std::string& src) {
  try {
    Expression::parse(src, SourceLoc{"t.xml", 3, 10});
  } catch (const TemplateError& e) {
    return e;
  }
  ADD_FAILURE() << "no error for an expression of " << src.size() << " bytes";
  return TemplateError("none", {});
}

struct DeepCase {
  const char* name;
  std::string source;
  int column;  ///< where the limit is crossed, the expression starting at column 10
};

void PrintTo(const DeepCase& c, std::ostream* os) { *os << c.name; }

class TooDeep : public ::testing::TestWithParam<DeepCase> {};

TEST_P(TooDeep, IsATemplateErrorAtThePlaceTheLimitIsCrossed) {
  TemplateError e = parse_error(GetParam().source);
  EXPECT_EQ(e.message.substr(0, kLimitMessage.size()), kLimitMessage);
  EXPECT_NE(e.message.find("nesting limit"), std::string::npos);
  EXPECT_EQ(e.loc.file, "t.xml");
  EXPECT_EQ(e.loc.line, 3);
  EXPECT_EQ(e.loc.column, GetParam().column);
}

// The top level is the first level, so the 256th opening bracket starts the
// 257th: the error points at what follows it (offset 256). A chain of n
// operands is n levels deep: the error points at the operator (or member
// name, filter name) joining the 257th.
INSTANTIATE_TEST_SUITE_P(
    All, TooDeep,
    ::testing::Values(
        DeepCase{"brackets", repeat("[", 7950) + "1" + repeat("]", 7950), 10 + 256},
        DeepCase{"parentheses", repeat("(", 100000) + "1" + repeat(")", 100000), 10 + 256},
        DeepCase{"call arguments", repeat("abs(", 10000) + "1" + repeat(")", 10000), 10 + 4 * 256},
        DeepCase{"indexes", "a" + repeat("[a", 10000) + repeat("]", 10000), 10 + 2 * 256},
        DeepCase{"unary minus", repeat("-", 100000) + "1", 10 + 255},
        DeepCase{"not", repeat("not ", 100000) + "true", 10 + 4 * 255},
        DeepCase{"operator chain", "1" + repeat("+1", 100000), 10 + 2 * 256 - 1},
        DeepCase{"member chain", "x" + repeat(".a", 100000), 10 + 2 * 256},
        DeepCase{"filter chain", "1" + repeat(" | default(0)", 50000), 10 + 13 * 256 - 9}));

TEST(Nesting, UpToTheLimitParsesAndEvaluates) {
  Value record;
  Scope scope(record);
  auto eval = [&](const std::string& src) { return Expression::parse(src, {}).eval(scope); };
  EXPECT_EQ(eval(repeat("(", 255) + "7" + repeat(")", 255)).to_text(), "7");
  EXPECT_EQ(eval(repeat("-", 255) + "7").to_text(), "-7");
  EXPECT_EQ(eval("1" + repeat("+1", 255)).to_text(), "256");
  EXPECT_EQ(eval(repeat("[", 255) + "7" + repeat("]", 255)).depth(), 255);
  EXPECT_EQ(parse_error("1" + repeat("+1", 256)).loc.column, 10 + 2 * 256 - 1);
}

TEST(Nesting, ErrorNamesTheLimit) {
  TemplateError e = parse_error(repeat("(", 300) + "1" + repeat(")", 300));
  EXPECT_EQ(std::string(e.what()),
            "t.xml:3:266: expression nested more than 256 levels deep (the expression nesting "
            "limit)");
}

class ValueNesting : public testing::EvalFixture {
 protected:
  ValueNesting() : EvalFixture(Value(Object{})) {}
};

TEST_F(ValueNesting, ListOfAValueAtTheLimitIsAnErrorAtTheBracket) {
  Value deep(Array{Value(1)});
  for (int i = 1; i < Value::kMaxDepth; ++i) deep = Value(Array{deep});
  ASSERT_EQ(deep.depth(), Value::kMaxDepth);
  const Value no_record;
  Scope frame(no_record, &scope());
  frame.bind("x", deep);
  try {
    Expression::parse("len(x) + len([x])", SourceLoc{"t.xml", 7, 10}).eval(frame);
    FAIL() << "no error";
  } catch (const TemplateError& e) {
    EXPECT_EQ(std::string(e.what()),
              "t.xml:7:23: arrays and objects nested more than 1000 levels deep (the value "
              "nesting limit)");
  }
  Expression::parse("[y for y in x]", {}).eval(frame);  // as deep as x: fine
  EXPECT_THROW(Expression::parse("[[y] for y in [x]]", {}).eval(frame), TemplateError);
}

}  // namespace
}  // namespace formwork
