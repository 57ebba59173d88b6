#pragma once
// Reading a workbook into the document model (issue: XLSX templates print
// through the PDF, DOCX and TXT writers): the filled workbook of an XLSX
// template becomes paragraphs and tables as a spreadsheet prints them.
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace formwork {

/// What the reader made of a workbook: the model, and one warning per kind
/// of content it cannot show, worded for the form's author.
struct WorkbookReading {
  Document document;
  std::vector<std::string> warnings;
};

/// Reads the .xlsx held in `bytes` (ECMA-376 Part 1: §18.2 workbook, §18.3
/// worksheets, §18.4 shared strings, §18.8 styles). Every visible
/// worksheet, in the workbook's order, is one section: the first gives
/// Document::page and sheet_name, each further one a SectionBreak with its
/// name. A section holds the sheet's print area (_xlnm.Print_Area, §18.2.5)
/// or else its used range, hidden rows and columns left out as a
/// spreadsheet prints them, turned into blocks by sheet_blocks
/// (sheet_grid.h). Cells show what a spreadsheet shows: shared and inline
/// strings (rich text as runs with their fonts), numbers through their
/// number format (shown_value.h), formula cells their cached value,
/// TRUE/FALSE, error values as written. Fonts map to the model's roles
/// (font_role_names.h); bold, italic, underline, size and colour are
/// kept; alignment, vertical alignment and solid fills (Cell::shaded) too.
/// Page: pageSetup paperSize (§18.3.1.63: Letter, Legal, A3, A4, A5, B4,
/// B5; else A4) and orientation, pageMargins (inches → mm), oddHeader and
/// oddFooter as one line each (header_footer_text.h). Document::title is
/// docProps/core.xml's dc:title, or empty. Hidden sheets, pictures and
/// charts, comments, conditional formats, fonts of no role, first-page and
/// even-page headers are named in `warnings`, once per kind. Throws
/// IoError when `bytes` are not a ZIP package, TemplateError naming the
/// part when a part is missing or not well-formed XML.
WorkbookReading read_workbook(std::string_view bytes);

}  // namespace formwork
