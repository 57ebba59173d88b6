// templates/dept-self-eval.xml (部门整体支出绩效自评表, issue 4 form 3): the seed's
// figures in 万元, tables without 尾差, balances that hold for the shown figures,
// 评价等次 from 综合得分, and the signature and opinion boxes.
#include "forms_b_test_util.h"

namespace formwork::test {
namespace {

/// The shown 万元 figures of one rendered form, by name.
struct Shown {
  std::vector<Decimal> income;  ///< 收入合计, 上年结转, 公共财政拨款, 政府基金, 非税, 其他收入
  std::vector<Decimal> spend;  ///< 支出合计, 基本, 人员, 公用, 项目, 当年结余, 累计结余
  std::vector<Decimal> sangong;  ///< 合计, 接待, 运维, 购置, 出国
  std::vector<Decimal> assets;   ///< 合计, 在用, 出租, 其他
};

Decimal abs_diff(const Decimal& a, const Decimal& b) {
  const Decimal d = a - b;
  return d.sign() < 0 ? -d : d;
}

std::vector<Decimal> numbers_after_name(const Row& r) {
  std::vector<Decimal> out;
  for (size_t i = 1; i < r.cells.size(); ++i) out.push_back(number_of(r.cells[i]));
  return out;
}

class DeptSelfEval : public ::testing::Test {
 protected:
  Document render(const nlohmann::ordered_json& j) { return tpl_.render(to_value(j)); }

  static std::vector<const Table*> tables(const Document& d) { return tables_in(parts_of(d)[0]); }

  static Shown shown(const Document& d) {
    const std::vector<const Table*> ts = tables(d);
    return {numbers_after_name(table_starting(ts, "二、部门（单位）收支情况").rows.back()),
            numbers_after_name(
                table_starting(ts, "部门（单位）年度支出和结余情况（万元）").rows.back()),
            numbers_after_name(table_starting(ts, "三公经费（万元）").rows.back()),
            numbers_after_name(table_starting(ts, "固定资产（万元）").rows.back())};
  }

  /// The sample with the income and spending parts replaced (元) and the
  /// stated totals made consistent, as the checks would require.
  static nlohmann::ordered_json with_amounts(const std::vector<std::string>& income,
                                             const std::vector<std::string>& spend) {
    nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
    const char* in_keys[] = {"上年结转", "公共财政拨款", "政府基金拨款",
                             "纳入专户管理的非税收入拨款", "其他收入"};
    Decimal in_total;
    for (size_t i = 0; i < 5; ++i) {
      j["收入"][in_keys[i]] = nlohmann::ordered_json::parse(income[i]);
      in_total = in_total + dec(income[i]);
    }
    j["收入"]["收入合计"] = nlohmann::ordered_json::parse(in_total.to_string());
    const Decimal basic = dec(spend[0]) + dec(spend[1]);
    const Decimal total = basic + dec(spend[2]);
    const Decimal year = in_total - dec(income[0]) - total;
    j["支出"]["人员支出"] = nlohmann::ordered_json::parse(spend[0]);
    j["支出"]["公用支出"] = nlohmann::ordered_json::parse(spend[1]);
    j["支出"]["项目支出"] = nlohmann::ordered_json::parse(spend[2]);
    j["支出"]["基本支出"] = nlohmann::ordered_json::parse(basic.to_string());
    j["支出"]["支出合计"] = nlohmann::ordered_json::parse(total.to_string());
    j["支出"]["当年结余"] = nlohmann::ordered_json::parse(year.to_string());
    j["支出"]["累计结余"] = nlohmann::ordered_json::parse((year + dec(income[0])).to_string());
    return j;
  }

