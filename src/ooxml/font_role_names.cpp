#include "ooxml/font_role_names.h"

#include <array>
#include <utility>

#include "ooxml/xml_read.h"
#include "fonts/font_roles.h"
#include "util/utf8.h"

namespace formwork {

namespace {

using ooxml::attr_value;
using ooxml::child;
using ooxml::is;

// Latin faces, lower case, by role. Monospaced and other Latin faces with
// no role of their own are left out (the caller warns about them).
constexpr std::array<std::pair<std::string_view, std::string_view>, 36> kLatinFaces = {{
    {"times new roman", "serif"},
    {"times", "serif"},
    {"cambria", "serif"},
    {"georgia", "serif"},
    {"liberation serif", "serif"},
    {"dejavu serif", "serif"},
    {"noto serif", "serif"},
    {"book antiqua", "serif"},
    {"palatino linotype", "serif"},
    {"garamond", "serif"},
    {"century", "serif"},
    {"tinos", "serif"},
    {"nimbus roman", "serif"},
    {"caladea", "serif"},
    {"arial", "sans"},
    {"arial narrow", "sans"},
    {"calibri", "sans"},
    {"calibri light", "sans"},
    {"carlito", "sans"},
    {"helvetica", "sans"},
    {"liberation sans", "sans"},
    {"liberation sans narrow", "sans"},
    {"dejavu sans", "sans"},
    {"noto sans", "sans"},
    {"verdana", "sans"},
    {"tahoma", "sans"},
    {"segoe ui", "sans"},
    {"aptos", "sans"},
    {"arimo", "sans"},
    {"open sans", "sans"},
    {"roboto", "sans"},
    {"source sans pro", "sans"},
    {"trebuchet ms", "sans"},
    {"nimbus sans", "sans"},
    {"franklin gothic book", "sans"},
    {"century gothic", "sans"},
}};

// Families of Latin faces by the start of their name ("Arial Black",
// "Liberation Sans Unicode MS", "Times New Roman PS"), tried after the
// exact names; symbol faces print their (mapped) characters in serif.
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kLatinPrefixes = {{
    {"arial", "sans"},
    {"liberation sans", "sans"},
    {"dejavu sans", "sans"},
    {"helvetica", "sans"},
    {"calibri", "sans"},
    {"times", "serif"},
    {"liberation serif", "serif"},
    {"dejavu serif", "serif"},
    {"opensymbol", "serif"},
    {"symbol", "serif"},
    {"wingdings", "serif"},
    {"webdings", "serif"},
}};

// CJK faces whose names do not say their family in Chinese.
constexpr std::array<std::pair<std::string_view, std::string_view>, 24> kCjkFaces = {{
    {"simsun", "song"},
    {"nsimsun", "song"},
    {"simsun-extb", "song"},
    {"stsong", "song"},
    {"songti sc", "song"},
    {"ar pl sungtil gb", "song"},
    {"ar pl uming cn", "song"},
    {"noto serif cjk sc", "song"},
    {"source han serif sc", "song"},
    {"fangsong", "fangsong"},
    {"fangsong_gb2312", "fangsong"},
    {"stfangsong", "fangsong"},
    {"kaiti", "kai"},
    {"kaiti_gb2312", "kai"},
    {"stkaiti", "kai"},
    {"ar pl kaitim gb", "kai"},
    {"ar pl ukai cn", "kai"},
    {"simhei", "hei"},
    {"microsoft yahei", "hei"},
    {"dengxian", "hei"},
    {"stheiti", "hei"},
    {"noto sans cjk sc", "hei"},
    {"source han sans sc", "hei"},
    {"droid sans fallback", "hei"},
}};

// Family words in Chinese face names, most specific first: 仿宋 and 小标宋
// contain 宋, 雅黑 and 等线 are Hei (sans) faces.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kCjkWords = {{
    {"小标宋", "xbs"},
    {"标宋", "xbs"},
    {"仿宋", "fangsong"},
    {"楷", "kai"},
    {"黑", "hei"},
    {"等线", "hei"},
    {"雅黑", "hei"},
    {"圆", "hei"},
    {"宋", "song"},
    {"明", "song"},
}};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '@')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The role of a face named as the writer names it (fonts/font_roles.h).
std::optional<std::string> office_role(std::string_view name, const std::string& lower) {
  for (const FontRole& role : font_roles()) {
    if (name == role.office_name ||
        (!role.office_alt_name.empty() && lower == ascii_lower(role.office_alt_name))) {
      return role.name;
    }
  }
  return std::nullopt;
}

template <size_t N>
std::optional<std::string> lookup(
    const std::array<std::pair<std::string_view, std::string_view>, N>& table,
    std::string_view key) {
  for (const auto& [face, role] : table) {
    if (face == key) return std::string(role);
  }
  return std::nullopt;
}

// The East Asian face of a:fontScheme's `font` (a:majorFont or a:minorFont).
std::string east_asian_face(const pugi::xml_node& font) {
  std::string_view ea = attr_value(child(font, "ea"), "typeface");
  if (!ea.empty()) return std::string(ea);
  for (std::string_view script : {"Hans", "Hant"}) {
    for (pugi::xml_node f : font.children()) {
      if (is(f, "font") && attr_value(f, "script") == script) {
        return std::string(attr_value(f, "typeface"));
      }
    }
  }
  return "";
}

}  // namespace

std::optional<std::string> font_role_for_name(std::string_view name) {
  name = trim(name);  // "@宋体" is 宋体 set vertically
  if (name.empty()) return std::nullopt;
  const std::string lower = ascii_lower(name);
  if (auto role = office_role(name, lower)) return role;
  if (auto role = lookup(kLatinFaces, lower)) return role;
  if (auto role = lookup(kCjkFaces, lower)) return role;
  for (const auto& [prefix, role] : kLatinPrefixes) {
    if (lower.compare(0, prefix.size(), prefix) == 0) return std::string(role);
  }
  for (const auto& [word, role] : kCjkWords) {
    if (name.find(word) != std::string_view::npos) return std::string(role);
  }
  return std::nullopt;
}

ThemeFonts read_theme_fonts(const pugi::xml_node& theme) {
  ThemeFonts fonts;
  pugi::xml_node scheme = child(child(theme, "themeElements"), "fontScheme");
  auto take = [](std::string& slot, std::string face) {
    if (!face.empty()) slot = std::move(face);
  };
  pugi::xml_node major = child(scheme, "majorFont");
  pugi::xml_node minor = child(scheme, "minorFont");
  take(fonts.major_latin, std::string(attr_value(child(major, "latin"), "typeface")));
  take(fonts.minor_latin, std::string(attr_value(child(minor, "latin"), "typeface")));
  take(fonts.major_east_asia, east_asian_face(major));
  take(fonts.minor_east_asia, east_asian_face(minor));
  return fonts;
}

std::string theme_font_name(const ThemeFonts& theme, std::string_view ref) {
  const bool major = ref.substr(0, 5) == "major";
  const bool east_asia = ref.find("EastAsia") != std::string_view::npos;
  if (east_asia) return major ? theme.major_east_asia : theme.minor_east_asia;
  return major ? theme.major_latin : theme.minor_latin;
}

}  // namespace formwork
