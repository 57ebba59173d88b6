#include "docx/styles_xml.h"

#include <pugixml.hpp>
#include <string>

#include "docx/font_names.h"
#include "docx/ooxml_names.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

using docx_xml::add_val;

void append_doc_defaults(pugi::xml_node styles, const DocxFonts& fonts) {
  pugi::xml_node defaults = styles.append_child("w:docDefaults");
  pugi::xml_node rpr = defaults.append_child("w:rPrDefault").append_child("w:rPr");
  DocxFontNames song = fonts.names("song");
  pugi::xml_node rfonts = rpr.append_child("w:rFonts");
  rfonts.append_attribute("w:ascii") = song.latin.c_str();
  rfonts.append_attribute("w:hAnsi") = song.latin.c_str();
  rfonts.append_attribute("w:eastAsia") = song.east_asia.c_str();
  rfonts.append_attribute("w:cs") = song.latin.c_str();
  add_val(rpr, "w:sz", "24");
  add_val(rpr, "w:szCs", "24");
  pugi::xml_node lang = add_val(rpr, "w:lang", "en-US");
  lang.append_attribute("w:eastAsia") = "zh-CN";
  lang.append_attribute("w:bidi") = "ar-SA";
  pugi::xml_node ppr = defaults.append_child("w:pPrDefault").append_child("w:pPr");
  // No automatic space between Han and Latin or digits (Word's default adds
  // a quarter em): GB/T 9704 text has none and the PDF layout adds none.
  // Schema order (ECMA-376 Part 1 §17.3.1.26): autoSpaceDE, autoSpaceDN,
  // then spacing.
  ppr.append_child("w:autoSpaceDE").append_attribute("w:val") = "0";
  ppr.append_child("w:autoSpaceDN").append_attribute("w:val") = "0";
  pugi::xml_node spacing = ppr.append_child("w:spacing");
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

// Title and headings: keep-with-next is left to each paragraph (the model
// decides it), so the style does not force it.
void append_paragraph_style(pugi::xml_node styles, const char* id, const char* name,
                            int outline_level, bool centred, const TextStyle& run,
                            const DocxFonts& fonts) {
  pugi::xml_node style = append_style(styles, "paragraph", id, name, false);
  add_val(style, "w:basedOn", "Normal");
  add_val(style, "w:next", "Normal");
  style.append_child("w:qFormat");
  pugi::xml_node ppr = style.append_child("w:pPr");
  if (centred) add_val(ppr, "w:jc", "center");
  if (outline_level >= 0) add_val(ppr, "w:outlineLvl", std::to_string(outline_level));
  append_run_properties(style, run, fonts.names(run.font_role));
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

std::string build_styles_xml(const DocumentStyles& doc_styles, const DocxFonts& fonts) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node styles = xml.append_child("w:styles");
  styles.append_attribute("xmlns:w") = ooxml::kNsW;
  styles.append_attribute("xmlns:r") = ooxml::kNsR;
  append_doc_defaults(styles, fonts);
  pugi::xml_node normal = append_style(styles, "paragraph", "Normal", "Normal", true);
  normal.append_child("w:qFormat");
  pugi::xml_node normal_ppr = normal.append_child("w:pPr");
  normal_ppr.append_child("w:widowControl");
  // Repeated on Normal for readers that take paragraph defaults from the
  // style rather than from docDefaults.
  normal_ppr.append_child("w:autoSpaceDE").append_attribute("w:val") = "0";
  normal_ppr.append_child("w:autoSpaceDN").append_attribute("w:val") = "0";
  append_run_properties(normal, doc_styles.normal, fonts.names(doc_styles.normal.font_role));
  append_paragraph_style(styles, "Title", "Title", -1, true, doc_styles.title, fonts);
  const char* names[] = {"heading 1", "heading 2", "heading 3", "heading 4"};
  for (int level = 1; level <= 4; ++level) {
    std::string id = "Heading" + std::to_string(level);
    append_paragraph_style(styles, id.c_str(), names[level - 1], level - 1, false,
                           doc_styles.heading[static_cast<size_t>(level - 1)], fonts);
  }
  append_table_styles(styles);
  return docx_xml::serialize(xml);
}

}  // namespace formwork
