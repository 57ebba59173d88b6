// Pictures in PDFs: PNG with alpha as an Image XObject with a soft mask,
// JPEG embedded as is, QR codes as vector rectangles, one XObject per
// distinct image in a file and in the merged print file; read back with
// poppler (pdfimages, pdftoppm, pdftotext), qpdf and zbarimg.
#include <gtest/gtest.h>
#include <png.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_String.hh>
#include <regex>
#include <set>
#include <sstream>

#include "pdf/md5.h"
#include "pdf/page_painter.h"
#include "pdf/pdf_writer.h"
#include "pdf/png_samples.h"
#include "pdf_test_support.h"
#include "picture/picture_decode.h"

namespace formwork {
namespace {

using testing::default_engine;
using testing::fresh_dir;
using testing::run;
using testing::set_line;
using testing::write_bytes;

constexpr unsigned kRed = 0xD0, kSealSide = 64;

/// A PNG of `pixels` (rows top to bottom) in libpng simplified `format`.
std::string make_png(int width, int height, png_uint_32 format, const std::string& pixels,
                     const std::string& colormap = "", int colors = 0) {
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = format;
  image.colormap_entries = static_cast<png_uint_32>(colors);
  png_alloc_size_t size = 0;
  const void* map = colormap.empty() ? nullptr : colormap.data();
  EXPECT_TRUE(png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, map));
  std::string out(size, '\0');
  EXPECT_TRUE(png_image_write_to_memory(&image, out.data(), &size, 0, pixels.data(), 0, map));
  out.resize(size);
  return out;
}

/// A seal: a red ring on a transparent ground, kSealSide pixels square.
std::string seal_png() {
  std::string px;
  const double c = (kSealSide - 1) / 2.0;
  for (unsigned y = 0; y < kSealSide; ++y) {
    for (unsigned x = 0; x < kSealSide; ++x) {
      const double r = std::hypot(x - c, y - c) / kSealSide;
      const bool ring = r > 0.36 && r < 0.48;
      px += static_cast<char>(ring ? kRed : 0xFF);
      px += '\0';
      px += '\0';
      px += static_cast<char>(ring ? 0xFF : 0);
    }
  }
  return make_png(kSealSide, kSealSide, PNG_FORMAT_RGBA, px);
}

// A Picture as the template makes it: the file decoded (format, pixel size,
// JPEG components read by libpng/libjpeg), then sized.
std::shared_ptr<Picture> picture_of(std::string data, PictureFormat format, double w_mm,
                                    double h_mm, bool floating = false) {
  auto p = decode_picture(std::move(data));
  EXPECT_EQ(p->format, format);
  p->width_mm = w_mm;
  p->height_mm = h_mm;
  p->floating = floating;
  return p;
}

// "formwork 电子印章 No.2016-135" at level M (version 3, 29 modules), as
// libqrencode encodes it.
const std::vector<std::string> kQrRows = {
    "#######.####.###.##.#.#######", "#.....#.##.###..#.#.#.#.....#",
    "#.###.#...#.#...#..#..#.###.#", "#.###.#.#.#...##.#....#.###.#",
    "#.###.#....#..#.#..##.#.###.#", "#.....#...##.#.#####..#.....#",
    "#######.#.#.#.#.#.#.#.#######", "........####...####.#........",
    "#.##.###.#.###.#.#.#..#..#.##", "##...#...###.###..##.###.####",
    "##.#.##.#..#.#..##.#.#...###.", "..####.##.##....#....###.....",
    "....####..#...##...#.###.###.", "#####.........#.#..##.#######",
    "..#...#...####.####.##....###", "..#.#...#.....#.#..##..###..#",
    "#....##..#..#.##..#.#.#....##", "....##.######.#.#...###.#.#..",
    "#.#.###.#.##.###...#.#.#.##..", "..##.#.#.##..###.#..#....##.#",
    ".######.###.#####..######.###", "........#..##..#..###...#..##",
    "#######.##.##.#..#.##.#.#..#.", "#.....#.#.#####.#..##...#...#",
    "#.###.#..##.....#########.###", "#.###.#.##.......#.######..#.",
    "#.###.#.#..#.##.#.#.#..##.#.#", "#.....#..#####.####.....#..#.",
    "#######.##.##..####..#.#...#.",
};
const std::string kQrValue = "formwork 电子印章 No.2016-135";

std::shared_ptr<Picture> qr_picture(double size_mm) {
  auto p = std::make_shared<Picture>();
  p->qr_size = static_cast<int>(kQrRows.size());
  for (const std::string& row : kQrRows) {
    for (char c : row) p->qr_modules.push_back(c == '#');
  }
  p->width_mm = p->height_mm = size_mm;
  p->alt = kQrValue;
  return p;
}

/// Horizontal runs of dark modules in the QR code: one rectangle each.
int dark_runs() {
  int runs = 0;
  for (const std::string& row : kQrRows) {
    for (size_t i = 0; i < row.size(); ++i) runs += row[i] == '#' && (i == 0 || row[i - 1] != '#');
  }
  return runs;
}

PictureItem item(std::shared_ptr<const Picture> p, double x, double y) {
  return {x, y, mm_to_pt(p->width_mm), mm_to_pt(p->height_mm), std::move(p)};
}

std::string inflate(const std::string& deflated) {
  std::string out;
  Pl_String sink("test", nullptr, out);
  Pl_Flate flate("inflate", &sink, Pl_Flate::a_inflate);
  flate.write(reinterpret_cast<const unsigned char*>(deflated.data()), deflated.size());
  flate.finish();
  return out;
}

/// The content stream of page `i` as the painter made it.
std::string content_of(const LaidOutDocument& doc, size_t i = 0) {
  return inflate(paint_document(doc, default_engine())->pages.at(i).content);
}

int count_of(const std::string& s, const std::string& needle) {
  int n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

/// `pdfimages -list` rows (after the two header lines), split at blanks.
std::vector<std::vector<std::string>> image_rows(const std::string& pdf) {
  std::istringstream in(run("pdfimages -list '" + pdf + "'").output);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  for (int i = 0; std::getline(in, line); ++i) {
    if (i < 2) continue;
    std::istringstream cols(line);
    std::vector<std::string> row;
    for (std::string c; cols >> c;) row.push_back(c);
    rows.push_back(row);
  }
  return rows;
}

/// An RGB pixel of a binary PPM (P6, maxval 255).
struct Ppm {
  int width = 0, height = 0;
  std::string pixels;
  std::array<int, 3> at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * static_cast<size_t>(width) + x) * 3;
    return {static_cast<unsigned char>(pixels[i]), static_cast<unsigned char>(pixels[i + 1]),
            static_cast<unsigned char>(pixels[i + 2])};
  }
};

