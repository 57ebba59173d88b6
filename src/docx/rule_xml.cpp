#include "docx/rule_xml.h"

#include <algorithm>
#include <cmath>

#include "docx/docx_units.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"

namespace formwork {

RuleIndents rule_indents(const HorizontalRule& rule, Align align, long available_width, long left,
                         long right) {
  RuleIndents ind{left, right};
  long room = available_width - left - right;
  long length = docx_units::mm_to_twips(rule.length_mm);
  if (rule.length_mm <= 0 || length >= room) return ind;
  long spare = room - length;
  switch (align) {
    case Align::Center:
      ind.left += spare / 2;
      ind.right += spare - spare / 2;
      break;
    case Align::Right:
      ind.left += spare;
      break;
    case Align::Left:
    case Align::Justify:
      ind.right += spare;
      break;
  }
  return ind;
}

long border_eighths(double thickness_pt) {
  return std::clamp(std::lround(thickness_pt * 8.0), 2L, 96L);
}

void append_rule_border(pugi::xml_node ppr, const HorizontalRule& rule) {
  pugi::xml_node bottom = docx_xml::add_val(ppr.append_child("w:pBdr"), "w:bottom", "single");
  docx_xml::set_int(bottom, "w:sz", border_eighths(rule.thickness_pt));
  bottom.append_attribute("w:space") = "0";
  bottom.append_attribute("w:color") = hex_color(rule.color).c_str();
}

}  // namespace formwork
