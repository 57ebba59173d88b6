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
  const auto lines = render_table(sample_table(), 40);
  // widths: 35 × {2,1,1,1}/5 = 14, 7, 7, 7
  const std::vector<std::string> want = {
      "+--------------+---------------+-------+", "| 项目         |     金额      | 备注  |",
      "|              +-------+-------+       |", "|              | 预算  | 决算  |       |",
      "+--------------+-------+-------+-------+", "| 办公费       | 1,234 | 1,000 | Hạnh  |",
      "| office       |   .56 |   .00 | phúc  |", "+--------------+-------+-------+-------+",
      "| 合计         | 267,0 | 3,916 |       |", "|              | 09.88 | ,995. |       |",
      "|              |       |    54 |       |", "+--------------+-------+-------+-------+",
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

TEST(RenderTable, WithoutBordersUsesSpaces) {
  Table t = sample_table();
  t.borders = false;
  const auto lines = render_table(t, 40);
  for (const auto& l : lines) {
    EXPECT_EQ(l.find_first_of("|+"), std::string::npos) << l;
    EXPECT_FALSE(!l.empty() && l.back() == ' ') << l;
  }
  EXPECT_EQ(lines.front(), "  项目               金额        备注");
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
