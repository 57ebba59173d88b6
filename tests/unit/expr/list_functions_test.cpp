// range first last contains index_of sort_by rank: results and errors.
#include <gtest/gtest.h>

#include "eval_fixture.h"
#include "test_values.h"

namespace formwork {
namespace {

using testing::arr;
using testing::num;
using testing::obj;

Value communities() {
  return obj({
      {"社区", arr({Value("东关"), Value("西关"), Value("南关"), Value("北关"), Value("城中")})},
      {"总分", arr({num("92.5"), Value(85), num("97.0"), Value(85), Value(70)})},
      {"得分", arr({Value(90), Value(85), Value(85), Value(80)})},
      {"空", arr({})},
      {"名称", Value("东关社区")},
      {"混合", arr({Value(1), Value("a")})},
  });
}

class ListFunctions : public testing::EvalFixture {
 protected:
  ListFunctions() : EvalFixture(communities()) {}
};

TEST_F(ListFunctions, Range) {
  EXPECT_EQ(eval("range(3)"), arr({Value(1), Value(2), Value(3)}));
  EXPECT_EQ(eval("range(1)"), arr({Value(1)}));
  EXPECT_EQ(eval("range(0)"), arr({}));
  EXPECT_EQ(eval("range(-2)"), arr({}));
  EXPECT_EQ(eval("range(4, 6)"), arr({Value(4), Value(5), Value(6)}));
  EXPECT_EQ(eval("range(-1, 1)"), arr({Value(-1), Value(0), Value(1)}));
  EXPECT_EQ(eval("range(5, 5)"), arr({Value(5)}));
  EXPECT_EQ(eval("range(6, 4)"), arr({}));
  EXPECT_EQ(eval("range(count(社区))"), eval("[1, 2, 3, 4, 5]"));
  EXPECT_EQ(eval("count(range(100000))"), Value(100000));
  EXPECT_EQ(error("range(100001)").message, "range(): more than 100000 numbers");
  EXPECT_EQ(error("range(1.5)").message, "range(): bounds must be whole numbers");
  EXPECT_EQ(error("range(1, 2.5)").message, "range(): bounds must be whole numbers");
  EXPECT_EQ(error("range('3')").message, "range() needs a number, got string");
  EXPECT_EQ(error("range(1, 2, 3)").message, "function 'range' takes 1 to 2 arguments, not 3");
}

TEST_F(ListFunctions, FirstAndLast) {
  EXPECT_EQ(eval("first(社区)"), Value("东关"));
  EXPECT_EQ(eval("last(社区)"), Value("城中"));
  EXPECT_EQ(eval("last([7])"), Value(7));
  TemplateError e = error("first(空)");
  EXPECT_EQ(e.message, "first(): the list is empty");
  EXPECT_EQ(e.loc.column, 10);
  EXPECT_EQ(error("last(空)").message, "last(): the list is empty");
  // An empty list counts as missing, so default() supplies a fallback.
  EXPECT_EQ(eval("first(空) | default('—')"), Value("—"));
  EXPECT_EQ(error("first(名称)").message, "first() needs a list, got string");
}

TEST_F(ListFunctions, ContainsAndIndexOf) {
  EXPECT_EQ(eval("contains(社区, '南关')"), Value(true));
  EXPECT_EQ(eval("contains(社区, '南')"), Value(false));
  EXPECT_EQ(eval("contains(总分, 97)"), Value(true));  // numbers by value: 97.0 == 97
  EXPECT_EQ(eval("contains(总分, '97')"), Value(false));
  EXPECT_EQ(eval("contains(空, 1)"), Value(false));
  EXPECT_EQ(eval("contains(名称, '社区')"), Value(true));
  EXPECT_EQ(eval("contains(名称, '西')"), Value(false));
  EXPECT_EQ(eval("contains(名称, '')"), Value(true));
  EXPECT_EQ(error("contains(名称, 1)").message,
            "contains(): can only look for a string in a string, not a number");
  EXPECT_EQ(error("contains(5, 1)").message, "contains() needs a list or a string, got number");
  EXPECT_EQ(eval("index_of(社区, '东关')"), Value(1));
  EXPECT_EQ(eval("index_of(社区, '城中')"), Value(5));
  EXPECT_EQ(eval("index_of(社区, '无')"), Value(0));
  EXPECT_EQ(eval("index_of(总分, 85)"), Value(2));  // the first of equal items
  EXPECT_EQ(eval("index_of(空, 1)"), Value(0));
  EXPECT_EQ(error("index_of(名称, '东')").message, "index_of() needs a list, got string");
}

TEST_F(ListFunctions, SortByIsStable) {
  EXPECT_EQ(eval("sort_by(社区, 总分)"),
            arr({Value("城中"), Value("西关"), Value("北关"), Value("东关"), Value("南关")}));
  // Descending keeps equal keys in their original order too (西关 before 北关).
  EXPECT_EQ(eval("sort_by(社区, 总分, true)"),
            arr({Value("南关"), Value("东关"), Value("西关"), Value("北关"), Value("城中")}));
  // Strings by UTF-8 bytes: 东 E4B89C < 北 E58C97 < 南 E58D97 < 城 E59F8E < 西 E8A5BF.
  EXPECT_EQ(eval("sort_by(总分, 社区)"), eval("[92.5, 85, 97.0, 70, 85]"));
  EXPECT_EQ(eval("sort_by([], [])"), arr({}));
  EXPECT_EQ(eval("sort_by([1, 2, 3], [0, 0, 0], true)"), eval("[1, 2, 3]"));
  EXPECT_EQ(error("sort_by(社区, 得分)").message, "sort_by(): 5 items but 4 keys");
  EXPECT_EQ(error("sort_by([1, 2], 混合)").message, "sort_by(): keys mix numbers and strings");
  EXPECT_EQ(error("sort_by([1, 2], [3, null])").message,
            "sort_by(): key 2 is null; keys must be numbers or strings");
  EXPECT_EQ(error("sort_by(名称, 得分)").message, "sort_by() needs a list, got string");
}

TEST_F(ListFunctions, RankLikeExcelRankEq) {
  EXPECT_EQ(eval("[rank(x, 得分) for x in 得分]"), eval("[1, 2, 2, 4]"));
  EXPECT_EQ(eval("[rank(x, 得分, true) for x in 得分]"), eval("[4, 2, 2, 1]"));
  EXPECT_EQ(eval("[rank(x, 总分) for x in 总分]"), eval("[2, 3, 1, 3, 5]"));
  EXPECT_EQ(eval("rank(97, 总分)"), Value(1));  // 97 == 97.0
  EXPECT_EQ(eval("rank(70, 总分, false)"), Value(5));
  EXPECT_EQ(eval("rank(5, [5])"), Value(1));
  EXPECT_EQ(error("rank(86, 得分)").message, "rank(): 86 is not in the list");
  EXPECT_EQ(error("rank(1, 混合)").message, "rank(): item 2 is string, not a number");
  EXPECT_EQ(error("rank('a', 得分)").message, "rank() needs a number, got string");
  EXPECT_EQ(error("rank(1, 5)").message, "rank() needs a list, got number");
}

}  // namespace
}  // namespace formwork
