#pragma once
// Small PNG and JPEG files built in memory for the XLSX picture tests, and
// model Pictures around them (the template's decoder is not linked here).
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>

#include "model/document.h"
#include "model/picture.h"

namespace formwork::xlsx_test {

inline uint32_t crc32(const std::string& s) {
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : s) {
    c ^= b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
  }
  return ~c;
}

inline std::string be32(uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
          static_cast<char>(v)};
}

inline std::string be16(unsigned v) { return {static_cast<char>(v >> 8), static_cast<char>(v)}; }

inline std::string le16(unsigned v) { return {static_cast<char>(v), static_cast<char>(v >> 8)}; }

inline std::string png_chunk(const std::string& type, const std::string& data) {
  return be32(static_cast<uint32_t>(data.size())) + type + data + be32(crc32(type + data));
}

/// A valid greyscale PNG `w` × `h` (a diagonal pattern, `shade` varies the
/// bytes so two calls can give different files), with a pHYs chunk of
/// `ppm` pixels per metre in unit `unit` when ppm > 0. The image data is a
/// zlib stream of stored (uncompressed) deflate blocks (RFC 1950/1951).
inline std::string make_png(int w, int h, uint32_t ppm = 0, uint8_t unit = 1, int shade = 0) {
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw += '\0';  // filter: none
    for (int x = 0; x < w; ++x) raw += static_cast<char>((x + y) % 2 ? 255 - shade : shade);
  }
  std::string z = "\x78\x01";
  for (size_t pos = 0; pos < raw.size(); pos += 65535) {
    const size_t n = std::min<size_t>(65535, raw.size() - pos);
    z += static_cast<char>(pos + n == raw.size() ? 1 : 0);  // BFINAL on the last block
    z += le16(static_cast<unsigned>(n)) + le16(static_cast<unsigned>(~n & 0xFFFF));  // LEN, NLEN
    z += raw.substr(pos, n);
  }
  uint32_t a = 1, b = 0;
  for (unsigned char c : raw) {
    a = (a + c) % 65521;
    b = (b + a) % 65521;
  }
  z += be32(b << 16 | a);
  std::string png = "\x89PNG\r\n\x1a\n";
  png += png_chunk("IHDR", be32(w) + be32(h) + std::string("\x08\x00\x00\x00\x00", 5));
  if (ppm > 0) png += png_chunk("pHYs", be32(ppm) + be32(ppm) + std::string(1, char(unit)));
  png += png_chunk("IDAT", z);
  png += png_chunk("IEND", "");
  return png;
}

/// A JPEG header (SOI, JFIF APP0 with `units` and density, baseline SOF0
/// `w` × `h` with 3 components, SOS) — all libxlsxwriter reads of a JPEG.
inline std::string make_jpeg(int w, int h, uint8_t units, unsigned density) {
  std::string j = "\xFF\xD8";
  j += std::string("\xFF\xE0") + be16(16) + std::string("JFIF\0\x01\x01", 7) +
       std::string(1, char(units)) + be16(density) + be16(density) + std::string(2, '\0');
  j += std::string("\xFF\xC0") + be16(17) + std::string(1, '\x08') + be16(h) + be16(w) +
       std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
  j += std::string("\xFF\xDA") + be16(12) +
       std::string("\x03\x01\x00\x02\x11\x03\x11\x00\x3F\x00", 10);
  j += "\x12\x34\xFF\xD9";
  return j;
}

/// A Picture of `data` printed `w_mm` × `h_mm`.
inline std::shared_ptr<Picture> picture(std::string data, int px_w, int px_h, double w_mm,
                                        double h_mm, std::string alt = "",
                                        PictureFormat format = PictureFormat::Png) {
  auto p = std::make_shared<Picture>();
  p->format = format;
  p->data = std::make_shared<const std::string>(std::move(data));
  p->pixel_width = px_w;
  p->pixel_height = px_h;
  p->width_mm = w_mm;
  p->height_mm = h_mm;
  p->alt = std::move(alt);
  return p;
}

/// A run holding `p`.
inline Run picture_run(std::shared_ptr<const Picture> p) {
  Run r;
  r.picture = std::move(p);
  return r;
}

}  // namespace formwork::xlsx_test
