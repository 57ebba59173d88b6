#include "docx/table_reader.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <stdexcept>
#include <variant>

#include "docx/cell_number.h"
#include "docx/reader_xml.h"
#include "model/table_grid.h"

namespace formwork {

namespace {

using docx_read::attr_value;
using docx_read::child;
using docx_read::child_val;
using docx_read::is;
using docx_read::local_name;
using docx_read::number_attr;
using docx_read::twips_attr;

constexpr double kMmPerTwip = 25.4 / 1440;
// Word's cell margins when neither the table nor its style states them
// (§17.4.42 defaults as Word applies them: 0.19 cm at the sides).
constexpr double kDefaultSideMargin = 108;
// A table this close to the text width fills it (LibreOffice and Word
// tables often differ from the text width by a few twips or a border).
constexpr double kFullWidthShare = 0.95;

// The elements named `name` among `node`'s children, looking through
// content controls and custom XML that wrap rows or cells.
void collect(const pugi::xml_node& node, std::string_view name, std::vector<pugi::xml_node>& out) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, name)) {
      out.push_back(c);
    } else if (is(c, "sdt")) {
      collect(child(c, "sdtContent"), name, out);
    } else if (is(c, "customXml")) {
      collect(c, name, out);
    }
  }
}

int int_val(const pugi::xml_node& node, int fallback) {
  std::optional<double> v = number_attr(node, "val");
  return v ? std::max(0, static_cast<int>(*v)) : fallback;
}

// One w:tc placed on the grid.
struct WordCell {
  pugi::xml_node tc;
  int col = 0;
  int span = 1;
  int rowspan = 1;
  bool covered = false;  ///< a vMerge continuation: part of the cell above
};

struct WordRow {
  pugi::xml_node tr;
  std::vector<WordCell> cells;
};

enum class Merge { None, Restart, Continue };

Merge vertical_merge(const pugi::xml_node& tc_pr) {
  pugi::xml_node v = child(tc_pr, "vMerge");
  if (!v) return Merge::None;
  return attr_value(v, "val") == "restart" ? Merge::Restart : Merge::Continue;
}

// The row's cells at their grid columns (after w:gridBefore), w:hMerge
// continuations folded into the cell they continue.
WordRow place_row(const pugi::xml_node& tr) {
  WordRow row{tr, {}};
  int col = int_val(child(child(tr, "trPr"), "gridBefore"), 0);
  std::vector<pugi::xml_node> cells;
  collect(tr, "tc", cells);
  for (const pugi::xml_node& tc : cells) {
    pugi::xml_node pr = child(tc, "tcPr");
    const int span = std::max(1, int_val(child(pr, "gridSpan"), 1));
    pugi::xml_node h = child(pr, "hMerge");
    if (h && attr_value(h, "val") != "restart" && !row.cells.empty()) {
      row.cells.back().span += span;
    } else {
      row.cells.push_back({tc, col, span, 1, false});
    }
    col += span;
  }
  return row;
}

// Vertical merges: a continuing cell joins the cell above it that starts
// at the same column with the same span (its group's top cell).
void merge_rows(std::vector<WordRow>& rows) {
  // (row, cell) of the group top covering each start column, per row.
  std::map<int, std::pair<size_t, size_t>> above;
  for (size_t r = 0; r < rows.size(); ++r) {
    std::map<int, std::pair<size_t, size_t>> here;
    for (size_t i = 0; i < rows[r].cells.size(); ++i) {
      WordCell& cell = rows[r].cells[i];
      auto top = above.find(cell.col);
      if (vertical_merge(child(cell.tc, "tcPr")) == Merge::Continue && top != above.end()) {
        WordCell& t = rows[top->second.first].cells[top->second.second];
        if (t.span == cell.span) {
          cell.covered = true;
          ++t.rowspan;
          here[cell.col] = top->second;
          continue;
        }
      }
      here[cell.col] = {r, i};
    }
    above = std::move(here);
  }
}

int column_count(const std::vector<WordRow>& rows, size_t grid_cols) {
  int cols = static_cast<int>(grid_cols);
  for (const WordRow& row : rows) {
    for (const WordCell& c : row.cells) cols = std::max(cols, c.col + c.span);
  }
  return cols;
}

VAlign cell_valign(const pugi::xml_node& tc_pr) {
  std::string_view v = attr_value(child(tc_pr, "vAlign"), "val");
  if (v == "center") return VAlign::Middle;
  if (v == "bottom") return VAlign::Bottom;
  return VAlign::Top;  // §17.4.84: top when not stated
}

// Whether the cell shows borders: its w:tcBorders when it states any
// side, else the table's.
bool cell_borders(const pugi::xml_node& tc_pr, bool table_borders) {
  pugi::xml_node borders = child(tc_pr, "tcBorders");
  if (!borders) return table_borders;
  bool stated = false;
  for (pugi::xml_node side : borders.children()) {
    if (side.type() != pugi::node_element) continue;
    stated = true;
    if (border_shows(side)) return true;
  }
  return stated ? false : table_borders;
}

