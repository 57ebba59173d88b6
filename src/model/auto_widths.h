#pragma once
// Widths of the columns of a table that follow their content (widths
// "auto" in a template), decided once in the model so PDF, DOCX, XLSX and
// TXT all get the same columns. A simplified automatic table layout (CSS
// 2.1 §17.5.2.2, with Word's proportional sharing): each column has a
// minimum (its widest unbreakable piece of text, UAX #14 line break
// opportunities) and a preferred width (most of its lines unbroken); text is
// measured with the writers' shared estimate (model/text_estimate.h).
#include <vector>

#include "model/document.h"

namespace formwork {

/// Share of a column's cells its preferred width keeps on one line.
inline constexpr double kPreferredShare = 0.9;

/// Minimum and preferred width of one column, mm, cell padding included.
struct ColumnContentWidth {
  double min_mm = 0;
  double preferred_mm = 0;
};

/// The content widths of `table`'s columns, from the cells that span one
/// column (a cell spanning several sets none of them): the minimum is the
/// widest unbreakable piece of any cell, the preferred width the one
/// kPreferredShare of the cells fit unbroken (a single long name does not
/// widen its column at the expense of the others). A column without such
/// cells has both widths equal to its padding.
std::vector<ColumnContentWidth> column_content_widths(const Table& table);

/// Widths (mm, summing to `room_mm`) of the table's columns `columns`
/// (indices) that follow their content, for a table as short as the text
/// estimate can make it: each column starts at its minimum, then the room
/// goes, a step at a time, to the column whose widening saves the most
/// lines of the table per mm (a row is as tall as its tallest cell; cells
/// spanning columns do not count); what no widening can use goes by
/// preferred width. When the minimums do not fit, they are scaled down
/// together. Deterministic: ties go to the leftmost column.
std::vector<double> fit_columns_to_content(const Table& table, const std::vector<size_t>& columns,
                                           double room_mm);

/// Shares `room_mm` among columns with content widths `c`, each in
/// proportion to its preferred width but never below its minimum (Word's
/// autofit behaves alike): a column of long names gets more room than a
/// column of phone numbers, and a number is never split. When even the
/// minimums do not fit, they are scaled down together. Returns mm per
/// column, summing to `room_mm` (an empty list for no columns).
std::vector<double> share_by_content(const std::vector<ColumnContentWidth>& c, double room_mm);

}  // namespace formwork
