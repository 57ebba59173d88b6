#pragma once
// Section properties (ECMA-376 Part 1 §17.6.17 w:sectPr): page size and
// margins in twips → the model's PageSetup in mm, the document grid, the
// header and footer references.
#include <map>
#include <pugixml.hpp>
#include <string>

#include "docx/reader_warnings.h"
#include "model/document.h"

namespace formwork {

/// One section as w:sectPr states it.
struct SectionSetup {
  /// Size (w:pgSz w:w/w:h, twips → mm; landscape when w:orient is
  /// "landscape" or the page is wider than high), margins (w:pgMar, twips
  /// → mm; negative top/bottom margins, which Word measures from the text,
  /// taken as their size). header/footer and the grid are left to the
  /// caller (margin text, grid_for).
  PageSetup page;
  double header_twips = 720;  ///< w:pgMar w:header: page top → header top
  double footer_twips = 720;  ///< w:pgMar w:footer: page bottom → footer bottom
  /// w:headerReference / w:footerReference r:id by w:type ("default",
  /// "first", "even"); a type not listed is inherited from the previous
  /// section (§17.10.5).
  std::map<std::string, std::string> headers;
  std::map<std::string, std::string> footers;
  bool title_page = false;        ///< w:titlePg: a different first page
  std::string type = "nextPage";  ///< w:type: nextPage, continuous, evenPage, oddPage
  /// w:docGrid w:type "lines", "linesAndChars" or "snapToChars" ("" for
  /// none or "default") and its w:linePitch (twips) and w:charSpace
  /// (4096ths of a point added to the Normal size per character).
  std::string grid_type;
  /// w:pgNumType (§17.6.12): w:start (0 = not stated) and w:fmt ("" for
  /// none).
  int page_start = 0;
  std::string page_format;
  double line_pitch_twips = 0;
  double char_space = 0;
};

/// Reads `sect_pr` (a null node gives Word's defaults: the model's A4 page,
/// 25 mm margins). Multi-column layouts (w:cols w:num > 1), page borders
/// and line numbers are warned for `part`.
SectionSetup read_section(const pugi::xml_node& sect_pr, ReaderWarnings& warnings,
                          const std::string& part);

/// `page` with its document grid set from `setup` (PageSetup grid_lines:
/// text height / linePitch rounded, for the line types; grid_chars: text
/// width / (normal_size_pt + charSpace / 4096) rounded, for linesAndChars
/// and snapToChars).
PageSetup with_grid(PageSetup page, const SectionSetup& setup, double normal_size_pt);

/// Whether two page setups print alike (size, orientation, margins, grid,
/// headers and footers).
bool same_page(const PageSetup& a, const PageSetup& b);

}  // namespace formwork