Ppm read_ppm(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string magic;
  int maxval = 0;
  Ppm p;
  in >> magic >> p.width >> p.height >> maxval;
  in.get();
  p.pixels.assign(std::istreambuf_iterator<char>(in), {});
  EXPECT_EQ(magic, "P6");
  return p;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class PicturePdfTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fresh_dir(); }

  std::string write(const std::string& name, const LaidOutDocument& doc) {
    return write_bytes(dir_ + "/" + name, pdf_bytes(doc, default_engine()));
  }

  /// A JPEG (3 components) of a page half filled blue, made by poppler.
  // A 50 × 50 colour JPEG made by pdftoppm.
  std::string make_jpeg() {
    LaidOutDocument doc;
    Page page;
    page.width_pt = page.height_pt = 72;
    page.items.push_back(FillRect{0, 0, 72, 36, 0x2050C0});
    doc.pages.push_back(page);
    const std::string pdf = write("for-jpeg.pdf", doc);
    const std::string out = dir_ + "/colour";
    EXPECT_EQ(run("pdftoppm -jpeg -r 50 -singlefile '" + pdf + "' '" + out + "'").status, 0);
    return read_file(out + ".jpg");
  }

  std::string dir_;
};

TEST(DecodePng, AlphaIsKeptAndNotPremultiplied) {
  // One pixel: red at half coverage.
  const std::string png = make_png(1, 1, PNG_FORMAT_RGBA, std::string("\xFF\x00\x00\x80", 4));
  const PngSamples s = decode_png(png);
  EXPECT_EQ(s.width, 1);
  EXPECT_EQ(s.components, 3);
  EXPECT_EQ(s.color, std::string("\xFF\x00\x00", 3));
  EXPECT_EQ(s.alpha, std::string("\x80", 1));
}

