#include "template/style.h"

#include <algorithm>

namespace formwork {

namespace {

constexpr double kMaxFontSizePt = 400;

}  // namespace

void apply_font_role(const Attributes& attrs, const std::string& name, TextStyle& text) {
  if (auto font = attrs.choice<std::string>(name, {{"song", "song"},
                                                   {"fangsong", "fangsong"},
                                                   {"kai", "kai"},
                                                   {"hei", "hei"},
                                                   {"xbs", "xbs"},
                                                   {"serif", "serif"},
                                                   {"sans", "sans"}})) {
    text.font_role = *font;
  }
}

void apply_text_style(const Attributes& attrs, TextStyle& text) {
  apply_font_role(attrs, "font", text);
  if (auto size = attrs.number("size", 1, kMaxFontSizePt)) text.size_pt = *size;
  if (auto b = attrs.boolean("bold")) text.bold = *b;
  if (auto i = attrs.boolean("italic")) text.italic = *i;
  if (auto u = attrs.boolean("underline")) text.underline = *u;
  if (auto c = attrs.color("color")) text.color = *c;
}

namespace {

// An indent attribute: a number of em, or a placeholder kept in `dynamic`.
std::optional<double> indent(const Attributes& attrs, std::string_view name, double min,
                             std::optional<Expression>* dynamic) {
  auto v = attrs.get(name);
  if (v && v->find("{{") != std::string_view::npos) {
    if (dynamic == nullptr) attrs.fail(name, "may be a placeholder only on paragraphs");
    *dynamic = attrs.expression(name);
    return std::nullopt;
  }
  return attrs.number(name, min, 50);
}

}  // namespace

void apply_paragraph_style(const Attributes& attrs, BaseStyle& style, DynamicIndents* dynamic) {
  apply_text_style(attrs, style.text);
  Paragraph& p = style.paragraph;
  if (auto a = attrs.choice<Align>("align", {{"left", Align::Left},
                                             {"center", Align::Center},
                                             {"right", Align::Right},
                                             {"justify", Align::Justify}})) {
    p.align = *a;
  }
  if (auto v = indent(attrs, "indent", -50, dynamic ? &dynamic->first_line : nullptr)) {
    p.first_line_indent_em = *v;
  }
  if (auto v = indent(attrs, "left-indent", 0, dynamic ? &dynamic->left : nullptr)) {
    p.left_indent_em = *v;
  }
  if (auto v = indent(attrs, "right-indent", 0, dynamic ? &dynamic->right : nullptr)) {
    p.right_indent_em = *v;
  }
  if (auto v = attrs.number("space-before", 0, 1000)) p.space_before_pt = *v;
  if (auto v = attrs.number("space-after", 0, 1000)) p.space_after_pt = *v;
  if (auto v = attrs.number("line-spacing", 0.5, 5)) p.line_spacing = *v;
  if (auto v = attrs.boolean("keep-with-next")) p.keep_with_next = *v;
  if (auto v = attrs.boolean("widow-control")) p.widow_control = *v;
}

BaseStyle role_defaults(const BaseStyle& base, ParagraphRole role, int heading_level) {
  BaseStyle s = base;
  s.paragraph.role = role;
  switch (role) {
    case ParagraphRole::Title:
      s.text.font_role = "xbs";
      s.text.size_pt = 18;
      s.text.bold = true;
      s.paragraph.align = Align::Center;
      s.paragraph.space_after_pt = 12;
      s.paragraph.keep_with_next = true;  // a title never ends a page
      break;
    case ParagraphRole::Heading: {
      static const char* const kFonts[] = {"hei", "kai", "fangsong", "fangsong"};
      s.paragraph.heading_level = heading_level;
      s.text.font_role = kFonts[std::clamp(heading_level, 1, 4) - 1];
      s.text.size_pt = 16;
      s.text.bold = heading_level == 3;
      s.paragraph.keep_with_next = true;
      break;
    }
    case ParagraphRole::Signature:
      s.paragraph.align = Align::Right;
      s.paragraph.keep_with_next = false;
      break;
    case ParagraphRole::Body:
    case ParagraphRole::Note:
      break;
  }
  return s;
}

}  // namespace formwork
