#include "xlsx/sheet_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

#include "model/table_grid.h"
#include "model/units.h"
#include "util/forbidden_chars.h"
#include "xlsx/cell_pictures.h"
#include "xlsx/cell_text.h"
#include "xlsx/lxw_geometry.h"
#include "xlsx/picture_insert.h"
#include "xlsx/text_height.h"
#include "xlsx/xlsx_limits.h"

namespace formwork {
namespace {

constexpr double kLinePitch = 1.3;   // Excel's row pitch for CJK fonts, × size
constexpr double kCellInsetPx = 6;   // Excel's left + right text inset in a cell
constexpr double kMinRuleRowPt = 4;  // a rule row still shows with no spacing

/// Row height in pt that libxlsxwriter measures as at least `px` pixels
/// (it truncates height / 0.75), with one pixel to spare.
double row_pt_for_px(double px) { return (std::ceil(px) + 1) * 0.75; }

const TextStyle& first_style(const std::vector<Paragraph>& ps) {
  static const TextStyle kDefault;
  for (const Paragraph& p : ps) {
    if (!p.runs.empty()) return p.runs.front().style;
  }
  return kDefault;
}

/// A table cell's pictures and how its text is set (no pictures: empty).
struct CellPictures {
  CellContent content;
  CellTextSetting setting;
  /// With text and inline pictures the text goes on top, the band below.
  bool text_on_top() const { return content.has_inline() && content.has_text(); }
};

/// CellPictures for each of `grid`'s cells, in its order; only cells with
/// a picture are looked at closely, so a table of text costs one scan.
std::vector<CellPictures> table_pictures(const TableGrid& grid, const Table& t) {
  std::vector<CellPictures> out(grid.cells.size());
  const double pad_px = mm_to_px(t.cell_padding_mm);
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const Cell& c = *grid.cells[i].cell;
    if (!has_picture(c)) continue;
    out[i].content = cell_content(c);
    out[i].setting = {
        first_style(c.paragraphs).size_pt, kLinePitch, c.align, c.valign, pad_px, pad_px};
  }
  return out;
}

/// Excel border style for a rule `thickness_pt` thick: thin (0.75 pt in
/// Excel's rendering), medium (1.5 pt) or thick (2.25 pt), the nearest.
int border_style(double thickness_pt) {
  if (thickness_pt < 1.125) return LXW_BORDER_THIN;
  if (thickness_pt < 1.875) return LXW_BORDER_MEDIUM;
  return LXW_BORDER_THICK;
}

/// Horizontal extent of a rule, in px from the sheet's left edge.
struct RuleSpan {
  double x0, x1;
};

/// Where a rule paragraph's rule lies across a sheet `width_px` wide: its
/// indents narrow the line (em of the default 12 pt), a rule shorter than
/// the line is placed by the paragraph's alignment.
RuleSpan rule_span(const Paragraph& p, double width_px) {
  constexpr double kEmPx = 12.0 * 96 / 72;
  const double left = p.left_indent_em * kEmPx;
  const double right = width_px - p.right_indent_em * kEmPx;
  const double avail = std::max(right - left, 0.0);
  const double len = p.rule->length_mm > 0 ? std::min(p.rule->length_mm / 25.4 * 96, avail) : avail;
  switch (p.align) {
    case Align::Center:
      return {left + (avail - len) / 2, left + (avail + len) / 2};
    case Align::Right:
      return {right - len, right};
    case Align::Left:
    case Align::Justify:
      break;
  }
  return {left, left + len};
}

}  // namespace

SheetWriter::SheetWriter(lxw_worksheet* ws, std::string name, FormatCache& formats,
                         SheetColumns columns)
    : ws_(ws), name_(std::move(name)), formats_(formats), columns_(std::move(columns)) {}

void SheetWriter::write(std::span<const Block> blocks) {
  for (int c = 0; c <= last_col(); ++c) {
    check_lxw(worksheet_set_column(ws_, c, c, columns_.widths[c], nullptr), "set column");
  }
  for (const Block& b : blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      if (p->rule) {
        rule(*p);
      } else {
        paragraph(*p);
      }
    } else if (const auto* t = std::get_if<Table>(&b)) {
      table(*t, columns_.starts.at(tables_));
    } else {
      page_break();
    }
  }
}

void SheetWriter::page_break() {
  if (row_ > 0 && (breaks_.empty() || breaks_.back() != static_cast<unsigned>(row_))) {
    breaks_.push_back(row_);
  }
}