// The text of a cell with one line of text (empty paragraphs around it
// ignored), or "" when it has more (a number is one line).
std::string cell_text(const std::vector<Paragraph>& paragraphs) {
  std::string text;
  for (const Paragraph& p : paragraphs) {
    std::string t = p.text();
    if (t.empty()) continue;
    if (!text.empty() || t.find('\n') != std::string::npos) return "";
    text = std::move(t);
  }
  return text;
}

Align common_align(const std::vector<Paragraph>& paragraphs) {
  if (paragraphs.empty()) return Align::Left;
  Align a = paragraphs.front().align;
  for (const Paragraph& p : paragraphs) {
    if (p.align != a) return Align::Left;
  }
  return a;
}

struct Columns {
  std::vector<double> twips;
  bool relative = true;
};

Columns read_columns(const pugi::xml_node& tbl, int cols, double text_width_mm) {
  Columns out;
  for (pugi::xml_node g : child(tbl, "tblGrid").children()) {
    if (is(g, "gridCol")) out.twips.push_back(std::max(0.0, twips_attr(g, "w").value_or(0)));
  }
  out.twips.resize(static_cast<size_t>(cols), 0);
  const double known = std::accumulate(out.twips.begin(), out.twips.end(), 0.0);
  const size_t missing = static_cast<size_t>(std::count(out.twips.begin(), out.twips.end(), 0.0));
  if (known <= 0) {
    std::fill(out.twips.begin(), out.twips.end(), 1.0);  // no grid: equal columns
    return out;
  }
  if (missing > 0) {
    const double mean = known / static_cast<double>(out.twips.size() - missing);
    for (double& w : out.twips) w = w > 0 ? w : mean;
  }
  pugi::xml_node tbl_w = child(child(tbl, "tblPr"), "tblW");
  const bool percent = attr_value(tbl_w, "type") == "pct";
  const double total_mm = std::accumulate(out.twips.begin(), out.twips.end(), 0.0) * kMmPerTwip;
  out.relative = percent || total_mm >= kFullWidthShare * text_width_mm;
  return out;
}

double cell_padding_mm(const TableProps& props) {
  const double sum = props.margin_top.value_or(0) + props.margin_bottom.value_or(0) +
                     props.margin_left.value_or(kDefaultSideMargin) +
                     props.margin_right.value_or(kDefaultSideMargin);
  return std::max(0.0, sum / 4) * kMmPerTwip;
}

Row row_frame(const pugi::xml_node& tr) {
  Row row;
  pugi::xml_node pr = child(tr, "trPr");
  if (pugi::xml_node h = child(pr, "trHeight")) {
    row.min_height_mm = std::max(0.0, twips_attr(h, "val").value_or(0)) * kMmPerTwip;
  }
  if (pugi::xml_node header = child(pr, "tblHeader")) row.header = docx_read::on_off(header);
  return row;
}

// An empty cell standing in for grid columns no w:tc covers before a later
// cell of the row (w:gridBefore, or a malformed row).
Cell gap_cell(int span) {
  Cell cell;
  cell.colspan = span;
  cell.paragraphs.push_back(Paragraph{});
  return cell;
}

// Grid positions covered by a rowspan from an earlier row.
class Coverage {
 public:
  Coverage(size_t rows, int cols) : cols_(cols), covered_(rows, std::vector<bool>(cols)) {}
  int cols() const { return cols_; }
  bool covered(size_t r, int c) const { return covered_[r][static_cast<size_t>(c)]; }
  // The rows below `r` that a cell at (r, c) spanning `colspan` × `rowspan` covers.
  void cover(size_t r, int c, int colspan, int rowspan) {
    for (int dr = 1; dr < rowspan && r + static_cast<size_t>(dr) < covered_.size(); ++dr) {
      for (int dc = 0; dc < colspan && c + dc < cols_; ++dc) {
        covered_[r + static_cast<size_t>(dr)][static_cast<size_t>(c + dc)] = true;
      }
    }
  }

 private:
  int cols_;
  std::vector<std::vector<bool>> covered_;
};

// One model cell of a row, in HTML order: a Word cell, or (cell null) an
// empty cell over a gap that a later cell of the row follows.
struct RowSlot {
  const WordCell* cell = nullptr;
  int col = 0;
  int span = 1;
};

std::vector<RowSlot> row_slots(const WordRow& row, size_t r, const Coverage& covered) {
  const int cols = covered.cols();
  std::vector<const WordCell*> start(static_cast<size_t>(cols), nullptr);
  for (const WordCell& c : row.cells) {
    if (!c.covered) start[static_cast<size_t>(c.col)] = &c;
  }
  std::vector<RowSlot> slots;
  for (int c = 0; c < cols;) {
    if (covered.covered(r, c)) {
      ++c;
    } else if (const WordCell* wc = start[static_cast<size_t>(c)]) {
      slots.push_back({wc, c, wc->span});
      c += wc->span;
    } else {
      int end = c;
      while (end < cols && !covered.covered(r, end) && start[static_cast<size_t>(end)] == nullptr) {
        ++end;
      }
      const bool later = std::any_of(start.begin() + end, start.end(),
                                     [](const WordCell* x) { return x != nullptr; });
      if (later) slots.push_back({nullptr, c, end - c});
      c = end;
    }
  }
  return slots;
}

}  // namespace

