#pragma once
// A worksheet's printed grid turned into the model's blocks, the way the
// sheet looks on paper: runs of bordered rows become tables, rows of
// single texts (titles, notes, signature lines) paragraphs placed where
// their cell stands, rows of several texts borderless tables keeping their
// columns, empty rows space (ECMA-376 Part 1 §18.3.1.55 mergeCell for
// spans, §18.3.1.13 col and §18.3.1.73 row for sizes).
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "xlsx/print_area.h"
#include "xlsx/sheet_styles.h"
#include "xlsx/worksheet_cells.h"
#include "xlsx/xlsx_reader_warnings.h"

namespace formwork::xlsx_read {

/// A picture anchored to a cell (xdr:from, §20.5.2.15): 0-based row and
/// column, its top-left corner offset into that cell in mm.
struct AnchoredPicture {
  int row = 0;
  int col = 0;
  double offset_x_mm = 0;
  double offset_y_mm = 0;
  std::shared_ptr<const Picture> picture;  ///< sized (width_mm, height_mm), floating
};

/// Everything sheet_bands reads; all references outlive the call.
struct BandSource {
  const WorksheetData& sheet;
  const std::vector<XfStyle>& styles;
  const PrintedGrid& grid;
  double text_width_mm = 160;  ///< the page's text width (PageSetup::text_width_mm)
  const std::vector<AnchoredPicture>& pictures;
  std::string sheet_name;  ///< for warnings
};

/// The blocks of the printed grid, top to bottom:
/// - a maximal run of rows where some printed cell (or the merge covering
///   it) has a border is a Table with borders; its columns are all printed
///   columns, Table::column_widths_mm their widths (column_mm) when they
///   fit the text width, else only relative Table::column_widths (fitted to
///   the width as Excel's fit-to-page prints them);
/// - a row outside such runs with one text (a title merged across the
///   sheet, a note, "报销人：") is a Paragraph: its cell's font, horizontal
///   alignment within the cell's span (indents in em place it as on the
///   sheet; a centred span as wide as the sheet is a centred paragraph),
///   and the row height beyond the text's line as space before (bottom
///   alignment), around (centre) or after (top);
/// - consecutive rows with several texts form one Table without borders;
/// - empty rows add their height as space before the next block (a spacer
///   paragraph before a table);
/// - merges give colspan/rowspan over printed rows and columns only (a
///   merge cut by a band's edge is cut there), covered positions skipped
///   (model/document.h Cell); cells take the anchor's runs, alignment
///   (General: numbers right, logicals and errors centred, text left),
///   vertical alignment, shading and number (CellValue);
/// - pictures are floating Runs at the start of their anchor cell's
///   paragraph, offset from the cell's corner.
/// Borders that differ from a full thin grid and distributed alignment are
/// noted in `warnings`.
std::vector<Block> sheet_bands(const BandSource& source, XlsxWarnings& warnings);

/// The printed width of `grid` on the sheet in mm: its columns' column_mm.
double printed_width_mm(const WorksheetData& sheet, const PrintedGrid& grid);

}  // namespace formwork::xlsx_read
