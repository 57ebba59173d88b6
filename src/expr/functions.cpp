// Built-in functions: sum count min max avg round abs if len concat join.
// Aggregates take one list (nested lists, as produced by member paths over
// nested tables, are flattened) or several arguments.
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "expr/function_args.h"

namespace formwork::expr {

namespace {

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

Value fn_round(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const Decimal& x = number_arg(ev, call, args[0]);
  int places = 0;
  if (args.size() > 1) {
    places = static_cast<int>(whole_arg(ev, call, args[1], "places", -30, 30));
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

std::span<const Builtin> core_functions() { return kFunctions; }

const Builtin* find_function(std::string_view name) {
  for (auto table :
       {core_functions(), list_functions(), number_functions(), date_functions(), text_functions()})
    for (const Builtin& b : table)
      if (b.name == name) return &b;
  return nullptr;
}

}  // namespace formwork::expr
