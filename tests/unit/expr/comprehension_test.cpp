// List comprehensions: [expr for name in list] and [expr for name in list
// if cond], scoping, nesting and errors with positions.
#include <gtest/gtest.h>

#include "eval_fixture.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::arr;
using testing::num;
using testing::obj;

Value event(const char* item, int times, const char* each) {
  return obj({{"项目", Value(item)}, {"次数", Value(times)}, {"每次分值", num(each)}});
}

/// A community of the street-office appraisal (issue 4): items and the
/// deductions recorded as events.
Value community() {
  return obj({
      {"名称", Value("东关社区")},
      {"基数", Value(100)},
      {"得分", arr({Value(90), Value(85), Value(77)})},
      {"项目", arr({obj({{"编号", Value("A1")}, {"分值", Value(5)}}),
                    obj({{"编号", Value("A2")}, {"分值", Value(3)}}),
                    obj({{"编号", Value("B1")}, {"分值", Value(2)}})})},
      {"扣分", arr({event("A1", 2, "0.5"), event("B1", 1, "3"), event("A1", 1, "1.5")})},
      {"费用", arr({obj({{"金额", num("1409.50")}}), obj({{"金额", num("325.04")}})})},
      {"总额", num("4001132.90")},
      {"items", arr({Value("a"), Value("b")})},
      {"空", Value()},
  });
}

class Comprehension : public testing::EvalFixture {
 protected:
  Comprehension() : EvalFixture(community()) {}
};

TEST_F(Comprehension, MapsAndFilters) {
  EXPECT_EQ(eval("[x * 2 for x in 得分]"), arr({Value(180), Value(170), Value(154)}));
  EXPECT_EQ(eval("[x for x in 得分 if x > 80]"), arr({Value(90), Value(85)}));
  EXPECT_EQ(eval("[x for x in 得分 if x > 100]"), arr({}));
  EXPECT_EQ(eval("[x for x in []]"), arr({}));
  EXPECT_EQ(eval("count([x for x in 得分 if x >= 85])"), Value(2));
  EXPECT_EQ(eval("[p.编号 for p in 项目 if p.分值 >= 3]"), arr({Value("A1"), Value("A2")}));
  EXPECT_EQ(eval("[i for i in items]"), arr({Value("a"), Value("b")}));
}

TEST_F(Comprehension, DeductionsPerItemAsInIssue4) {
  EXPECT_EQ(eval("sum([e.次数 * e.每次分值 for e in 扣分 if e.项目 == 'A1'])"), num("2.5"));
  // Nested: one total per item, the inner comprehension seeing the outer 项.
  EXPECT_EQ(eval("[sum([e.次数 * e.每次分值 for e in 扣分 if e.项目 == 项.编号]) for 项 in 项目]"),
            arr({num("2.5"), Value(0), Value(3)}));
  // Item score = max(0, points − deductions).
  EXPECT_EQ(eval("[max(0, 项.分值 - sum([e.次数 * e.每次分值 for e in 扣分 if e.项目 == 项.编号])) "
                 "for 项 in 项目]"),
            arr({num("2.5"), Value(3), Value(0)}));
}

TEST_F(Comprehension, NestedListsAndOuterNames) {
  EXPECT_EQ(eval("[[a * b for b in [1, 2]] for a in [10, 20]]"),
            arr({arr({Value(10), Value(20)}), arr({Value(20), Value(40)})}));
  EXPECT_EQ(eval("[x + 基数 for x in [1, 2]]"), arr({Value(101), Value(102)}));
  EXPECT_EQ(eval("[x for x in [y * 2 for y in [1, 2, 3]] if x > 2]"), arr({Value(4), Value(6)}));
}

