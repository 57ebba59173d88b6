#include "xlsx/sheet_bands.h"

#include <algorithm>

namespace formwork::xlsx_read {

namespace {

constexpr double kMmPerPt = 25.4 / 72;
// Lines in cells are set a little tighter than body text: Excel's 15 pt row
// holds an 11 pt line (1.36) with its padding, so 1.15 plus the padding
// below keeps a default row near its height on the sheet.
constexpr double kCellLineSpacing = 1.15;
constexpr double kCellPaddingMm = 0.5;     // Excel's 2 px at 96 dpi
constexpr double kBodyLineSpacing = 1.25;  // Paragraph's default
constexpr double kSpacerBasePt = 12;       // the size of a paragraph without runs

// A printed cell area: one cell, or a merge cut to the printed rows and
// columns (and to a band). Indices are into PrintedGrid rows and cols.
struct Slot {
  int ri1 = 0, ci1 = 0, ri2 = 0, ci2 = 0;
  const SheetCell* cell = nullptr;  // the merge's top-left cell, or the cell itself
};

class BandBuilder {
 public:
  BandBuilder(const BandSource& s, XlsxWarnings& w) : src_(s), warnings_(w) {
    place_columns();
    index_merges();
    index_pictures();
  }

  std::vector<Block> build() {
    const int n = static_cast<int>(src_.grid.rows.size());
    for (int ri = 0; ri < n;) {
      if (bordered(ri)) {
        int j = ri;
        while (j + 1 < n && bordered(j + 1)) ++j;
        emit_table(ri, j, true);
        ri = j + 1;
        continue;
      }
      const std::vector<Slot> slots = content_slots(ri, 0, n - 1);
      if (slots.empty()) {
        pending_pt_ += height_pt(ri++);
      } else if (slots.size() == 1) {
        emit_paragraph(ri++, slots.front());
      } else {
        int j = ri;
        while (j + 1 < n && !bordered(j + 1) && content_slots(j + 1, 0, n - 1).size() >= 2) ++j;
        emit_table(ri, j, false);
        ri = j + 1;
      }
    }
    return std::move(blocks_);
  }

 private:
  // ------------------------------------------------------------ geometry

  void place_columns() {
    for (int c : src_.grid.cols) widths_mm_.push_back(column_mm(src_.sheet.col_width(c)));
    const double total = printed_width_mm(src_.sheet, src_.grid);
    fits_ = total <= src_.text_width_mm + 0.01;
    const double scale = fits_ || total <= 0 ? 1 : src_.text_width_mm / total;
    x_mm_.push_back(0);
    for (double w : widths_mm_) x_mm_.push_back(x_mm_.back() + w * scale);
  }

  double height_pt(int ri) const { return src_.sheet.row_height(src_.grid.rows[ri]); }

  // ------------------------------------------------------------- merges

  void index_merges() {
    const auto& rows = src_.grid.rows;
    const auto& cols = src_.grid.cols;
    merge_at_.assign(rows.size(), std::vector<int>(cols.size(), -1));
    for (size_t m = 0; m < src_.sheet.merges.size(); ++m) {
      const CellArea& a = src_.sheet.merges[m];
      for (size_t ri = 0; ri < rows.size(); ++ri) {
        if (rows[ri] < a.row1 || rows[ri] > a.row2) continue;
        for (size_t ci = 0; ci < cols.size(); ++ci) {
          if (cols[ci] >= a.col1 && cols[ci] <= a.col2) merge_at_[ri][ci] = static_cast<int>(m);
        }
      }
    }
  }

  // The slot that position (ri, ci) belongs to within rows [b0, b1].
  Slot slot_at(int ri, int ci, int b0, int b1) const {
    const int m = merge_at_[ri][ci];
    if (m < 0) {
      return {ri, ci, ri, ci, src_.sheet.cell(src_.grid.rows[ri], src_.grid.cols[ci])};
    }
    Slot s{ri, ci, ri, ci, nullptr};
    while (s.ri1 > b0 && merge_at_[s.ri1 - 1][ci] == m) --s.ri1;
    while (s.ri2 < b1 && merge_at_[s.ri2 + 1][ci] == m) ++s.ri2;
    while (s.ci1 > 0 && merge_at_[ri][s.ci1 - 1] == m) --s.ci1;
    while (s.ci2 + 1 < static_cast<int>(merge_at_[ri].size()) && merge_at_[ri][s.ci2 + 1] == m) {
      ++s.ci2;
    }
    const CellArea& a = src_.sheet.merges[static_cast<size_t>(m)];
    s.cell = src_.sheet.cell(a.row1, a.col1);
    return s;
  }

