// Evaluation of the syntax tree: names, member paths, arithmetic on exact
// decimals, comparisons and logic. Functions and filters live in
// functions.cpp and template_filters.cpp. Recursion follows the tree, whose
// height the parser limits (kMaxExpressionDepth), and the nesting of values,
// which Value limits (Value::kMaxDepth).
#include <stdexcept>

#include "expr/expr_node.h"

namespace formwork::expr {

namespace {

std::string type_pair(const Value& a, const Value& b) {
  return std::string(a.type_name()) + " and " + std::string(b.type_name());
}

}  // namespace

void Evaluator::fail(const ExprNode& n, const std::string& message) const {
  throw TemplateError(message, shift_loc(loc_, source_, n.offset));
}

void Evaluator::missing(const ExprNode& n, const std::string& message) const {
  throw MissingValueError(message, shift_loc(loc_, source_, n.offset));
}

std::string_view Evaluator::text_of(const ExprNode& n) const {
  return source_.substr(n.begin, n.end - n.begin);
}

Value Evaluator::eval(const ExprNode& n) const {
  switch (n.kind) {
    case ExprNode::Kind::Literal:
      return n.literal;
    case ExprNode::Kind::List: {
      Array items;
      items.reserve(n.kids.size());
      for (const NodePtr& k : n.kids) items.push_back(eval(*k));
      return make_list(n, std::move(items));
    }
    case ExprNode::Kind::Name: {
      const Value* v = scope_.lookup(n.text);
      if (v == nullptr) missing(n, "unknown name '" + n.text + "'");
      return *v;
    }
    case ExprNode::Kind::Member:
      return eval_member(n, eval(*n.kids[0]));
    case ExprNode::Kind::Index:
      return eval_index(n);
    case ExprNode::Kind::Call:
    case ExprNode::Kind::Filter:
      // A function's arithmetic (sum, round, money's cents) can leave
      // Decimal's range too: a template error at the call, as for + - * /.
      try {
        return n.fn(*this, n);
      } catch (const std::overflow_error&) {
        fail(n, "number too large: " + std::string(text_of(n)));
      }
    case ExprNode::Kind::Neg: {
      Value v = eval(*n.kids[0]);
      if (!v.is_number()) fail(n, "cannot negate " + std::string(v.type_name()));
      try {
        return Value(-v.as_number());
      } catch (const std::overflow_error&) {
        fail(n, "number too large: " + std::string(text_of(n)));
      }
    }
    case ExprNode::Kind::Not:
      return Value(!eval(*n.kids[0]).truthy());
    case ExprNode::Kind::And:
      return Value(eval(*n.kids[0]).truthy() && eval(*n.kids[1]).truthy());
    case ExprNode::Kind::Or:
      return Value(eval(*n.kids[0]).truthy() || eval(*n.kids[1]).truthy());
    case ExprNode::Kind::Arith:
      return eval_arith(n);
    case ExprNode::Kind::Compare:
      return eval_compare(n);
    case ExprNode::Kind::Comprehension:
      return eval_comprehension(n);
  }
  fail(n, "internal error: unknown node");
}

// Member access maps over arrays (费用.金额 → the list of every item's 金额),
// recursively for arrays of arrays, so sum() can total a table column.
Value Evaluator::eval_member(const ExprNode& n, const Value& base) const {
  switch (base.type()) {
    case Value::Type::Object: {
      const Value* v = base.find(n.text);
      if (v == nullptr)
        missing(n, "no member '" + n.text + "' in " + std::string(text_of(*n.kids[0])));
      return *v;
    }
    case Value::Type::Array: {
      Array out;
      out.reserve(base.as_array().size());
      for (const Value& item : base.as_array()) out.push_back(eval_member(n, item));
      return Value(std::move(out));
    }
    case Value::Type::Null:
      missing(
          n, "no member '" + n.text + "' in " + std::string(text_of(*n.kids[0])) + " (it is null)");
    default:
      fail(n, "cannot take member '" + n.text + "' of " + std::string(base.type_name()) + " " +
                  std::string(text_of(*n.kids[0])));
  }
}

// list[i] (negative i counts from the end) and object["key"].
Value Evaluator::eval_index(const ExprNode& n) const {
  Value base = eval(*n.kids[0]);
  Value key = eval(*n.kids[1]);
  if (base.is_object() && key.is_string()) {
    const Value* v = base.find(key.as_string());
    if (v == nullptr)
      missing(n, "no member '" + key.as_string() + "' in " + std::string(text_of(*n.kids[0])));
    return *v;
  }
  if (base.is_array() && key.is_number()) {
    const Decimal& d = key.as_number();
    if (!d.is_integer()) fail(n, "list index must be a whole number, not " + d.to_string());
    const auto size = static_cast<long long>(base.as_array().size());
    if (d < Decimal(-size) || d >= Decimal(size))
      missing(n, "index " + d.to_string() + " out of range for " +
                     std::string(text_of(*n.kids[0])) + " (" + std::to_string(size) + " items)");
    long long i = d.to_int64();
    if (i < 0) i += size;
    return base.as_array()[static_cast<size_t>(i)];
  }
  if (base.is_null()) missing(n, std::string(text_of(*n.kids[0])) + " is null");
  fail(n,
       "cannot index " + std::string(base.type_name()) + " with " + std::string(key.type_name()));
}

Value Evaluator::eval_arith(const ExprNode& n) const {
  Value a = eval(*n.kids[0]);
  Value b = eval(*n.kids[1]);
  const char op = n.text[0];
  if (op == '+' && a.is_string() && b.is_string()) return Value(a.as_string() + b.as_string());
  if (!a.is_number() || !b.is_number()) {
    const char* verb = op == '+'   ? "add"
                       : op == '-' ? "subtract"
                       : op == '*' ? "multiply"
                                   : "divide";
    fail(n, std::string("cannot ") + verb + " " + type_pair(a, b));
  }
  const Decimal& x = a.as_number();
  const Decimal& y = b.as_number();
  try {
    switch (op) {
      case '+':
        return Value(x + y);
      case '-':
        return Value(x - y);
      case '*':
        return Value(x * y);
      default:
        return Value(x.divide(y, 18));
    }
  } catch (const std::domain_error&) {
    fail(n, "division by zero");
  } catch (const std::overflow_error&) {
    fail(n, "number too large: " + std::string(text_of(n)));
  }
}

// == and != compare any values (different types are unequal, numbers by
// value: 1.50 == 1.5); ordering needs two numbers or two strings (bytes).
Value Evaluator::eval_compare(const ExprNode& n) const {
  Value a = eval(*n.kids[0]);
  Value b = eval(*n.kids[1]);
  const std::string& op = n.text;
  if (op == "==") return Value(a == b);
  if (op == "!=") return Value(!(a == b));
  std::strong_ordering order = std::strong_ordering::equal;
  if (a.is_number() && b.is_number()) {
    order = a.as_number() <=> b.as_number();
  } else if (a.is_string() && b.is_string()) {
    order = a.as_string().compare(b.as_string()) <=> 0;
  } else {
    fail(n, "cannot compare " + type_pair(a, b));
  }
  if (op == "<") return Value(order < 0);
  if (op == "<=") return Value(order <= 0);
  if (op == ">") return Value(order > 0);
  return Value(order >= 0);
}

// [element for name in list if condition]: `name` is bound in a child
// frame per item, so it shadows record fields and outer variables only
// inside the brackets; nested comprehensions nest frames.
Value Evaluator::eval_comprehension(const ExprNode& n) const {
  Value list = eval(*n.kids[1]);
  if (!list.is_array())
    fail(*n.kids[1], "'for " + n.text + " in' needs a list, got " + std::string(list.type_name()) +
                         " " + std::string(text_of(*n.kids[1])));
  static const Value kNoRecord;
  Array out;
  for (const Value& item : list.as_array()) {
    Scope frame(kNoRecord, &scope_);
    frame.bind(n.text, item);
    Evaluator inner(frame, source_, loc_);
    if (n.kids.size() > 2 && !inner.eval(*n.kids[2]).truthy()) continue;
    out.push_back(inner.eval(*n.kids[0]));
  }
  return make_list(n, std::move(out));
}

// The list a [..] literal or comprehension builds. Its depth is bounded
// (Value::kMaxDepth) although the syntax tree's is too, because a <set> or
// <each> variable can carry a list into the next level.
Value Evaluator::make_list(const ExprNode& n, Array items) const {
  try {
    return Value(std::move(items));
  } catch (const std::length_error& e) {
    fail(n, std::string(e.what()) + " (the value nesting limit)");
  }
}

}  // namespace formwork::expr
