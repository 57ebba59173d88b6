// layout_document with the real Debian fonts (the PDF font provider): what
// the fake monospace font cannot show — faces with different vertical
// metrics on one line, real italic faces, Vietnamese coverage.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "fonts/font_engine.h"
#include "layout/layout.h"
#include "pdf_test_support.h"

namespace formwork {
namespace {

using testing::default_fonts;

Paragraph para(const std::string& text, const std::string& role, double size) {
  Paragraph p;
  Run r;
  r.text = text;
  r.style.font_role = role;
  r.style.size_pt = size;
  p.runs.push_back(r);
  return p;
}

/// Baselines of the page's glyph runs, one per distinct y, ascending.
std::vector<double> baselines(const Page& page) {
  std::map<long long, double> ys;
  for (const FrameItem& item : page.items) {
    if (const auto* g = std::get_if<GlyphRun>(&item)) ys[std::llround(g->y * 1000)] = g->y;
  }
  std::vector<double> out;
  for (const auto& [key, y] : ys) out.push_back(y);
  return out;
}

TEST(RealFontLayout, LinesWithLatinDigitsShareTheBaselineOfHanLines) {
  // AR PL SungtiL (hhea 0.879/0.120) and Liberation Serif (0.891/0.216):
  // a baseline taken from each line's own ascent and descent would move
  // the digit lines 0.67 pt up at 16 pt.
  FontEngine engine(default_fonts());
  Document d;
  d.page.margin_left_mm = d.page.margin_right_mm = 28;
  for (const char* text : {"经费决算表经费决算表", "2016年经费决算表", "经费决算表经费决算表",
                           "0531-88597980", "Sở Tài chính"}) {
    d.blocks.push_back(para(text, "fangsong", 16));
  }
  LaidOutDocument out = layout_document(d, engine);
  std::vector<double> ys = baselines(out.pages.at(0));
  ASSERT_EQ(ys.size(), 5u);
  for (size_t i = 1; i < ys.size(); ++i) EXPECT_NEAR(ys[i] - ys[i - 1], 20, 1e-9) << i;
  EXPECT_NEAR(ys[0], mm_to_pt(25) + 2 + 0.88 * 16, 1e-9);
}

TEST(RealFontLayout, VietnameseItalicUsesLiberationSerifItalic) {
  FontEngine engine(default_fonts());
  Document d;
  Paragraph p = para("Quang Khải, ngày 05 tháng 02 năm 2023 ơ ư ế ộ ữ", "serif", 13);
  p.runs[0].style.italic = true;
  d.blocks.push_back(p);
  LaidOutDocument out = layout_document(d, engine);
  size_t runs = 0;
  for (const FrameItem& item : out.pages.at(0).items) {
    const auto* g = std::get_if<GlyphRun>(&item);
    if (!g) continue;
    ++runs;
    EXPECT_NE(g->face_id.str().find("LiberationSerif-Italic.ttf"), std::string::npos) << g->face_id;
    EXPECT_FALSE(g->synthetic_italic);
  }
  EXPECT_EQ(runs, 1u);
}

TEST(RealFontLayout, ItalicHanIsSlantedAndItsLatinTakesTheItalicPartner) {
  FontEngine engine(default_fonts());
  Document d;
  Paragraph p = para("附注 Note", "song", 12);
  p.runs[0].style.italic = true;
  d.blocks.push_back(p);
  LaidOutDocument out = layout_document(d, engine);
  std::map<std::string, bool> slanted;  // text → synthetic_italic
  for (const FrameItem& item : out.pages.at(0).items) {
    if (const auto* g = std::get_if<GlyphRun>(&item)) slanted[g->text] = g->synthetic_italic;
  }
  ASSERT_EQ(slanted.size(), 2u);
  EXPECT_TRUE(slanted.at("附注"));
  EXPECT_FALSE(slanted.at(" Note"));
}

}  // namespace
}  // namespace formwork
