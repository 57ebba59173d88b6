// Glyph runs keep x only where the face's advances would not put a glyph:
// plain text costs 4 bytes a glyph, and every run paints where layout put it.
#include "layout/glyph_positions.h"

#include <gtest/gtest.h>

#include "fake_fonts.h"
#include "layout/face_id.h"
#include "layout/paragraph_layout.h"
#include "layout/text_context.h"

namespace formwork {
namespace {

using namespace layout_test;  // NOLINT(google-build-using-namespace): test helpers

FakeFace& latin() {
  static FakeFace face{"latin", false};
  return face;
}

GlyphRun run_at(std::vector<Glyph> glyphs) {
  GlyphRun r;
  r.face = &latin();
  r.size_pt = 10;
  set_glyphs(r, glyphs);
  return r;
}

TEST(GlyphPositions, NaturalPositionsAreNotStored) {
  // Fake Latin glyphs advance 0.5 em = 5 pt at 10 pt.
  GlyphRun r = run_at({{'a', 0, 0}, {'b', 1, 5}, {'c', 2, 10.00001f}});
  EXPECT_TRUE(r.positions.empty());
  ASSERT_EQ(r.glyph_ids.size(), 3u);
  const std::vector<Glyph> g = glyphs_of(r);
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[2].gid, 'c');
  EXPECT_EQ(g[2].cluster, 2);
  EXPECT_FLOAT_EQ(g[1].x, 5);
  EXPECT_FLOAT_EQ(g[2].x, 10);
}

TEST(GlyphPositions, MovedGlyphsKeepTheirPositions) {
  // Justified (1 pt more between glyphs) or kerned: stored as given.
  GlyphRun r = run_at({{'a', 0, 0}, {'b', 1, 6}, {'c', 2, 12}});
  ASSERT_EQ(r.positions.size(), 3u);
  const std::vector<Glyph> g = glyphs_of(r);
  EXPECT_FLOAT_EQ(g[1].x, 6);
  EXPECT_FLOAT_EQ(g[2].x, 12);
  // One glyph 0.001 pt off is enough.
  EXPECT_EQ(run_at({{'a', 0, 0}, {'b', 1, 5.001f}}).positions.size(), 2u);
}

TEST(GlyphPositions, RunWithoutFaceStoresPositions) {
  GlyphRun r;
  set_glyphs(r, {{'a', 0, 0}, {'b', 1, 5}});
  EXPECT_EQ(r.positions.size(), 2u);
  EXPECT_FLOAT_EQ(glyphs_of(r)[1].x, 5);
}

TEST(GlyphPositions, RunMadeByHandHasNoGlyphs) {
  GlyphRun r;
  r.text = "ab";
  r.positions = {0, 7};
  EXPECT_TRUE(glyphs_of(r).empty());
}

TEST(GlyphPositions, LaidOutPlainTextHasNoStoredPositions) {
  Paragraph p;
  p.runs.push_back(formwork::Run{std::string(500, 'a'), TextStyle{}});
  FakeFonts fonts;
  TextContext ctx(fonts);
  const LineList left = layout_paragraph(p, 0, 200, Align::Left, ctx).lines;
  ASSERT_GT(left.size(), 5u);
  for (const LineBox& l : left) {
    ASSERT_EQ(l.runs.size(), 1u);
    EXPECT_TRUE(l.runs[0].positions.empty());
    EXPECT_FALSE(l.runs[0].glyph_ids.empty());
  }
  // Justified text with spaces is stretched: its positions are kept.
  p.runs[0].text = "ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv";
  const LineList justified = layout_paragraph(p, 0, 100, Align::Justify, ctx).lines;
  ASSERT_GT(justified.size(), 1u);
  EXPECT_FALSE(justified[0].runs[0].positions.empty());
}

TEST(FaceIds, EqualKeysShareOneString) {
  const FaceId a(std::string("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"));
  const FaceId b("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
  EXPECT_EQ(a, b);
  EXPECT_EQ(&a.str(), &b.str());
  EXPECT_FALSE(a == FaceId("other"));
  EXPECT_TRUE(FaceId().empty());
  EXPECT_EQ(static_cast<const std::string&>(a), b.str());
}

}  // namespace
}  // namespace formwork
