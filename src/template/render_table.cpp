#include "template/render_table.h"

#include <stdexcept>

#include "model/table_grid.h"
#include "template/cell_value.h"
#include "template/control_flow.h"
#include "template/render_guard.h"
#include "template/render_inline.h"
#include "template/widths_spec.h"

namespace formwork {

namespace {

// Joins literal parts with each placeholder's value as `insert` renders it.
template <class Insert>
std::string join_parts(const std::vector<FormulaPart>& parts, const Scope& scope, Insert insert) {
  std::string out;
  for (const FormulaPart& part : parts) {
    out += part.expr ? insert(*part.expr, part.expr->eval(scope)) : part.literal;
  }
  return out;
}

// The formula's R1C1 text with its placeholders' values, which must be
// whole numbers: text from data never enters a formula.
std::string render_formula(const CellNode& node, const Scope& scope) {
  return join_parts(node.formula, scope, [&](const Expression& e, const Value& v) {
    if (!v.is_number() || !v.as_number().is_integer()) {
      throw TemplateError("formula placeholder {{" + e.source() +
                              "}} must give a whole number, got " + std::string(v.type_name()) +
                              " " + v.to_text(),
                          node.value_loc.line ? node.value_loc : node.loc);
    }
    return v.as_number().to_string();
  });
}

// number-format= with each placeholder's value as a quoted literal ("次"),
// so text from data can only ever be shown, never change how the number is
// formatted. A value containing '"' cannot be quoted and is a render error.
std::string render_number_format(const CellNode& node, const Scope& scope) {
  return join_parts(node.number_format, scope, [&](const Expression& e, const Value& v) {
    std::string text = clean_run_text(v.to_text());
    if (text.find('"') != std::string::npos) {
      throw TemplateError(
          "number-format placeholder {{" + e.source() + "}} gives text with a '\"': " + text,
          node.loc);
    }
    return text.empty() ? text : "\"" + text + "\"";
  });
}

// A colspan/rowspan placeholder's value: a whole number in [1, max].
int eval_span(const std::optional<Expression>& e, int fallback, int max, const Scope& scope,
              const SourceLoc& loc) {
  if (!e) return fallback;
  Value v = e->eval(scope);
  if (!v.is_number() || !v.as_number().is_integer() || v.as_number() < Decimal(1) ||
      v.as_number() > Decimal(max)) {
    throw TemplateError("span {{" + e->source() + "}} must give a whole number from 1 to " +
                            std::to_string(max) + ", got " + std::string(v.type_name()) + " " +
                            v.to_text(),
                        loc);
  }
  return static_cast<int>(v.as_number().to_int64());  // whole and within [1, max]
}

Cell render_cell(const CellNode& node, const Scope& scope) {
  Cell cell = node.proto;
  cell.colspan = eval_span(node.colspan, cell.colspan, 1000, scope, node.loc);
  cell.rowspan = eval_span(node.rowspan, cell.rowspan, 100000, scope, node.loc);
  std::string shown;
  const FormLocale locale = scope.locale();
  if (node.value) {
    Value v = guarded(node.value_loc, [&] { return node.value->render_value(scope); });
    shown = guarded(node.value_loc, [&] {
      return apply_cell_value(v, node.format, cell.value, node.value_loc, locale);
    });
  } else {
    cell.value.number_format = number_format(node.format, locale);
  }
  if (!node.number_format.empty()) {
    cell.value.number_format = render_number_format(node, scope);
    // A cell showing its own value shows it as the spreadsheet will.
    if (cell.value.number && !node.paragraph_mode && node.content.empty()) {
      shown = guarded(node.value_loc, [&] {
        return format_by_number_format(*cell.value.number, cell.value.number_format, locale);
      });
    }
  }
  cell.value.number_format = localized_number_format(cell.value.number_format, locale);
  cell.value.formula_r1c1 = render_formula(node, scope);
  // A formula whose result is text (a grade from IF) caches that text.
  if (!cell.value.formula_r1c1.empty() && !cell.value.number && !shown.empty()) {
    cell.value.text = clean_run_text(shown);
  }
  if (node.paragraph_mode) {
    expand(node.paragraphs, scope, [&](const Node& n, const Scope& s) {
      cell.paragraphs.push_back(render_paragraph(std::get<ParagraphNode>(n.v), s));
    });
  } else if (!node.content.empty()) {
    ParagraphNode p{node.para, node.content, node.loc, {}};
    cell.paragraphs.push_back(render_paragraph(p, scope));
  } else {
    Paragraph p = node.para;
    shown = guarded(node.value_loc, [&] { return clean_run_text(shown); });
    if (!shown.empty()) p.runs.push_back(Run{shown, node.text});
    cell.paragraphs.push_back(std::move(p));
  }
  // Every cell holds at least one paragraph (a w:tc needs a w:p).
  if (cell.paragraphs.empty()) cell.paragraphs.push_back(node.para);
  return cell;
}

Row render_row(const RowNode& node, const Scope& scope) {
  Row row;
  row.header = node.header;
  row.keep_with_next = node.keep_with_next;
  row.min_height_mm = node.height_mm;
  expand(node.body, scope, [&](const Node& n, const Scope& s) {
    row.cells.push_back(render_cell(std::get<CellNode>(n.v), s));
  });
  return row;
}

// widths="{{…}}" evaluated for the record: a list of numbers (weights) and
// "30mm" strings, one per column.
ColumnWidthsSpec eval_widths(const TableNode& node, const Scope& scope) {
  const Value v = node.widths_expr->eval(scope);
  std::vector<std::string> items;
  bool ok = v.is_array();
  for (size_t i = 0; ok && i < v.as_array().size(); ++i) {
    const Value& item = v.as_array()[i];
    ok = item.is_number() || item.is_string();
    items.push_back(item.to_text());
  }
  std::optional<ColumnWidthsSpec> spec = ok ? column_widths_spec(items) : std::nullopt;
  if (!spec) {
    throw TemplateError("widths {{" + node.widths_expr->source() + "}} " +
                            std::string(kWidthsRule) + ", as a list; got " + v.to_json(),
                        node.loc);
  }
  return *spec;
}

// The 过次页/承前页 totals of `table`: its columns must exist in this
// record's grid (widths from data may give fewer), and the format must be
// one the totals can be written with.
TableCarry render_carry(const TableNode& node, const Table& table, const Scope& scope) {
  TableCarry carry;
  carry.columns = node.carry_columns;
  carry.over = node.carry_over;
  carry.carried = node.carry_carried;
  carry.number_format = node.carry_format;
  carry.locale = scope.locale();
  carry.style = node.text;
  const int columns = static_cast<int>(table.column_widths.size());
  if (carry.columns.back() >= columns) {
    throw TemplateError("carry-columns names column " + std::to_string(carry.columns.back() + 1) +
                            " of a table of " + std::to_string(columns) + " columns",
                        node.loc);
  }
  guarded(node.loc,
          [&] { return format_by_number_format(Decimal(0), carry.number_format, carry.locale); });
  return carry;
}

}  // namespace

std::optional<Table> render_table(const TableNode& node, const Scope& scope) {
  Table table;
  if (node.widths_expr) {
    ColumnWidthsSpec spec = eval_widths(node, scope);
    table.column_widths = std::move(spec.weights);
    table.column_widths_mm = std::move(spec.mm);
    table.column_auto = std::move(spec.automatic);
  } else {
    table.column_widths = node.widths;
    table.column_widths_mm = node.widths_mm;
    table.column_auto = node.widths_auto;
  }
  table.borders = node.borders;
  table.cell_padding_mm = node.padding_mm;
  expand(node.body, scope, [&](const Node& n, const Scope& s) {
    table.rows.push_back(render_row(std::get<RowNode>(n.v), s));
  });
  if (table.rows.empty()) return std::nullopt;
  try {
    resolve_grid(table);
  } catch (const std::invalid_argument& e) {
    throw TemplateError(e.what(), node.loc);
  }
  if (node.continued) {
    const std::string text =
        guarded(node.loc, [&] { return clean_run_text(node.continued->render(scope)); });
    if (!text.empty()) {
      table.continued = node.caption;
      table.continued->runs.push_back(Run{text, node.text});
    }
  }
  if (!node.carry_columns.empty()) table.carry = render_carry(node, table, scope);
  return table;
}

}  // namespace formwork
