// hb-subset by glyph id: renumbered glyphs, only the tables a PDF TrueType
// font program needs; and faces of a TrueType collection.
#include "fonts/font_subset.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <algorithm>
#include <set>

#include "../test_support/font_collection.h"
#include "../test_support/scratch_dir.h"
#include "fonts/face_key.h"
#include "fonts/hb_face.h"

namespace formwork {
namespace {

const std::string kSung = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
const std::string kLib = "/usr/share/fonts/truetype/liberation2/";

/// The table tags of a font program.
std::set<std::string> tables_of(hb_face_t* face) {
  hb_tag_t tags[64];
  unsigned count = 64;
  hb_face_get_table_tags(face, 0, &count, tags);
  std::set<std::string> out;
  for (unsigned i = 0; i < count; ++i) {
    char name[5] = {};
    hb_tag_to_string(tags[i], name);
    out.insert(name);
  }
  return out;
}

unsigned table_length(hb_face_t* face, const char* tag) {
  hb_blob_t* blob = hb_face_reference_table(face, hb_tag_from_string(tag, 4));
  const unsigned len = hb_blob_get_length(blob);
  hb_blob_destroy(blob);
  return len;
}

TEST(FontSubset, GlyphsAreRenumberedAndOnlyProgramTablesKept) {
  HbFace sung(kSung);
  std::vector<uint32_t> gids;
  for (char32_t cp : std::u32string(U"经费决算表")) gids.push_back(sung.glyph_of(cp));
  std::sort(gids.begin(), gids.end());
  ASSERT_GT(gids.back(), 1000u);  // far into a 22,000-glyph font
  const FontSubset subset = subset_font(sung, gids);
  EXPECT_EQ(subset.new_gid_of, (std::vector<uint32_t>{1, 2, 3, 4, 5}));

  hb_blob_t* blob =
      hb_blob_create(subset.program.data(), static_cast<unsigned>(subset.program.size()),
                     HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  hb_face_t* face = hb_face_create(blob, 0);
  EXPECT_EQ(hb_face_get_glyph_count(face), 6u);  // .notdef + 5
  EXPECT_EQ(tables_of(face),
            (std::set<std::string>{"glyf", "head", "hhea", "hmtx", "loca", "maxp"}));
  // loca and hmtx hold six glyphs, not the font's 22,000.
  EXPECT_LE(table_length(face, "loca"), 7u * 4);
  EXPECT_LE(table_length(face, "hmtx"), 6u * 4);
  hb_font_t* font = hb_font_create(face);
  for (size_t i = 0; i < gids.size(); ++i) {
    EXPECT_EQ(
        hb_font_get_glyph_h_advance(font, subset.new_gid_of[i]) / double(hb_face_get_upem(face)),
        sung.glyph_advance_em(gids[i]));
  }
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  EXPECT_LT(subset.program.size(), 6000u);
}

TEST(FontSubset, FacesOfACollectionOpenByIndex) {
  test::ScratchDir dir("FontSubset.Collection");
  const std::string ttc = (dir.path() / "pair.ttc").string();
  test::make_collection({kLib + "LiberationSerif-Regular.ttf", kLib + "LiberationSans-Regular.ttf"},
                        ttc);
  HbFace first(ttc), second(face_key(ttc, 1));
  EXPECT_EQ(first.postscript_name(), "LiberationSerif");
  EXPECT_EQ(second.postscript_name(), "LiberationSans");
  EXPECT_EQ(second.id(), ttc + "#1");
  const uint32_t a = second.glyph_of(U'a');
  const FontSubset subset = subset_font(second, {a});
  EXPECT_EQ(subset.new_gid_of, std::vector<uint32_t>{1});
  EXPECT_THROW(HbFace(face_key(ttc, 2)), std::runtime_error);
}

TEST(FaceKey, RoundTrips) {
  EXPECT_EQ(face_key("/f/a.ttc", 0), "/f/a.ttc");
  EXPECT_EQ(face_key("/f/a.ttc", 3), "/f/a.ttc#3");
  const FaceRef ref = parse_face_key("/f/a.ttc#3");
  EXPECT_EQ(ref.path, "/f/a.ttc");
  EXPECT_EQ(ref.index, 3u);
  EXPECT_EQ(parse_face_key("/f/a#b.ttf").path, "/f/a#b.ttf");
  EXPECT_EQ(parse_face_key("/f/a.ttf").index, 0u);
}

}  // namespace
}  // namespace formwork
