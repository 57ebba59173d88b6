// Argument helpers shared by the built-in function tables.
#include "expr/function_args.h"

namespace formwork::expr {

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

namespace {

std::vector<Decimal> numbers_from(const Evaluator& ev, const ExprNode& call,
                                  const std::vector<Value>& items) {
  std::vector<Decimal> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (!items[i].is_number())
      ev.fail(call, call.text + "(): item " + std::to_string(i + 1) + " is " +
                        std::string(items[i].type_name()) + ", not a number");
    out.push_back(items[i].as_number());
  }
  return out;
}

}  // namespace

std::vector<Decimal> numbers_of(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  if (args.size() == 1 && !args[0].is_array())
    ev.fail(call, call.text + "() needs a list or several numbers, got " +
                      std::string(args[0].type_name()));
  std::vector<Value> flat;
  for (const Value& a : args) flatten_into(a, flat);
  return numbers_from(ev, call, flat);
}

std::vector<Decimal> number_list(const Evaluator& ev, const ExprNode& call, const Value& v) {
  return numbers_from(ev, call, list_arg(ev, call, v));
}

const Decimal& number_arg(const Evaluator& ev, const ExprNode& call, const Value& v) {
  if (!v.is_number())
    ev.fail(call, call.text + "() needs a number, got " + std::string(v.type_name()));
  return v.as_number();
}

const Array& list_arg(const Evaluator& ev, const ExprNode& call, const Value& v) {
  if (!v.is_array())
    ev.fail(call, call.text + "() needs a list, got " + std::string(v.type_name()));
  return v.as_array();
}

long long whole_arg(const Evaluator& ev, const ExprNode& call, const Value& v, const char* what,
                    long long lo, long long hi) {
  if (!v.is_number() || !v.as_number().is_integer() || v.as_number() < Decimal(lo) ||
      v.as_number() > Decimal(hi))
    ev.fail(call, call.text + "(): " + what + " must be a whole number from " + std::to_string(lo) +
                      " to " + std::to_string(hi));
  return v.as_number().to_int64();
}

}  // namespace formwork::expr
