// templates/community-appraisal.xml (街道社区年度考核, issue 4 form 5): item scores
// floored at zero, department subtotals, capped bonuses, ranking with ties, rank-band
// multipliers at their edges, one section (worksheet) per community, and the sample.
#include "forms_b_test_util.h"

namespace formwork::test {
namespace {

using Json = nlohmann::ordered_json;

/// A community with its deduction events {item, count, points each} and bonus
/// events {kind, count, points each}.
struct Community {
  std::string name;
  std::vector<std::tuple<std::string, int, std::string>> deductions;
  std::vector<std::tuple<std::string, int, std::string>> bonuses;
};

/// A small appraisal: 甲办 60 (A01 40 A, A02 20 B), 乙办 40 (B01 40 C); bonus caps
/// 5 in all and 2 for 信息宣传; bands 1–3 × 1.1 优秀, 4–8 × 1.0 良好, 9–12 × 0.9 合格;
/// 奖励基数 10,000 元.
Json appraisal(const std::vector<Community>& communities) {
  Json j = Json::parse(R"({
    "街道": "测试街道办事处", "年度": 2023, "考核名称": "年度考核", "考核日期": "2024-01-10",
    "奖励基数": 10000,
    "类别说明": [{"代码": "A", "名称": "常规"}, {"代码": "B", "名称": "重点"}, {"代码": "C", "名称": "专项"}],
    "部门": [{"名称": "甲办", "分值": 60}, {"名称": "乙办", "分值": 40}],
    "项目": [
      {"编号": "AA01", "部门": "甲办", "名称": "甲一", "分值": 40, "类别": "A", "扣分规则": "每次扣1分"},
      {"编号": "AA02", "部门": "甲办", "名称": "甲二", "分值": 20, "类别": "B", "扣分规则": "每次扣10分"},
      {"编号": "BB01", "部门": "乙办", "名称": "乙一", "分值": 40, "类别": "C", "扣分规则": "每次扣0.5分"}
    ],
    "加分规则": {"总上限": 5, "信息宣传上限": 2},
    "系数档次": [{"名次至": 3, "系数": 1.1, "等次": "优秀"}, {"名次至": 8, "系数": 1.0, "等次": "良好"},
                 {"名次至": 12, "系数": 0.9, "等次": "合格"}],
    "社区": []
  })");
  for (const Community& c : communities) {
    Json cj = {{"名称", c.name}, {"扣分", Json::array()}, {"加分", Json::array()}};
    for (const auto& [item, n, each] : c.deductions) {
      cj["扣分"].push_back(
          {{"项目", item}, {"次数", n}, {"每次分值", Json::parse(each)}, {"事由", "检查"}});
    }
    for (const auto& [kind, n, each] : c.bonuses) {
      cj["加分"].push_back(
          {{"类别", kind}, {"次数", n}, {"每次分值", Json::parse(each)}, {"事由", "表彰"}});
    }
    j["社区"].push_back(cj);
  }
  return j;
}

/// Communities 社区1…社区n, community i losing deductions[i] points on AA01.
std::vector<Community> with_deductions(const std::vector<int>& deductions) {
  std::vector<Community> out;
  for (size_t i = 0; i < deductions.size(); ++i) {
    Community c{"社区" + std::to_string(i + 1), {}, {}};
    if (deductions[i] > 0) c.deductions.push_back({"AA01", deductions[i], "1"});
    out.push_back(c);
  }
  return out;
}

/// One line of the summary ranking.
struct Ranked {
  std::string name;
  Decimal total;
  Decimal rank;
  Decimal multiplier;
  std::string grade;
  Decimal reward;
};

class CommunityAppraisal : public ::testing::Test {
 protected:
  Document render(const Json& j) { return tpl_.render(to_value(j)); }

  /// The ranking rows of the summary (part 0), in the order shown.
  static std::vector<Ranked> ranking(const Document& d) {
    const Table& t = *tables_in(parts_of(d)[0]).at(0);
    std::vector<Ranked> out;
    for (size_t i = 1; i < t.rows.size(); ++i) {
      const Row& r = t.rows[i];
      if (r.cells.size() != 8 || cell_text(r.cells[1]).empty() || r.cells[0].shaded) break;
      out.push_back({cell_text(r.cells[1]), number_of(r.cells[4]), number_of(r.cells[0]),
                     number_of(r.cells[5]), cell_text(r.cells[6]), number_of(r.cells[7])});
    }
    return out;
  }

