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

// Issue 4: a stated ratio that disagrees with the computed one is reported
// with both in per cent. The published 决算 text states 项目支出 330,475.22 元
// of 4,001,132.90 元 as 0.825 %; the data holds the ratio 0.00825.
TEST_F(ChecksTest, StatedPercentBesideComputedPercent) {
  const std::string path = write("ratio.checks.json", R"json([
    {"field": "项目支出占比", "rule": "项目支出占比 == round(项目支出 / 支出合计, 4)",
     "message": "项目支出占比 is 项目支出 ÷ 支出合计", "format": "percent"}])json");
  std::vector<Check> checks = load_checks(path);
  ASSERT_TRUE(checks[0].format.has_value());
  EXPECT_EQ(joined(run_checks(checks, parse_json(R"({"支出合计": 4001132.90,
      "项目支出": 330475.22, "项目支出占比": 0.00825})"))),
            "项目支出占比: 项目支出占比 is 项目支出 ÷ 支出合计: 项目支出占比 = 0.825%, "
            "round(项目支出 / 支出合计, 4) = 8.26%\n");
  // The corrected statement passes.
  EXPECT_EQ(joined(run_checks(checks, parse_json(R"({"支出合计": 4001132.90,
      "项目支出": 330475.22, "项目支出占比": 0.0826})"))),
            "");
}

// Without "format" the same failure prints raw numbers, which is why the key
// exists: 0.00825 beside 0.0826 says nothing about per cent.
TEST_F(ChecksTest, WithoutFormatTheRatioIsARawNumber) {
  const std::string path = write("ratio.checks.json", R"json([
    {"field": "r", "rule": "r == round(a / b, 4)", "message": "m"}])json");
  EXPECT_EQ(joined(run_checks(load_checks(path),
                              parse_json(R"({"a": 330475.22, "b": 4001132.90, "r": 0.00825})"))),
            "r: m: r = 0.00825, round(a / b, 4) = 0.0826\n");
}

TEST_F(ChecksTest, AmountsInYuanAndWan) {
  const std::string path = write("money.checks.json", R"json([
    {"field": "/收入/收入合计", "rule": "收入合计 == 上年结转 + 拨款", "message": "m", "format": "yuan"},
    {"field": "/收入/收入合计", "rule": "收入合计 == 上年结转 + 拨款", "message": "m", "format": "wan"}
  ])json");
  EXPECT_EQ(joined(run_checks(load_checks(path), parse_json(R"({"收入合计": 2551819.15,
      "上年结转": 632.40, "拨款": 2551086.75})"))),
            "/收入/收入合计: m: 收入合计 = 2,551,819.15 元, 上年结转 + 拨款 = 2,551,719.15 元\n"
            "/收入/收入合计: m: 收入合计 = 255.18 万元, 上年结转 + 拨款 = 255.17 万元\n");
}

// Two different amounts that round to the same 万元 figure are printed
// exactly, so the message never reads "255.18 万元, 255.18 万元".
TEST_F(ChecksTest, EqualLookingSidesArePrintedExactly) {
  const std::string path = write("wan.checks.json", R"json([
    {"field": "t", "rule": "t == a + b", "message": "m", "format": "wan"}])json");
  EXPECT_EQ(joined(run_checks(load_checks(path),
                              parse_json(R"({"t": 2551819.15, "a": 632.40, "b": 2551186.65})"))),
            "t: m: t = 255.181915 万元, a + b = 255.181905 万元\n");
}

TEST_F(ChecksTest, BadFormatIsATemplateErrorAtItsLine) {
  for (const char* spec : {"percent(", "percent(11)", "Percent", "integer(2)", "money(-1)", ""}) {
    const std::string path =
        write("fmt.checks.json", std::string("[\n  {\"field\": \"a\", \"rule\": \"a == 1\",\n") +
                                     "   \"message\": \"m\", \"format\": \"" + spec + "\"}\n]");
    try {
      load_checks(path);
      ADD_FAILURE() << "accepted format " << spec;
    } catch (const TemplateError& e) {
      EXPECT_EQ(e.loc.line, 2) << spec;
      EXPECT_NE(e.message.find("unknown check format"), std::string::npos) << e.message;
    }
  }
  const std::string path =
      write("fmt.checks.json",
            R"json([{"field": "a", "rule": "a == 1", "message": "m", "format": 2}])json");
  EXPECT_THROW(load_checks(path), TemplateError);
}

