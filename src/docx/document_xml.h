#pragma once
// The main document part, word/document.xml (ECMA-376 Part 1 §17.2).
#include <string>

#include "model/document.h"

namespace formwork {

/// word/document.xml for `doc`: w:document/w:body holding the blocks in
/// order (paragraphs, tables, page breaks) and the final w:sectPr;
/// `has_footer` adds the w:footerReference. Throws std::invalid_argument
/// for a table whose cells overflow its columns.
std::string build_document_xml(const Document& doc, bool has_footer);

}  // namespace formwork
