#include "template/page_spec.h"

#include <algorithm>

#include "template/style.h"

namespace formwork {

const std::initializer_list<std::string_view> kPageAttributes = {"paper",
                                                                 "orientation",
                                                                 "top",
                                                                 "bottom",
                                                                 "left",
                                                                 "right",
                                                                 "header",
                                                                 "header-align",
                                                                 "header-distance",
                                                                 "header-indent",
                                                                 "header-font",
                                                                 "header-size",
                                                                 "footer",
                                                                 "footer-align",
                                                                 "footer-distance",
                                                                 "footer-indent",
                                                                 "footer-font",
                                                                 "footer-size",
                                                                 "first-page-numbers",
                                                                 "grid-lines",
                                                                 "grid-chars"};

namespace {

constexpr double kMinTextMm = 20;  // anything less cannot hold a table

MarginTextSpec margin_text(const Attributes& a, const std::string& prefix) {
  MarginTextSpec m;
  if (auto p = a.get(prefix)) m.pattern = std::string(*p);
  m.align = a.choice<MarginTextAlign>(prefix + "-align", {{"left", MarginTextAlign::Left},
                                                          {"center", MarginTextAlign::Center},
                                                          {"right", MarginTextAlign::Right},
                                                          {"outside", MarginTextAlign::Outside}});
  m.distance_mm = a.number(prefix + "-distance", 0, 200);
  m.indent_em = a.number(prefix + "-indent", 0, 50);
  if (a.has(prefix + "-font")) {
    TextStyle t;
    apply_font_role(a, prefix + "-font", t);
    m.font_role = t.font_role;
  }
  m.size_pt = a.number(prefix + "-size", 1, 200);
  return m;
}

void apply_margin_text(const MarginTextSpec& s, MarginText& m) {
  if (s.pattern) m.pattern = *s.pattern;
  if (s.align) m.align = *s.align;
  if (s.distance_mm) m.distance_mm = *s.distance_mm;
  if (s.indent_em) m.indent_em = *s.indent_em;
  if (s.font_role) m.font_role = *s.font_role;
  if (s.size_pt) m.size_pt = *s.size_pt;
}

}  // namespace

PageSpec parse_page_spec(const Attributes& a) {
  PageSpec s;
  s.loc = a.element_loc();
  s.paper_mm = a.choice<std::pair<double, double>>("paper", {{"A4", {210, 297}},
                                                             {"A3", {297, 420}},
                                                             {"A5", {148, 210}},
                                                             {"B5", {176, 250}},
                                                             {"Letter", {215.9, 279.4}}});
  s.landscape = a.choice<bool>("orientation", {{"portrait", false}, {"landscape", true}});
  s.top_mm = a.number("top", 0, 200);
  s.bottom_mm = a.number("bottom", 0, 200);
  s.left_mm = a.number("left", 0, 200);
  s.right_mm = a.number("right", 0, 200);
  s.header = margin_text(a, "header");
  s.footer = margin_text(a, "footer");
  s.first_page_numbers = a.boolean("first-page-numbers");
  if (a.has("grid-lines")) s.grid_lines = a.integer("grid-lines", 0, 0, 200);
  if (a.has("grid-chars")) s.grid_chars = a.integer("grid-chars", 0, 0, 200);
  return s;
}

PageSetup PageSpec::apply(const PageSetup& base) const {
  PageSetup p = base;
  auto [w, h] = paper_mm.value_or(
      std::pair{std::min(base.width_mm, base.height_mm), std::max(base.width_mm, base.height_mm)});
  p.landscape = landscape.value_or(base.landscape);
  p.width_mm = p.landscape ? h : w;
  p.height_mm = p.landscape ? w : h;
  p.margin_top_mm = top_mm.value_or(p.margin_top_mm);
  p.margin_bottom_mm = bottom_mm.value_or(p.margin_bottom_mm);
  p.margin_left_mm = left_mm.value_or(p.margin_left_mm);
  p.margin_right_mm = right_mm.value_or(p.margin_right_mm);
  apply_margin_text(header, p.header);
  apply_margin_text(footer, p.footer);
  if (first_page_numbers) {
    p.header.skip_first_page = !*first_page_numbers;
    p.footer.skip_first_page = !*first_page_numbers;
  }
  p.grid_lines = grid_lines.value_or(p.grid_lines);
  p.grid_chars = grid_chars.value_or(p.grid_chars);
  if (p.text_width_mm() < kMinTextMm || p.text_height_mm() < kMinTextMm) {
    throw TemplateError("page margins leave less than 20 mm for the text", loc);
  }
  return p;
}

}  // namespace formwork
