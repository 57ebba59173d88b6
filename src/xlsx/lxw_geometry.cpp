#include "xlsx/lxw_geometry.h"

#include <cmath>

namespace formwork {

LxwScale lxw_image_scale(const LxwImageHeader& header, double width_mm, double height_mm) {
  // drawn px = pixel_width × scale × 96 / dpi, wanted px = width_mm / 25.4 × 96
  return {width_mm / 25.4 * header.x_dpi / header.pixel_width,
          height_mm / 25.4 * header.y_dpi / header.pixel_height};
}

int lxw_column_px(double units) {
  if (units < 1.0) return static_cast<int>(units * 12 + 0.5);
  return static_cast<int>(units * 7 + 0.5) + 5;
}

int lxw_row_px(double height_pt) { return static_cast<int>(height_pt / 0.75); }

}  // namespace formwork
