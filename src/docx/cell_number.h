#pragma once
// Numbers shown in DOCX table cells, given to the model as CellValue so the
// XLSX of a DOCX template holds numbers a spreadsheet can sum, as the XLSX
// of an XML template does (model/document.h CellValue).
#include <string_view>

#include "model/document.h"

namespace formwork {

/// The CellValue of a cell whose whole text is `text` (spaces, U+3000 and
/// no-break spaces around it ignored): a number only when the text is
/// unmistakably one — grouped thousands ("12,000", "-1,234.50" → format
/// "#,##0" / "#,##0.00"), decimals ("7.5", "0.10" → "0.0", "0.00") or a
/// percentage ("95%", "34.50%" → 0.95 "0%", 0.345 "0.00%") — with at most
/// 15 significant digits (what XLSX keeps). Plain digit strings (years,
/// codes, telephone and ID numbers) and anything else stay text: an empty
/// CellValue.
CellValue cell_value_from_text(std::string_view text);

}  // namespace formwork
