#include "xlsx/formula_agreement.h"

#include <algorithm>
#include <stdexcept>

#include "util/forbidden_chars.h"

namespace formwork {
namespace {

constexpr int kMinDecimals = 2;       // the cent
constexpr int kGeneralDecimals = 10;  // General shows up to 10 significant digits
constexpr int kNoiseDigits = 6;       // 10^-(D+6): division noise, not a different result

bool is_placeholder(char c) { return c == '0' || c == '#' || c == '?'; }

bool starts_general(std::string_view s) {
  static constexpr std::string_view kGeneral = "general";
  if (s.size() < kGeneral.size()) return false;
  for (size_t i = 0; i < kGeneral.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != kGeneral[i]) return false;
  }
  return true;
}

/// Index after the format-code token that starts at f[i] and is not part
/// of the number's digits: "quoted text", \x, [color/condition], _x, *x.
size_t skip_literal(std::string_view f, size_t i) {
  switch (f[i]) {
    case '"': {
      const size_t close = f.find('"', i + 1);
      return close == std::string_view::npos ? f.size() : close + 1;
    }
    case '[': {
      const size_t close = f.find(']', i + 1);
      return close == std::string_view::npos ? f.size() : close + 1;
    }
    case '\\':
    case '_':
    case '*':
      return std::min(i + 2, f.size());
    default:
      return i;
  }
}

Decimal unit(int decimals) { return *Decimal::parse("1e-" + std::to_string(decimals)); }

}  // namespace

std::optional<int> shown_decimals(std::string_view f) {
  int decimals = 0;
  int percents = 0;
  bool placeholder = false;
  bool point = false;
  for (size_t i = 0; i < f.size() && f[i] != ';';) {
    if (const size_t next = skip_literal(f, i); next != i) {
      i = next;
      continue;
    }
    if (starts_general(f.substr(i))) return std::nullopt;
    const char c = f[i++];
    if ((c == 'E' || c == 'e') && i < f.size() && (f[i] == '+' || f[i] == '-')) return std::nullopt;
    placeholder = placeholder || is_placeholder(c);
    if (c == '%') ++percents;
    if (c == '.' && !point) {
      point = true;
      while (i < f.size() && is_placeholder(f[i])) {
        ++decimals;
        ++i;
      }
      placeholder = placeholder || decimals > 0;
    }
  }
  if (!placeholder) return std::nullopt;
  return decimals + 2 * percents;
}

int compared_decimals(std::string_view format) {
  const auto shown = shown_decimals(format);
  return shown ? std::max(*shown, kMinDecimals) : kGeneralDecimals;
}

bool numbers_agree(const Decimal& a, const Decimal& b, int decimals) {
  try {
    const Decimal diff = a > b ? a - b : b - a;
    if (diff <= unit(decimals + kNoiseDigits)) return true;
    return diff * Decimal(2) < unit(decimals) && a.round(decimals) == b.round(decimals);
  } catch (const std::overflow_error&) {
    return false;  // values that far apart do not agree
  }
}

bool agrees(const CellValue& v, const Scalar& computed) {
  if (std::holds_alternative<FormulaError>(computed)) return false;
  if (v.number) {
    const auto* d = std::get_if<Decimal>(&computed);
    return d && numbers_agree(*v.number, *d, compared_decimals(v.number_format));
  }
  if (v.text) {
    const auto* s = std::get_if<std::string>(&computed);
    // The file holds both texts as clean_text() makes them (XML 1.0 §2.2).
    return s && clean_text(*s) == clean_text(*v.text);
  }
  return true;
}

}  // namespace formwork
