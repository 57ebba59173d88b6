#include "xlsx/formula_coerce.h"

#include <unicode/unistr.h>

#include "util/utf8.h"

namespace formwork {
namespace {

constexpr int kGeneralDigits = 15;  // significant digits Excel keeps and shows
// Numbers written as text without an exponent by Excel and LibreOffice alike;
// beyond these they switch to 1E+20 / 1E+020 and 1E-10 / 0.0000000001.
const Decimal kLargestPlain = Decimal(1000000000000000);  // 1e15
const Decimal kSmallestPlain = *Decimal::parse("0.0001");

/// Rank of a value's type in Excel's comparison order.
int type_rank(const Scalar& v) {
  if (std::holds_alternative<Decimal>(v)) return 0;
  if (std::holds_alternative<std::string>(v)) return 1;
  return 2;  // logical
}

/// An empty value read as the other side's type.
Scalar blank_as(const Scalar& other) {
  if (std::holds_alternative<std::string>(other)) return std::string();
  if (std::holds_alternative<bool>(other)) return false;
  return Decimal(0);
}

template <class T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

/// Whether `s` may hold a character with case: false when it is made of
/// ASCII non-letters and U+3000–U+9FFF (CJK punctuation, kana, CJK
/// ideographs, all without case), the text of a Chinese form.
bool has_case(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) return true;
      ++i;
    } else if (b >= 0xE3 && b <= 0xE9) {  // lead byte of U+3000–U+9FFF
      i += 3;
    } else {
      return true;
    }
  }
  return false;
}

/// Appends `s` to `out` without the grouping commas of its integer part
/// ("1,234,567.5"); false when a comma does not separate groups of three
/// digits.
bool append_grouped(std::string_view s, std::string& out) {
  const size_t end = std::min(s.find_first_of(".eE"), s.size());
  const std::string_view whole = s.substr(0, end);
  if (whole.find(',') != std::string_view::npos) {
    size_t digits = 0;  // since the last comma
    bool first_group = true;
    for (char c : whole) {
      if (c != ',') {
        ++digits;
        continue;
      }
      if (digits == 0 || digits > 3 || (!first_group && digits != 3)) return false;
      first_group = false;
      digits = 0;
    }
    if (digits != 3) return false;
  }
  for (char c : whole) {
    if (c != ',') out += c;
  }
  out.append(s.substr(end));
  return true;
}

/// Number of digits before the point of |d| (0 for |d| < 1).
int integer_digits(const Decimal& d) {
  std::string s = d.round(0).to_string();
  if (!s.empty() && s[0] == '-') s.erase(0, 1);
  return s == "0" ? 0 : static_cast<int>(s.size());
}

}  // namespace

std::optional<Decimal> parse_number_text(std::string_view text) {
  std::string_view s = trim_spaces(text);
  bool percent = false;
  if (!s.empty() && s.back() == '%') {
    percent = true;
    s = trim_spaces(s.substr(0, s.size() - 1));
  }
  std::string json;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    if (s.front() == '-') json += '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  if (s.front() == '.') json += '0';  // ".5"
  if (!append_grouped(s, json)) return std::nullopt;
  if (json.size() > 1 && json.back() == '.') json.pop_back();  // "5."
  // Leading zeros ("007") are not JSON; strip them but keep one.
  const size_t digits = json[0] == '-' ? 1 : 0;
  while (json.size() > digits + 1 && json[digits] == '0' && json[digits + 1] >= '0' &&
         json[digits + 1] <= '9') {
    json.erase(digits, 1);
  }
  auto value = Decimal::parse(json);
  if (value && percent) value = value->divide(Decimal(100), 18);
  return value;
}

std::string general_text(const Decimal& d) {
  const int places = std::max(0, kGeneralDigits - integer_digits(d));
  return d.round(std::min(places, d.scale())).to_string();
}

std::string fold_case(std::string_view s) {
  if (!has_case(s)) return std::string(s);  // Chinese text: nothing to fold, no ICU call
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::string out;
  u.foldCase().toUTF8String(out);
  return out;
}

OrError<Decimal> to_number(const Scalar& v) {
  if (const auto* d = std::get_if<Decimal>(&v)) return *d;
  if (std::holds_alternative<Blank>(v)) return Decimal(0);
  if (const auto* b = std::get_if<bool>(&v)) return Decimal(*b ? 1 : 0);
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (auto d = parse_number_text(*s)) return *d;
    return FormulaError::Value;
  }
  return std::get<FormulaError>(v);
}

OrError<std::string> to_text(const Scalar& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (std::holds_alternative<Blank>(v)) return std::string();
  if (const auto* d = std::get_if<Decimal>(&v)) {
    const Decimal mag = d->sign() < 0 ? -*d : *d;
    if (mag >= kLargestPlain || (mag.sign() != 0 && mag < kSmallestPlain))
      return FormulaError::Value;
    return general_text(*d);
  }
  if (std::holds_alternative<bool>(v)) return FormulaError::Value;  // TRUE or 1: readers differ
  return std::get<FormulaError>(v);
}

OrError<bool> to_logical(const Scalar& v) {
  if (const auto* b = std::get_if<bool>(&v)) return *b;
  if (std::holds_alternative<Blank>(v)) return false;
  if (const auto* d = std::get_if<Decimal>(&v)) return d->sign() != 0;
  if (const auto* s = std::get_if<std::string>(&v)) {
    const std::string f = fold_case(*s);
    if (f == "true") return true;
    if (f == "false") return false;
    return FormulaError::Value;
  }
  return std::get<FormulaError>(v);
}

bool comparable(const Scalar& a, const Scalar& b) {
  const bool la = std::holds_alternative<bool>(a);
  const bool lb = std::holds_alternative<bool>(b);
  const bool blank = std::holds_alternative<Blank>(a) || std::holds_alternative<Blank>(b);
  return la == lb || blank;
}

int compare_values(const Scalar& a, const Scalar& b) {
  const bool a_blank = std::holds_alternative<Blank>(a);
  const bool b_blank = std::holds_alternative<Blank>(b);
  if (a_blank && b_blank) return 0;
  if (a_blank) return compare_values(blank_as(b), b);
  if (b_blank) return compare_values(a, blank_as(a));
  const int ra = type_rank(a);
  const int rb = type_rank(b);
  if (ra != rb) return three_way(ra, rb);
  if (ra == 0) return three_way(std::get<Decimal>(a), std::get<Decimal>(b));
  if (ra == 1)
    return three_way(fold_case(std::get<std::string>(a)), fold_case(std::get<std::string>(b)));
  return three_way(std::get<bool>(a), std::get<bool>(b));
}

}  // namespace formwork