TEST(DecodePng, AnOpaqueAlphaChannelGivesNoMask) {
  const std::string png =
      make_png(2, 1, PNG_FORMAT_RGBA, std::string("\x10\x20\x30\xFF\x40\x50\x60\xFF", 8));
  const PngSamples s = decode_png(png);
  EXPECT_EQ(s.color, std::string("\x10\x20\x30\x40\x50\x60", 6));
  EXPECT_TRUE(s.alpha.empty());
}

TEST(DecodePng, GreyStaysGreyAndAPaletteWithTransparencyGetsAlpha) {
  const PngSamples grey =
      decode_png(make_png(3, 1, PNG_FORMAT_GRAY, std::string("\x00\x80\xFF", 3)));
  EXPECT_EQ(grey.components, 1);
  EXPECT_EQ(grey.color, std::string("\x00\x80\xFF", 3));
  // Two palette entries (RGBA): opaque red and transparent white (tRNS).
  const std::string map("\xD0\x00\x00\xFF\xFF\xFF\xFF\x00", 8);
  const std::string png =
      make_png(2, 2, PNG_FORMAT_RGBA_COLORMAP, std::string("\x00\x01\x01\x00", 4), map, 2);
  const PngSamples pal = decode_png(png);
  EXPECT_EQ(pal.components, 3);
  EXPECT_EQ(pal.color.size(), 12u);
  EXPECT_EQ(pal.color.substr(0, 3), std::string("\xD0\x00\x00", 3));
  EXPECT_EQ(pal.alpha, std::string("\xFF\x00\x00\xFF", 4));
}

TEST(DecodePng, SixteenBitSamplesBecomeEightBit) {
  const std::string px("\x00\x00\xFF\xFF", 4);  // linear 0 and 1
  const PngSamples s = decode_png(make_png(2, 1, PNG_FORMAT_LINEAR_Y, px));
  EXPECT_EQ(s.components, 1);
  EXPECT_EQ(s.color, std::string("\x00\xFF", 2));
}

TEST(DecodePng, ATruncatedFileIsAnError) {
  const std::string png = seal_png();
  EXPECT_THROW(decode_png(png.substr(0, png.size() / 2)), std::runtime_error);
  EXPECT_THROW(decode_png("not a png"), std::runtime_error);
}

TEST_F(PicturePdfTest, ASealPngIsAnImageWithASoftMask) {
  LaidOutDocument doc;
  Page page;
  page.items.push_back(item(picture_of(seal_png(), PictureFormat::Png, 40, 40), 100, 100));
  doc.pages.push_back(page);
  const std::string pdf = write("seal.pdf", doc);
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  const auto rows = image_rows(pdf);
  ASSERT_EQ(rows.size(), 2u);
  // page num type width height color comp bpc enc ...
  EXPECT_EQ(rows[0][2], "image");
  EXPECT_EQ(rows[0][3], "64");
  EXPECT_EQ(rows[0][5], "rgb");
  EXPECT_EQ(rows[1][2], "smask");
  EXPECT_EQ(rows[1][5], "gray");
  // Drawn into its box: 40 mm = 113.386 pt, bottom at 841.89 − 100 − h.
  const std::string content = content_of(doc);
  const std::string name = "Im" + md5_hex(seal_png()).substr(0, 12);
  EXPECT_NE(content.find("q\n113.386 0 0 113.386 100 628.504 cm\n/" + name + " Do\nQ\n"),
            std::string::npos)
      << content;
}

