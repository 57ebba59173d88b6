#pragma once
#include <string>

#include "model/document.h"

namespace formwork {

/// Writes `doc` as an XLSX workbook with libxlsxwriter: one worksheet
/// (doc.sheet_name) holding the document's paragraphs and tables top to
/// bottom; merged ranges for colspan/rowspan, thin borders, number formats
/// such as "#,##0.00", formulas (R1C1 in the model, A1 in the file) with
/// their computed value cached; A4 print setup, fit to one page wide,
/// header rows repeated, centred. Text is always written as a string, never
/// as a formula. Fixed creation time, so output is byte-identical.
/// Written atomically. Throws IoError.
void write_xlsx(const Document& doc, const std::string& path);

}  // namespace formwork
