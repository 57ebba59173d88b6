// Pictures in the text flow (model/picture.h): inline boxes on the
// baseline, floating pictures, scaling to the line and the page, the line
// grid, table cells and page breaks — asserted on the frames with the
// monospace fake font (wide = 1 em, others 0.5 em).
#include <gtest/gtest.h>

#include <cmath>

#include "fake_fonts.h"
#include "layout/layout.h"
#include "layout/paragraph_layout.h"
#include "layout_test_util.h"

namespace formwork {
namespace {

using layout_test::doc_with_box;
using layout_test::FakeFonts;
using layout_test::han;
using layout_test::items_of;
using layout_test::lines_of;
using layout_test::margin_pt;
using layout_test::para;
using layout_test::TextLine;

constexpr double kTol = 1e-6;
// A 12 pt line at 1.25 spacing: pitch 15 pt, baseline 1.5 + 10.56 pt below
// its top, so 2.94 pt of it below the baseline.
constexpr double kPitch = 15;
constexpr double kBaseline = 12.06;
constexpr double kDescent = kPitch - kBaseline;

std::shared_ptr<const Picture> picture(double w_mm, double h_mm, bool floating = false,
                                       double dx_mm = 0, double dy_mm = 0) {
  auto p = std::make_shared<Picture>();
  p->width_mm = w_mm;
  p->height_mm = h_mm;
  p->floating = floating;
  p->offset_x_mm = dx_mm;
  p->offset_y_mm = dy_mm;
  p->alt = "印章";
  return p;
}

Run picture_run(std::shared_ptr<const Picture> p, double size = 12) {
  Run r;
  r.picture = std::move(p);
  r.style.size_pt = size;
  return r;
}

Run text_run(const std::string& text, double size = 12) {
  Run r;
  r.text = text;
  r.style.size_pt = size;
  return r;
}

Paragraph paragraph(std::vector<Run> runs, Align align = Align::Left) {
  Paragraph p;
  p.runs = std::move(runs);
  p.align = align;
  return p;
}

LaidOutDocument lay(Document d) {
  FakeFonts fonts;
  return layout_document(d, fonts);
}

LaidOutDocument lay_blocks(std::vector<Block> blocks, double w = 300, double h = 600) {
  Document d = doc_with_box(w, h);
  d.blocks = std::move(blocks);
  return lay(d);
}

TEST(PictureLayout, InlinePictureSitsOnTheBaselineAndTheLineGrowsToHoldIt) {
  const double h = mm_to_pt(20);
  LaidOutDocument out =
      lay_blocks({paragraph({text_run("汉字"), picture_run(picture(20, 20)), text_run("汉字")})});
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  // The picture's top is the line top; its bottom is the text baseline.
  EXPECT_NEAR(pics[0].y, margin_pt(), kTol);
  EXPECT_NEAR(pics[0].y + pics[0].h, lines[0].y, kTol);
  EXPECT_NEAR(pics[0].w, h, kTol);
  EXPECT_NEAR(pics[0].h, h, kTol);
  // After two Han at 12 pt, and the text after it moves by its width.
  EXPECT_NEAR(pics[0].x, margin_pt() + 24, kTol);
  ASSERT_EQ(lines[0].runs.size(), 2u);
  EXPECT_NEAR(lines[0].runs[1].x, margin_pt() + 24 + h, kTol);
  // The text carries no placeholder for the picture.
  EXPECT_EQ(lines[0].text, "汉字汉字");
}

TEST(PictureLayout, TheNextParagraphStartsBelowTheGrownLine) {
  const double h = mm_to_pt(20);
  LaidOutDocument out =
      lay_blocks({paragraph({picture_run(picture(20, 20)), text_run("汉")}), para("字")});
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 2u);
  // Line 1: picture height above the baseline, the text's descent below it.
  EXPECT_NEAR(lines[0].y, margin_pt() + h, kTol);
  EXPECT_NEAR(lines[1].y, margin_pt() + h + kDescent + kBaseline, kTol);
}

TEST(PictureLayout, APictureOnALaterLineNeverOverlapsTheLineAbove) {
  // 10 Han fill the 120 pt line; the picture starts line 2.
  LaidOutDocument out = lay_blocks(
      {paragraph({text_run(han(10)), picture_run(picture(10, 10)), text_run("汉")})}, 120);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR(pics[0].x, margin_pt(), kTol);
  EXPECT_NEAR(pics[0].y, margin_pt() + kPitch, kTol);  // the bottom of line 1
  EXPECT_NEAR(pics[0].y + pics[0].h, lines[1].y, kTol);
}

TEST(PictureLayout, APictureThatDoesNotFitTheLineMovesWholeToTheNext) {
  // 8 Han (96 pt) leave 24 pt; the 40 pt picture goes to line 2 as a unit.
  const double w_mm = 40 / kPtPerMm;
  LaidOutDocument out = lay_blocks(
      {paragraph({text_run(han(8)), picture_run(picture(w_mm, 5)), text_run("汉")})}, 120);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, han(8));
  EXPECT_NEAR(pics[0].x, margin_pt(), kTol);
  EXPECT_NEAR(pics[0].w, 40, kTol);
  EXPECT_NEAR(lines[1].runs[0].x, margin_pt() + 40, kTol);
}

