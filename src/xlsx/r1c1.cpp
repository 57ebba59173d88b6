#include "xlsx/r1c1.h"

#include <optional>
#include <stdexcept>

#include "xlsx/formula_text.h"

namespace formwork {
namespace {

constexpr int kMaxRow = 1048575;  // Excel 2007+ sheet limits, 0-based
constexpr int kMaxCol = 16383;

/// One axis of a reference: "R[-2]" (relative), "R3" (absolute), "R" (own).
struct Part {
  bool relative = true;
  long value = 0;  ///< offset if relative, else 1-based index
  size_t end = 0;  ///< index after the part
};

bool is_name_char(char ch) {
  const auto u = static_cast<unsigned char>(ch);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
         ch == '_' || ch == '.' || ch == '$';
}

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

/// Parses digits at s[i..]; nullopt when there are none or too many.
std::optional<long> parse_digits(std::string_view s, size_t& i) {
  const size_t start = i;
  long v = 0;
  while (i < s.size() && is_digit(s[i]) && i - start < 8) v = v * 10 + (s[i++] - '0');
  if (i == start || (i < s.size() && is_digit(s[i]))) return std::nullopt;
  return v;
}

/// Parses "X", "X[n]" or "Xn" (X = letter, either case) at s[i].
std::optional<Part> parse_part(std::string_view s, size_t i, char letter) {
  if (i >= s.size() || (s[i] != letter && s[i] != letter + ('a' - 'A'))) return std::nullopt;
  ++i;
  Part p;
  if (i < s.size() && s[i] == '[') {
    ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
    auto v = parse_digits(s, i);
    if (!v || i >= s.size() || s[i] != ']') return std::nullopt;
    p.value = negative ? -*v : *v;
    ++i;
  } else if (i < s.size() && is_digit(s[i])) {
    auto v = parse_digits(s, i);
    if (!v) return std::nullopt;
    p.relative = false;
    p.value = *v;
  }
  p.end = i;
  return p;
}

/// Resolves one axis to a 0-based index and checks it against the sheet.
long resolve(const Part& p, int base, int max, std::string_view ref) {
  const long idx = p.relative ? base + p.value : p.value - 1;
  if (idx < 0 || idx > max) {
    throw std::invalid_argument("R1C1 reference " + std::string(ref) +
                                " falls outside the sheet or table");
  }
  return idx;
}

/// Copies the quoted literal ("text" or 'sheet name') starting at s[i];
/// returns the index after it.
size_t copy_quoted(std::string_view s, size_t i, std::string& out) {
  const size_t end = quoted_literal_end(s, i);
  out.append(s.substr(i, end - i));
  return end;
}

/// Tries to convert the reference starting at s[i]; returns the index after
/// it, or 0 when s[i] does not start a reference.
size_t convert_ref(std::string_view s, size_t i, int row, int col, const std::vector<int>& col_map,
                   std::string& out) {
  auto r = parse_part(s, i, 'R');
  auto c = parse_part(s, r ? r->end : i, 'C');
  if (!r && !c) return 0;
  const size_t end = c ? c->end : r->end;
  if (end < s.size() && (is_name_char(s[end]) || s[end] == '(')) return 0;  // a name
  const std::string_view ref = s.substr(i, end - i);
  if (!r || !c) {
    throw std::invalid_argument("whole-row/column R1C1 reference " + std::string(ref) +
                                " is not supported");
  }
  const long rr = resolve(*r, row, kMaxRow, ref);
  long cc = 0;
  if (col_map.empty() || !c->relative) {
    cc = resolve(*c, col, kMaxCol, ref);
  } else {
    cc = col_map.at(resolve(*c, col, static_cast<int>(col_map.size()) - 1, ref));
  }
  if (!c->relative) out += '$';
  out += column_letters(static_cast<int>(cc));
  if (!r->relative) out += '$';
  out += std::to_string(rr + 1);
  return end;
}

}  // namespace

std::string column_letters(int col) {
  if (col < 0 || col > kMaxCol) throw std::out_of_range("column index out of range");
  std::string s;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

std::string r1c1_to_a1(std::string_view formula, int row, int col,
                       const std::vector<int>& col_map) {
  std::string out;
  out.reserve(formula.size() + 8);
  size_t i = 0;
  while (i < formula.size()) {
    const char ch = formula[i];
    if (ch == '"' || ch == '\'') {
      i = copy_quoted(formula, i, out);
      continue;
    }
    const bool at_boundary = i == 0 || !is_name_char(formula[i - 1]);
    if (at_boundary && is_name_char(ch)) {
      if (size_t end = convert_ref(formula, i, row, col, col_map, out)) {
        i = end;
        continue;
      }
      while (i < formula.size() && is_name_char(formula[i])) out += formula[i++];  // a name
      continue;
    }
    out += formula[i++];
  }
  return out;
}

}  // namespace formwork
