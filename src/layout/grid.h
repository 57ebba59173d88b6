#pragma once
// Private to the layout engine: the document grid of a section (Word's
// w:docGrid type="linesAndChars", GB/T 9704-2012 §5.2.2: 22 lines × 28
// characters on the 156 × 225 mm 版心).
#include "model/document.h"

namespace formwork {

/// Line and character pitch of a section's grid, pt; 0 = that grid is off.
struct DocGrid {
  double line_pitch = 0;  ///< text height / grid_lines
  double char_pitch = 0;  ///< text width / grid_chars

  bool has_lines() const { return line_pitch > 0; }
  bool has_chars() const { return char_pitch > 0; }

  /// Height of a line whose natural pitch is `natural` pt: the smallest
  /// whole number (≥ 1) of grid lines that holds it, or `natural` when the
  /// line grid is off. A 16 pt body line on the 28.99 pt GB/T 9704 pitch
  /// takes one grid line; a 22 pt line with 1.5 spacing (33 pt) takes two.
  double line_height(double natural) const;

  /// `space` pt rounded to the nearest whole number of grid lines (so the
  /// flow stays on the grid), or `space` unchanged when the line grid is off.
  double spacing(double space) const;

  /// `offset` pt (from the text block top) moved down to the next grid line
  /// (unchanged when already on one or when the line grid is off).
  double snap_down(double offset) const;

  /// True when text of `size_pt` sits on the character grid: the grid is on
  /// and the size is at most char_pitch × 1.05 (16 pt body text on the
  /// 15.79 pt GB/T 9704 pitch; a 22 pt title keeps its natural width).
  bool on_char_grid(double size_pt) const;
};

/// The grid of `setup` (pt): pitches from grid_lines / grid_chars over the
/// text block; a count ≤ 0 turns that grid off.
DocGrid grid_of(const PageSetup& setup);

}  // namespace formwork
