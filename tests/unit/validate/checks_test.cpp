// Tests for declared checks: loading (positions, errors) and running the
// settlement sheet (结算表) rules with messages that name both values.
#include "validate/checks.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../test_support/scratch_dir.h"
#include "data/records.h"
#include "util/errors.h"
#include "validate/rule_sides.h"

namespace formwork {
namespace {

class ChecksTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    return dir_.write(name, text);
  }
  test::ScratchDir dir_{"validate_checks"};
};

const char* kSettlementChecks = R"json([
  {"field": "合计", "rule": "合计 == sum(费用.金额)",
   "message": "合计 must equal the sum of the items"},
  {"field": "合计", "rule": "人社厅资助金额 + 单位自筹资金 == 合计",
   "message": "funding sources must add up to 合计"},
  {
    "field": "人社厅资助结余资金",
    "message": "balance must be the allocation minus the grant",
    "rule": "人社厅资助结余资金 == 人社厅拨付资金 - 人社厅资助金额"
  },
  {"field": "人社厅资助结余资金", "rule": "人社厅资助结余资金 >= 0",
   "message": "balance must not be negative"}
]
)json";

const char* kConsistent = R"({
  "合计": 186432.50,
  "费用": [{"科目": "设备费", "金额": 100000.25}, {"科目": "材料费", "金额": 86432.25}],
  "人社厅资助金额": 150000.00, "单位自筹资金": 36432.5,
  "人社厅拨付资金": 150000, "人社厅资助结余资金": 0.00
})";

std::string joined(const std::vector<CheckFailure>& fs) {
  std::string s;
  for (const CheckFailure& f : fs) s += f.field + ": " + f.message + "\n";
  return s;
}

TEST_F(ChecksTest, LoadsRulesWithTheirLines) {
  const std::string path = write("settlement.checks.json", kSettlementChecks);
  std::vector<Check> checks = load_checks(path);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0].field, "合计");
  EXPECT_EQ(checks[0].message, "合计 must equal the sum of the items");
  EXPECT_EQ(checks[0].rule.source(), "合计 == sum(费用.金额)");
  EXPECT_EQ(checks[2].rule.source(), "人社厅资助结余资金 == 人社厅拨付资金 - 人社厅资助金额");
  // An unknown name in the third rule is reported at the line of its "rule" (9).
  Value empty = parse_json("{}");
  std::vector<CheckFailure> failures = run_checks({checks[2]}, empty);
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].message.rfind(path + ":9:", 0), 0u) << failures[0].message;
  EXPECT_NE(failures[0].message.find("unknown name"), std::string::npos) << failures[0].message;
}

TEST_F(ChecksTest, ConsistentSettlementPasses) {
  std::vector<Check> checks = load_checks(write("settlement.checks.json", kSettlementChecks));
  EXPECT_EQ(joined(run_checks(checks, parse_json(kConsistent))), "");
}

TEST_F(ChecksTest, EachInconsistencyNamesBothValues) {
  std::vector<Check> checks = load_checks(write("settlement.checks.json", kSettlementChecks));
  Value record = parse_json(R"({
    "合计": 186432.50,
    "费用": [{"科目": "设备费", "金额": 100000}, {"科目": "材料费", "金额": 86400}],
    "人社厅资助金额": 150000, "单位自筹资金": 36400,
    "人社厅拨付资金": 140000, "人社厅资助结余资金": -10000.005
  })");
  EXPECT_EQ(joined(run_checks(checks, record)),
            "合计: 合计 must equal the sum of the items: 合计 = 186,432.50, "
            "sum(费用.金额) = 186,400.00\n"
            "合计: funding sources must add up to 合计: 人社厅资助金额 + 单位自筹资金 = "
            "186,400.00, 合计 = 186,432.50\n"
            "人社厅资助结余资金: balance must be the allocation minus the grant: "
            "人社厅资助结余资金 = -10000.005, 人社厅拨付资金 - 人社厅资助金额 = -10,000.00\n"
            "人社厅资助结余资金: balance must not be negative: 人社厅资助结余资金 = -10000.005, "
            "0 = 0.00\n");
}

TEST_F(ChecksTest, DecimalArithmeticIsExact) {
  const std::string path = write("exact.checks.json", R"([
    {"field": "c", "rule": "a + b == c", "message": "c is a + b"}])");
  std::vector<Check> checks = load_checks(path);
  EXPECT_EQ(run_checks(checks, parse_json(R"({"a": 0.1, "b": 0.2, "c": 0.3})")).size(), 0u);
  EXPECT_EQ(
      joined(run_checks(checks, parse_json(R"({"a": 0.1, "b": 0.2, "c": 0.30000000000000004})"))),
      "c: c is a + b: a + b = 0.30, c = 0.30000000000000004\n");
}

