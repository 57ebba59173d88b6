#pragma once
// The loaded template tree (private to the template module): XML elements
// with their styles already resolved and every expression already parsed,
// so rendering a record only evaluates.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "expr/expression.h"
#include "model/document.h"
#include "template/inline_content.h"
#include "template/page_spec.h"
#include "template/style.h"

namespace formwork {

struct Node;
using Nodes = std::vector<Node>;

/// <p>, <title>, <heading>, <signature> and <spacer>: the paragraph
/// properties (runs empty) plus its inline content.
struct ParagraphNode {
  Paragraph proto;
  Inlines content;
  SourceLoc loc;
  DynamicIndents indents;  ///< indents evaluated per record
};

/// <pagebreak/>.
struct PageBreakNode {};

/// <section>: a new section whose page setup is the previous section's with
/// `spec` applied; `sheet` (optional) starts a new XLSX worksheet.
struct SectionNode {
  PageSpec spec;
  std::optional<TextTemplate> sheet;
  SourceLoc loc;
};

/// <table>: column weights, borders, padding and its rows (and control
/// nodes yielding rows).
struct TableNode {
  std::vector<double> widths;     ///< relative weights (fixed columns: 0)
  std::vector<double> widths_mm;  ///< empty, or fixed mm per column (0: relative)
  std::vector<bool> widths_auto;  ///< empty, or per column: width from content
  /// widths="{{…}}": a list of weights or "30mm" strings per record (the
  /// widths above are then empty).
  std::optional<Expression> widths_expr;
  bool borders = true;
  double padding_mm = 1.5;
  /// continued="续表": the caption over each continuation part.
  std::optional<TextTemplate> continued;
  Paragraph caption;  ///< the caption's paragraph properties (table's style)
  TextStyle text;     ///< the table's text style (caption, carried totals)
  /// carry-columns="5,6" (0-based here); empty: no 过次页/承前页 rows.
  std::vector<int> carry_columns;
  std::string carry_over = "过次页";
  std::string carry_carried = "承前页";
  std::string carry_format = "#,##0.00";
  Nodes body;
  SourceLoc loc;
};

/// <row>: header flag, minimum height (mm) and its cells.
struct RowNode {
  bool header = false;
  bool keep_with_next = false;
  double height_mm = 0;
  Nodes body;
  SourceLoc loc;
};

/// How a cell's `value` is shown and typed in spreadsheets.
enum class CellFormat { None, Money, Integer, Percent, Number, Date };

/// One piece of a cell formula: literal text, or a placeholder expression.
struct FormulaPart {
  std::string literal;
  std::optional<Expression> expr;
};

/// <cell>: spans, alignment and shading in `proto`; content either inline
/// (one paragraph) or <p> children (`paragraph_mode`).
struct CellNode {
  Cell proto;      ///< paragraphs and value empty
  Paragraph para;  ///< properties of the inline paragraph
  TextStyle text;  ///< text style of the inline paragraph
  bool paragraph_mode = false;
  Inlines content;   ///< inline mode
  Nodes paragraphs;  ///< paragraph mode
  std::optional<TextTemplate> value;
  SourceLoc value_loc;
  CellFormat format = CellFormat::None;
  /// number-format=: a spreadsheet format code replacing the one `format`
  /// implies, e.g. `≥0"次"` (ECMA-376 Part 1 §18.8.31), split at its
  /// placeholders, whose values are inserted as quoted literal text.
  std::vector<FormulaPart> number_format;
  /// formula= split at its placeholders: literal R1C1 text and expressions
  /// that must give whole numbers (row counts of an <each>), so data can
  /// size a range but never put text into a formula.
  std::vector<FormulaPart> formula;
  /// colspan/rowspan given as placeholders (`rowspan="{{count(组.指标)}}"`):
  /// evaluated per record, must give a whole number ≥ 1.
  std::optional<Expression> colspan, rowspan;
  SourceLoc loc;
};

/// <each in as index>: repeats its body once per list element.
struct EachNode {
  Expression list;
  std::string as;
  std::string index;  ///< empty: no index variable
  Nodes body;
  SourceLoc loc;
};

/// <if test>: the body, or the <else> body.
struct IfNode {
  Expression test;
  Nodes then_body;
  Nodes else_body;
  SourceLoc loc;
};

/// <set name value>: binds a variable for the following siblings.
struct SetNode {
  std::string name;
  TextTemplate value;
  SourceLoc loc;
};

/// <use name="签署栏" 单位="{{…}}"/>: the body of the <define> it names,
/// parsed where the <use> stands, in a child scope where each parameter
/// (one SetNode per attribute besides `name`) is bound.
struct UseNode {
  Nodes params;  ///< SetNode each, bound before `body` is expanded
  Nodes body;
  SourceLoc loc;
};

/// Any node; which kinds may appear where is checked by the parser.
struct Node {
  std::variant<ParagraphNode, PageBreakNode, SectionNode, TableNode, RowNode, CellNode, EachNode,
               IfNode, SetNode, UseNode>
      v;
};

/// The root: the <form> element's settings and its blocks.
class TemplateNode {
 public:
  std::string name;
  std::string description;
  std::string schema;  ///< as written (relative to the template file), "" if none
  std::string checks;  ///< as written, "" if none
  std::string output_pattern;
  int output_line = 0;
  TextTemplate title;
  TextTemplate sheet;
  /// <form locale>: how filters and cells write numbers and dates.
  FormLocale locale = FormLocale::ZhCN;
  PageSetup page;
  Nodes body;
  SourceLoc loc;
  /// Picture files of this template (PictureSpec::files points here).
  std::shared_ptr<PictureFiles> pictures;
};

}  // namespace formwork
