#include "xlsx/formula_criteria.h"

#include <string_view>

#include "util/utf8.h"
#include "xlsx/formula_coerce.h"
#include "xlsx/formula_eval.h"

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
  std::string_view rest = *text;
  if (const auto op = leading_comparison(rest)) {
    op_ = op->first;
    rest.remove_prefix(op->second);
    blank_only_ = op_ == BinaryOp::Eq && rest.empty();
  }
  if (rest.empty()) {
    operand_ = Blank{};
    return;
  }
  // Text criteria match text cells too, even when they read as a number or
  // logical: "1" matches the number 1 and the text "1".
  folded_ = fold_case(rest);
  wildcards_ = folded_.find_first_of("*?~") != std::string::npos;
  if (wildcards_) pattern_ = utf8_to_u32(folded_);
  if (auto d = parse_number_text(rest)) {
    operand_ = *d;
  } else if (folded_ == "true" || folded_ == "false") {
    operand_ = folded_ == "true";
  } else {
    operand_ = std::string(rest);
  }
}

bool FormulaCriterion::matches(const Scalar& v) const {
  if (op_ == BinaryOp::Eq) return equal(v);
  if (op_ == BinaryOp::Ne) return !equal(v);
  return ordered(v);
}

bool FormulaCriterion::equal(const Scalar& v) const {
  if (std::holds_alternative<Blank>(operand_)) {
    const auto* s = std::get_if<std::string>(&v);
    return std::holds_alternative<Blank>(v) || (!blank_only_ && s && s->empty());
  }
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (folded_.empty()) return false;
    if (!wildcards_) return fold_case(*s) == folded_;
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
  return comparison_holds(op_, compare_values(v, operand_));
}

}  // namespace formwork
