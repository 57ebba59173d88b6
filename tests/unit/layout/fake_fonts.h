#pragma once
// A monospace FontProvider for layout tests: wide (CJK) characters advance
// 1.0 em, everything else 0.5 em (layout puts baselines 0.88 em below the
// em box top, kEmBoxAscent). Han and other wide characters get face "cjk",
// the rest face "latin" (or "latin-italic"), so mixed text splits into runs
// the way the real per-character fallback does.
#include <unicode/uchar.h>

#include <string>

#include "layout/font_metrics.h"

namespace formwork::layout_test {

inline bool fake_is_wide(char32_t cp) {
  int w = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

class FakeFace : public FontFace {
 public:
  FakeFace(std::string id, bool wide, bool italic = false)
      : id_(std::move(id)), wide_(wide), italic_(italic) {}
  const std::string& id() const override { return id_; }
  bool has_glyph(char32_t cp) const override { return fake_is_wide(cp) == wide_; }
  double advance_em(char32_t cp) const override { return fake_is_wide(cp) ? 1.0 : 0.5; }
  bool is_bold() const override { return false; }
  bool is_italic() const override { return italic_; }

 private:
  std::string id_;
  bool wide_;
  bool italic_;
};

/// Italic Latin text gets a real italic face ("latin-italic"); the CJK
/// face has no italic, as with the real Chinese fonts. The faces live as
/// long as the program, as a real FontProvider's outlive the pages laid
/// out with them (GlyphRun::face), so a helper may return laid-out lines
/// and let its FakeFonts go.
class FakeFonts : public FontProvider {
 public:
  FontFace& face_for(const std::string&, bool, bool italic, char32_t cp, bool = false) override {
    static FakeFace cjk{"cjk", true};
    static FakeFace latin{"latin", false};
    static FakeFace latin_italic{"latin-italic", false, true};
    ++calls;
    if (fake_is_wide(cp)) return cjk;
    return italic ? latin_italic : latin;
  }
  int calls = 0;
};

}  // namespace formwork::layout_test
