#include "xlsx/print_area.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace formwork::xlsx_read {

namespace {

// "$A" → 0, "$12" → row 11: one side of a whole-column or whole-row range.
std::optional<int> column_only(std::string_view s) {
  if (s.starts_with('$')) s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  int col = 0;
  for (char c : s) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return std::nullopt;
    col = col * 26 + (std::toupper(static_cast<unsigned char>(c)) - 'A' + 1);
    if (col > 16384) return std::nullopt;
  }
  return col - 1;
}

std::optional<int> row_only(std::string_view s) {
  if (s.starts_with('$')) s.remove_prefix(1);
  if (s.empty() || s.size() > 7) return std::nullopt;
  int row = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    row = row * 10 + (c - '0');
  }
  return row > 0 ? std::optional<int>(row - 1) : std::nullopt;
}

// The first range of a comma-separated list; commas inside a quoted sheet
// name do not split it.
std::string_view first_range(std::string_view value, bool& several) {
  bool quoted = false;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\'') quoted = !quoted;
    if (value[i] == ',' && !quoted) {
      several = true;
      return value.substr(0, i);
    }
  }
  return value;
}

void grow(std::optional<CellArea>& area, int r1, int c1, int r2, int c2) {
  if (!area) {
    area = CellArea{r1, c1, r2, c2};
    return;
  }
  area->row1 = std::min(area->row1, r1);
  area->col1 = std::min(area->col1, c1);
  area->row2 = std::max(area->row2, r2);
  area->col2 = std::max(area->col2, c2);
}

}  // namespace

std::optional<CellArea> parse_print_area(std::string_view value, const CellArea& used,
                                         bool& several) {
  std::string_view range = first_range(value, several);
  const size_t bang = range.rfind('!');
  if (bang != std::string_view::npos) range.remove_prefix(bang + 1);
  const size_t colon = range.find(':');
  const std::string_view a = range.substr(0, colon);
  const std::string_view b = colon == std::string_view::npos ? a : range.substr(colon + 1);
  const auto ca = parse_cell_ref(a), cb = parse_cell_ref(b);
  if (ca && cb) {
    return CellArea{std::min(ca->first, cb->first), std::min(ca->second, cb->second),
                    std::max(ca->first, cb->first), std::max(ca->second, cb->second)};
  }
  if (const auto x = column_only(a), y = column_only(b); x && y) {
    return CellArea{used.row1, std::min(*x, *y), used.row2, std::max(*x, *y)};
  }
  if (const auto x = row_only(a), y = row_only(b); x && y) {
    return CellArea{std::min(*x, *y), used.col1, std::max(*x, *y), used.col2};
  }
  return std::nullopt;
}

std::optional<CellArea> used_area(const WorksheetData& sheet, const std::vector<XfStyle>& styles,
                                  const std::vector<std::pair<int, int>>& also) {
  std::optional<CellArea> area;
  for (const auto& [pos, cell] : sheet.cells) {
    const bool bordered = cell.xf < styles.size() && styles[cell.xf].border_sides > 0;
    if (cell.has_text() || bordered) grow(area, pos.first, pos.second, pos.first, pos.second);
  }
  for (const auto& [r, c] : also) grow(area, r, c, r, c);
  if (!area) return area;
  for (const CellArea& m : sheet.merges) {
    const bool touches = m.row1 <= area->row2 && m.row2 >= area->row1 && m.col1 <= area->col2 &&
                         m.col2 >= area->col1;
    if (touches) grow(area, m.row1, m.col1, m.row2, m.col2);
  }
  return area;
}

PrintedGrid printed_grid(const WorksheetData& sheet, const CellArea& area) {
  PrintedGrid grid;
  for (int r = area.row1; r <= area.row2; ++r) {
    if (!sheet.hidden_rows.contains(r)) grid.rows.push_back(r);
  }
  for (int c = area.col1; c <= area.col2; ++c) {
    if (!sheet.hidden_cols.contains(c)) grid.cols.push_back(c);
  }
  return grid;
}

}  // namespace formwork::xlsx_read
