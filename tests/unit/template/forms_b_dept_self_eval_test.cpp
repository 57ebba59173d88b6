// templates/dept-self-eval.xml (部门整体支出绩效自评表, issue 4 form 3): the seed's
// figures in 万元, tables without 尾差, balances that hold for the shown figures,
// one row per 机构 under a 汇总 row that adds them up (blank figures stay blank),
// 评价等次 from 综合得分, the signature and opinion boxes, and the optional
// 五、评价报告综述 with numbered headings.
#include <algorithm>

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

std::vector<std::string> texts_after_name(const Row& r) {
  std::vector<std::string> out;
  for (size_t i = 1; i < r.cells.size(); ++i) out.push_back(cell_text(r.cells[i]));
  return out;
}

using Texts = std::vector<std::string>;

constexpr const char* kSummary = "局机关及二级机构汇总";
constexpr const char* kIncome = "二、部门（单位）收支情况";
constexpr const char* kSpend = "部门（单位）年度支出和结余情况（万元）";
constexpr const char* kSangong = "三公经费（万元）";
constexpr const char* kAssets = "固定资产（万元）";

class DeptSelfEval : public ::testing::Test {
 protected:
  Document render(const nlohmann::ordered_json& j) { return tpl_.render(to_value(j)); }

  static std::vector<const Table*> tables(const Document& d) { return tables_in(parts_of(d)[0]); }

  /// The shown figures of the row `label` ("局机关及二级机构汇总", "2、新港区分局") of
  /// each 收支 table.
  static Shown shown(const Document& d, const std::string& label) {
    const std::vector<const Table*> ts = tables(d);
    return {numbers_after_name(row_starting(table_starting(ts, kIncome), label)),
            numbers_after_name(row_starting(table_starting(ts, kSpend), label)),
            numbers_after_name(row_starting(table_starting(ts, kSangong), label)),
            numbers_after_name(row_starting(table_starting(ts, kAssets), label))};
  }

  /// The sample with the 分局's (机构[1]) income and spending parts replaced (元)
  /// and its stated totals made consistent, as the checks would require; the
  /// optional stated 汇总 is dropped, the 局机关 row stays blank.
  static nlohmann::ordered_json with_amounts(const std::vector<std::string>& income,
                                             const std::vector<std::string>& spend) {
    nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
    j.erase("汇总");
    nlohmann::ordered_json& u = j["机构"][1];
    const char* in_keys[] = {"上年结转", "公共财政拨款", "政府基金拨款",
                             "纳入专户管理的非税收入拨款", "其他收入"};
    Decimal in_total;
    for (size_t i = 0; i < 5; ++i) {
      u["收入"][in_keys[i]] = nlohmann::ordered_json::parse(income[i]);
      in_total = in_total + dec(income[i]);
    }
    u["收入"]["收入合计"] = nlohmann::ordered_json::parse(in_total.to_string());
    const Decimal basic = dec(spend[0]) + dec(spend[1]);
    const Decimal total = basic + dec(spend[2]);
    const Decimal year = in_total - dec(income[0]) - total;
    u["支出"]["人员支出"] = nlohmann::ordered_json::parse(spend[0]);
    u["支出"]["公用支出"] = nlohmann::ordered_json::parse(spend[1]);
    u["支出"]["项目支出"] = nlohmann::ordered_json::parse(spend[2]);
    u["支出"]["基本支出"] = nlohmann::ordered_json::parse(basic.to_string());
    u["支出"]["支出合计"] = nlohmann::ordered_json::parse(total.to_string());
    u["支出"]["当年结余"] = nlohmann::ordered_json::parse(year.to_string());
    u["支出"]["累计结余"] = nlohmann::ordered_json::parse((year + dec(income[0])).to_string());
    return j;
  }

  Template tpl_ = checkout_template("dept-self-eval");
};

