#include "xlsx/xlsx_limits.h"

#include <optional>

#include "model/value_walk.h"
#include "util/errors.h"
#include "xlsx/r1c1.h"
#include "xlsx/sheet_name.h"

namespace formwork {
namespace {

/// The digits of `d` without sign, point, leading and trailing zeros, and
/// the power of ten of the first of them plus one (the count of integer
/// digits when there are any: 123.4 → 3; 0.012 → -1).
struct Digits {
  std::string digits;
  int exponent = 0;
};

Digits digits_of(const Decimal& d) {
  std::string s = d.to_string();
  if (!s.empty() && s[0] == '-') s.erase(0, 1);
  const size_t point = s.find('.');
  const std::string int_part = s.substr(0, point);
  const std::string frac = point == std::string::npos ? "" : s.substr(point + 1);
  Digits out;
  out.digits = (int_part == "0" ? "" : int_part) + frac;
  const size_t first = out.digits.find_first_not_of('0');
  if (first == std::string::npos) return {};
  out.exponent = int_part == "0" ? -static_cast<int>(first) : static_cast<int>(int_part.size());
  out.digits = out.digits.substr(first);
  out.digits.erase(out.digits.find_last_not_of('0') + 1);
  return out;
}

/// "40,000": thousands grouped, for counts in messages.
std::string grouped(size_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string too_long(size_t units) {
  return "text of " + grouped(units) + " characters is longer than an XLSX cell holds (" +
         grouped(kMaxCellTextUnits) + ")";
}

/// How a number format shows a number: General (at most 15 significant
/// digits, whatever they are), scientific (a mantissa of at most 15 digits
/// and an exponent) or with a fixed count of decimals ("0.00%" → 4,
/// "#,##0," → -3).
struct NumberDisplay {
  enum class Kind { General, Scientific, Fixed } kind = Kind::General;
  int decimals = 0;
};

/// The display of a format's first section (ECMA-376 Part 1 §18.8.31
/// numFmt codes): quoted text, [colour/condition] brackets and escaped,
/// padding and spacing characters are skipped.
NumberDisplay number_display(std::string_view format) {
  using Kind = NumberDisplay::Kind;
  if (format.empty()) return {};
  int decimals = 0, percent = 0, thousands = 0;
  bool after_point = false, in_quote = false, in_bracket = false;
  for (size_t i = 0; i < format.size(); ++i) {
    const char c = format[i];
    if (in_quote) {
      in_quote = c != '"';
    } else if (in_bracket) {
      in_bracket = c != ']';
    } else if (c == '"') {
      in_quote = true;
    } else if (c == '[') {
      in_bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown (or padded with), not a code
    } else if (c == ';') {
      break;
    } else if (c == 'E' || c == 'e') {
      return {Kind::Scientific, 0};
    } else if (c == 'G' || c == 'g') {
      return {};  // General (also the localised "G/通用格式")
    } else if (c == '.') {
      after_point = true;
    } else if (c == '0' || c == '#' || c == '?') {
      decimals += after_point;
      thousands = 0;
    } else if (c == ',') {
      ++thousands;  // only trailing ones scale (by 1000 each)
    } else if (c == '%') {
      ++percent;
    }
  }
  return {Kind::Fixed, decimals + 2 * percent - 3 * thousands};
}

/// Whether a cell in `format` shows `held` (the 15-digit value) otherwise
/// than `d`.
bool shows_differently(const Decimal& d, const Decimal& held, std::string_view format) {
  const NumberDisplay shown = number_display(format);
  switch (shown.kind) {
    case NumberDisplay::Kind::Fixed:
      return d.round(shown.decimals) != held.round(shown.decimals);
    case NumberDisplay::Kind::General:
      return significant_digits(d.round(0)) > kExcelDigits;  // integer digits lost
    case NumberDisplay::Kind::Scientific:
      break;  // a mantissa shows at most the 15 digits kept
  }
  return false;
}

}  // namespace

size_t utf16_length(std::string_view text) {
  size_t units = 0;
  for (char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b & 0xC0) != 0x80) units += b >= 0xF0 ? 2 : 1;  // 4-byte sequences need a surrogate pair
  }
  return units;
}

int significant_digits(const Decimal& d) { return static_cast<int>(digits_of(d).digits.size()); }

Decimal excel_precision(const Decimal& d) {
  const Digits g = digits_of(d);
  if (static_cast<int>(g.digits.size()) <= kExcelDigits) return d;
  return d.round(kExcelDigits - g.exponent);
}

std::vector<std::string> xlsx_data_problems(const Value& record) {
  std::vector<std::string> out;
  walk_values(record, [&](const WalkedValue& w) {
    const Value& v = w.value;
    const std::string at = w.pointer.empty() ? "/" : w.pointer;
    if (v.is_string()) {
      const size_t units = utf16_length(v.as_string());
      if (units > kMaxCellTextUnits) out.push_back(at + ": " + too_long(units));
    } else if (v.is_number()) {
      const Decimal& d = v.as_number();
      const int digits = significant_digits(d);
      if (digits > kExcelDigits) {
        out.push_back(at + ": " + d.to_string() + " has " + std::to_string(digits) +
                      " significant digits; XLSX keeps " + std::to_string(kExcelDigits) +
                      " and would hold " + excel_precision(d).to_string());
      }
    }
  });
  return out;
}

std::string cell_label(std::string_view sheet, int row, int col) {
  return sheet_ref_prefix(sheet) + column_letters(col) + std::to_string(row + 1);
}

void check_sheet_rows(long rows, std::string_view sheet) {
  if (rows <= kMaxSheetRows) return;
  std::string label = sheet_ref_prefix(sheet);
  label.pop_back();  // "'表'" without the '!'
  throw DataError(label + ": " + grouped(static_cast<size_t>(rows)) +
                  " rows are more than an XLSX worksheet holds (" + grouped(kMaxSheetRows) + ")");
}

void check_cell_text(std::string_view text, std::string_view sheet, int row, int col) {
  if (text.size() <= kMaxCellTextUnits) return;  // fewer bytes than units is impossible
  const size_t units = utf16_length(text);
  if (units <= kMaxCellTextUnits) return;
  throw DataError(cell_label(sheet, row, col) + ": " + too_long(units));
}

void check_cell_number(const Decimal& d, std::string_view number_format, std::string_view sheet,
                       int row, int col) {
  const Decimal held = excel_precision(d);
  if (held == d || !shows_differently(d, held, number_format)) return;
  const NumberDisplay shown = number_display(number_format);
  const std::string how = shown.kind == NumberDisplay::Kind::Fixed
                              ? " (format " + std::string(number_format) + " shows " +
                                    std::to_string(shown.decimals) + " decimals)"
                              : "";
  throw DataError(cell_label(sheet, row, col) + ": " + d.to_string() + " has " +
                  std::to_string(significant_digits(d)) + " significant digits; XLSX keeps " +
                  std::to_string(kExcelDigits) + " and would hold " + held.to_string() + how);
}

}  // namespace formwork
