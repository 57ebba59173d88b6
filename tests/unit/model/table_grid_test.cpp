#include "model/table_grid.h"

#include <gtest/gtest.h>

using namespace formwork;

namespace {

Cell cell(int colspan = 1, int rowspan = 1) {
  Cell c;
  c.colspan = colspan;
  c.rowspan = rowspan;
  return c;
}

}  // namespace

TEST(TableGrid, PlacesCellsAroundRowspans) {
  // The settlement sheet's 合计 block: 合计 and its amount span two rows.
  Table t;
  t.column_widths = {1, 1, 1, 1, 1, 1};
  t.rows.push_back(Row{{cell(1, 2), cell(2, 2), cell(), cell(2)}});
  t.rows.push_back(Row{{cell(), cell(2)}});
  TableGrid g = resolve_grid(t);
  ASSERT_EQ(g.cells.size(), 6u);
  EXPECT_EQ(g.cells[4].row, 1);
  EXPECT_EQ(g.cells[4].col, 3);  // skips the two spanned cells from above
  EXPECT_EQ(g.cells[5].col, 4);
  EXPECT_EQ(g.owner[1][0], 0);
  EXPECT_EQ(g.owner[1][2], 1);
}

TEST(TableGrid, OverflowNamesTheRow) {
  Table t;
  t.column_widths = {1, 1};
  t.rows.push_back(Row{{cell(), cell()}});
  t.rows.push_back(Row{{cell(2), cell()}});
  try {
    resolve_grid(t);
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("row 2"), std::string::npos);
  }
}

TEST(TableGrid, ShortRowsLeaveHolesAndRowspanIsClipped) {
  Table t;
  t.column_widths = {1, 1, 1};
  t.rows.push_back(Row{{cell(1, 5)}});
  TableGrid g = resolve_grid(t);
  EXPECT_EQ(g.cells[0].rowspan, 1);
  EXPECT_EQ(g.owner[0][1], -1);
}
