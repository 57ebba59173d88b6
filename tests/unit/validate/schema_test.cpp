// Tests for Schema: draft-07 validation through valijson, JSON pointers,
// readable messages, x-decimals and load errors.
#include "validate/schema.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../test_support/scratch_dir.h"
#include "data/records.h"
#include "util/errors.h"

namespace formwork {
namespace {

class SchemaTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    return dir_.write(name, text);
  }
  Schema load(const std::string& text) { return Schema::load(write("schema.json", text)); }
  test::ScratchDir dir_{"validate_schema"};
};

// A settlement sheet (结算表) schema in the shape of schemas/*.schema.json.
const char* kSettlement = R"({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "required": ["项目名称", "合计", "费用"],
  "additionalProperties": false,
  "definitions": {
    "amount": {"type": "number", "minimum": 0, "x-decimals": 2}
  },
  "properties": {
    "项目名称": {"type": "string", "minLength": 1},
    "日期": {"type": "string", "format": "date"},
    "合计": {"$ref": "#/definitions/amount"},
    "比例": {"type": "number", "x-decimals": 4},
    "费用": {
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "object",
        "required": ["科目", "金额"],
        "properties": {
          "科目": {"type": "string"},
          "金额": {"$ref": "#/definitions/amount"}
        }
      }
    },
    "a/b~c": {"type": "integer"}
  }
})";

std::string joined(const std::vector<Violation>& vs) {
  std::string s;
  for (const Violation& v : vs) s += v.pointer + ": " + v.message + "\n";
  return s;
}

TEST_F(SchemaTest, ValidRecordHasNoViolations) {
  Schema schema = load(kSettlement);
  Value record = parse_json(R"({"项目名称": "课题", "日期": "2016-04-21", "合计": 265675.22,
      "比例": 0.4087, "费用": [{"科目": "设备费", "金额": 3915995.04},
                              {"科目": "材料费", "金额": 1234.56}], "a/b~c": 3})");
  EXPECT_EQ(joined(schema.validate(record)), "");
}

TEST_F(SchemaTest, ReportsEveryViolationSortedWithReadableMessages) {
  Schema schema = load(kSettlement);
  Value record = parse_json(R"({"项目名称": "", "日期": "2016-13-45", "合计": -5,
      "费用": [{"科目": "设备费", "金额": "12"}, {"科目": 7}, {"科目": "x", "金额": 1},
               {"科目": "y", "金额": 2}, {"科目": "z", "金额": 3}, {"科目": "w", "金额": 4},
               {"科目": "v", "金额": 5}, {"科目": "u", "金额": 6}, {"科目": "t", "金额": 7},
               {"科目": "s", "金额": 8}, {"科目": "r", "金额": 12.345}]})");
  std::vector<Violation> vs = schema.validate(record);
  EXPECT_EQ(joined(vs),
            "/合计: Expected number greater than or equal to 0 (value: -5)\n"
            "/日期: String should be a valid date (value: \"2016-13-45\")\n"
            "/费用/0/金额: Value type not permitted by 'type' constraint (value: \"12\")\n"
            "/费用/1/科目: Value type not permitted by 'type' constraint (value: 7)\n"
            "/费用/1/金额: required, but missing\n"
            "/费用/10/金额: 12.345 has 3 decimals, at most 2 allowed\n"
            "/项目名称: String should be no fewer than 1 characters in length (value: \"\")\n");
}

TEST_F(SchemaTest, MissingRequiredAtRoot) {
  Schema schema = load(kSettlement);
  std::vector<Violation> vs = schema.validate(parse_json(R"({"项目名称": "课题"})"));
  ASSERT_EQ(vs.size(), 2u) << joined(vs);
  EXPECT_EQ(vs[0].pointer, "/合计");
  EXPECT_EQ(joined(vs), "/合计: required, but missing\n/费用: required, but missing\n");
}

