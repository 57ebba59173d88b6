#include "xlsx/formula_value.h"

#include <array>
#include <utility>

namespace formwork {
namespace {

constexpr std::array<std::pair<FormulaError, std::string_view>, 7> kErrors = {{
    {FormulaError::Null, "#NULL!"},
    {FormulaError::Div0, "#DIV/0!"},
    {FormulaError::Value, "#VALUE!"},
    {FormulaError::Ref, "#REF!"},
    {FormulaError::Name, "#NAME?"},
    {FormulaError::Num, "#NUM!"},
    {FormulaError::NA, "#N/A"},
}};

bool same_ascii_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    auto up = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
    if (up(a[i]) != up(b[i])) return false;
  }
  return true;
}

}  // namespace

std::string_view error_name(FormulaError e) {
  for (const auto& [err, name] : kErrors) {
    if (err == e) return name;
  }
  return "#VALUE!";
}

std::optional<FormulaError> parse_error_name(std::string_view text) {
  for (const auto& [err, name] : kErrors) {
    if (same_ascii_ignoring_case(text, name)) return err;
  }
  return std::nullopt;
}

std::string describe(const Scalar& v) {
  if (std::holds_alternative<Blank>(v)) return "(empty)";
  if (const auto* d = std::get_if<Decimal>(&v)) return d->to_string();
  if (const auto* s = std::get_if<std::string>(&v)) return "\"" + *s + "\"";
  if (const auto* b = std::get_if<bool>(&v)) return *b ? "TRUE" : "FALSE";
  return std::string(error_name(std::get<FormulaError>(v)));
}

}  // namespace formwork
