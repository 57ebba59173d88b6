// 经费绩效评价自评报告 (templates/self-eval-report.xml): sentences quote the
// computed figures of the tables, the money rules (执行率, 结余, 自筹), 占比
// without 尾差, the shortfall list, equality with the 绩效考核表's scores,
// and every check of schemas/self-eval-report.checks.json.
#include "forms_a_support.h"

namespace formwork::test::forms_a {
namespace {

const char* kSample = "samples/self-eval-report-2016.json";
const char* kForm = "self-eval-report";

Rendered render(const Json& record) { return render_form(kForm, record); }

/// Every body paragraph's text joined with newlines.
std::string body_text(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks)
    if (std::holds_alternative<Paragraph>(b)) s += std::get<Paragraph>(b).text() + "\n";
  return s;
}

bool contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(FormsAReport, SentencesQuoteTheTableFigures) {
  Rendered r = render(sample(kSample, 0));
  std::string text = body_text(r.doc);
  EXPECT_EQ(r.text("经费合计"), "186,432.50");
  EXPECT_EQ(r.text("执行率"), "98.12%");  // 186,432.50 ÷ 190,000
  EXPECT_EQ(r.text("结余"), "3,567.50");
  EXPECT_EQ(r.text("单位自筹"), "0.00");
  EXPECT_EQ(r.number("绩效总分"), "96.8");
  EXPECT_EQ(r.text("考核结果"), "合格");
  EXPECT_TRUE(contains(text, "项目实际支出186,432.50元（人民币壹拾捌万陆仟肆佰叁拾贰元伍角整）"));
  EXPECT_TRUE(contains(text, "资助资金执行率98.12%；结余资金3,567.50元，按规定退回拨付单位。"));
  EXPECT_TRUE(contains(text, "项目绩效总分96.80分，考核结果为合格"));
  EXPECT_TRUE(contains(text, "人均培训成本2,589.34元"));  // 186,432.50 ÷ 72
  EXPECT_TRUE(contains(text, "72人参加考核，70人通过，通过率97.22%"));
}

TEST(FormsAReport, OverspendingIsSelfFundedWithoutBalance) {
  Rendered r = render(sample(kSample, 1));
  std::string text = body_text(r.doc);
  EXPECT_EQ(r.text("经费合计"), "128,760.75");
  EXPECT_EQ(r.text("执行率"), "100.00%");
  EXPECT_EQ(r.text("结余"), "0.00");
  EXPECT_EQ(r.text("单位自筹"), "28,760.75");
  EXPECT_EQ(r.number("绩效总分"), "78.05");
  EXPECT_TRUE(contains(text, "超出资助的28,760.75元由单位自筹，资助资金无结余。"));
  EXPECT_TRUE(contains(text, "未组织学员考核"));
  EXPECT_EQ(r.formula("单位自筹"), "R[-2]C-R[-1]C");
  EXPECT_EQ(r.formula("结余"), "@拨付资金-R[-3]C");
  EXPECT_EQ(r.formula("执行率"), "R[-2]C/@拨付资金");
}

TEST(FormsAReport, ChangingAnItemMovesTableAndTextTogether) {
  Json j = sample(kSample, 0);
  j["资金"]["费用"][6]["金额"] = 7494.70;  // 其他 3,927.20 → 7,494.70: total 190,000.00
  Rendered r = render(j);
  std::string text = body_text(r.doc);
  EXPECT_EQ(r.text("经费合计"), "190,000.00");
  EXPECT_EQ(r.text("结余"), "0.00");
  EXPECT_TRUE(contains(text, "项目实际支出190,000.00元"));
  EXPECT_TRUE(contains(text, "资助资金执行率100.00%；资助资金无结余。"));
}

TEST(FormsAReport, SharesAddUpTo100PercentWithoutTailDifference) {
  Json j = sample(kSample, 0);
  j["资金"]["费用"] = Json::array({{{"项目", "住宿费"}, {"金额", 10000}},
                                   {{"项目", "伙食费"}, {"金额", 10000}},
                                   {{"项目", "场地费"}, {"金额", 10000}}});
  // Plain rounding shows 33.33 % three times (99.99 %); the parts are
  // rounded together so the column reads 33.34 + 33.33 + 33.33 = 100.00.
  Rendered r = render(j);
  EXPECT_EQ(r.text("占比合计"), "100.00%");
  EXPECT_EQ(r.number("占比合计"), "1");
  const Table* t = nullptr;
  for (const Block& b : r.doc.blocks)
    if (std::holds_alternative<Table>(b) && !t) t = &std::get<Table>(b);
  ASSERT_NE(t, nullptr);
  ASSERT_GE(t->rows.size(), 4u);
  EXPECT_EQ(cell_text(t->rows[1].cells[2]), "33.34%");
  EXPECT_EQ(cell_text(t->rows[2].cells[2]), "33.33%");
  EXPECT_EQ(cell_text(t->rows[3].cells[2]), "33.33%");
}

TEST(FormsAReport, ShortfallsAreListedFromTheScores) {
  std::string text = body_text(render(sample(kSample, 1)).doc);
  EXPECT_TRUE(contains(text, "以下8项指标未得满分：教学水平8.40分（满分10分）；"));
  EXPECT_TRUE(contains(text, "学员考核通过率0.00分（满分10分）；宣传报道0.00分（满分5分）。"));
  Json j = sample(kSample, 0);
  Json& k = j["绩效考核"];
  k["教学评价"] = {{"教学水平", {{"教师", 10}, {"学员", 10}}},
                   {"教学内容", {{"教师", 5}, {"学员", 5}}},
                   {"教学模式", {{"教师", 5}, {"学员", 5}}}};
  k["服务管理评价"] = {{"组织管理", {{"教师", 10}, {"学员", 10}}},
                       {"后勤保障", {{"教师", 5}, {"学员", 5}}},
                       {"服务水平", {{"教师", 5}, {"学员", 5}}}};
  k["学员考核"]["通过人数"] = 72;
  Rendered full = render(j);
  EXPECT_EQ(full.number("绩效总分"), "100");
  EXPECT_TRUE(contains(body_text(full.doc), "项目各项绩效指标均得满分"));
}

TEST(FormsAReport, ScoresEqualTheAppraisalFormForTheSameFacts) {
  // The report repeats the 附件5 rules; both forms must agree on every record.
  std::vector<Json> variants;
  for (size_t i = 0; i < 2; ++i) variants.push_back(sample(kSample, i));
  Json v = sample(kSample, 0);
  v["绩效考核"]["培训人数"]["管理人员人数"] = 0;
  v["绩效考核"]["培训人数"]["高级人数"] = 7;  // 49 trainees
  v["绩效考核"]["学员考核"]["参加人数"] = 49;
  v["绩效考核"]["学员考核"]["通过人数"] = 34;  // 69.39 %
  v["绩效考核"]["培训学时数"] = 23.5;
  v["绩效考核"]["项目进度"]["实际完成日期"] = nullptr;
  variants.push_back(v);
  for (const Json& rep : variants) {
    Json form = sample("samples/appraisal-2016.json", 0);
    for (const auto& [k, val] : rep["绩效考核"].items()) form[k] = val;
    Rendered a = render_form("appraisal", form);
    Rendered r = render(rep);
    EXPECT_EQ(a.number("绩效总分"), r.number("绩效总分")) << rep["编号"];
    EXPECT_EQ(a.text("考核结果"), r.text("考核结果"));
    EXPECT_EQ(a.number("进度得分"), r.number("进度得分"));
  }
  // 进度 0 + 质量 36.8 + 人数 0 (49) + 学时 0 (23.5) + 考核 0 (69.39 %) + 反馈 10
  EXPECT_EQ(render(v).number("绩效总分"), "46.8");
}

// 表2 has two row groups under merged labels, so a page break can fall only
// between them; the value cells keep their relative formulas.
TEST(FormsAReport, FundsTableIsTwoMergedGroups) {
  Rendered r = render(sample(kSample, 0));
  const Table* t2 = nullptr;
  for (const Block& b : r.doc.blocks)
    if (std::holds_alternative<Table>(b)) {
      const Table& t = std::get<Table>(b);
      if (!t.rows.empty() && cell_text(t.rows[0].cells[0]) == "资金到位") t2 = &t;
    }
  ASSERT_NE(t2, nullptr);
  ASSERT_EQ(t2->rows.size(), 8u);
  EXPECT_EQ(t2->rows[0].cells[0].rowspan, 3);
  EXPECT_EQ(cell_text(t2->rows[3].cells[0]), "资金使用");
  EXPECT_EQ(t2->rows[3].cells[0].rowspan, 5);
  for (size_t i : {1u, 2u, 4u, 5u, 6u, 7u}) EXPECT_EQ(t2->rows[i].cells.size(), 3u) << i;
  EXPECT_EQ(r.formula("到位率"), "R[-1]C/R[-2]C");
  EXPECT_EQ(r.formula("资助支出"), "MIN(R[-1]C,@拨付资金)");
}

TEST(FormsAReport, SamplesPassEveryCheck) {
  EXPECT_EQ(failed_checks(kForm, sample(kSample, 0)), std::vector<std::string>{});
  EXPECT_EQ(failed_checks(kForm, sample(kSample, 1)), std::vector<std::string>{});
}

TEST(FormsAReport, CheckGrantMatchesTheProjectKind) {
  Json j = sample(kSample, 1);  // P: 10万元
  j["资金"]["拨付资金"] = 190000;
  j["资金"]["到位资金"] = 190000;
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("资金.拨付资金", 0), 0u);
  EXPECT_EQ(failing_left_side(kForm, j), "190000");
}

