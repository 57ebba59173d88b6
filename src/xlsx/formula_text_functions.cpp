// Text functions (ECMA-376 Part 1 §18.17.7: CONCATENATE, LEFT, LEN, MID,
// RIGHT, VALUE). Lengths and positions count Unicode characters.
#include "util/utf8.h"
#include "xlsx/formula_functions.h"

namespace formwork {
namespace {

/// Argument i as text, or the error it gives.
OrError<std::u32string> text_arg(FunctionArgs& args, size_t i) {
  const auto t = to_text(args.scalar(i));
  if (const auto* e = std::get_if<FormulaError>(&t)) return *e;
  return utf8_to_u32(std::get<std::string>(t));
}

/// Argument i as a character count ≥ 0 (truncated), `fallback` when
/// omitted; #VALUE! when negative.
OrError<size_t> count_arg(FunctionArgs& args, size_t i, size_t fallback) {
  if (!args.given(i)) return fallback;
  const auto n = args.number(i);
  if (const auto* e = std::get_if<FormulaError>(&n)) return *e;
  const Decimal& d = std::get<Decimal>(n);
  if (d.sign() < 0) return FormulaError::Value;
  return d > Decimal(1 << 20) ? size_t{1} << 20 : static_cast<size_t>(d.to_int64());
}

/// LEFT, RIGHT: the first / last n characters (n defaults to 1).
template <bool kLeft>
Operand side(FunctionArgs& args) {
  const auto t = text_arg(args, 0);
  if (const auto* e = std::get_if<FormulaError>(&t)) return Scalar(*e);
  const auto n = count_arg(args, 1, 1);
  if (const auto* e = std::get_if<FormulaError>(&n)) return Scalar(*e);
  const std::u32string& s = std::get<std::u32string>(t);
  const size_t k = std::min(std::get<size_t>(n), s.size());
  return Scalar(u32_to_utf8(kLeft ? s.substr(0, k) : s.substr(s.size() - k)));
}

/// MID(text, start, n): n characters from the 1-based start.
Operand mid(FunctionArgs& args) {
  const auto t = text_arg(args, 0);
  if (const auto* e = std::get_if<FormulaError>(&t)) return Scalar(*e);
  const auto start = count_arg(args, 1, 1);
  if (const auto* e = std::get_if<FormulaError>(&start)) return Scalar(*e);
  const auto n = count_arg(args, 2, 0);
  if (const auto* e = std::get_if<FormulaError>(&n)) return Scalar(*e);
  if (std::get<size_t>(start) < 1) return Scalar(FormulaError::Value);
  const std::u32string& s = std::get<std::u32string>(t);
  const size_t from = std::get<size_t>(start) - 1;
  if (from >= s.size()) return Scalar(std::string());
  return Scalar(u32_to_utf8(s.substr(from, std::get<size_t>(n))));
}

Operand len(FunctionArgs& args) {
  const auto t = text_arg(args, 0);
  if (const auto* e = std::get_if<FormulaError>(&t)) return Scalar(*e);
  return Scalar(Decimal(static_cast<long long>(std::get<std::u32string>(t).size())));
}

/// VALUE(text): the number text spells (parse_number_text); numbers pass
/// through, an empty cell is 0, anything else #VALUE!.
Operand value(FunctionArgs& args) {
  const Scalar v = args.scalar(0);
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (auto d = parse_number_text(*s)) return Scalar(*d);
    return Scalar(FormulaError::Value);
  }
  if (std::holds_alternative<Decimal>(v) || error_of(v)) return v;
  if (std::holds_alternative<Blank>(v)) return Scalar(Decimal(0));
  return Scalar(FormulaError::Value);
}

Operand concatenate(FunctionArgs& args) {
  std::string out;
  for (size_t i = 0; i < args.size(); ++i) {
    const auto t = to_text(args.scalar(i));
    if (const auto* e = std::get_if<FormulaError>(&t)) return Scalar(*e);
    out += std::get<std::string>(t);
  }
  return Scalar(out);
}

constexpr FormulaFunction kText[] = {
    {"CONCATENATE", 1, 255, concatenate},
    {"LEFT", 1, 2, side<true>},
    {"LEN", 1, 1, len},
    {"MID", 3, 3, mid},
    {"RIGHT", 1, 2, side<false>},
    {"VALUE", 1, 1, value},
};

}  // namespace

std::span<const FormulaFunction> text_functions() { return kText; }

}  // namespace formwork
