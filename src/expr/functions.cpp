// Built-in functions: sum count min max avg round abs if len concat join.
// Aggregates take one list (nested lists, as produced by member paths over
// nested tables, are flattened) or several arguments.
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "expr/expr_node.h"

namespace formwork::expr {

namespace {

/// Evaluated arguments of `call`.
std::vector<Value> args_of(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> out;
  out.reserve(call.kids.size());
  for (const NodePtr& k : call.kids) out.push_back(ev.eval(*k));
  return out;
}

void flatten_into(const Value& v, std::vector<Value>& out) {
  if (!v.is_array()) {
    out.push_back(v);
    return;
  }
  for (const Value& item : v.as_array()) flatten_into(item, out);
}

/// The numbers an aggregate works on: the items of a single list argument
/// or the arguments themselves. Any non-number is an error naming it.
std::vector<Decimal> numbers_of(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  if (args.size() == 1 && !args[0].is_array())
    ev.fail(call, call.text + "() needs a list or several numbers, got " +
                      std::string(args[0].type_name()));
  std::vector<Value> flat;
  for (const Value& a : args) flatten_into(a, flat);
  std::vector<Decimal> out;
  out.reserve(flat.size());
  for (size_t i = 0; i < flat.size(); ++i) {
    if (!flat[i].is_number())
      ev.fail(call, call.text + "(): item " + std::to_string(i + 1) + " is " +
                        std::string(flat[i].type_name()) + ", not a number");
    out.push_back(flat[i].as_number());
  }
  return out;
}

/// Runs `f`, reporting Decimal overflow as a TemplateError at `call`.
template <typename F>
Value guarded(const Evaluator& ev, const ExprNode& call, F f) {
  try {
    return f();
  } catch (const std::overflow_error&) {
    ev.fail(call, call.text + "(): number too large");
  } catch (const std::domain_error&) {
    ev.fail(call, "division by zero");
  }
}

Value fn_sum(const Evaluator& ev, const ExprNode& call) {
  std::vector<Decimal> xs = numbers_of(ev, call);
  return guarded(ev, call, [&] {
    Decimal total;
    for (const Decimal& x : xs) total = total + x;
    return Value(total);
  });
}

Value fn_count(const Evaluator& ev, const ExprNode& call) {
  Value v = ev.eval(*call.kids[0]);
  if (!v.is_array()) ev.fail(call, "count() needs a list, got " + std::string(v.type_name()));
  return Value(static_cast<long long>(v.as_array().size()));
}

Value extreme(const Evaluator& ev, const ExprNode& call, bool want_max) {
  std::vector<Decimal> xs = numbers_of(ev, call);
  if (xs.empty()) ev.fail(call, call.text + "() of an empty list");
  return Value(want_max ? *std::max_element(xs.begin(), xs.end())
                        : *std::min_element(xs.begin(), xs.end()));
}

Value fn_min(const Evaluator& ev, const ExprNode& call) { return extreme(ev, call, false); }
Value fn_max(const Evaluator& ev, const ExprNode& call) { return extreme(ev, call, true); }

Value fn_avg(const Evaluator& ev, const ExprNode& call) {
  std::vector<Decimal> xs = numbers_of(ev, call);
  if (xs.empty()) ev.fail(call, "avg() of an empty list");
  return guarded(ev, call, [&] {
    Decimal total;
    for (const Decimal& x : xs) total = total + x;
    return Value(total.divide(Decimal(static_cast<long long>(xs.size())), 18));
  });
}

const Decimal& number_arg(const Evaluator& ev, const ExprNode& call, const Value& v) {
  if (!v.is_number())
    ev.fail(call, call.text + "() needs a number, got " + std::string(v.type_name()));
  return v.as_number();
}

Value fn_round(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const Decimal& x = number_arg(ev, call, args[0]);
  int places = 0;
  if (args.size() > 1) {
    const Decimal& p = number_arg(ev, call, args[1]);
    if (!p.is_integer() || p < Decimal(-30) || p > Decimal(30))
      ev.fail(call, "round(): places must be a whole number from -30 to 30");
    places = static_cast<int>(p.to_int64());
  }
  return guarded(ev, call, [&] { return Value(x.round(places)); });
}

Value fn_abs(const Evaluator& ev, const ExprNode& call) {
  Value v = ev.eval(*call.kids[0]);
  const Decimal& x = number_arg(ev, call, v);
  return Value(x.sign() < 0 ? -x : x);
}

// Lazy: only the chosen branch is evaluated, so if(n > 0, a / n, 0) is safe.
Value fn_if(const Evaluator& ev, const ExprNode& call) {
  if (ev.eval(*call.kids[0]).truthy()) return ev.eval(*call.kids[1]);
  return call.kids.size() > 2 ? ev.eval(*call.kids[2]) : Value();
}

Value fn_len(const Evaluator& ev, const ExprNode& call) {
  Value v = ev.eval(*call.kids[0]);
  if (v.is_array()) return Value(static_cast<long long>(v.as_array().size()));
  if (!v.is_string())
    ev.fail(call, "len() needs a string or a list, got " + std::string(v.type_name()));
  const std::string& s = v.as_string();
  long long count = 0;
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n; ++count) U8_FWD_1(s.data(), i, n);
  return Value(count);
}

Value fn_concat(const Evaluator& ev, const ExprNode& call) {
  std::string out;
  for (const Value& v : args_of(ev, call)) {
    std::vector<Value> flat;
    flatten_into(v, flat);
    for (const Value& item : flat) out += item.to_text();
  }
  return Value(out);
}

Value fn_join(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  if (!args[0].is_array())
    ev.fail(call, "join() needs a list, got " + std::string(args[0].type_name()));
  std::string sep = args.size() > 1 ? args[1].to_text() : "";
  std::string out;
  bool first = true;
  for (const Value& item : args[0].as_array()) {
    if (!first) out += sep;
    first = false;
    out += item.to_text();
  }
  return Value(out);
}

constexpr std::array kFunctions = {
    Builtin{"sum", 1, -1, fn_sum},  Builtin{"count", 1, 1, fn_count},
    Builtin{"min", 1, -1, fn_min},  Builtin{"max", 1, -1, fn_max},
    Builtin{"avg", 1, -1, fn_avg},  Builtin{"round", 1, 2, fn_round},
    Builtin{"abs", 1, 1, fn_abs},   Builtin{"if", 2, 3, fn_if},
    Builtin{"len", 1, 1, fn_len},   Builtin{"concat", 1, -1, fn_concat},
    Builtin{"join", 1, 2, fn_join},
};

}  // namespace

const Builtin* find_function(std::string_view name) {
  for (const Builtin& b : kFunctions)
    if (b.name == name) return &b;
  return nullptr;
}

}  // namespace formwork::expr
