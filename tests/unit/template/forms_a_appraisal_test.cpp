// 高级研修项目绩效考核表 (templates/appraisal.xml): every score rule at its
// boundary, the total and 合格/不合格 at 70, the XLSX formulas, and every
// check of schemas/appraisal.checks.json.
#include "forms_a_support.h"

namespace formwork::test::forms_a {
namespace {

const char* kSample = "samples/appraisal-2016.json";

Rendered render(const Json& record) { return render_form("appraisal", record); }

/// 2016002 of the sample: every item above its threshold.
Json base() { return sample(kSample, 0); }

/// Facts whose total is exactly 70 minus `short_by` hundredths: 进度 20,
/// 人数 10, 学时 0, 考核 10, 反馈 0, quality 30 − short_by/100.
Json at_threshold(bool one_cent_short) {
  Json r = base();
  for (const char* k : {"教学水平", "教学内容", "教学模式"}) {
    r["教学评价"][k]["教师"] = std::string(k) == "教学水平" ? 7.5 : 3.75;
    r["教学评价"][k]["学员"] = r["教学评价"][k]["教师"];
  }
  r["服务管理评价"]["组织管理"] = {{"教师", 7.5}, {"学员", 7.5}};
  r["服务管理评价"]["后勤保障"] = {{"教师", 3.75}, {"学员", 3.75}};
  double last = one_cent_short ? 3.74 : 3.75;
  r["服务管理评价"]["服务水平"] = {{"教师", last}, {"学员", last}};
  r["培训学时数"] = 20;
  r["课件共享"] = Json::array();
  r["宣传报道"] = Json::array();
  return r;
}

TEST(FormsAAppraisal, SampleScoresAndResults) {
  Rendered a = render(sample(kSample, 0));
  EXPECT_EQ(a.number("进度得分"), "20");
  EXPECT_EQ(a.number("教学水平得分"), "9.25");  // (9.4 + 9.1) / 2
  EXPECT_EQ(a.number("培训人数合计"), "72");
  EXPECT_EQ(a.text("通过率"), "通过率 97.22%");  // 70 / 72
  EXPECT_EQ(a.number("绩效总分"), "96.8");
  EXPECT_EQ(a.text("绩效总分"), "96.80");
  EXPECT_EQ(a.text("考核结果"), "合格");

  Rendered b = render(sample(kSample, 1));
  EXPECT_EQ(b.number("教学模式得分"), "3.75");  // (3.9 + 3.6) / 2
  EXPECT_EQ(b.number("人数得分"), "10");        // exactly 50 trainees
  EXPECT_EQ(b.number("考核得分"), "0");         // no examination
  EXPECT_EQ(b.number("报道得分"), "0");         // no press report
  EXPECT_EQ(b.number("绩效总分"), "78.05");
  EXPECT_EQ(b.text("考核结果"), "合格");
}

TEST(FormsAAppraisal, CompletionInThePlanYearScores20) {
  Json r = base();
  r["项目进度"]["实际完成日期"] = "2016-12-31";
  EXPECT_EQ(render(r).number("进度得分"), "20");
  r["项目进度"]["实际完成日期"] = "2017-01-01";
  r["填报日期"] = "2017-01-10";
  EXPECT_EQ(render(r).number("进度得分"), "0");
  r["项目进度"]["实际完成日期"] = nullptr;
  Rendered open = render(r);
  EXPECT_EQ(open.number("进度得分"), "0");
  EXPECT_NE(cell_text(table(open.doc, 3).rows[3].cells[4]).find("未完成"), std::string::npos);
}

TEST(FormsAAppraisal, QualityItemIsTheRoundedMeanOfBothRatings) {
  Json r = base();
  r["教学评价"]["教学水平"] = {{"教师", 9.35}, {"学员", 9.2}};  // 9.275 → 9.28
  r["服务管理评价"]["后勤保障"] = {{"教师", 0}, {"学员", 5}};   // 2.5
  Rendered a = render(r);
  EXPECT_EQ(a.number("教学水平得分"), "9.28");
  EXPECT_EQ(a.number("后勤保障得分"), "2.5");
  EXPECT_EQ(a.formula("教学水平得分"), "ROUND((RC[-2]+RC[-1])/2,2)");
}

TEST(FormsAAppraisal, TraineesScoreFromFiftyIncludingManagers) {
  Json r = base();
  r["培训人数"] = {{"高级人数", 10}, {"中级人数", 20}, {"其他人数", 10}, {"管理人员人数", 9}};
  r["学员考核"]["参加人数"] = 49;
  r["学员考核"]["通过人数"] = 40;
  Rendered under = render(r);
  EXPECT_EQ(under.number("培训人数合计"), "49");
  EXPECT_EQ(under.number("人数得分"), "0");
  r["培训人数"]["管理人员人数"] = 10;
  Rendered at = render(r);
  EXPECT_EQ(at.number("培训人数合计"), "50");
  EXPECT_EQ(at.number("人数得分"), "10");
  EXPECT_EQ(at.formula("人数得分"), "IF(R[4]C[-1]>=50,10,0)");
  EXPECT_EQ(at.formula("培训人数合计"), "SUM(R[-4]C:R[-1]C)");
}

TEST(FormsAAppraisal, HoursScoreFrom24) {
  Json r = base();
  r["培训学时数"] = 23;
  EXPECT_EQ(render(r).number("学时得分"), "0");
  r["培训学时数"] = 23.9;
  EXPECT_EQ(render(r).number("学时得分"), "0");
  r["培训学时数"] = 24;
  EXPECT_EQ(render(r).number("学时得分"), "10");
}

TEST(FormsAAppraisal, PassRateScoresFrom70PercentComparedExactly) {
  Json r = base();
  r["培训人数"] = {{"高级人数", 400}, {"中级人数", 400}, {"其他人数", 100}, {"管理人员人数", 100}};
  r["学员考核"] = {
      {"已考核", true}, {"考核方式", "闭卷考试"}, {"参加人数", 1000}, {"通过人数", 699}};
  Rendered below = render(r);
  EXPECT_EQ(below.number("考核得分"), "0");
  EXPECT_EQ(below.text("通过率"), "通过率 69.90%");
  r["学员考核"]["通过人数"] = 700;
  Rendered at = render(r);
  EXPECT_EQ(at.number("考核得分"), "10");
  EXPECT_EQ(at.number("通过率"), "0.7");
  // 69.996 % shows as 70.00 % but is below 70 %: the rule compares exactly.
  r["学员考核"] = {
      {"已考核", true}, {"考核方式", "闭卷考试"}, {"参加人数", 25000}, {"通过人数", 17499}};
  r["培训人数"]["高级人数"] = 24700;
  Rendered rounded = render(r);
  EXPECT_EQ(rounded.text("通过率"), "通过率 70.00%");
  EXPECT_EQ(rounded.number("考核得分"), "0");
  EXPECT_EQ(at.formula("考核得分"), "IF(AND(RC[-2]>0,RC[-1]*10>=RC[-2]*7),10,0)");
}

TEST(FormsAAppraisal, NoExaminationScoresZero) {
  Json r = base();
  r["学员考核"] = {{"已考核", false}};
  Rendered a = render(r);
  EXPECT_EQ(a.number("考核得分"), "0");
  EXPECT_EQ(a.cells.count("通过率"), 0u);  // no rate is shown without an examination
  EXPECT_EQ(a.number("绩效总分"), "86.8");
}

TEST(FormsAAppraisal, FeedbackNeedsAtLeastOneItem) {
  Json r = base();
  r["课件共享"] = Json::array();
  r["宣传报道"] =
      Json::array({{{"媒体", "齐鲁晚报"}, {"日期", "2016-09-21"}, {"标题", "研修班开班"}}});
  Rendered a = render(r);
  EXPECT_EQ(a.number("共享得分"), "0");
  EXPECT_EQ(a.number("报道得分"), "5");
}

TEST(FormsAAppraisal, TotalBelow70FailsAndExactly70Passes) {
  Rendered short_of = render(at_threshold(true));
  EXPECT_EQ(short_of.number("绩效总分"), "69.99");
  EXPECT_EQ(short_of.text("考核结果"), "不合格");
  Rendered at = render(at_threshold(false));
  EXPECT_EQ(at.number("绩效总分"), "70");
  EXPECT_EQ(at.text("考核结果"), "合格");
  EXPECT_EQ(at.formula("绩效总分"), "SUM(R[-18]C:R[-1]C)");
  EXPECT_EQ(at.formula("考核结果"), "IF(R[-1]C>=70,\"合格\",\"不合格\")");
}

TEST(FormsAAppraisal, TotalFormulaCoversExactlyTheScoreRows) {
  // The SUM range must start at the 项目进度 row: 18 rows above the total.
  Rendered a = render(base());
  const Table& t = table(a.doc, 3);
  size_t total_row = 0, progress_row = 0;
  for (size_t i = 0; i < t.rows.size(); ++i)
    for (const Cell& c : t.rows[i].cells) {
      if (c.anchor == "绩效总分") total_row = i;
      if (c.anchor == "进度得分") progress_row = i;
    }
  EXPECT_EQ(total_row - progress_row, 18u);
}

/// The first cell of the 绩效考核表 whose shown text is `text`.
const Cell& shown(const Document& doc, const std::string& text) {
  const Table& t = table(doc, 3);
  for (const Row& r : t.rows)
    for (const Cell& c : r.cells)
      if (cell_text(c) == text) return c;
  ADD_FAILURE() << "no cell shows " << text;
  static const Cell none;
  return none;
}

// The fact cells stay numbers in XLSX; their number formats print them as
// the PDF does, with a word for zero where the form says 未考核 / 未共享.
TEST(FormsAAppraisal, FactCellsKeepNumbersWithTheirUnits) {
  Rendered a = render(base());
  struct Expect {
    const char* text;
    const char* number;
    const char* format;
  };
  for (const Expect& e :
       {Expect{"计划2016年", "2016", "\"计划\"0\"年\""}, Expect{"42学时", "42", "General\"学时\""},
        Expect{"参加72人", "72", "\"参加\"0\"人\""}, Expect{"通过70人", "70", "\"通过\"0\"人\""},
        Expect{"共享2项", "2", "\"共享\"0\"项\";-0;\"未共享\""},
        Expect{"报道2篇", "2", "\"报道\"0\"篇\";-0;\"未报道\""}}) {
    const Cell& c = shown(a.doc, e.text);
    ASSERT_TRUE(c.value.number) << e.text;
    EXPECT_EQ(c.value.number->to_string(), e.number) << e.text;
    EXPECT_EQ(c.value.number_format, e.format) << e.text;
  }
  EXPECT_EQ(a.cell("通过率").value.number_format, "\"通过率 \"0.00%");

  Rendered b = render(sample(kSample, 1));  // no examination, no press report
  EXPECT_EQ(shown(b.doc, "未考核").value.number_format, "0;-0;\"未考核\"");
  EXPECT_EQ(shown(b.doc, "未考核").value.number->to_string(), "0");
  EXPECT_EQ(shown(b.doc, "未报道").value.number_format, "\"报道\"0\"篇\";-0;\"未报道\"");
}

TEST(FormsAAppraisal, SampleAndEdgeRecordsPassTheChecks) {
  EXPECT_TRUE(failed_checks("appraisal", sample(kSample, 0)).empty());
  EXPECT_TRUE(failed_checks("appraisal", sample(kSample, 1)).empty());
}

TEST(FormsAAppraisal, CheckPassedAboveExamined) {
  Json r = base();
  r["学员考核"]["通过人数"] = 73;
  auto f = failed_checks("appraisal", r);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("学员考核.通过人数", 0), 0u);
}

TEST(FormsAAppraisal, CheckExaminedAboveTrainees) {
  Json r = base();
  r["学员考核"]["参加人数"] = 73;
  r["学员考核"]["通过人数"] = 70;
  auto f = failed_checks("appraisal", r);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("学员考核.参加人数", 0), 0u);
}

TEST(FormsAAppraisal, CheckCompletedAfterTheFormDate) {
  Json r = base();
  r["项目进度"]["实际完成日期"] = "2016-10-21";  // form dated 2016-10-20
  auto f = failed_checks("appraisal", r);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].rfind("项目进度.实际完成日期", 0), 0u);
  r["项目进度"]["实际完成日期"] = nullptr;  // not completed: nothing to compare
  EXPECT_TRUE(failed_checks("appraisal", r).empty());
}

}  // namespace
}  // namespace formwork::test::forms_a