  /// The tables of community k's section (1-based, data order).
  static std::vector<const Table*> sheet(const Document& d, size_t k) {
    return tables_in(parts_of(d).at(k));
  }

  /// The grid cells (9 columns) of item `code`'s row on community k's items
  /// table; column 0 is the department cell merged over its items.
  static std::vector<const Cell*> item_row(const Document& d, size_t k, const std::string& code) {
    const Table& t = table_starting(sheet(d, k), "考核部门");
    const TableGrid g = resolve_grid(t);
    for (const PlacedCell& p : g.cells) {
      if (p.col == 1 && cell_text(*p.cell) == code) return grid_row(t, p.row);
    }
    ADD_FAILURE() << "no row for " << code;
    static const Cell none;
    return std::vector<const Cell*>(9, &none);
  }

  Template tpl_ = checkout_template("community-appraisal");
};

TEST_F(CommunityAppraisal, ItemScoreNeverGoesBelowZero) {
  // AA02 (20 points) collects 3 × 10 = 30 points of deductions; BB01 loses 1.5.
  Document d = render(
      appraisal({{"东风社区", {{"AA02", 3, "10"}, {"BB01", 3, "0.5"}, {"AA01", 1, "1"}}, {}}}));
  // Columns: 部门 编号 项目 类别 分值 规则 扣分上限 扣分 得分. The 扣分 column
  // shows what is applied (at most the item's points), so 分值 − 扣分 = 得分
  // on every row (issue 11: a deduction never disagrees with its score).
  const std::vector<const Cell*> floored = item_row(d, 1, "AA02");
  EXPECT_EQ(number_of(*floored[6]), dec("20"));  // 扣分上限: the item's points
  EXPECT_EQ(number_of(*floored[7]), dec("20"));  // 30 collected, 20 applied
  EXPECT_EQ(number_of(*floored[8]), dec("0"));
  EXPECT_EQ(floored[8]->value.formula_r1c1, "RC[-4]-RC[-1]");
  EXPECT_EQ(floored[7]->value.formula_r1c1,
            "MIN(RC[-1],SUMIF(@扣分编号头:@扣分编号尾,RC[-6],@扣分小计头:@扣分小计尾))");
  EXPECT_EQ(number_of(*item_row(d, 1, "AA01")[8]), dec("39"));
  EXPECT_EQ(number_of(*item_row(d, 1, "BB01")[8]), dec("38.5"));
  // Subtotal 甲办 = 39 + 0, not 39 − 10; 基础得分 = 39 + 0 + 38.5.
  const Table& items = table_starting(sheet(d, 1), "考核部门");
  const Row& subtotal = row_starting(items, "小计");
  EXPECT_EQ(cell_text(subtotal.cells[1]), "甲办（60分）");
  EXPECT_EQ(number_of(subtotal.cells[2]), dec("60"));
  EXPECT_EQ(number_of(subtotal.cells[5]), dec("21"));  // 扣分 1 + 20 applied
  EXPECT_EQ(number_of(subtotal.cells[6]), dec("39"));  // 得分 39 + 0 = 60 − 21
  EXPECT_EQ(subtotal.cells[6].value.formula_r1c1, "SUM(R[-2]C:R[-1]C)");
  EXPECT_EQ(number_of(anchored(sheet(d, 1), "基础分")), dec("77.5"));
  EXPECT_EQ(ranking(d).at(0).total, dec("77.5"));
}

TEST_F(CommunityAppraisal, BonusesAreCappedByKindAndInAll) {
  struct Case {
    std::string publicity, other, expected;
  };
  const std::vector<Case> cases = {
      {"2.5", "0", "2"},    // 信息宣传 over its own cap
      {"1.5", "0", "1.5"},  // under both caps
      {"2.5", "3.5", "5"},  // 2 + 3.5 = 5.5 over the total cap
      {"1", "3", "4"},      // under both
      {"0", "6", "5"},      // other kinds alone over the total cap
      {"3", "2.5", "4.5"},  // the kind cap applies within the total
  };
  std::vector<Community> cs;
  for (size_t i = 0; i < cases.size(); ++i) {
    Community c{"社区" + std::to_string(i + 1), {}, {}};
    if (cases[i].publicity != "0") c.bonuses.push_back({"信息宣传", 1, cases[i].publicity});
    if (cases[i].other != "0") c.bonuses.push_back({"上级表彰", 1, cases[i].other});
    cs.push_back(c);
  }
  Document d = render(appraisal(cs));
  for (size_t i = 0; i < cases.size(); ++i) {
    const Cell& bonus = anchored(sheet(d, i + 1), "加分");
    EXPECT_EQ(number_of(bonus), dec(cases[i].expected)) << i;
    EXPECT_EQ(number_of(anchored(sheet(d, i + 1), "总分")), dec("100") + dec(cases[i].expected))
        << i;
  }
  // The total cap over the rows of what each kind counts (its own cap
  // applied there: one row per kind, docs/community-appraisal.md).
  const Cell& two_records = anchored(sheet(d, 3), "加分");
  EXPECT_EQ(two_records.value.formula_r1c1, "MIN(@加分上限,SUM(R[-3]C:R[-2]C))");
}

// Each department's name is one cell merged over its items (HTML rowspan: the
// rows below omit column 0); its 小计 row starts below the merge.
TEST_F(CommunityAppraisal, DepartmentNameIsMergedOverItsItems) {
  Document d = render(appraisal({{"东风社区", {{"AA02", 1, "10"}}, {}}}));
  const Table& t = table_starting(sheet(d, 1), "考核部门");
  EXPECT_EQ(spans_in_column(t, 0, 1), (std::vector<Span>{{"甲办", 1, 2},
                                                         {"小计", 3, 1},
                                                         {"乙办", 4, 1},
                                                         {"小计", 5, 1},
                                                         {"基础得分（各部门小计之和）", 6, 1}}));
  EXPECT_EQ(t.rows[1].cells.size(), 9u);
  EXPECT_EQ(t.rows[2].cells.size(), 8u);  // AA02: column 0 covered from above
  EXPECT_EQ(cell_text(t.rows[2].cells[0]), "AA02");
  EXPECT_EQ(cell_text(*grid_row(t, 2)[0]), "甲办");
  // The grid-relative formulas of a covered row still point at its own columns.
  EXPECT_EQ(number_of(*item_row(d, 1, "AA02")[7]), dec("10"));
  EXPECT_EQ(number_of(*item_row(d, 1, "AA02")[8]), dec("10"));

  // The sample: seven departments, each over its own number of items.
  const Json sample = sample_json("community-appraisal-2023.json");
  Document s = render(sample);
  std::vector<Span> expected;
  int row = 1;
  for (const Json& dep : sample["部门"]) {
    int n = 0;
    for (const Json& item : sample["项目"]) n += item["部门"] == dep["名称"] ? 1 : 0;
    expected.push_back({dep["名称"].get<std::string>(), row, n});
    expected.push_back({"小计", row + n, 1});
    row += n + 1;
  }
  expected.push_back({"基础得分（各部门小计之和）", row, 1});
  for (size_t k = 1; k <= sample["社区"].size(); ++k) {
    EXPECT_EQ(spans_in_column(table_starting(sheet(s, k), "考核部门"), 0, 1), expected) << k;
  }
  EXPECT_EQ(expected[0], (Span{"党建办", 1, 6}));
}

TEST_F(CommunityAppraisal, CommunityWithoutEventsStillHasValidRanges) {
  Document d = render(appraisal({{"空社区", {}, {}}}));
  const Table& deductions = table_starting(sheet(d, 1), "扣分记录");
  EXPECT_EQ(cell_text(deductions.rows[2].cells[0]), "本年度无扣分");
  EXPECT_EQ(deductions.rows.back().cells.back().value.formula_r1c1, "SUM(R[-1]C:R[-1]C)");
  const Cell& bonus = anchored(sheet(d, 1), "加分");
  EXPECT_EQ(number_of(bonus), dec("0"));
  EXPECT_EQ(bonus.value.formula_r1c1, "MIN(@加分上限,SUM(R[-3]C:R[-2]C))");
  EXPECT_EQ(number_of(anchored(sheet(d, 1), "总分")), dec("100"));
}

TEST_F(CommunityAppraisal, TiesShareARankAndTheNextRankIsSkipped) {
  Document d = render(appraisal(with_deductions({10, 15, 15, 20})));
  const std::vector<Ranked> r = ranking(d);
  ASSERT_EQ(r.size(), 4u);
  std::vector<std::string> names;
  std::vector<Decimal> totals, ranks;
  for (const Ranked& x : r) {
    names.push_back(x.name);
    totals.push_back(x.total);
    ranks.push_back(x.rank);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"社区1", "社区2", "社区3", "社区4"}));
  EXPECT_EQ(totals, (std::vector<Decimal>{dec("90"), dec("85"), dec("85"), dec("80")}));
  EXPECT_EQ(ranks, (std::vector<Decimal>{dec("1"), dec("2"), dec("2"), dec("4")}));
  const Table& t = *tables_in(parts_of(d)[0]).at(0);
  EXPECT_EQ(t.rows[1].cells[0].value.formula_r1c1, "RANK(RC[4],R[0]C[4]:R[3]C[4])");
  EXPECT_EQ(t.rows[4].cells[0].value.formula_r1c1, "RANK(RC[4],R[-3]C[4]:R[0]C[4])");
}

