// 项目支出绩效自评表 (templates/project-self-eval.xml), MoF layout: the
// 绩效指标 column and the 一级 / 二级 names merged over their groups by
// rowspan placeholders, and the number formats that keep quantitative
// targets and results numeric while showing their sign and unit (≥95%).
#include <tuple>

#include "forms_a_support.h"
#include "model/table_grid.h"

namespace formwork::test::forms_a {
namespace {

const char* kSample = "samples/project-self-eval-2021.json";

Rendered render(const Json& record) { return render_form("project-self-eval", record); }

/// The indicator table: the one whose first row reads 绩效指标 | 一级指标 | ….
const Table& indicator_table(const Document& doc) {
  for (const Block& b : doc.blocks) {
    if (!std::holds_alternative<Table>(b)) continue;
    const Table& t = std::get<Table>(b);
    if (t.rows.size() > 1 && t.rows[0].cells.size() > 1 &&
        cell_text(t.rows[0].cells[1]) == "一级指标")
      return t;
  }
  ADD_FAILURE() << "no indicator table";
  static const Table none;
  return none;
}

/// The placed cell covering grid position (row, col) of `g`.
const PlacedCell& at(const TableGrid& g, int row, int col) {
  int i = g.owner.at(static_cast<size_t>(row)).at(static_cast<size_t>(col));
  if (i < 0) {
    ADD_FAILURE() << "hole at row " << row << ", column " << col;
    static const Cell empty;
    static const PlacedCell none{&empty, row, col, 1, 1};
    return none;
  }
  return g.cells[static_cast<size_t>(i)];
}

/// (grid row of the first row, text, rowspan) of every cell whose top-left
/// corner is in column `col`, from grid row `from` to `to` (exclusive).
std::vector<std::tuple<int, std::string, int>> column_cells(const TableGrid& g, int col, int from,
                                                            int to) {
  std::vector<std::tuple<int, std::string, int>> out;
  for (const PlacedCell& pc : g.cells)
    if (pc.col == col && pc.row >= from && pc.row < to)
      out.emplace_back(pc.row, cell_text(*pc.cell), pc.rowspan);
  return out;
}

/// The cells after the cell reading `name` in its row: 年度指标值, 实际完成值, ….
std::vector<Cell> after(const Document& doc, const std::string& name) {
  for (const Row& r : indicator_table(doc).rows)
    for (size_t i = 0; i < r.cells.size(); ++i)
      if (cell_text(r.cells[i]) == name) return {r.cells.begin() + i + 1, r.cells.end()};
  ADD_FAILURE() << "no indicator row " << name;
  return std::vector<Cell>(5);
}

using Spans = std::vector<std::tuple<int, std::string, int>>;

TEST(FormsAProjectEvalLayout, SampleNamesAreMergedOverTheirGroups) {
  Rendered r = render(sample(kSample));
  TableGrid g = resolve_grid(indicator_table(r.doc));
  ASSERT_EQ(g.rows, 38);  // header, 35 indicators, 总分, 自评等级
  ASSERT_EQ(g.cols, 9);
  // 绩效指标: one shaded label over all 35 indicators (centred in each
  // page's part when the table breaks), under a shaded header cell.
  EXPECT_EQ(column_cells(g, 0, 0, 36), (Spans{{0, "", 1}, {1, "绩效\n指标", 35}}));
  EXPECT_TRUE(at(g, 1, 0).cell->shaded);
  EXPECT_EQ(column_cells(g, 1, 1, 36),
            (Spans{{1, "产出指标", 26}, {27, "效益指标", 7}, {34, "满意度指标", 2}}));
  EXPECT_EQ(column_cells(g, 2, 1, 36), (Spans{{1, "数量指标", 6},
                                              {7, "质量指标", 13},
                                              {20, "时效指标", 4},
                                              {24, "成本指标", 3},
                                              {27, "社会效益指标", 5},
                                              {32, "可持续影响指标", 2},
                                              {34, "服务对象满意度指标", 2}}));
  // Every indicator row has its own 三级指标 … 偏差原因 cells in columns 3–8.
  for (int row = 1; row <= 35; ++row) {
    for (int col = 3; col < 9; ++col) {
      EXPECT_EQ(at(g, row, col).row, row) << "row " << row << ", column " << col;
      EXPECT_EQ(at(g, row, col).rowspan, 1) << "row " << row << ", column " << col;
    }
  }
  EXPECT_EQ(cell_text(*at(g, 2, 3).cell), "举办青少年机器人大赛次数");
  EXPECT_EQ(cell_text(*at(g, 36, 0).cell), "总分");
  EXPECT_EQ(at(g, 36, 0).colspan, 6);
  // The second row of a group omits the covered positions (HTML semantics).
  EXPECT_EQ(indicator_table(r.doc).rows[2].cells.size(), 6u);
  EXPECT_EQ(indicator_table(r.doc).rows[7].cells.size(), 7u);  // 质量指标 starts here
}

TEST(FormsAProjectEvalLayout, SpansFollowTheData) {
  Json j = sample(kSample);
  Json& benefit = j["绩效指标"][1]["二级指标"];
  benefit.erase(benefit.begin());  // 社会效益指标 (5 rows) gone: 效益 keeps 可持续影响 (2)
  j["绩效指标"][2]["二级指标"][0]["三级指标"].erase(1);  // 满意度: one indicator
  Rendered r = render(j);
  TableGrid g = resolve_grid(indicator_table(r.doc));
  ASSERT_EQ(g.rows, 32);
  EXPECT_EQ(column_cells(g, 0, 1, 30), (Spans{{1, "绩效\n指标", 29}}));
  EXPECT_EQ(column_cells(g, 1, 1, 30),
            (Spans{{1, "产出指标", 26}, {27, "效益指标", 2}, {29, "满意度指标", 1}}));
  EXPECT_EQ(column_cells(g, 2, 27, 30),
            (Spans{{27, "可持续影响指标", 2}, {29, "服务对象满意度指标", 1}}));
  // The totals still sum exactly the indicator rows.
  EXPECT_EQ(r.formula("总分"), "SUM(R[-29]C:R[-1]C)+@预算得分");
  EXPECT_EQ(cell_text(*at(g, 30, 0).cell), "总分");
}

TEST(FormsAProjectEvalLayout, QuantitativeCellsAreNumbersWithSignAndUnit) {
  Rendered r = render(sample(kSample));
  struct Expect {
    const char* name;
    const char* target;
    const char* target_text;
    const char* target_format;
    const char* actual;
    const char* actual_format;
  };
  for (const Expect& e : {
           Expect{"开展流动科技馆展览次数", "1", "≥1次", "\"≥\"General\"次\"", "1",
                  "General\"次\""},
           Expect{"上级政策落实情况", "100", "=100%", "\"=\"General\"%\"", "100", "General\"%\""},
           Expect{"展览活动参与率", "80", "≤80%", "\"≤\"General\"%\"", "80", "General\"%\""},
           Expect{"大讲堂培训合格率", "95", "≥95%", "\"≥\"General\"%\"", "95", "General\"%\""},
           Expect{"三公经费控制数", "0.67", "<0.67万元", "\"<\"General\"万元\"", "0.62",
                  "General\"万元\""},
       }) {
    std::vector<Cell> c = after(r.doc, e.name);
    ASSERT_GE(c.size(), 2u);
    ASSERT_TRUE(c[0].value.number) << e.name;
    EXPECT_EQ(c[0].value.number->to_string(), e.target) << e.name;
    EXPECT_EQ(cell_text(c[0]), e.target_text) << e.name;
    EXPECT_EQ(c[0].value.number_format, e.target_format) << e.name;
    ASSERT_TRUE(c[1].value.number) << e.name;
    EXPECT_EQ(c[1].value.number->to_string(), e.actual) << e.name;
    EXPECT_EQ(c[1].value.number_format, e.actual_format) << e.name;
  }
  // Qualitative targets stay text.
  std::vector<Cell> q = after(r.doc, "政府采购规范性");
  EXPECT_FALSE(q[0].value.number);
  EXPECT_EQ(cell_text(q[0]), "合规");
}

// Every sign and every unit, including ones the template never names (人次),
// reaches the number format as quoted literal text.
TEST(FormsAProjectEvalLayout, EverySignAndUnitHasItsFormat) {
  Json j = sample(kSample);
  Json& x = indicator(j, "展览活动参与率");
  for (const std::string sign : {"≥", ">", "=", "≤", "<"}) {
    x["类型"] = sign == "≤" || sign == "<" ? "反向" : "正向";
    x["比较"] = sign;
    for (const std::string unit : {"%", "次", "万元", "人次"}) {
      x["单位"] = unit;
      std::vector<Cell> c = after(render(j).doc, "展览活动参与率");
      std::string shown = "\"" + unit + "\"";
      EXPECT_EQ(c[0].value.number_format, "\"" + sign + "\"General" + shown) << sign << unit;
      EXPECT_EQ(cell_text(c[0]), sign + "80" + unit);
      EXPECT_EQ(c[1].value.number_format, "General" + shown) << unit;
      EXPECT_EQ(cell_text(c[1]), "80" + unit);
    }
  }
}

}  // namespace
}  // namespace formwork::test::forms_a
