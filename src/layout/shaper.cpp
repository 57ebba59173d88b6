#include "layout/shaper.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>

#include "model/units.h"

namespace formwork {

namespace {

constexpr size_t kContextChars = 30;  // of a paragraph quoted in a warning

bool is_control(char32_t cp) { return u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR; }

bool is_default_ignorable(char32_t cp) {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool is_mark(char32_t cp) {
  const int8_t t = u_charType(static_cast<UChar32>(cp));
  return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK;
}

/// Characters no font needs to draw: shaping hides them.
bool needs_no_glyph(char32_t cp) { return is_control(cp) || is_default_ignorable(cp); }

std::string quoted_context(const std::u32string& text) {
  icu::UnicodeString s;
  for (size_t i = 0; i < text.size() && i < kContextChars; ++i) {
    if (!is_control(text[i])) s.append(static_cast<UChar32>(text[i]));
  }
  std::string out;
  s.toUTF8String(out);
  return "“" + out + (text.size() > kContextChars ? "…”" : "”");
}

/// The face of character i: a mark or an ignorable stays with the
/// character before it (same run style) when that face can draw it.
FontFace* choose_face(const std::vector<ShapedChar>& chars, size_t i, FaceCache& faces) {
  const ShapedChar& c = chars[i];
  if (i > 0 && chars[i - 1].style == c.style && chars[i - 1].face != nullptr &&
      !is_control(chars[i - 1].cp)) {
    FontFace* before = chars[i - 1].face;
    if (is_default_ignorable(c.cp) || (is_mark(c.cp) && before->has_glyph(c.cp))) return before;
  }
  return &faces.face(*c.style, c.cp);
}

/// Shapes chars[begin, end) (one face and size) and stores their glyphs
/// and cluster advances.
void shape_stretch(ShapedText& out, const std::u32string& cps, size_t begin, size_t end,
                   std::vector<GlyphPosition>& scratch) {
  FontFace& face = *out.chars[begin].face;
  const double size = out.chars[begin].style->size_pt;
  scratch.clear();
  face.shape(cps, begin, end, scratch);
  size_t cluster = begin;
  double pen = 0;  // pt, within the current cluster
  for (const GlyphPosition& g : scratch) {
    const size_t c = std::clamp<size_t>(g.cluster, begin, end - 1);
    if (c != cluster || out.chars[c].glyph_end == out.chars[c].glyph_begin) {
      cluster = c;
      pen = 0;
      out.chars[c].glyph_begin = static_cast<uint32_t>(out.glyphs.size());
    }
    out.glyphs.push_back({g.gid, pen + g.x_offset_em * size, g.y_offset_em * size});
    out.chars[c].glyph_end = static_cast<uint32_t>(out.glyphs.size());
    pen += g.advance_em * size;
    out.chars[c].advance = pen;
  }
  // Characters inside a cluster have no glyphs of their own; they sit
  // where their cluster's glyphs end.
  uint32_t at = out.chars[begin].glyph_begin;
  for (size_t i = begin; i < end; ++i) {
    ShapedChar& c = out.chars[i];
    if (c.glyph_end > c.glyph_begin) {
      at = c.glyph_end;
    } else {
      c.glyph_begin = c.glyph_end = at;
    }
  }
}

/// Appends `run`'s picture as one kPictureChar with its natural size (pt).
void add_picture(ShapedText& out, std::u32string& cps, const Run& run) {
  ShapedChar c;
  c.cp = kPictureChar;
  c.u16 = out.text.length();
  c.style = &run.style;
  const Picture& p = *run.picture;
  out.pictures.push_back(
      {out.chars.size(), run.picture, mm_to_pt(p.width_mm), mm_to_pt(p.height_mm)});
  out.chars.push_back(c);
  cps.push_back(c.cp);
  out.text.append(static_cast<UChar32>(kPictureChar));
}

}  // namespace

FontFace& FaceCache::face(const TextStyle& style, char32_t cp) {
  // A document names a handful of roles: a linear search numbers them.
  const uint64_t role = static_cast<uint64_t>(
      std::find(roles_.begin(), roles_.end(), style.font_role) - roles_.begin());
  if (role == roles_.size()) roles_.push_back(style.font_role);
  const uint64_t key = role << 35 | uint64_t{style.own_face_for_latin} << 34 |
                       uint64_t{style.bold} << 33 | uint64_t{style.italic} << 32 | cp;
  auto it = cache_.find(key);
  if (it != cache_.end()) return *it->second;
  FontFace& f =
      fonts_.face_for(style.font_role, style.bold, style.italic, cp, style.own_face_for_latin);
  cache_.emplace(key, &f);
  return f;
}

void FaceCache::warn_missing(char32_t cp, const std::string& context) {
  if (!warned_.emplace(cp, context).second) return;
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  std::string glyph;
  icu::UnicodeString(static_cast<UChar32>(cp)).toUTF8String(glyph);
  warnings_.push_back(std::string("no installed font has ") + code + " " + glyph + " (in " +
                      context + ")");
}

const ShapedPicture& ShapedText::picture_at(size_t i) const {
  auto it = std::lower_bound(pictures.begin(), pictures.end(), i,
                             [](const ShapedPicture& p, size_t at) { return p.index < at; });
  return *it;
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
  std::u32string cps;
  for (const Run& run : runs) {
    if (run.picture) {
      add_picture(out, cps, run);
      continue;
    }
    icu::UnicodeString piece = icu::UnicodeString::fromUTF8(run.text);
    for (int32_t i = 0; i < piece.length(); i = piece.moveIndex32(i, 1)) {
      ShapedChar c;
      c.cp = static_cast<char32_t>(piece.char32At(i));
      c.u16 = out.text.length() + i;
      c.style = &run.style;
      out.chars.push_back(c);
      cps.push_back(c.cp);
    }
    out.text.append(piece);
  }
  std::string context;  // the paragraph quoted in warnings, made when first needed
  size_t next_picture = 0;
  for (size_t i = 0; i < out.chars.size(); ++i) {
    ShapedChar& c = out.chars[i];
    if (next_picture < out.pictures.size() && out.pictures[next_picture].index == i) {
      ++next_picture;  // a picture has no face
      continue;
    }
    c.face = choose_face(out.chars, i, faces);
    if (!needs_no_glyph(c.cp) && !c.face->has_glyph(c.cp)) {
      if (context.empty()) context = quoted_context(cps);
      faces.warn_missing(c.cp, context);
    }
  }
  std::vector<GlyphPosition> scratch;
  for (size_t i = 0; i < out.chars.size();) {
    ShapedChar& c = out.chars[i];
    c.glyph_begin = c.glyph_end = static_cast<uint32_t>(out.glyphs.size());
    if (c.face == nullptr) {  // a picture
      const ShapedPicture& p = out.picture_at(i);
      c.advance = p.picture->floating ? 0 : p.w;
      ++i;
      continue;
    }
    if (is_control(c.cp)) {
      c.advance = c.face->advance_em(c.cp) * c.style->size_pt;
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < out.chars.size() && out.chars[j].face == c.face && !is_control(out.chars[j].cp) &&
           out.chars[j].style->size_pt == c.style->size_pt) {
      out.chars[j].glyph_begin = out.chars[j].glyph_end = c.glyph_begin;
      ++j;
    }
    shape_stretch(out, cps, i, j, scratch);
    i = j;
  }
  for (ShapedChar& c : out.chars) {
    if (c.face != nullptr && is_wide_char(c.cp) && grid.on_char_grid(c.style->size_pt)) {
      c.advance = grid.char_pitch;
    }
  }
  out.prefix.assign(out.chars.size() + 1, 0.0);
  for (size_t i = 0; i < out.chars.size(); ++i) {
    out.prefix[i + 1] = out.prefix[i] + out.chars[i].advance;
  }
  return out;
}

}  // namespace formwork
