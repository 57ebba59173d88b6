#pragma once
// Private to the layout engine: a table measured in its own coordinates
// (x final on the page, y from the table's top) before pagination.
#include <cstddef>
#include <deque>
#include <utility>
#include <vector>

#include "layout/paragraph_layout.h"
#include "layout/text_context.h"
#include "model/document.h"
#include "util/decimal.h"

namespace formwork {

/// A line of cell content; `top` is pt from the table's top.
struct CellLine {
  double top = 0;
  LineBox line;
};

/// A cell's rectangle and content. x values are page pt; y values are pt
/// from the table's top.
struct CellBox {
  double x = 0;
  double w = 0;
  double y0 = 0;
  double y1 = 0;
  bool shaded = false;
  /// In a header row: drawn again on later pages, so its lines are copied,
  /// never moved out, even where it is drawn as a body row.
  bool repeats = false;
  std::deque<CellLine> lines;  ///< a deque for LineList's reason
};

struct TableBox {
  std::vector<double> row_top;  ///< rows + 1 entries, pt from the table top
  /// Row boundaries where a page may break: no rowspan crosses them and no
  /// row kept with the next (Row::keep_with_next) ends there; ascending, > 0.
  std::vector<double> group_ends;
  std::vector<CellBox> cells;
  /// Height of the header rows (Row.header, consecutive from the top),
  /// shortened to a group end so no rowspan leaves the header.
  double header_height = 0;
  /// Runs of header rows below body rows (a 绩效考核表's 指标 header under
  /// its 项目名称 rows), as [top, bottom) pt from the table top, ascending:
  /// from where such a run is drawn on, it is the header repeated at the
  /// top of each continuation page instead of the one before it.
  std::vector<std::pair<double, double>> later_headers;
  double padding = 0;  ///< pt
  bool borders = true;
  std::vector<double> col_x;  ///< column edges, page pt (columns + 1)

  /// 续表 (Table::continued): the caption's lines, copied above the table's
  /// part on each page after its first; tops from the caption's top.
  std::deque<CellLine> caption;
  double caption_height = 0;  ///< pt, with the caption's spacing

  /// 过次页/承前页 (Table::carry), or null: the model's spec, valid while the
  /// document is laid out.
  const TableCarry* carry = nullptr;
  /// A body cell's number in a carried column (slot: index in
  /// carry->columns), counted once the page break has passed its row.
  struct CarryValue {
    std::size_t row = 0;
    std::size_t slot = 0;
    Decimal value;
  };
  std::vector<CarryValue> carry_values;
  double carry_height = 0;  ///< pt, each 过次页/承前页 row

  double height() const { return row_top.empty() ? 0 : row_top.back(); }
  /// True when `y` is a row boundary (within 1e-6 pt).
  bool is_row_boundary(double y) const;
};

/// Cell paragraphs of at most this many characters are set smaller when a
/// word, number or code in them is wider than the cell (see layout_table).
inline constexpr std::size_t kMaxFitChars = 400;
/// The smallest share of its size such a paragraph is set at (70 %).
inline constexpr double kMinFitScale = 0.7;

/// Measures `table` in the column [left_x, left_x + width] (pt): columns
/// with a column_widths_mm entry > 0 are that wide (all fixed columns
/// scaled down together if they alone exceed `width`); the others share the
/// rest by their column_widths weights. Cell paragraphs are
/// laid out in (cell width − 2 × padding) with the paragraph's alignment,
/// or the cell's when the paragraph's is Left. A row is as tall as its
/// min_height_mm and its single-row cells (+ 2 × padding); a rowspan cell
/// that needs more than its rows gives the difference to its last row.
/// A cell paragraph of at most kMaxFitChars characters holding a word,
/// number or code wider than the cell (UAX #14 gives no break inside
/// "17,200.00") is set 5 %, 10 % … down to kMinFitScale smaller until it
/// fits, and cut between grapheme clusters only when it does not fit even
/// then. Content is placed top/middle/bottom per Cell.valign. Pictures in cells
/// are scaled down to the cell's content width and, with 2 × padding, to
/// `max_picture_height` pt (the page's text block), so a row holding one
/// fits a page (layout_paragraph).
/// Throws std::invalid_argument (from resolve_grid) when cells overflow.
TableBox layout_table(const Table& table, double left_x, double width, TextContext& ctx,
                      double max_picture_height = kNoPictureLimit);

}  // namespace formwork
