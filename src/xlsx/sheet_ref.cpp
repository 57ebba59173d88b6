#include "xlsx/sheet_ref.h"

#include "xlsx/r1c1.h"  // column_letters
#include "xlsx/xlsx_limits.h"

namespace formwork {

namespace {

constexpr int kMaxColumns = 16384;  // XFD: Excel's last column

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Reads "$?digits" at s[i] into a 1-based row; advances i.
std::optional<int> read_row(std::string_view s, size_t& i, bool& absolute) {
  absolute = i < s.size() && s[i] == '$';
  if (absolute) ++i;
  size_t start = i;
  long row = 0;
  while (i < s.size() && is_digit(s[i]) && i - start < 8) row = row * 10 + (s[i++] - '0');
  if (i == start || row < 1 || row > kMaxSheetRows) return std::nullopt;
  return static_cast<int>(row);
}

}  // namespace

std::optional<A1Cell> parse_a1_cell(std::string_view s) {
  A1Cell cell;
  size_t i = 0;
  cell.abs_col = i < s.size() && s[i] == '$';
  if (cell.abs_col) ++i;
  size_t start = i;
  int col = 0;
  while (i < s.size() && is_letter(s[i]) && i - start < 3) {
    col = col * 26 + ((s[i++] | 0x20) - 'a' + 1);
  }
  if (i == start || col > kMaxColumns) return std::nullopt;
  cell.col = col - 1;
  std::optional<int> row = read_row(s, i, cell.abs_row);
  if (!row || i != s.size()) return std::nullopt;
  cell.row = *row;
  return cell;
}

std::optional<A1Cell> parse_a1_row(std::string_view s) {
  A1Cell cell;
  cell.col = -1;
  size_t i = 0;
  std::optional<int> row = read_row(s, i, cell.abs_row);
  if (!row || i != s.size()) return std::nullopt;
  cell.row = *row;
  return cell;
}

std::optional<A1Area> parse_a1_area(std::string_view text) {
  size_t colon = text.find(':');
  A1Area area;
  std::optional<A1Cell> first = parse_a1_cell(text.substr(0, colon));
  if (!first) return std::nullopt;
  area.first = area.last = *first;
  if (colon == std::string_view::npos) return area;
  std::optional<A1Cell> last = parse_a1_cell(text.substr(colon + 1));
  if (!last) return std::nullopt;
  area.last = *last;
  area.range = true;
  return area;
}

std::string format_a1(const A1Cell& cell) {
  std::string out;
  if (cell.col >= 0) out = (cell.abs_col ? "$" : "") + column_letters(cell.col);
  return out + (cell.abs_row ? "$" : "") + std::to_string(cell.row);
}

std::string format_a1(const A1Area& area) {
  if (!area.range) return format_a1(area.first);
  return format_a1(area.first) + ":" + format_a1(area.last);
}

std::vector<A1Area> parse_sqref(std::string_view text) {
  std::vector<A1Area> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    if (std::optional<A1Area> a = parse_a1_area(text.substr(i, end - i))) out.push_back(*a);
    i = end + 1;
  }
  return out;
}

std::string format_sqref(const std::vector<A1Area>& areas) {
  std::string out;
  for (const A1Area& a : areas) out += (out.empty() ? "" : " ") + format_a1(a);
  return out;
}

}  // namespace formwork
