// 项目支出绩效自评表 (templates/project-self-eval.xml): 执行率 and its
// capped score, positive / reverse / qualitative indicator rules, given
// scores, the 万元 block without 尾差, total and grade, the XLSX formulas,
// and every check of schemas/project-self-eval.checks.json.
#include "forms_a_support.h"

namespace formwork::test::forms_a {
namespace {

const char* kSample = "samples/project-self-eval-2021.json";
const char* kForm = "project-self-eval";

Rendered render(const Json& record) { return render_form(kForm, record); }

/// The 得分 cell of the indicator row whose 三级指标 cell reads `name`.
const Cell& score_cell(const Document& doc, const std::string& name) {
  for (const Block& b : doc.blocks) {
    if (!std::holds_alternative<Table>(b)) continue;
    for (const Row& r : std::get<Table>(b).rows)
      for (size_t i = 0; i + 4 < r.cells.size(); ++i)
        if (cell_text(r.cells[i]) == name) return r.cells[i + 4];
  }
  ADD_FAILURE() << "no indicator row " << name;
  static const Cell none;
  return none;
}

std::string score(const Document& doc, const std::string& name) {
  const Cell& c = score_cell(doc, name);
  return c.value.number ? c.value.number->to_string() : "(none)";
}

TEST(FormsAProjectEval, SampleExecutionRateFromTheYuanFigures) {
  Rendered r = render(sample(kSample));
  EXPECT_EQ(r.number("执行率"), "0.408731107692307692");  // 265,675.22 ÷ 650,000
  EXPECT_EQ(r.text("执行率"), "40.87%");                  // 26.57 ÷ 65 would be 40.88 %
  EXPECT_EQ(r.formula("执行率"), "@全年执行元/@全年预算元");
  EXPECT_EQ(r.text("全年预算万元"), "65.00");
  EXPECT_EQ(r.text("全年执行万元"), "26.57");
  EXPECT_EQ(r.number("预算得分"), "4.09");
  EXPECT_EQ(r.formula("预算得分"), "ROUND(MIN(RC[-2],RC[-1]*RC[-2]),2)");
}

TEST(FormsAProjectEval, SampleTotalAndGrade) {
  Rendered r = render(sample(kSample));
  EXPECT_EQ(r.number("总分值"), "100");
  // 4.09 + 产出 48.2 (1.4 and 0.8 given) + 效益 30 + 满意度 10
  EXPECT_EQ(r.number("总分"), "92.29");
  EXPECT_EQ(r.text("等级"), "优");
  EXPECT_EQ(r.formula("总分"), "SUM(R[-35]C:R[-1]C)+@预算得分");
  EXPECT_EQ(r.formula("总分值"), "SUM(R[-35]C:R[-1]C)+@预算分值");
  EXPECT_EQ(r.formula("等级"),
            "IF(R[-1]C>=90,\"优\",IF(R[-1]C>=80,\"良\",IF(R[-1]C>=60,\"中\",\"差\")))");
}

TEST(FormsAProjectEval, ExecutionAbove100PercentIsCapped) {
  Json j = sample(kSample);
  j["资金"]["本年财政拨款"]["全年执行数"] = 700000;
  Rendered r = render(j);
  EXPECT_EQ(r.text("执行率"), "107.69%");
  EXPECT_EQ(r.number("预算得分"), "10");
  j["资金"]["本年财政拨款"]["全年执行数"] = 650000;
  EXPECT_EQ(render(j).number("预算得分"), "10");
}

TEST(FormsAProjectEval, PositiveIndicatorBelowTargetScoresItsShare) {
  Json j = sample(kSample);
  indicator(j, "大讲堂培训合格率")["完成值"] = 76;  // 76 / 95 × 3
  Rendered r = render(j);
  EXPECT_EQ(score(r.doc, "大讲堂培训合格率"), "2.4");
  EXPECT_EQ(score_cell(r.doc, "大讲堂培训合格率").value.formula_r1c1,
            "ROUND(MAX(0,MIN(RC[-1],RC[-1]*RC[-2]/RC[-3])),2)");
  indicator(j, "大讲堂培训合格率")["完成值"] = 99;  // above target: full, not more
  EXPECT_EQ(score(render(j).doc, "大讲堂培训合格率"), "3");
}

TEST(FormsAProjectEval, ReverseIndicatorFromTargetToTwiceTarget) {
  Json j = sample(kSample);
  Json& x = indicator(j, "基本支出成本");  // ≤ 600 万元, 2 points
  x["完成值"] = 600;
  EXPECT_EQ(score(render(j).doc, "基本支出成本"), "2");
  x["完成值"] = 900;  // (1 − 300 / 600) × 2
  EXPECT_EQ(score(render(j).doc, "基本支出成本"), "1");
  x["完成值"] = 1199.99;  // just under twice the target: 0.00003 × 2 → 0.00
  EXPECT_EQ(score(render(j).doc, "基本支出成本"), "0");
  x["完成值"] = 1200;
  EXPECT_EQ(score(render(j).doc, "基本支出成本"), "0");
  x["完成值"] = 1500;
  Rendered r = render(j);
  EXPECT_EQ(score(r.doc, "基本支出成本"), "0");
  EXPECT_EQ(score_cell(r.doc, "基本支出成本").value.formula_r1c1,
            "ROUND(RC[-1]*MAX(0,MIN(1,2-RC[-2]/RC[-3])),2)");
}

TEST(FormsAProjectEval, QualitativeMetScoresFullAndGivenScoresWin) {
  Json j = sample(kSample);
  Rendered r = render(j);
  EXPECT_EQ(score(r.doc, "政府采购规范性"), "2");
  EXPECT_EQ(score_cell(r.doc, "政府采购规范性").value.formula_r1c1, "RC[-1]");
  EXPECT_EQ(score(r.doc, "支付进度率"), "0.8");  // given, with its reason
  EXPECT_EQ(score_cell(r.doc, "支付进度率").value.formula_r1c1, "");
  indicator(j, "项目支出成本")["得分"] = 1.5;  // a given score overrides the rule
  indicator(j, "项目支出成本")["偏差原因"] = "成本核算口径调整";
  Rendered g = render(j);
  EXPECT_EQ(score(g.doc, "项目支出成本"), "1.5");
  EXPECT_EQ(score_cell(g.doc, "项目支出成本").value.formula_r1c1, "");
  EXPECT_EQ(g.number("总分"), "91.79");
}

TEST(FormsAProjectEval, GradeBoundaryAt90) {
  Json j = sample(kSample);
  Json& x = indicator(j, "社会公众满意度");
  x["偏差原因"] = "问卷样本不足";
  x["得分"] = 2.7;  // 92.29 − 5 + 2.7
  Rendered below = render(j);
  EXPECT_EQ(below.number("总分"), "89.99");
  EXPECT_EQ(below.text("等级"), "良");
  x["得分"] = 2.71;
  Rendered at = render(j);
  EXPECT_EQ(at.number("总分"), "90");
  EXPECT_EQ(at.text("等级"), "优");
}

TEST(FormsAProjectEval, WanYuanPartsAddUpToTheShownTotal) {
  Json j = sample(kSample);
  for (const char* k : {"本年财政拨款", "上年结转资金", "其他资金"})
    j["资金"][k] = {{"年初预算数", 10050}, {"全年预算数", 10050}, {"全年执行数", 10050}};
  // Each part is 1.005 万元; plain rounding gives 1.01 × 3 = 3.03, but the
  // total 3.015 rounds to 3.02.
  Rendered r = render(j);
  EXPECT_EQ(r.text("全年预算万元"), "3.02");
  EXPECT_EQ(r.text("预算万元1"), "1.01");
  EXPECT_EQ(r.text("预算万元2"), "1.01");
  EXPECT_EQ(r.text("预算万元3"), "1.00");
  EXPECT_EQ(r.formula("全年预算万元"), "SUM(R[1]C:R[3]C)");
  EXPECT_EQ(r.text("执行率"), "100.00%");
}

TEST(FormsAProjectEval, SamplePassesEveryCheck) {
  EXPECT_EQ(failed_checks(kForm, sample(kSample)), std::vector<std::string>{});
}

TEST(FormsAProjectEval, CheckWeightsMustSumTo100) {
  Json j = sample(kSample);
  indicator(j, "科普大讲堂")["分值"] = 1;
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].find("sum to 100"), std::string::npos);
  EXPECT_EQ(failing_left_side(kForm, j), "99");
  j = sample(kSample);
  j["预算执行率分值"] = 11;
  EXPECT_EQ(failed_checks(kForm, j).size(), 1u);
}

