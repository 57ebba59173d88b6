#include "docx/run_style.h"

#include <unicode/utf8.h>

#include <optional>
#include <string>

#include "fonts/font_roles.h"

namespace formwork {

namespace {

// The §17.3.2.26 faces when no level names one: what Word and LibreOffice
// fall back to for a Chinese document.
constexpr const char* kDefaultEastAsia = "宋体";
constexpr const char* kDefaultLatin = "Times New Roman";

bool is_east_asian(UChar32 c) {
  return (c >= 0x1100 && c <= 0x11FF) ||  // Hangul Jamo
         (c >= 0x2E80 && c <= 0x9FFF) ||  // CJK radicals … unified ideographs, kana
         (c >= 0xA960 && c <= 0xA97F) ||  // Hangul Jamo extended
         (c >= 0xAC00 && c <= 0xD7FF) ||  // Hangul syllables
         (c >= 0xF900 && c <= 0xFAFF) ||  // CJK compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||  // CJK compatibility forms
         (c >= 0xFF00 && c <= 0xFFEF) ||  // half- and full-width forms
         (c >= 0x20000 && c <= 0x3FFFF);  // supplementary ideographs
}

bool is_ascii_alnum(UChar32 c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

std::string face(const std::optional<FontRef>& ref, const ThemeFonts& theme) {
  if (!ref) return "";
  return ref->theme ? theme_font_name(theme, ref->name) : ref->name;
}

bool is_cjk_role(const std::string& role) {
  const FontRole* r = find_font_role(role);
  return r != nullptr && r->cjk;
}

// The role of `name`, or "song" with the name noted as unknown.
std::string role_or_song(const std::string& name, ReaderWarnings& warnings) {
  if (std::optional<std::string> role = font_role_for_name(name)) return *role;
  warnings.unknown_font(name);
  return "song";
}

}  // namespace

bool needs_east_asian_face(std::string_view text, bool hint_east_asia) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  bool ascii_alnum = false;
  bool non_ascii = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (is_east_asian(c)) return true;
    ascii_alnum = ascii_alnum || is_ascii_alnum(c);
    non_ascii = non_ascii || c > 0x7F;
  }
  // w:hint="eastAsia" sets shared punctuation (“ ” — …) in the CJK face.
  return hint_east_asia && non_ascii && !ascii_alnum;
}

TextStyle text_style(const RunProps& props, std::string_view text, const ThemeFonts& theme,
                     ReaderWarnings& warnings) {
  TextStyle style;
  std::string east = face(props.east_asia, theme);
  std::string latin = face(props.ascii ? props.ascii : props.h_ansi, theme);
  if (east.empty()) east = kDefaultEastAsia;
  if (latin.empty()) latin = kDefaultLatin;
  if (needs_east_asian_face(text, props.hint_east_asia.value_or(false))) {
    style.font_role = role_or_song(east, warnings);
    std::optional<std::string> latin_role = font_role_for_name(latin);
    style.own_face_for_latin =
        is_cjk_role(style.font_role) && latin_role && *latin_role == style.font_role;
  } else {
    std::optional<std::string> latin_role = font_role_for_name(latin);
    style.font_role = role_or_song(latin, warnings);
    // Only a Latin face that is a CJK one prints Latin text in CJK glyphs;
    // an unknown face falls back to "song" with its Latin partner.
    style.own_face_for_latin = latin_role && is_cjk_role(*latin_role);
  }
  style.size_pt = props.size_pt.value_or(10);
  style.bold = props.bold.value_or(false);
  style.italic = props.italic.value_or(false);
  style.underline = props.underline.value_or(false);
  style.color = props.color.value_or(0) & 0xFFFFFFu;
  return style;
}

bool same_style(const TextStyle& a, const TextStyle& b) {
  return a.font_role == b.font_role && a.size_pt == b.size_pt && a.bold == b.bold &&
         a.italic == b.italic && a.underline == b.underline && a.color == b.color &&
         a.own_face_for_latin == b.own_face_for_latin;
}

}  // namespace formwork