  Template tpl_ = checkout_template("dept-self-eval");
};

std::vector<std::string> texts_after_name(const Row& r) {
  std::vector<std::string> out;
  for (size_t i = 1; i < r.cells.size(); ++i) out.push_back(cell_text(r.cells[i]));
  return out;
}

using Texts = std::vector<std::string>;

TEST_F(DeptSelfEval, SampleShowsTheSeedFigures) {
  Document d = render(sample_json("dept-self-eval-2021.json"));
  const std::vector<const Table*> ts = tables(d);
  const Row& income = table_starting(ts, "二、部门（单位）收支情况").rows.back();
  EXPECT_EQ(cell_text(income.cells[0]), "新港区分局");
  EXPECT_EQ(texts_after_name(income), (Texts{"255.18", "0.06", "235.12", "0.00", "0.00", "20.00"}));
  EXPECT_EQ(
      texts_after_name(table_starting(ts, "部门（单位）年度支出和结余情况（万元）").rows.back()),
      (Texts{"242.93", "197.47", "172.33", "25.14", "45.46", "12.19", "12.25"}));
  EXPECT_EQ(texts_after_name(table_starting(ts, "三公经费（万元）").rows.back()),
            (Texts{"0.00", "0.00", "0.00", "0.00", "0.00"}));
  const Table& assets = table_starting(ts, "固定资产（万元）");
  EXPECT_EQ(texts_after_name(assets.rows.back()), (Texts{"46.48", "46.48", "0.00", "0.00"}));
  EXPECT_EQ(cell_text(assets.rows[2].cells[0]), "在用固定资产（净值）");
  EXPECT_EQ(cell_text(anchored(ts, "综合得分")), "96");
  EXPECT_EQ(cell_text(row_starting(table_starting(ts, "整体支出绩效定量目标及实施计划完成情况"),
                                   "评价等次")
                          .cells[1]),
            "优");
}

TEST_F(DeptSelfEval, TotalsAndBalancesAreFormulasOverTheShownCells) {
  Document d = render(sample_json("dept-self-eval-2021.json"));
  const std::vector<const Table*> ts = tables(d);
  const Cell& in_total = anchored(ts, "收入合计");
  EXPECT_EQ(in_total.value.formula_r1c1, "SUM(RC[1]:RC[5])");
  EXPECT_EQ(number_of(in_total), dec("255.18"));
  const Row& spend = table_starting(ts, "部门（单位）年度支出和结余情况（万元）").rows.back();
  EXPECT_EQ(spend.cells[1].value.formula_r1c1, "RC[1]+RC[4]");
  EXPECT_EQ(spend.cells[2].value.formula_r1c1, "RC[1]+RC[2]");
  EXPECT_EQ(spend.cells[6].value.formula_r1c1, "@收入合计-@上年结转-RC[-5]");
  EXPECT_EQ(spend.cells[7].value.formula_r1c1, "RC[-1]+@上年结转");
  EXPECT_TRUE(spend.cells[3].value.formula_r1c1.empty());  // items are plain values
  const Cell& grade =
      row_starting(table_starting(ts, "整体支出绩效定量目标及实施计划完成情况"), "评价等次")
          .cells[1];
  EXPECT_EQ(grade.value.formula_r1c1,
            "IF(@综合得分>=90,\"优\",IF(@综合得分>=80,\"良\",IF(@综合得分>=60,\"中\",\"差\")))");
  ASSERT_TRUE(grade.value.text.has_value());
  EXPECT_EQ(*grade.value.text, "优");
}

// Rounding each part on its own would show 0.50 + 123.46 + 0.00 + 0.00 + 123.46 =
// 247.42 beside a total of 247.41 (2,474,130.05 元), and 100.01 + 100.01 + 25.00 =
// 225.02 beside 225.01 (2,250,105 元). round_parts moves one part down by 0.01.
TEST_F(DeptSelfEval, ShownTotalsAreTheSumOfShownItemsWhereNaiveRoundingBreaks) {
  const Texts income = {"5000.05", "1234565", "0", "0", "1234565"};
  const Texts spend = {"1000050", "1000050", "250005"};
  Decimal naive_in, naive_spend;
  for (const std::string& x : income) naive_in = naive_in + dec(x).divide(10000).round(2);
  for (const std::string& x : spend) naive_spend = naive_spend + dec(x).divide(10000).round(2);
  ASSERT_EQ(naive_in, dec("247.42"));  // the case really breaks naive rounding
  ASSERT_EQ(naive_spend, dec("225.02"));

  Shown s = shown(render(with_amounts(income, spend)));
  EXPECT_EQ(s.income, (std::vector<Decimal>{dec("247.41"), dec("0.5"), dec("123.46"), dec("0"),
                                            dec("0"), dec("123.45")}));
  EXPECT_EQ(s.income[0], dec("2474130.05").divide(10000).round(2));
  EXPECT_EQ(s.spend, (std::vector<Decimal>{dec("225.01"), dec("200.01"), dec("100.01"), dec("100"),
                                           dec("25"), dec("21.9"), dec("22.4")}));
  EXPECT_EQ(s.spend[0], dec("2250105").divide(10000).round(2));
}

// Over many awkward amounts (a fixed pseudo-random sequence): every shown total is
// the sum of its shown items and the correctly rounded total, every item is within
// 0.01 万元 of its exact value, and 当年结余 / 累计结余 hold for the shown figures.
TEST_F(DeptSelfEval, ShownFiguresAlwaysAddUp) {
  unsigned long long state = 20211231;
  auto amount = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return std::to_string((state >> 33) % 300000000ULL / 100) + "." +
           std::to_string(10 + (state >> 20) % 90);
  };
  for (int round = 0; round < 40; ++round) {
    Texts income, spend;
    for (int i = 0; i < 5; ++i) income.push_back(amount());
    for (int i = 0; i < 3; ++i) spend.push_back(amount());
    Shown s = shown(render(with_amounts(income, spend)));
    SCOPED_TRACE("round " + std::to_string(round));
    ASSERT_EQ(s.income.size(), 6u);
    ASSERT_EQ(s.spend.size(), 7u);
    Decimal in_sum, in_exact;
    for (int i = 0; i < 5; ++i) {
      in_sum = in_sum + s.income[i + 1];
      const Decimal exact = dec(income[i]).divide(10000);
      in_exact = in_exact + exact;
      EXPECT_LT(abs_diff(s.income[i + 1], exact), dec("0.01"));
    }
    EXPECT_EQ(s.income[0], in_sum);
    EXPECT_EQ(s.income[0], in_exact.round(2));
    EXPECT_EQ(s.spend[1], s.spend[2] + s.spend[3]);
    EXPECT_EQ(s.spend[0], s.spend[1] + s.spend[4]);
    EXPECT_EQ(s.spend[0], (dec(spend[0]) + dec(spend[1]) + dec(spend[2])).divide(10000).round(2));
    EXPECT_EQ(s.spend[5], s.income[0] - s.income[1] - s.spend[0]);
    EXPECT_EQ(s.spend[6], s.spend[5] + s.income[1]);
  }
}

TEST_F(DeptSelfEval, GradeFollowsTheScoreAtTheBandEdges) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"100", "优"},   {"90", "优"}, {"89.99", "良"}, {"80", "良"},
      {"79.99", "中"}, {"60", "中"}, {"59.99", "差"}, {"0", "差"}};
  for (const auto& [score, grade] : cases) {
    nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
    j["综合得分"] = nlohmann::ordered_json::parse(score);
    Document d = render(j);
    const Table& t = table_starting(tables(d), "整体支出绩效定量目标及实施计划完成情况");
    EXPECT_EQ(cell_text(row_starting(t, "评价等次").cells[1]), grade) << score;
    EXPECT_EQ(number_of(row_starting(t, "绩效自评综合得分").cells[1]), dec(score));
  }
}

