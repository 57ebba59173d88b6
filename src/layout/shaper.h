#pragma once
// Private to the layout engine: turns a paragraph's runs into shaped
// text — a face per code point, glyphs shaped per run of one face
// (FontFace::shape: kerning, marks), and an advance per code point for
// line breaking — using only the FontProvider/FontFace interface.
#include <unicode/unistr.h>

#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/font_metrics.h"
#include "layout/grid.h"
#include "model/document.h"

namespace formwork {

/// Memoises FontProvider::face_for per (role, bold, italic, code point), so a
/// long document asks the provider once per distinct character and style;
/// collects the warnings for characters no font can draw.
class FaceCache {
 public:
  explicit FaceCache(FontProvider& fonts) : fonts_(fonts) {}
  /// The face drawing `cp` in `style` (provider's per-character fallback).
  FontFace& face(const TextStyle& style, char32_t cp);
  /// Records that no font has `cp`, met in the paragraph whose text is
  /// `context` (UTF-8): "no installed font has U+2611 ☑ (in “☑ 同意”)".
  /// Each code point is reported once per distinct context.
  void warn_missing(char32_t cp, const std::string& context);
  /// The warnings in the order first met.
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  FontProvider& fonts_;
  std::vector<std::string> roles_;                 // role names met, numbered for the cache key
  std::unordered_map<uint64_t, FontFace*> cache_;  // (role number, bold, italic, cp) → face
  std::set<std::pair<char32_t, std::string>> warned_;
  std::vector<std::string> warnings_;
};

/// One glyph of a paragraph, placed relative to the pen position of the
/// character that starts its cluster.
struct ShapedGlyph {
  uint32_t gid = 0;
  double dx = 0;  ///< pt right of the cluster's pen position
  double dy = 0;  ///< pt above the baseline
};

/// One code point of a paragraph with the face that draws it.
struct ShapedChar {
  char32_t cp = 0;
  int32_t u16 = 0;                   ///< UTF-16 offset in ShapedText::text
  const TextStyle* style = nullptr;  ///< style of the run it came from
  FontFace* face = nullptr;
  /// pt: the advance of the glyphs of the cluster this character starts
  /// (0 for a character inside a cluster, e.g. a combining mark), or one
  /// grid cell for a wide character on the character grid.
  double advance = 0;
  /// The glyphs of the cluster it starts: ShapedText::glyphs[glyph_begin,
  /// glyph_end), empty for characters inside a cluster and for controls.
  uint32_t glyph_begin = 0;
  uint32_t glyph_end = 0;
};

/// The character a picture run (Run::picture) stands as in ShapedText:
/// U+FFFC OBJECT REPLACEMENT CHARACTER, UAX #14 class CB, so the line
/// breaker may break before and after it as after an ideograph.
inline constexpr char32_t kPictureChar = U'\uFFFC';

/// A picture of the paragraph: its character has no face and no glyphs and
/// advances by the box width (an inline picture) or 0 (a floating one).
struct ShapedPicture {
  size_t index = 0;  ///< in ShapedText::chars
  std::shared_ptr<const Picture> picture;
  double w = 0;  ///< pt, the box (see fit_pictures, picture_layout.h)
  double h = 0;  ///< pt
};

/// A paragraph's text (all runs concatenated) ready for line breaking.
struct ShapedText {
  icu::UnicodeString text;  ///< UTF-16 for ICU's BreakIterator
  std::vector<ShapedChar> chars;
  std::vector<ShapedGlyph> glyphs;
  std::vector<double> prefix;           ///< prefix[i] = Σ advance of chars[0..i), size chars+1
  std::vector<ShapedPicture> pictures;  ///< by ascending index

  /// Advance of chars[a..b) in pt.
  double width(size_t a, size_t b) const { return prefix[b] - prefix[a]; }
  /// Index of the character starting at UTF-16 offset `u16` (or the one
  /// containing it); chars.size() for the end of the text.
  size_t index_at_u16(int32_t u16) const;
  /// True when chars[i] stands for a picture (it has no face).
  bool is_picture(size_t i) const { return chars[i].face == nullptr; }
  /// The picture chars[i] stands for (is_picture(i) must hold).
  const ShapedPicture& picture_at(size_t i) const;
};

/// True for East Asian Wide and Fullwidth characters (UAX #11): Han, kana,
/// Hangul, fullwidth punctuation ，。「」（）.
bool is_wide_char(char32_t cp);

/// Shapes `runs` (UTF-8; invalid bytes become U+FFFD). The runs must outlive
/// the result (chars point at their styles).
/// - Faces: per code point through `faces`; a combining mark or a
///   default-ignorable character (ZWJ, variation selector) stays in the
///   face of the character before it when that face can draw it, so a
///   base letter and its marks shape together. A character no face has is
///   reported through FaceCache::warn_missing (and drawn as .notdef).
/// - Glyphs: each stretch of one face and size is shaped at once with the
///   whole paragraph as context; control characters (tab, line feed) get
///   no glyph and keep their face's advance.
/// - A picture run becomes one kPictureChar with no face, no glyphs and
///   its natural width (Picture::width_mm, 0 when floating) as advance;
///   fit_pictures (picture_layout.h) scales it to the line and page.
/// - With a character grid, every wide character of a run whose size is
///   on the grid (DocGrid::on_char_grid) advances exactly one cell
///   (grid.char_pitch), so a full line holds exactly grid_chars of them;
///   other characters keep their shaped advance.
ShapedText shape_runs(const std::vector<Run>& runs, FaceCache& faces, const DocGrid& grid = {});

}  // namespace formwork
