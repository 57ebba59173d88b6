// Parser: <table>, <row> and <cell>.
#include <string>

#include "template/parser.h"
#include "template/widths_spec.h"

namespace formwork {

namespace {

// "18,32,30mm": relative weights, or fixed widths with an "mm" suffix; or a
// placeholder giving such a list per record (a column per department).
void parse_widths(const Attributes& a, TableNode& t) {
  const std::string_view s = a.required("widths");
  if (s.find("{{") != std::string_view::npos) {
    t.widths_expr = a.expression("widths");
    return;
  }
  std::optional<ColumnWidthsSpec> spec = column_widths_spec(split_widths(s));
  if (!spec) a.fail("widths", std::string(kWidthsRule));
  t.widths = std::move(spec->weights);
  t.widths_mm = std::move(spec->mm);
  t.widths_auto = std::move(spec->automatic);
}

// A span written as a placeholder, evaluated per record (render_table).
std::optional<Expression> span_expression(const Attributes& a, std::string_view name) {
  auto v = a.get(name);
  if (!v || v->find("{{") == std::string_view::npos) return std::nullopt;
  return a.expression(name);
}

// A cell is in paragraph mode when its content is a list of <p> (possibly
// produced by <each>/<if>/<set>) instead of inline text.
bool has_block_children(pugi::xml_node el) {
  for (pugi::xml_node c : el.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view n = c.name();
    if (n == "p" || n == "rule" || n == "each" || n == "if" || n == "set") return true;
  }
  return false;
}

// carry-columns="5,6" (1-based, ascending, within the widths' columns),
// carry-labels="过次页,承前页", carry-format="#,##0.00".
void parse_carry(const Attributes& a, TableNode& t) {
  if (!a.has("carry-columns")) {
    for (const char* other : {"carry-labels", "carry-format"}) {
      if (a.has(other)) a.fail(other, "needs carry-columns");
    }
    return;
  }
  const std::string list(a.required("carry-columns"));
  const size_t columns = t.widths_expr ? 1000 : t.widths.size();
  for (const std::string& item : split_widths(list)) {
    int n = 0;
    bool digits = !item.empty() && item.size() < 5;
    for (char c : item) digits = digits && c >= '0' && c <= '9';
    if (digits) n = std::stoi(item);
    if (!digits || n < 1 || static_cast<size_t>(n) > columns ||
        (!t.carry_columns.empty() && n - 1 <= t.carry_columns.back())) {
      a.fail("carry-columns", "must list column numbers from 1 to " + std::to_string(columns) +
                                  " in ascending order");
    }
    t.carry_columns.push_back(n - 1);
  }
  if (t.carry_columns.front() == 0) {
    a.fail("carry-columns", "must leave column 1 for the 过次页/承前页 label");
  }
  if (auto labels = a.get("carry-labels")) {
    std::vector<std::string> two = split_widths(*labels);
    if (two.size() != 2 || two[0].empty() || two[1].empty()) {
      a.fail("carry-labels", "must be two labels separated by a comma, e.g. 过次页,承前页");
    }
    t.carry_over = two[0];
    t.carry_carried = two[1];
  }
  if (auto format = a.get("carry-format")) t.carry_format = std::string(*format);
}

}  // namespace

Node Parser::table(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_,
               {"widths", "borders", "padding", "continued", "carry-columns", "carry-labels",
                "carry-format"},
               kParagraphStyleAttributes);
  TableNode t;
  t.loc = a.element_loc();
  parse_widths(a, t);
  t.borders = a.boolean("borders").value_or(true);
  t.padding_mm = a.number("padding", 0, 50).value_or(t.padding_mm);
  BaseStyle s = role_defaults(style, ParagraphRole::Body, 0);
  apply_paragraph_style(a, s);
  t.caption = s.paragraph;
  t.caption.first_line_indent_em = 0;
  t.text = s.text;
  if (a.has("continued")) t.continued = a.text_template("continued");
  parse_carry(a, t);
  t.body = children(el, Where::Table, s);
  return Node{std::move(t)};
}

