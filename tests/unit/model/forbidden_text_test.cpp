// The data side of the forbidden-character policy: problems name the JSON
// pointer and the code point; the walk that finds them; names that drop
// what they must not show.
#include "model/forbidden_text.h"

#include <gtest/gtest.h>

#include "model/sheet_name.h"
#include "model/units.h"
#include "model/value_walk.h"

namespace formwork {
namespace {

Value record() {
  Object inner;
  inner.set("说明", Value("ok\tline\nnext"));
  inner.set("备注", Value("a\uFFFFb"));
  Array rows{Value("fine"), Value(std::string("x\x07y")), Value(Decimal(3))};
  Object o;
  o.set("编号", Value("2016001"));
  o.set("明细", Value(std::move(rows)));
  o.set("a/b~c", Value(std::move(inner)));
  o.set("名\uFFFE", Value("v"));
  return Value(std::move(o));
}

TEST(ForbiddenCharProblems, NameThePointerAndTheCodePoint) {
  const std::vector<std::string> p = forbidden_char_problems(record());
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0],
            "/明细/1: character 2 is U+0007, a control character, which document text may not "
            "contain (XML 1.0 §2.2)");
  EXPECT_EQ(p[1].rfind("/a~1b~0c/备注: character 2 is U+FFFF, a noncharacter", 0), 0u) << p[1];
  EXPECT_EQ(p[2].rfind("/名\uFFFE: member name: character 2 is U+FFFE, a noncharacter", 0), 0u)
      << p[2];
}

TEST(ForbiddenCharProblems, ListsFurtherCharactersOfTheSameText) {
  const auto p =
      forbidden_char_problems(Value("\x01"
                                    "a\uFDD0b\u0085"));
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].rfind("/: character 1 is U+0001", 0), 0u) << p[0];
  EXPECT_NE(p[0].find("also U+FDD0 at 3, U+0085 at 5"), std::string::npos) << p[0];
}

TEST(ForbiddenCharProblems, CleanRecordsHaveNone) {
  Object o;
  o.set("项目名称", Value("灰霾天气的防控与干预\r\n\t（第2期）"));
  o.set("n", Value(Decimal(12)));
  EXPECT_TRUE(forbidden_char_problems(Value(std::move(o))).empty());
}

TEST(WalkValues, VisitsEveryValueInOrderWithPointers) {
  std::vector<std::string> seen;
  walk_values(record(), [&](const WalkedValue& w) {
    seen.push_back(w.pointer);
    if (w.member_name) {
      EXPECT_TRUE(w.pointer.ends_with(*w.member_name) || w.pointer == "/a~1b~0c") << w.pointer;
    }
  });
  const std::vector<std::string> want{
      "",        "/编号",    "/明细",         "/明细/0",       "/明细/1",
      "/明细/2", "/a~1b~0c", "/a~1b~0c/说明", "/a~1b~0c/备注", "/名\uFFFE"};
  EXPECT_EQ(seen, want);
}

TEST(WalkValues, DeepNesting) {
  Value v("leaf\uFFFF");
  // Value refuses more than kMaxDepth levels; walk the deepest it allows.
  for (int i = 0; i + 1 < Value::kMaxDepth; ++i) v = Value(Array{v});
  const auto p = forbidden_char_problems(v);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p[0].find("U+FFFF"), std::string::npos);
}

TEST(SheetNames, DropForbiddenAndBidiCharacters) {
  EXPECT_EQ(sanitize_sheet_name("表\u202E1\uFFFE\u0085\u2066"), "表1");
}

TEST(Units, OneMillimetreDefinition) {
  EXPECT_DOUBLE_EQ(mm_to_pt(25.4), 72.0);
  EXPECT_DOUBLE_EQ(mm_to_pt(210), 595.2755905511812);
  static_assert(mm_to_pt(25.4) == 72.0);
}

}  // namespace
}  // namespace formwork