// As seed 002 prints it: the 分局 files as a 二级机构 ("2、…", its figures in that
// row), the 局机关 row is blank, and the 汇总 row adds the rows up.
TEST_F(DeptSelfEval, SampleShowsTheSeedFigures) {
  Document d = render(sample_json("dept-self-eval-2021.json"));
  const std::vector<const Table*> ts = tables(d);
  const Table& income_table = table_starting(ts, kIncome);
  ASSERT_GE(income_table.rows.size(), 3u);
  const size_t first = income_table.rows.size() - 3;  // 汇总 and the two 机构 rows end the table
  EXPECT_EQ(cell_text(income_table.rows[first].cells[0]), kSummary);
  EXPECT_EQ(cell_text(income_table.rows[first + 1].cells[0]), "1、局机关");
  EXPECT_EQ(cell_text(income_table.rows[first + 2].cells[0]), "2、新港区分局");
  const Texts income = {"255.18", "0.06", "235.12", "0.00", "0.00", "20.00"};
  const Texts spend = {"242.93", "197.47", "172.33", "25.14", "45.46", "12.19", "12.25"};
  const Texts sangong = {"0.00", "0.00", "0.00", "0.00", "0.00"};
  const Texts assets = {"46.48", "46.48", "0.00", "0.00"};
  for (const char* label : {kSummary, "2、新港区分局"}) {
    SCOPED_TRACE(label);
    EXPECT_EQ(texts_after_name(row_starting(income_table, label)), income);
    EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kSpend), label)), spend);
    EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kSangong), label)), sangong);
    EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kAssets), label)), assets);
  }
  // The 局机关 gives no figures: its rows are blank, not 0.00.
  EXPECT_EQ(texts_after_name(row_starting(income_table, "1、局机关")), Texts(6, ""));
  EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kSpend), "1、局机关")), Texts(7, ""));
  EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kSangong), "1、局机关")),
            Texts(5, ""));
  EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kAssets), "1、局机关")), Texts(4, ""));
  EXPECT_EQ(cell_text(table_starting(ts, kAssets).rows[2].cells[0]), "在用固定资产（净值）");
  EXPECT_EQ(cell_text(anchored(ts, "综合得分")), "96");
  EXPECT_EQ(cell_text(row_starting(table_starting(ts, "整体支出绩效定量目标及实施计划完成情况"),
                                   "评价等次")
                          .cells[1]),
            "优");
}

