#include "pdf/png_samples.h"

#include <png.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace formwork {

namespace {

constexpr unsigned char kOpaque = 0xFF;

/// Frees libpng's state however the decoding ends.
struct ImageGuard {
  png_image& image;
  ~ImageGuard() { png_image_free(&image); }
};

[[noreturn]] void fail(const png_image& image) {
  throw std::runtime_error(std::string("PNG: ") + image.message);
}

/// Splits interleaved colour + alpha pixels into the two planes.
void split_alpha(const std::string& pixels, int components, PngSamples& out) {
  const size_t n = static_cast<size_t>(out.width) * static_cast<size_t>(out.height);
  const size_t stride = static_cast<size_t>(components) + 1;
  out.color.resize(n * static_cast<size_t>(components));
  out.alpha.resize(n);
  bool opaque = true;
  for (size_t i = 0; i < n; ++i) {
    const char* px = pixels.data() + i * stride;
    std::memcpy(&out.color[i * static_cast<size_t>(components)], px,
                static_cast<size_t>(components));
    out.alpha[i] = px[components];
    opaque = opaque && static_cast<unsigned char>(px[components]) == kOpaque;
  }
  if (opaque) out.alpha.clear();
}

}  // namespace

PngSamples decode_png(std::string_view png) {
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  ImageGuard guard{image};
  if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) fail(image);
  // 8-bit sRGB samples (no LINEAR flag), grey or RGB as the file is, with
  // alpha when the file has it: the simplified API does not premultiply
  // 8-bit output, as PDF soft masks expect.
  image.format &= PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA;
  std::string pixels(PNG_IMAGE_SIZE(image), '\0');
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) fail(image);

  PngSamples out;
  out.width = static_cast<int>(image.width);
  out.height = static_cast<int>(image.height);
  out.components = (image.format & PNG_FORMAT_FLAG_COLOR) ? 3 : 1;
  if (image.format & PNG_FORMAT_FLAG_ALPHA) {
    split_alpha(pixels, out.components, out);
  } else {
    out.color = std::move(pixels);
  }
  return out;
}

}  // namespace formwork
