#include "docx/cell_number.h"

#include <string>

namespace formwork {

namespace {

// XLSX (IEEE double) keeps 15 significant digits.
constexpr size_t kMaxDigits = 15;

std::string_view trim(std::string_view s) {
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view blank : {" ", "\u3000", "\u00A0"}) {
      if (s.substr(0, blank.size()) == blank) {
        s.remove_prefix(blank.size());
        changed = true;
      }
      if (s.size() >= blank.size() && s.substr(s.size() - blank.size()) == blank) {
        s.remove_suffix(blank.size());
        changed = true;
      }
    }
  }
  return s;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The parts of an unsigned number "1,234.50": digits without commas, the
// count of decimals, whether it groups thousands. false when `s` is not
// such a number (groups of three after the first, one point, digits around).
struct Parsed {
  std::string digits;  ///< "1234.50"
  int decimals = 0;
  bool grouped = false;
};

bool parse_unsigned(std::string_view s, Parsed& out) {
  const size_t point = s.find('.');
  std::string_view whole = s.substr(0, point);
  std::string_view frac = point == std::string_view::npos ? "" : s.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && frac.empty())) return false;
  for (char c : frac) {
    if (!is_digit(c)) return false;
  }
  size_t group = 0;  // digits since the last comma
  for (size_t i = 0; i < whole.size(); ++i) {
    if (whole[i] == ',') {
      if (group == 0 || (out.grouped && group != 3) || group > 3) return false;
      out.grouped = true;
      group = 0;
    } else if (is_digit(whole[i])) {
      out.digits += whole[i];
      ++group;
    } else {
      return false;
    }
  }
  if (out.grouped && group != 3) return false;
  // A leading zero makes a code ("007", "0531"), not an amount ("0.10" is).
  if (out.digits.size() > 1 && out.digits[0] == '0') return false;
  if (out.digits.empty()) return false;
  out.decimals = static_cast<int>(frac.size());
  if (!frac.empty()) out.digits += "." + std::string(frac);
  return true;
}

std::string zeros(int n) { return n > 0 ? "." + std::string(static_cast<size_t>(n), '0') : ""; }

size_t significant(const std::string& digits) {
  size_t n = 0;
  for (char c : digits) n += is_digit(c) ? 1 : 0;
  return n;
}

}  // namespace

CellValue cell_value_from_text(std::string_view text) {
  CellValue value;
  std::string_view s = trim(text);
  const bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  const bool percent = !s.empty() && s.back() == '%';
  if (percent) s.remove_suffix(1);
  Parsed p;
  if (!parse_unsigned(s, p) || significant(p.digits) > kMaxDigits) return value;
  if (!percent && !p.grouped && p.decimals == 0) return value;  // a code, a year
  std::optional<Decimal> number = Decimal::parse((negative ? "-" : "") + p.digits);
  if (!number) return value;
  if (percent) {
    value.number = number->divide(Decimal(100), p.decimals + 2);
    value.number_format = "0" + zeros(p.decimals) + "%";
  } else {
    value.number = *number;
    value.number_format = (p.grouped ? "#,##0" : "0") + zeros(p.decimals);
  }
  return value;
}

}  // namespace formwork
