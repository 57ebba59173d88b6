#include "layout/rule_layout.h"

#include <algorithm>

namespace formwork {

namespace {

// x of a rule `length` pt long in the measure [x0, x0 + avail] (pt).
double rule_start(Align align, double x0, double avail, double length) {
  switch (align) {
    case Align::Center:
      return x0 + (avail - length) / 2;
    case Align::Right:
      return x0 + avail - length;
    case Align::Left:
    case Align::Justify:
      break;
  }
  return x0;
}

}  // namespace

ParagraphBox layout_rule_paragraph(const Paragraph& p, double left_x, double width, Align align,
                                   const DocGrid& grid) {
  const HorizontalRule& rule = *p.rule;
  double em = indent_unit(p, grid);
  double x0 = left_x + p.left_indent_em * em;
  double avail = std::max(0.0, width - (p.left_indent_em + p.right_indent_em) * em);
  double length = rule.length_mm > 0 ? mm_to_pt(rule.length_mm) : avail;
  double x1 = rule_start(align, x0, avail, length);
  double thickness = std::max(0.0, rule.thickness_pt);

  LineBox line;
  line.height = thickness;
  line.extras.emplace_back(
      Rule{x1, thickness / 2, x1 + length, thickness / 2, thickness, rule.color, true});

  ParagraphBox box;
  box.space_before = p.space_before_pt;
  box.space_after = p.space_after_pt;
  box.keep_with_next = p.keep_with_next;
  box.widow_control = p.widow_control;
  box.snap_after = grid.has_lines();
  box.lines.push_back(std::move(line));
  return box;
}

}  // namespace formwork