TEST(FormsAReport, CheckArrivedFundsWithinTheGrant) {
  Json j = sample(kSample, 0);
  j["资金"]["到位资金"] = 190000.01;
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("资金.到位资金", 0), 0u);
}

TEST(FormsAReport, CheckDatesInOrder) {
  Json j = sample(kSample, 0);
  j["资金"]["到位日期"] = "2016-10-21";  // after the report date
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("资金.到位日期", 0), 0u);
  j = sample(kSample, 0);
  j["绩效考核"]["项目进度"]["实际完成日期"] = "2016-09-23";  // before the last day
  EXPECT_EQ(failed_checks(kForm, j).size(), 1u);
  j = sample(kSample, 0);
  j["绩效考核"]["项目进度"]["实际完成日期"] = "2016-10-21";  // after the report date
  f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].find("after the report is dated"), std::string::npos);
  j = sample(kSample, 0);
  j["结束日期"] = "2016-09-18";
  j["绩效考核"]["项目进度"]["实际完成日期"] = "2016-09-18";
  EXPECT_EQ(failed_checks(kForm, j).size(), 1u);  // ends before it starts
}

TEST(FormsAReport, CheckExaminationCounts) {
  Json j = sample(kSample, 0);
  j["绩效考核"]["学员考核"]["通过人数"] = 73;
  j["绩效考核"]["学员考核"]["参加人数"] = 73;
  auto f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);  // 73 examined of 72 trainees
  EXPECT_EQ(f[0].rfind("绩效考核.学员考核.参加人数", 0), 0u);
  j["绩效考核"]["学员考核"]["参加人数"] = 72;
  f = failed_checks(kForm, j);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("绩效考核.学员考核.通过人数", 0), 0u);
}

}  // namespace
}  // namespace formwork::test::forms_a