TEST(PictureLayout, FloatingPictureTakesNoRoomAndIsPlacedFromThePenAndLineTop) {
  LaidOutDocument plain = lay_blocks({para("汉字汉字"), para("汉")});
  LaidOutDocument out = lay_blocks(
      {paragraph({text_run("汉字"), picture_run(picture(40, 40, true, -5, -3)), text_run("汉字")}),
       para("汉")});
  std::vector<TextLine> want = lines_of(plain.pages[0]);
  std::vector<TextLine> got = lines_of(out.pages[0]);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].text, want[i].text);
    EXPECT_NEAR(got[i].y, want[i].y, kTol);
    EXPECT_NEAR(got[i].x, want[i].x, kTol);
    EXPECT_NEAR(got[i].right, want[i].right, kTol);
  }
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].x, margin_pt() + 24 - mm_to_pt(5), kTol);
  EXPECT_NEAR(pics[0].y, margin_pt() - mm_to_pt(3), kTol);
  EXPECT_NEAR(pics[0].w, mm_to_pt(40), kTol);
  EXPECT_NEAR(pics[0].h, mm_to_pt(40), kTol);
}

TEST(PictureLayout, FloatingPictureAddsNoJustificationGap) {
  // A justified line of 9 Han and a floating picture stretches as the 9
  // Han alone do: the picture is no opportunity of its own.
  std::vector<formwork::Run> with = {text_run(han(5)), picture_run(picture(10, 10, true)),
                                     text_run(han(4) + han(3))};
  LaidOutDocument a = lay_blocks({paragraph(with, Align::Justify)}, 110);
  LaidOutDocument b = lay_blocks({para(han(12), 12, Align::Justify)}, 110);
  std::vector<TextLine> la = lines_of(a.pages[0]);
  std::vector<TextLine> lb = lines_of(b.pages[0]);
  ASSERT_EQ(la.size(), lb.size());
  EXPECT_NEAR(la[0].right, lb[0].right, kTol);
  ASSERT_EQ(la[0].runs.size(), 2u);
  // The second run starts where the sixth Han of the plain line starts.
  const std::vector<float> pens = layout_test::pens(lb[0].runs[0]);
  EXPECT_NEAR(la[0].runs[1].x, lb[0].runs[0].x + pens[5], 1e-4);
  // The picture sits right after the fifth Han, before the gap: 2 pt
  // spread over 8 gaps, 4 of them before it.
  std::vector<PictureItem> pics = items_of<PictureItem>(a.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].x, margin_pt() + 60 + 4 * 0.25, 1e-4);
}

