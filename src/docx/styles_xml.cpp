#include "docx/styles_xml.h"

#include <pugixml.hpp>
#include <string>

#include "docx/font_names.h"
#include "docx/ooxml_names.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

using docx_xml::add_val;

void append_doc_defaults(pugi::xml_node styles) {
  pugi::xml_node defaults = styles.append_child("w:docDefaults");
  pugi::xml_node rpr = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  DocxFontNames song = docx_font_names("song");
  pugi::xml_node fonts = rpr.append_child("w:rFonts");
  fonts.append_attribute("w:ascii") = song.latin;
  fonts.append_attribute("w:hAnsi") = song.latin;
  fonts.append_attribute("w:eastAsia") = song.east_asia;
  fonts.append_attribute("w:cs") = song.latin;
  add_val(rpr, "w:sz", "24");
  add_val(rpr, "w:szCs", "24");
  pugi::xml_node lang = add_val(rpr, "w:lang", "en-US");
  lang.append_attribute("w:eastAsia") = "zh-CN";
  lang.append_attribute("w:bidi") = "ar-SA";
  pugi::xml_node spacing =
      defaults.append_child("w:pPrDefault").append_child("w:pPr").append_child("w:spacing");
  spacing.append_attribute("w:after") = "0";
  spacing.append_attribute("w:line") = "240";
  spacing.append_attribute("w:lineRule") = "auto";
}

pugi::xml_node append_style(pugi::xml_node styles, const char* type, const char* id,
                            const char* name, bool is_default) {
  pugi::xml_node style = styles.append_child("w:style");
  style.append_attribute("w:type") = type;
  if (is_default) style.append_attribute("w:default") = "1";
  style.append_attribute("w:styleId") = id;
  add_val(style, "w:name", name);
  return style;
}

void append_paragraph_style(pugi::xml_node styles, const char* id, const char* name,
                            int outline_level, bool centred) {
  pugi::xml_node style = append_style(styles, "paragraph", id, name, false);
  add_val(style, "w:basedOn", "Normal");
  add_val(style, "w:next", "Normal");
  style.append_child("w:qFormat");
  pugi::xml_node ppr = style.append_child("w:pPr");
  ppr.append_child("w:keepNext");
  if (centred) add_val(ppr, "w:jc", "center");
  if (outline_level >= 0) add_val(ppr, "w:outlineLvl", std::to_string(outline_level));
}

void append_table_styles(pugi::xml_node styles) {
  pugi::xml_node normal = append_style(styles, "table", "TableNormal", "Normal Table", true);
  normal.append_child("w:uiPriority").append_attribute("w:val") = "99";
  normal.append_child("w:semiHidden");
  pugi::xml_node mar = normal.append_child("w:tblPr").append_child("w:tblCellMar");
  // Word's own defaults: 0 above and below, 0.19 cm (108 twips) at the sides.
  const char* sides[][2] = {
      {"w:top", "0"}, {"w:left", "108"}, {"w:bottom", "0"}, {"w:right", "108"}};
  for (const auto& [side, twips] : sides) {
    pugi::xml_node w = mar.append_child(side);
    w.append_attribute("w:w") = twips;
    w.append_attribute("w:type") = "dxa";
  }
  pugi::xml_node grid = append_style(styles, "table", "TableGrid", "Table Grid", false);
  add_val(grid, "w:basedOn", "TableNormal");
  pugi::xml_node borders = grid.append_child("w:tblPr").append_child("w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node b = add_val(borders, side, "single");
    b.append_attribute("w:sz") = "4";
    b.append_attribute("w:space") = "0";
    b.append_attribute("w:color") = "auto";
  }
}

}  // namespace

std::string build_styles_xml() {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node styles = xml.append_child("w:styles");
  styles.append_attribute("xmlns:w") = ooxml::kNsW;
  styles.append_attribute("xmlns:r") = ooxml::kNsR;
  append_doc_defaults(styles);
  pugi::xml_node normal = append_style(styles, "paragraph", "Normal", "Normal", true);
  normal.append_child("w:qFormat");
  append_paragraph_style(styles, "Title", "Title", -1, true);
  const char* names[] = {"heading 1", "heading 2", "heading 3", "heading 4"};
  for (int level = 1; level <= 4; ++level) {
    std::string id = "Heading" + std::to_string(level);
    append_paragraph_style(styles, id.c_str(), names[level - 1], level - 1, false);
  }
  append_table_styles(styles);
  return docx_xml::serialize(xml);
}

}  // namespace formwork
