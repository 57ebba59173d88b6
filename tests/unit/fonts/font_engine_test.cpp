// The HarfBuzz font engine: glyph coverage from the faces' cmaps, metrics
// in em, shaping, and the per-character fallback rule.
#include "fonts/font_engine.h"

#include <gtest/gtest.h>

#include <thread>

#include "fonts/face_chain.h"

namespace formwork {
namespace {

const std::map<std::string, FontFiles>& default_fonts() {
  static const std::map<std::string, FontFiles> fonts = FontConfig::defaults().resolve();
  return fonts;
}

const std::string kSung = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
const std::string kKai = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
const std::string kDroid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
const std::string kLib = "/usr/share/fonts/truetype/liberation2/";

class FontProviderTest : public ::testing::Test {
 protected:
  FontEngine fonts_{default_fonts()};
  std::string face(const std::string& role, char32_t cp, bool bold = false, bool italic = false) {
    return fonts_.face_for(role, bold, italic, cp).id();
  }
};

TEST_F(FontProviderTest, VietnameseLettersAreMissingFromSungAndPresentInLiberation) {
  FontFace& sung = fonts_.face_for("song", false, false, U'经');
  ASSERT_EQ(sung.id(), kSung);
  FontFace& serif = fonts_.face_for("serif", false, false, U'a');
  ASSERT_EQ(serif.id(), kLib + "LiberationSerif-Regular.ttf");
  for (char32_t cp : std::u32string(U"ơưếộữạđ")) {
    EXPECT_FALSE(sung.has_glyph(cp)) << std::hex << static_cast<unsigned>(cp);
    EXPECT_TRUE(serif.has_glyph(cp)) << std::hex << static_cast<unsigned>(cp);
  }
  EXPECT_TRUE(sung.has_glyph(U'经'));
  EXPECT_TRUE(sung.has_glyph(U'，'));
  EXPECT_FALSE(serif.has_glyph(U'经'));
  EXPECT_FALSE(sung.has_glyph(U'\U00020000'));  // CJK Extension B: not in this font
}

TEST_F(FontProviderTest, MetricsAreInEm) {
  FontFace& sung = fonts_.face_for("song", false, false, U'经');
  EXPECT_DOUBLE_EQ(sung.advance_em(U'经'), 1.0);
  EXPECT_DOUBLE_EQ(sung.advance_em(U'a'), 0.5);
  FontFace& serif = fonts_.face_for("serif", false, false, U'a');
  EXPECT_NEAR(serif.advance_em(U'a'), 909.0 / 2048, 1e-9);  // Liberation Serif 'a'
  EXPECT_NEAR(serif.advance_em(U' '), 0.25, 1e-9);
}

TEST_F(FontProviderTest, UnderlineMetricsAreInEm) {
  auto* serif = dynamic_cast<HbFace*>(&fonts_.face_for("serif", false, false, U'a'));
  ASSERT_NE(serif, nullptr);
  // Liberation Serif (2048 units/em): post.underlinePosition −123, a
  // 100-unit stem whose centre is 173 units below the baseline; a stroked
  // line is centred there.
  EXPECT_NEAR(serif->underline_position_em(), -173.0 / 2048, 1e-6);
  EXPECT_NEAR(serif->underline_thickness_em(), 100.0 / 2048, 1e-6);
  EXPECT_NEAR(serif->glyph_advance_em(serif->glyph_of(U'a')), 909.0 / 2048, 1e-9);
}

TEST_F(FontProviderTest, BoldComesFromTheFile) {
  EXPECT_TRUE(fonts_.face_for("serif", true, false, U'a').is_bold());
  EXPECT_FALSE(fonts_.face_for("serif", false, false, U'a').is_bold());
  EXPECT_FALSE(fonts_.face_for("song", true, false, U'经').is_bold());  // no bold Song here
}

TEST_F(FontProviderTest, ItalicComesFromTheFile) {
  FontFace& italic = fonts_.face_for("serif", false, true, U'ữ');
  EXPECT_EQ(italic.id(), kLib + "LiberationSerif-Italic.ttf");
  EXPECT_TRUE(italic.is_italic());
  EXPECT_TRUE(italic.has_glyph(U'ơ'));  // Vietnamese in the italic face too
  EXPECT_TRUE(fonts_.face_for("serif", true, true, U'a').is_italic());
  EXPECT_FALSE(fonts_.face_for("serif", false, false, U'a').is_italic());
  // No italic Kai face: layout slants the regular one (synthetic italic).
  FontFace& kai = fonts_.face_for("kai", false, true, U'经');
  EXPECT_EQ(kai.id(), kKai);
  EXPECT_FALSE(kai.is_italic());
}

TEST_F(FontProviderTest, HanGoesToTheRoleFace) {
  EXPECT_EQ(face("song", U'经'), kSung);
  EXPECT_EQ(face("kai", U'经'), kKai);
  EXPECT_EQ(face("hei", U'经'), kDroid);
  EXPECT_EQ(face("song", U'，'), kSung);  // fullwidth punctuation
  EXPECT_EQ(face("song", U'①'), kSung);   // GB2312 symbols stay CJK
  EXPECT_EQ(face("song", U'℃'), kSung);
}

TEST_F(FontProviderTest, WesternCharactersGoToTheLatinPartner) {
  EXPECT_EQ(face("song", U'a'), kLib + "LiberationSerif-Regular.ttf");
  EXPECT_EQ(face("song", U'1'), kLib + "LiberationSerif-Regular.ttf");
  EXPECT_EQ(face("song", U'“'), kLib + "LiberationSerif-Regular.ttf");
  EXPECT_EQ(face("kai", U'ế'), kLib + "LiberationSerif-Regular.ttf");
  EXPECT_EQ(face("hei", U'a'), kLib + "LiberationSans-Regular.ttf");
  EXPECT_EQ(face("song", U'a', true), kLib + "LiberationSerif-Bold.ttf");
  EXPECT_EQ(face("song", U'a', false, true), kLib + "LiberationSerif-Italic.ttf");
  EXPECT_EQ(face("hei", U'a', true, true), kLib + "LiberationSans-BoldItalic.ttf");
}

TEST_F(FontProviderTest, LatinRolesFallBackToTheirCjkPartner) {
  EXPECT_EQ(face("serif", U'a'), kLib + "LiberationSerif-Regular.ttf");
  EXPECT_EQ(face("serif", U'经'), kSung);
  EXPECT_EQ(face("sans", U'经'), kDroid);
  EXPECT_EQ(face("sans", U'ư', true), kLib + "LiberationSans-Bold.ttf");
}

TEST_F(FontProviderTest, MissingGlyphsFallBackThroughTheChain) {
  // 𠀀 is beyond the BMP: nobody can draw it, so the role's own face.
  EXPECT_EQ(face("kai", U'\U00020000'), kKai);
  EXPECT_EQ(face("no-such-role", U'经'), kSung);
  // A Han character missing from Kai but present in Droid Sans Fallback.
  FontFace& kai = fonts_.face_for("kai", false, false, U'经');
  FontFace& droid = fonts_.face_for("hei", false, false, U'经');
  char32_t rare = 0;
  for (char32_t cp = 0x4E00; cp < 0x9FA6 && !rare; ++cp) {
    if (!kai.has_glyph(cp) && !fonts_.face_for("song", false, false, U'经').has_glyph(cp) &&
        droid.has_glyph(cp)) {
      rare = cp;
    }
  }
  ASSERT_NE(rare, 0u);
  EXPECT_EQ(face("kai", rare), kDroid);
}

TEST(PrefersLatinFace, SplitsScripts) {
  EXPECT_TRUE(prefers_latin_face(U'A'));
  EXPECT_TRUE(prefers_latin_face(U'ữ'));
  EXPECT_TRUE(prefers_latin_face(U'—'));
  EXPECT_FALSE(prefers_latin_face(U'①'));
  EXPECT_FALSE(prefers_latin_face(U'　'));
  EXPECT_FALSE(prefers_latin_face(U'经'));
  EXPECT_FALSE(prefers_latin_face(U'，'));
}

}  // namespace
}  // namespace formwork

