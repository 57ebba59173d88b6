#pragma once
// The main document part, word/document.xml (ECMA-376 Part 1 §17.2).
#include <string>

#include "docx/document_styles.h"
#include "docx/font_names.h"
#include "docx/header_footer_plan.h"
#include "docx/media_parts.h"
#include "model/document.h"

namespace formwork {

/// word/document.xml for `doc`: w:document/w:body holding the blocks in
/// order (paragraphs, tables, page breaks), section by section
/// (split_sections): every section but the last ends with its w:sectPr in
/// the w:pPr of its last paragraph (an empty 1 pt paragraph after a
/// closing table), the last one's w:sectPr closes the body (§17.6.17). A
/// page break right before a section break or right after one is dropped:
/// the section already starts a new page. A page break followed by a
/// paragraph becomes that paragraph's w:pageBreakBefore (no empty line at
/// the top of the page); otherwise a 1 pt paragraph holding <w:br
/// w:type="page"/>. Tables take their section's
/// text width; paragraphs of a section with a line grid take whole grid
/// lines. `headers` gives each section's header/footer references,
/// `styles` the Normal size the grid is computed for. Pictures become
/// drawings (drawing_xml.h) whose images `media` collects, in order of
/// first use, for the caller to store and relate; the root then declares
/// the drawing namespaces. Throws std::invalid_argument for a table whose
/// cells overflow its columns.
std::string build_document_xml(const Document& doc, const DocumentStyles& styles,
                               const HeaderFooterPlan& headers, const DocxFonts& fonts,
                               DocxMedia& media);

}  // namespace formwork
