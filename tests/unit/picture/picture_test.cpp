#include <gtest/gtest.h>
#include <png.h>

#include <string>
#include <vector>

#include "picture/picture_decode.h"
#include "picture/qr_code.h"

namespace formwork {
namespace {

// A w × h RGBA PNG (libpng's simplified writer), all pixels `rgba`.
std::string png_rgba(int w, int h, uint32_t rgba) {
  std::vector<png_byte> px(static_cast<size_t>(w) * h * 4);
  for (size_t i = 0; i < px.size(); i += 4) {
    px[i] = rgba >> 24;
    px[i + 1] = (rgba >> 16) & 0xFF;
    px[i + 2] = (rgba >> 8) & 0xFF;
    px[i + 3] = rgba & 0xFF;
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = w;
  image.height = h;
  image.format = PNG_FORMAT_RGBA;
  png_alloc_size_t size = 0;
  png_image_write_get_memory_size(image, size, 0, px.data(), 0, nullptr);
  std::string out(size, '\0');
  EXPECT_TRUE(png_image_write_to_memory(&image, out.data(), &size, 0, px.data(), 0, nullptr));
  out.resize(size);
  return out;
}

TEST(DecodePicture, PngWithAlphaGivesSizeAndAlpha) {
  auto pic = decode_picture(png_rgba(30, 20, 0xCC000080));
  EXPECT_EQ(pic->format, PictureFormat::Png);
  EXPECT_EQ(pic->pixel_width, 30);
  EXPECT_EQ(pic->pixel_height, 20);
  EXPECT_TRUE(pic->has_alpha);
  EXPECT_FALSE(pic->is_qr_code());
}

TEST(DecodePicture, TruncatedPngIsRefused) {
  std::string png = png_rgba(64, 64, 0x11223344);
  png.resize(png.size() - 30);
  EXPECT_THROW(decode_picture(png), PictureError);
}

TEST(DecodePicture, OtherFilesAreRefusedWhateverTheirName) {
  try {
    decode_picture("GIF89a....");
    FAIL();
  } catch (const PictureError& e) {
    EXPECT_STREQ(e.what(), "not a PNG or JPEG file");
  }
  EXPECT_THROW(decode_picture(""), PictureError);
  EXPECT_THROW(decode_picture("\xFF\xD8\xFF\xE0 broken jpeg"), PictureError);
}

TEST(QrCode, Version1ForShortTextWithQuietZoneInThePng) {
  auto qr = make_qr_code("HELLO", 20, 'M');
  EXPECT_EQ(qr->qr_size, 21);  // version 1
  EXPECT_EQ(qr->qr_modules.size(), 21u * 21u);
  EXPECT_EQ(qr->alt, "HELLO");
  EXPECT_DOUBLE_EQ(qr->width_mm, 20);
  // 29 modules of 0.69 mm at ≥ 300 dpi: 9 pixels a module.
  EXPECT_EQ(qr->pixel_width, 29 * 9);
  auto decoded = decode_picture(*qr->data);
  EXPECT_EQ(decoded->pixel_width, qr->pixel_width);
  EXPECT_FALSE(decoded->has_alpha);
  // Finder pattern: the top-left module is dark, the one inside its ring light.
  EXPECT_TRUE(qr->qr_modules[0]);
  EXPECT_FALSE(qr->qr_modules[1 * 21 + 1]);
}

TEST(QrCode, ChineseValueAndLimits) {
  auto qr = make_qr_code("发票号码：04400123 金额：¥1,234.50", 25, 'H');
  EXPECT_GT(qr->qr_size, 21);
  EXPECT_THROW(make_qr_code("", 20, 'M'), PictureError);
  EXPECT_THROW(make_qr_code("x", 20, 'X'), PictureError);
  EXPECT_THROW(make_qr_code(std::string(3000, 'a'), 20, 'L'), PictureError);
  EXPECT_NO_THROW(make_qr_code(std::string(2900, 'a'), 80, 'L'));
}

TEST(QrCode, SameValueSameBytes) {
  EXPECT_EQ(*make_qr_code("abc", 20)->data, *make_qr_code("abc", 20)->data);
}

}  // namespace
}  // namespace formwork
