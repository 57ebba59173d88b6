#pragma once
// Private to the layout engine: turns a paragraph's runs into "shaped"
// characters — one face and one advance per code point — using only
// FontProvider/FontFace metrics (no PoDoFo, no kerning or ligatures).
#include <unicode/unistr.h>

#include <cstddef>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "layout/font_metrics.h"
#include "layout/grid.h"
#include "model/document.h"

namespace formwork {

/// Memoises FontProvider::face_for per (role, bold, italic, code point), so a
/// long document asks the provider once per distinct character and style.
class FaceCache {
 public:
  explicit FaceCache(FontProvider& fonts) : fonts_(fonts) {}
  /// The face drawing `cp` in `style` (provider's per-character fallback).
  FontFace& face(const TextStyle& style, char32_t cp);

 private:
  FontProvider& fonts_;
  std::map<std::tuple<std::string, bool, bool, char32_t>, FontFace*> cache_;
};

/// One code point of a paragraph with the face that draws it.
struct ShapedChar {
  char32_t cp = 0;
  int32_t u16 = 0;                   ///< UTF-16 offset in ShapedText::text
  const TextStyle* style = nullptr;  ///< style of the run it came from
  FontFace* face = nullptr;
  double advance = 0;  ///< pt: face.advance_em(cp) × style.size_pt
};

/// A paragraph's text (all runs concatenated) ready for line breaking.
struct ShapedText {
  icu::UnicodeString text;  ///< UTF-16 for ICU's BreakIterator
  std::vector<ShapedChar> chars;
  std::vector<double> prefix;  ///< prefix[i] = Σ advance of chars[0..i), size chars+1

  /// Advance of chars[a..b) in pt.
  double width(size_t a, size_t b) const { return prefix[b] - prefix[a]; }
  /// Index of the character starting at UTF-16 offset `u16` (or the one
  /// containing it); chars.size() for the end of the text.
  size_t index_at_u16(int32_t u16) const;
};

/// True for East Asian Wide and Fullwidth characters (UAX #11): Han, kana,
/// Hangul, fullwidth punctuation ，。「」（）.
bool is_wide_char(char32_t cp);

/// Shapes `runs` (UTF-8; invalid bytes become U+FFFD). The runs must outlive
/// the result (chars point at their styles). With a character grid, every
/// wide character of a run whose size is on the grid (DocGrid::on_char_grid)
/// advances exactly one cell (grid.char_pitch), so a full line holds exactly
/// grid_chars of them; other characters keep their natural advance.
ShapedText shape_runs(const std::vector<Run>& runs, FaceCache& faces, const DocGrid& grid = {});

}  // namespace formwork
