#include "docx/paragraph_xml.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "docx/docx_units.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

using docx_units::pt_to_twips;

const char* jc_value(Align align) {
  switch (align) {
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
    case Align::Justify:
      return "both";
    case Align::Left:
      break;
  }
  return "left";
}

std::string style_id(const Paragraph& para) {
  if (para.role == ParagraphRole::Title) return "Title";
  if (para.role == ParagraphRole::Heading) {
    return "Heading" + std::to_string(std::clamp(para.heading_level, 1, 4));
  }
  return "";
}

TextStyle mark_style(const Paragraph& para) {
  return para.runs.empty() ? TextStyle{} : para.runs.front().style;
}

void append_spacing(pugi::xml_node ppr, const Paragraph& para) {
  pugi::xml_node spacing = ppr.append_child("w:spacing");
  docx_xml::set_int(spacing, "w:before", pt_to_twips(para.space_before_pt));
  docx_xml::set_int(spacing, "w:after", pt_to_twips(para.space_after_pt));
  docx_xml::set_int(spacing, "w:line", std::lround(para.line_spacing * 240.0));
  spacing.append_attribute("w:lineRule") = "auto";
}

// Sets `<name>Chars` (hundredths of a character) and `<name>` (twips).
void set_indent(pugi::xml_node ind, const std::string& name, double em, double size_pt) {
  docx_xml::set_int(ind, name.c_str(), pt_to_twips(em * size_pt));
  docx_xml::set_int(ind, (name + "Chars").c_str(), std::lround(em * 100.0));
}

void append_indent(pugi::xml_node ppr, const Paragraph& para) {
  if (para.first_line_indent_em == 0 && para.left_indent_em == 0 && para.right_indent_em == 0) {
    return;
  }
  double size = mark_style(para).size_pt;
  pugi::xml_node ind = ppr.append_child("w:ind");
  if (para.left_indent_em != 0) set_indent(ind, "w:left", para.left_indent_em, size);
  if (para.right_indent_em != 0) set_indent(ind, "w:right", para.right_indent_em, size);
  if (para.first_line_indent_em > 0)
    set_indent(ind, "w:firstLine", para.first_line_indent_em, size);
  if (para.first_line_indent_em < 0) set_indent(ind, "w:hanging", -para.first_line_indent_em, size);
}

// A paragraph whose mark (and so its empty line) is 1 pt high.
pugi::xml_node append_tiny_paragraph(pugi::xml_node parent) {
  pugi::xml_node p = parent.append_child("w:p");
  pugi::xml_node ppr = p.append_child("w:pPr");
  pugi::xml_node spacing = ppr.append_child("w:spacing");
  spacing.append_attribute("w:before") = "0";
  spacing.append_attribute("w:after") = "0";
  spacing.append_attribute("w:line") = "20";
  spacing.append_attribute("w:lineRule") = "exact";
  TextStyle tiny;
  tiny.size_pt = 1;
  append_run_properties(ppr, tiny);
  return p;
}

}  // namespace

void append_paragraph(pugi::xml_node parent, const Paragraph& para, Align align) {
  pugi::xml_node p = parent.append_child("w:p");
  pugi::xml_node ppr = p.append_child("w:pPr");
  if (std::string id = style_id(para); !id.empty()) docx_xml::add_val(ppr, "w:pStyle", id);
  if (para.keep_with_next) ppr.append_child("w:keepNext");
  append_spacing(ppr, para);
  append_indent(ppr, para);
  docx_xml::add_val(ppr, "w:jc", jc_value(align));
  append_run_properties(ppr, mark_style(para));
  for (const Run& run : para.runs) append_run(p, run.text, run.style);
}

void append_page_break(pugi::xml_node parent) {
  pugi::xml_node p = append_tiny_paragraph(parent);
  p.append_child("w:r").append_child("w:br").append_attribute("w:type") = "page";
}

void append_spacer_paragraph(pugi::xml_node parent) { append_tiny_paragraph(parent); }

}  // namespace formwork