TEST_F(SchemaTest, LabelCountsRowsFromOneAndShowsTitles) {
  Schema schema = load(kSettlement);
  EXPECT_EQ(schema.label(""), "/");
  EXPECT_EQ(schema.label("/项目名称"), "/项目名称");
  EXPECT_EQ(schema.label("/费用/0/科目"), "/费用/0/科目 (费用 row 1)");
  EXPECT_EQ(schema.label("/费用/9"), "/费用/9 (费用 row 10)");
  EXPECT_EQ(schema.label("/无此字段/2"), "/无此字段/2 (无此字段 row 3)");
}

TEST_F(SchemaTest, LabelUsesTheSchemaTitleThroughRefs) {
  Schema schema = load(R"({"type": "object",
    "definitions": {"amount": {"type": "number", "title": "金额（元）"}},
    "properties": {
      "电话": {"type": "string", "title": "联系电话"},
      "标识": {"type": "string", "title": "标识"},
      "a/b": {"type": "string", "title": "斜线"},
      "项目": {"type": "array", "items": {"type": "object", "properties": {
        "经费": {"$ref": "#/definitions/amount"}}}}}})");
  EXPECT_EQ(schema.label("/电话"), "/电话 (联系电话)");
  EXPECT_EQ(schema.label("/标识"), "/标识") << "a title equal to the key adds nothing";
  EXPECT_EQ(schema.label("/a~1b"), "/a~1b (斜线)");
  EXPECT_EQ(schema.label("/项目/2/经费"), "/项目/2/经费 (项目 row 3, 金额（元）)");
}

TEST_F(SchemaTest, UnwantedPropertyIsPointedAt) {
  Schema schema = load(kSettlement);
  std::vector<Violation> vs = schema.validate(parse_json(
      R"({"项目名称": "课题", "合计": 1, "费用": [{"科目": "a", "金额": 1}], "备注x": 1})"));
  EXPECT_EQ(joined(vs),
            "/备注x: property not allowed by the schema (additionalProperties is false)\n");
}

TEST_F(SchemaTest, PointerTokensAreEscaped) {
  Schema schema = load(kSettlement);
  std::vector<Violation> vs = schema.validate(parse_json(
      R"({"项目名称": "课题", "合计": 1, "费用": [{"科目": "a", "金额": 1}], "a/b~c": 1.5})"));
  ASSERT_EQ(vs.size(), 1u) << joined(vs);
  EXPECT_EQ(vs[0].pointer, "/a~1b~0c");
}

TEST_F(SchemaTest, DecimalsJudgeTheNormalisedValue) {
  Schema schema = load(kSettlement);
  auto decimals_violations = [&](const std::string& amount, const std::string& ratio) {
    return joined(
        schema.validate(parse_json(R"({"项目名称": "课题", "合计": )" + amount + R"(, "比例": )" +
                                   ratio + R"(, "费用": [{"科目": "a", "金额": 1}]})")));
  };
  EXPECT_EQ(decimals_violations("1.500", "0.40870000"), "");  // trailing zeros do not count
  EXPECT_EQ(decimals_violations("265675.22", "1"), "");       // multipleOf 0.01 would fail this
  EXPECT_EQ(decimals_violations("0.001", "0.40873"),
            "/合计: 0.001 has 3 decimals, at most 2 allowed\n"
            "/比例: 0.40873 has 5 decimals, at most 4 allowed\n");
  EXPECT_EQ(decimals_violations("1.2300001", "0.1"),
            "/合计: 1.2300001 has 7 decimals, at most 2 allowed\n");
}

TEST_F(SchemaTest, DecimalsFollowAllOfAdditionalAndPercentEncodedRefs) {
  Schema schema = load(R"({
    "definitions": {"金额": {"x-decimals": 1}, "loop": {"$ref": "#/definitions/loop"}},
    "type": "object",
    "properties": {"a": {"allOf": [{"type": "number"}, {"x-decimals": 0}]},
                   "r": {"$ref": "#/definitions/%E9%87%91%E9%A2%9D"},
                   "t": {"type": "array", "items": [{"x-decimals": 0}],
                         "additionalItems": {"x-decimals": 1}}},
    "patternProperties": {"^p": {"x-decimals": 0}},
    "additionalProperties": {"x-decimals": 3}
  })");
  EXPECT_EQ(joined(schema.validate(parse_json(
                R"({"a": 1.5, "r": 2.25, "t": [1.5, 1.5, 1.25], "p1": 0.5, "z": 0.0001})"))),
            "/a: 1.5 has 1 decimal, at most 0 allowed\n"
            "/p1: 0.5 has 1 decimal, at most 0 allowed\n"
            "/r: 2.25 has 2 decimals, at most 1 allowed\n"
            "/t/0: 1.5 has 1 decimal, at most 0 allowed\n"
            "/t/2: 1.25 has 2 decimals, at most 1 allowed\n"
            "/z: 0.0001 has 4 decimals, at most 3 allowed\n");
}

