#pragma once
// Private to the layout engine: one paragraph → lines of glyph runs, before
// pagination. Lines carry their own pitch so pages can be filled line by line.
#include <deque>
#include <limits>
#include <vector>

#include "layout/frame.h"
#include "layout/grid.h"
#include "layout/line_metrics.h"  // kEmBoxAscent
#include "layout/text_context.h"
#include "model/document.h"

namespace formwork {

/// No limit on a picture's height (a margin line, a test).
inline constexpr double kNoPictureLimit = std::numeric_limits<double>::infinity();

/// One laid-out line. Run x values are final page coordinates (pt); run y
/// values are baselines measured from the top of the line (pt), so placing
/// a line at page y `top` means adding `top` to each run's y.
struct LineBox {
  /// Line pitch, pt: line_spacing × the largest size on the line, raised to
  /// whole grid lines when the section has a line grid, grown for inline
  /// pictures (with_pictures, line_metrics.h); a rule's thickness.
  double height = 0;
  std::vector<GlyphRun> runs;
  /// A rule paragraph's rule, a line's pictures (Rule, PictureItem), y
  /// relative to the line top like the runs; painted after the runs. One
  /// vector for both: most lines have neither, and a long text has tens of
  /// thousands of lines.
  std::vector<FrameItem> extras;
};

/// Moves `item` (a Rule, PictureItem, GlyphRun or FillRect) down by `dy` pt.
void shift_down(FrameItem& item, double dy);

/// A paragraph's or a cell's lines. A deque, not a vector: a long text has
/// tens of thousands of lines, and a vector growing by doubling holds up to
/// twice their size (both arrays while it moves them); a deque grows by
/// blocks, and frees them as lines are moved out from the front.
using LineList = std::deque<LineBox>;

/// A paragraph's lines plus the spacing the flow puts around them (pt).
struct ParagraphBox {
  double space_before = 0;
  double space_after = 0;
  /// Paragraph::keep_with_next (headings and titles have it by default:
  /// role_defaults, where the model is built).
  bool keep_with_next = false;
  bool widow_control = true;  ///< Paragraph::widow_control
  /// A rule paragraph on a line grid: its spacing is kept exact (to place
  /// the rule) and the flow returns to the nearest grid line after it.
  bool snap_after = false;
  /// Some line ends inside a word, number or code too wide for a whole line
  /// (LineSpan::split): table cells then try a smaller size (layout_cell).
  bool split_segment = false;
  LineList lines;  ///< never empty: an empty paragraph has one empty line

  double lines_height() const;
  double total_height() const { return space_before + lines_height() + space_after; }
};

/// Lays `p` out in the column [left_x, left_x + width] (pt) with alignment
/// `align` (which overrides p.align, so table cells can impose theirs).
/// - Indents are in em of the first run's size, or in character cells when
///   that size is on the character grid (2 em = 2 cells, GB/T 9704 §5.2.2).
/// - Justified lines fill the column exactly, stretching between CJK
///   characters and at spaces; the last line and lines ended by '\n' are
///   set flush left.
/// - Baseline: line top + (height − size) / 2 + kEmBoxAscent × size, with
///   the line's largest size in pt: the em box centred in the line, so on a
///   line grid every body line's baseline sits at the same place in its
///   grid line whichever faces draw it.
/// - `grid` (a section's DocGrid; empty in table cells and margins): line
///   heights and space_before/space_after in whole grid lines, wide
///   characters on character cells (see shape_runs).
/// - A rule paragraph (p.rule) becomes one line holding a Rule, see
///   layout_rule_paragraph (rule_layout.h).
/// - Pictures (Run::picture): an inline picture is one unbreakable box in
///   its line (a break opportunity before and after it, UAX #14 class CB),
///   its bottom on the baseline, the line grown so its top stays below the
///   line top (with_pictures); a floating one takes no width nor height and
///   is placed from its pen position and line top (place_pictures). A
///   picture wider than the paragraph's narrowest line, or too tall for a
///   text block `max_picture_height` pt tall, is scaled down (fit_pictures).
/// - `avoid_runt` (table cells): the last line never holds one wide
///   character alone when the line before can give it its last segment
///   (LineBreaker::break_lines).
ParagraphBox layout_paragraph(const Paragraph& p, double left_x, double width, Align align,
                              TextContext& ctx, const DocGrid& grid = {},
                              double max_picture_height = kNoPictureLimit, bool avoid_runt = false);

/// The pt length of one em for `p`'s indents: the first run's size (12 pt
/// for a paragraph without runs), or one character cell when that size is
/// on `grid`'s character grid.
double indent_unit(const Paragraph& p, const DocGrid& grid);

}  // namespace formwork
