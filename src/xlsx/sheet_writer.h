#pragma once
// Puts one worksheet's blocks on it, top to bottom: a paragraph is one row
// (merged across the sheet's columns), a rule paragraph a row with a bottom
// border, a table its grid rows; pictures are drawings anchored to the cell
// of their paragraph (cell_pictures.h). Formula cells are only collected here; the
// workbook writes them once every sheet's anchors are known.
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "xlsx/cell_pictures.h"
#include "xlsx/format_cache.h"
#include "xlsx/formula_cells.h"
#include "xlsx/lxw_check.h"
#include "xlsx/sheet_columns.h"
#include "xlsx/workbook_refs.h"

struct lxw_worksheet;

namespace formwork {

class SheetWriter {
 public:
  /// `columns` must come from plan_columns for the blocks written; `name`
  /// is the worksheet's name, for messages.
  SheetWriter(lxw_worksheet* ws, std::string name, FormatCache& formats, SheetColumns columns);

  /// Writes every block and the column widths; PageBreaks and (unnamed)
  /// SectionBreaks become manual page breaks. Text is cleaned of forbidden
  /// characters (util/forbidden_chars.h). Throws DataError naming
  /// sheet!cell for text or a number a cell cannot hold (xlsx_limits.h),
  /// IoError when libxlsxwriter rejects a call, std::invalid_argument for a
  /// cell overflowing its table's columns (from resolve_grid).
  void write(std::span<const Block> blocks);

  /// 0-based sheet rows that start a new printed page (manual breaks).
  const std::vector<unsigned>& page_breaks() const { return breaks_; }
  /// First and last sheet row of the first table's header rows, if any.
  std::optional<std::pair<int, int>> header_rows() const { return header_rows_; }
  /// Formula cells written so far without their formula (see write_formula).
  const std::vector<PendingFormula>& formulas() const { return formulas_; }

 private:
  void paragraph(const Paragraph& p);
  void rule(const Paragraph& p);
  void table(const Table& t, const std::vector<int>& starts);
  /// Writes one placed cell over sheet rows r0..r1 and columns c0..c1;
  /// `text_on_top`: its text is top-aligned (a band of pictures below it).
  void cell(const Cell& c, const Table& t, int r0, int c0, int r1, int c1, bool text_on_top);
  /// Inserts the pictures of `content` in the cell at (row, col), a box
  /// `width_px` × `height_px` as libxlsxwriter measures it (lxw_geometry.h).
  void pictures(const CellContent& content, int row, int col, double width_px, double height_px,
                const CellTextSetting& setting);
  void page_break();
  /// Width of sheet columns c0..c1 in px at 96 dpi, as planned / as
  /// libxlsxwriter anchors drawings to them.
  double span_px(int c0, int c1) const;
  double lxw_span_px(int c0, int c1) const;
  int last_col() const { return static_cast<int>(columns_.widths.size()) - 1; }

  /// Writes `text` (cleaned, checked) over sheet rows r0..r1, columns
  /// c0..c1: one cell, or a merged range when it spans several.
  void put_text(std::string_view text, int r0, int c0, int r1, int c1, lxw_format* fmt);

  lxw_worksheet* ws_;
  std::string name_;
  FormatCache& formats_;
  SheetColumns columns_;
  int row_ = 0;     ///< next free sheet row
  int tables_ = 0;  ///< tables written so far
  std::vector<unsigned> breaks_;
  std::optional<std::pair<int, int>> header_rows_;
  std::vector<PendingFormula> formulas_;
};

}  // namespace formwork