TEST_F(ChecksTest, EvaluationErrorsAreFailures) {
  const std::string path = write("errors.checks.json", R"([
    {"field": "x", "rule": "缺失字段 == 1", "message": "m1"},
    {"field": "y", "rule": "a / b > 1", "message": "m2"},
    {"field": "z", "rule": "a + 1", "message": "m3"}
  ])");
  std::vector<Check> checks = load_checks(path);
  std::vector<CheckFailure> failures = run_checks(checks, parse_json(R"({"a": 1, "b": 0})"));
  ASSERT_EQ(failures.size(), 3u) << joined(failures);
  EXPECT_EQ(failures[0].field, "x");
  EXPECT_NE(failures[0].message.find("缺失字段"), std::string::npos) << failures[0].message;
  EXPECT_EQ(failures[0].message.rfind(path + ":2", 0), 0u) << failures[0].message;
  EXPECT_NE(failures[1].message.find("division by zero"), std::string::npos) << failures[1].message;
  EXPECT_EQ(failures[2].message, "m3: rule a + 1 gave 2.00, not true or false");
}

TEST_F(ChecksTest, NonComparisonRuleFailsWithItsMessage) {
  const std::string path = write("logic.checks.json", R"([
    {"field": "a", "rule": "a > 0 and b > 0", "message": "both must be positive"}])");
  EXPECT_EQ(joined(run_checks(load_checks(path), parse_json(R"({"a": 1, "b": -1})"))),
            "a: both must be positive\n");
}

TEST_F(ChecksTest, MissingFileIsIoError) {
  EXPECT_THROW(load_checks((dir_.path() / "none.checks.json").string()), IoError);
}

TEST_F(ChecksTest, BadFilesAreTemplateErrorsWithFileAndLine) {
  struct Case {
    std::string text;
    int line;
    std::string fragment;
  };
  const std::vector<Case> cases = {
      {"[\n  {\"field\": \"a\", \"rule\": \"a ==\", \"message\": \"m\"}\n]", 2, ""},
      {"[\n  {\"field\": \"a\",\n   \"rule\": \"a == 1\", \"messag\": \"m\"}\n]", 3, "messag"},
      {"[\n  {\"field\": \"a\", \"rule\": \"a == 1\"}\n]", 2, "\"message\""},
      {"[\n  {\"field\": \"a\", \"rule\": 5, \"message\": \"m\"}\n]", 2, "\"rule\""},
      {"[\n  {\"field\": \"a\", \"rule\": \"a == 1\",\n \"message\": \"m\",}\n]", 3, "JSON"},
      {"{\"field\": \"a\"}", 1, "array"},
      {"[\"a == 1\"]", 1, "object"},
  };
  for (const Case& c : cases) {
    const std::string path = write("bad.checks.json", c.text);
    try {
      load_checks(path);
      ADD_FAILURE() << "accepted: " << c.text;
    } catch (const TemplateError& e) {
      EXPECT_EQ(e.loc.file, path) << c.text;
      EXPECT_EQ(e.loc.line, c.line) << c.text << "\n" << e.what();
      EXPECT_NE(e.message.find(c.fragment), std::string::npos) << e.message;
    }
  }
}

TEST(RuleSides, SplitsAtTopLevelComparison) {
  auto sides = split_comparison("合计 == sum(费用.金额)");
  ASSERT_TRUE(sides);
  EXPECT_EQ(sides->left, "合计");
  EXPECT_EQ(sides->right, "sum(费用.金额)");
  sides = split_comparison("if(a < b, 1, 2)>=  x[\"<\"] ");
  ASSERT_TRUE(sides);
  EXPECT_EQ(sides->left, "if(a < b, 1, 2)");
  EXPECT_EQ(sides->right, "x[\"<\"]");
  sides = split_comparison("'a==b' != \"c\\\"<\"");
  ASSERT_TRUE(sides);
  EXPECT_EQ(sides->left, "'a==b'");
  EXPECT_EQ(sides->right, "\"c\\\"<\"");
  EXPECT_FALSE(split_comparison("sum(a == b)"));
}

TEST(RuleSides, ShowsNumbersAsMoneyUpToTwoDecimals) {
  EXPECT_EQ(shown_in_check(Value(*Decimal::parse("186432.5"))), "186,432.50");
  EXPECT_EQ(shown_in_check(Value(*Decimal::parse("1.500"))), "1.50");
  EXPECT_EQ(shown_in_check(Value(*Decimal::parse("1234.567"))), "1234.567");
  EXPECT_EQ(shown_in_check(Value("文本")), "\"文本\"");
  EXPECT_EQ(shown_in_check(Value()), "null");
  EXPECT_EQ(shown_in_check(Value(true)), "true");
}

}  // namespace
}  // namespace formwork
