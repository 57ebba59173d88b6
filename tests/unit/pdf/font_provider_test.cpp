// The PoDoFo-backed FontProvider: glyph coverage from the faces' cmaps,
// metrics in em, and the per-character fallback rule.
#include <gtest/gtest.h>

#include "pdf/pdf_builder.h"
#include "pdf/podofo_font_provider.h"
#include "pdf_test_support.h"

namespace formwork {
namespace {

using testing::default_fonts;

const std::string kSung = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
const std::string kKai = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
const std::string kDroid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";
const std::string kLib = "/usr/share/fonts/truetype/liberation2/";

class FontProviderTest : public ::testing::Test {
 protected:
  PdfBuilder builder_{default_fonts()};
  FontProvider& fonts_ = builder_.fonts();
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
  EXPECT_FALSE(sung.has_glyph(U'\U00020000'));  // beyond what PoDoFo can draw
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
  auto* serif = dynamic_cast<PodofoFontFace*>(&fonts_.face_for("serif", false, false, U'a'));
  ASSERT_NE(serif, nullptr);
  // Liberation Serif (2048 units/em): a 100-unit stem whose centre FreeType
  // puts 173 units below the baseline; a stroked line is centred there.
  EXPECT_NEAR(serif->underline_position_em(), -173.0 / 2048, 1e-6);
  EXPECT_NEAR(serif->underline_thickness_em(), 100.0 / 2048, 1e-6);
  EXPECT_EQ(serif->pdf_width(U'a'), 444);  // 443.85 rounded, as in the /W array
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
