#pragma once
// Private to the layout engine: where a line's baseline sits and how tall
// the line is, for text alone and for text holding inline pictures.
#include "layout/grid.h"

namespace formwork {

/// The share of a line's em box above the baseline: the usual ideographic
/// em box of CJK fonts, 0.88 em above and 0.12 em below (AR PL SungtiL's
/// hhea: 0.879/0.120). Baselines are placed with it whatever face draws a
/// line, so a line mixing Han with Liberation digits (hhea 0.891/0.216)
/// sits exactly where a line of Han alone would.
constexpr double kEmBoxAscent = 0.88;

/// A line's vertical metrics, pt.
struct VerticalMetrics {
  double pitch = 0;     ///< the line's height
  double baseline = 0;  ///< below the line top

  /// The part of the line below the baseline.
  double descent() const { return pitch - baseline; }
};

/// A line of text whose largest size is `size` pt: pitch `spacing` × size
/// (spacing ≤ 0 counts as 1), raised to whole grid lines on a line grid,
/// and the baseline where the em box centred in that pitch puts it:
/// (pitch − size) / 2 + kEmBoxAscent × size below the line top.
VerticalMetrics text_line_metrics(double size, double spacing, const DocGrid& grid);

/// The metrics of a text line (`text`) that holds inline pictures, the
/// tallest `picture_h` pt: a picture's bottom sits on the baseline and its
/// top may not rise above the line top, so when it is taller than the
/// text's part above the baseline the line grows by the difference, rounded
/// up to whole grid lines on a line grid. The part below the baseline stays
/// the text's, so on a grid the baseline sits in its last grid line where
/// body lines put theirs. `text` unchanged when the pictures fit.
VerticalMetrics with_pictures(VerticalMetrics text, double picture_h, const DocGrid& grid);

}  // namespace formwork
