#pragma once
// Private to the layout engine: the pictures of a paragraph (Run::picture,
// model/picture.h) sized for their line and page and placed on their line.
#include <cstddef>
#include <vector>

#include "layout/frame.h"
#include "layout/grid.h"
#include "layout/shaper.h"

namespace formwork {

/// Scales each picture of `t` down, keeping its aspect ratio, so that it
/// is at most `max_width` pt wide (the narrowest line of its paragraph)
/// and its line fits a page whose text block is `max_height` pt tall: the
/// picture at most `max_height` less the part its line keeps below the
/// baseline (text_line_metrics of its run's size with `spacing` and
/// `grid`). Pictures that fit keep their size. Updates the advances of
/// inline pictures and t.prefix.
void fit_pictures(ShapedText& t, double max_width, double max_height, double spacing,
                  const DocGrid& grid);

/// The height (pt) of the tallest inline picture among chars [begin, end)
/// of `t`; 0 when there is none (floating pictures take no height).
double tallest_inline_picture(const ShapedText& t, size_t begin, size_t end);

/// Appends the pictures among chars [begin, end) of a line whose pen
/// positions (pt from `x0`, page x of the line's start) are `pen` (one per
/// char from `begin`) and whose baseline is `baseline` pt below its top.
/// Item y values are relative to the line top, like LineBox runs:
/// - inline: at its pen position, bottom on the baseline;
/// - floating: top-left corner at its pen position and the line top,
///   moved by Picture::offset_x_mm / offset_y_mm.
void place_pictures(const ShapedText& t, size_t begin, size_t end, double x0,
                    const std::vector<double>& pen, double baseline, std::vector<PictureItem>& out);

}  // namespace formwork
