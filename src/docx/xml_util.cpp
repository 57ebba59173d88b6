#include "docx/xml_util.h"

#include <sstream>

namespace formwork::docx_xml {

void add_declaration(pugi::xml_document& doc) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
}

std::string serialize(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node add_val(pugi::xml_node parent, const char* name, const std::string& value,
                       const char* val_attr) {
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute(val_attr) = value.c_str();
  return node;
}

std::string xml_safe(std::string_view text) {
  std::string out;
  for (char ch : text) {
    // Bytes of multi-byte UTF-8 sequences are all >= 0x80, never dropped.
    if (static_cast<unsigned char>(ch) >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
      out += ch;
    }
  }
  return out;
}

void set_int(pugi::xml_node node, const char* name, long value) {
  node.append_attribute(name) = std::to_string(value).c_str();
}

}  // namespace formwork::docx_xml