TEST(RuleSides, ParsesFormats) {
  using K = CheckFormat::Kind;
  struct Case {
    const char* spec;
    K kind;
    int places;
  };
  for (const Case& c :
       {Case{"money", K::Money, 2}, Case{"money(0)", K::Money, 0}, Case{"yuan", K::Yuan, 2},
        Case{"wan(4)", K::Wan, 4}, Case{"percent", K::Percent, 2},
        Case{"percent(1)", K::Percent, 1}, Case{"number", K::Number, -1},
        Case{"number(3)", K::Number, 3}, Case{"integer", K::Integer, 0}}) {
    std::optional<CheckFormat> f = parse_check_format(c.spec);
    ASSERT_TRUE(f) << c.spec;
    EXPECT_EQ(f->kind, c.kind) << c.spec;
    EXPECT_EQ(f->places, c.places) << c.spec;
  }
  for (const char* bad : {"", "moneyy", "money()", "money(2", "money(a)", "percent(11)",
                          "integer(0)", " money", "wan(1)x"}) {
    EXPECT_FALSE(parse_check_format(bad)) << bad;
  }
}

TEST(RuleSides, ShowsEachFormatInItsUnit) {
  auto num = [](const char* s) { return Value(*Decimal::parse(s)); };
  auto shown = [&](const char* v, const char* spec) {
    return shown_in_format(num(v), *parse_check_format(spec));
  };
  EXPECT_EQ(shown("4001132.9", "money"), "4,001,132.90");
  EXPECT_EQ(shown("4001132.9", "yuan"), "4,001,132.90 元");
  EXPECT_EQ(shown("4001132.9", "yuan(0)"), "4,001,133 元");
  EXPECT_EQ(shown("4001132.9", "wan"), "400.11 万元");
  EXPECT_EQ(shown("-1005", "wan"), "-0.10 万元");
  EXPECT_EQ(shown("186432.505", "yuan"), "186,432.51 元");
  EXPECT_EQ(shown("0.082594403", "percent"), "8.26%");
  EXPECT_EQ(shown("0.00825", "percent"), "0.825%");
  EXPECT_EQ(shown("0.125", "percent(1)"), "12.5%");
  EXPECT_EQ(shown("1.23456789", "number(2)"), "1.23");
  EXPECT_EQ(shown("1.2345", "number(2)"), "1.2345");
  EXPECT_EQ(shown("1.23456789", "number"), "1.23456789");
  EXPECT_EQ(shown("96", "integer"), "96");
  EXPECT_EQ(shown("96.5", "integer"), "96.5");
  EXPECT_EQ(shown("96.50001", "integer"), "97");
  EXPECT_EQ(shown_in_format(Value("优"), *parse_check_format("percent")), "\"优\"");
  EXPECT_EQ(shown_in_format(Value(), *parse_check_format("yuan")), "null");
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

// Issue 11: a stated total an office's own document gives may differ from
// its items; a check of level "warning" says so and the record stays valid.
const char* kStatedTotal = R"json([
  {"field": "/总额", "when": "(总额 | default(null)) != null and count(项目) > 0",
   "rule": "总额 == sum(项目.金额)", "message": "stated total differs from the items",
   "format": "money(0)", "level": "warning"},
  {"field": "项目", "rule": "count(项目) <= 9", "message": "at most nine items", "level": "error"}
]
)json";

TEST_F(ChecksTest, WarningLevelIsCarriedToTheFailure) {
  std::vector<Check> checks = load_checks(write("stated.checks.json", kStatedTotal));
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_TRUE(checks[0].warning);
  EXPECT_FALSE(checks[1].warning);
  auto failures = run_checks(checks, parse_json(R"({"总额": 384, "项目": [{"金额": 380}]})"));
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_TRUE(failures[0].warning);
  EXPECT_EQ(joined(failures),
            "/总额: stated total differs from the items: 总额 = 384, sum(项目.金额) = 380\n");
  EXPECT_EQ(joined(run_checks(checks, parse_json(R"({"总额": 380, "项目": [{"金额": 380}]})"))),
            "");
}

