#include "layout/line_metrics.h"

namespace formwork {

namespace {

constexpr double kEps = 1e-6;  // pt

}  // namespace

VerticalMetrics text_line_metrics(double size, double spacing, const DocGrid& grid) {
  const double pitch = grid.line_height((spacing > 0 ? spacing : 1.0) * size);
  return {pitch, (pitch - size) / 2 + kEmBoxAscent * size};
}

VerticalMetrics with_pictures(VerticalMetrics text, double picture_h, const DocGrid& grid) {
  if (picture_h <= text.baseline + kEps) return text;
  const double descent = text.descent();
  const double pitch = grid.line_height(picture_h + descent);
  return {pitch, pitch - descent};
}

}  // namespace formwork
