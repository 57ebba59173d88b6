#include "docx/document_xml.h"

#include <pugixml.hpp>
#include <type_traits>
#include <variant>

#include "docx/ooxml_names.h"
#include "docx/paragraph_xml.h"
#include "docx/section_xml.h"
#include "docx/table_xml.h"
#include "docx/xml_util.h"

namespace formwork {

namespace {

void append_block(pugi::xml_node body, const Block& block, long text_width) {
  std::visit(
      [&](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Paragraph>) {
          append_paragraph(body, b, b.align);
        } else if constexpr (std::is_same_v<T, Table>) {
          append_table(body, b, text_width);
        } else {
          append_page_break(body);
        }
      },
      block);
}

}  // namespace

std::string build_document_xml(const Document& doc, bool has_footer) {
  pugi::xml_document xml;
  docx_xml::add_declaration(xml);
  pugi::xml_node root = xml.append_child("w:document");
  root.append_attribute("xmlns:w") = ooxml::kNsW;
  root.append_attribute("xmlns:r") = ooxml::kNsR;
  pugi::xml_node body = root.append_child("w:body");
  long text_width = page_geometry(doc.page).text_width();
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    append_block(body, doc.blocks[i], text_width);
    bool table = std::holds_alternative<Table>(doc.blocks[i]);
    bool next_is_paragraph =
        i + 1 < doc.blocks.size() && !std::holds_alternative<Table>(doc.blocks[i + 1]);
    if (table && !next_is_paragraph) append_spacer_paragraph(body);
  }
  append_section_properties(body, doc.page, has_footer);
  return docx_xml::serialize(xml);
}

}  // namespace formwork
