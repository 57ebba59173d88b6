// Tests for schema patterns and formats run with RE2 (SchemaKeywords):
// long strings, every shipped schema, and the keywords refused where they
// could not be followed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "../test_support/scratch_dir.h"
#include "data/records.h"
#include "util/errors.h"
#include "validate/schema.h"

namespace formwork {
namespace {

class SchemaPatterns : public ::testing::Test {
 protected:
  Schema load(const std::string& text) { return Schema::load(dir_.write("s.json", text)); }
  std::string load_error(const std::string& text) {
    try {
      load(text);
    } catch (const TemplateError& e) {
      return e.what();
    }
    return "";
  }
  test::ScratchDir dir_{"validate_patterns"};
};

Value record_with(const std::string& field, const std::string& text) {
  return parse_json(nlohmann::json{{field, text}}.dump());
}

// std::regex recursed once per character: ~26,200 characters crashed the
// process (exit 139) even with maxLength.
TEST_F(SchemaPatterns, LongStringsAreCheckedWithoutCrashing) {
  const Schema s = load(R"({"properties": {"电话": {"type": "string", "maxLength": 40,
                           "pattern": "^[0-9][0-9 ()（）/、-]*$"}}})");
  const auto ok = s.validate(record_with("电话", std::string(1'000'000, '1')));
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_NE(ok[0].message.find("no more than 40"), std::string::npos) << ok[0].message;
  const auto bad = s.validate(record_with("电话", std::string(30'000, '1') + "x"));
  ASSERT_EQ(bad.size(), 2u);
  EXPECT_EQ(bad[0].pointer, "/电话");
}

TEST_F(SchemaPatterns, MismatchNamesThePatternAndTheValue) {
  const Schema s =
      load(R"({"properties": {"编号": {"type": "string", "pattern": "^20[0-9]{5}$"}}})");
  const auto v = s.validate(record_with("编号", "2016-1"));
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].pointer, "/编号");
  EXPECT_EQ(v[0].message, "does not match the pattern ^20[0-9]{5}$ (value: \"2016-1\")");
  EXPECT_TRUE(s.validate(record_with("编号", "2016001")).empty());
}

TEST_F(SchemaPatterns, DatesAreCheckedWithoutStdRegex) {
  const Schema s = load(R"({"properties": {"日期": {"type": "string", "format": "date"}}})");
  EXPECT_TRUE(s.validate(record_with("日期", "2016-02-29")).empty());
  const auto no_day = s.validate(record_with("日期", "2016-04-31"));
  ASSERT_EQ(no_day.size(), 1u);
  EXPECT_NE(no_day[0].message.find("no such day"), std::string::npos);
  EXPECT_EQ(s.validate(record_with("日期", std::string(1'000'000, '1') + "-01-01")).size(), 0u);
  EXPECT_EQ(s.validate(record_with("日期", std::string(1'000'000, '1'))).size(), 1u);
}

TEST_F(SchemaPatterns, EveryShippedPatternTakesAMegabyte) {
  const std::filesystem::path dir = std::filesystem::path(FORMWORK_SOURCE_DIR) / "schemas";
  int patterns = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (!e.path().string().ends_with(".schema.json")) continue;
    const Schema s = Schema::load(e.path().string());
    std::ifstream in(e.path());
    const nlohmann::json doc = nlohmann::json::parse(in);
    // Every string member of the record, set to 1 MB of text: each pattern
    // of the schema that reaches a string runs on it.
    if (!doc.contains("properties")) continue;
    for (const auto& [name, prop] : doc.at("properties").items()) {
      (void)prop;
      s.validate(record_with(name, std::string(1'000'000, 'a')));
      s.validate(record_with(name, std::string(1'000'000, '1')));
      ++patterns;
    }
  }
  EXPECT_GT(patterns, 30);
}

TEST_F(SchemaPatterns, LookAroundIsRefusedAtLoadWithItsPlace) {
  const std::string e = load_error(R"j({"properties": {"a": {"pattern": "^(?=x)"}}})j");
  EXPECT_NE(e.find("/properties/a/pattern"), std::string::npos) << e;
  EXPECT_NE(e.find("look-around"), std::string::npos) << e;
}

TEST_F(SchemaPatterns, KeywordsUnderBranchesAreRefused) {
  for (const char* schema : {
           R"({"anyOf": [{"type": "string", "pattern": "^a"}, {"type": "null"}]})",
           R"({"properties": {"n": {"oneOf": [{"x-decimals": 2}, {"type": "string"}]}}})",
           R"({"if": {"type": "string"}, "then": {"format": "date"}})",
           R"({"definitions": {"d": {"pattern": "^a"}},
               "properties": {"v": {"not": {"$ref": "#/definitions/d"}}}})",
       }) {
    const std::string e = load_error(schema);
    EXPECT_NE(e.find("where formwork cannot follow it"), std::string::npos) << schema << "\n" << e;
  }
  // Branches without such keywords stay valijson's.
  EXPECT_EQ(load_error(R"({"anyOf": [{"type": "string", "maxLength": 3}, {"type": "null"}]})"), "");
}

}  // namespace
}  // namespace formwork
