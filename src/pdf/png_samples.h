#pragma once
// PNG files decoded to the 8-bit samples of a PDF Image XObject and its
// soft mask (PDF 32000-1 §8.9.5, §11.6.5.3).
#include <string>
#include <string_view>

namespace formwork {

/// The pixels of a PNG file, rows top to bottom, 8 bits per sample.
struct PngSamples {
  int width = 0;
  int height = 0;
  int components = 0;  ///< 1 (grey) or 3 (RGB)
  std::string color;   ///< width × height × components bytes
  /// width × height alpha bytes (0 transparent … 255 opaque), not
  /// premultiplied into `color`; empty when every pixel is opaque.
  std::string alpha;
};

/// Decodes `png` (ISO/IEC 15948) with libpng's simplified API (png_image,
/// libpng ≥ 1.6): any bit depth, palette, tRNS and interlacing; grey stays
/// grey, palette and colour images give RGB; 16-bit and gamma-tagged files
/// are converted to 8-bit sRGB. An alpha channel or a tRNS chunk becomes
/// `alpha`, so a seal's transparent ground stays transparent. Throws
/// std::runtime_error with libpng's message for a file it cannot read.
PngSamples decode_png(std::string_view png);

}  // namespace formwork
