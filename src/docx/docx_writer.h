#pragma once
#include <string>

#include "model/document.h"

namespace formwork {

/// Writes `doc` as a WordprocessingML package (ECMA-376 Part 1): A4 page
/// setup (w:sectPr/w:pgSz, w:pgMar in twips), styles, paragraphs with
/// East Asian fonts (w:rFonts w:eastAsia), tables with w:gridCol widths,
/// w:gridSpan and w:vMerge, w:tblHeader on header rows, footer with PAGE
/// field. Zip entries carry a fixed timestamp so output is byte-identical.
/// Written atomically. Throws IoError.
void write_docx(const Document& doc, const std::string& path);

}  // namespace formwork
