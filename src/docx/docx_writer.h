#pragma once
#include <map>
#include <string>

#include "model/document.h"

namespace formwork {

/// Choices for the DOCX writer beyond the document itself.
struct DocxOptions {
  /// Font face names by role from the user's font configuration (role →
  /// face name, e.g. {"fangsong", "仿宋_GB2312"}, {"xbs", "方正小标宋简体"}):
  /// they replace the built-in Windows names in w:rFonts — the East Asian
  /// face for CJK roles, the Latin face for "serif" and "sans". Roles given
  /// as font files have no face name here and are left out by the caller.
  std::map<std::string, std::string> font_faces;
};

/// Writes `doc` as a WordprocessingML package (ECMA-376 Part 1): one
/// section per page setup (w:sectPr with w:pgSz, w:pgMar in twips, the
/// document grid), headers and footers with PAGE / NUMPAGES fields and
/// odd/even placement, styles derived from the document (Normal, Title,
/// Heading1..4 with outline levels), paragraphs with exact line heights
/// and East Asian fonts (w:rFonts w:eastAsia), rules as paragraph borders,
/// tables with fixed w:gridCol widths, w:gridSpan and w:vMerge, w:tblHeader
/// on header rows, pictures as DrawingML drawings (inline or floating in
/// front of the text) with each distinct image stored once under
/// word/media/. Zip entries carry a fixed timestamp so output is
/// byte-identical. Written atomically. Throws IoError, and
/// std::invalid_argument for a table whose cells overflow its columns or
/// an unknown role in options.font_faces.
void write_docx(const Document& doc, const std::string& path, const DocxOptions& options = {});

/// The bytes write_docx writes (the whole ZIP package), for a caller that
/// stages a record's files itself. A document read from a filled DOCX
/// template (Document::source_docx) is written as that package. Throws as write_docx does, except
/// IoError.
std::string docx_bytes(const Document& doc, const DocxOptions& options = {});

}  // namespace formwork