  const XfStyle& style_of(const SheetCell* cell) const {
    return src_.styles[cell && cell->xf < src_.styles.size() ? cell->xf : 0];
  }

  // A row is part of a bordered table when a printed cell in it, or the
  // merge covering it, has a border.
  bool bordered(int ri) const {
    for (size_t ci = 0; ci < src_.grid.cols.size(); ++ci) {
      const SheetCell* own = src_.sheet.cell(src_.grid.rows[ri], src_.grid.cols[ci]);
      if (own && style_of(own).border_sides > 0) return true;
      const int m = merge_at_[ri][ci];
      if (m >= 0) {
        const CellArea& a = src_.sheet.merges[static_cast<size_t>(m)];
        if (style_of(src_.sheet.cell(a.row1, a.col1)).border_sides > 0) return true;
      }
    }
    return false;
  }

  // ----------------------------------------------------------- pictures

  void index_pictures() {
    for (const AnchoredPicture& p : src_.pictures) {
      const auto& rows = src_.grid.rows;
      const auto& cols = src_.grid.cols;
      const auto r = std::find(rows.begin(), rows.end(), p.row);
      const auto c = std::find(cols.begin(), cols.end(), p.col);
      if (r == rows.end() || c == cols.end()) {
        warnings_.note(XlsxLoss::PictureOutside, src_.sheet_name);
        continue;
      }
      placed_.push_back(
          {static_cast<int>(r - rows.begin()), static_cast<int>(c - cols.begin()), &p});
    }
  }

  struct Placed {
    int ri, ci;
    const AnchoredPicture* picture;
  };

  std::vector<const Placed*> pictures_in(const Slot& s) const {
    std::vector<const Placed*> out;
    for (const Placed& p : placed_) {
      if (p.ri >= s.ri1 && p.ri <= s.ri2 && p.ci >= s.ci1 && p.ci <= s.ci2) out.push_back(&p);
    }
    return out;
  }

  // Floating picture runs for slot `s`, offset from its top-left corner;
  // `above_line_mm` is the space between that corner and the line's top.
  std::vector<Run> picture_runs(const Slot& s, double above_line_mm) const {
    std::vector<Run> runs;
    for (const Placed* p : pictures_in(s)) {
      double dy = p->picture->offset_y_mm - above_line_mm;
      for (int ri = s.ri1; ri < p->ri; ++ri) dy += height_pt(ri) * kMmPerPt;
      auto pic = std::make_shared<Picture>(*p->picture->picture);
      pic->floating = true;
      pic->offset_x_mm = x_mm_[p->ci] - x_mm_[s.ci1] + p->picture->offset_x_mm;
      pic->offset_y_mm = dy;
      Run run;
      run.picture = std::move(pic);
      runs.push_back(std::move(run));
    }
    return runs;
  }

  // ------------------------------------------------------------- slots

  bool has_content(const Slot& s) const {
    return (s.cell && s.cell->has_text()) || !pictures_in(s).empty();
  }

  // The slots starting in row ri (within rows [b0, b1]) that show something.
  std::vector<Slot> content_slots(int ri, int b0, int b1) const {
    std::vector<Slot> out;
    for (int ci = 0; ci < static_cast<int>(src_.grid.cols.size()); ++ci) {
      const Slot s = slot_at(ri, ci, b0, b1);
      if (s.ri1 == ri && s.ci1 == ci && has_content(s)) out.push_back(s);
    }
    return out;
  }

