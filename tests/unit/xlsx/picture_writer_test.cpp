// Pictures written by write_xlsx and read back from the package
// (read_xlsx_drawings.py) and with openpyxl (read_xlsx.py).
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "picture_fixture.h"
#include "util/errors.h"
#include "xlsx/xlsx_writer.h"
#include "xlsx_test_util.h"

namespace formwork {
namespace {

namespace fs = std::filesystem;
using xlsx_test::make_jpeg;
using xlsx_test::make_png;
using xlsx_test::para;
using xlsx_test::picture;
using xlsx_test::picture_run;
using xlsx_test::read_back;
using xlsx_test::row;
using xlsx_test::run;
using xlsx_test::text_cell;

using KeyValues = std::map<std::string, std::string>;

fs::path test_dir(const std::string& name) {
  const fs::path dir =
      fs::path(FORMWORK_TEST_TMP) / "xlsx" / (name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

KeyValues read_drawings(const fs::path& path) {
  const std::string out =
      run("/usr/bin/python3 " FORMWORK_SOURCE_DIR "/tests/unit/xlsx/read_xlsx_drawings.py '" +
          path.string() + "' 2>&1");
  KeyValues kv;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    const size_t eq = line.find('=');
    if (eq != std::string::npos) kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  if (!kv.count("pictures")) ADD_FAILURE() << "read_xlsx_drawings.py failed: " << out;
  return kv;
}

/// "col,row,colOff,rowOff" → its four numbers.
std::vector<long> anchor(const std::string& s) {
  std::vector<long> v;
  std::istringstream in(s);
  for (std::string part; std::getline(in, part, ',');) v.push_back(std::stol(part));
  return v;
}

std::string extent(double w_mm, double h_mm) {
  return std::to_string(std::lround(w_mm * 36000)) + "," +
         std::to_string(std::lround(h_mm * 36000));
}

std::string md5_of(const std::string& bytes, const fs::path& dir) {
  const fs::path f = dir / "md5-input";
  std::ofstream(f, std::ios::binary) << bytes;
  return run("md5sum '" + f.string() + "' | cut -c1-32 | tr -d '\\n'");
}

struct Sources {
  std::shared_ptr<Picture> logo = picture(make_png(40, 20), 40, 20, 30, 15, "标志");
  std::shared_ptr<Picture> seal = picture(make_png(60, 60, 11811, 1, 40), 60, 60, 40, 40, "印章");
  std::shared_ptr<Picture> qr =
      picture(make_png(29, 29, 0, 1, 80), 29, 29, 25, 25, "核验码 ABC-123");
  std::shared_ptr<Picture> photo =
      picture(make_jpeg(200, 100, 1, 72), 200, 100, 20, 10, "照片", PictureFormat::Jpeg);
  Sources() {
    seal->floating = true;
    seal->offset_x_mm = -30;
    seal->offset_y_mm = -12;
  }
};

/// Sheet rows (0-based): 0 title · 1 logo (inline, centred) · 2 署名 with
/// the floating seal · 3 date · 4–5 table (查验 | 扫码查验 + QR; 照片 |
/// JPEG) · 6 the logo again.
Document picture_document(const Sources& s) {
  Document d;
  d.title = "图片";
  d.blocks.push_back(para("证明", ParagraphRole::Title, Align::Center));
  Paragraph logo;
  logo.align = Align::Center;
  logo.runs.push_back(picture_run(s.logo));
  d.blocks.push_back(logo);
  Paragraph sign = para("某某单位", ParagraphRole::Signature, Align::Right);
  sign.runs.push_back(picture_run(s.seal));
  d.blocks.push_back(sign);
  d.blocks.push_back(para("2024年1月1日", ParagraphRole::Signature, Align::Right));
  Table t;
  t.column_widths = {1, 2};
  Cell qr = text_cell("扫码查验");
  qr.paragraphs[0].runs.push_back(picture_run(s.qr));
  t.rows.push_back(row({text_cell("查验"), qr}));
  Cell photo;
  photo.align = Align::Center;
  photo.paragraphs.push_back(Paragraph{});
  photo.paragraphs[0].runs.push_back(picture_run(s.photo));
  t.rows.push_back(row({text_cell("照片"), photo}));
  d.blocks.push_back(t);
  d.blocks.push_back(logo);
  return d;
}

class XlsxPictures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    sources_ = new Sources;
    dir_ = new fs::path(test_dir("pictures"));
    write_xlsx(picture_document(*sources_), (*dir_ / "a.xlsx").string());
    drawings_ = new KeyValues(read_drawings(*dir_ / "a.xlsx"));
    cells_ = new KeyValues(read_back((*dir_ / "a.xlsx").string()));
  }
  static void TearDownTestSuite() {
    delete sources_;
    delete dir_;
    delete drawings_;
    delete cells_;
  }
  const KeyValues& kv() { return *drawings_; }
  std::string at(const std::string& key) {
    auto it = drawings_->find(key);
    return it == drawings_->end() ? "<missing " + key + ">" : it->second;
  }
  static inline Sources* sources_ = nullptr;
  static inline fs::path* dir_ = nullptr;
  static inline KeyValues* drawings_ = nullptr;
  static inline KeyValues* cells_ = nullptr;
};

// Drawing order: paragraph rows and cells top to bottom; in a cell its
// inline pictures first, then the floating ones (drawn over them).
constexpr int kLogo = 0, kSeal = 1, kQr = 2, kPhoto = 3, kLogoAgain = 4;

TEST_F(XlsxPictures, EveryPictureAtItsPrintedSize) {
  ASSERT_EQ(at("pictures"), "5");
  EXPECT_EQ(at("picture.0.ext"), extent(30, 15));  // 96 dpi (no pHYs)
  EXPECT_EQ(at("picture.1.ext"), extent(40, 40));  // 300 dpi pHYs
  EXPECT_EQ(at("picture.2.ext"), extent(25, 25));
  EXPECT_EQ(at("picture.3.ext"), extent(20, 10));  // JFIF 72 dpi
  EXPECT_EQ(at("picture.4.ext"), extent(30, 15));
  for (int i = 0; i < 5; ++i) EXPECT_EQ(at("picture." + std::to_string(i) + ".editAs"), "oneCell");
}

TEST_F(XlsxPictures, AltTextIsTheDescription) {
  EXPECT_EQ(at("picture.0.descr"), "标志");
  EXPECT_EQ(at("picture.1.descr"), "印章");
  EXPECT_EQ(at("picture.2.descr"), "核验码 ABC-123");
  EXPECT_EQ(at("picture.3.descr"), "照片");
}

TEST_F(XlsxPictures, InlinePicturesStayInTheirCell) {
  for (int i : {kLogo, kQr, kPhoto, kLogoAgain}) {
    const auto from = anchor(at("picture." + std::to_string(i) + ".from"));
    const auto to = anchor(at("picture." + std::to_string(i) + ".to"));
    ASSERT_EQ(from.size(), 4u);
    ASSERT_EQ(to.size(), 4u);
    EXPECT_EQ(from[1], to[1]) << "picture " << i << " runs into the next row";
    EXPECT_GT(from[3], 0) << "picture " << i << " touches the row above";
  }
  EXPECT_EQ(anchor(at("picture.0.from"))[1], 1);
  EXPECT_EQ(anchor(at("picture.2.from"))[1], 4);
  EXPECT_EQ(anchor(at("picture.2.from"))[0], 1);  // the table's second column
  EXPECT_EQ(anchor(at("picture.3.from"))[1], 5);
  EXPECT_EQ(anchor(at("picture.4.from"))[1], 6);
}

TEST_F(XlsxPictures, RowsGrowForInlinePicturesOnly) {
  const KeyValues& c = *cells_;
  // Row 2: the logo, 15 mm = 56.7 px, plus padding.
  EXPECT_GE(std::stod(c.at("height.2")), 15 / 25.4 * 72);
  // Row 3: 署名 keeps one line of text; the seal floats over it.
  EXPECT_EQ(c.at("height.3"), "15.60");
  // Row 5: one line of text above a 25 mm QR code.
  EXPECT_GE(std::stod(c.at("height.5")), 25 / 25.4 * 72 + 15.6);
  EXPECT_EQ(c.at("value.B5"), "扫码查验");  // the cell's text as without the picture
}

TEST_F(XlsxPictures, FloatingSealLeftOfAndAboveItsPen) {
  const auto from = anchor(at("picture.1.from"));
  ASSERT_EQ(from.size(), 4u);
  // Columns 200 + 399 px (the table's 1 : 2 of 160 mm less 1 % slack). The
  // pen stands at the end of the right-aligned 署名, 599 - 3 px inset; dx =
  // -30 mm (113 px) would put the 40 mm (151 px) seal 483–634 px from the
  // left, past the last column: it is moved left to end before 599 px, in
  // column B.
  EXPECT_EQ(from[0], 1);
  EXPECT_NEAR(from[2] / 9525.0, 598 - 151.2 - 200, 1);
  EXPECT_EQ(anchor(at("picture.1.to"))[0], 1);
  // dy = -12 mm (45 px) from the top of the line (row 2, 20 px high, its
  // 20.8 px line centred) reaches 16 px into the logo's row (62 px high).
  EXPECT_EQ(from[1], 1);
  EXPECT_NEAR(from[3] / 9525.0, 16, 1);
}

TEST_F(XlsxPictures, EachDistinctFileStoredOnceAndUnchanged) {
  ASSERT_EQ(at("media"),
            "xl/media/image1.png,xl/media/image2.png,xl/media/image3.png,"
            "xl/media/image4.jpeg");
  EXPECT_EQ(at("picture.0.media"), at("picture.4.media"));
  const fs::path& dir = *dir_;
  EXPECT_EQ(at("md5." + at("picture.0.media")), md5_of(*sources_->logo->data, dir));
  EXPECT_EQ(at("md5." + at("picture.1.media")), md5_of(*sources_->seal->data, dir));
  EXPECT_EQ(at("md5." + at("picture.2.media")), md5_of(*sources_->qr->data, dir));
  EXPECT_EQ(at("md5." + at("picture.3.media")), md5_of(*sources_->photo->data, dir));
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST_F(XlsxPictures, ByteIdenticalAcrossWrites) {
  write_xlsx(picture_document(*sources_), (*dir_ / "b.xlsx").string());
  EXPECT_EQ(slurp(*dir_ / "a.xlsx"), slurp(*dir_ / "b.xlsx"));
}

TEST(XlsxPicturesErrors, UnreadablePictureNamesItsCellAndWritesNothing) {
  const fs::path dir = test_dir("picture-error");
  Document d;
  d.blocks.push_back(para("前文"));
  Paragraph p;
  p.runs.push_back(picture_run(picture("not an image", 10, 10, 10, 10, "坏图")));
  d.blocks.push_back(p);
  try {
    write_xlsx(d, (dir / "bad.xlsx").string());
    FAIL() << "no error";
  } catch (const IoError& e) {
    EXPECT_NE(std::string(e.what()).find("A2 (坏图)"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(dir / "bad.xlsx"));
}

/// The same seal in 1000 table rows: libxlsxwriter stores its file once.
TEST(XlsxPicturesScale, ThousandRowsShareOneFile) {
  const fs::path dir = test_dir("picture-rows");
  auto seal = picture(make_png(200, 200, 11811), 200, 200, 20, 20, "印章");
  Table t;
  t.column_widths = {1, 1};
  Table plain = t;
  for (int i = 0; i < 1000; ++i) {
    Cell c = text_cell("第" + std::to_string(i + 1) + "行");
    plain.rows.push_back(row({c, text_cell("")}));
    Cell pic;
    pic.paragraphs.push_back(Paragraph{});
    pic.paragraphs[0].runs.push_back(picture_run(seal));
    t.rows.push_back(row({c, pic}));
  }
  Document with, without;
  with.blocks.push_back(t);
  without.blocks.push_back(plain);
  const auto start = std::chrono::steady_clock::now();
  write_xlsx(with, (dir / "with.xlsx").string());
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  write_xlsx(without, (dir / "without.xlsx").string());
  const KeyValues kv = read_drawings(dir / "with.xlsx");
  EXPECT_EQ(kv.at("pictures"), "1000");
  EXPECT_EQ(kv.at("media"), "xl/media/image1.png");
  const auto png = seal->data->size();
  const auto with_size = fs::file_size(dir / "with.xlsx");
  const auto without_size = fs::file_size(dir / "without.xlsx");
  std::cout << "[ figures  ] 1000 rows: " << with_size << " bytes with the seal (" << png
            << " bytes PNG), " << without_size << " without; written in " << secs << " s\n";
  EXPECT_LT(with_size, without_size + png + 100'000);  // ≈ 60 bytes of drawing XML a picture
}

}  // namespace
}  // namespace formwork
