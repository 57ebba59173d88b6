#pragma once
// How libxlsxwriter 1.1.4 measures what it draws, so that formwork can ask
// it for exact sizes: an image's scale from the pixel size and resolution
// libxlsxwriter read from the file, and the pixel sizes of rows and
// columns it anchors drawings to (ECMA-376 Part 1 §20.5.2.33
// twoCellAnchor: from/to cell plus an offset in EMU). Pixels are at 96 dpi;
// 1 px = 9525 EMU, 1 mm = 36000 EMU.

namespace formwork {

/// An image's size as libxlsxwriter read it from the file's header
/// (lxw_object_properties width, height, x_dpi, y_dpi): pixels, and dots
/// per inch (96 when the file gives none).
struct LxwImageHeader {
  int pixel_width = 0;
  int pixel_height = 0;
  double x_dpi = 96;
  double y_dpi = 96;
};

/// libxlsxwriter's x_scale and y_scale for an image with `header` to be
/// drawn `width_mm` × `height_mm`: it draws pixel_width × scale × 96 / dpi
/// pixels at 96 dpi, so the drawing's extent (xdr:ext, §20.5.2.14) comes
/// out as width_mm × 36000 EMU.
struct LxwScale {
  double x = 1;
  double y = 1;
};
LxwScale lxw_image_scale(const LxwImageHeader& header, double width_mm, double height_mm);

/// Pixels (96 dpi) of a column `units` wide in Excel character units, as
/// libxlsxwriter positions drawings: round(units × 7) + 5 from 1 unit up,
/// round(units × 12) below.
int lxw_column_px(double units);

/// Pixels (96 dpi) of a row `height_pt` high, as libxlsxwriter positions
/// drawings: height_pt / 0.75 truncated.
int lxw_row_px(double height_pt);

/// Millimetres to pixels at 96 dpi.
inline constexpr double mm_to_px(double mm) { return mm / 25.4 * 96; }

}  // namespace formwork
