#pragma once
// DOCX templates behind the Template interface (private to the template
// module): loading beside its schema and checks, rendering through the
// filled package and the DOCX reader.
#include "docx/docx_template.h"
#include "model/document.h"
#include "model/value.h"

namespace formwork {

/// The document for one record of a DOCX template: the package filled
/// (DocxTemplate::fill), its model read back (read_docx) for the PDF, TXT
/// and XLSX writers, and the filled package itself kept as
/// Document::source_docx for the DOCX writer. Title and sheet name are the
/// reader's (the package's dc:title) or else `name`, the template's name.
/// Throws as DocxTemplate::fill does.
Document render_docx(const DocxTemplate& docx, const std::string& name, const Value& record);

}  // namespace formwork
