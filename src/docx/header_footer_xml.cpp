#include "docx/header_footer_xml.h"

#include <algorithm>
#include <pugixml.hpp>
#include <string_view>

#include "docx/docx_units.h"
#include "docx/ooxml_names.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"
#include "model/page_pattern.h"

namespace formwork {

namespace {

using docx_units::pt_to_twips;
using docx_xml::add_val;
using docx_xml::set_int;

const char* jc_value(MarginSide side) {
  switch (side) {
    case MarginSide::Left:
      return "left";
    case MarginSide::Right:
      return "right";
    case MarginSide::Center:
      break;
  }
  return "center";
}

void append_paragraph_properties(pugi::xml_node p, const MarginText& text, MarginSide side,
                                 const TextStyle& style, const DocxFontNames& fonts) {
  pugi::xml_node ppr = p.append_child("w:pPr");
  add_val(ppr, "w:snapToGrid", "0");
  pugi::xml_node spacing = ppr.append_child("w:spacing");
  spacing.append_attribute("w:before") = "0";
  spacing.append_attribute("w:after") = "0";
  set_int(spacing, "w:line", std::max(1L, pt_to_twips(text.size_pt)));
  spacing.append_attribute("w:lineRule") = "exact";
  long indent = pt_to_twips(text.indent_em * text.size_pt);
  if (indent > 0 && side != MarginSide::Center) {
    set_int(ppr.append_child("w:ind"), side == MarginSide::Left ? "w:left" : "w:right", indent);
  }
  add_val(ppr, "w:jc", jc_value(side));
  append_run_properties(ppr, style, fonts);
}

// A field whose cached result ("1") shows until the reader updates it.
void append_field(pugi::xml_node p, const char* instruction, const TextStyle& style,
                  const DocxFontNames& fonts) {
  pugi::xml_node fld = p.append_child("w:fldSimple");
  fld.append_attribute("w:instr") = instruction;
  append_run(fld, "1", style, fonts);
}

void append_pattern(pugi::xml_node p, std::string_view pattern, const TextStyle& style,
                    const DocxFontNames& fonts) {
  for (const PagePatternPart& part : split_page_pattern(pattern)) {
    switch (part.kind) {
      case PagePatternPart::Kind::Page:
        append_field(p, " PAGE ", style, fonts);
        break;
      case PagePatternPart::Kind::Pages:
        append_field(p, " NUMPAGES ", style, fonts);
        break;
      case PagePatternPart::Kind::Text:
        append_run(p, part.text, style, fonts);
        break;
    }
  }
}

}  // namespace

std::string build_header_footer_xml(const MarginText* text, MarginSide side, bool header,
                                    const DocxFonts& fonts) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node root = xml.append_child(header ? "w:hdr" : "w:ftr");
  root.append_attribute("xmlns:w") = ooxml::kNsW;
  root.append_attribute("xmlns:r") = ooxml::kNsR;
  MarginText blank;
  blank.size_pt = 1;
  const MarginText& shown = (text && !text->empty()) ? *text : blank;
  TextStyle style;
  style.font_role = shown.font_role;
  style.size_pt = shown.size_pt;
  style.own_face_for_latin = shown.own_face_for_latin;
  DocxFontNames names = fonts.names(style.font_role);
  if (style.own_face_for_latin && !is_latin_role(style.font_role)) names.latin = names.east_asia;
  pugi::xml_node p = root.append_child("w:p");
  append_paragraph_properties(p, shown, side, style, names);
  append_pattern(p, shown.pattern, style, names);
  return docx_xml::serialize(xml);
}

}  // namespace formwork
