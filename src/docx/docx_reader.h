#pragma once
// Reading a WordprocessingML package into the document model, so a DOCX
// template renders to PDF, TXT and XLSX through the same writers as the XML
// templates (docs/office-templates.md "What the reader keeps").
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace formwork {

/// The model of one .docx and what it could not represent.
struct DocxReading {
  Document document;
  /// One message per kind of content the model cannot represent (e.g.
  /// "text boxes are not printed in PDF, TXT and XLSX (2 in
  /// word/document.xml)"), never one per occurrence; empty when all was read.
  std::vector<std::string> warnings;
};

/// Builds the model from the bytes of a .docx (ECMA-376 Part 1): paragraph
/// and character properties resolved through the style chain (docDefaults,
/// w:pStyle/w:rStyle basedOn, direct formatting; §17.7.2), font names
/// mapped to font roles (宋体 → song, 仿宋/仿宋_GB2312 → fangsong, 楷体 →
/// kai, 黑体 → hei, 方正小标宋 → xbs, Times New Roman → serif, Arial →
/// sans), tables with w:tblGrid widths, w:gridSpan, w:vMerge, borders,
/// shading and header rows, sections with page size and margins in twips →
/// mm (w:sectPr), header and footer page-number fields (PAGE, NUMPAGES) as
/// MarginText, drawings (DrawingML pictures, inline and anchored) as
/// Pictures, w:br and w:tab. Throws IoError for bytes that are not a .docx
/// and TemplateError for a malformed part, naming the part.
DocxReading read_docx(std::string_view package);

}  // namespace formwork