namespace formwork {
namespace {

std::vector<GlyphPosition> shape(const FontFace& face, const std::u32string& text) {
  std::vector<GlyphPosition> out;
  face.shape(text, 0, text.size(), out);
  return out;
}

class FontEngineTest : public ::testing::Test {
 protected:
  FontEngine fonts_{default_fonts()};
  FontFace& serif_ = fonts_.face_for("serif", false, false, U'A');
};

TEST_F(FontEngineTest, LatinKerningFromGpos) {
  // Liberation Serif kerns "AV": the A advances less than its hmtx width.
  const auto glyphs = shape(serif_, U"AVA");
  ASSERT_EQ(glyphs.size(), 3u);
  EXPECT_NEAR(serif_.advance_em(U'A'), 1479.0 / 2048, 1e-9);
  EXPECT_LT(glyphs[0].advance_em, serif_.advance_em(U'A') - 0.05);
  EXPECT_EQ(glyphs[0].cluster, 0u);
  EXPECT_EQ(glyphs[2].cluster, 2u);
}

TEST_F(FontEngineTest, DecomposedVietnameseShapesLikePrecomposed) {
  // ế as NFC (U+1EBF) and as NFD (e + U+0302 + U+0301): one glyph, the same.
  const auto nfc = shape(serif_, U"Thế");
  const auto nfd = shape(serif_, U"The\u0302\u0301");
  ASSERT_EQ(nfc.size(), 3u);
  ASSERT_EQ(nfd.size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(nfc[i].gid, nfd[i].gid) << i;
    EXPECT_DOUBLE_EQ(nfc[i].advance_em, nfd[i].advance_em) << i;
    EXPECT_EQ(nfc[i].cluster, nfd[i].cluster) << i;
  }
  EXPECT_EQ(nfc[2].gid, dynamic_cast<HbFace&>(serif_).glyph_of(U'ế'));
}

TEST_F(FontEngineTest, ShapingContextOutsideTheRangeIsNotShaped) {
  const auto glyphs = [&] {
    std::vector<GlyphPosition> out;
    serif_.shape(U"xAVx", 1, 3, out);
    return out;
  }();
  ASSERT_EQ(glyphs.size(), 2u);
  EXPECT_EQ(glyphs[0].cluster, 1u);
  EXPECT_EQ(glyphs[1].cluster, 2u);
}

TEST_F(FontEngineTest, BallotBoxesComeFromTheSymbolFont) {
  for (char32_t cp : {U'☑', U'☐'}) {
    FontFace& face = fonts_.face_for("song", false, false, cp);
    EXPECT_TRUE(face.has_glyph(cp)) << face.id();
    EXPECT_NE(face.id().find("DejaVuSans"), std::string::npos) << face.id();
  }
}

TEST_F(FontEngineTest, ACharacterNoFontHasGetsTheRoleFaceWithoutTheGlyph) {
  FontFace& face = fonts_.face_for("kai", false, false, U'\U0010FFFD');
  EXPECT_EQ(face.id(), kKai);
  EXPECT_FALSE(face.has_glyph(U'\U0010FFFD'));
}

TEST_F(FontEngineTest, UnicodeOfPrefersTheCharacterWithoutDecomposition) {
  // Droid Sans Fallback draws the Hangul jamo U+1100, U+11A8 and the
  // compatibility jamo ㄱ (U+3131) with one glyph: its text is U+1100, the
  // smallest of them without a decomposition mapping.
  HbFace& droid = fonts_.face(kDroid);
  const uint32_t kiyeok = droid.glyph_of(U'\u3131');
  EXPECT_EQ(droid.glyph_of(U'\u1100'), kiyeok);
  EXPECT_EQ(droid.glyph_of(U'\u11A8'), kiyeok);
  EXPECT_EQ(droid.unicode_of(kiyeok), U'\u1100');
  auto& serif = dynamic_cast<HbFace&>(serif_);
  EXPECT_EQ(serif.unicode_of(serif.glyph_of(U'\u00A0')), U'\u00A0');  // its own glyph here
  EXPECT_EQ(serif.unicode_of(0), U'\0');
  HbFace& sung = fonts_.face(kSung);
  EXPECT_EQ(sung.unicode_of(sung.glyph_of(U'经')), U'经');
}

TEST_F(FontEngineTest, FacesAreSharedAcrossThreads) {
  // Two threads shaping with one engine get the same glyphs as one thread.
  const std::u32string text = U"经费决算表 AVATAR Thế 0531-88597980";
  std::vector<std::vector<GlyphPosition>> results(2);
  auto work = [&](size_t i) {
    for (int n = 0; n < 200; ++n) {
      std::vector<GlyphPosition> out;
      for (char32_t cp : text) fonts_.face_for("song", false, false, cp).shape(text, 0, 1, out);
      results[i] = shape(serif_, text);
    }
  };
  std::thread a(work, 0), b(work, 1);
  a.join();
  b.join();
  const auto alone = shape(serif_, text);
  for (const auto& r : results) {
    ASSERT_EQ(r.size(), alone.size());
    for (size_t i = 0; i < r.size(); ++i) EXPECT_EQ(r[i].gid, alone[i].gid);
  }
}

TEST_F(FontEngineTest, UnknownFaceKeyIsAnError) {
  EXPECT_THROW(fonts_.face("/nonexistent/font.ttf"), std::runtime_error);
}

}  // namespace
}  // namespace formwork