TEST_F(Comprehension, VariableShadowsOnlyInsideTheBrackets) {
  EXPECT_EQ(eval("[名称 for 名称 in ['甲', '乙']]"), arr({Value("甲"), Value("乙")}));
  EXPECT_EQ(eval("concat([名称 for 名称 in ['甲']], 名称)"), Value("甲东关社区"));
  EXPECT_EQ(error("[x for x in [1]] + x").message, "unknown name 'x'");
  // The same name in nested comprehensions: the inner one wins inside.
  EXPECT_EQ(eval("[[x for x in [x, x * 10]] for x in [1, 2]]"),
            arr({arr({Value(1), Value(10)}), arr({Value(2), Value(20)})}));
}

TEST_F(Comprehension, FiltersFunctionsAndKeywordsInside) {
  EXPECT_EQ(eval("[x | money for x in 费用.金额]"), arr({Value("1,409.50"), Value("325.04")}));
  EXPECT_EQ(eval("[x for x in 空 | default([])]"), arr({}));
  EXPECT_EQ(eval("[x for x in 得分 if (x > 80)]"), arr({Value(90), Value(85)}));
  EXPECT_EQ(eval("[if(x > 80, '优', '良') for x in 得分]"),
            arr({Value("优"), Value("优"), Value("良")}));
  EXPECT_EQ(eval("[x for x in 得分 if x > 80 and x < 90]"), arr({Value(85)}));
  // The condition is evaluated before the element, so it can guard it.
  EXPECT_EQ(eval("[100 / x for x in [0, 4] if x != 0]"), arr({Value(25)}));
}

TEST_F(Comprehension, EvaluationErrorsPointIntoTheExpression) {
  TemplateError e = error("[x for x in 总额]");
  EXPECT_EQ(e.message, "'for x in' needs a list, got number 总额");
  EXPECT_EQ(e.loc.column, 22);  // at 总额
  e = error("[x / 0 for x in [1]]");
  EXPECT_EQ(e.message, "division by zero");
  EXPECT_EQ(e.loc.column, 13);  // at '/'
  e = error("[x.分值 for x in 得分]");
  EXPECT_EQ(e.message, "cannot take member '分值' of number x");
  EXPECT_EQ(error("[x for x in 空]").message, "'for x in' needs a list, got null 空");
  EXPECT_EQ(error("[y for x in [1]]").message, "unknown name 'y'");
}

struct SyntaxCase {
  const char* source;
  const char* message;
  int column;
};

void PrintTo(const SyntaxCase& c, std::ostream* os) { *os << c.source; }

class ComprehensionSyntax : public ::testing::TestWithParam<SyntaxCase> {};

TEST_P(ComprehensionSyntax, ErrorsHaveColumns) {
  try {
    Expression::parse(GetParam().source, SourceLoc{"t.xml", 7, 10});
    ADD_FAILURE() << "no error for " << GetParam().source;
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message, GetParam().message);
    EXPECT_EQ(e.loc.column, GetParam().column);
  }
}

INSTANTIATE_TEST_SUITE_P(
    All, ComprehensionSyntax,
    ::testing::Values(SyntaxCase{"[x for]", "expected a variable name after 'for'", 16},
                      SyntaxCase{"[x for 1 in y]", "expected a variable name after 'for'", 17},
                      SyntaxCase{"[x for true in y]", "expected a variable name after 'for'", 17},
                      SyntaxCase{"[x for y z]", "expected 'in' but found 'z'", 19},
                      SyntaxCase{"[x for y]", "expected 'in' but found ']'", 18},
                      SyntaxCase{"[x for y in z", "expected ']' but found end of expression", 23},
                      SyntaxCase{"[x for y in z, 1]", "expected ']' but found ','", 23},
                      SyntaxCase{"[x for y in z if]", "unexpected ']'", 26},
                      SyntaxCase{"[1, x for x in y]",
                                 "a comprehension takes one expression before 'for'", 16},
                      SyntaxCase{"[x for 项 in 项目 if 项.分值 >]", "unexpected ']'", 34}));

}  // namespace
}  // namespace formwork