// In XLSX every 汇总 figure is a SUM over the 机构 rows below it; a 机构's totals
// are formulas over its items, and its balances read 收入合计 and 上年结转 from its
// own row of the 收入 table, n + 5 rows up (n = 2 机构 here).
TEST_F(DeptSelfEval, TotalsAndBalancesAreFormulasOverTheShownCells) {
  Document d = render(sample_json("dept-self-eval-2021.json"));
  const std::vector<const Table*> ts = tables(d);
  for (const char* title : {kIncome, kSpend, kSangong, kAssets}) {
    SCOPED_TRACE(title);
    const Row& summary = row_starting(table_starting(ts, title), kSummary);
    ASSERT_GE(summary.cells.size(), 5u);
    for (size_t i = 1; i < summary.cells.size(); ++i) {
      EXPECT_EQ(summary.cells[i].value.formula_r1c1, "SUM(R[1]C:R[2]C)") << i;
    }
    const Row& blank = row_starting(table_starting(ts, title), "1、局机关");
    for (size_t i = 1; i < blank.cells.size(); ++i) {
      EXPECT_TRUE(blank.cells[i].value.formula_r1c1.empty()) << i;
      EXPECT_FALSE(blank.cells[i].value.number.has_value()) << i;
    }
  }
  EXPECT_EQ(number_of(row_starting(table_starting(ts, kIncome), kSummary).cells[1]), dec("255.18"));
  EXPECT_EQ(row_starting(table_starting(ts, kIncome), "2、新港区分局").cells[1].value.formula_r1c1,
            "SUM(RC[1]:RC[5])");
  const Row& spend = row_starting(table_starting(ts, kSpend), "2、新港区分局");
  ASSERT_EQ(spend.cells.size(), 8u);
  EXPECT_EQ(spend.cells[1].value.formula_r1c1, "SUM(RC[1],RC[4])");
  EXPECT_EQ(spend.cells[2].value.formula_r1c1, "SUM(RC[1]:RC[2])");
  EXPECT_EQ(spend.cells[6].value.formula_r1c1, "R[-7]C[-5]-R[-7]C[-4]-RC[-5]");
  EXPECT_EQ(spend.cells[7].value.formula_r1c1, "RC[-1]+R[-7]C[-5]");
  EXPECT_TRUE(spend.cells[3].value.formula_r1c1.empty());  // items are plain values
  EXPECT_EQ(row_starting(table_starting(ts, kSangong), "2、新港区分局").cells[1].value.formula_r1c1,
            "SUM(RC[1]:RC[4])");
  EXPECT_EQ(row_starting(table_starting(ts, kAssets), "2、新港区分局").cells[1].value.formula_r1c1,
            "SUM(RC[1]:RC[3])");
  const Cell& grade =
      row_starting(table_starting(ts, "整体支出绩效定量目标及实施计划完成情况"), "评价等次")
          .cells[1];
  EXPECT_EQ(grade.value.formula_r1c1,
            "IF(@综合得分>=90,\"优\",IF(@综合得分>=80,\"良\",IF(@综合得分>=60,\"中\",\"差\")))");
  ASSERT_TRUE(grade.value.text.has_value());
  EXPECT_EQ(*grade.value.text, "优");
}