double SheetWriter::span_px(int c0, int c1) const {
  double px = 0;
  for (int c = c0; c <= c1; ++c) px += columns_.px[c];
  return px;
}

double SheetWriter::lxw_span_px(int c0, int c1) const {
  double px = 0;
  for (int c = c0; c <= c1; ++c) px += lxw_column_px(columns_.widths[c]);
  return px;
}

void SheetWriter::pictures(const CellContent& content, int row, int col, double width_px,
                           double height_px, const CellTextSetting& setting) {
  const double left = lxw_span_px(0, col - 1), sheet = lxw_span_px(0, last_col());
  for (const PlacedPicture& placed : place_pictures(content, width_px, height_px, setting)) {
    const PlacedPicture pp = within_sheet(placed, left, sheet);
    insert_picture(ws_, name_, row, col, *pp.picture, pp.x_px, pp.y_px, pp.width_mm, pp.height_mm);
  }
}

void SheetWriter::paragraph(const Paragraph& p) {
  check_sheet_rows(row_ + 1L, name_);
  const TextStyle style = p.runs.empty() ? TextStyle{} : p.runs.front().style;
  CellFormat f = format_for_style(style);
  f.align = p.align;  // a signature's right alignment is its role default
  f.valign = VAlign::Middle;
  const std::string text = paragraph_row_text(p);
  const double pitch = std::max(kLinePitch, p.line_spacing);
  const CellContent content = has_picture(p) ? paragraph_content(p) : CellContent{};
  const CellTextSetting setting{f.size_pt, pitch, f.align, f.valign, kCellInsetPx / 2, 2};
  if (content.has_inline() && content.has_text()) f.valign = VAlign::Top;  // band below the text

  if (!text.empty()) put_text(text, row_, 0, row_, last_col(), formats_.get(f));
  const int lines = estimate_lines(text, f.size_pt, span_px(0, last_col()) - kCellInsetPx);
  double height = lines * f.size_pt * pitch + p.space_before_pt + p.space_after_pt;
  if (p.role == ParagraphRole::Title) height = std::max(height, f.size_pt * 2);
  const double width_px = lxw_span_px(0, last_col());  // where pictures are placed
  if (content.has_inline()) {
    const double pictures_px = height_with_pictures_px(content, width_px, setting);
    height = std::max(height, row_pt_for_px(pictures_px) + p.space_before_pt + p.space_after_pt);
  }
  check_lxw(worksheet_set_row(ws_, row_, height, nullptr), "set paragraph row height");
  pictures(content, row_, 0, width_px, lxw_row_px(height), setting);
  ++row_;
}

void SheetWriter::rule(const Paragraph& p) {
  check_sheet_rows(row_ + 1L, name_);
  const HorizontalRule& r = *p.rule;
  const RuleSpan span = rule_span(p, span_px(0, last_col()));
  CellFormat f;
  f.bottom_border = border_style(r.thickness_pt);
  f.bottom_color = r.color;
  lxw_format* fmt = formats_.get(f);
  double x = 0;
  for (int c = 0; c <= last_col(); ++c) {
    const double mid = x + columns_.px[c] / 2;
    x += columns_.px[c];
    if (mid >= span.x0 && mid <= span.x1) {
      check_lxw(worksheet_write_blank(ws_, row_, c, fmt), "write rule");
    }
  }
  const double height =
      std::max(p.space_before_pt + p.space_after_pt + r.thickness_pt, kMinRuleRowPt);
  check_lxw(worksheet_set_row(ws_, row_, height, nullptr), "set rule row height");
  ++row_;
}

