#include "layout/shaper.h"

#include <unicode/uchar.h>

#include <algorithm>

namespace formwork {

FontFace& FaceCache::face(const TextStyle& style, char32_t cp) {
  auto key = std::make_tuple(style.font_role, style.bold, style.italic, cp);
  auto it = cache_.find(key);
  if (it != cache_.end()) return *it->second;
  FontFace& f = fonts_.face_for(style.font_role, style.bold, style.italic, cp);
  cache_.emplace(std::move(key), &f);
  return f;
}

size_t ShapedText::index_at_u16(int32_t u16) const {
  auto it = std::upper_bound(chars.begin(), chars.end(), u16,
                             [](int32_t off, const ShapedChar& c) { return off < c.u16; });
  if (it == chars.begin()) return 0;
  size_t i = static_cast<size_t>(it - chars.begin()) - 1;
  // An offset past the last character's first unit belongs to the end when
  // it is the end of the text.
  return u16 >= text.length() ? chars.size() : i;
}

bool is_wide_char(char32_t cp) {
  int w = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

ShapedText shape_runs(const std::vector<Run>& runs, FaceCache& faces, const DocGrid& grid) {
  ShapedText out;
  for (const Run& run : runs) {
    const bool cells = grid.on_char_grid(run.style.size_pt);
    icu::UnicodeString piece = icu::UnicodeString::fromUTF8(run.text);
    for (int32_t i = 0; i < piece.length(); i = piece.moveIndex32(i, 1)) {
      ShapedChar c;
      c.cp = static_cast<char32_t>(piece.char32At(i));
      c.u16 = out.text.length() + i;
      c.style = &run.style;
      c.face = &faces.face(run.style, c.cp);
      c.advance = cells && is_wide_char(c.cp) ? grid.char_pitch
                                              : c.face->advance_em(c.cp) * run.style.size_pt;
      out.chars.push_back(c);
    }
    out.text.append(piece);
  }
  out.prefix.assign(out.chars.size() + 1, 0.0);
  for (size_t i = 0; i < out.chars.size(); ++i) {
    out.prefix[i + 1] = out.prefix[i] + out.chars[i].advance;
  }
  return out;
}

}  // namespace formwork