TEST(PictureLayout, APictureWiderThanTheLineIsScaledDownKeepingItsAspect) {
  LaidOutDocument out = lay_blocks({paragraph({picture_run(picture(100, 50))})}, 200);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].w, 200, kTol);
  EXPECT_NEAR(pics[0].h, 100, kTol);
  EXPECT_NEAR(pics[0].x, margin_pt(), kTol);
}

TEST(PictureLayout, TheFirstLineIndentNarrowsTheWidthAPictureMayTake) {
  Paragraph p = paragraph({picture_run(picture(100, 50))});
  p.first_line_indent_em = 2;  // 24 pt
  LaidOutDocument out = lay_blocks({p}, 200);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].x, margin_pt() + 24, kTol);
  EXPECT_NEAR(pics[0].w, 176, kTol);
  EXPECT_NEAR(pics[0].x + pics[0].w, margin_pt() + 200, kTol);
}

TEST(PictureLayout, APictureTallerThanThePageIsScaledToTheTextBlock) {
  // Text block 300 pt tall: the picture and its line's descent fill it.
  LaidOutDocument out =
      lay_blocks({paragraph({picture_run(picture(50, 400)), text_run("汉")})}, 300, 300);
  ASSERT_EQ(out.pages.size(), 1u);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].h, 300 - kDescent, kTol);
  EXPECT_NEAR(pics[0].w / pics[0].h, 50.0 / 400.0, kTol);
  EXPECT_NEAR(pics[0].y, margin_pt(), kTol);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NEAR(lines[0].y + kDescent, margin_pt() + 300, kTol);
}

TEST(PictureLayout, ALineWithAPictureMovesWholeToTheNextPage) {
  // 30 lines of 15 pt leave 50 pt on a 500 pt page; the 100 pt picture's
  // line goes to page 2 whole, the text before it stays.
  std::vector<Block> blocks;
  for (int i = 0; i < 30; ++i) blocks.push_back(para("汉"));
  blocks.push_back(paragraph({text_run("汉"), picture_run(picture(10, 100 / kPtPerMm))}));
  LaidOutDocument out = lay_blocks(blocks, 300, 500);
  ASSERT_EQ(out.pages.size(), 2u);
  EXPECT_TRUE(items_of<PictureItem>(out.pages[0]).empty());
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[1]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].y, margin_pt(), kTol);
  std::vector<TextLine> lines = lines_of(out.pages[1]);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NEAR(lines[0].y, margin_pt() + 100, kTol);
}

TEST(PictureLayout, OnALineGridAPictureLineTakesWholeGridLines) {
  Document d = doc_with_box(300, 600);
  d.page.grid_lines = 20;  // 30 pt pitch
  const double pitch = 30;
  d.blocks.push_back(para("汉"));
  d.blocks.push_back(paragraph({text_run("汉"), picture_run(picture(10, 50 / kPtPerMm))}));
  d.blocks.push_back(para("汉"));
  LaidOutDocument out = lay(d);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.size(), 3u);
  // A body line: pitch 30, baseline (30 − 12) / 2 + 10.56 below its top.
  const double in_line = 9 + 10.56;
  EXPECT_NEAR(lines[0].y, margin_pt() + in_line, kTol);
  // The picture line needs 50 + 10.44 pt: three grid lines, the baseline
  // where a body line puts it in the last of them.
  EXPECT_NEAR(lines[1].y, margin_pt() + pitch + 2 * pitch + in_line, kTol);
  EXPECT_NEAR(lines[2].y, margin_pt() + 4 * pitch + in_line, kTol);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].y + pics[0].h, lines[1].y, kTol);
  EXPECT_GE(pics[0].y, margin_pt() + pitch - kTol);
}

