#pragma once
// Private to the layout engine: one paragraph → lines of glyph runs, before
// pagination. Lines carry their own pitch so pages can be filled line by line.
#include <vector>

#include "layout/frame.h"
#include "layout/text_context.h"
#include "model/document.h"

namespace formwork {

/// One laid-out line. Run x values are final page coordinates (pt); run y
/// values are baselines measured from the top of the line (pt), so placing
/// a line at page y `top` means adding `top` to each run's y.
struct LineBox {
  double height = 0;  ///< line pitch: line_spacing × the largest size on the line, pt
  std::vector<GlyphRun> runs;
};

/// A paragraph's lines plus the spacing the flow puts around them (pt).
struct ParagraphBox {
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
  std::vector<LineBox> lines;  ///< never empty: an empty paragraph has one empty line

  double lines_height() const;
  double total_height() const { return space_before + lines_height() + space_after; }
};

/// Lays `p` out in the column [left_x, left_x + width] (pt) with alignment
/// `align` (which overrides p.align, so table cells can impose theirs).
/// Indents are in em of the first run's size. Justified lines fill the
/// column exactly, stretching between CJK characters and at spaces; the last
/// line and lines ended by '\n' are set flush left. Baseline: line top +
/// (pitch − (ascent + descent)) / 2 + ascent, using the line's largest
/// ascent and descent in pt.
ParagraphBox layout_paragraph(const Paragraph& p, double left_x, double width, Align align,
                              TextContext& ctx);

}  // namespace formwork