TEST_F(ChecksTest, WhenFalseTheRuleIsNotRun) {
  std::vector<Check> checks = load_checks(write("stated.checks.json", kStatedTotal));
  // No stated total, or no items to add up: nothing to compare (the rule
  // alone would fail on the missing 总额).
  EXPECT_EQ(joined(run_checks(checks, parse_json(R"({"项目": [{"金额": 380}]})"))), "");
  EXPECT_EQ(joined(run_checks(checks, parse_json(R"({"总额": 5, "项目": []})"))), "");
}

TEST_F(ChecksTest, WhenMustBeABoolean) {
  const std::string path = write("when.checks.json", R"json([
  {"field": "a", "when": "a + 1", "rule": "a == 1", "message": "m"}
])json");
  EXPECT_EQ(joined(run_checks(load_checks(path), parse_json(R"({"a": 1})"))),
            "a: m: when a + 1 gave 2.00, not true or false\n");
}

TEST_F(ChecksTest, UnknownLevelAndBadWhenAreTemplateErrors) {
  const std::string level = write("level.checks.json", R"json([
  {"field": "a", "rule": "a == 1", "message": "m", "level": "warn"}
])json");
  try {
    load_checks(level);
    ADD_FAILURE() << "level warn accepted";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.message, "unknown check level \"warn\" (use error or warning)");
    EXPECT_EQ(e.loc.line, 2);
  }
  const std::string when = write("when.checks.json", R"json([
  {"field": "a", "rule": "a == 1", "message": "m", "when": "a =="}
])json");
  EXPECT_THROW(load_checks(when), TemplateError);
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

namespace formwork {
namespace {

// "each" and "as": a check made per element, each failure named by its
// element's JSON pointer and showing that element's values.
TEST_F(ChecksTest, EachElementIsCheckedAndNamedByItsPointer) {
  const std::string path = write("each.checks.json", R"([
    {"field": "/机构/{i}/合计", "each": "机构", "as": "j",
     "when": "(j.合计 | default(null)) != null",
     "rule": "j.合计 == j.a + j.b", "message": "合计 equals a + b", "format": "yuan"}])");
  const Value record = parse_json(R"({"机构": [
    {"合计": 3, "a": 1, "b": 2}, {"合计": 5, "a": 1, "b": 2}, {"a": 9, "b": 9},
    {"合计": 7, "a": 3, "b": 3}]})");
  EXPECT_EQ(joined(run_checks(load_checks(path), record)),
            "/机构/1/合计: 合计 equals a + b: j.合计 = 5.00 元, j.a + j.b = 3.00 元\n"
            "/机构/3/合计: 合计 equals a + b: j.合计 = 7.00 元, j.a + j.b = 6.00 元\n");
  EXPECT_EQ(joined(run_checks(load_checks(path), parse_json(R"({"x": 1})"))), "");  // no list
  EXPECT_EQ(joined(run_checks(load_checks(path), parse_json(R"({"机构": 4})"))),
            "/机构/{i}/合计: 合计 equals a + b: each 机构 gave 4.00, not a list\n");
}

TEST_F(ChecksTest, EachNeedsAsAndAVariableName) {
  for (const char* bad : {R"([{"field": "f", "each": "xs", "rule": "true", "message": "m"}])",
                          R"([{"field": "f", "as": "x", "rule": "true", "message": "m"}])",
                          R"([{"field": "f", "each": "xs", "as": "x.y", "rule": "true",
                               "message": "m"}])"}) {
    EXPECT_THROW(load_checks(write("bad.checks.json", bad)), TemplateError) << bad;
  }
}

// A side of a comprehension over every element is cut on the failure line;
// the values stay whole.
TEST_F(ChecksTest, LongRuleSidesAreCutButTheirValuesAreNot) {
  const std::string side = "join([concat(x.名称, '：', x.v) for x in xs if x.v != 0], '；')";
  const std::string path = write(
      "long.checks.json",
      R"([{"field": "/xs", "rule": ")" + side +
          R"( + '' + '' + '' + '' + '' + '' + '' + '' + '' + '' + '' + '' + '' == ''", "message": "all zero"}])");
  const std::string f =
      joined(run_checks(load_checks(path),
                        parse_json(R"({"xs": [{"名称": "甲", "v": 0}, {"名称": "乙", "v": 3}]})")));
  EXPECT_NE(f.find("… = \"乙：3\", '' = \"\""), std::string::npos) << f;
  EXPECT_EQ(f.find("'' + '' + '' + '' + '' + ''"), std::string::npos) << f;
}

}  // namespace
}  // namespace formwork
