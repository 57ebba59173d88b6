// Shaped text from layout to the PDF's text layer with the real fonts: no
// character dropped silently, NFD like NFC, kerning, ligatures and shared
// glyphs extracting as their own text, renumbered subsets.
#include <gtest/gtest.h>
#include <hb.h>

#include <regex>

#include "layout/glyph_positions.h"
#include "layout/layout.h"
#include "pdf/pdf_writer.h"
#include "pdf_test_support.h"
#include "util/atomic_file.h"

namespace formwork {
namespace {

using testing::default_engine;
using testing::default_fonts;
using testing::fresh_dir;
using testing::pdffonts_rows;
using testing::run;
using testing::write_bytes;

const std::string kDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

Document doc_of(const std::string& text, const std::string& role = "song", double size = 12) {
  Document d;
  Paragraph p;
  p.runs.push_back(formwork::Run{text, TextStyle{}});
  p.runs[0].style.font_role = role;
  p.runs[0].style.size_pt = size;
  d.blocks.push_back(p);
  return d;
}

std::vector<GlyphRun> runs_of(const LaidOutDocument& doc) {
  std::vector<GlyphRun> out;
  for (const FrameItem& item : doc.pages.at(0).items) {
    if (const auto* g = std::get_if<GlyphRun>(&item)) out.push_back(*g);
  }
  return out;
}

class GlyphTextTest : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = fresh_dir(); }
  /// Lays `d` out, writes its PDF and returns the PDF's path.
  std::string pdf_of(const Document& d, const std::string& name,
                     FontEngine& fonts = default_engine()) {
    laid_out_ = layout_document(d, fonts);
    return write_bytes(dir_ + "/" + name, pdf_bytes(laid_out_, fonts));
  }
  /// pdftotext in content order (-raw) or, with `layout`, in its default
  /// reading-order mode.
  std::string text_of(const std::string& pdf, bool layout = false) {
    return run(std::string("pdftotext ") + (layout ? "" : "-raw ") + "-enc UTF-8 '" + pdf + "' -")
        .output;
  }
  std::string dir_;
  LaidOutDocument laid_out_;
};

TEST_F(GlyphTextTest, BallotBoxesReachTheTextLayer) {
  const std::string pdf = pdf_of(doc_of("☑ 同意　☐ 不同意"), "boxes.pdf");
  EXPECT_TRUE(laid_out_.warnings.empty());
  // (-raw drops the space after ☑, a poppler heuristic between fonts.)
  const std::string text = text_of(pdf, true);
  EXPECT_NE(text.find("☑ 同意"), std::string::npos) << text;
  EXPECT_NE(text.find("☐ 不同意"), std::string::npos) << text;
  bool dejavu = false;
  for (const std::string& row : pdffonts_rows(pdf)) {
    dejavu |= row.find("DejaVuSans") != std::string::npos;
    EXPECT_NE(row.find("yes yes yes"), std::string::npos) << row;
  }
  EXPECT_TRUE(dejavu);
}

TEST_F(GlyphTextTest, ACharacterNoFontHasIsAWarningAndStaysInTheText) {
  const std::string pdf = pdf_of(doc_of("合计\U0010FFFD元"), "missing.pdf");
  ASSERT_EQ(laid_out_.warnings.size(), 1u);
  EXPECT_NE(laid_out_.warnings[0].find("U+10FFFD"), std::string::npos) << laid_out_.warnings[0];
  EXPECT_NE(laid_out_.warnings[0].find("合计"), std::string::npos) << laid_out_.warnings[0];
  EXPECT_NE(text_of(pdf).find("合计\U0010FFFD元"), std::string::npos) << text_of(pdf);
}

TEST_F(GlyphTextTest, DecomposedVietnameseDrawsLikePrecomposed) {
  const std::string nfc = "Thế giới ơi, Hà Nội";
  const std::string nfd = "The\u0302\u0301 gio\u031B\u0301i o\u031Bi, Ha\u0300 No\u0323\u0302i";
  const std::string pdf_nfd = pdf_of(doc_of(nfd, "serif"), "nfd.pdf");
  const std::vector<GlyphRun> decomposed = runs_of(laid_out_);
  pdf_of(doc_of(nfc, "serif"), "nfc.pdf");
  const std::vector<GlyphRun> composed = runs_of(laid_out_);
  ASSERT_EQ(decomposed.size(), composed.size());
  for (size_t r = 0; r < composed.size(); ++r) {
    const std::vector<Glyph> d = glyphs_of(decomposed[r]), c = glyphs_of(composed[r]);
    ASSERT_EQ(d.size(), c.size()) << r;
    for (size_t i = 0; i < c.size(); ++i) {
      EXPECT_EQ(d[i].gid, c[i].gid) << i;
      EXPECT_NEAR(d[i].x, c[i].x, 1e-9) << i;
    }
    EXPECT_NEAR(decomposed[r].width, composed[r].width, 1e-9);
  }
  EXPECT_NE(text_of(pdf_nfd).find(nfc), std::string::npos) << text_of(pdf_nfd);
}

