#pragma once
// Argument helpers shared by the built-in function tables (functions.cpp,
// list_functions.cpp, number_functions.cpp, date_functions.cpp,
// text_functions.cpp). Private to src/expr.
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "expr/expr_node.h"

namespace formwork::expr {

/// Evaluated arguments of `call`, in order.
std::vector<Value> args_of(const Evaluator& ev, const ExprNode& call);

/// Appends `v` to `out`, or its items recursively when it is a list.
void flatten_into(const Value& v, std::vector<Value>& out);

/// The numbers an aggregate works on: the items of a single list argument
/// (nested lists flattened) or the arguments themselves. Any non-number is
/// an error naming its 1-based position: "sum(): item 2 is null, not a number".
std::vector<Decimal> numbers_of(const Evaluator& ev, const ExprNode& call);

/// The items of list `v` as numbers (not flattened). Errors: "NAME() needs a
/// list, got string", "NAME(): item 2 is null, not a number".
std::vector<Decimal> number_list(const Evaluator& ev, const ExprNode& call, const Value& v);

/// `v` as a number; otherwise fails with "NAME() needs a number, got TYPE".
const Decimal& number_arg(const Evaluator& ev, const ExprNode& call, const Value& v);

/// `v` as a list; otherwise fails with "NAME() needs a list, got TYPE".
const Array& list_arg(const Evaluator& ev, const ExprNode& call, const Value& v);

/// `v` as a whole number from `lo` to `hi`; otherwise fails with
/// "NAME(): WHAT must be a whole number from LO to HI".
long long whole_arg(const Evaluator& ev, const ExprNode& call, const Value& v, const char* what,
                    long long lo, long long hi);

/// Runs `f`, reporting Decimal overflow ("NAME(): number too large"),
/// division by zero and std::invalid_argument ("NAME(): <what>") as a
/// TemplateError at `call`.
template <typename F>
Value guarded(const Evaluator& ev, const ExprNode& call, F f) {
  try {
    return f();
  } catch (const std::overflow_error&) {
    ev.fail(call, call.text + "(): number too large");
  } catch (const std::domain_error&) {
    ev.fail(call, "division by zero");
  } catch (const std::invalid_argument& e) {
    ev.fail(call, call.text + "(): " + e.what());
  }
}

/// The function tables of each file; find_function searches them all.
std::span<const Builtin> core_functions();
std::span<const Builtin> list_functions();
std::span<const Builtin> number_functions();
std::span<const Builtin> date_functions();
std::span<const Builtin> text_functions();

}  // namespace formwork::expr
