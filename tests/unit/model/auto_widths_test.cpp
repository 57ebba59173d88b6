// Columns whose widths follow their content (widths "auto"): the same
// decision for every writer, made in the model.
#include "model/auto_widths.h"

#include <gtest/gtest.h>

#include <numeric>

#include "model/column_widths.h"

namespace formwork {
namespace {

Cell cell(const std::string& text) {
  Cell c;
  Paragraph p;
  p.runs.push_back(Run{text, TextStyle{}});  // 12 pt
  c.paragraphs.push_back(p);
  return c;
}

// Rows of {name, phone}: names of Han characters, phones unbreakable.
Table names_and_phones(const std::vector<std::pair<std::string, std::string>>& rows) {
  Table t;
  t.column_widths = {1, 1, 1};
  t.column_widths_mm = {15, 0, 0};
  t.column_auto = {false, true, true};
  t.cell_padding_mm = 1;
  for (const auto& [name, phone] : rows) {
    Row r;
    r.cells = {cell("1"), cell(name), cell(phone)};
    t.rows.push_back(r);
  }
  return t;
}

constexpr double kMmPerEm12 = 12 / (72.0 / 25.4);  // one em at 12 pt, mm

TEST(AutoWidths, MinimumIsTheWidestUnbreakablePiecePreferredMostLinesWhole) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (int i = 0; i < 9; ++i) rows.push_back({"山东省人力资源", "0531-88597980"});
  rows.push_back({"山东省人力资源和社会保障厅留学人员服务中心", "0546-8087230/8082273"});
  const std::vector<ColumnContentWidth> w = column_content_widths(names_and_phones(rows));
  ASSERT_EQ(w.size(), 3u);
  // Han text breaks between any two characters: its minimum is one em.
  EXPECT_NEAR(w[1].min_mm, kMmPerEm12 + 2, 1e-9);
  // 9 of 10 names have 7 characters: the one long name does not count.
  EXPECT_NEAR(w[1].preferred_mm, 7 * kMmPerEm12 + 2, 1e-9);
  // A phone number is never broken (UAX #14: no break inside numbers).
  EXPECT_NEAR(w[2].min_mm, 10 * kMmPerEm12 + 2, 1e-9);  // "0546-8087230/8082273": 20 columns
  EXPECT_NEAR(w[2].preferred_mm, w[2].min_mm, 1e-9);
}

TEST(AutoWidths, SharedByPreferredWidthNeverBelowMinimum) {
  // Room for everything: in proportion to the preferred widths.
  std::vector<double> mm = share_by_content({{10, 20}, {5, 60}}, 160);
  EXPECT_NEAR(mm[0], 40, 1e-9);
  EXPECT_NEAR(mm[1], 120, 1e-9);
  // Too little for the preferred widths: the first would get 12.5 < 20.
  mm = share_by_content({{20, 25}, {5, 75}}, 60);
  EXPECT_NEAR(mm[0], 20, 1e-9);
  EXPECT_NEAR(mm[1], 40, 1e-9);
  // Not even the minimums fit: scaled down together.
  mm = share_by_content({{30, 40}, {10, 50}}, 20);
  EXPECT_NEAR(mm[0], 15, 1e-9);
  EXPECT_NEAR(mm[1], 5, 1e-9);
  EXPECT_TRUE(share_by_content({}, 10).empty());
}

TEST(AutoWidths, ColumnFractionsKeepFixedColumnsAndShareTheRest) {
  std::vector<std::pair<std::string, std::string>> rows(
      10, {"全省专业技术人才知识更新工程高级研修项目", "0531-88597980"});
  const Table t = names_and_phones(rows);
  const std::vector<double> f = column_fractions(t, 100);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_NEAR(f[0] * 100, 15, 1e-9);
  EXPECT_NEAR(std::accumulate(f.begin(), f.end(), 0.0), 1, 1e-12);
  // The phone column keeps the whole number; the names get what sets
  // them on 2 lines (20 characters, 10 a line) rather than 3 or more.
  EXPECT_GE(f[2] * 100, 6.5 * kMmPerEm12 + 2 - 1e-9);
  EXPECT_GE(f[1] * 100, 10 * kMmPerEm12 + 2 - 1e-9);
  EXPECT_LT(f[1] * 100, 20 * kMmPerEm12 + 2);  // one line would not fit
}

TEST(AutoWidths, RoomGoesWhereItSavesLines) {
  // Column 1: ten 8-character names; column 2: one 40-character note.
  // 8 em of room set every name on one line and save 10 lines; the same
  // room given to the note saves fewer.
  Table t;
  t.column_widths = {1, 1};
  t.column_auto = {true, true};
  t.cell_padding_mm = 0;
  for (int i = 0; i < 10; ++i) {
    Row r;
    r.cells = {cell("一二三四五六七八"), cell(i == 0 ? std::string(40 * 3, 'x') : "x")};
    t.rows.push_back(r);
  }
  // min: 1 em each (Han breaks anywhere; "xxx…" breaks nowhere: 60 em).
  const std::vector<double> w = fit_columns_to_content(t, {0, 1}, 8 * kMmPerEm12 + 61 * kMmPerEm12);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_GE(w[0], 8 * kMmPerEm12 - 1e-9);
  EXPECT_NEAR(w[0] + w[1], 69 * kMmPerEm12, 1e-9);
}

}  // namespace
}  // namespace formwork