TEST_F(CommunityAppraisal, RankingIsByTotalWhateverTheDataOrder) {
  Document d = render(appraisal(with_deductions({20, 0, 15, 5})));
  const std::vector<Ranked> r = ranking(d);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].name, "社区2");
  EXPECT_EQ(r[1].name, "社区4");
  EXPECT_EQ(r[2].name, "社区3");
  EXPECT_EQ(r[3].name, "社区1");
  // 社区1 (data order 1, sheet 2) stands on summary line 4: sheet row 3 + 4.
  EXPECT_EQ(table_starting(sheet(d, 1), "基础得分").rows[1].cells[3].value.formula_r1c1,
            "<1>!R7C1");
  EXPECT_EQ(number_of(table_starting(sheet(d, 1), "基础得分").rows[1].cells[3]), dec("4"));
  const Table& t = *tables_in(parts_of(d)[0]).at(0);
  EXPECT_EQ(t.rows[4].cells[2].value.formula_r1c1, "<2>!@基础分");
  EXPECT_EQ(t.rows[1].cells[2].value.formula_r1c1, "<3>!@基础分");
}

TEST_F(CommunityAppraisal, MultiplierBandEdges) {
  // Twelve distinct totals 100 … 89: ranks 1 … 12.
  Document d = render(appraisal(with_deductions({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})));
  const std::vector<Ranked> r = ranking(d);
  ASSERT_EQ(r.size(), 12u);
  for (size_t i = 0; i < r.size(); ++i) {
    ASSERT_EQ(r[i].rank, Decimal(static_cast<long long>(i + 1)));
    const char* m = i < 3 ? "1.1" : i < 8 ? "1" : "0.9";
    const char* g = i < 3 ? "优秀" : i < 8 ? "良好" : "合格";
    EXPECT_EQ(r[i].multiplier, dec(m)) << "rank " << i + 1;
    EXPECT_EQ(r[i].grade, g) << "rank " << i + 1;
    EXPECT_EQ(r[i].reward, dec("10000") * dec(m)) << "rank " << i + 1;
  }
  // The edges themselves: 3 | 4 and 8 | 9.
  EXPECT_EQ(r[2].multiplier, dec("1.1"));
  EXPECT_EQ(r[3].multiplier, dec("1"));
  EXPECT_EQ(r[7].multiplier, dec("1"));
  EXPECT_EQ(r[8].multiplier, dec("0.9"));
  const Table& t = *tables_in(parts_of(d)[0]).at(0);
  // Band rows sit 4 rows below the last ranking line: R[12 − 1 + 4] from line 1.
  EXPECT_EQ(t.rows[1].cells[5].value.formula_r1c1,
            "LOOKUP(RC[-5],R[15]C[-5]:R[17]C[-5],R[15]C[-3]:R[17]C[-3])");
  EXPECT_EQ(cell_text(t.rows[16].cells[0]), "1");
  EXPECT_EQ(cell_text(t.rows[17].cells[0]), "4");
  EXPECT_EQ(cell_text(t.rows[18].cells[0]), "9");
  EXPECT_EQ(t.rows[1].cells[6].value.formula_r1c1,
            "LOOKUP(RC[-6],R[15]C[-6]:R[17]C[-6],R[15]C[-3]:R[17]C[-3])");
  EXPECT_EQ(number_of(row_starting(t, "奖励金额合计").cells[1]), dec("119000"));
}

