#include "docx/footer_xml.h"

#include <pugixml.hpp>
#include <string_view>

#include "docx/ooxml_names.h"
#include "docx/paragraph_xml.h"
#include "docx/run_xml.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

TextStyle footer_style() {
  TextStyle s;
  s.font_role = "song";
  s.size_pt = 14;
  return s;
}

// A field whose cached result ("1") shows until the reader updates it.
void append_field(pugi::xml_node p, const char* instruction) {
  pugi::xml_node fld = p.append_child("w:fldSimple");
  fld.append_attribute("w:instr") = instruction;
  append_run(fld, "1", footer_style());
}

}  // namespace

std::string build_footer_xml(const std::string& pattern) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node ftr = xml.append_child("w:ftr");
  ftr.append_attribute("xmlns:w") = ooxml::kNsW;
  ftr.append_attribute("xmlns:r") = ooxml::kNsR;
  Paragraph para;
  para.line_spacing = 1.0;
  para.runs.push_back({"", footer_style()});  // sets the paragraph mark's style
  append_paragraph(ftr, para, Align::Center);
  pugi::xml_node p = ftr.last_child();
  p.remove_child(p.last_child());  // the empty placeholder run

  std::string_view rest = pattern;
  while (!rest.empty()) {
    size_t at = rest.find('{');
    std::string_view literal = rest.substr(0, at);
    if (!literal.empty()) append_run(p, literal, footer_style());
    if (at == std::string_view::npos) break;
    rest.remove_prefix(at);
    if (rest.starts_with("{pages}")) {
      append_field(p, " NUMPAGES ");
      rest.remove_prefix(7);
    } else if (rest.starts_with("{page}")) {
      append_field(p, " PAGE ");
      rest.remove_prefix(6);
    } else {
      append_run(p, "{", footer_style());
      rest.remove_prefix(1);
    }
  }
  return docx_xml::serialize(xml);
}

}  // namespace formwork
