#include "picture/qr_code.h"

#include <png.h>
#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <string>
#include <vector>

namespace formwork {

namespace {

constexpr int kQuietZone = 4;  // modules of white around the symbol, ISO/IEC 18004 §6.3.8
constexpr double kMinDpi = 300;

QRecLevel ec_level(char level) {
  switch (level) {
    case 'L':
      return QR_ECLEVEL_L;
    case 'M':
      return QR_ECLEVEL_M;
    case 'Q':
      return QR_ECLEVEL_Q;
    case 'H':
      return QR_ECLEVEL_H;
  }
  throw PictureError(std::string("QR code level '") + level + "': use L, M, Q or H");
}

// libqrencode's matrix: one byte per module, bit 0 = dark (qrencode.h).
struct QrSymbol {
  int size = 0;
  std::vector<bool> dark;
};

// ASCII text gets libqrencode's mode optimisation (digits and capitals in
// their compact modes). Other text is one 8-bit segment behind an ECI 26
// header (ISO/IEC 18004 §6.4.2.1, UTF-8), without which readers guess the
// bytes' encoding (zbar reads Chinese as Shift-JIS).
QRcode* encode_symbol(const std::string& text, QRecLevel level) {
  bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; });
  if (ascii) return QRcode_encodeString(text.c_str(), 0, level, QR_MODE_8, 1);
  QRinput* input = QRinput_new2(0, level);
  if (!input) return nullptr;
  QRcode* code = nullptr;
  if (QRinput_appendECIheader(input, 26) == 0 &&
      QRinput_append(input, QR_MODE_8, static_cast<int>(text.size()),
                     reinterpret_cast<const unsigned char*>(text.data())) == 0) {
    code = QRcode_encodeInput(input);
  }
  int saved = errno;
  QRinput_free(input);
  errno = saved;
  return code;
}

QrSymbol encode(std::string_view value, char level) {
  errno = 0;
  QRcode* code = encode_symbol(std::string(value), ec_level(level));
  if (!code) {
    if (errno == ERANGE) {
      throw PictureError("QR code value of " + std::to_string(value.size()) +
                         " bytes is too long for level " + level +
                         " (at most 2,953 bytes at level L)");
    }
    throw PictureError("QR code could not be encoded");
  }
  QrSymbol s;
  s.size = code->width;
  s.dark.resize(static_cast<size_t>(s.size) * s.size);
  for (size_t i = 0; i < s.dark.size(); ++i) s.dark[i] = code->data[i] & 1;
  QRcode_free(code);
  return s;
}

// libpng's write callback: appends to the std::string in io_ptr.
void append_png(png_structp png, png_bytep data, png_size_t length) {
  static_cast<std::string*>(png_get_io_ptr(png))->append(reinterpret_cast<char*>(data), length);
}

void png_fail(png_structp, png_const_charp message) {
  throw PictureError(std::string("QR code PNG: ") + message);
}

// One row of the image, 1 bit a pixel (PNG bit depth 1, 0 = black).
std::vector<png_byte> png_row(const QrSymbol& s, int y, int scale, int side) {
  std::vector<png_byte> row((side + 7) / 8, 0xFF);
  int my = y / scale - kQuietZone;
  if (my < 0 || my >= s.size) return row;
  for (int x = 0; x < side; ++x) {
    int mx = x / scale - kQuietZone;
    if (mx >= 0 && mx < s.size && s.dark[static_cast<size_t>(my) * s.size + mx])
      row[x / 8] &= static_cast<png_byte>(~(0x80 >> (x % 8)));
  }
  return row;
}

// A 1-bit greyscale PNG of the symbol and its quiet zone, `scale` pixels a
// module: a few hundred bytes, written in a fraction of the time an 8-bit
// image takes. No time or text chunks, so equal codes give equal bytes.
std::string to_png(const QrSymbol& s, int scale) {
  int side = (s.size + 2 * kQuietZone) * scale;
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, png_fail, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    throw PictureError("QR code PNG: out of memory");
  }
  try {
    png_set_write_fn(png, &out, append_png, nullptr);
    png_set_IHDR(png, info, side, side, 1, PNG_COLOR_TYPE_GRAY, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    std::vector<png_byte> previous;
    for (int y = 0; y < side; ++y) {
      if (y % scale == 0) previous = png_row(s, y, scale, side);
      png_write_row(png, previous.data());
    }
    png_write_end(png, nullptr);
  } catch (...) {
    png_destroy_write_struct(&png, &info);
    throw;
  }
  png_destroy_write_struct(&png, &info);
  return out;
}

}  // namespace

std::shared_ptr<Picture> make_qr_code(std::string_view value, double size_mm, char level) {
  if (value.empty()) throw PictureError("QR code value is empty");
  QrSymbol symbol = encode(value, level);
  int modules = symbol.size + 2 * kQuietZone;
  double module_mm = size_mm / modules;
  int scale = std::max(1, static_cast<int>(std::ceil(module_mm / 25.4 * kMinDpi)));
  auto pic = std::make_shared<Picture>();
  pic->format = PictureFormat::Png;
  pic->data = std::make_shared<const std::string>(to_png(symbol, scale));
  pic->pixel_width = pic->pixel_height = modules * scale;
  pic->width_mm = pic->height_mm = size_mm;
  pic->alt = std::string(value);
  pic->qr_size = symbol.size;
  pic->qr_modules = std::move(symbol.dark);
  return pic;
}

}  // namespace formwork
