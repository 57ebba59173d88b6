#pragma once
// The document model in the middle of the pipeline (Pandoc's AST in spirit):
// templates build it from data, writers (DOCX, XLSX, PDF via layout, TXT)
// only read it. Lengths are in millimetres (mm) or points (pt) as named;
// 1 pt = 1/72 in = 25.4/72 mm.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "util/decimal.h"

namespace formwork {

enum class Align { Left, Center, Right, Justify };
enum class VAlign { Top, Middle, Bottom };

/// Page size and margins in mm. A4 portrait is 210 × 297 mm.
struct PageSetup {
  double width_mm = 210;
  double height_mm = 297;
  bool landscape = false;  ///< width/height are already swapped when true
  double margin_top_mm = 25;
  double margin_bottom_mm = 25;
  double margin_left_mm = 25;
  double margin_right_mm = 25;
  /// Footer text pattern with {page} and {pages}, e.g. "第 {page} 页 共 {pages} 页";
  /// empty for none. Placed centred in the bottom margin.
  std::string footer;
};

/// Character formatting. `font_role` names a font configuration role:
/// "song" (宋体, the default body face), "fangsong" (仿宋), "kai" (楷体),
/// "hei" (黑体), "xbs" (小标宋, titles), "serif", "sans". Latin letters,
/// digits and Vietnamese letters fall back per character to a Latin face.
struct TextStyle {
  std::string font_role = "song";
  double size_pt = 12;  ///< 小四 = 12 pt, 三号 = 16 pt, 二号 = 22 pt
  bool bold = false;
  bool italic = false;
  bool underline = false;
  unsigned color = 0x000000;  ///< 0xRRGGBB
};

/// A run of text with one style. Text is UTF-8, NFC, with no control
/// characters except '\n' (a line break inside the paragraph).
struct Run {
  std::string text;
  TextStyle style;
};

enum class ParagraphRole { Body, Title, Heading, Signature, Note };

/// A paragraph: a sequence of runs laid out as wrapped lines.
struct Paragraph {
  ParagraphRole role = ParagraphRole::Body;
  int heading_level = 0;  ///< 1..4 for ParagraphRole::Heading
  std::vector<Run> runs;
  Align align = Align::Left;
  double first_line_indent_em = 0;  ///< in em of the first run's size (2 = 两字)
  double left_indent_em = 0;
  double right_indent_em = 0;
  double space_before_pt = 0;
  double space_after_pt = 0;
  double line_spacing = 1.25;  ///< line pitch as a multiple of the font size
  bool keep_with_next = false;

  /// Concatenated text of all runs.
  std::string text() const;
};

/// A typed cell value for spreadsheets: the number a cell holds (the text
/// shown is in the cell's paragraphs) and an optional formula.
struct CellValue {
  std::optional<Decimal> number;
  /// Spreadsheet number format, e.g. "#,##0.00" (money), "0", "0.00%".
  std::string number_format;
  /// Formula in R1C1 notation relative to this cell, e.g.
  /// "SUM(R[-7]C:R[-1]C)"; writers that support formulas convert it to A1
  /// and store `number` as the cached result. Empty: a plain value.
  std::string formula_r1c1;
};

/// A table cell. Rows list only the cells that start in them (HTML
/// semantics): positions covered by a rowspan from above are skipped.
struct Cell {
  std::vector<Paragraph> paragraphs;
  int colspan = 1;
  int rowspan = 1;
  Align align = Align::Left;
  VAlign valign = VAlign::Middle;
  CellValue value;
  bool shaded = false;  ///< a label cell (light grey fill in XLSX/DOCX)
};

struct Row {
  std::vector<Cell> cells;
  double min_height_mm = 0;  ///< e.g. a large box for 500 字 of text
  bool header = false;       ///< repeated at the top of each page (w:tblHeader)
};

struct Table {
  /// Column widths as relative weights; writers scale them to the text
  /// width of the page (so {1, 2, 1} is 25 %, 50 %, 25 %).
  std::vector<double> column_widths;
  std::vector<Row> rows;
  bool borders = true;
  double cell_padding_mm = 1.5;
};

struct PageBreak {};

using Block = std::variant<Paragraph, Table, PageBreak>;

/// One rendered document (one record through one template).
struct Document {
  std::string title;       ///< document title for metadata (PDF Info, docProps)
  std::string sheet_name;  ///< XLSX worksheet name (≤ 31 chars)
  PageSetup page;
  std::vector<Block> blocks;
};

}  // namespace formwork
