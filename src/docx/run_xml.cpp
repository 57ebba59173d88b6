#include "docx/run_xml.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "docx/docx_units.h"
#include "docx/xml_util.h"
#include "util/forbidden_chars.h"

namespace formwork {

namespace {}  // namespace

std::string hex_color(unsigned rgb) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06X", rgb & 0xFFFFFFu);
  return buf;
}

void append_run_properties(pugi::xml_node parent, const TextStyle& style,
                           const DocxFontNames& fonts, long spacing_twips) {
  pugi::xml_node rpr = parent.append_child("w:rPr");
  pugi::xml_node rfonts = rpr.append_child("w:rFonts");
  rfonts.append_attribute("w:ascii") = fonts.latin.c_str();
  rfonts.append_attribute("w:hAnsi") = fonts.latin.c_str();
  rfonts.append_attribute("w:eastAsia") = fonts.east_asia.c_str();
  rfonts.append_attribute("w:cs") = fonts.latin.c_str();
  if (style.bold) {
    rpr.append_child("w:b");
    rpr.append_child("w:bCs");
  }
  if (style.italic) {
    rpr.append_child("w:i");
    rpr.append_child("w:iCs");
  }
  if ((style.color & 0xFFFFFFu) != 0) docx_xml::add_val(rpr, "w:color", hex_color(style.color));
  if (spacing_twips != 0) docx_xml::add_val(rpr, "w:spacing", std::to_string(spacing_twips));
  std::string half_points = std::to_string(docx_units::pt_to_half_points(style.size_pt));
  docx_xml::add_val(rpr, "w:sz", half_points);
  docx_xml::add_val(rpr, "w:szCs", half_points);
  if (style.underline) docx_xml::add_val(rpr, "w:u", "single");
}

void append_run(pugi::xml_node p, std::string_view text, const TextStyle& style,
                const DocxFontNames& fonts, long spacing_twips, DeferredRuns* deferred) {
  pugi::xml_node r = p.append_child("w:r");
  append_run_properties(r, style, fonts, spacing_twips);
  if (deferred != nullptr && text.size() >= DeferredRuns::kMinLength) {
    deferred->defer(r, text);
    return;
  }
  std::string storage;
  append_run_content(r, clean_text(text, storage));
}

}  // namespace formwork
