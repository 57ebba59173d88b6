#include "layout/grid.h"

#include <algorithm>
#include <cmath>

#include "layout/frame.h"

namespace formwork {

namespace {

// A line whose natural pitch exceeds a whole number of grid lines by less
// than this (pt) still takes that number: float noise must not add a line.
constexpr double kEps = 1e-6;
constexpr double kCharGridTolerance = 1.05;

}  // namespace

double DocGrid::line_height(double natural) const {
  if (!has_lines()) return natural;
  double lines = std::max(1.0, std::ceil(natural / line_pitch - kEps));
  return lines * line_pitch;
}

double DocGrid::spacing(double space) const {
  if (!has_lines()) return space;
  return std::round(space / line_pitch) * line_pitch;
}

double DocGrid::snap_down(double offset) const {
  if (!has_lines()) return offset;
  return std::ceil(offset / line_pitch - kEps) * line_pitch;
}

bool DocGrid::on_char_grid(double size_pt) const {
  return has_chars() && size_pt <= char_pitch * kCharGridTolerance + kEps;
}

DocGrid grid_of(const PageSetup& setup) {
  DocGrid g;
  if (setup.grid_lines > 0) g.line_pitch = mm_to_pt(setup.text_height_mm()) / setup.grid_lines;
  if (setup.grid_chars > 0) g.char_pitch = mm_to_pt(setup.text_width_mm()) / setup.grid_chars;
  return g;
}

}  // namespace formwork
