// The A1 formula parser: grammar, precedence, references and every way a
// formula can be malformed (each names the place).
#include "xlsx/formula_parser.h"

#include <gtest/gtest.h>

#include <string>

namespace formwork {
namespace {

using K = FormulaNode::Kind;

std::string syntax_error(const std::string& formula) {
  try {
    parse_formula(formula);
  } catch (const FormulaSyntaxError& e) {
    return e.what();
  }
  return "parsed";
}

TEST(FormulaParser, PrecedenceFollowsExcel) {
  // 1+2*3^2 = 1+(2*(3^2)); comparison binds loosest, & between.
  const FormulaNode n = parse_formula("=1+2*3^2>=A1&\"x\"");
  ASSERT_EQ(n.kind, K::Binary);
  EXPECT_EQ(n.op, BinaryOp::Ge);
  const FormulaNode& sum = n.children[0];
  EXPECT_EQ(sum.op, BinaryOp::Add);
  EXPECT_EQ(sum.children[1].op, BinaryOp::Mul);
  EXPECT_EQ(sum.children[1].children[1].op, BinaryOp::Pow);
  EXPECT_EQ(n.children[1].op, BinaryOp::Concat);
  // Unary minus binds tighter than ^ (so -2^2 is 4), % tighter than ^ too.
  const FormulaNode neg = parse_formula("-2^2");
  EXPECT_EQ(neg.op, BinaryOp::Pow);
  EXPECT_EQ(neg.children[0].kind, K::Negate);
  EXPECT_EQ(parse_formula("50%^2").children[0].kind, K::Percent);
  // Left associative: 8-2-1 = (8-2)-1.
  EXPECT_EQ(parse_formula("8-2-1").children[0].op, BinaryOp::Sub);
}

TEST(FormulaParser, ReferencesAndSheets) {
  const FormulaNode r = parse_formula("$B$7:c9");
  ASSERT_EQ(r.kind, K::Reference);
  EXPECT_FALSE(r.sheet);
  EXPECT_EQ(r.first.row, 6);
  EXPECT_EQ(r.first.col, 1);
  EXPECT_EQ(r.last.row, 8);
  EXPECT_EQ(r.last.col, 2);
  const FormulaNode q = parse_formula("'O''Brien 社区'!$D$7");
  EXPECT_EQ(*q.sheet, "O'Brien 社区");
  EXPECT_EQ(q.first.col, 3);
  EXPECT_EQ(*parse_formula("汇总!A1").sheet, "汇总");
  EXPECT_EQ(parse_formula("XFD1048576").first.col, 16383);
  EXPECT_EQ(
      syntax_error("XFE1"),
      "'XFE1' is neither a cell reference nor a function (names are not supported) at character 1");
}

TEST(FormulaParser, LiteralsCallsAndArrays) {
  EXPECT_EQ(parse_formula("\"say \"\"hi\"\"\"").text, "say \"hi\"");
  EXPECT_EQ(parse_formula(".5").number, *Decimal::parse("0.5"));
  EXPECT_EQ(parse_formula("1.5E+3").number, Decimal(1500));
  EXPECT_EQ(parse_formula("007").number, Decimal(7));
  EXPECT_TRUE(parse_formula("true").logical);
  EXPECT_EQ(parse_formula("#DIV/0!").error, FormulaError::Div0);
  const FormulaNode call = parse_formula("_xlfn.rank.eq(A1, A1:A3 ,)");
  EXPECT_EQ(call.text, "RANK.EQ");
  ASSERT_EQ(call.children.size(), 3u);
  EXPECT_EQ(call.children[2].kind, K::Missing);
  EXPECT_TRUE(parse_formula("PI()").children.empty());
  const FormulaNode a = parse_formula("{1,-2;\"x\",TRUE}");
  EXPECT_EQ(a.rows, 2);
  EXPECT_EQ(a.cols, 2);
  EXPECT_EQ(a.children[1].number, Decimal(-2));
}

TEST(FormulaParser, MalformedFormulasNameThePlace) {
  EXPECT_EQ(syntax_error("SUM(B1:B4"), "the '(' at character 4 is never closed");
  EXPECT_EQ(syntax_error("=SUM(B1:B4"), "the '(' at character 4 is never closed");
  EXPECT_EQ(syntax_error("(1+2"), "the '(' at character 1 is never closed");
  EXPECT_EQ(syntax_error("1+2)"), "')' without a matching '(' at character 4");
  EXPECT_EQ(syntax_error("IF(A1 B1)"),
            "')' expected for the '(' at character 3, found 'B' at character 7");
  EXPECT_EQ(syntax_error("\"合格"), "the text quote '\"' at character 1 is never closed");
  EXPECT_EQ(syntax_error("'汇总!A1"), "the sheet-name quote \"'\" at character 1 is never closed");
  EXPECT_EQ(syntax_error("1+"), "an operand expected, found the end of the formula at character 3");
  EXPECT_EQ(syntax_error("1+*2"), "unexpected '*' at character 3");
  EXPECT_EQ(
      syntax_error("总分"),
      "'总分' is neither a cell reference nor a function (names are not supported) at character 1");
  EXPECT_EQ(syntax_error("{1,2;3}"), "array constant rows differ in length at character 1");
  EXPECT_EQ(
      syntax_error("{A1}"),
      "an array constant holds only numbers, text, TRUE/FALSE and error values at character 4");
  EXPECT_EQ(syntax_error("#OOPS"), "unknown error value at character 1");
  EXPECT_EQ(syntax_error("1E"), "exponent digits expected at character 3");
  EXPECT_EQ(syntax_error(""), "an operand expected, found the end of the formula at character 1");
}

TEST(FormulaParser, NestingAndLengthAreBounded) {
  const std::string deep = std::string(65, '(') + "1" + std::string(65, ')');
  EXPECT_EQ(syntax_error(deep), "nested more than 64 levels at character 65");
  EXPECT_EQ(parse_formula(std::string(64, '(') + "1" + std::string(64, ')')).number, Decimal(1));
  EXPECT_EQ(syntax_error(std::string(100000, '-') + "1"), "formula longer than 8192 characters");
  std::string chain = "1";
  for (int i = 0; i < 300; ++i) chain += "+1";
  EXPECT_EQ(syntax_error(chain), "formula more than 256 operators or calls deep");
  std::string ok = "1";
  for (int i = 0; i < 200; ++i) ok += "+1";
  EXPECT_EQ(parse_formula(ok).height, 201);
}

}  // namespace
}  // namespace formwork