TEST(FormsAProjectEval, CheckGivenScoreAboveItsWeight) {
  Json j = sample(kSample);
  indicator(j, "支付进度率")["得分"] = 2.5;  // weight 2
  indicator(j, "支付进度率")["完成程度"] = "达成";
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].find("above its indicator"), std::string::npos);
  EXPECT_EQ(failing_left_side(kForm, j), "支付进度率；");
}

TEST(FormsAProjectEval, CheckGivenScoreNeedsAReason) {
  Json j = sample(kSample);
  indicator(j, "支付进度率").erase("偏差原因");
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].find("needs its 偏差原因"), std::string::npos);
  EXPECT_EQ(failing_left_side(kForm, j), "支付进度率；");
}

TEST(FormsAProjectEval, CheckQualitativeNotMetNeedsAScore) {
  Json j = sample(kSample);
  indicator(j, "资产管理规范性")["完成程度"] = "部分达成";
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].find("部分达成 or 未达成 needs"), std::string::npos);
}

TEST(FormsAProjectEval, CheckQualitativeScoreWithinItsBand) {
  Json j = sample(kSample);
  Json& x = indicator(j, "绩效管理制度执行有效性");  // 部分达成, weight 2: [1.2, 1.6)
  x["得分"] = 1.2;
  EXPECT_TRUE(failed_checks(kForm, j).empty());
  x["得分"] = 1.6;
  EXPECT_EQ(failing_left_side(kForm, j), "绩效管理制度执行有效性；");
  x["得分"] = 1.19;
  EXPECT_EQ(failed_checks(kForm, j).size(), 1u);
  x["完成程度"] = "达成";  // 达成: at least 80 %
  x["得分"] = 1.6;
  EXPECT_TRUE(failed_checks(kForm, j).empty());
  x["得分"] = 1.59;
  EXPECT_EQ(failed_checks(kForm, j).size(), 1u);
  x["完成程度"] = "未达成";  // 未达成: under 60 %
  x["得分"] = 1.2;
  EXPECT_EQ(failed_checks(kForm, j).size(), 1u);
}

TEST(FormsAProjectEval, CheckBudgetMustBePositive) {
  Json j = sample(kSample);
  j["资金"]["本年财政拨款"]["全年预算数"] = 0;
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("资金", 0), 0u);
}

}  // namespace
}  // namespace formwork::test::forms_a
