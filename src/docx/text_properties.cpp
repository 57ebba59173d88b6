#include "docx/text_properties.h"

#include <algorithm>
#include <cmath>

#include "docx/reader_xml.h"

namespace formwork {

namespace {

using docx_read::attr;
using docx_read::attr_value;
using docx_read::child;
using docx_read::child_on_off;
using docx_read::is;
using docx_read::number_attr;
using docx_read::parse_number;
using docx_read::parse_twips;
using docx_read::twips_attr;

template <typename T>
void take(std::optional<T>& slot, const std::optional<T>& over) {
  if (over) slot = over;
}

// One w:rFonts slot: the theme attribute wins over the face name (§17.3.2.26).
std::optional<FontRef> font_slot(const pugi::xml_node& fonts, std::string_view name,
                                 std::string_view theme) {
  if (pugi::xml_attribute t = attr(fonts, theme)) return FontRef{t.value(), true};
  if (pugi::xml_attribute n = attr(fonts, name)) return FontRef{n.value(), false};
  return std::nullopt;
}

// Word's font sizes: 0.5 pt … 1638 pt.
constexpr double kMinSizePt = 0.5;
constexpr double kMaxSizePt = 1638;

// w:sz: half-points (ST_HpsMeasure, §17.18.11), or a universal measure.
std::optional<double> font_size_pt(const pugi::xml_node& sz) {
  std::string_view v = attr_value(sz, "val");
  std::optional<double> pt;
  if (std::optional<double> hp = parse_number(v)) {
    pt = *hp / 2;
  } else if (std::optional<double> twips = parse_twips(v)) {
    pt = *twips / 20;
  }
  if (!pt) return std::nullopt;
  return std::clamp(*pt, kMinSizePt, kMaxSizePt);
}

std::optional<bool> any_on(const pugi::xml_node& rpr, std::string_view a, std::string_view b) {
  std::optional<bool> x = child_on_off(rpr, a);
  std::optional<bool> y = child_on_off(rpr, b);
  if (!x && !y) return std::nullopt;
  return x.value_or(false) || y.value_or(false);
}

std::optional<bool> raised(const pugi::xml_node& rpr) {
  std::optional<bool> out;
  if (pugi::xml_node v = child(rpr, "vertAlign")) {
    std::string_view val = attr_value(v, "val");
    out = val == "superscript" || val == "subscript";
  }
  if (pugi::xml_node p = child(rpr, "position")) {
    out = out.value_or(false) || twips_attr(p, "val").value_or(0) != 0;
  }
  return out;
}

std::optional<bool> highlighted(const pugi::xml_node& rpr) {
  std::optional<bool> out;
  if (pugi::xml_node h = child(rpr, "highlight")) out = attr_value(h, "val") != "none";
  if (pugi::xml_node s = child(rpr, "shd")) out = out.value_or(false) || shading_fills(s);
  return out;
}

void read_fonts(RunProps& p, const pugi::xml_node& fonts) {
  if (!fonts) return;
  p.ascii = font_slot(fonts, "ascii", "asciiTheme");
  p.h_ansi = font_slot(fonts, "hAnsi", "hAnsiTheme");
  p.east_asia = font_slot(fonts, "eastAsia", "eastAsiaTheme");
  if (pugi::xml_attribute hint = attr(fonts, "hint")) {
    p.hint_east_asia = std::string_view(hint.value()) == "eastAsia";
  }
}

void read_indent(ParaProps& p, const pugi::xml_node& ind) {
  if (!ind) return;
  p.left = twips_attr(ind, "left");
  if (!p.left) p.left = twips_attr(ind, "start");
  p.right = twips_attr(ind, "right");
  if (!p.right) p.right = twips_attr(ind, "end");
  p.left_chars = number_attr(ind, "leftChars");
  if (!p.left_chars) p.left_chars = number_attr(ind, "startChars");
  p.right_chars = number_attr(ind, "rightChars");
  if (!p.right_chars) p.right_chars = number_attr(ind, "endChars");
  // w:hanging wins over w:firstLine (§17.3.1.12).
  std::optional<double> hanging = twips_attr(ind, "hanging");
  std::optional<double> hanging_chars = number_attr(ind, "hangingChars");
  std::optional<double> first = twips_attr(ind, "firstLine");
  std::optional<double> first_chars = number_attr(ind, "firstLineChars");
  if (hanging || hanging_chars.value_or(0) != 0) {
    p.first_line = FirstLineIndent{hanging.value_or(0), hanging_chars.value_or(0), true};
  } else if (first || first_chars) {
    p.first_line = FirstLineIndent{first.value_or(0), first_chars.value_or(0), false};
  }
}

void read_spacing(ParaProps& p, const pugi::xml_node& spacing) {
  if (!spacing) return;
  p.before = twips_attr(spacing, "before");
  p.after = twips_attr(spacing, "after");
  p.before_lines = number_attr(spacing, "beforeLines");
  p.after_lines = number_attr(spacing, "afterLines");
  if (attr(spacing, "beforeAutospacing")) {
    std::string_view v = attr_value(spacing, "beforeAutospacing");
    p.before_auto = v == "1" || v == "true" || v == "on";
  }
  if (attr(spacing, "afterAutospacing")) {
    std::string_view v = attr_value(spacing, "afterAutospacing");
    p.after_auto = v == "1" || v == "true" || v == "on";
  }
  if (std::optional<double> line = twips_attr(spacing, "line")) {
    LineRule rule;
    rule.value = *line;
    std::string_view kind = attr_value(spacing, "lineRule");
    if (kind == "exact") rule.kind = LineRule::Kind::Exact;
    if (kind == "atLeast") rule.kind = LineRule::Kind::AtLeast;
    p.line = rule;
  }
}

std::optional<BorderLine> border_line(const pugi::xml_node& border) {
  if (!border_shows(border)) return std::nullopt;
  BorderLine line;
  line.eighths = number_attr(border, "sz").value_or(4);
  line.color = parse_color(attr_value(border, "color"));
  return line;
}

void read_borders(ParaProps& p, const pugi::xml_node& borders) {
  if (!borders) return;
  p.border_top = border_line(child(borders, "top"));
  p.border_bottom = border_line(child(borders, "bottom"));
  bool sides = false;
  for (std::string_view side : {"left", "right", "between", "bar", "start", "end"}) {
    sides = sides || border_shows(child(borders, side));
  }
  p.border_sides = sides;
}

void read_numbering(ParaProps& p, const pugi::xml_node& num) {
  if (!num) return;
  if (std::optional<double> id = number_attr(child(num, "numId"), "val")) {
    p.num_id = static_cast<int>(*id);
  }
  if (std::optional<double> level = number_attr(child(num, "ilvl"), "val")) {
    p.num_level = static_cast<int>(*level);
  }
}

void read_tabs(ParaProps& p, const pugi::xml_node& tabs) {
  for (pugi::xml_node tab : tabs.children()) {
    if (!is(tab, "tab")) continue;
    p.tabs.push_back({std::string(attr_value(tab, "val")), twips_attr(tab, "pos").value_or(0)});
  }
}

}  // namespace

unsigned parse_color(std::string_view hex) {
  if (hex.size() != 6) return 0;
  unsigned value = 0;
  for (char c : hex) {
    int d = (c >= '0' && c <= '9')   ? c - '0'
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                     : -1;
    if (d < 0) return 0;
    value = value * 16 + static_cast<unsigned>(d);
  }
  return value;
}

bool shading_fills(const pugi::xml_node& shd) {
  if (!shd) return false;
  std::string_view fill = attr_value(shd, "fill");
  if (!fill.empty() && fill != "auto" && parse_color(fill) != 0xFFFFFF) return true;
  // A solid pattern paints w:color (Word's "shading 100%").
  std::string_view val = attr_value(shd, "val");
  std::string_view color = attr_value(shd, "color");
  return val == "solid" && !color.empty() && color != "auto" && parse_color(color) != 0xFFFFFF;
}

bool border_shows(const pugi::xml_node& border) {
  if (!border) return false;
  std::string_view val = attr_value(border, "val");
  return !val.empty() && val != "none" && val != "nil";
}

void RunProps::overlay(const RunProps& over) {
  take(ascii, over.ascii);
  take(h_ansi, over.h_ansi);
  take(east_asia, over.east_asia);
  take(hint_east_asia, over.hint_east_asia);
  take(size_pt, over.size_pt);
  take(bold, over.bold);
  take(italic, over.italic);
  take(underline, over.underline);
  take(caps, over.caps);
  take(vanish, over.vanish);
  take(strike, over.strike);
  take(raised, over.raised);
  take(highlight, over.highlight);
  take(color, over.color);
  if (!over.style_id.empty()) style_id = over.style_id;
}

RunProps read_run_props(const pugi::xml_node& rpr) {
  RunProps p;
  if (!rpr) return p;
  if (std::optional<std::string> style = docx_read::child_val(rpr, "rStyle")) p.style_id = *style;
  read_fonts(p, child(rpr, "rFonts"));
  if (pugi::xml_node sz = child(rpr, "sz")) p.size_pt = font_size_pt(sz);
  p.bold = child_on_off(rpr, "b");
  p.italic = child_on_off(rpr, "i");
  if (pugi::xml_node u = child(rpr, "u")) {
    std::string_view val = attr_value(u, "val");
    p.underline = val != "none" && val != "0" && val != "false";
  }
  p.caps = any_on(rpr, "caps", "smallCaps");
  p.vanish = child_on_off(rpr, "vanish");
  p.strike = any_on(rpr, "strike", "dstrike");
  p.raised = raised(rpr);
  p.highlight = highlighted(rpr);
  if (pugi::xml_node c = child(rpr, "color")) p.color = parse_color(attr_value(c, "val"));
  return p;
}

void ParaProps::overlay(const ParaProps& over) {
  if (!over.style_id.empty()) style_id = over.style_id;
  take(jc, over.jc);
  // A level's own length replaces the inherited one in either unit.
  if (over.left || over.left_chars) left_chars = over.left_chars;
  take(left, over.left);
  if (over.right || over.right_chars) right_chars = over.right_chars;
  take(right, over.right);
  take(first_line, over.first_line);
  if (over.before || over.before_lines) before_lines = over.before_lines;
  take(before, over.before);
  if (over.after || over.after_lines) after_lines = over.after_lines;
  take(after, over.after);
  take(before_auto, over.before_auto);
  take(after_auto, over.after_auto);
  take(line, over.line);
  take(keep_next, over.keep_next);
  take(widow_control, over.widow_control);
  take(page_break_before, over.page_break_before);
  take(outline_level, over.outline_level);
  take(num_id, over.num_id);
  take(num_level, over.num_level);
  if (over.border_sides) {  // a w:pBdr states all its sides
    border_top = over.border_top;
    border_bottom = over.border_bottom;
    border_sides = over.border_sides;
  }
  take(shaded, over.shaded);
  take(framed, over.framed);
  take(frame_align, over.frame_align);
  take(snap_to_grid, over.snap_to_grid);
  take(contextual, over.contextual);
  for (const TabStop& tab : over.tabs) {
    auto same = [&](const TabStop& t) { return std::abs(t.pos - tab.pos) < 0.5; };
    tabs.erase(std::remove_if(tabs.begin(), tabs.end(), same), tabs.end());
    if (tab.kind != "clear") tabs.push_back(tab);
  }
  std::sort(tabs.begin(), tabs.end(),
            [](const TabStop& a, const TabStop& b) { return a.pos < b.pos; });
  mark.overlay(over.mark);
}

ParaProps read_para_props(const pugi::xml_node& ppr) {
  ParaProps p;
  if (!ppr) return p;
  if (std::optional<std::string> style = docx_read::child_val(ppr, "pStyle")) p.style_id = *style;
  p.jc = docx_read::child_val(ppr, "jc");
  read_indent(p, child(ppr, "ind"));
  read_spacing(p, child(ppr, "spacing"));
  p.keep_next = child_on_off(ppr, "keepNext");
  p.widow_control = child_on_off(ppr, "widowControl");
  p.page_break_before = child_on_off(ppr, "pageBreakBefore");
  if (std::optional<double> level = number_attr(child(ppr, "outlineLvl"), "val")) {
    p.outline_level = static_cast<int>(*level);
  }
  read_numbering(p, child(ppr, "numPr"));
  read_borders(p, child(ppr, "pBdr"));
  if (pugi::xml_node shd = child(ppr, "shd")) p.shaded = shading_fills(shd);
  if (pugi::xml_node frame = child(ppr, "framePr")) {
    p.framed = true;
    if (pugi::xml_attribute x = attr(frame, "xAlign")) p.frame_align = x.value();
  }
  p.snap_to_grid = child_on_off(ppr, "snapToGrid");
  p.contextual = child_on_off(ppr, "contextualSpacing");
  read_tabs(p, child(ppr, "tabs"));
  p.mark = read_run_props(child(ppr, "rPr"));
  return p;
}

}  // namespace formwork
