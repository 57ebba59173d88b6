#pragma once
// One worksheet as the XLSX reader sees it before it becomes blocks of the
// document model: the printed range, its cells' runs and formats, column
// widths, row heights and merged ranges (ECMA-376 Part 1 §18.3).
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "xlsx/workbook_styles.h"

namespace formwork {

/// A cell's content: its runs (rich text keeps several), its format (the
/// `s` index into the workbook's CellFormat list) and its number, if any.
struct GridCell {
  std::vector<Run> runs;
  size_t format = 0;
  std::optional<Decimal> number;
  bool empty() const {
    for (const Run& r : runs) {
      if (!r.text.empty()) return false;
    }
    return true;
  }
};

/// A merged range, 0-based and inclusive (§18.3.1.55 mergeCell).
struct Merge {
  int row1 = 0, col1 = 0, row2 = 0, col2 = 0;
};

/// The printed part of a worksheet: the print area (or the used range)
/// less hidden rows and columns. Widths in mm, heights in pt.
struct SheetGrid {
  std::string name;
  PageSetup page;
  bool fit_to_width = false;                      ///< pageSetUpPr fitToPage with fitToWidth
  std::vector<int> rows;                          ///< visible 0-based rows of the range, in order
  std::vector<int> cols;                          ///< visible 0-based columns of the range
  std::map<int, double> col_width_mm;             ///< by column
  std::map<int, double> row_height_pt;            ///< by row (default height for rows without one)
  std::map<std::pair<int, int>, GridCell> cells;  ///< by (row, col)
  std::vector<Merge> merges;

  const GridCell* cell(int row, int col) const {
    auto it = cells.find({row, col});
    return it == cells.end() ? nullptr : &it->second;
  }
  /// The merge holding (row, col), or nullptr.
  const Merge* merge_at(int row, int col) const {
    for (const Merge& m : merges) {
      if (row >= m.row1 && row <= m.row2 && col >= m.col1 && col <= m.col2) return &m;
    }
    return nullptr;
  }
};

/// The blocks of the document model for `grid` (sheet_blocks.cpp): runs of
/// rows with a border become a bordered Table; runs of rows with text in
/// two or more cells a Table without borders (a line "单位：… 单据编号：…"
/// keeps its columns); a row with one text a Paragraph with that cell's
/// alignment and font, its row height kept as space around it; an empty
/// row space before what follows. A table's columns are the visible
/// columns' widths (mm), or their proportions over the text width when
/// the sheet is printed fit to width or is wider than the page.
std::vector<Block> sheet_blocks(const SheetGrid& grid, const std::vector<CellFormat>& formats);

}  // namespace formwork