  Align align_of(const SheetCell* cell) const {
    const XfStyle& xf = style_of(cell);
    if (xf.distributed) warnings_.note(XlsxLoss::DistributedAlign, src_.sheet_name);
    if (!xf.align_general) return xf.align;
    if (!cell || cell->kind == CellKind::Text) return Align::Left;
    return cell->kind == CellKind::Number ? Align::Right : Align::Center;
  }

  // ---------------------------------------------------------- paragraphs

  void emit_paragraph(int ri, const Slot& s) {
    Paragraph p;
    const XfStyle& xf = style_of(s.cell);
    const TextStyle& first = s.cell && !s.cell->runs.empty() ? s.cell->runs.front().style : xf.font;
    p.align = align_of(s.cell);
    place_horizontally(p, s, first.size_pt * kMmPerPt, xf.wrap);
    const double lines = 1 + static_cast<double>(count_breaks(s.cell));
    const double extra = std::max(0.0, height_pt(ri) - first.size_pt * kBodyLineSpacing * lines);
    const double before = xf.valign == VAlign::Bottom   ? extra
                          : xf.valign == VAlign::Middle ? extra / 2
                                                        : 0;
    p.space_before_pt = pending_pt_ + before;
    p.space_after_pt = extra - before;
    pending_pt_ = 0;
    p.runs = picture_runs(s, before * kMmPerPt);
    if (s.cell) p.runs.insert(p.runs.end(), s.cell->runs.begin(), s.cell->runs.end());
    if (p.runs.front().picture && p.runs.size() == 1) p.runs.front().style = first;
    blocks_.push_back(std::move(p));
  }

  static size_t count_breaks(const SheetCell* cell) {
    size_t n = 0;
    if (!cell) return n;
    for (const Run& r : cell->runs)
      n += static_cast<size_t>(std::count(r.text.begin(), r.text.end(), '\n'));
    return n;
  }

  // Indents that put the paragraph where its cell stands on the sheet.
  // Left text that does not wrap may run on to the sheet's right edge, as
  // it overflows into empty cells; wrapped text stays within its cell;
  // centred text is centred on its cell.
  void place_horizontally(Paragraph& p, const Slot& s, double em_mm, bool wrap) const {
    const double total = x_mm_.back();
    const double x0 = x_mm_[static_cast<size_t>(s.ci1)];
    const double x1 = x_mm_[static_cast<size_t>(s.ci2) + 1];
    double left = 0, right = 0;
    if (p.align == Align::Center) {
      const double centre = (x0 + x1) / 2;
      const double half = std::min(centre, total - centre);
      left = centre - half;
      right = total - (centre + half);
    } else if (p.align == Align::Right) {
      right = total - x1;
    } else {
      left = x0;
      if (p.align == Align::Justify || wrap) right = total - x1;
    }
    // The paragraph may not be wider than the text block: the sheet's
    // right edge is the table's, which may stop short of it.
    right += std::max(0.0, src_.text_width_mm - total);
    if (p.align == Align::Left && !wrap) right = 0;
    p.left_indent_em = left / em_mm;
    p.right_indent_em = right / em_mm;
  }

  // --------------------------------------------------------------- tables

  void emit_spacer() {
    if (pending_pt_ <= 0) return;
    Paragraph spacer;
    spacer.line_spacing = pending_pt_ / kSpacerBasePt;
    spacer.widow_control = false;
    blocks_.push_back(std::move(spacer));
    pending_pt_ = 0;
  }

  Cell make_cell(const Slot& s, bool borders, bool& odd_border) const {
    Cell c;
    const XfStyle& xf = style_of(s.cell);
    if (borders && (xf.border_sides != 4 || xf.border_styled)) odd_border = true;
    c.colspan = s.ci2 - s.ci1 + 1;
    c.rowspan = s.ri2 - s.ri1 + 1;
    c.align = align_of(s.cell);
    c.valign = xf.valign;
    c.shaded = xf.shaded;
    Paragraph p;
    p.align = c.align;
    p.line_spacing = kCellLineSpacing;
    p.runs = picture_runs(s, kCellPaddingMm);
    if (s.cell) {
      p.runs.insert(p.runs.end(), s.cell->runs.begin(), s.cell->runs.end());
      if (s.cell->number) {
        c.value.number = s.cell->number;
        c.value.number_format = xf.number_format == "General" ? "" : xf.number_format;
      }
    }
    if (p.runs.empty())
      p.runs.push_back({"", xf.font, nullptr});  // the line takes the cell's font size
    c.paragraphs.push_back(std::move(p));
    return c;
  }