TEST_F(CommunityAppraisal, TiesAtABandEdgeShareTheBetterBand) {
  // Totals 100 99 98 98 97 96 95 94 94 93 92 91 → ranks 1 2 3 3 5 6 7 8 8 10 11 12.
  Document d = render(appraisal(with_deductions({0, 1, 2, 2, 3, 4, 5, 6, 6, 7, 8, 9})));
  const std::vector<Ranked> r = ranking(d);
  ASSERT_EQ(r.size(), 12u);
  std::vector<Decimal> ranks, multipliers;
  for (const Ranked& x : r) {
    ranks.push_back(x.rank);
    multipliers.push_back(x.multiplier);
  }
  EXPECT_EQ(ranks, (std::vector<Decimal>{1, 2, 3, 3, 5, 6, 7, 8, 8, 10, 11, 12}));
  const Decimal a = dec("1.1"), b = dec("1"), c = dec("0.9");
  EXPECT_EQ(multipliers, (std::vector<Decimal>{a, a, a, a, b, b, b, b, b, c, c, c}));
}

TEST_F(CommunityAppraisal, SampleRankingAndOneSheetPerCommunity) {
  Document d = render(sample_json("community-appraisal-2023.json"));
  EXPECT_EQ(d.sheet_name, "考核汇总");
  std::vector<std::string> sheets;
  for (const Block& b : d.blocks) {
    if (const SectionBreak* s = std::get_if<SectionBreak>(&b)) sheets.push_back(s->sheet_name);
  }
  EXPECT_EQ(sheets, (std::vector<std::string>{"东风社区", "红星社区", "光明社区", "新华社区",
                                              "桃园社区", "金桥社区", "滨江社区", "枫林社区",
                                              "翠湖社区", "朝阳社区", "建设社区", "幸福社区"}));
  const std::vector<Ranked> r = ranking(d);
  ASSERT_EQ(r.size(), 12u);
  const std::vector<std::tuple<std::string, std::string, int, std::string>> expected = {
      {"东风社区", "101.5", 1, "1.1"}, {"枫林社区", "101", 2, "1.1"},
      {"红星社区", "100.5", 3, "1.1"}, {"朝阳社区", "100", 4, "1"},
      {"金桥社区", "99.5", 5, "1"},    {"光明社区", "99", 6, "1"},
      {"桃园社区", "98.5", 7, "1"},    {"幸福社区", "98.5", 7, "1"},
      {"滨江社区", "97", 9, "0.9"},    {"建设社区", "96", 10, "0.9"},
      {"新华社区", "94", 11, "0.9"},   {"翠湖社区", "92.5", 12, "0.9"}};
  for (size_t i = 0; i < expected.size(); ++i) {
    const auto& [name, total, rank, m] = expected[i];
    EXPECT_EQ(r[i].name, name) << i;
    EXPECT_EQ(r[i].total, dec(total)) << name;
    EXPECT_EQ(r[i].rank, Decimal(rank)) << name;
    EXPECT_EQ(r[i].multiplier, dec(m)) << name;
  }
  const Table& t = *tables_in(parts_of(d)[0]).at(0);
  EXPECT_EQ(number_of(row_starting(t, "奖励金额合计").cells[1]), dec("595000"));
  // 新华社区: 3 new illegal buildings × 2 = 6 points on CG03 (4 points):
  // 4 applied, score 0, not −2.
  EXPECT_EQ(number_of(*item_row(d, 4, "CG03")[7]), dec("4"));
  EXPECT_EQ(number_of(*item_row(d, 4, "CG03")[8]), dec("0"));
  // 东风社区: 表彰 3 + 宣传 1.5 + 创新 1 = 5.5, capped at 5; 滨江社区: 宣传 3 → 2.
  EXPECT_EQ(number_of(anchored(sheet(d, 1), "加分")), dec("5"));
  EXPECT_EQ(number_of(anchored(sheet(d, 7), "加分")), dec("2"));
}

}  // namespace
}  // namespace formwork::test