void SheetWriter::table(const Table& t, const std::vector<int>& starts) {
  const TableGrid grid = resolve_grid(t);
  check_sheet_rows(static_cast<long>(row_) + grid.rows, name_);
  const int top = row_;
  const double pad_pt = 2 * mm_to_pt(t.cell_padding_mm);

  // Heights: single-row cells first, then rowspans add what they still lack
  // to their last row.
  std::vector<double> heights(grid.rows);
  for (int r = 0; r < grid.rows; ++r) heights[r] = mm_to_pt(t.rows[r].min_height_mm);
  const std::vector<CellPictures> pics = table_pictures(grid, t);
  auto needed = [&](size_t i) {
    const PlacedCell& pc = grid.cells[i];
    const double size = first_style(pc.cell->paragraphs).size_pt;
    const double span = span_px(starts[pc.col], starts[pc.col + pc.colspan] - 1);
    const double text =
        estimate_lines(cell_text(*pc.cell), size, span - kCellInsetPx) * size * kLinePitch + pad_pt;
    if (!pics[i].content.has_inline()) return text;
    // Measured on the width the pictures are placed in (place_pictures).
    const double lxw_span = lxw_span_px(starts[pc.col], starts[pc.col + pc.colspan] - 1);
    return std::max(
        text, row_pt_for_px(height_with_pictures_px(pics[i].content, lxw_span, pics[i].setting)));
  };
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& pc = grid.cells[i];
    if (pc.rowspan == 1) heights[pc.row] = std::max(heights[pc.row], needed(i));
  }
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& pc = grid.cells[i];
    if (pc.rowspan == 1) continue;
    double have = 0;
    for (int r = pc.row; r < pc.row + pc.rowspan; ++r) have += heights[r];
    heights[pc.row + pc.rowspan - 1] += std::max(0.0, needed(i) - have);
  }

  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& pc = grid.cells[i];
    cell(*pc.cell, t, top + pc.row, starts[pc.col], top + pc.row + pc.rowspan - 1,
         starts[pc.col + pc.colspan] - 1, pics[i].text_on_top());
  }
  if (t.borders) {  // holes (short rows) still get their grid lines
    CellFormat hole;
    hole.border = true;
    for (int r = 0; r < grid.rows; ++r) {
      for (int c = 0; c < grid.cols; ++c) {
        if (grid.owner[r][c] >= 0) continue;
        for (int sc = starts[c]; sc < starts[c + 1]; ++sc) {
          check_lxw(worksheet_write_blank(ws_, top + r, sc, formats_.get(hole)), "write blank");
        }
      }
    }
  }
  for (int r = 0; r < grid.rows; ++r) {
    check_lxw(worksheet_set_row(ws_, top + r, heights[r], nullptr), "set row height");
  }
  for (size_t i = 0; i < grid.cells.size(); ++i) {
    const PlacedCell& pc = grid.cells[i];
    if (pics[i].content.pictures.empty()) continue;
    int height_px = 0;  // as libxlsxwriter will anchor: whole pixels per row
    for (int r = pc.row; r < pc.row + pc.rowspan; ++r) height_px += lxw_row_px(heights[r]);
    pictures(pics[i].content, top + pc.row, starts[pc.col],
             lxw_span_px(starts[pc.col], starts[pc.col + pc.colspan] - 1), height_px,
             pics[i].setting);
  }
  // A worksheet prints one band of repeated rows (Excel print titles): the
  // header rows of the first table that has any.
  if (!header_rows_) {
    int first = 0;
    while (first < grid.rows && !t.rows[first].header) ++first;
    int last = first;
    while (last + 1 < grid.rows && t.rows[last + 1].header) ++last;
    if (first < grid.rows) header_rows_ = std::make_pair(top + first, top + last);
  }
  row_ += grid.rows;
  ++tables_;
}

void SheetWriter::cell(const Cell& c, const Table& t, int r0, int c0, int r1, int c1,
                       bool text_on_top) {
  CellFormat f = format_for_style(first_style(c.paragraphs));
  f.align = c.align;
  f.valign = text_on_top ? VAlign::Top : c.valign;
  f.border = t.borders;
  f.shaded = c.shaded;
  const CellValue& v = c.value;
  const bool typed = v.number.has_value() || !v.formula_r1c1.empty();
  if (typed) f.number_format = v.number_format;
  lxw_format* fmt = formats_.get(f);

  // Data text is written as a string, never parsed: "=1+1" stays text.
  if (!typed || r0 != r1 || c0 != c1) put_text(typed ? "" : cell_text(c), r0, c0, r1, c1, fmt);
  if (v.number) check_cell_number(*v.number, v.number_format, name_, r0, c0);
  if (v.text) check_cell_text(*v.text, name_, r0, c0);
  if (!v.formula_r1c1.empty()) {
    formulas_.push_back({&v, r0, c0, fmt});
  } else if (v.number) {
    check_lxw(worksheet_write_number(ws_, r0, c0, v.number->to_double(), fmt), "write number");
  }
}

void SheetWriter::put_text(std::string_view text, int r0, int c0, int r1, int c1, lxw_format* fmt) {
  std::string storage;
  const std::string clean(clean_text(text, storage));  // NUL-terminated for libxlsxwriter
  check_cell_text(clean, name_, r0, c0);
  if (r0 != r1 || c0 != c1) {
    check_lxw(worksheet_merge_range(ws_, r0, c0, r1, c1, clean.c_str(), fmt), "merge cells");
  } else {
    check_lxw(worksheet_write_string(ws_, r0, c0, clean.c_str(), fmt), "write string");
  }
}

}  // namespace formwork
