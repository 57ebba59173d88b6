#include "docx/run_xml.h"

#include <cstdio>
#include <string>

#include "docx/docx_units.h"
#include "docx/font_names.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

std::string hex_color(unsigned rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06X", rgb & 0xFFFFFFu);
  return buf;
}

void append_text(pugi::xml_node r, const std::string& text) {
  pugi::xml_node t = r.append_child("w:t");
  t.append_attribute("xml:space") = "preserve";
  t.text().set(text.c_str());
}

}  // namespace

void append_run_properties(pugi::xml_node parent, const TextStyle& style) {
  pugi::xml_node rpr = parent.append_child("w:rPr");
  DocxFontNames fonts = docx_font_names(style.font_role);
  pugi::xml_node rfonts = rpr.append_child("w:rFonts");
  rfonts.append_attribute("w:ascii") = fonts.latin;
  rfonts.append_attribute("w:hAnsi") = fonts.latin;
  rfonts.append_attribute("w:eastAsia") = fonts.east_asia;
  rfonts.append_attribute("w:cs") = fonts.latin;
  if (style.bold) {
    rpr.append_child("w:b");
    rpr.append_child("w:bCs");
  }
  if (style.italic) {
    rpr.append_child("w:i");
    rpr.append_child("w:iCs");
  }
  if ((style.color & 0xFFFFFFu) != 0) docx_xml::add_val(rpr, "w:color", hex_color(style.color));
  std::string half_points = std::to_string(docx_units::pt_to_half_points(style.size_pt));
  docx_xml::add_val(rpr, "w:sz", half_points);
  docx_xml::add_val(rpr, "w:szCs", half_points);
  if (style.underline) docx_xml::add_val(rpr, "w:u", "single");
}

void append_run(pugi::xml_node p, std::string_view text, const TextStyle& style) {
  pugi::xml_node r = p.append_child("w:r");
  append_run_properties(r, style);
  std::string pending;
  for (char ch : text) {
    if (ch == '\n' || ch == '\t') {
      if (!pending.empty()) append_text(r, pending);
      pending.clear();
      r.append_child(ch == '\n' ? "w:br" : "w:tab");
    } else if (static_cast<unsigned char>(ch) >= 0x20) {
      pending += ch;  // bytes of multi-byte UTF-8 sequences are all >= 0x80
    }
  }
  if (!pending.empty()) append_text(r, pending);
}

}  // namespace formwork
