#include "picture/picture_size.h"

namespace formwork {

void set_printed_size(Picture& pic, double width_mm, double height_mm) {
  constexpr double kMmPerPixelAt96Dpi = 25.4 / 96;
  double aspect = pic.pixel_width > 0 ? static_cast<double>(pic.pixel_height) / pic.pixel_width : 1;
  pic.width_mm = width_mm;
  pic.height_mm = height_mm;
  if (width_mm == 0 && height_mm == 0) {
    pic.width_mm = pic.pixel_width * kMmPerPixelAt96Dpi;
    pic.height_mm = pic.pixel_height * kMmPerPixelAt96Dpi;
  } else if (height_mm == 0) {
    pic.height_mm = width_mm * aspect;
  } else if (width_mm == 0) {
    pic.width_mm = height_mm / aspect;
  }
}

}  // namespace formwork
