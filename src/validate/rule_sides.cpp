#include "validate/rule_sides.h"

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

}  // namespace formwork
