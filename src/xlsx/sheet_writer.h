#pragma once
// Puts a Document's blocks on one worksheet, top to bottom: a paragraph is
// one row (merged across the sheet's columns), a table is its grid rows.
#include <optional>
#include <utility>
#include <vector>

#include "model/document.h"
#include "xlsx/format_cache.h"
#include "xlsx/sheet_columns.h"

struct lxw_worksheet;

namespace formwork {

class SheetWriter {
 public:
  /// `columns` must come from plan_columns for the document written.
  SheetWriter(lxw_worksheet* ws, FormatCache& formats, SheetColumns columns);

  /// Writes every block and the column widths. Throws IoError when
  /// libxlsxwriter rejects a call (e.g. a string over 32767 characters),
  /// TemplateError for a malformed R1C1 formula, std::invalid_argument for a
  /// cell overflowing its table's columns (from resolve_grid).
  void write(const Document& doc);

  /// 0-based sheet rows that start a new printed page (manual breaks).
  const std::vector<unsigned>& page_breaks() const { return breaks_; }
  /// First and last sheet row of the first table's header rows, if any.
  std::optional<std::pair<int, int>> header_rows() const { return header_rows_; }

 private:
  void paragraph(const Paragraph& p);
  void table(const Table& t, const std::vector<int>& starts);
  /// Writes one placed cell over sheet rows r0..r1 and columns c0..c1.
  void cell(const Cell& c, const Table& t, int r0, int c0, int r1, int c1, int grid_col,
            const std::vector<int>& starts);
  void typed_value(const Cell& c, int r0, int c0, int grid_col, const std::vector<int>& starts,
                   lxw_format* fmt);
  double span_px(int c0, int c1) const;
  int last_col() const { return static_cast<int>(columns_.widths.size()) - 1; }

  lxw_worksheet* ws_;
  FormatCache& formats_;
  SheetColumns columns_;
  int row_ = 0;     ///< next free sheet row
  int tables_ = 0;  ///< tables written so far
  std::vector<unsigned> breaks_;
  std::optional<std::pair<int, int>> header_rows_;
};

/// Throws IoError with lxw_strerror's text unless `err` is LXW_NO_ERROR.
void check_lxw(int err, const char* what);

}  // namespace formwork
