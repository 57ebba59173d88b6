#pragma once
// Small pugixml helpers shared by the DOCX part builders. All element and
// attribute text goes through pugixml, which escapes < & > " for us.
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace formwork::docx_xml {

/// A new document holding `<?xml version="1.0" encoding="UTF-8"
/// standalone="yes"?>` (the declaration Word writes for every part).
void add_declaration(pugi::xml_document& doc);

/// The document as UTF-8 bytes, unindented (format_raw), deterministic.
std::string serialize(const pugi::xml_document& doc);

/// One element and its content as serialize() writes them, without a
/// declaration.
std::string serialize_node(pugi::xml_node node);

/// Appends `<name val_attr="value"/>` to `parent`, e.g. val(pPr, "w:jc",
/// "center") gives <w:jc w:val="center"/>; returns the new element.
pugi::xml_node add_val(pugi::xml_node parent, const char* name, const std::string& value,
                       const char* val_attr = "w:val");

/// Sets attribute `name` to the decimal form of `value`.
void set_int(pugi::xml_node node, const char* name, long value);

}  // namespace formwork::docx_xml
