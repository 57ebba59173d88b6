// Math and statistics functions (ECMA-376 Part 1 §18.17.7: ABS, AVERAGE,
// COUNT, COUNTA, INT, MAX, MIN, MOD, ROUND, ROUNDDOWN, ROUNDUP, SUM,
// SUMPRODUCT), in exact Decimal arithmetic.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <utility>

#include "xlsx/formula_functions.h"

namespace formwork {
namespace {

constexpr int kDivisionScale = 18;

/// The numbers of a SUM-like argument list (ECMA-376 Part 1 §18.17.7, SUM): in ranges
/// and arrays only numbers count (text, logicals and empty cells are
/// skipped); a number or logical written directly counts (TRUE as 1), text
/// written directly is #VALUE! (LibreOffice's reading; Excel would read
/// "3" as 3, so such a formula is refused rather than shown two ways). The
/// first error value met, if any, is the result instead.
struct Numbers {
  std::vector<Decimal> values;
  std::optional<FormulaError> error;
};

void add_direct(const Scalar& v, Numbers& out) {
  const auto n = std::holds_alternative<std::string>(v) ? FormulaError::Value : to_number(v);
  if (const auto* e = std::get_if<FormulaError>(&n)) {
    if (!out.error) out.error = *e;
  } else {
    out.values.push_back(std::get<Decimal>(n));
  }
}

void add_items(const ValueArray& a, Numbers& out) {
  for (const Scalar& v : a.items) {
    if (const auto* d = std::get_if<Decimal>(&v)) {
      out.values.push_back(*d);
    } else if (const auto* e = error_of(v); e && !out.error) {
      out.error = *e;
    }
  }
}

Numbers numbers(FunctionArgs& args) {
  Numbers out;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args.given(i)) continue;
    const Operand o = args.operand(i);
    if (const auto* s = std::get_if<Scalar>(&o)) {
      add_direct(*s, out);
    } else {
      add_items(args.values_of(o), out);
    }
  }
  return out;
}

/// Runs a Decimal computation; overflow gives #NUM!, division by zero #DIV/0!.
template <class F>
Operand guarded(F f) {
  try {
    return Scalar(f());
  } catch (const std::domain_error&) {
    return Scalar(FormulaError::Div0);
  } catch (const std::overflow_error&) {
    return Scalar(FormulaError::Num);
  }
}

Operand sum(FunctionArgs& args) {
  const Numbers n = numbers(args);
  if (n.error) return Scalar(*n.error);
  return guarded([&] {
    Decimal total;
    for (const Decimal& d : n.values) total = total + d;
    return total;
  });
}

Operand average(FunctionArgs& args) {
  const Numbers n = numbers(args);
  if (n.error) return Scalar(*n.error);
  if (n.values.empty()) return Scalar(FormulaError::Div0);
  return guarded([&] {
    Decimal total;
    for (const Decimal& d : n.values) total = total + d;
    return total.divide(Decimal(static_cast<long long>(n.values.size())), kDivisionScale);
  });
}

/// MIN and MAX: 0 when there is no number (as Excel's MAX).
template <bool kMax>
Operand extreme(FunctionArgs& args) {
  const Numbers n = numbers(args);
  if (n.error) return Scalar(*n.error);
  if (n.values.empty()) return Scalar(Decimal(0));
  return Scalar(kMax ? *std::max_element(n.values.begin(), n.values.end())
                     : *std::min_element(n.values.begin(), n.values.end()));
}

/// COUNT counts numbers in ranges, and directly written values that read
/// as numbers; errors are not counted and not raised.
Operand count(FunctionArgs& args) {
  long long k = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args.given(i)) continue;
    const Operand o = args.operand(i);
    if (const auto* s = std::get_if<Scalar>(&o)) {
      k += std::holds_alternative<Decimal>(to_number(*s)) && !std::holds_alternative<Blank>(*s);
      continue;
    }
    for (const Scalar& v : args.values_of(o).items) k += std::holds_alternative<Decimal>(v);
  }
  return Scalar(Decimal(k));
}

/// COUNTA counts every value that is not an empty cell.
Operand counta(FunctionArgs& args) {
  long long k = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    if (!args.given(i)) continue;
    for (const Scalar& v : args.values(i).items) k += !std::holds_alternative<Blank>(v);
  }
  return Scalar(Decimal(k));
}