Node Parser::row(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_, {"header", "height", "keep-with-next"});
  RowNode r;
  r.loc = a.element_loc();
  r.header = a.boolean("header").value_or(false);
  r.keep_with_next = a.boolean("keep-with-next").value_or(false);
  r.height_mm = a.number("height", 0, 2000).value_or(0);
  r.body = children(el, Where::Row, style);
  return Node{std::move(r)};
}

Node Parser::cell(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_,
               {"colspan", "rowspan", "valign", "label", "value", "format", "number-format",
                "formula", "anchor"},
               kParagraphStyleAttributes);
  CellNode c;
  c.loc = a.element_loc();
  c.colspan = span_expression(a, "colspan");
  c.rowspan = span_expression(a, "rowspan");
  if (!c.colspan) c.proto.colspan = a.integer("colspan", 1, 1, 1000);
  if (!c.rowspan) c.proto.rowspan = a.integer("rowspan", 1, 1, 100000);
  c.proto.valign =
      a.choice<VAlign>(
           "valign", {{"top", VAlign::Top}, {"middle", VAlign::Middle}, {"bottom", VAlign::Bottom}})
          .value_or(VAlign::Middle);
  c.proto.shaded = a.boolean("label").value_or(false);
  if (a.has("anchor")) c.proto.anchor = variable_name(a, "anchor");
  BaseStyle s = style;
  if (c.proto.shaded) s.paragraph.align = Align::Center;  // labels centre unless told otherwise
  apply_paragraph_style(a, s);
  c.proto.align = s.paragraph.align;
  c.para = s.paragraph;
  c.text = s.text;
  cell_value(a, c);
  c.paragraph_mode = has_block_children(el);
  if (c.paragraph_mode) {
    c.paragraphs = children(el, Where::Cell, s);
  } else {
    c.content = inlines(el, s.text);
  }
  return Node{std::move(c)};
}

// Splits the value of `attr` (formula=, number-format=) at {{ }}; what the
// expressions may give is checked at render time (render_formula,
// render_number_format).
std::vector<FormulaPart> Parser::placeholder_parts(const Attributes& a, std::string_view attr) {
  std::string_view formula = *a.get(attr);
  std::vector<FormulaPart> parts;
  size_t pos = 0;
  while (pos < formula.size()) {
    size_t open = formula.find("{{", pos);
    if (open == std::string_view::npos) {
      parts.push_back({std::string(formula.substr(pos)), std::nullopt});
      break;
    }
    size_t close = formula.find("}}", open);
    if (close == std::string_view::npos) a.fail(attr, "has '{{' without '}}'");
    if (open > pos) parts.push_back({std::string(formula.substr(pos, open - pos)), std::nullopt});
    std::string_view inner = formula.substr(open + 2, close - open - 2);
    parts.push_back({"", Expression::parse(inner, a.loc(attr))});
    pos = close + 2;
  }
  return parts;
}

void Parser::cell_value(const Attributes& a, CellNode& c) {
  if (a.has("value")) {
    c.value = a.text_template("value");
    c.value_loc = a.loc("value");
  }
  c.format = a.choice<CellFormat>("format", {{"money", CellFormat::Money},
                                             {"integer", CellFormat::Integer},
                                             {"percent", CellFormat::Percent},
                                             {"number", CellFormat::Number},
                                             {"date", CellFormat::Date}})
                 .value_or(CellFormat::None);
  if (auto f = a.get("formula")) {
    std::string_view formula = *f;
    if (formula.starts_with('=')) a.fail("formula", "must be written without the leading '='");
    if (formula.find_first_not_of(' ') == std::string_view::npos) a.fail("formula", "is empty");
    c.formula = placeholder_parts(a, "formula");
  }
  if (auto nf = a.get("number-format")) {
    if (nf->empty() || nf->size() > 255) a.fail("number-format", "must be 1 to 255 characters");
    c.number_format = placeholder_parts(a, "number-format");
  }
  if (c.format != CellFormat::None && !c.value && c.formula.empty()) {
    a.fail("format", "needs a value= or formula= attribute on the same cell");
  }
}

}  // namespace formwork
