#pragma once
// The only thing the layout engine knows about fonts: advances, shaping and
// styles of faces, and which face draws a code point. (Vertical placement
// uses the ideographic em box, not a face's ascent/descent: see
// kEmBoxAscent.) The font engine implements it with HarfBuzz
// (src/fonts/font_engine.h); layout tests use a fake.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace formwork {

/// One glyph of shaped text (OpenType shaping: cmap, GSUB, GPOS). Offsets
/// and advances are in em; multiply by the font size in pt to get pt.
struct GlyphPosition {
  uint32_t gid = 0;        ///< OpenType glyph id in the face (0 = .notdef)
  uint32_t cluster = 0;    ///< index into the shaped text of the first code point it draws
  double advance_em = 0;   ///< horizontal advance, kerning included
  double x_offset_em = 0;  ///< GPOS placement (mark attachment), rightward
  double y_offset_em = 0;  ///< GPOS placement, upward
};

/// One font face (one face of a font file). Metrics are in em: multiply by
/// the font size in pt to get pt. Every method may be called from several
/// threads at once.
class FontFace {
 public:
  virtual ~FontFace() = default;
  /// Stable identifier of the face (its face key, src/fonts/face_key.h);
  /// frames carry it so the painter can find the same face again.
  virtual const std::string& id() const = 0;
  /// True when the face has a glyph for `cp` (a Unicode scalar value) in
  /// its cmap.
  virtual bool has_glyph(char32_t cp) const = 0;
  /// Horizontal advance of `cp`'s nominal glyph in em (Han ideographs are
  /// 1.0); a code point the face lacks measures as its .notdef glyph.
  virtual double advance_em(char32_t cp) const = 0;
  /// Horizontal advance of glyph `gid` in em (hmtx), as shaping gives it
  /// before kerning. The default matches the default shape(): glyph ids are
  /// code points.
  virtual double glyph_advance_em(uint32_t gid) const {
    return advance_em(static_cast<char32_t>(gid));
  }
  /// True for a real bold face; layout asks for synthetic bold (stroked
  /// glyphs) when a bold style gets a face without one.
  virtual bool is_bold() const = 0;
  /// True for a real italic or oblique face; layout asks for synthetic
  /// italic (slanted glyphs) when an italic style gets a face without one.
  virtual bool is_italic() const = 0;
  /// Appends the glyphs of text[begin, end) in logical (left-to-right)
  /// order, clusters ascending; the rest of `text` is shaping context.
  /// Every code point belongs to the cluster of the glyph whose `cluster`
  /// is the largest not above it. The default has no shaping: one glyph
  /// per code point, its id the code point, advance_em(cp) wide.
  virtual void shape(std::u32string_view text, size_t begin, size_t end,
                     std::vector<GlyphPosition>& out) const {
    for (size_t i = begin; i < end; ++i) {
      out.push_back(
          {static_cast<uint32_t>(text[i]), static_cast<uint32_t>(i), advance_em(text[i]), 0, 0});
    }
  }
};

/// Chooses faces for text by role ("song", "fangsong", "kai", "hei", "xbs",
/// "serif", "sans"; see TextStyle) with per-character fallback so Latin
/// letters, digits and Vietnamese letters always get a face that has them.
class FontProvider {
 public:
  virtual ~FontProvider() = default;
  /// The face that draws `cp` for `role` (bold/italic select a variant
  /// where the role has one). Never null: when no face has the glyph, the
  /// role's own face is returned (its has_glyph(cp) is then false, which
  /// layout reports as a warning). `own_face_first`: Latin letters and
  /// digits too come from the role's own face when it has them, not from
  /// its Latin partner (TextStyle::own_face_for_latin).
  virtual FontFace& face_for(const std::string& role, bool bold, bool italic, char32_t cp,
                             bool own_face_first = false) = 0;
};

}  // namespace formwork
