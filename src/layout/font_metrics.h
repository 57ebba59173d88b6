#pragma once
// The only thing the layout engine knows about fonts: advances and styles
// of faces, and which face draws a code point. (Vertical placement uses the
// ideographic em box, not a face's ascent/descent: see kEmBoxAscent.) The PDF side
// implements it with PoDoFo (src/pdf/podofo_font_provider.h); tests use a fake.
#include <string>

namespace formwork {

/// One font face (a single .ttf file). Metrics are in em: multiply by the
/// font size in pt to get pt.
class FontFace {
 public:
  virtual ~FontFace() = default;
  /// Stable identifier of the face (e.g. its file path); frames carry it so
  /// the painter can find the same face again.
  virtual const std::string& id() const = 0;
  /// True when the face has a glyph for `cp` (a Unicode scalar value).
  virtual bool has_glyph(char32_t cp) const = 0;
  /// Horizontal advance of `cp` in em (Han ideographs are 1.0).
  virtual double advance_em(char32_t cp) const = 0;
  /// True for a real bold face; layout asks for synthetic bold (stroked
  /// glyphs) when a bold style gets a face without one.
  virtual bool is_bold() const = 0;
  /// True for a real italic or oblique face; layout asks for synthetic
  /// italic (slanted glyphs) when an italic style gets a face without one.
  virtual bool is_italic() const = 0;
};

/// Chooses faces for text by role ("song", "fangsong", "kai", "hei", "xbs",
/// "serif", "sans"; see TextStyle) with per-character fallback so Latin
/// letters, digits and Vietnamese letters always get a face that has them.
class FontProvider {
 public:
  virtual ~FontProvider() = default;
  /// The face that draws `cp` for `role` (bold/italic select a variant
  /// where the role has one). Never null: the last fallback face is
  /// returned even when it lacks the glyph.
  virtual FontFace& face_for(const std::string& role, bool bold, bool italic, char32_t cp) = 0;
};

}  // namespace formwork