TEST_F(SchemaTest, ItemErrorsSortedByIndexNumerically) {
  Schema schema = load(R"({"type": "array", "items": {"type": "integer"}})");
  Value record = parse_json("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, \"x\", 12, true]");
  std::vector<Violation> vs = schema.validate(record);
  ASSERT_EQ(vs.size(), 2u) << joined(vs);
  EXPECT_EQ(vs[0].pointer, "/10");
  EXPECT_EQ(vs[1].pointer, "/12");
}

TEST_F(SchemaTest, DayOutOfRangeIsCalledADate) {
  Schema schema = load(R"({"type": "string", "format": "date"})");
  EXPECT_EQ(
      joined(schema.validate(Value("2016-04-31"))),
      ": String should be a valid date (no such day in that month) (value: \"2016-04-31\")\n");
  EXPECT_EQ(joined(schema.validate(Value("2016-04-30"))), "");
}

TEST_F(SchemaTest, BoundsPrintedWithoutPadding) {
  Schema schema = load(R"({"type": "number", "maximum": 100, "exclusiveMinimum": 0.5})");
  EXPECT_EQ(joined(schema.validate(Value(Decimal(101)))),
            ": Expected number less than or equal to 100 (value: 101)\n");
  EXPECT_EQ(joined(schema.validate(parse_json("0.25"))),
            ": Expected number greater than 0.5 (value: 0.25)\n");
}

TEST_F(SchemaTest, MissingFileIsIoError) {
  const std::string path = (dir_.path() / "nope.schema.json").string();
  try {
    Schema::load(path);
    FAIL();
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
}

TEST_F(SchemaTest, BadJsonIsTemplateErrorWithPosition) {
  const std::string path = write("bad.schema.json", "{\n  \"type\": \"object\",\n}");
  try {
    Schema::load(path);
    FAIL();
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.loc.file, path);
    EXPECT_EQ(e.loc.line, 3);
    EXPECT_EQ(e.loc.column, 1);
    EXPECT_EQ(e.message.rfind("schema is not valid JSON: ", 0), 0u) << e.message;
  }
}

TEST_F(SchemaTest, InvalidSchemasAreTemplateErrors) {
  const std::vector<std::string> bad = {
      "[1, 2]",                 // not an object
      R"({"type": "objekt"})",  // unknown type
      R"({"properties": {"a": {"$ref": "#/definitions/missing"}}})",
      R"({"$ref": "other.schema.json#/definitions/a"})",  // remote reference
      R"({"properties": {"a": {"x-decimals": -1}}})",
      R"({"properties": {"a": {"x-decimals": "2"}}})",
  };
  for (const std::string& text : bad) {
    const std::string path = write("invalid.schema.json", text);
    try {
      Schema::load(path);
      ADD_FAILURE() << "accepted: " << text;
    } catch (const TemplateError& e) {
      EXPECT_EQ(e.loc.file, path) << text;
    }
  }
}

TEST_F(SchemaTest, XDecimalsKeywordNotConfusedWithData) {
  // A property named x-decimals, and x-decimals inside enum data, are fine.
  EXPECT_NO_THROW(load(R"({"properties": {"x-decimals": {"type": "string"}},
                           "enum": [{"x-decimals": "a"}]})"));
}

TEST_F(SchemaTest, MovedSchemaStillValidates) {
  Schema a = load(R"({"type": "string"})");
  Schema b = std::move(a);
  EXPECT_EQ(b.validate(Value("x")).size(), 0u);
  EXPECT_EQ(b.validate(Value(1)).size(), 1u);
}

}  // namespace
}  // namespace formwork