TEST_F(PicturePdfTest, TheTextUnderASealShowsThroughItsTransparentGround) {
  LaidOutDocument doc;
  Page page;
  // A black bar under the seal's transparent middle, text beside it.
  page.items.push_back(FillRect{130, 140, 40, 20, 0x000000});
  set_line(page, default_engine(), "印章下的文字", 100, 200, 12);
  page.items.push_back(item(picture_of(seal_png(), PictureFormat::Png, 40, 40, true), 93, 93));
  doc.pages.push_back(page);
  const std::string pdf = write("over.pdf", doc);
  ASSERT_EQ(run("pdftoppm -r 72 -singlefile '" + pdf + "' '" + dir_ + "/over'").status, 0);
  const Ppm img = read_ppm(dir_ + "/over.ppm");
  // The seal's middle (150, 150) lets the black bar through.
  EXPECT_EQ(img.at(150, 150), (std::array<int, 3>{0, 0, 0}));
  // Its ring, 0.42 of its side from the middle, is red.
  const double ring = 93 + 113.386 / 2 + 0.42 * 113.386;
  const auto red = img.at(static_cast<int>(ring), 150);
  EXPECT_GT(red[0], 180);
  EXPECT_LT(red[1], 40);
  // Outside the ring the page stays white.
  EXPECT_EQ(img.at(96, 96), (std::array<int, 3>{255, 255, 255}));
  EXPECT_NE(run("pdftotext -enc UTF-8 '" + pdf + "' -").output.find("印章下的文字"),
            std::string::npos);
}

TEST_F(PicturePdfTest, FloatingPicturesArePaintedAfterTheText) {
  LaidOutDocument doc;
  Page page;
  page.items.push_back(item(picture_of(seal_png(), PictureFormat::Png, 40, 40, true), 93, 93));
  set_line(page, default_engine(), "署名", 100, 120, 16);
  page.items.push_back(item(qr_picture(20), 300, 300));  // inline: in order
  set_line(page, default_engine(), "成文日期", 100, 150, 16);
  doc.pages.push_back(page);
  const std::string content = content_of(doc);
  const size_t do_at = content.find(" Do\n");
  const size_t qr_at = content.find("1 g\n");
  ASSERT_NE(do_at, std::string::npos);
  ASSERT_NE(qr_at, std::string::npos);
  EXPECT_GT(do_at, content.rfind("TJ"));
  EXPECT_LT(qr_at, content.rfind("TJ"));
  EXPECT_GT(qr_at, content.find("TJ"));
}

TEST_F(PicturePdfTest, AJpegIsEmbeddedAsIs) {
  const std::string jpeg = make_jpeg();
  LaidOutDocument doc;
  Page page;
  page.items.push_back(item(picture_of(jpeg, PictureFormat::Jpeg, 30, 30), 72, 72));
  doc.pages.push_back(page);
  const std::string pdf = write("jpeg.pdf", doc);
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  const auto rows = image_rows(pdf);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0][5], "rgb");
  EXPECT_EQ(rows[0][8], "jpeg");
  ASSERT_EQ(run("pdfimages -j '" + pdf + "' '" + dir_ + "/out'").status, 0);
  EXPECT_EQ(read_file(dir_ + "/out-000.jpg"), jpeg);
}

TEST_F(PicturePdfTest, EachDistinctImageIsOneXObjectPerFile) {
  // Three pages, each with its own Picture of the same seal file, and a
  // JPEG on two of them: one seal XObject (and its mask), one JPEG.
  const std::string seal = seal_png();
  const std::string jpeg = make_jpeg();
  LaidOutDocument doc;
  for (int i = 0; i < 3; ++i) {
    Page page;
    page.items.push_back(item(picture_of(seal, PictureFormat::Png, 40, 40), 100, 100));
    page.items.push_back(item(picture_of(seal, PictureFormat::Png, 20, 20), 300, 100));
    if (i > 0) page.items.push_back(item(picture_of(jpeg, PictureFormat::Jpeg, 30, 30), 72, 400));
    doc.pages.push_back(page);
  }
  const std::string pdf = write("shared.pdf", doc);
  EXPECT_EQ(run("qpdf --check '" + pdf + "'").status, 0);
  EXPECT_EQ(image_rows(pdf).size(), 14u);  // 6 seals with their masks, 2 JPEGs
  EXPECT_EQ(count_of(read_file(pdf), "/Subtype/Image"), 3);
  // A page lists each image once in its resources.
  EXPECT_EQ(paint_document(doc, default_engine())->pages[0].images.size(), 1u);
  EXPECT_EQ(paint_document(doc, default_engine())->pages[1].images.size(), 2u);
}

