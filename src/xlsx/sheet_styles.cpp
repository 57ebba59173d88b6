#include "xlsx/sheet_styles.h"

#include <cstdlib>
#include <map>

#include "ooxml/font_role_names.h"
#include "ooxml/xml_read.h"
#include "xlsx/number_format_text.h"

namespace formwork::xlsx_read {

namespace {

using ooxml::attr_value;
using ooxml::child;
using ooxml::is;

// The index-th child element named `name` of `list`, or a null node.
pugi::xml_node nth(const pugi::xml_node& list, std::string_view name, size_t index) {
  size_t k = 0;
  for (pugi::xml_node n : list.children()) {
    if (!is(n, name)) continue;
    if (k++ == index) return n;
  }
  return {};
}

size_t index_attr(const pugi::xml_node& n, std::string_view name) {
  const std::string_view v = attr_value(n, name);
  return v.empty() ? 0 : std::strtoul(std::string(v).c_str(), nullptr, 10);
}

// ST_Xstring booleans: an element present without val, or val 1/true.
bool flag(const pugi::xml_node& n) {
  if (!n) return false;
  const std::string_view v = attr_value(n, "val");
  return v.empty() || v == "1" || v == "true";
}

// A colour element (§18.8.9 CT_Color) as 0xRRGGBB: rgb is ARGB hex; the
// default palette's red and blue by index; theme and automatic colours
// print black, as forms use them for text.
unsigned color_of(const pugi::xml_node& c, unsigned fallback) {
  if (!c) return fallback;
  const std::string_view rgb = attr_value(c, "rgb");
  if (rgb.size() == 8 || rgb.size() == 6) {
    return static_cast<unsigned>(
        std::strtoul(std::string(rgb.substr(rgb.size() - 6)).c_str(), nullptr, 16));
  }
  const std::string_view indexed = attr_value(c, "indexed");
  if (indexed == "10" || indexed == "2") return 0xFF0000;
  if (indexed == "12" || indexed == "4") return 0x0000FF;
  return fallback;
}

// A pattern fill that paints the cell (§18.8.32 patternFill): solid or a
// shade pattern, in a colour that is not white.
bool paints(const pugi::xml_node& fill) {
  const pugi::xml_node pattern = child(fill, "patternFill");
  if (!pattern) return static_cast<bool>(child(fill, "gradientFill"));
  const std::string_view type = attr_value(pattern, "patternType");
  if (type.empty() || type == "none") return false;
  const pugi::xml_node fg = child(pattern, "fgColor");
  if (!fg) return true;
  const std::string_view rgb = attr_value(fg, "rgb");
  if (!rgb.empty()) return color_of(fg, 0) != 0xFFFFFF;
  // Theme colour 0 (lt1, the window background) untinted is white.
  return !(attr_value(fg, "theme") == "0" && attr_value(fg, "tint").empty());
}

void read_border(const pugi::xml_node& border, XfStyle& xf) {
  for (std::string_view side : {"left", "right", "top", "bottom"}) {
    const pugi::xml_node line = child(border, side);
    const std::string_view style = attr_value(line, "style");
    if (style.empty() || style == "none") continue;
    ++xf.border_sides;
    const unsigned color = color_of(child(line, "color"), 0);
    if (style != "thin" || color != 0) xf.border_styled = true;
  }
}

void read_alignment(const pugi::xml_node& a, XfStyle& xf) {
  if (!a) return;
  const std::string_view h = attr_value(a, "horizontal");
  static const std::map<std::string_view, Align> kAlign = {{"left", Align::Left},
                                                           {"center", Align::Center},
                                                           {"right", Align::Right},
                                                           {"justify", Align::Justify},
                                                           {"centerContinuous", Align::Center},
                                                           {"distributed", Align::Justify},
                                                           {"fill", Align::Left}};
  if (const auto it = kAlign.find(h); it != kAlign.end()) {
    xf.align_general = false;
    xf.align = it->second;
    xf.distributed = h == "distributed" || h == "fill";
  }
  const std::string_view v = attr_value(a, "vertical");
  if (v == "top") xf.valign = VAlign::Top;
  if (v == "center" || v == "justify" || v == "distributed") xf.valign = VAlign::Middle;
  const std::string_view wrap = attr_value(a, "wrapText");
  xf.wrap = wrap == "1" || wrap == "true";
}

std::map<size_t, std::string> custom_formats(const pugi::xml_node& style_sheet) {
  std::map<size_t, std::string> out;
  for (pugi::xml_node f : child(style_sheet, "numFmts").children()) {
    if (is(f, "numFmt")) out[index_attr(f, "numFmtId")] = std::string(attr_value(f, "formatCode"));
  }
  return out;
}

}  // namespace

TextStyle read_font(const pugi::xml_node& font, const TextStyle& base, std::string& face,
                    bool& face_known) {
  TextStyle s = base;
  if (!font) return s;
  if (pugi::xml_node b = child(font, "b")) s.bold = flag(b);
  if (pugi::xml_node i = child(font, "i")) s.italic = flag(i);
  if (pugi::xml_node u = child(font, "u")) s.underline = attr_value(u, "val") != "none";
  if (pugi::xml_node sz = child(font, "sz")) {
    const double pt = std::strtod(std::string(attr_value(sz, "val")).c_str(), nullptr);
    if (pt > 0) s.size_pt = pt;
  }
  s.color = color_of(child(font, "color"), base.color);
  pugi::xml_node name = child(font, "name");
  if (!name) name = child(font, "rFont");
  if (name) {
    face = std::string(attr_value(name, "val"));
    const std::optional<std::string> role = font_role_for_name(face);
    face_known = role.has_value();
    s.font_role = role.value_or("song");
  }
  return s;
}

std::vector<XfStyle> read_xf_styles(const pugi::xml_node& style_sheet) {
  const pugi::xml_node fonts = child(style_sheet, "fonts");
  const pugi::xml_node fills = child(style_sheet, "fills");
  const pugi::xml_node borders = child(style_sheet, "borders");
  const std::map<size_t, std::string> formats = custom_formats(style_sheet);

  XfStyle base;
  base.font.size_pt = 11;
  base.font.font_role = "sans";  // Calibri, Excel's default body face
  base.face = "Calibri";
  base.font = read_font(nth(fonts, "font", 0), base.font, base.face, base.face_known);
  base.number_format = "General";

  std::vector<XfStyle> out;
  for (pugi::xml_node xf : child(style_sheet, "cellXfs").children()) {
    if (!is(xf, "xf")) continue;
    XfStyle s = base;
    pugi::xml_node font = nth(fonts, "font", index_attr(xf, "fontId"));
    s.font = read_font(font ? font : nth(fonts, "font", 0), base.font, s.face, s.face_known);
    s.shaded = paints(nth(fills, "fill", index_attr(xf, "fillId")));
    read_border(nth(borders, "border", index_attr(xf, "borderId")), s);
    read_alignment(child(xf, "alignment"), s);
    const size_t id = index_attr(xf, "numFmtId");
    const auto custom = formats.find(id);
    s.number_format =
        custom != formats.end() ? custom->second : builtin_number_format(static_cast<int>(id));
    out.push_back(std::move(s));
  }
  if (out.empty()) out.push_back(base);
  return out;
}

}  // namespace formwork::xlsx_read
