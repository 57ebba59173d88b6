#pragma once
// A monospace FontProvider for layout tests: wide (CJK) characters advance
// 1.0 em, everything else 0.5 em; ascent 0.88 em, descent 0.12 em. Han and
// other wide characters get face "cjk", the rest face "latin", so mixed text
// splits into runs the way the real per-character fallback does.
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
  FakeFace(std::string id, bool wide) : id_(std::move(id)), wide_(wide) {}
  const std::string& id() const override { return id_; }
  bool has_glyph(char32_t cp) const override { return fake_is_wide(cp) == wide_; }
  double advance_em(char32_t cp) const override { return fake_is_wide(cp) ? 1.0 : 0.5; }
  double ascent_em() const override { return 0.88; }
  double descent_em() const override { return 0.12; }
  bool is_bold() const override { return false; }

 private:
  std::string id_;
  bool wide_;
};

class FakeFonts : public FontProvider {
 public:
  FontFace& face_for(const std::string&, bool, bool, char32_t cp) override {
    ++calls;
    return fake_is_wide(cp) ? cjk_ : latin_;
  }
  int calls = 0;

 private:
  FakeFace cjk_{"cjk", true};
  FakeFace latin_{"latin", false};
};

}  // namespace formwork::layout_test