void TableReader::append_content(const pugi::xml_node& container, const ResolvedStyle* style,
                                 std::vector<Paragraph>& out) {
  PreviousParagraph previous;
  std::vector<Block> blocks;
  // Page breaks do nothing in a cell (Word ignores them there too).
  auto flush = [&] {
    for (Block& b : blocks) {
      if (auto* p = std::get_if<Paragraph>(&b)) out.push_back(std::move(*p));
    }
    blocks.clear();
    previous.forget();
  };
  for (pugi::xml_node c = container.first_child(); c; c = c.next_sibling()) {
    std::string_view name = local_name(c);
    if (c.type() != pugi::node_element) continue;
    if (name == "p") {
      ReadParagraph read = paragraphs_.read(c, style);
      previous.place(read, blocks);
    } else if (name == "tbl") {
      flush();
      ctx_.warnings->note(DocxLoss::NestedTable, part_.name);
      std::vector<pugi::xml_node> rows;
      collect(c, "tr", rows);
      for (const pugi::xml_node& tr : rows) {
        std::vector<pugi::xml_node> cells;
        collect(tr, "tc", cells);
        for (const pugi::xml_node& tc : cells) append_content(tc, style, out);
      }
    } else if (name == "sdt") {
      flush();
      append_content(child(c, "sdtContent"), style, out);
    } else if (name == "customXml") {
      flush();
      append_content(c, style, out);
    } else if (name == "altChunk") {
      ctx_.warnings->note(DocxLoss::AltChunk, part_.name);
    }
  }
  flush();
}

std::vector<Paragraph> TableReader::cell_paragraphs(const pugi::xml_node& tc,
                                                    const ResolvedStyle* style) {
  std::vector<Paragraph> out;
  append_content(tc, style, out);
  return out;
}

Table TableReader::frame(const pugi::xml_node& tbl, const TableProps& props, int cols) {
  Columns columns = read_columns(tbl, cols, ctx_.text_width_mm);
  Table table;
  table.column_widths = columns.twips;
  if (!columns.relative) {
    for (double w : columns.twips) table.column_widths_mm.push_back(w * kMmPerTwip);
    std::string_view jc = attr_value(child(child(tbl, "tblPr"), "jc"), "val");
    if (jc == "center" || jc == "right" || jc == "end") {
      ctx_.warnings->note(DocxLoss::TableAlign, part_.name);
    }
  }
  table.cell_padding_mm = cell_padding_mm(props);
  return table;
}

Cell TableReader::read_cell(const pugi::xml_node& tc, const ResolvedStyle* style) {
  pugi::xml_node pr = child(tc, "tcPr");
  Cell cell;
  cell.paragraphs = cell_paragraphs(tc, style);
  cell.align = common_align(cell.paragraphs);
  cell.value = cell_value_from_text(cell_text(cell.paragraphs));
  cell.valign = cell_valign(pr);
  cell.shaded = shading_fills(child(pr, "shd"));
  std::string_view direction = attr_value(child(pr, "textDirection"), "val");
  if (!direction.empty() && direction != "lrTb" && direction != "tb") {
    ctx_.warnings->note(DocxLoss::VerticalText, part_.name);
  }
  return cell;
}

std::optional<Table> TableReader::read(const pugi::xml_node& tbl) {
  pugi::xml_node tbl_pr = child(tbl, "tblPr");
  const ResolvedStyle& style = ctx_.styles->table_style(child_val(tbl_pr, "tblStyle").value_or(""));
  TableProps props = style.table;
  props.overlay(read_table_props(tbl_pr));
  std::vector<pugi::xml_node> trs;
  collect(tbl, "tr", trs);
  std::vector<WordRow> rows;
  for (const pugi::xml_node& tr : trs) rows.push_back(place_row(tr));
  merge_rows(rows);
  const int cols = column_count(rows, 0);
  if (cols == 0) return std::nullopt;
  Table table = frame(tbl, props, cols);
  const bool table_borders = props.borders.value_or(false);
  size_t shown = 0, total = 0;
  Coverage covered(rows.size(), cols);
  for (size_t r = 0; r < rows.size(); ++r) {
    Row row = row_frame(rows[r].tr);
    for (const RowSlot& slot : row_slots(rows[r], r, covered)) {
      if (slot.cell == nullptr) {
        row.cells.push_back(gap_cell(slot.span));
        continue;
      }
      Cell cell = read_cell(slot.cell->tc, &style);
      cell.colspan = slot.span;
      cell.rowspan = std::min<int>(slot.cell->rowspan, static_cast<int>(rows.size() - r));
      covered.cover(r, slot.col, cell.colspan, cell.rowspan);
      shown += cell_borders(child(slot.cell->tc, "tcPr"), table_borders) ? 1 : 0;
      ++total;
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
  table.borders = total > 0 ? shown * 2 >= total : table_borders;
  if (shown != 0 && shown != total) ctx_.warnings->note(DocxLoss::CellBorders, part_.name);
  return table;
}

}  // namespace formwork