/// SUMPRODUCT: arrays of one size multiplied item by item and summed;
/// items that are not numbers count as 0.
Operand sumproduct(FunctionArgs& args) {
  std::vector<ValueArray> arrays;
  for (size_t i = 0; i < args.size(); ++i) arrays.push_back(args.values(i));
  for (const ValueArray& a : arrays) {
    if (a.rows != arrays[0].rows || a.cols != arrays[0].cols) return Scalar(FormulaError::Value);
    for (const Scalar& v : a.items) {
      if (const auto* e = error_of(v)) return Scalar(*e);
    }
  }
  return guarded([&] {
    Decimal total;
    for (size_t k = 0; k < arrays[0].items.size(); ++k) {
      Decimal product(1);
      for (const ValueArray& a : arrays) {
        const auto* d = std::get_if<Decimal>(&a.items[k]);
        product = product * (d ? *d : Decimal(0));
      }
      total = total + product;
    }
    return total;
  });
}

/// Applies `f` to argument 0 as a number.
template <class F>
Operand unary_number(FunctionArgs& args, F f) {
  const auto x = args.number(0);
  if (const auto* e = std::get_if<FormulaError>(&x)) return Scalar(*e);
  return guarded([&] { return f(std::get<Decimal>(x)); });
}

Operand abs_fn(FunctionArgs& args) {
  return unary_number(args, [](const Decimal& d) { return d.sign() < 0 ? -d : d; });
}

Decimal floor_integer(const Decimal& d) {
  Decimal r = d.round(0);
  return r > d ? r - Decimal(1) : r;
}

Operand int_fn(FunctionArgs& args) { return unary_number(args, floor_integer); }

/// Arguments 0 and 1 as numbers, or the first error either gives.
OrError<std::pair<Decimal, Decimal>> two_numbers(FunctionArgs& args) {
  const auto a = args.number(0);
  if (const auto* e = std::get_if<FormulaError>(&a)) return *e;
  const auto b = args.number(1);
  if (const auto* e = std::get_if<FormulaError>(&b)) return *e;
  return std::make_pair(std::get<Decimal>(a), std::get<Decimal>(b));
}

/// MOD(n, d) = n − d × INT(n / d): the result has the divisor's sign.
Operand mod(FunctionArgs& args) {
  const auto nd = two_numbers(args);
  if (const auto* e = std::get_if<FormulaError>(&nd)) return Scalar(*e);
  // Named, not structured bindings: a lambda may not capture those in C++20.
  const Decimal& a = std::get<std::pair<Decimal, Decimal>>(nd).first;
  const Decimal& b = std::get<std::pair<Decimal, Decimal>>(nd).second;
  return guarded([&] { return a - b * floor_integer(a.divide(b, kDivisionScale)); });
}

/// 10^-places (one unit in the last place kept).
Decimal unit(int places) {
  const auto u = Decimal::parse("1e" + std::to_string(-places));
  if (!u) throw std::overflow_error("rounding unit out of range");
  return *u;
}

enum class Rounding { HalfAway, Up, Down };

/// ROUND (half away from zero), ROUNDUP (away from zero), ROUNDDOWN
/// (toward zero) to `digits` decimals, truncated to a whole number; a
/// negative count rounds left of the point.
template <Rounding kMode>
Operand round_fn(FunctionArgs& args) {
  const auto xn = two_numbers(args);
  if (const auto* e = std::get_if<FormulaError>(&xn)) return Scalar(*e);
  const Decimal& v = std::get<std::pair<Decimal, Decimal>>(xn).first;
  const Decimal& n = std::get<std::pair<Decimal, Decimal>>(xn).second;
  const Decimal digits = std::clamp(n, Decimal(-100), Decimal(100));
  const int places = static_cast<int>(digits.to_int64());
  return guarded([&] {
    Decimal r = v.round(places);
    if (kMode == Rounding::HalfAway || r == v) return r;
    const bool grew = (r > v) == (v.sign() > 0);  // |r| > |v|
    const Decimal step = v.sign() > 0 ? unit(places) : -unit(places);
    if (kMode == Rounding::Up && !grew) r = r + step;
    if (kMode == Rounding::Down && grew) r = r - step;
    return r;
  });
}

constexpr FormulaFunction kMath[] = {
    {"ABS", 1, 1, abs_fn},
    {"AVERAGE", 1, 255, average},
    {"COUNT", 1, 255, count},
    {"COUNTA", 1, 255, counta},
    {"INT", 1, 1, int_fn},
    {"MAX", 1, 255, extreme<true>},
    {"MIN", 1, 255, extreme<false>},
    {"MOD", 2, 2, mod},
    {"ROUND", 2, 2, round_fn<Rounding::HalfAway>},
    {"ROUNDDOWN", 2, 2, round_fn<Rounding::Down>},
    {"ROUNDUP", 2, 2, round_fn<Rounding::Up>},
    {"SUM", 1, 255, sum},
    {"SUMPRODUCT", 1, 255, sumproduct},
};

}  // namespace

std::span<const FormulaFunction> math_functions() { return kMath; }

}  // namespace formwork