// 局机关 + 3 二级机构 (names from data, any number): the rows are numbered 1、… 4、
// under the 汇总 row, each 汇总 figure is the sum of the shown figures below it, a
// blank figure stays blank (and counts nothing), a column blank in every row
// leaves its 汇总 blank, and the balance formulas reach n + 5 = 9 rows up.
TEST_F(DeptSelfEval, OneRowPerUnitUnderASummaryThatAddsThemUp) {
  nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
  j.erase("汇总");
  j["机构"] = nlohmann::ordered_json::parse(R"([
    {"名称": "局机关",
     "收入": {"上年结转": 100.05, "公共财政拨款": 1000000.05, "政府基金拨款": 0,
              "纳入专户管理的非税收入拨款": 0, "其他收入": 0},
     "支出": {"人员支出": 500000.05, "公用支出": 200000, "项目支出": 100000},
     "三公经费": {"公务接待费": 1200, "公务用车运维费": 3400.5}},
    {"名称": "第一所",
     "收入": {"公共财政拨款": 250005, "其他收入": 12345.67},
     "支出": {"人员支出": 200000, "项目支出": 50000.05}},
    {"名称": "第二所"},
    {"名称": "第三所",
     "收入": {"上年结转": 5000, "公共财政拨款": 80000.04},
     "支出": {"人员支出": 60000, "公用支出": 10000.05, "项目支出": 0},
     "三公经费": {"公务接待费": 50.05},
     "固定资产": {"在用固定资产": 123456.78, "其他": 0}}
  ])");
  Document d = render(j);
  const std::vector<const Table*> ts = tables(d);
  const Table& income = table_starting(ts, kIncome);
  ASSERT_GE(income.rows.size(), 5u);
  const size_t first = income.rows.size() - 5;
  const Texts labels = {kSummary, "1、局机关", "2、第一所", "3、第二所", "4、第三所"};
  for (size_t k = 0; k < labels.size(); ++k) {
    EXPECT_EQ(cell_text(income.rows[first + k].cells[0]), labels[k]);
  }
  EXPECT_EQ(texts_after_name(row_starting(income, "1、局机关")),
            (Texts{"100.01", "0.01", "100.00", "0.00", "0.00", "0.00"}));
  EXPECT_EQ(texts_after_name(row_starting(income, "2、第一所")),
            (Texts{"26.24", "", "25.00", "", "", "1.24"}));  // 1.2345… takes the 0.01 25.0005 lacks
  EXPECT_EQ(texts_after_name(row_starting(income, "3、第二所")), Texts(6, ""));
  EXPECT_EQ(texts_after_name(row_starting(income, "4、第三所")),
            (Texts{"8.50", "0.50", "8.00", "", "", ""}));
  EXPECT_EQ(texts_after_name(row_starting(income, kSummary)),
            (Texts{"134.75", "0.51", "133.00", "0.00", "0.00", "1.24"}));
  const Table& spend = table_starting(ts, kSpend);
  EXPECT_EQ(texts_after_name(row_starting(spend, "2、第一所")),
            (Texts{"25.00", "20.00", "20.00", "", "5.00", "1.24", "1.24"}));
  EXPECT_EQ(texts_after_name(row_starting(spend, "3、第二所")), Texts(7, ""));
  EXPECT_EQ(row_starting(spend, "4、第三所").cells[6].value.formula_r1c1,
            "R[-9]C[-5]-R[-9]C[-4]-RC[-5]");
  // 公务用车购置费 and 因公出国费 are blank in every row: so is their 汇总.
  const Row& sangong = row_starting(table_starting(ts, kSangong), kSummary);
  EXPECT_EQ(texts_after_name(sangong), (Texts{"0.47", "0.13", "0.34", "", ""}));
  EXPECT_EQ(sangong.cells[1].value.formula_r1c1, "SUM(R[1]C:R[4]C)");
  EXPECT_TRUE(sangong.cells[4].value.formula_r1c1.empty());  // 公务用车购置费
  EXPECT_FALSE(sangong.cells[4].value.number.has_value());
  EXPECT_EQ(texts_after_name(row_starting(table_starting(ts, kAssets), kSummary)),
            (Texts{"12.35", "12.35", "", "0.00"}));
  // Every 汇总 figure is the sum of the figures shown below it.
  for (const char* title : {kIncome, kSpend, kSangong, kAssets}) {
    SCOPED_TRACE(title);
    const Table& t = table_starting(ts, title);
    const Row& summary = row_starting(t, kSummary);
    for (size_t c = 1; c < summary.cells.size(); ++c) {
      Decimal sum;
      bool any = false;
      for (size_t k = 1; k < labels.size(); ++k) {
        const Cell& cell = row_starting(t, labels[k]).cells[c];
        if (cell.value.number) {
          sum = sum + *cell.value.number;
          any = true;
        }
      }
      EXPECT_EQ(summary.cells[c].value.number.has_value(), any) << c;
      if (any) {
        EXPECT_EQ(number_of(summary.cells[c]), sum) << c;
      }
    }
  }
}

// Only a 局机关 (no 二级机构): the 汇总 row and "1、局机关", the SUMs over one row.
TEST_F(DeptSelfEval, AUnitWithoutSecondLevelBodies) {
  nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
  j.erase("汇总");
  j["机构"].erase(0);  // keep the 分局's figures, as the only 机构
  j["机构"][0]["名称"] = "局机关";
  Document d = render(j);
  const Table& income = table_starting(tables(d), kIncome);
  EXPECT_EQ(cell_text(income.rows[income.rows.size() - 2].cells[0]), kSummary);
  EXPECT_EQ(cell_text(income.rows.back().cells[0]), "1、局机关");
  EXPECT_EQ(texts_after_name(income.rows.back()),
            (Texts{"255.18", "0.06", "235.12", "0.00", "0.00", "20.00"}));
  EXPECT_EQ(row_starting(income, kSummary).cells[1].value.formula_r1c1, "SUM(R[1]C:R[1]C)");
  const Row& spend = row_starting(table_starting(tables(d), kSpend), "1、局机关");
  EXPECT_EQ(spend.cells[6].value.formula_r1c1, "R[-6]C[-5]-R[-6]C[-4]-RC[-5]");
}

