// The formula evaluator: operators and every supported function, in exact
// Decimal arithmetic, with Excel's coercions and error values.
#include "xlsx/formula_eval.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "xlsx/formula_functions.h"

namespace formwork {
namespace {

/// Cells held in a map; sheet 0 "Sheet1", sheet 1 "汇总".
class MapCells : public FormulaCells {
 public:
  const Scalar& value(size_t sheet, int row, int col) const override {
    const auto it = cells_.find({sheet, row, col});
    return it == cells_.end() ? blank_value() : it->second;
  }
  std::optional<size_t> sheet_named(std::string_view name) const override {
    if (name == "Sheet1") return 0;
    if (name == "汇总") return 1;
    return std::nullopt;
  }
  /// Sets "B3" (sheet 0 unless given) to v.
  MapCells& set(const std::string& a1, Scalar v, size_t sheet = 0) {
    const FormulaNode ref = parse_formula(a1);
    cells_[{sheet, ref.first.row, ref.first.col}] = std::move(v);
    return *this;
  }

 private:
  std::map<std::tuple<size_t, int, int>, Scalar> cells_;
};

Decimal num(const char* s) { return *Decimal::parse(s); }

/// The formula's value as describe() shows it.
std::string eval(const std::string& formula, const MapCells& cells = MapCells()) {
  return describe(FormulaEvaluator(cells, 0).evaluate(parse_formula(formula)));
}

/// A small sheet: A1:A5 scores 88.25, 95.5, text "缺考", empty, 95.5;
/// B1:B5 categories; C1:C5 amounts.
MapCells scores() {
  MapCells c;
  c.set("A1", num("88.25"))
      .set("A2", num("95.5"))
      .set("A3", std::string("缺考"))
      .set("A5", num("95.5"));
  c.set("B1", std::string("信息宣传"))
      .set("B2", std::string("小计"))
      .set("B3", std::string("信息宣传"));
  c.set("B5", std::string("其他"));
  for (int r = 1; r <= 5; ++r) c.set("C" + std::to_string(r), Decimal(r * 10));
  return c;
}

TEST(FormulaEval, ExactDecimalArithmetic) {
  EXPECT_EQ(eval("0.1+0.2"), "0.3");               // not 0.30000000000000004
  EXPECT_EQ(eval("1/3"), "0.333333333333333333");  // 18 decimals, as the template divides
  EXPECT_EQ(eval("-2^2"), "4");
  EXPECT_EQ(eval("2^-2"), "0.25");
  EXPECT_EQ(eval("2^0.5"), "1.4142135623731");
  EXPECT_EQ(eval("50%*3"), "1.5");
  EXPECT_EQ(eval("(265675.22+1234.56+100.10)*1"), "267009.88");
  EXPECT_EQ(eval("1/0"), "#DIV/0!");
  EXPECT_EQ(eval("0^0"), "#NUM!");
  EXPECT_EQ(eval("(-8)^0.5"), "#NUM!");
  EXPECT_EQ(eval("99999999999999999999*99999999999999999999"), "#NUM!");
}

TEST(FormulaEval, CoercionsAndComparisons) {
  MapCells c;
  c.set("A1", std::string("12")).set("A2", true).set("A3", std::string("abc"));
  EXPECT_EQ(eval("A1+1", c), "13");  // numeric text counts in arithmetic
  EXPECT_EQ(eval("A2+1", c), "2");
  EXPECT_EQ(eval("A3+1", c), "#VALUE!");
  EXPECT_EQ(eval("A4+1", c), "1");  // empty reads as 0
  EXPECT_EQ(eval("A4", c), "0");    // an empty result shows as 0
  EXPECT_EQ(eval("A3&A4&1.50", c), "\"abc1.5\"");
  EXPECT_EQ(eval("\"1,234\"+1", c), "1235");
  EXPECT_EQ(eval("\"1,23\"+1", c), "#VALUE!");
  // Where Excel and LibreOffice differ the result is #VALUE!, so the check
  // refuses the formula instead of passing what one reader shows otherwise.
  EXPECT_EQ(eval("\"x\"&TRUE", c), "#VALUE!");    // "xTRUE" or "x1"
  EXPECT_EQ(eval("TRUE>1", c), "#VALUE!");        // TRUE or FALSE
  EXPECT_EQ(eval("\"TRUE\"+1", c), "#VALUE!");    // #VALUE! or 2
  EXPECT_EQ(eval("IF(A1,1,2)", c), "#VALUE!");    // #VALUE! or 1 for text "12"
  EXPECT_EQ(eval("1E+20&\"\"", c), "#VALUE!");    // "1E+20" or "1E+020"
  EXPECT_EQ(eval("0.00001&\"\"", c), "#VALUE!");  // "1E-05" or "0.00001"
  EXPECT_EQ(eval("123456789012345/10&\"\"", c), "\"12345678901234.5\"");
  EXPECT_EQ(eval("\"ABC\"=A3", c), "TRUE");  // text compares without case
  EXPECT_EQ(eval("A1>5", c), "TRUE");        // text sorts after every number
  EXPECT_EQ(eval("A4=\"\"", c), "TRUE");
  EXPECT_EQ(eval("A4=0", c), "TRUE");
  EXPECT_EQ(eval("A4=FALSE", c), "TRUE");
  EXPECT_EQ(eval("1/0=1", c), "#DIV/0!");
  EXPECT_EQ(eval("Sheet1!A1&汇总!A1", c), "\"12\"");
  EXPECT_EQ(eval("'缺'!A1", c), "#REF!");
  EXPECT_EQ(eval("A1:A2", c), "#VALUE!");  // no implicit intersection
}

TEST(FormulaEval, SumMinMaxAverageCount) {
  const MapCells c = scores();
  EXPECT_EQ(eval("SUM(A1:A5)", c), "279.25");         // text and empty cells skipped
  EXPECT_EQ(eval("SUM(A1:A5,3,TRUE)", c), "283.25");  // written directly they count
  EXPECT_EQ(eval("SUM(A1:A5,\"3\")", c), "#VALUE!");  // LibreOffice; Excel would count it
  EXPECT_EQ(eval("AND(TRUE,\"TRUE\")", c), "#VALUE!");
  EXPECT_EQ(eval("MAX(A1:A5)", c), "95.5");
  EXPECT_EQ(eval("MIN(A1:A5,100)", c), "88.25");
  EXPECT_EQ(eval("MAX(B1:B5)", c), "0");
  EXPECT_EQ(eval("AVERAGE(A1:A5)", c), "93.083333333333333333");
  EXPECT_EQ(eval("AVERAGE(B1:B3)", c), "#DIV/0!");
  EXPECT_EQ(eval("COUNT(A1:A5,\"7\",\"x\")", c), "4");
  EXPECT_EQ(eval("COUNTA(A1:A5)", c), "4");
  EXPECT_EQ(eval("SUM(A1,1/0)", c), "#DIV/0!");
  EXPECT_EQ(eval("SUMPRODUCT(C1:C2,{1;2})", c), "50");
  EXPECT_EQ(eval("SUMPRODUCT(C1:C2,{1,2})", c), "#VALUE!");
}

TEST(FormulaEval, Rounding) {
  EXPECT_EQ(eval("ROUND(2.5,0)"), "3");
  EXPECT_EQ(eval("ROUND(-2.5,0)"), "-3");  // half away from zero
  EXPECT_EQ(eval("ROUND(1.005,2)"), "1.01");
  EXPECT_EQ(eval("ROUND(1234.5,-2)"), "1200");
  EXPECT_EQ(eval("ROUND(1.99,1.9)"), "2");  // digits truncated to 1
  EXPECT_EQ(eval("ROUNDUP(1.201,2)"), "1.21");
  EXPECT_EQ(eval("ROUNDUP(-1.201,2)"), "-1.21");
  EXPECT_EQ(eval("ROUNDUP(1.2,2)"), "1.2");
  EXPECT_EQ(eval("ROUNDDOWN(1.299,2)"), "1.29");
  EXPECT_EQ(eval("ROUNDDOWN(-1.299,2)"), "-1.29");
  EXPECT_EQ(eval("ROUNDUP(1234.5,-2)"), "1300");
  EXPECT_EQ(eval("INT(-2.5)"), "-3");
  EXPECT_EQ(eval("MOD(-7,3)"), "2");
  EXPECT_EQ(eval("MOD(7,0)"), "#DIV/0!");
  EXPECT_EQ(eval("ABS(-0.5)"), "0.5");
}

TEST(FormulaEval, LogicalFunctions) {
  const MapCells c = scores();
  EXPECT_EQ(eval("IF(A2>=90,\"优\",\"良\")", c), "\"优\"");
  EXPECT_EQ(eval("IF(A1>=90,\"优\")", c), "FALSE");
  EXPECT_EQ(eval("IF(A1>=90,,)", c), "0");
  EXPECT_EQ(eval("IF(TRUE,1,1/0)", c), "1");  // only the branch taken
  EXPECT_EQ(eval("IF(A3,1,2)", c), "#VALUE!");
  EXPECT_EQ(eval("IFERROR(VALUE(LEFT(A3,4)),0)", c), "0");
  EXPECT_EQ(eval("IFERROR(1/0,\"无\")", c), "\"无\"");
  EXPECT_EQ(eval("AND(A1>0,A2*10>=A1*7)", c), "TRUE");
  EXPECT_EQ(eval("AND(A1:A5)", c), "TRUE");    // numbers count, text is skipped
  EXPECT_EQ(eval("OR(B1:B3)", c), "#VALUE!");  // no logical value at all
  EXPECT_EQ(eval("OR(FALSE,0)", c), "FALSE");
  EXPECT_EQ(eval("NOT(A4)", c), "TRUE");
}

TEST(FormulaEval, RankLookupSumifCountif) {
  const MapCells c = scores();
  EXPECT_EQ(eval("RANK(A2,A1:A5)", c), "1");  // ties share the rank
  EXPECT_EQ(eval("RANK(A5,A1:A5)", c), "1");
  EXPECT_EQ(eval("RANK(A1,A1:A5)", c), "3");
  EXPECT_EQ(eval("RANK.EQ(A1,A1:A5,1)", c), "1");
  EXPECT_EQ(eval("RANK(90,A1:A5)", c), "#N/A");
  EXPECT_EQ(eval("RANK(1,{1,2})", c), "#VALUE!");
  EXPECT_EQ(eval("SUMIF(B1:B5,\"信息宣传\",C1:C5)", c), "40");
  EXPECT_EQ(eval("SUMIF(B1:B5,\"<>信息宣传\",C1)", c), "110");  // blanks match <>; sum range grows
  EXPECT_EQ(eval("SUMIF(C1:C5,\">=30\")", c), "120");
  EXPECT_EQ(eval("SUMIF(B1:B5,\"信*\",C1:C5)", c), "40");
  EXPECT_EQ(eval("SUMIF(B1:B5,\"?计\",C1:C5)", c), "20");
  EXPECT_EQ(eval("COUNTIF(B1:B5,\"信息宣传\")", c), "2");
  EXPECT_EQ(eval("COUNTIF(A1:A5,95.5)", c), "2");
  MapCells mixed;
  mixed.set("A1", Decimal(1))
      .set("A2", std::string("1"))
      .set("A3", true)
      .set("A4", std::string("true"));
  EXPECT_EQ(eval("COUNTIF(A1:A4,1)", mixed), "1");      // a number matches numbers
  EXPECT_EQ(eval("COUNTIF(A1:A4,\"1\")", mixed), "2");  // text matches the text "1" too
  EXPECT_EQ(eval("COUNTIF(A1:A4,TRUE)", mixed), "1");
  EXPECT_EQ(eval("COUNTIF(A1:A4,\"TRUE\")", mixed), "2");
  EXPECT_EQ(eval("COUNTIF(A1:A4,\">0\")", mixed), "1");  // ordering: numbers with numbers
  EXPECT_EQ(eval("COUNTIF(A1:A5,\"\")", c), "1");
  EXPECT_EQ(eval("COUNTIF(A1:A5,\"<>\")", c), "4");
  EXPECT_EQ(eval("COUNTIF({1,2},1)", c), "#VALUE!");
  // LOOKUP over bands: ranks from 1, 4, 9 → 系数.
  MapCells bands;
  bands.set("A1", Decimal(1)).set("A2", Decimal(4)).set("A3", Decimal(9));
  bands.set("B1", num("1.1")).set("B2", num("1.0")).set("B3", num("0.9"));
  bands.set("C1", std::string("优秀"))
      .set("C2", std::string("良好"))
      .set("C3", std::string("合格"));
  EXPECT_EQ(eval("LOOKUP(5,A1:A3,B1:B3)", bands), "1");
  EXPECT_EQ(eval("LOOKUP(12,A1:A3,C1:C3)", bands), "\"合格\"");
  EXPECT_EQ(eval("LOOKUP(1,A1:A3,C1:C3)", bands), "\"优秀\"");
  EXPECT_EQ(eval("LOOKUP(0,A1:A3,B1:B3)", bands), "#N/A");
  EXPECT_EQ(eval("LOOKUP(4,A1:C3)", bands), "\"良好\"");  // array form: last column
}

TEST(FormulaEval, TextFunctions) {
  MapCells c;
  c.set("A1", std::string("2016年10月31日")).set("A2", std::string("未完成"));
  EXPECT_EQ(eval("VALUE(LEFT(A1,4))", c), "2016");
  EXPECT_EQ(eval("VALUE(LEFT(A2,4))", c), "#VALUE!");
  EXPECT_EQ(eval("RIGHT(A1,3)", c), "\"31日\"");
  EXPECT_EQ(eval("MID(A1,5,3)", c), "\"年10\"");
  EXPECT_EQ(eval("LEN(A1)", c), "11");  // characters, not bytes
  EXPECT_EQ(eval("LEFT(A1,-1)", c), "#VALUE!");
  EXPECT_EQ(eval("VALUE(\" 12.5% \")", c), "0.125");
  EXPECT_EQ(eval("CONCATENATE(\"第\",3,\"名\")", c), "\"第3名\"");
  EXPECT_EQ(eval("LEFT(1/3,6)", c), "\"0.3333\"");
}

TEST(FormulaFunctions, RegistryNamesEveryFunction) {
  EXPECT_EQ(supported_function_names(),
            "ABS, AND, AVERAGE, CONCATENATE, COUNT, COUNTA, COUNTIF, IF, IFERROR, INT, LEFT, LEN, "
            "LOOKUP, MAX, MID, MIN, MOD, NOT, OR, RANK, RANK.EQ, RIGHT, ROUND, ROUNDDOWN, "
            "ROUNDUP, SUM, SUMIF, SUMPRODUCT, VALUE");
  EXPECT_EQ(find_function("TODAY"), nullptr);
  EXPECT_EQ(eval("TODAY()"), "#NAME?");
}

}  // namespace
}  // namespace formwork