TEST_F(DeptSelfEval, EvaluatorsSignEmptyCellsAndOpinionBoxesAwaitSeals) {
  Document d = render(sample_json("dept-self-eval-2021.json"));
  const Table& t = table_starting(tables(d), "四、评价人员");
  const Row& first = row_starting(t, "罗明飞");
  ASSERT_EQ(first.cells.size(), 4u);
  EXPECT_EQ(cell_text(first.cells[1]), "局长");
  EXPECT_EQ(cell_text(first.cells[3]), "");  // signed by hand
  EXPECT_EQ(cell_text(row_starting(t, "禹荣").cells[3]), "");
  const size_t n = t.rows.size();
  ASSERT_GE(n, 3u);
  EXPECT_EQ(cell_text(t.rows[n - 3].cells[0]), "评价组组长（签字）：|年　　月　　日");
  EXPECT_EQ(cell_text(t.rows[n - 2].cells[0]),
            "部门（单位）意见：|部门（单位）负责人（签章）：|年　　月　　日");
  EXPECT_EQ(cell_text(t.rows[n - 1].cells[0]),
            "财政部门归口业务科室意见：|财政部门归口业务科室负责人（签章）：|年　　月　　日");
  const Paragraph& filler = std::get<Paragraph>(d.blocks.back());
  EXPECT_EQ(filler.text(), "填报人（签名）：禹荣　　　　　　　　联系电话：13575009809");
}

/// The spans of grid column `col` over the indicator rows of the 定量 table
/// (grid rows 2 … 2 + n − 1), each cell's text cut at its first paragraph.
std::vector<Span> indicator_spans(const Table& t, int col, size_t n) {
  std::vector<Span> out;
  for (Span s : spans_in_column(t, col, 2)) {
    if (s.row >= 2 + static_cast<int>(n)) break;
    s.text = s.text.substr(0, s.text.find('|'));
    out.push_back(s);
  }
  return out;
}

