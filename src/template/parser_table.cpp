// Parser: <table>, <row> and <cell>.
#include <charconv>
#include <string>

#include "template/parser.h"

namespace formwork {

namespace {

// "18,32,30mm": relative weights, or fixed widths with an "mm" suffix.
// Returns the weights (0 for fixed columns) and fills `fixed_mm` when any
// column is fixed.
std::vector<double> parse_widths(const Attributes& a, std::vector<double>& fixed_mm) {
  std::string_view s = a.required("widths");
  std::vector<double> widths;
  std::vector<double> mm;
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t comma = s.find(',', pos);
    std::string_view item = s.substr(pos, comma == std::string_view::npos ? s.npos : comma - pos);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    bool fixed = item.ends_with("mm");
    if (fixed) item.remove_suffix(2);
    double w = 0;
    auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), w);
    if (item.empty() || ec != std::errc() || end != item.data() + item.size() || !(w > 0)) {
      a.fail("widths",
             "must be a comma-separated list of positive numbers (weights) or lengths in mm "
             "(\"30mm\")");
    }
    widths.push_back(fixed ? 0 : w);
    mm.push_back(fixed ? w : 0);
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  bool any_fixed = false, any_relative = false;
  for (double v : mm) (v > 0 ? any_fixed : any_relative) = true;
  if (any_fixed) fixed_mm = mm;
  // All-fixed tables still need weights for writers that only scale.
  if (!any_relative) widths = mm;
  return widths;
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

}  // namespace

Node Parser::table(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_, {"widths", "borders", "padding"}, kParagraphStyleAttributes);
  TableNode t;
  t.loc = a.element_loc();
  t.widths = parse_widths(a, t.widths_mm);
  t.borders = a.boolean("borders").value_or(true);
  t.padding_mm = a.number("padding", 0, 50).value_or(t.padding_mm);
  BaseStyle s = role_defaults(style, ParagraphRole::Body, 0);
  apply_paragraph_style(a, s);
  t.body = children(el, Where::Table, s);
  return Node{std::move(t)};
}

Node Parser::row(pugi::xml_node el, const BaseStyle& style) {
  Attributes a(el, ctx_, {"header", "height"});
  RowNode r;
  r.loc = a.element_loc();
  r.header = a.boolean("header").value_or(false);
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
                                             {"number", CellFormat::Number}})
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
