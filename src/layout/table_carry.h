#pragma once
// Private to the layout engine: what a table adds where it continues on
// another page — the 续表 caption and the 过次页/承前页 rows of running
// totals (Table::continued, Table::carry).
#include <vector>

#include "layout/table_layout.h"
#include "layout/text_context.h"
#include "model/table_grid.h"
#include "util/decimal.h"

namespace formwork {

/// Totals (one per carry column) of the body rows ending at or above `y`
/// (pt from the table's top).
std::vector<Decimal> carried_totals(const TableBox& table, double y);

/// A one-row table on `table`'s columns: `label` over the columns left of
/// the first carried column (centred), each carried column's total written
/// with the carry's number format and locale (right-aligned), the other
/// columns empty; at least `min_height` pt tall. Throws
/// std::invalid_argument from format_by_number_format.
TableBox carry_row(const TableBox& table, const std::string& label,
                   const std::vector<Decimal>& totals, TextContext& ctx, double min_height = 0);

/// Fills `box`'s caption, carry values and carry row height from `table`
/// (its cells' CellValue numbers in the carried columns of body rows).
void prepare_continuation(const Table& table, const TableGrid& grid, TableBox& box,
                          TextContext& ctx);

}  // namespace formwork
