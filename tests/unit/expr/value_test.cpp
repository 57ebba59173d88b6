// Value: JSON text, plain text, truthiness and equality.
#include "model/value.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "test_values.h"

namespace formwork {
namespace {

using testing::arr;
using testing::num;
using testing::obj;

TEST(Value, JsonWritesNumbersExactly) {
  Value v = obj({{"金额", num("4001132.90")}, {"比例", num("0.1")}, {"n", num("-1e3")}});
  EXPECT_EQ(v.to_json(), R"({"金额":4001132.9,"比例":0.1,"n":-1000})");
}

TEST(Value, JsonEscapesStrings) {
  Value v(std::string("a\"b\\c\n\t\x01/中文"));
  EXPECT_EQ(v.to_json(), "\"a\\\"b\\\\c\\n\\t\\u0001/中文\"");
  EXPECT_EQ(Value(std::string("\b\f\r\x1f")).to_json(), R"("\b\f\r\u001f")");
}

TEST(Value, JsonOfContainers) {
  EXPECT_EQ(arr({Value(), Value(true), Value(false), Value(1), Value("x")}).to_json(),
            R"([null,true,false,1,"x"])");
  EXPECT_EQ(arr({}).to_json(), "[]");
  EXPECT_EQ(Value(Object{}).to_json(), "{}");
}

TEST(Value, TextOfScalars) {
  EXPECT_EQ(Value().to_text(), "");
  EXPECT_EQ(Value(true).to_text(), "true");
  EXPECT_EQ(Value(false).to_text(), "false");
  EXPECT_EQ(num("265675.220").to_text(), "265675.22");
  EXPECT_EQ(Value("文本\"").to_text(), "文本\"");
  EXPECT_EQ(arr({Value("a"), Value(2)}).to_text(), R"(["a",2])");
}

TEST(Value, Truthiness) {
  EXPECT_FALSE(Value().truthy());
  EXPECT_FALSE(Value(false).truthy());
  EXPECT_FALSE(num("0.00").truthy());
  EXPECT_FALSE(Value("").truthy());
  EXPECT_FALSE(arr({}).truthy());
  EXPECT_TRUE(num("0.01").truthy());
  EXPECT_TRUE(Value("0").truthy());
  EXPECT_TRUE(arr({Value()}).truthy());
  EXPECT_TRUE(Value(Object{}).truthy());
}

TEST(Value, TypeNames) {
  EXPECT_EQ(Value().type_name(), "null");
  EXPECT_EQ(Value(true).type_name(), "boolean");
  EXPECT_EQ(Value(1).type_name(), "number");
  EXPECT_EQ(Value("s").type_name(), "string");
  EXPECT_EQ(arr({}).type_name(), "array");
  EXPECT_EQ(Value(Object{}).type_name(), "object");
}

TEST(Value, Equality) {
  EXPECT_EQ(num("1.50"), num("1.5"));
  EXPECT_NE(Value(1), Value("1"));
  EXPECT_EQ(Value(), Value(nullptr));
  EXPECT_EQ(obj({{"a", Value(1)}, {"b", Value(2)}}), obj({{"b", Value(2)}, {"a", num("1.0")}}));
  EXPECT_NE(obj({{"a", Value(1)}}), obj({{"a", Value(1)}, {"b", Value()}}));
  EXPECT_EQ(arr({Value(1), Value("x")}), arr({num("1.00"), Value("x")}));
  EXPECT_NE(arr({Value(1), Value("x")}), arr({Value("x"), Value(1)}));
}

TEST(Object, FindAndSetKeepOrder) {
  Object o;
  o.set("乙", Value(1));
  o.set("甲", Value(2));
  o.set("乙", Value(3));
  ASSERT_EQ(o.members.size(), 2u);
  EXPECT_EQ(o.members[0].first, "乙");
  EXPECT_EQ(*o.find("乙"), Value(3));
  EXPECT_EQ(o.find("丙"), nullptr);
  Value v(o);
  EXPECT_EQ(v.find("甲")->as_number(), Decimal(2));
  EXPECT_EQ(Value(1).find("甲"), nullptr);
}

TEST(Value, DepthCountsNestedArraysAndObjects) {
  EXPECT_EQ(Value(1).depth(), 0);
  EXPECT_EQ(arr({}).depth(), 1);
  EXPECT_EQ(arr({Value(1), arr({obj({{"a", arr({})}})})}).depth(), 4);
}

// Destroying, comparing and printing recurse once per level: a value built
// 100,000 levels deep (a <set> wrapping x in [x] per line) overflowed the
// stack. It now stops at kMaxDepth.
TEST(Value, NestingIsLimited) {
  Value v(1);
  for (int i = 0; i < Value::kMaxDepth; ++i) v = i % 2 ? arr({v}) : obj({{"a", v}});
  EXPECT_EQ(v.depth(), Value::kMaxDepth);
  EXPECT_EQ(v, v);
  EXPECT_EQ(v.to_json().size(), 4001u);  // 1, 500 × "[]", 500 × "{\"a\":}"
  EXPECT_THROW(arr({Value(2), v}), std::length_error);
  EXPECT_THROW(obj({{"b", v}}), std::length_error);
}

}  // namespace
}  // namespace formwork
