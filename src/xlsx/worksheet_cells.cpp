#include "xlsx/worksheet_cells.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

#include "ooxml/xml_read.h"
#include "util/errors.h"
#include "util/forbidden_chars.h"
#include "util/utf8.h"
#include "xlsx/number_format_text.h"
#include "xlsx/sheet_ref.h"

namespace formwork::xlsx_read {

namespace {

using ooxml::attr_value;
using ooxml::child;
using ooxml::is;

double number_or(std::string_view text, double fallback) {
  const std::optional<double> v = ooxml::parse_number(text);
  return v ? *v : fallback;
}

bool true_attr(const pugi::xml_node& n, std::string_view name) {
  const std::string_view v = attr_value(n, name);
  return v == "1" || v == "true";
}

// ST_Xstring escapes (§22.9.2.19): "_x000D_" is U+000D; "_x005F_" a '_'.
std::string unescape_xstring(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      const std::string hex(s.substr(i + 2, 4));
      char* end = nullptr;
      const unsigned long cp = std::strtoul(hex.c_str(), &end, 16);
      if (end == hex.c_str() + 4) {
        out += u32_to_utf8(std::u32string(1, static_cast<char32_t>(cp)));
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::string run_text(std::string_view raw) {
  return nfc(normalize_run_text(unescape_xstring(raw), true));
}

// The runs of a string item (§18.4.8 si, or an inline is): plain t, or r
// runs each with its rPr over the cell's font; phonetic rPh left out.
std::vector<Run> string_runs(const pugi::xml_node& item, const TextStyle& base) {
  std::vector<Run> runs;
  for (pugi::xml_node n : item.children()) {
    if (is(n, "t")) {
      runs.push_back({run_text(n.text().get()), base, nullptr});
    } else if (is(n, "r")) {
      std::string face;
      bool known = true;
      const TextStyle style = read_font(child(n, "rPr"), base, face, known);
      runs.push_back({run_text(child(n, "t").text().get()), style, nullptr});
    }
  }
  return runs;
}

std::string cell_name(int row, int col) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters + std::to_string(row + 1);
}

SheetCell read_cell(const pugi::xml_node& c, const CellSources& src, const std::string& where) {
  SheetCell cell;
  const std::string_view s = attr_value(c, "s");
  cell.xf = s.empty() ? 0 : std::strtoul(std::string(s).c_str(), nullptr, 10);
  if (cell.xf >= src.styles->size()) cell.xf = 0;
  const XfStyle& xf = (*src.styles)[cell.xf];
  const std::string_view type = attr_value(c, "t");
  const std::string v = child(c, "v").text().get();
  if (type == "inlineStr") {
    cell.runs = string_runs(child(c, "is"), xf.font);
  } else if (!child(c, "v")) {
    // a styled empty cell, or a formula without a cached value
  } else if (type == "s") {
    char* end = nullptr;
    const unsigned long i = std::strtoul(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || i >= src.shared_strings.size()) {
      throw TemplateError(where + ": shared string " + v + " does not exist", SourceLoc{});
    }
    cell.runs = string_runs(src.shared_strings[i], xf.font);
  } else if (type == "b") {
    cell.kind = CellKind::Logical;
    cell.runs.push_back({v == "1" ? "TRUE" : "FALSE", xf.font, nullptr});
  } else if (type == "e") {
    cell.kind = CellKind::Error;
    cell.runs.push_back({v, xf.font, nullptr});
  } else if (type == "str" || type == "d") {
    cell.runs.push_back({run_text(v), xf.font, nullptr});
  } else if (std::optional<Decimal> d = Decimal::parse(v)) {
    cell.kind = CellKind::Number;
    cell.number = *d;
    cell.runs.push_back({number_format_text(*d, xf.number_format, src.date1904), xf.font, nullptr});
  } else {
    cell.runs.push_back({run_text(v), xf.font, nullptr});
  }
  return cell;
}

void read_columns(const pugi::xml_node& cols, WorksheetData& data) {
  for (pugi::xml_node col : cols.children()) {
    if (!is(col, "col")) continue;
    const int min = static_cast<int>(number_or(attr_value(col, "min"), 1)) - 1;
    const int max = std::min(16383, static_cast<int>(number_or(attr_value(col, "max"), 1)) - 1);
    const std::string_view w = attr_value(col, "width");
    const double width = number_or(w, data.default_col_width);
    for (int k = std::max(0, min); k <= max; ++k) {
      if (!w.empty()) data.col_widths[k] = width;
      if (true_attr(col, "hidden") || (!w.empty() && width <= 0)) data.hidden_cols.insert(k);
    }
  }
}

void read_format(const pugi::xml_node& format, WorksheetData& data) {
  // Excel prints a column of no width of its own 7 px per base character
  // plus 8 px (64 px for the default base of 8, shown as 8.43 characters),
  // stored in 1/256 of the 7 px digit.
  const double px = number_or(attr_value(format, "baseColWidth"), 8) * 7 + 8;
  data.default_col_width = std::trunc(px / 7 * 256) / 256;
  data.default_col_width = number_or(attr_value(format, "defaultColWidth"), data.default_col_width);
  data.default_row_height = number_or(attr_value(format, "defaultRowHeight"), 15);
}

void read_merges(const pugi::xml_node& merges, WorksheetData& data) {
  for (pugi::xml_node m : merges.children()) {
    if (!is(m, "mergeCell")) continue;
    const std::string_view ref = attr_value(m, "ref");
    const size_t colon = ref.find(':');
    if (colon == std::string_view::npos) continue;
    const auto a = parse_cell_ref(ref.substr(0, colon));
    const auto b = parse_cell_ref(ref.substr(colon + 1));
    if (!a || !b) continue;
    data.merges.push_back({std::min(a->first, b->first), std::min(a->second, b->second),
                           std::max(a->first, b->first), std::max(a->second, b->second)});
  }
}

}  // namespace

std::optional<std::pair<int, int>> parse_cell_ref(std::string_view ref) {
  const std::optional<A1Cell> cell = parse_a1_cell(ref);
  if (!cell) return std::nullopt;
  return std::pair<int, int>{cell->row - 1, cell->col};
}

int column_pixels(double width) {
  return static_cast<int>(std::trunc((256 * width + std::trunc(128.0 / 7)) / 256 * 7));
}

double column_mm(double width) { return column_pixels(width) * 25.4 / 96; }

WorksheetData read_worksheet_cells(const pugi::xml_node& worksheet, const CellSources& sources,
                                   const std::string& part) {
  WorksheetData data;
  read_format(child(worksheet, "sheetFormatPr"), data);
  read_columns(child(worksheet, "cols"), data);
  read_merges(child(worksheet, "mergeCells"), data);
  int row = -1;
  for (pugi::xml_node r : child(worksheet, "sheetData").children()) {
    if (!is(r, "row")) continue;
    const int n = static_cast<int>(number_or(attr_value(r, "r"), 0)) - 1;
    row = n >= 0 ? n : row + 1;
    if (true_attr(r, "hidden")) data.hidden_rows.insert(row);
    const std::string_view ht = attr_value(r, "ht");
    if (!ht.empty()) data.row_heights[row] = number_or(ht, data.default_row_height);
    int col = -1;
    for (pugi::xml_node c : r.children()) {
      if (!is(c, "c")) continue;
      const auto ref = parse_cell_ref(attr_value(c, "r"));
      col = ref ? ref->second : col + 1;
      data.cells[{row, col}] = read_cell(c, sources, part + " " + cell_name(row, col));
    }
  }
  return data;
}

}  // namespace formwork::xlsx_read
