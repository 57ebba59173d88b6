#pragma once
// XLSX templates behind the Template interface (private to the template
// module): rendering through the filled workbook and the XLSX reader.
#include "model/document.h"
#include "model/value.h"
#include "xlsx/xlsx_template.h"

namespace formwork {

/// The document for one record of an XLSX template: the workbook filled
/// (XlsxTemplate::fill, cached values computed), its model read back
/// (read_xlsx) for the PDF, TXT and DOCX writers, and the filled workbook
/// itself kept as Document::source_xlsx for the XLSX writer. Title and
/// sheet name are the reader's (dc:title, the first worksheet's name) or
/// else `name`, the template's name. Throws as XlsxTemplate::fill does.
Document render_xlsx(const XlsxTemplate& xlsx, const std::string& name, const Value& record);

}  // namespace formwork
