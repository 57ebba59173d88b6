#include <gtest/gtest.h>

#include <cmath>

#include "picture_fixture.h"
#include "xlsx/cell_pictures.h"
#include "xlsx/cell_text.h"
#include "xlsx/lxw_geometry.h"
#include "xlsx_test_util.h"

namespace formwork {
namespace {

using xlsx_test::make_jpeg;
using xlsx_test::make_png;
using xlsx_test::para;
using xlsx_test::picture;
using xlsx_test::picture_run;

// The drawing extent in EMU libxlsxwriter writes (drawing.c): the pixel
// size scaled and brought to 96 dpi, 9525 EMU a pixel, rounded.
uint32_t lxw_extent(int pixels, double scale, double dpi) {
  return static_cast<uint32_t>(0.5 + pixels * scale * 96 / dpi * 9525);
}

TEST(LxwImageScale, ExtentIsTheSizeInMillimetres) {
  for (double dpi : {96.0, 72.0, 11811 * 0.0254, 118 * 2.54}) {
    const LxwImageHeader h{29, 41, dpi, dpi};
    for (double mm : {25.0, 40.0, 12.7, 3.3}) {
      const LxwScale s = lxw_image_scale(h, mm, mm * 2);
      EXPECT_EQ(lxw_extent(29, s.x, dpi), static_cast<uint32_t>(mm * 36000 + 0.5))
          << dpi << " " << mm;
      EXPECT_EQ(lxw_extent(41, s.y, dpi), static_cast<uint32_t>(mm * 72000 + 0.5))
          << dpi << " " << mm;
    }
  }
}

TEST(LxwGeometry, RowsAndColumnsInPixels) {
  EXPECT_EQ(lxw_row_px(15), 20);
  EXPECT_EQ(lxw_row_px(15.6), 20);  // truncated
  EXPECT_EQ(lxw_column_px(8.43), 64);
  EXPECT_EQ(lxw_column_px(0.5), 6);
  EXPECT_NEAR(mm_to_px(25.4), 96, 1e-12);
}

std::shared_ptr<Picture> square(double mm, bool floating = false) {
  auto p = picture(make_png(8, 8), 8, 8, mm, mm);
  p->floating = floating;
  return p;
}

TEST(CellContent, LinesAndWhereEachPictureStands) {
  Cell c;
  Paragraph p1 = para("第一行\n第二");
  p1.runs.push_back(picture_run(square(10)));
  p1.runs.push_back(formwork::Run{"尾", {}, nullptr});
  c.paragraphs.push_back(p1);
  Paragraph rule;
  rule.rule = HorizontalRule{};
  c.paragraphs.push_back(rule);
  Paragraph p2;
  p2.runs.push_back(picture_run(square(5)));
  c.paragraphs.push_back(p2);

  const CellContent content = cell_content(c);
  EXPECT_EQ(content.lines, (std::vector<std::string>{"第一行", "第二尾", ""}));
  std::string joined = content.lines[0] + "\n" + content.lines[1] + "\n" + content.lines[2];
  EXPECT_EQ(joined, cell_text(c));
  ASSERT_EQ(content.pictures.size(), 2u);
  EXPECT_EQ(content.pictures[0].line, 1);
  EXPECT_EQ(content.pictures[0].before, "第二");
  EXPECT_EQ(content.pictures[1].line, 2);
  EXPECT_EQ(content.pictures[1].before, "");
  EXPECT_TRUE(content.has_text());
  EXPECT_TRUE(content.has_inline());
  EXPECT_TRUE(has_picture(c));
  EXPECT_FALSE(has_picture(xlsx_test::text_cell("无图")));
}

TEST(CellContent, ParagraphRowKeepsItsFirstLineIndent) {
  Paragraph p = para("正文");
  p.first_line_indent_em = 2;
  p.runs.push_back(picture_run(square(10, true)));
  const CellContent content = paragraph_content(p);
  ASSERT_EQ(content.lines.size(), 1u);
  EXPECT_EQ(content.lines[0], paragraph_row_text(p));
  EXPECT_EQ(content.pictures[0].before, "\u3000\u3000正文");
  EXPECT_FALSE(content.has_inline());

  Paragraph only;  // no text: no indent (paragraph_row_text is empty)
  only.first_line_indent_em = 2;
  only.runs.push_back(picture_run(square(10)));
  const CellContent c2 = paragraph_content(only);
  EXPECT_FALSE(c2.has_text());
  EXPECT_EQ(c2.pictures[0].before, "");
}

TEST(PlacePictures, InlineBandAlignedWithoutText) {
  Paragraph p;
  p.runs.push_back(picture_run(square(10)));
  p.runs.push_back(picture_run(square(20)));
  const CellContent c = paragraph_content(p);
  CellTextSetting s;
  const double w10 = mm_to_px(10), w20 = mm_to_px(20);
  EXPECT_NEAR(height_with_pictures_px(c, 400, s), w20 + 2 * s.pad_y_px, 1e-9);

  s.align = Align::Center;
  const auto centred = place_pictures(c, 400, 100, s);
  ASSERT_EQ(centred.size(), 2u);
  const double band = w10 + 4 + w20;
  EXPECT_NEAR(centred[0].x_px, (400 - band) / 2, 1e-9);
  EXPECT_NEAR(centred[1].x_px, (400 - band) / 2 + w10 + 4, 1e-9);
  EXPECT_NEAR(centred[1].y_px, (100 - w20) / 2, 1e-9);              // the taller one, centred
  EXPECT_NEAR(centred[0].y_px, (100 - w20) / 2 + w20 - w10, 1e-9);  // bottoms aligned

  s.align = Align::Right;
  s.valign = VAlign::Bottom;
  const auto right = place_pictures(c, 400, 100, s);
  EXPECT_NEAR(right[1].x_px + w20, 400 - s.pad_x_px, 1e-9);
  EXPECT_NEAR(right[1].y_px + w20, 100 - s.pad_y_px, 1e-9);
}

TEST(PlacePictures, BandBelowTextAndWrapped) {
  Paragraph p = para("扫码查验");
  for (int i = 0; i < 3; ++i) p.runs.push_back(picture_run(square(40)));
  const CellContent c = paragraph_content(p);
  CellTextSetting s;                 // 12 pt, pitch 1.3: one line is 20.8 px
  const double side = mm_to_px(40);  // 151 px: two fit in 400 px
  const auto placed = place_pictures(c, 400, 500, s);
  ASSERT_EQ(placed.size(), 3u);
  EXPECT_NEAR(placed[0].y_px, 20.8 + s.pad_y_px, 1e-9);
  EXPECT_NEAR(placed[1].y_px, placed[0].y_px, 1e-9);
  EXPECT_NEAR(placed[2].y_px, placed[0].y_px + side + 4, 1e-9);
  EXPECT_NEAR(placed[2].x_px, s.pad_x_px, 1e-9);
  EXPECT_NEAR(height_with_pictures_px(c, 400, s), 20.8 + 2 * side + 4 + 2 * s.pad_y_px, 1e-9);
}

TEST(PlacePictures, TooWideOrTooTallScaledDownKeepingItsShape) {
  Paragraph p;
  p.runs.push_back(picture_run(picture(make_png(8, 4), 8, 4, 200, 100)));  // 756 × 378 px
  p.runs.push_back(picture_run(picture(make_png(4, 8), 4, 8, 100, 200)));  // taller than 409 pt
  const CellContent c = paragraph_content(p);
  CellTextSetting s;
  const auto placed = place_pictures(c, 406, 1000, s);
  ASSERT_EQ(placed.size(), 2u);
  EXPECT_NEAR(mm_to_px(placed[0].width_mm), 400, 1e-9);
  EXPECT_NEAR(placed[0].height_mm, placed[0].width_mm / 2, 1e-9);
  const double max_h = 409 / 0.75 - 2 * s.pad_y_px - 1;
  EXPECT_NEAR(mm_to_px(placed[1].height_mm), max_h, 1e-9);
  EXPECT_NEAR(placed[1].width_mm, placed[1].height_mm / 2, 1e-9);
  EXPECT_NEAR(placed[1].y_px, placed[0].y_px + mm_to_px(placed[0].height_mm) + 4, 1e-9);
  EXPECT_LE(height_with_pictures_px(c, 406, s), 200 + 4 + max_h + 2 * s.pad_y_px + 1e-9);
}

TEST(PlacePictures, FloatingFromThePenPosition) {
  // A right-aligned 署名 line, the seal after its text: the pen stands at the
  // right end of the line (4 Han characters at 12 pt: 64 px).
  Paragraph p = para("某某单位", ParagraphRole::Signature, Align::Right);
  auto seal = square(40, true);
  seal->offset_x_mm = -30;
  seal->offset_y_mm = -12;
  p.runs.push_back(picture_run(seal));
  const CellContent c = paragraph_content(p);
  EXPECT_EQ(height_with_pictures_px(c, 600, CellTextSetting{}), 0);  // takes no space
  CellTextSetting s;
  s.align = Align::Right;
  const auto placed = place_pictures(c, 600, 40, s);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_NEAR(placed[0].x_px, 600 - s.pad_x_px - mm_to_px(30), 1e-9);
  EXPECT_NEAR(placed[0].y_px, (40 - 20.8) / 2 - mm_to_px(12), 1e-9);

  // Left-aligned, on the second line after two characters.
  Paragraph q = para("第一行\n二行");
  q.runs.push_back(picture_run(square(10, true)));
  s.align = Align::Left;
  s.valign = VAlign::Top;
  const auto left = place_pictures(paragraph_content(q), 600, 100, s);
  EXPECT_NEAR(left[0].x_px, s.pad_x_px + 32, 1e-9);
  EXPECT_NEAR(left[0].y_px, 20.8, 1e-9);
}

TEST(WithinSheet, FloatingPictureKeptInsideTheColumns) {
  auto seal = square(40, true);  // 151.2 px
  const double w = mm_to_px(40);
  EXPECT_EQ(within_sheet({seal.get(), 500, 0, 40, 40}, 0, 605).x_px, std::floor(604 - w));
  EXPECT_EQ(within_sheet({seal.get(), 300, 0, 40, 40}, 202, 605).x_px, std::floor(604 - w - 202));
  EXPECT_NEAR(within_sheet({seal.get(), -250, -30, 40, 40}, 202, 605).x_px, -202, 1e-9);
  EXPECT_EQ(within_sheet({seal.get(), 10, -30, 40, 40}, 202, 605).x_px, 10);  // inside: unchanged
  EXPECT_EQ(within_sheet({seal.get(), 10, -30, 40, 40}, 202, 605).y_px, -30);
  EXPECT_EQ(within_sheet({seal.get(), 10, 0, 40, 40}, 0, 100).x_px, 0);  // wider than the sheet
}

}  // namespace
}  // namespace formwork
