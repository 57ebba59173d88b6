#include "xlsx/formula_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "xlsx/formula_coerce.h"
#include "xlsx/formula_functions.h"

namespace formwork {
namespace {

constexpr int kDivisionScale = 18;  // as the template engine divides (expr/evaluator.cpp)
constexpr long long kMaxExactExponent = 1000;

/// Runs a Decimal operation; its exceptions become error values.
template <class F>
Scalar guarded(F f) {
  try {
    return f();
  } catch (const std::domain_error&) {
    return FormulaError::Div0;
  } catch (const std::overflow_error&) {
    return FormulaError::Num;
  }
}

Decimal exact_power(const Decimal& a, long long n) {
  Decimal result(1);
  Decimal base = a;
  for (long long e = n < 0 ? -n : n; e > 0; e >>= 1) {
    if (e & 1) result = result * base;
    if (e > 1) base = base * base;
  }
  return n < 0 ? Decimal(1).divide(result, kDivisionScale) : result;
}

}  // namespace

bool comparison_holds(BinaryOp op, int c) {
  switch (op) {
    case BinaryOp::Eq:
      return c == 0;
    case BinaryOp::Ne:
      return c != 0;
    case BinaryOp::Lt:
      return c < 0;
    case BinaryOp::Le:
      return c <= 0;
    case BinaryOp::Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

Scalar formula_power(const Decimal& a, const Decimal& b) {
  if (a.sign() == 0 && b.sign() == 0) return FormulaError::Num;
  if (a.sign() == 0 && b.sign() < 0) return FormulaError::Div0;
  if (b.is_integer() && b <= Decimal(kMaxExactExponent) && b >= Decimal(-kMaxExactExponent)) {
    return guarded([&] { return Scalar(exact_power(a, b.to_int64())); });
  }
  if (a.sign() < 0) return FormulaError::Num;
  const double r = std::pow(a.to_double(), b.to_double());
  if (!std::isfinite(r)) return FormulaError::Num;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", r);
  const auto d = Decimal::parse(buf);
  if (!d) return FormulaError::Num;
  return *d;
}

Scalar FormulaEvaluator::evaluate(const FormulaNode& root) {
  Scalar v = scalar(root);
  if (std::holds_alternative<Blank>(v)) return Decimal(0);
  return v;
}

Operand FormulaEvaluator::operand(const FormulaNode& n) {
  using K = FormulaNode::Kind;
  switch (n.kind) {
    case K::Number:
      return Scalar(n.number);
    case K::Text:
      return Scalar(n.text);
    case K::Logical:
      return Scalar(n.logical);
    case K::Error:
      return Scalar(n.error);
    case K::Missing:
      return Scalar(Blank{});
    case K::Reference:
      return reference(n);
    case K::Array:
      return array(n);
    case K::Negate:
    case K::Identity:
    case K::Percent: {
      const auto x = to_number(scalar(n.children[0]));
      if (const auto* e = std::get_if<FormulaError>(&x)) return Scalar(*e);
      const Decimal& d = std::get<Decimal>(x);
      if (n.kind == K::Identity) return Scalar(d);
      if (n.kind == K::Negate) return Scalar(-d);
      return guarded([&] { return Scalar(d.divide(Decimal(100), kDivisionScale)); });
    }
    case K::Binary:
      return binary(n);
    case K::Call:
      break;
  }
  const FormulaFunction* fn = find_function(n.text);
  if (!fn) return Scalar(FormulaError::Name);
  FunctionArgs args(*this, n.children);
  return fn->call(args);
}

Operand FormulaEvaluator::reference(const FormulaNode& n) const {
  size_t sheet = sheet_;
  if (n.sheet) {
    const auto found = cells_.sheet_named(*n.sheet);
    if (!found) return Scalar(FormulaError::Ref);
    sheet = *found;
  }
  return CellRange{sheet, std::min(n.first.row, n.last.row), std::min(n.first.col, n.last.col),
                   std::max(n.first.row, n.last.row), std::max(n.first.col, n.last.col)};
}

Operand FormulaEvaluator::array(const FormulaNode& n) {
  ValueArray a{n.rows, n.cols, {}};
  a.items.reserve(n.children.size());
  for (const FormulaNode& item : n.children) a.items.push_back(scalar(item));
  return a;
}

Scalar FormulaEvaluator::reduce(const Operand& o) const {
  if (const auto* s = std::get_if<Scalar>(&o)) return *s;
  if (const auto* r = std::get_if<CellRange>(&o)) {
    if (r->rows() == 1 && r->cols() == 1) return cells_.value(r->sheet, r->row0, r->col0);
    return FormulaError::Value;
  }
  const auto& a = std::get<ValueArray>(o);
  return a.items.empty() ? Scalar(FormulaError::Value) : a.items.front();
}

ValueArray FormulaEvaluator::values(const Operand& o) const {
  if (const auto* r = std::get_if<CellRange>(&o)) {
    ValueArray a{r->rows(), r->cols(), {}};
    a.items.reserve(static_cast<size_t>(a.rows) * static_cast<size_t>(a.cols));
    for (int row = r->row0; row <= r->row1; ++row) {
      for (int col = r->col0; col <= r->col1; ++col)
        a.items.push_back(cells_.value(r->sheet, row, col));
    }
    return a;
  }
  if (const auto* a = std::get_if<ValueArray>(&o)) return *a;
  return ValueArray{1, 1, {std::get<Scalar>(o)}};
}

Scalar FormulaEvaluator::arithmetic(BinaryOp op, const Scalar& a, const Scalar& b) const {
  const auto x = to_number(a);
  if (const auto* e = std::get_if<FormulaError>(&x)) return *e;
  const auto y = to_number(b);
  if (const auto* e = std::get_if<FormulaError>(&y)) return *e;
  const Decimal& l = std::get<Decimal>(x);
  const Decimal& r = std::get<Decimal>(y);
  switch (op) {
    case BinaryOp::Add:
      return guarded([&] { return Scalar(l + r); });
    case BinaryOp::Sub:
      return guarded([&] { return Scalar(l - r); });
    case BinaryOp::Mul:
      return guarded([&] { return Scalar(l * r); });
    case BinaryOp::Div:
      return guarded([&] { return Scalar(l.divide(r, kDivisionScale)); });
    default:
      return formula_power(l, r);
  }
}

Scalar FormulaEvaluator::binary(const FormulaNode& n) {
  const Scalar a = scalar(n.children[0]);
  const Scalar b = scalar(n.children[1]);
  switch (n.op) {
    case BinaryOp::Concat: {
      const auto x = to_text(a);
      if (const auto* e = std::get_if<FormulaError>(&x)) return *e;
      const auto y = to_text(b);
      if (const auto* e = std::get_if<FormulaError>(&y)) return *e;
      return std::get<std::string>(x) + std::get<std::string>(y);
    }
    case BinaryOp::Eq:
    case BinaryOp::Ne:
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge:
      if (const auto* e = error_of(a)) return *e;
      if (const auto* e = error_of(b)) return *e;
      if (!comparable(a, b)) return FormulaError::Value;
      return comparison_holds(n.op, compare_values(a, b));
    default:
      return arithmetic(n.op, a, b);
  }
}

}  // namespace formwork