TEST(PictureLayout, APictureInATableCellGrowsItsRow) {
  Table t;
  t.column_widths = {1, 1};
  t.cell_padding_mm = 2;
  Row row;
  Cell label;
  label.paragraphs.push_back(para("二维码"));
  Cell code;
  code.paragraphs.push_back(paragraph({picture_run(picture(25, 25))}));
  code.valign = VAlign::Top;
  row.cells = {label, code};
  t.rows.push_back(row);
  LaidOutDocument out = lay_blocks({t, para("后")}, 300);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  const double pad = mm_to_pt(2);
  EXPECT_NEAR(pics[0].x, margin_pt() + 150 + pad, kTol);
  EXPECT_NEAR(pics[0].y, margin_pt() + pad, kTol);
  EXPECT_NEAR(pics[0].h, mm_to_pt(25), kTol);
  // The row holds the picture line (picture + descent) and the padding:
  // its bottom border lies that far below the table top.
  const double row_bottom = margin_pt() + pad + mm_to_pt(25) + kDescent + pad;
  bool found = false;
  for (const Rule& r : items_of<Rule>(out.pages[0])) {
    if (r.y1 == r.y2 && std::abs(r.y1 - row_bottom) < 1e-6) found = true;
  }
  EXPECT_TRUE(found);
  std::vector<TextLine> lines = lines_of(out.pages[0]);
  ASSERT_EQ(lines.back().text, "后");
  EXPECT_GT(lines.back().y, row_bottom);
}

TEST(PictureLayout, APictureInANarrowCellIsScaledToItsContentWidth) {
  Table t;
  t.column_widths = {1, 1};
  t.cell_padding_mm = 0;
  Row row;
  Cell a, b;
  a.paragraphs.push_back(para("甲"));
  b.paragraphs.push_back(paragraph({picture_run(picture(80, 80))}));
  row.cells = {a, b};
  t.rows.push_back(row);
  LaidOutDocument out = lay_blocks({t}, 200);
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].w, 100, kTol);
  EXPECT_NEAR(pics[0].h, 100, kTol);
}

TEST(PictureLayout, WindowsGiveThePicturesOfALongParagraphOnce) {
  // The same paragraph shaped in windows of 7 code points or at once.
  Paragraph p;
  for (int i = 0; i < 12; ++i) {
    p.runs.push_back(text_run(han(5)));
    p.runs.push_back(picture_run(picture(5 + i, 5)));
  }
  FakeFonts fonts;
  TextContext whole(fonts);
  TextContext windowed(fonts);
  windowed.window_chars = 7;
  LineList a = layout_paragraph(p, 0, 200, Align::Left, whole).lines;
  LineList b = layout_paragraph(p, 0, 200, Align::Left, windowed).lines;
  ASSERT_EQ(a.size(), b.size());
  size_t pictures = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_DOUBLE_EQ(a[i].height, b[i].height);
    ASSERT_EQ(a[i].extras.size(), b[i].extras.size()) << "line " << i;
    for (size_t k = 0; k < a[i].extras.size(); ++k) {
      const auto& pa = std::get<PictureItem>(a[i].extras[k]);
      const auto& pb = std::get<PictureItem>(b[i].extras[k]);
      EXPECT_DOUBLE_EQ(pa.x, pb.x);
      EXPECT_DOUBLE_EQ(pa.y, pb.y);
      EXPECT_EQ(pa.picture, pb.picture);
    }
    pictures += a[i].extras.size();
  }
  EXPECT_EQ(pictures, 12u);
}

TEST(PictureLayout, AParagraphOfOnlyAPictureIsOneLine) {
  LaidOutDocument out = lay_blocks({paragraph({picture_run(picture(30, 10))}, Align::Center)});
  std::vector<PictureItem> pics = items_of<PictureItem>(out.pages[0]);
  ASSERT_EQ(pics.size(), 1u);
  EXPECT_NEAR(pics[0].x, margin_pt() + (300 - mm_to_pt(30)) / 2, kTol);
  EXPECT_TRUE(lines_of(out.pages[0]).empty());
}

}  // namespace
}  // namespace formwork