TEST_F(GlyphTextTest, StackedMarksKeepTheirVerticalOffsets) {
  // x with circumflex and acute has no precomposed form: Liberation Serif's
  // GPOS puts the acute above the circumflex (a y offset), which layout
  // keeps in GlyphRun::glyph_y and the painter draws with Ts (text rise).
  const std::string pdf = pdf_of(doc_of("x\u0302\u0301 and x", "serif"), "stacked.pdf");
  const std::vector<GlyphRun> runs = runs_of(laid_out_);
  ASSERT_EQ(runs.size(), 1u);
  ASSERT_EQ(runs[0].glyph_y.size(), runs[0].glyph_ids.size());
  EXPECT_NE(runs[0].glyph_y[2], 0.0f);
  EXPECT_EQ(runs[0].glyph_y.back(), 0.0f);
  run("qpdf --qdf --object-streams=disable '" + pdf + "' '" + pdf + ".qdf'");
  const std::string content = read_file(pdf + ".qdf");
  EXPECT_TRUE(std::regex_search(content, std::regex(R"(\n-?[0-9.]*[1-9][0-9.]* Ts\n)")));
  EXPECT_NE(content.find("\n0 Ts\n"), std::string::npos);  // back on the baseline
}

TEST_F(GlyphTextTest, LatinKerningMovesGlyphs) {
  const std::string pdf = pdf_of(doc_of("AVATAR", "serif"), "kern.pdf");
  const std::vector<GlyphRun> runs = runs_of(laid_out_);
  ASSERT_EQ(runs.size(), 1u);
  FontFace& serif = default_engine().face_for("serif", false, false, U'A');
  const double nominal = 3 * serif.advance_em(U'A') + serif.advance_em(U'V') +
                         serif.advance_em(U'T') + serif.advance_em(U'R');
  EXPECT_LT(runs[0].width, nominal * 12 - 2);  // A-V, V-A, A-T, T-A kerned
  const std::vector<Glyph> glyphs = glyphs_of(runs[0]);
  ASSERT_EQ(glyphs.size(), 6u);
  EXPECT_LT(glyphs[1].x, serif.advance_em(U'A') * 12 - 0.5);
  EXPECT_FALSE(runs[0].positions.empty());  // kerned: not the natural positions
  EXPECT_NE(text_of(pdf).find("AVATAR"), std::string::npos);
}

TEST_F(GlyphTextTest, LigaturesAndSharedGlyphsExtractAsTheirText) {
  // DejaVu Sans sets "fi" as one ligature glyph; Droid Sans Fallback draws
  // the compatibility jamo ㄱ with the glyph of U+1100. ActualText keeps
  // the text both stand for.
  std::map<std::string, FontFiles> roles = default_fonts();
  roles["sans"] = FontFiles{kDejaVu, "", "", ""};
  FontEngine fonts(roles);
  Document d = doc_of("office fifty", "sans");
  Paragraph jamo;
  jamo.runs.push_back(formwork::Run{"ㄱ 가", TextStyle{}});
  jamo.runs[0].style.font_role = "hei";
  d.blocks.push_back(jamo);
  const std::string pdf = pdf_of(d, "actual.pdf", fonts);
  const std::vector<GlyphRun> runs = runs_of(laid_out_);
  ASSERT_FALSE(runs.empty());
  EXPECT_LT(runs[0].glyph_ids.size(), 12u);  // ffi and fi became ligatures
  const std::string text = text_of(pdf);
  EXPECT_NE(text.find("office fifty"), std::string::npos) << text;
  EXPECT_NE(text.find("ㄱ"), std::string::npos) << text;
}

/// The object numbers of the /FontFile2 streams of `pdf`.
std::vector<std::string> font_programs(const std::string& pdf, const std::string& dir) {
  const std::string qdf = dir + "/qdf.pdf";
  run("qpdf --qdf --object-streams=disable '" + pdf + "' '" + qdf + "'");
  const std::string text = read_file(qdf);
  std::vector<std::string> out;
  const std::regex ref(R"(/FontFile2 (\d+) 0 R)");
  for (std::sregex_iterator it(text.begin(), text.end(), ref), end; it != end; ++it) {
    out.push_back((*it)[1].str());
  }
  return out;
}

TEST_F(GlyphTextTest, EmbeddedSubsetsHaveRenumberedGlyphs) {
  const std::string pdf = pdf_of(doc_of("经费决算表：合计 1,000.00 元"), "subset.pdf");
  const std::vector<std::string> programs = font_programs(pdf, dir_);
  ASSERT_EQ(programs.size(), 2u);  // AR PL SungtiL GB and Liberation Serif
  for (const std::string& num : programs) {
    const std::string path = dir_ + "/font-" + num + ".ttf";
    ASSERT_EQ(
        run("qpdf --show-object=" + num + " --filtered-stream-data '" + pdf + "' > '" + path + "'")
            .status,
        0);
    hb_blob_t* blob = hb_blob_create_from_file(path.c_str());
    hb_face_t* face = hb_face_create(blob, 0);
    // Only the glyphs drawn (and .notdef) are left, numbered from 1: loca
    // and hmtx are a few dozen bytes, not the whole font's tables.
    EXPECT_LE(hb_face_get_glyph_count(face), 12u) << num;
    hb_blob_t* loca = hb_face_reference_table(face, HB_TAG('l', 'o', 'c', 'a'));
    EXPECT_LE(hb_blob_get_length(loca), 13u * 4) << num;
    hb_blob_t* cmap = hb_face_reference_table(face, HB_TAG('c', 'm', 'a', 'p'));
    EXPECT_EQ(hb_blob_get_length(cmap), 0u) << num;  // a CIDFontType2 needs none
    hb_blob_destroy(cmap);
    hb_blob_destroy(loca);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
}

}  // namespace
}  // namespace formwork
