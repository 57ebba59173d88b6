// The schemas and checks of the issue 4 forms 3 and 5 against their samples:
// schemas/dept-self-eval.* (部门整体支出绩效自评表, seed 002) and
// schemas/community-appraisal.* (社区综合考核). Each check is shown to catch its
// own inconsistency, with both values in the check's unit.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "data/records.h"
#include "validate/checks.h"
#include "validate/schema.h"

namespace formwork {
namespace {

using Json = nlohmann::ordered_json;
using Pointer = Json::json_pointer;

std::string checkout(const std::string& path) {
  return std::string(FORMWORK_SOURCE_DIR) + "/" + path;
}

Json sample(const std::string& file) {
  std::ifstream in(checkout("samples/" + file), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

/// The record as the CLI reads it: numbers exact, from the JSON text.
Value record(const Json& j) { return parse_json(j.dump()); }

std::string failures(const std::vector<Check>& checks, const Json& j) {
  std::string s;
  for (const CheckFailure& f : run_checks(checks, record(j)))
    s += f.field + ": " + f.message + "\n";
  return s;
}

std::string violations(const Schema& schema, const Json& j) {
  std::string s;
  for (const Violation& v : schema.validate(record(j))) s += v.pointer + ": " + v.message + "\n";
  return s;
}

class DeptSelfEvalChecks : public ::testing::Test {
 protected:
  /// The sample with each pointer set to the number written (null: a blank figure).
  /// Without `keep_summary` the optional stated 汇总 is dropped, so that a change to
  /// one 机构 shows only that 机构's check.
  Json with(const std::vector<std::pair<std::string, std::string>>& changes,
            bool keep_summary = false) const {
    Json j = sample("dept-self-eval-2021.json");
    if (!keep_summary) j.erase("汇总");
    for (const auto& [pointer, number] : changes) j[Pointer(pointer)] = Json::parse(number);
    return j;
  }
  Schema schema_ = Schema::load(checkout("schemas/dept-self-eval.schema.json"));
  std::vector<Check> checks_ = load_checks(checkout("schemas/dept-self-eval.checks.json"));
};

/// Per-机构 checks name the offending 机构 with both values on the left of
/// `join(…) = "…", "" = ""`; the rule text itself is long, so the tests look for
/// the field, the message and the named values.
void expect_one_failure(const std::string& f, const std::string& field_and_message,
                        const std::string& named) {
  EXPECT_EQ(std::count(f.begin(), f.end(), '\n'), 1) << f;
  EXPECT_EQ(f.rfind(field_and_message, 0), 0u) << f;
  EXPECT_NE(f.find(" = \"" + named + "\", \"\" = \"\"\n"), std::string::npos) << f;
}

// One failure of a per-机构 check ("each": "机构"): named by the 机构's
// pointer, with the stated figure on the left and the computed one on the
// right, both in 元.
void expect_unit_failure(const std::string& f, const std::string& pointer,
                         const std::string& message, const std::string& stated,
                         const std::string& computed) {
  EXPECT_EQ(std::count(f.begin(), f.end(), '\n'), 1) << f;
  EXPECT_EQ(f.rfind(pointer + ": " + message + ": ", 0), 0u) << f;
  EXPECT_NE(f.find(" = " + stated + " 元, "), std::string::npos) << f;
  EXPECT_NE(f.find(" = " + computed + " 元\n"), std::string::npos) << f;
}

TEST_F(DeptSelfEvalChecks, SeedFiguresPassSchemaAndEveryCheck) {
  ASSERT_EQ(checks_.size(), 12u);
  for (const char* file : {"dept-self-eval-2021.json", "dept-self-eval-2022-b.json"}) {
    const Json j = sample(file);
    EXPECT_EQ(violations(schema_, j), "") << file;
    EXPECT_EQ(failures(checks_, j), "") << file;
  }
}

TEST_F(DeptSelfEvalChecks, IncomeTotalIsTheSumOfItsParts) {
  expect_unit_failure(failures(checks_, with({{"/机构/1/收入/收入合计", "2551819.14"}})),
                      "/机构/1/收入/收入合计",
                      "收入合计 equals 上年结转 + 公共财政拨款 + 政府基金拨款 + "
                      "纳入专户管理的非税收入拨款 + 其他收入 (a blank item counts 0)",
                      "2,551,819.14", "2,551,819.15");
}

TEST_F(DeptSelfEvalChecks, SpendingTotalIsBasicPlusProject) {
  expect_unit_failure(
      failures(checks_, with({{"/机构/1/支出/支出合计", "2429279.82"}})), "/机构/1/支出/支出合计",
      "支出合计 equals 基本支出 (人员支出 + 公用支出) + 项目支出 (a blank item counts 0)",
      "2,429,279.82", "2,429,279.81");
}

TEST_F(DeptSelfEvalChecks, BasicSpendingIsPersonnelPlusPublic) {
  expect_unit_failure(failures(checks_, with({{"/机构/1/支出/基本支出", "1974696.74"}})),
                      "/机构/1/支出/基本支出",
                      "基本支出 equals 人员支出 + 公用支出 (a blank item counts 0)", "1,974,696.74",
                      "1,974,696.64");
}

// The usual slip: 当年结余 taken as 收入合计 − 支出合计, counting 上年结转 as this
// year's income.
TEST_F(DeptSelfEvalChecks, YearBalanceExcludesTheCarryOver) {
  expect_unit_failure(
      failures(checks_, with({{"/机构/1/支出/当年结余", "122539.34"}})), "/机构/1/支出/当年结余",
      "当年结余 equals 本年收入 (收入合计 − 上年结转) − 支出合计", "122,539.34", "121,906.94");
}

TEST_F(DeptSelfEvalChecks, AccumulatedBalanceAddsTheCarryOver) {
  expect_unit_failure(failures(checks_, with({{"/机构/1/支出/累计结余", "121906.94"}})),
                      "/机构/1/支出/累计结余", "累计结余 equals 当年结余 + 上年结转", "121,906.94",
                      "122,539.34");
}

// A changed item breaks every stated figure computed from it: the 收入 total and
// both balances of that 机构.
TEST_F(DeptSelfEvalChecks, AnItemChangeShowsInTotalsAndBalances) {
  const std::string f = failures(checks_, with({{"/机构/1/收入/公共财政拨款", "2351186.74"}}));
  EXPECT_EQ(std::count(f.begin(), f.end(), '\n'), 3) << f;
  EXPECT_NE(f.find("/机构/1/收入/收入合计: "), std::string::npos) << f;
  EXPECT_NE(f.find(" = 2,551,819.15 元, "), std::string::npos) << f;
  EXPECT_NE(f.find(" = 2,551,819.14 元\n"), std::string::npos) << f;
  EXPECT_NE(f.find("/机构/1/支出/当年结余: "), std::string::npos) << f;
  EXPECT_NE(f.find(" = 121,906.93 元\n"), std::string::npos) << f;
  EXPECT_NE(f.find("/机构/1/支出/累计结余: "), std::string::npos) << f;
  EXPECT_NE(f.find(" = 122,539.33 元\n"), std::string::npos) << f;
}

TEST_F(DeptSelfEvalChecks, ThreePublicExpensesAddUp) {
  expect_unit_failure(failures(checks_, with({{"/机构/1/三公经费/公务接待费", "1200"}})),
                      "/机构/1/三公经费/合计",
                      "三公经费合计 equals 公务接待费 + 公务用车运维费 + 公务用车购置费 + "
                      "因公出国费 (a blank item counts 0)",
                      "0.00", "1,200.00");
}

TEST_F(DeptSelfEvalChecks, FixedAssetsAddUp) {
  expect_unit_failure(
      failures(checks_, with({{"/机构/1/固定资产/出租固定资产", "35000"}})),
      "/机构/1/固定资产/合计",
      "固定资产合计 equals 在用固定资产 + 出租固定资产 + 其他 (a blank item counts 0)",
      "464,812.30", "499,812.30");
}

// A blank (null or absent) item counts 0, and a total or balance the data does
// not state is not checked (the form computes it): the 局机关 row of the seed is
// blank throughout.
TEST_F(DeptSelfEvalChecks, BlankFiguresAreAllowed) {
  Json j = with({{"/机构/1/收入/政府基金拨款", "null"}}, true);
  j["机构"][1]["收入"].erase("纳入专户管理的非税收入拨款");
  j["机构"][1]["收入"].erase("收入合计");
  j["机构"][1]["支出"].erase("当年结余");
  j["机构"][1]["三公经费"] = nullptr;
  j["汇总"]["三公经费"] = nullptr;
  EXPECT_EQ(violations(schema_, j), "");
  EXPECT_EQ(failures(checks_, j), "");
}

// A stated 汇总 is held to the sum over the 机构 (totals and balances from their
// items), naming each figure that differs.
TEST_F(DeptSelfEvalChecks, StatedSummaryIsTheSumOverTheUnits) {
  const std::string f = failures(checks_, with({{"/汇总/收入/公共财政拨款", "2351186.74"},
                                                {"/汇总/支出/当年结余", "121906.95"}},
                                               true));
  EXPECT_EQ(std::count(f.begin(), f.end(), '\n'), 2) << f;
  EXPECT_EQ(
      f.rfind("/汇总/收入: each stated 汇总 figure of 年度收入情况 equals the sum over the 机构",
              0),
      0u)
      << f;
  EXPECT_NE(
      f.find(
          " = \"公共财政拨款：汇总 2,351,186.74 元，各机构之和 2,351,186.75 元\", \"\" = \"\"\n"
          "/汇总/支出: each stated 汇总 figure of 年度支出和结余情况 equals the sum over the 机构"),
      std::string::npos)
      << f;
  EXPECT_NE(f.find(" = \"当年结余：汇总 121,906.95 元，各机构之和 121,906.94 元\", \"\" = \"\"\n"),
            std::string::npos)
      << f;
}

// 五、评价报告综述: the template numbers the headings, so a heading given with its
// own 一、/（一）/1、 is named (it would print 一、一、…).
TEST_F(DeptSelfEvalChecks, ReportHeadingsComeWithoutNumbers) {
  Json j = sample("dept-self-eval-2021.json");
  j["评价报告综述"][0]["标题"] = "一、单位概况";
  j["评价报告综述"][1]["小节"][1]["小节"][0]["标题"] =
      "1、专项资金安排落实、总投入和实际使用等情况分析";
  expect_one_failure(failures(checks_, j),
                     "/评价报告综述: headings of 五、评价报告综述 are given without their numbers",
                     "一、单位概况；1、专项资金安排落实、总投入和实际使用等情况分析");
}

TEST_F(DeptSelfEvalChecks, SchemaRejectsFractionsOfACentAndScoresAbove100) {
  EXPECT_EQ(
      violations(schema_, with({{"/机构/1/收入/其他收入", "200000.005"}, {"/综合得分", "100.5"}})),
      "/机构/1/收入/其他收入: 200000.005 has 3 decimals, at most 2 allowed\n"
      "/综合得分: Expected number less than or equal to 100 (value: 100.5)\n");
}

// Real content is never refused for its size: any number of 二级机构, long names,
// a long report with sub-sections, long paragraphs.
TEST_F(DeptSelfEvalChecks, SchemaAcceptsAnyNumberOfUnitsAndLongText) {
  Json j = sample("dept-self-eval-2021.json");
  j.erase("汇总");
  for (int k = 0; k < 40; ++k) {
    j["机构"].push_back({{"名称", std::string(60, 'x') + std::to_string(k)},
                         {"收入", {{"公共财政拨款", k * 100}}}});
  }
  std::string long_text;
  // 20,000 characters: under the 32,767 an XLSX cell holds (docs/text-and-limits.md)
  for (int k = 0; k < 1000; ++k) long_text += "局机关及各二级机构按照年度预算组织实施。";
  j["评价报告综述"][0]["段落"].push_back(long_text);
  j["评价报告综述"][0]["小节"][0]["小节"] = Json::parse(R"([{"标题": "要点", "段落": ["正文"]}])");
  EXPECT_EQ(violations(schema_, j), "");
  EXPECT_EQ(failures(checks_, j), "");
}

class CommunityAppraisalChecks : public ::testing::Test {
 protected:
  Schema schema_ = Schema::load(checkout("schemas/community-appraisal.schema.json"));
  std::vector<Check> checks_ = load_checks(checkout("schemas/community-appraisal.checks.json"));
  Json j_ = sample("community-appraisal-2023.json");
};

TEST_F(CommunityAppraisalChecks, SamplePassesSchemaAndEveryCheck) {
  ASSERT_EQ(checks_.size(), 25u);  // docs/community-appraisal.md lists them
  EXPECT_GE(j_["社区"].size(), 12u);
  EXPECT_GE(j_["项目"].size(), 30u);
  EXPECT_EQ(violations(schema_, j_), "");
  EXPECT_EQ(failures(checks_, j_), "");
}

TEST_F(CommunityAppraisalChecks, ItemPointsMustAddUpToTheDepartmentBudget) {
  j_["项目"][0]["分值"] = 5;  // DJ01 4 → 5: 党建办 items now 21 of 20
  EXPECT_EQ(failures(checks_, j_),
            "/项目: each department's item points add up to its budget (in the order of 部门): "
            "[sum([项.分值 for 项 in 项目 if 项.部门 == 部.名称]) for 部 in 部门] = "
            "[21,20,15,15,10,10,10], 部门.分值 = [20,20,15,15,10,10,10]\n");
}

TEST_F(CommunityAppraisalChecks, DepartmentsMustAddUpTo100) {
  j_["部门"][6]["分值"] = 12;  // 社区建设办 10 → 12 …
  j_["项目"][30]["分值"] = 6;  // … with its items raised to match: only the 100 fails
  EXPECT_EQ(
      failures(checks_, j_),
      "/部门: the departments' points add up to 100: sum(部门.分值) = 102.00, 100 = 100.00\n");
}

TEST_F(CommunityAppraisalChecks, DeductionsMustNameAListedItem) {
  j_["社区"][3]["扣分"][0]["项目"] = "CG09";
  EXPECT_EQ(
      failures(checks_, j_),
      "/社区: every deduction names a listed item: join([join([concat(c.名称, \"：\", e.项目) "
      "for e in c.扣分 if not contains(项目.编号, e.项目)], \"、\") for c in 社区], \"\") = "
      "\"新华社区：CG09\", \"\" = \"\"\n");
}

TEST_F(CommunityAppraisalChecks, ItemsDepartmentsAndLettersMustBeKnown) {
  j_["项目"][5]["部门"] = "党建部";
  j_["项目"][7]["类别"] = "D";
  const std::string f = failures(checks_, j_);
  EXPECT_NE(f.find("every item belongs to a listed department: "), std::string::npos) << f;
  EXPECT_NE(f.find("= \"DJ06（党建部）\""), std::string::npos) << f;
  EXPECT_NE(f.find("every item's category letter is explained in 类别说明: "), std::string::npos)
      << f;
  EXPECT_NE(f.find("= \"CG02（D）\""), std::string::npos) << f;
}

TEST_F(CommunityAppraisalChecks, NumbersAndNamesMustBeUnique) {
  j_["项目"][8]["编号"] = "CG01";
  j_["社区"][11]["名称"] = "东风社区";
  const std::string f = failures(checks_, j_);
  EXPECT_NE(f.find("item numbers are unique: join("), std::string::npos) << f;
  EXPECT_NE(f.find(" = \"CG01\", \"\" = \"\""), std::string::npos) << f;
  EXPECT_NE(f.find("community names are unique (each names a worksheet): join("), std::string::npos)
      << f;
  EXPECT_NE(f.find(" = \"东风社区\", \"\" = \"\""), std::string::npos) << f;
}

TEST_F(CommunityAppraisalChecks, CapsAndBandsMustBeCoherent) {
  j_["加分规则"]["信息宣传上限"] = 6;
  j_["系数档次"] = Json::parse(R"([{"名次至": 8, "系数": 1.1, "等次": "优秀"},
                                  {"名次至": 3, "系数": 1.0, "等次": "良好"}])");
  EXPECT_EQ(failures(checks_, j_),
            "/加分规则/信息宣传上限: the cap for 信息宣传 lies within the total bonus cap: "
            "加分规则.信息宣传上限 = 6.00, 加分规则.总上限 = 5.00\n"
            "/系数档次: the rank bands are listed in ascending order of 名次至: "
            "sort_by(系数档次.名次至, 系数档次.名次至) = [3,8], 系数档次.名次至 = [8,3]\n"
            "/系数档次: the last rank band covers every community: 系数档次[-1].名次至 = 3, "
            "count(社区) = 12\n");
}

TEST_F(CommunityAppraisalChecks, SchemaKeepsPointsToTheHundredth) {
  j_["社区"][0]["扣分"][0]["每次分值"] = Json::parse("0.125");
  // Bonus kinds are free text (领导批示, 创新工作 …): not refused.
  j_["社区"][0]["加分"][0]["类别"] = "领导批示";
  EXPECT_EQ(violations(schema_, j_),
            "/社区/0/扣分/0/每次分值: 0.125 has 3 decimals, at most 2 allowed\n");
}

}  // namespace
}  // namespace formwork
