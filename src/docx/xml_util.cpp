#include "docx/xml_util.h"

#include <utility>

namespace formwork::docx_xml {

void add_declaration(pugi::xml_document& doc) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
}

namespace {

/// Collects pugixml's output straight into a string (an ostringstream would
/// hold the part twice).
struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override {
    out.append(static_cast<const char*>(data), size);
  }
};

}  // namespace

std::string serialize(const pugi::xml_document& doc) {
  StringWriter writer;
  doc.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
  return std::move(writer.out);
}

std::string serialize_node(pugi::xml_node node) {
  StringWriter writer;
  node.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
  return std::move(writer.out);
}

pugi::xml_node add_val(pugi::xml_node parent, const char* name, const std::string& value,
                       const char* val_attr) {
  pugi::xml_node node = parent.append_child(name);
  node.append_attribute(val_attr) = value.c_str();
  return node;
}

void set_int(pugi::xml_node node, const char* name, long value) {
  node.append_attribute(name) = std::to_string(value).c_str();
}

}  // namespace formwork::docx_xml
