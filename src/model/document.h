#pragma once
// The document model in the middle of the pipeline (Pandoc's AST in spirit):
// templates build it from data, writers (DOCX, XLSX, PDF via layout, TXT)
// only read it. Lengths are in millimetres (mm) or points (pt) as named;
// 1 pt = 1/72 in = 25.4/72 mm.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/form_locale.h"
#include "model/picture.h"
#include "util/decimal.h"

namespace formwork {

enum class Align { Left, Center, Right, Justify };
enum class VAlign { Top, Middle, Bottom };

/// Where a header or footer line sits horizontally within the text block
/// (版心). Outside: odd pages right, even pages left (GB/T 9704 §7.5 页码).
enum class MarginTextAlign { Left, Center, Right, Outside };

/// A header or footer line repeated on every page: usually the page number.
/// `pattern` substitutes {page} (1-based, counted across the whole document,
/// all sections) and {pages} (the document's page count), e.g. "— {page} —"
/// (GB/T 9704) or "第 {page} 页 共 {pages} 页" (forms); empty for none.
struct MarginText {
  std::string pattern;
  MarginTextAlign align = MarginTextAlign::Center;
  /// Gap in mm between the text block (版心) edge and the near edge of the
  /// line's em box (GB/T 9704: 页码 7 mm below the 版心); negative: the line
  /// is centred vertically in the margin.
  double distance_mm = -1;
  /// Indent from the text block's side edge in em of `size_pt`, for Left,
  /// Right and Outside (GB/T 9704: one character, 1 em).
  double indent_em = 0;
  std::string font_role = "song";
  double size_pt = 10.5;  ///< 五号; GB/T 9704 页码 四号 = 14 pt
  /// Digits and dashes in the role's own face (TextStyle::own_face_for_latin):
  /// a page number "— 3 —" is 半角宋体 (GB/T 9704 §7.5), as Word sets it.
  bool own_face_for_latin = true;
  /// Different first page: nothing is printed on the document's page 1
  /// (Nghị định 30: page numbers from page 2). Pages are still counted.
  bool skip_first_page = false;

  bool empty() const { return pattern.empty(); }
};

/// Page size and margins in mm. A4 portrait is 210 × 297 mm.
struct PageSetup {
  double width_mm = 210;
  double height_mm = 297;
  bool landscape = false;  ///< width/height are already swapped when true
  double margin_top_mm = 25;
  double margin_bottom_mm = 25;
  double margin_left_mm = 25;
  double margin_right_mm = 25;
  MarginText header;  ///< in the top margin
  MarginText footer;  ///< in the bottom margin
  /// Document grid (Word's w:docGrid linesAndChars, GB/T 9704 §5.2.2: 22
  /// lines × 28 characters). 0 = off. With grid_lines, every line's pitch is
  /// a whole multiple of text height / grid_lines; with grid_chars, text at
  /// the body size places each CJK character on a cell of text width /
  /// grid_chars.
  int grid_lines = 0;
  int grid_chars = 0;

  double text_width_mm() const { return width_mm - margin_left_mm - margin_right_mm; }
  double text_height_mm() const { return height_mm - margin_top_mm - margin_bottom_mm; }
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
  /// Latin letters and digits in the CJK role's own face (its 半角 glyphs)
  /// rather than its Latin partner (Times New Roman for 宋体): GB/T 9704
  /// §7.5 prints page numbers as 半角宋体阿拉伯数字. Every writer follows it.
  bool own_face_for_latin = false;
};

/// A run of text with one style. Text is UTF-8, NFC, with no control
/// characters except '\n' (a line break inside the paragraph).
///
/// A run with `picture` set is a picture instead of text: `text` is then
/// empty (the alt text is Picture::alt) and `style` gives only the size of
/// the line the picture sits in. Runs are never merged across a picture.
struct Run {
  std::string text;
  TextStyle style;
  std::shared_ptr<const Picture> picture = nullptr;
};

enum class ParagraphRole { Body, Title, Heading, Signature, Note };

/// A horizontal rule drawn by an otherwise empty paragraph: the red 版头
/// separator of GB/T 9704 (§7.2.4, as wide as the 版心), the 版记 lines, or
/// the short rules under the agency name and Tiêu ngữ (Nghị định 30). The
/// paragraph's space_before/space_after place it; its align places a rule
/// shorter than the line; its indents narrow the available width.
struct HorizontalRule {
  double thickness_pt = 0.75;
  unsigned color = 0x000000;  ///< 0xRRGGBB; GB/T 9704 版头 red is 0xFF0000
  double length_mm = 0;       ///< 0 = the full width between the indents
};

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
  /// Widow and orphan control: never leave a single line of this paragraph
  /// alone at the bottom or top of a page (Word's w:widowControl).
  bool widow_control = true;
  /// When set, the paragraph is a rule: `runs` must be empty and the rule is
  /// drawn in place of a line of text.
  std::optional<HorizontalRule> rule;

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
  /// and store `number` (or `text`) as the cached result. References may
  /// name another worksheet of the workbook by number, `<2>!R5C3`, and cells
  /// by anchor, `@总分` or `<2>!@总分`. Empty: a plain value.
  std::string formula_r1c1;
  /// Cached text result of a formula that yields text (e.g. a grade 优/良
  /// from IF); used only when `number` is empty.
  std::optional<std::string> text;
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
  /// A name formulas can refer to (`@name` on the same sheet, `<k>!@name` on
  /// worksheet k, see CellValue::formula_r1c1); unique within its section.
  std::string anchor;
};

