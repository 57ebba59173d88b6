#include "xlsx/workbook_styles.h"

#include <cstdlib>
#include <map>

#include "ooxml/font_role_names.h"
#include "ooxml/xml_read.h"
#include "xlsx/shown_value.h"

namespace formwork {

namespace {

using ooxml::attr_value;
using ooxml::child;
using ooxml::is;

// ARGB "FF1F4E79" or RGB "1F4E79" → 0xRRGGBB; nullopt for theme colours.
std::optional<unsigned> rgb_of(const pugi::xml_node& color) {
  std::string_view rgb = attr_value(color, "rgb");
  if (rgb.size() == 8) rgb.remove_prefix(2);
  if (rgb.size() != 6) return std::nullopt;
  return static_cast<unsigned>(std::strtoul(std::string(rgb).c_str(), nullptr, 16));
}

bool on(const pugi::xml_node& n) {
  if (!n) return false;
  const std::string_view v = attr_value(n, "val");
  return v.empty() || v == "1" || v == "true";
}

struct FontEntry {
  TextStyle style;
  std::string face;
  bool known = true;
};

// Excel's default: 11 pt; the face of no role prints in 宋体.
FontEntry default_font() {
  FontEntry f;
  f.style.size_pt = 11;
  return f;
}

CellFormat default_format() {
  CellFormat f;
  f.font.size_pt = 11;
  f.number_format = "General";
  return f;
}

FontEntry read_font(const pugi::xml_node& font) {
  FontEntry f;
  f.style = run_font(font, default_font().style);
  f.face = std::string(attr_value(child(font, "name"), "val"));
  f.known = f.face.empty() || font_role_for_name(f.face).has_value();
  return f;
}

bool solid_fill(const pugi::xml_node& fill) {
  const pugi::xml_node pattern = child(fill, "patternFill");
  if (attr_value(pattern, "patternType") != "solid") return false;
  const std::optional<unsigned> rgb = rgb_of(child(pattern, "fgColor"));
  return !rgb || *rgb != 0xFFFFFF;  // a theme colour is a colour
}

int border_sides(const pugi::xml_node& border) {
  int n = 0;
  for (const char* side : {"left", "right", "top", "bottom"}) {
    const pugi::xml_node s = child(border, side);
    if (s && !attr_value(s, "style").empty() && attr_value(s, "style") != "none") ++n;
  }
  return n;
}

Align horizontal(std::string_view h, bool& general) {
  general = h.empty() || h == "general";
  if (h == "center" || h == "centerContinuous" || h == "distributed") return Align::Center;
  if (h == "right") return Align::Right;
  if (h == "justify") return Align::Justify;
  return Align::Left;
}

VAlign vertical(std::string_view v) {
  if (v == "top") return VAlign::Top;
  if (v == "center" || v == "distributed" || v == "justify") return VAlign::Middle;
  return VAlign::Bottom;
}

template <typename T, typename F>
std::vector<T> each_child(const pugi::xml_node& list, std::string_view name, F read) {
  std::vector<T> out;
  for (pugi::xml_node n = list.first_child(); n; n = n.next_sibling()) {
    if (is(n, name)) out.push_back(read(n));
  }
  return out;
}

}  // namespace

TextStyle run_font(const pugi::xml_node& rpr, const TextStyle& base) {
  TextStyle s = base;
  if (pugi::xml_node b = child(rpr, "b")) s.bold = on(b);
  if (pugi::xml_node i = child(rpr, "i")) s.italic = on(i);
  if (pugi::xml_node u = child(rpr, "u")) s.underline = attr_value(u, "val") != "none";
  if (pugi::xml_node sz = child(rpr, "sz")) {
    const double pt = std::atof(std::string(attr_value(sz, "val")).c_str());
    if (pt > 0) s.size_pt = pt;
  }
  if (std::optional<unsigned> rgb = rgb_of(child(rpr, "color"))) s.color = *rgb;
  pugi::xml_node face = child(rpr, "rFont") ? child(rpr, "rFont") : child(rpr, "name");
  if (face) {
    if (std::optional<std::string> role = font_role_for_name(attr_value(face, "val"))) {
      s.font_role = *role;
    }
  }
  return s;
}

std::vector<CellFormat> read_cell_formats(const pugi::xml_node& style_sheet) {
  std::map<int, std::string> codes;
  for (pugi::xml_node n = child(child(style_sheet, "numFmts"), "numFmt"); n; n = n.next_sibling()) {
    if (is(n, "numFmt")) {
      codes[std::atoi(std::string(attr_value(n, "numFmtId")).c_str())] =
          std::string(attr_value(n, "formatCode"));
    }
  }
  const auto fonts = each_child<FontEntry>(child(style_sheet, "fonts"), "font", read_font);
  const auto fills = each_child<bool>(child(style_sheet, "fills"), "fill", solid_fill);
  const auto borders = each_child<int>(child(style_sheet, "borders"), "border", border_sides);
  auto at = [](const auto& v, std::string_view index, auto fallback) {
    const size_t i = static_cast<size_t>(std::atoi(std::string(index).c_str()));
    return i < v.size() ? v[i] : fallback;
  };
  std::vector<CellFormat> out;
  for (pugi::xml_node xf = child(child(style_sheet, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
    if (!is(xf, "xf")) continue;
    CellFormat f;
    const FontEntry font = at(fonts, attr_value(xf, "fontId"), default_font());
    f.font = font.style;
    f.face = font.face;
    f.face_known = font.known;
    f.shaded = at(fills, attr_value(xf, "fillId"), false);
    f.border_sides = at(borders, attr_value(xf, "borderId"), 0);
    const pugi::xml_node alignment = child(xf, "alignment");
    f.align = horizontal(attr_value(alignment, "horizontal"), f.align_general);
    f.valign = vertical(attr_value(alignment, "vertical"));
    const int id = std::atoi(std::string(attr_value(xf, "numFmtId")).c_str());
    f.number_format = codes.count(id) ? codes[id] : builtin_format_code(id);
    out.push_back(f);
  }
  if (out.empty()) out.push_back(default_format());
  return out;
}

}  // namespace formwork
