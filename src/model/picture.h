#pragma once
// A picture in the document model: a PNG or JPEG image (an electronic seal
// 电子印章, a logo, a signature scan) or a QR code, placed in a paragraph's
// text flow or floating over it. Built once by the template (the file read
// and checked, the QR code encoded); writers only translate it.
#include <memory>
#include <string>
#include <vector>

namespace formwork {

enum class PictureFormat { Png, Jpeg };

/// An image ready for every writer. `data` is a complete PNG or JPEG file
/// whose header the template has already decoded (so no writer meets a file
/// its reader cannot open); a QR code's `data` is a 1-bit PNG of its modules
/// and the 4-module quiet zone (ISO/IEC 18004 §6.3.8) at 300 dpi or more,
/// for the writers that embed files (DOCX, XLSX), while the PDF writer
/// paints `qr_modules` as filled squares, sharp at any zoom.
///
/// Size: `width_mm` × `height_mm` is the printed size; a QR code's size
/// includes its quiet zone, so its modules fill the middle
/// qr_size / (qr_size + 8) of each side and the rest stays white. Inline (floating =
/// false) the picture is one unbreakable box in its line, its bottom on the
/// baseline, and the line grows to hold it. Floating, it takes no space:
/// its top-left corner sits `offset_x_mm` right of and `offset_y_mm` below
/// the point where it would start inline (the pen position at the top of
/// its line), drawn over the text (GB/T 9704-2012 §7.3.5.1: the 印章 sits
/// over 署名 and 成文日期, 端正、居中下压). Offsets may be negative.
struct Picture {
  PictureFormat format = PictureFormat::Png;
  std::shared_ptr<const std::string> data;  ///< the encoded file, shared by every use
  int pixel_width = 0;                      ///< of `data`, from its header
  int pixel_height = 0;
  bool has_alpha = false;  ///< PNG with an alpha channel or tRNS (a seal's transparent ground)
  /// JPEG colour components: 1 grey, 3 YCbCr/RGB (CMYK and 12-bit JPEGs are
  /// refused when the file is read); 0 for PNG.
  int jpeg_components = 0;
  double width_mm = 0;
  double height_mm = 0;
  /// Text for readers that cannot show the picture: the TXT writer prints
  /// it, DOCX stores it as the drawing's description (wp:docPr/@descr). A
  /// QR code's alt text is its value.
  std::string alt;
  /// QR code only: modules per side without the quiet zone (21 for version
  /// 1, ISO/IEC 18004 §6.3.1), and the modules row by row, true = dark.
  /// 0 and empty for an image.
  int qr_size = 0;
  std::vector<bool> qr_modules;
  bool floating = false;
  double offset_x_mm = 0;
  double offset_y_mm = 0;

  bool is_qr_code() const { return qr_size > 0; }
};

}  // namespace formwork
