#include "xlsx/formula_criteria.h"

#include <array>
#include <string_view>
#include <utility>

#include "util/utf8.h"
#include "xlsx/formula_coerce.h"

namespace formwork {
namespace {

/// Whether `text` matches the pattern `p` (* any run, ? one character, ~
/// makes the next character literal): linear backtracking over the last *.
bool glob_match(const std::u32string& p, const std::u32string& text) {
  size_t pi = 0, ti = 0;
  size_t star = std::u32string::npos, resume = 0;
  while (ti < text.size()) {
    const bool escaped = pi + 1 < p.size() && p[pi] == U'~';
    const char32_t want = pi < p.size() ? p[escaped ? pi + 1 : pi] : 0;
    if (pi < p.size() && !escaped && want == U'*') {
      star = pi++;
      resume = ti;
    } else if (pi < p.size() && ((!escaped && want == U'?') || want == text[ti])) {
      pi += escaped ? 2 : 1;
      ++ti;
    } else if (star != std::u32string::npos) {
      pi = star + 1;
      ti = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == U'*') ++pi;
  return pi == p.size();
}

}  // namespace

FormulaCriterion::FormulaCriterion(const Scalar& criterion) {
  if (std::holds_alternative<Blank>(criterion)) {
    operand_ = Decimal(0);  // an empty criterion cell reads as 0
    return;
  }
  const auto* text = std::get_if<std::string>(&criterion);
  if (!text) {
    operand_ = criterion;
    return;
  }
  static constexpr std::array<std::pair<std::string_view, Op>, 6> kOps = {{
      {"<>", Op::Ne},
      {"<=", Op::Le},
      {">=", Op::Ge},
      {"=", Op::Eq},
      {"<", Op::Lt},
      {">", Op::Gt},
  }};
  std::string_view rest = *text;
  for (const auto& [tok, op] : kOps) {
    if (rest.substr(0, tok.size()) == tok) {
      op_ = op;
      rest.remove_prefix(tok.size());
      blank_only_ = op == Op::Eq && rest.empty();
      break;
    }
  }
  if (rest.empty()) {
    operand_ = Blank{};
  } else if (auto d = parse_number_text(rest)) {
    operand_ = *d;
  } else if (const std::string f = fold_case(rest); f == "true" || f == "false") {
    operand_ = f == "true";
  } else {
    operand_ = std::string(rest);
    pattern_ = utf8_to_u32(fold_case(rest));
  }
}

bool FormulaCriterion::matches(const Scalar& v) const {
  switch (op_) {
    case Op::Eq:
      return equal(v);
    case Op::Ne:
      return !equal(v);
    default:
      return ordered(v);
  }
}

bool FormulaCriterion::equal(const Scalar& v) const {
  if (std::holds_alternative<Blank>(operand_)) {
    const auto* s = std::get_if<std::string>(&v);
    return std::holds_alternative<Blank>(v) || (!blank_only_ && s && s->empty());
  }
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (!std::holds_alternative<std::string>(operand_)) return false;
    return glob_match(pattern_, utf8_to_u32(fold_case(*s)));
  }
  if (std::holds_alternative<Blank>(v) || v.index() != operand_.index()) return false;
  return v == operand_;
}

bool FormulaCriterion::ordered(const Scalar& v) const {
  const bool same_type =
      (std::holds_alternative<Decimal>(v) && std::holds_alternative<Decimal>(operand_)) ||
      (std::holds_alternative<std::string>(v) && std::holds_alternative<std::string>(operand_));
  if (!same_type) return false;
  const int c = compare_values(v, operand_);
  switch (op_) {
    case Op::Lt:
      return c < 0;
    case Op::Le:
      return c <= 0;
    case Op::Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

}  // namespace formwork