TEST_F(PicturePdfTest, TheMergedPrintFileHoldsASealUsedByEveryRecordOnce) {
  const std::string seal = seal_png();
  const std::string path = dir_ + "/merged.pdf";
  MergedPdfWriter writer(path, default_engine());
  for (int i = 1; i <= 20; ++i) {
    LaidOutDocument doc;
    Page page;
    set_line(page, default_engine(), "第" + std::to_string(i) + "号", 100, 120, 16);
    // Each record holds its own copy of the file, as a template reading it
    // per record would.
    page.items.push_back(item(picture_of(seal, PictureFormat::Png, 40, 40, true), 93, 93));
    page.items.push_back(item(qr_picture(20), 300, 300));
    doc.pages.push_back(page);
    writer.add(doc, std::to_string(i));
  }
  writer.finish();
  EXPECT_EQ(run("qpdf --check '" + path + "'").status, 0);
  EXPECT_EQ(image_rows(path).size(), 40u);  // the seal and its mask on each page
  EXPECT_EQ(count_of(read_file(path), "/Subtype/Image"), 2);
  EXPECT_NE(run("pdftotext -enc UTF-8 -f 20 -l 20 '" + path + "' -").output.find("第20号"),
            std::string::npos);
}

TEST_F(PicturePdfTest, AQrCodeIsVectorRectanglesAndDecodesToItsValue) {
  LaidOutDocument doc;
  Page page;
  page.items.push_back(item(qr_picture(30), 100, 100));
  doc.pages.push_back(page);
  const std::string content = content_of(doc);
  // A white square, then one rectangle per horizontal run, filled at once.
  EXPECT_EQ(count_of(content, " re"), 1 + dark_runs());
  EXPECT_EQ(count_of(content, "\nf\n"), 1);
  // Module units (85.039 / 37 pt) from the box's top-left corner, rows
  // down; the first dark run is row 0, modules 0–6, 4 modules in.
  EXPECT_NE(content.find("1 g\n100 656.851 85.039 85.039 re f\n"
                         "2.2984 0 0 -2.2984 100 741.89 cm\n0 g\n4 4 7 1 re\n"),
            std::string::npos);
  EXPECT_NE(content.find(" re\nf\nQ\n"), std::string::npos);
  const std::string pdf = write("qr.pdf", doc);
  EXPECT_TRUE(image_rows(pdf).empty());
  ASSERT_EQ(run("pdftoppm -r 300 -singlefile -png '" + pdf + "' '" + dir_ + "/qr'").status, 0);
  const auto decoded = run("zbarimg --nodbus --raw -q '" + dir_ + "/qr.png'");
  EXPECT_EQ(decoded.status, 0) << decoded.output;
  EXPECT_EQ(decoded.output, kQrValue + "\n");
}

TEST_F(PicturePdfTest, PicturesGiveTheSameBytesEveryTime) {
  auto make = [] {
    LaidOutDocument doc;
    Page page;
    page.items.push_back(item(picture_of(seal_png(), PictureFormat::Png, 40, 40, true), 93, 93));
    page.items.push_back(item(qr_picture(20), 300, 300));
    doc.pages.push_back(page);
    return pdf_bytes(doc, default_engine());
  };
  EXPECT_EQ(make(), make());
}

TEST_F(PicturePdfTest, ACorruptPictureFileIsAnError) {
  LaidOutDocument doc;
  Page page;
  // Made by hand: the template never hands a writer an undecodable file.
  auto broken = std::make_shared<Picture>();
  broken->data = std::make_shared<const std::string>(seal_png().substr(0, 60));
  broken->width_mm = broken->height_mm = 40;
  page.items.push_back(item(broken, 9, 9));
  doc.pages.push_back(page);
  EXPECT_THROW(pdf_bytes(doc, default_engine()), std::runtime_error);
}

}  // namespace
}  // namespace formwork
