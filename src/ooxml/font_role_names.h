#pragma once
// Font face names (w:rFonts, ECMA-376 Part 1 §17.3.2.26; theme fonts,
// §20.1.4.1.16) mapped to the model's font roles (model/document.h
// TextStyle::font_role), the reverse of fonts/font_roles.h office names.
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace formwork {

/// The role of face `name`: the names the DOCX writer emits (fonts/
/// font_roles.h office_name and office_alt_name) and the usual Windows,
/// macOS, WPS and Linux faces of each role: 宋体/SimSun/NSimSun/新宋体 →
/// "song"; 仿宋/仿宋_GB2312/FangSong → "fangsong"; 楷体/楷体_GB2312/KaiTi →
/// "kai"; 黑体/SimHei/微软雅黑/Microsoft YaHei/等线 → "hei"; 方正小标宋简体/
/// 小标宋 → "xbs"; Times New Roman/Cambria/Georgia → "serif"; Arial/
/// Calibri/Helvetica/Liberation Sans → "sans". CJK names also match by the
/// family word they contain (方正仿宋_GBK → fangsong, 华文楷体 → kai);
/// Latin names ignore ASCII case. nullopt for a face of no role.
std::optional<std::string> font_role_for_name(std::string_view name);

/// The theme's fonts (word/theme/theme1.xml a:fontScheme, §20.1.4.1.18):
/// the major (headings) and minor (body) Latin and East Asian faces.
struct ThemeFonts {
  std::string major_latin = "Times New Roman";
  std::string major_east_asia = "宋体";
  std::string minor_latin = "Times New Roman";
  std::string minor_east_asia = "宋体";
};

/// Reads a:fontScheme from the theme part's root (a:theme). The East Asian
/// face is a:ea, or when that is empty (as in Office's own themes) the
/// a:font of script "Hans" (Simplified Chinese), else "Hant". Faces the
/// theme leaves out keep ThemeFonts' defaults (Times New Roman, 宋体).
ThemeFonts read_theme_fonts(const pugi::xml_node& theme);

/// The face a theme reference names (ST_Theme §17.18.96: "minorEastAsia",
/// "majorHAnsi", "minorAscii", "minorBidi"…): East Asian refs give the
/// East Asian face, the others the Latin face.
std::string theme_font_name(const ThemeFonts& theme, std::string_view ref);

}  // namespace formwork
