#pragma once
// Reading a SpreadsheetML package into the document model, so a filled XLSX
// template prints to PDF, DOCX and TXT through the same writers as the XML
// templates (docs/office-templates.md "Workbooks made in Excel or WPS").
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace formwork {

/// What the XLSX reader made of a workbook: the model and one warning per
/// kind it cannot show.
struct XlsxReading {
  Document document;
  /// One message per kind of content the model cannot show, worded for the
  /// form's author (e.g. "charts are not printed (1 on sheet 汇总)"), never
  /// one per occurrence; empty when all was read.
  std::vector<std::string> warnings;
};

/// Builds the model from the bytes of an .xlsx (ECMA-376 Part 1) as Excel
/// prints it:
/// - sheets in workbook order (§18.2.19 sheet); hidden ones are left out
///   and named in one warning. The first visible sheet gives
///   Document::page and sheet_name, each further one a SectionBreak with
///   its page and name, then its blocks. Document::title is
///   docProps/core.xml dc:title, or empty (the caller fills it);
/// - page (§18.3.1.63 pageSetup, §18.3.1.62 pageMargins in inches → mm,
///   §18.3.1.46 headerFooter with §18.3.1.36 codes): sheet_page.h;
/// - printed cells: the print area (_xlnm.Print_Area, §18.2.5) or the used
///   range (cells with text or a border), hidden rows and columns left out
///   (print_area.h); column widths in character units → mm (§18.3.1.13),
///   row heights in pt (§18.3.1.73);
/// - cells (§18.3.1.4, §18.4 shared strings, §18.8 styles): shared and
///   inline strings with rich-text runs, numbers through their number
///   format in exact decimals (§18.8.30/31, number_format_text.h), cached
///   values of formulas, TRUE/FALSE, errors as written; fonts → roles,
///   alignment, fills as Cell::shaded, merges (§18.3.1.55) as spans;
/// - blocks: bordered bands → tables, single texts → paragraphs, rows of
///   several texts → borderless tables, empty rows → space (sheet_bands.h);
/// - pictures (§20.5 drawings, PNG and JPEG) floating in their anchor cell.
/// Throws IoError when `bytes` are not a ZIP package or hold no workbook
/// part, TemplateError naming the part when a part is not well-formed XML
/// or a cell names a shared string that does not exist.
XlsxReading read_xlsx(std::string_view bytes);

}  // namespace formwork