/// The sample with 定量指标 replaced by the (一级, 二级) pairs given.
nlohmann::ordered_json with_indicators(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
  nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
  j["定量指标"] = nlohmann::ordered_json::array();
  for (const auto& [first, second] : pairs) {
    j["定量指标"].push_back(
        {{"一级指标", first}, {"二级指标", second}, {"绩效目标", "目标"}, {"完成情况", "完成"}});
  }
  return j;
}

// As in seed 002, each 一级 and 二级指标 label is one cell merged over the rows of
// its group; the rows it covers carry only their own cells.
TEST_F(DeptSelfEval, IndicatorGroupLabelsAreMergedOverTheirRows) {
  Document d = render(sample_json("dept-self-eval-2021.json"));
  const Table& t = table_starting(tables(d), "整体支出绩效定量目标及实施计划完成情况");
  ASSERT_EQ(t.rows.size(), 2u + 18u + 2u);
  EXPECT_EQ(indicator_spans(t, 0, 18),
            (std::vector<Span>{{"产出目标", 2, 14}, {"效益目标", 16, 4}}));
  EXPECT_EQ(indicator_spans(t, 1, 18), (std::vector<Span>{{"质量指标", 2, 4},
                                                          {"数量指标", 6, 7},
                                                          {"时效指标", 13, 2},
                                                          {"成本指标", 15, 1},
                                                          {"社会效益", 16, 1},
                                                          {"经济效益", 17, 1},
                                                          {"生态效益", 18, 1},
                                                          {"社会公众或服务对象满意度", 19, 1}}));
  EXPECT_EQ(t.rows[2].cells.size(), 4u);   // opens both groups
  EXPECT_EQ(t.rows[3].cells.size(), 2u);   // inside both
  EXPECT_EQ(t.rows[6].cells.size(), 3u);   // opens 数量指标 inside 产出目标
  EXPECT_EQ(t.rows[16].cells.size(), 4u);  // opens 效益目标
  // Every grid position of the indicator rows is covered exactly once.
  for (int r = 2; r < 20; ++r) {
    for (const Cell* c : grid_row(t, r)) EXPECT_NE(c, nullptr) << "row " << r;
  }
  EXPECT_EQ(cell_text(*grid_row(t, 12)[0]).substr(0, std::string("产出目标").size()), "产出目标");
  EXPECT_EQ(cell_text(*grid_row(t, 12)[1]), "数量指标");
  EXPECT_EQ(cell_text(*grid_row(t, 19)[1]), "社会公众或服务对象满意度");
}

// Groups are runs of consecutive rows: a label that comes back later opens a new
// merge, and the same 二级指标 under another 一级指标 is a new group too.
TEST_F(DeptSelfEval, GroupsAreRunsOfConsecutiveRows) {
  Document d = render(with_indicators({{"产出目标", "数量指标"},
                                       {"产出目标", "数量指标"},
                                       {"效益目标", "数量指标"},
                                       {"效益目标", "社会效益"},
                                       {"产出目标", "数量指标"}}));
  const Table& t = table_starting(tables(d), "整体支出绩效定量目标及实施计划完成情况");
  ASSERT_EQ(t.rows.size(), 2u + 5u + 2u);
  EXPECT_EQ(indicator_spans(t, 0, 5),
            (std::vector<Span>{{"产出目标", 2, 2}, {"效益目标", 4, 2}, {"产出目标", 6, 1}}));
  EXPECT_EQ(indicator_spans(t, 1, 5),
            (std::vector<Span>{
                {"数量指标", 2, 2}, {"数量指标", 4, 1}, {"社会效益", 5, 1}, {"数量指标", 6, 1}}));
  // A single indicator: both labels on its one row.
  Document one = render(with_indicators({{"效益目标", "生态效益"}}));
  const Table& u = table_starting(tables(one), "整体支出绩效定量目标及实施计划完成情况");
  EXPECT_EQ(indicator_spans(u, 0, 1), (std::vector<Span>{{"效益目标", 2, 1}}));
  EXPECT_EQ(indicator_spans(u, 1, 1), (std::vector<Span>{{"生态效益", 2, 1}}));
  EXPECT_EQ(cell_text(row_starting(u, "绩效自评综合得分").cells[1]), "96");
}

}  // namespace
}  // namespace formwork::test