// 五、评价报告综述 only when the data has one: its headings numbered 一、 (…十一、),
// （一）, 1、 in the order given, paragraphs indented two characters; absent or empty,
// the form ends with the 填报人 line and no heading 五 is printed.
TEST_F(DeptSelfEval, ReportSectionFollowsTheData) {
  auto texts_of = [](const Document& d) {
    std::vector<std::string> out;
    for (const Block& b : d.blocks) {
      if (const Paragraph* p = std::get_if<Paragraph>(&b)) out.push_back(p->text());
      if (const Table* t = std::get_if<Table>(&b)) {
        for (const Row& r : t->rows) {
          for (const Cell& c : r.cells) out.push_back(cell_text(c));
        }
      }
    }
    return out;
  };
  nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
  for (int variant = 0; variant < 2; ++variant) {
    if (variant == 0) j.erase("评价报告综述");
    if (variant == 1) j["评价报告综述"] = nlohmann::ordered_json::array();
    Document d = render(j);
    const std::vector<std::string> all = texts_of(d);
    EXPECT_EQ(std::count(all.begin(), all.end(), "五、评价报告综述"), 0) << variant;
    ASSERT_TRUE(std::holds_alternative<Paragraph>(d.blocks.back()));
    EXPECT_EQ(std::get<Paragraph>(d.blocks.back()).text().rfind("填报人（签名）：", 0), 0u);
  }
  j["评价报告综述"] = nlohmann::ordered_json::array();
  for (int i = 1; i <= 11; ++i) {
    j["评价报告综述"].push_back(nlohmann::ordered_json::parse(
        "{\"标题\": \"章" + std::to_string(i) + "\", \"段落\": [\"正文\"]}"));
  }
  j["评价报告综述"][0]["小节"] = nlohmann::ordered_json::parse(
      R"([{"标题": "节甲", "段落": ["甲段"], "小节": [{"标题": "条一"}, {"标题": "条二", "段落": ["条段"]}]},
          {"标题": "节乙"}])");
  Document d = render(j);
  std::vector<std::string> heads;
  size_t body = 0;
  bool after_break = false, five_after_break = false;
  for (const Block& b : d.blocks) {
    if (std::holds_alternative<PageBreak>(b)) after_break = true;
    if (const Table* t = std::get_if<Table>(&b)) {
      if (!t->rows.empty() && cell_text(t->rows[0].cells[0]) == "五、评价报告综述") {
        five_after_break = after_break;
      }
    }
    const Paragraph* p = std::get_if<Paragraph>(&b);
    if (!p || !five_after_break) continue;
    if (p->role == ParagraphRole::Heading) heads.push_back(p->text());
    if (p->role == ParagraphRole::Body) {
      ++body;
      EXPECT_EQ(p->first_line_indent_em, 2.0) << p->text();
    }
  }
  EXPECT_TRUE(five_after_break);
  EXPECT_EQ(heads,
            (std::vector<std::string>{"一、章1", "（一）节甲", "1、条一", "2、条二", "（二）节乙",
                                      "二、章2", "三、章3", "四、章4", "五、章5", "六、章6",
                                      "七、章7", "八、章8", "九、章9", "十、章10", "十一、章11"}));
  EXPECT_EQ(body, 11u + 2u);  // one per 章, 甲段, 条段
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

  Shown s = shown(render(with_amounts(income, spend)), "2、新港区分局");
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
    Shown s = shown(render(with_amounts(income, spend)), "2、新港区分局");
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
  nlohmann::ordered_json j = sample_json("dept-self-eval-2021.json");
  j.erase("评价报告综述");  // so the 填报人 line is the document's last block
  Document d = render(j);
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
