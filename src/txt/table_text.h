#pragma once
// Plain-text tables drawn with ASCII box characters:
//   +------+-----------+
//   | 项目 | 金额      |
//   +------+-----+-----+
// Column widths follow the table's weights; widths are display columns
// (UAX #11: a Han character takes 2), so every line has the same width.
#include <string>
#include <vector>

#include "model/document.h"
#include "txt/line_wrap.h"  // LineSink

namespace formwork {

/// Display widths of the table's columns, each including one space of
/// padding on either side, for a table `width` columns wide in total with
/// borders ('|' at both edges and between columns). Widths are proportional
/// to the weights (largest remainders get the spare columns) and at least 4
/// (padding plus one wide character), so a table with very many columns can
/// end up wider than `width`.
std::vector<int> text_column_widths(const std::vector<double>& weights, int width);

/// Relative column weights of `table` on a text block `text_width_mm` wide:
/// column_widths as they are, unless column_widths_mm (same length) fixes
/// some columns; those then weigh mm / text_width_mm of the whole and the
/// others share the rest by their weights (fixed widths over the text
/// block are scaled down to fit), or by content for column_auto columns
/// (column_fractions). text_width_mm <= 0: column_widths.
std::vector<double> column_weights(const Table& table, double text_width_mm);

/// The table as lines without '\n'. Bordered tables: every line is exactly
/// the table's width. A colspan cell is one wide cell; a rowspan cell has
/// no rule across it and its text starts in its first row, flowing down.
/// Text is top-aligned (vertical alignment is not rendered); horizontal
/// alignment comes from the paragraph, else the cell. Tables without
/// borders use spaces instead, drop empty rule lines and trailing spaces.
/// Column widths follow column_weights(table, text_width_mm), then are
/// widened where a cell's number, code or word would otherwise be split
/// (widen_for_demands: taken from columns with room to spare). A rule
/// paragraph in a cell is a line of "─" as long as the rule (scaled from
/// mm as the table's width stands for text_width_mm; 0 or unknown: the
/// cell's width), at most the cell's width, placed by the alignment.
/// Throws std::invalid_argument from resolve_grid for overflowing cells.
/// `ambiguous`: how East Asian Ambiguous characters count (display_width).
std::vector<std::string> render_table(const Table& table, int width, double text_width_mm = 0,
                                      AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

/// render_table handing each line to `sink` as it is drawn: memory is the
/// cells' text plus 16 bytes a line, never the drawn table.
void render_table(const Table& table, int width, double text_width_mm, const LineSink& sink,
                  AmbiguousWidth ambiguous = AmbiguousWidth::Narrow);

}  // namespace formwork