struct Row {
  std::vector<Cell> cells;
  double min_height_mm = 0;  ///< e.g. a large box for 500 字 of text
  bool header = false;       ///< repeated at the top of each page (w:tblHeader)
  /// On the same page as the next row (a label row and the rows it
  /// introduces, a total and the last item): no page break between them.
  /// PDF: one group for pagination; DOCX: w:keepNext on the row's
  /// paragraphs, as Word keeps table rows together. XLSX and TXT have no
  /// pages of their own.
  bool keep_with_next = false;
};

/// Running totals carried over page breaks (过次页 / 承前页): where a table
/// continues on the next page, a row at the foot of the page sums the
/// `columns` of the body rows printed so far, and the same row opens the
/// next page under its repeated header. The PDF only: DOCX, XLSX and TXT
/// have no pages of their own, and Word cannot sum per page.
struct TableCarry {
  std::vector<int> columns;  ///< grid columns (0-based), ascending
  std::string over = "过次页";
  std::string carried = "承前页";
  /// Spreadsheet number format of the totals (format_by_number_format).
  std::string number_format = "#,##0.00";
  FormLocale locale = FormLocale::ZhCN;
  TextStyle style;  ///< of the labels and totals
};

struct Table {
  /// Column widths as relative weights; writers scale them to the text
  /// width of the page (so {1, 2, 1} is 25 %, 50 %, 25 %).
  std::vector<double> column_widths;
  /// Empty, or one entry per column: > 0 is a fixed width in mm; the text
  /// width left over is shared by the other columns by their weights.
  std::vector<double> column_widths_mm;
  /// Empty, or one entry per column: true for a column whose width follows
  /// its content ("auto" in a template's widths; model/column_widths.h).
  std::vector<bool> column_auto;
  std::vector<Row> rows;
  bool borders = true;
  double cell_padding_mm = 1.5;
  /// A caption printed above the table's part on each page after its first
  /// (续表), PDF only; none when nullopt.
  std::optional<Paragraph> continued;
  std::optional<TableCarry> carry;
};

struct PageBreak {};

/// Starts a new section on a new page (ECMA-376 Part 1 §17.6 sections):
/// its own page setup (e.g. a landscape attachment), page numbers
/// continuing. In XLSX a section with a non-empty `sheet_name` starts a new
/// worksheet; otherwise its blocks continue the current one.
struct SectionBreak {
  PageSetup page;
  std::string sheet_name;  ///< ≤ 31 chars, `[]:*?/\` already replaced
};

using Block = std::variant<Paragraph, Table, PageBreak, SectionBreak>;

/// One rendered document (one record through one template).
struct Document {
  std::string title;       ///< document title for metadata (PDF Info, docProps)
  std::string sheet_name;  ///< first XLSX worksheet's name (≤ 31 chars)
  PageSetup page;          ///< the first section's page setup
  std::vector<Block> blocks;
  /// Set when the document was read from a filled DOCX template: that
  /// package, which the DOCX writer writes as it is, so everything its
  /// author made survives; the other writers use the blocks read from it.
  std::shared_ptr<const std::string> source_docx = nullptr;
  /// Set when the document was read from a filled XLSX template: that
  /// workbook (formulas, styles, print setup and other sheets as its author
  /// made them, cached values computed), which the XLSX writer writes as it
  /// is; the other writers use the blocks read from it.
  std::shared_ptr<const std::string> source_xlsx = nullptr;
};

}  // namespace formwork
