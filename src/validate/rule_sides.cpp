#include "validate/rule_sides.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "expr/filters.h"

namespace formwork {
namespace {

std::string trimmed(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Length of the comparison operator at s[i], or 0.
std::size_t comparison_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  const char next = i + 1 < s.size() ? s[i + 1] : '\0';
  if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') return 2;
  if (c == '<' || c == '>') return 1;
  return 0;
}

// Index just past the string literal opening at s[i].
std::size_t skip_string(std::string_view s, std::size_t i) {
  const char quote = s[i];
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == quote) {
      return i + 1;
    }
  }
  return s.size();
}

int decimals_of(const Decimal& d) {
  const std::string text = d.to_string();
  const std::size_t point = text.find('.');
  return point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1);
}

/// Decimals a ratio or plain number may exceed its format's places by and
/// still be printed exactly rather than rounded: a stated 0.825 % at 2
/// places stays 0.825 %, while a computed quotient (18 decimals) is rounded.
/// Amounts get no slack: their places are the unit chosen (分, 万元 to two
/// decimals), and shown_sides prints them exactly when rounding would make
/// two different amounts look equal.
int exact_slack(CheckFormat::Kind kind) {
  switch (kind) {
    case CheckFormat::Kind::Money:
    case CheckFormat::Kind::Yuan:
    case CheckFormat::Kind::Wan:
      return 0;
    case CheckFormat::Kind::Percent:
    case CheckFormat::Kind::Number:
    case CheckFormat::Kind::Integer:
      break;
  }
  return 3;
}

struct FormatName {
  std::string_view name;
  CheckFormat::Kind kind;
  int default_places;
};

constexpr std::array<FormatName, 6> kFormatNames = {{
    {"money", CheckFormat::Kind::Money, 2},
    {"yuan", CheckFormat::Kind::Yuan, 2},
    {"wan", CheckFormat::Kind::Wan, 2},
    {"percent", CheckFormat::Kind::Percent, 2},
    {"number", CheckFormat::Kind::Number, -1},
    {"integer", CheckFormat::Kind::Integer, 0},
}};

/// "(n)" with 0 ≤ n ≤ 10, or nullopt.
std::optional<int> places_in_parens(std::string_view s) {
  if (s.size() < 3 || s.front() != '(' || s.back() != ')') return std::nullopt;
  const std::string_view digits = s.substr(1, s.size() - 2);
  int n = -1;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || n < 0 || n > 10) {
    return std::nullopt;
  }
  return n;
}

/// The value in the unit it is shown in (万元 for Wan, per cent for Percent).
Decimal in_shown_unit(const Decimal& d, CheckFormat::Kind kind) {
  if (kind == CheckFormat::Kind::Wan) return d.divide(Decimal(10000));
  if (kind == CheckFormat::Kind::Percent) return d * Decimal(100);
  return d;
}

/// `x` (already in the shown unit) with exactly `places` decimals, grouped
/// and with its unit as the format prints it.
std::string spelled(const Decimal& x, CheckFormat::Kind kind, int places) {
  switch (kind) {
    case CheckFormat::Kind::Money:
      return format_money(x, places);
    case CheckFormat::Kind::Yuan:
      return format_money(x, places) + " 元";
    case CheckFormat::Kind::Wan:
      return format_money(x, places) + " 万元";
    case CheckFormat::Kind::Percent:
      return x.to_fixed(places) + "%";
    case CheckFormat::Kind::Number:
    case CheckFormat::Kind::Integer:
      break;
  }
  return x.to_fixed(places);
}

/// Decimals to print `x` with: the format's places, or the exact decimals
/// when `exact` or when they exceed the places by at most exact_slack.
int places_for(const Decimal& x, const CheckFormat& format, bool exact) {
  const int e = decimals_of(x);
  if (format.places < 0) return e;  // "number": the exact value
  if (exact || e <= format.places + exact_slack(format.kind)) return std::max(format.places, e);
  return format.places;
}

std::string shown_number(const Decimal& d, const CheckFormat& format, bool exact) {
  const Decimal x = in_shown_unit(d, format.kind);
  return spelled(x, format.kind, places_for(x, format, exact));
}

}  // namespace

std::optional<RuleSides> split_comparison(std::string_view source) {
  int depth = 0;
  std::size_t i = 0;
  while (i < source.size()) {
    const char c = source[i];
    if (c == '"' || c == '\'') {
      i = skip_string(source, i);
      continue;
    }
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth == 0) {
      if (const std::size_t len = comparison_at(source, i); len > 0) {
        return RuleSides{trimmed(source.substr(0, i)), trimmed(source.substr(i + len))};
      }
    }
    ++i;
  }
  return std::nullopt;
}

std::string shown_in_check(const Value& v) {
  if (v.is_number()) {
    const Decimal& d = v.as_number();
    return decimals_of(d) <= 2 ? format_money(d) : d.to_string();
  }
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  return v.to_json();
}

std::optional<CheckFormat> parse_check_format(std::string_view spec) {
  for (const FormatName& f : kFormatNames) {
    if (!spec.starts_with(f.name)) continue;
    const std::string_view rest = spec.substr(f.name.size());
    if (rest.empty()) return CheckFormat{f.kind, f.default_places};
    if (f.kind == CheckFormat::Kind::Integer) return std::nullopt;  // always 0 places
    if (const std::optional<int> places = places_in_parens(rest)) {
      return CheckFormat{f.kind, *places};
    }
    return std::nullopt;
  }
  return std::nullopt;
}

std::string shown_in_format(const Value& v, const CheckFormat& format) {
  if (!v.is_number()) return shown_in_check(v);
  return shown_number(v.as_number(), format, false);
}

std::pair<std::string, std::string> shown_sides(const Value& left, const Value& right,
                                                const CheckFormat& format) {
  std::pair<std::string, std::string> out{shown_in_format(left, format),
                                          shown_in_format(right, format)};
  if (out.first == out.second && left.is_number() && right.is_number() &&
      !(left.as_number() == right.as_number())) {
    out = {shown_number(left.as_number(), format, true),
           shown_number(right.as_number(), format, true)};
  }
  return out;
}

}  // namespace formwork
