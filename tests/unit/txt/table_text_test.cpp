#include "txt/table_text.h"

#include <gtest/gtest.h>

#include <numeric>

#include "txt_test_util.h"
#include "util/utf8.h"

namespace formwork {
namespace {

using txt_test::cell;
using txt_test::row;

/// 项目 (rowspan 2) | 金额 (colspan 2) | 备注 (rowspan 2)
///                  | 预算 | 决算      |
/// data rows mixing Han, digits and Vietnamese.
Table sample_table() {
  Table t;
  t.column_widths = {2, 1, 1, 1};
  t.rows.push_back(
      row({cell("项目", 1, 2), cell("金额", 2, 1, Align::Center), cell("备注", 1, 2)}));
  t.rows.push_back(row({cell("预算"), cell("决算")}));
  t.rows.push_back(row({cell("办公费 office"), cell("1,234.56", 1, 1, Align::Right),
                        cell("1,000.00", 1, 1, Align::Right), cell("Hạnh phúc")}));
  t.rows.push_back(row({cell("合计"), cell("267,009.88", 1, 1, Align::Right),
                        cell("3,916,995.54", 1, 1, Align::Right), cell("")}));
  return t;
}

TEST(TextColumnWidths, ProportionalAndExactTotal) {
  const auto w = text_column_widths({2, 1, 1, 1}, 60);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(std::accumulate(w.begin(), w.end(), 0) + 5, 60);
  EXPECT_EQ(w[0], 22);  // 55 × 2/5
  EXPECT_EQ(w[1] + w[2] + w[3], 33);
}

TEST(TextColumnWidths, MinimumWidthAndZeroWeights) {
  const auto w = text_column_widths({100, 1}, 30);
  EXPECT_EQ(w[1], 4);
  EXPECT_EQ(w[0] + w[1] + 3, 30);
  const auto eq = text_column_widths({0, 0}, 23);
  EXPECT_EQ(eq, (std::vector<int>{10, 10}));
}

TEST(RenderTable, EveryLineHasTheTableWidth) {
  for (int width : {40, 61, 100}) {
    const auto lines = render_table(sample_table(), width);
    ASSERT_GT(lines.size(), 5u);
    for (const auto& l : lines) EXPECT_EQ(display_width(l), width) << width << ": " << l;
  }
}

TEST(RenderTable, ExactLayoutWithMergedCells) {
  const auto lines = render_table(sample_table(), 45);
  // 40 × {2,1,1,1}/5 = 16, 8, 8, 8; then the amounts get what they need
  // whole (12 and 14 with padding), taken from 项目 (down to "office" + 2)
  // and 备注 (down to "phúc" + 2).
  const std::vector<std::string> want = {
      "+--------+---------------------------+------+",
      "| 项目   |           金额            | 备注 |",
      "|        +------------+--------------+      |",
      "|        | 预算       | 决算         |      |",
      "+--------+------------+--------------+------+",
      "| 办公费 |   1,234.56 |     1,000.00 | Hạnh |",
      "| office |            |              | phúc |",
      "+--------+------------+--------------+------+",
      "| 合计   | 267,009.88 | 3,916,995.54 |      |",
      "+--------+------------+--------------+------+",
  };
  EXPECT_EQ(lines, want) << [&] {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
  }();
}

TEST(RenderTable, RowspanTextFlowsAcrossTheRuleOfOtherColumns) {
  Table t;
  t.column_widths = {1, 1};
  t.rows.push_back(row({cell("甲乙丙丁戊己庚", 1, 2), cell("a")}));
  t.rows.push_back(row({cell("b")}));
  const auto lines = render_table(t, 15);  // columns 6 wide: 2 Han per line
  const std::vector<std::string> want = {
      "+------+------+", "| 甲乙 | a    |", "| 丙丁 +------+",
      "| 戊己 | b    |", "| 庚   |      |", "+------+------+",
  };
  EXPECT_EQ(lines, want);
}

TEST(RenderTable, NarrowNumericColumnsAreWidenedInsteadOfSplit) {
  // By weight (36 × {4,1,1}/6) 编号 and 电话 get 6 columns each, 4 inside:
  // "2016001" came out as "2016" over "001". Now they take 3 and 9 columns
  // from 项目名称, whose Han text wraps anywhere.
  Table t;
  t.column_widths = {4, 1, 1};
  t.rows.push_back(row({cell("项目名称"), cell("编号"), cell("电话")}));
  t.rows.push_back(row({cell("灰霾天气的防控与干预"), cell("2016001"), cell("13805310000")}));
  t.rows.push_back(
      row({cell("城市给排水系统水质监测预警及应急技术"), cell("2016002"), cell("0531-88597980")}));
  const auto lines = render_table(t, 40);
  const std::vector<std::string> want = {
      "+------------+---------+---------------+", "| 项目名称   | 编号    | 电话          |",
      "+------------+---------+---------------+", "| 灰霾天气的 | 2016001 | 13805310000   |",
      "| 防控与干预 |         |               |", "+------------+---------+---------------+",
      "| 城市给排水 | 2016002 | 0531-88597980 |", "| 系统水质监 |         |               |",
      "| 测预警及应 |         |               |", "| 急技术     |         |               |",
      "+------------+---------+---------------+",
  };
  EXPECT_EQ(lines, want) << [&] {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
  }();
}

TEST(RenderTable, NumbersInMergedCellsGetTheirSpan) {
  // A 12-column amount across two 6-column columns (9 inside with the
  // border between them) widens the span, not a column outside it only.
  Table t;
  t.column_widths = {4, 1, 1};
  t.rows.push_back(row({cell("说明"), cell("3,916,995.54", 2, 1, Align::Right)}));
  t.rows.push_back(row({cell("经费决算表项目支出绩效"), cell("甲"), cell("乙")}));
  const auto lines = render_table(t, 40);
  for (const auto& l : lines) EXPECT_EQ(display_width(l), 40) << l;
  EXPECT_NE(lines[1].find("3,916,995.54 |"), std::string::npos) << lines[1];
}

TEST(RenderTable, WithoutBordersUsesSpaces) {
  Table t = sample_table();
  t.borders = false;
  const auto lines = render_table(t, 40);
  for (const auto& l : lines) {
    EXPECT_EQ(l.find_first_of("|+"), std::string::npos) << l;
    EXPECT_FALSE(!l.empty() && l.back() == ' ') << l;
  }
  EXPECT_EQ(lines.front(), "  项目            金额           备注");
}

TEST(RenderTable, ShortRowsKeepTheGrid) {
  Table t;
  t.column_widths = {1, 1, 1};
  t.rows.push_back(row({cell("a"), cell("b"), cell("c")}));
  t.rows.push_back(row({cell("宽字符")}));  // two holes
  const auto lines = render_table(t, 22);
  const std::vector<std::string> want = {
      "+------+------+------+", "| a    | b    | c    |", "+------+------+------+",
      "| 宽字 |      |      |", "| 符   |      |      |", "+------+------+------+",
  };
  EXPECT_EQ(lines, want);
}

TEST(ColumnWeights, FixedMillimetresTakeTheirShare) {
  Table t;
  t.column_widths = {1, 1, 2};
  EXPECT_EQ(column_weights(t, 160), (std::vector<double>{1, 1, 2}));  // no mm: unchanged
  t.column_widths_mm = {80, 0, 0};
  EXPECT_EQ(column_weights(t, 160), (std::vector<double>{0.5, 0.5 / 3, 1.0 / 3}));
  EXPECT_EQ(column_weights(t, 0), (std::vector<double>{1, 1, 2}));  // no text width known
  t.column_widths_mm = {320, 0, 0};                                 // over the width: fits
  EXPECT_EQ(column_weights(t, 160), (std::vector<double>{1, 0, 0}));
}

TEST(RenderTable, RulesInCellsAreBoxDrawingLines) {
  Table t;
  t.column_widths = {1, 1};
  t.borders = false;
  Cell left = cell("UBND XÃ", 1, 1, Align::Center);
  Paragraph rule;
  rule.rule = HorizontalRule{0.75, 0, 20};  // 20 of 160 mm in 40 columns: 5
  rule.align = Align::Center;
  left.paragraphs.push_back(rule);
  Cell right = cell("Độc lập", 1, 1, Align::Center);
  Paragraph full;
  full.rule = HorizontalRule{};
  right.paragraphs.push_back(full);
  t.rows.push_back(row({left, right}));
  const auto lines = render_table(t, 40, 160);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "       UBND XÃ            Độc lập");
  // Cells 17 and 16 columns inside: the short rule centred, the full one the cell wide.
  EXPECT_EQ(lines[1], std::string(8, ' ') + "─────" + std::string(9, ' ') + "────────────────");
}

TEST(RenderTable, OverflowingCellThrows) {
  Table t;
  t.column_widths = {1, 1};
  t.rows.push_back(row({cell("a", 3)}));
  EXPECT_THROW(render_table(t, 20), std::invalid_argument);
}

}  // namespace
}  // namespace formwork