  // The slots starting in row ri, left to right (positions covered by a
  // span from the left or above are left out).
  std::vector<Slot> row_slots(int ri, int b0, int b1) const {
    std::vector<Slot> out;
    for (int ci = 0; ci < static_cast<int>(src_.grid.cols.size()); ++ci) {
      const Slot s = slot_at(ri, ci, b0, b1);
      if (s.ri1 == ri && s.ci1 == ci) out.push_back(s);
    }
    return out;
  }

  bool is_free(const Slot& s) const {
    return s.ri1 == s.ri2 && s.ci1 == s.ci2 && merge_at_[s.ri1][s.ci1] < 0 && !has_content(s);
  }

  // Text without wrapping runs on over empty neighbours, as a spreadsheet
  // shows it when no border stops it: left-aligned text to the right,
  // right-aligned (numbers) to the left. The covering cell spans them.
  std::vector<Slot> overflow(std::vector<Slot> slots) const {
    std::vector<bool> gone(slots.size(), false);
    for (size_t k = 0; k < slots.size(); ++k) {
      if (gone[k] || !has_content(slots[k]) || style_of(slots[k].cell).wrap) continue;
      const Align a = align_of(slots[k].cell);
      if (a == Align::Left) {
        for (size_t j = k + 1; j < slots.size() && !gone[j] && is_free(slots[j]); ++j) {
          slots[k].ci2 = slots[j].ci2;
          gone[j] = true;
        }
      } else if (a == Align::Right) {
        for (size_t j = k; j-- > 0 && !gone[j] && is_free(slots[j]);) {
          slots[k].ci1 = slots[j].ci1;
          gone[j] = true;
        }
      }
    }
    std::vector<Slot> out;
    for (size_t k = 0; k < slots.size(); ++k) {
      if (!gone[k]) out.push_back(slots[k]);
    }
    return out;
  }

  void emit_table(int b0, int b1, bool borders) {
    emit_spacer();
    Table t;
    t.borders = borders;
    // Without borders nothing shows the padding; the text gets the room.
    t.cell_padding_mm = borders ? kCellPaddingMm : 0;
    t.column_widths = widths_mm_;
    if (fits_) t.column_widths_mm = widths_mm_;
    bool odd_border = false;
    for (int ri = b0; ri <= b1; ++ri) {
      Row row;
      row.min_height_mm = height_pt(ri) * kMmPerPt;
      std::vector<Slot> slots = row_slots(ri, b0, b1);
      if (!borders) slots = overflow(std::move(slots));
      for (const Slot& s : slots) row.cells.push_back(make_cell(s, borders, odd_border));
      t.rows.push_back(std::move(row));
    }
    if (odd_border) warnings_.note(XlsxLoss::CellBorders, src_.sheet_name);
    blocks_.push_back(std::move(t));
  }

  const BandSource& src_;
  XlsxWarnings& warnings_;
  std::vector<double> widths_mm_;  // printed columns' widths on the sheet
  std::vector<double> x_mm_;       // their left edges as printed (fitted), plus the right edge
  bool fits_ = true;
  std::vector<std::vector<int>> merge_at_;  // [ri][ci] → merge index, -1 for none
  std::vector<Placed> placed_;
  std::vector<Block> blocks_;
  double pending_pt_ = 0;  // empty rows' height not yet given to a block
};

}  // namespace

double printed_width_mm(const WorksheetData& sheet, const PrintedGrid& grid) {
  double total = 0;
  for (int c : grid.cols) total += column_mm(sheet.col_width(c));
  return total;
}

std::vector<Block> sheet_bands(const BandSource& source, XlsxWarnings& warnings) {
  if (source.grid.rows.empty() || source.grid.cols.empty()) return {};
  return BandBuilder(source, warnings).build();
}

}  // namespace formwork::xlsx_read
