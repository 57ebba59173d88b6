#include "layout/table_carry.h"

#include <algorithm>

#include "model/form_locale.h"
#include "model/units.h"

namespace formwork {

namespace {

constexpr double kEps = 1e-6;  // pt

Cell text_cell(const std::string& text, const TextStyle& style, Align align, int colspan = 1) {
  Cell c;
  c.colspan = colspan;
  c.align = align;
  Paragraph p;
  p.first_line_indent_em = 0;
  p.space_before_pt = 0;
  p.space_after_pt = 0;
  if (!text.empty()) p.runs.push_back(Run{text, style});
  c.paragraphs.push_back(std::move(p));
  return c;
}

}  // namespace

std::vector<Decimal> carried_totals(const TableBox& t, double y) {
  std::vector<Decimal> totals(t.carry ? t.carry->columns.size() : 0, Decimal(0));
  for (const TableBox::CarryValue& v : t.carry_values) {
    if (t.row_top[v.row + 1] <= y + kEps) totals[v.slot] = totals[v.slot] + v.value;
  }
  return totals;
}

TableBox carry_row(const TableBox& t, const std::string& label, const std::vector<Decimal>& totals,
                   TextContext& ctx, double min_height) {
  const TableCarry& carry = *t.carry;
  const size_t columns = t.col_x.size() - 1;
  Table row_table;
  row_table.borders = t.borders;
  row_table.cell_padding_mm = pt_to_mm(t.padding);
  row_table.column_widths.assign(columns, 1);
  for (size_t c = 0; c < columns; ++c) {
    row_table.column_widths_mm.push_back(pt_to_mm(t.col_x[c + 1] - t.col_x[c]));
  }
  Row row;
  row.min_height_mm = pt_to_mm(min_height);
  const int first = carry.columns.front();
  row.cells.push_back(text_cell(label, carry.style, Align::Center, first));
  size_t slot = 0;
  for (int c = first; c < static_cast<int>(columns); ++c) {
    const bool carried = slot < carry.columns.size() && carry.columns[slot] == c;
    std::string text =
        carried ? format_by_number_format(totals[slot++], carry.number_format, carry.locale) : "";
    row.cells.push_back(text_cell(text, carry.style, Align::Right));
  }
  row_table.rows.push_back(std::move(row));
  return layout_table(row_table, t.col_x.front(), t.col_x.back() - t.col_x.front(), ctx);
}

void prepare_continuation(const Table& table, const TableGrid& grid, TableBox& box,
                          TextContext& ctx) {
  if (table.continued) {
    const double left = box.col_x.front();
    ParagraphBox caption = layout_paragraph(*table.continued, left, box.col_x.back() - left,
                                            table.continued->align, ctx);
    double y = caption.space_before;
    for (LineBox& line : caption.lines) {
      const double h = line.height;
      box.caption.push_back({y, std::move(line)});
      y += h;
    }
    box.caption_height = y + caption.space_after;
  }
  if (!table.carry) return;
  box.carry = &*table.carry;
  for (const PlacedCell& pc : grid.cells) {
    if (table.rows[static_cast<size_t>(pc.row)].header || !pc.cell->value.number) continue;
    const auto& cols = box.carry->columns;
    auto it = std::find(cols.begin(), cols.end(), pc.col);
    if (it == cols.end()) continue;
    box.carry_values.push_back({static_cast<size_t>(pc.row + pc.rowspan - 1),
                                static_cast<size_t>(it - cols.begin()), *pc.cell->value.number});
  }
  // Every carry row is as tall as the one holding the grand totals, the
  // widest figures it will show.
  TableBox tallest = carry_row(box, box.carry->over, carried_totals(box, box.height()), ctx);
  box.carry_height = tallest.height();
}

}  // namespace formwork
