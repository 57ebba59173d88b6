// Built-in list functions: range first last contains index_of sort_by rank
// (issue 4: rankings and tables computed in the template).
#include <algorithm>
#include <array>
#include <numeric>

#include "expr/function_args.h"

namespace formwork::expr {

namespace {

/// Longest list range() builds: a guard against a typo allocating gigabytes.
constexpr long long kMaxRange = 100000;

// range(n) = [1..n], range(a, b) = [a..b], inclusive; empty when the end
// is below the start (so range(0) is []).
Value fn_range(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  Decimal from = args.size() > 1 ? number_arg(ev, call, args[0]) : Decimal(1);
  const Decimal& to = number_arg(ev, call, args.back());
  if (!from.is_integer() || !to.is_integer())
    ev.fail(call, "range(): bounds must be whole numbers");
  return guarded(ev, call, [&] {
    if (to < from) return Value(Array{});
    if (to - from >= Decimal(kMaxRange))
      ev.fail(call, "range(): more than " + std::to_string(kMaxRange) + " numbers");
    const long long start = from.to_int64(), end = to.to_int64();
    Array out;
    out.reserve(static_cast<size_t>(end - start + 1));
    for (long long i = start; i <= end; ++i) out.emplace_back(i);
    return Value(std::move(out));
  });
}

/// first(list) / last(list). An empty list counts as a missing value, so
/// `first(xs) | default("")` works.
Value end_item(const Evaluator& ev, const ExprNode& call, bool last) {
  Value v = ev.eval(*call.kids[0]);
  const Array& items = list_arg(ev, call, v);
  if (items.empty()) ev.missing(call, call.text + "(): the list is empty");
  return last ? items.back() : items.front();
}

Value fn_first(const Evaluator& ev, const ExprNode& call) { return end_item(ev, call, false); }
Value fn_last(const Evaluator& ev, const ExprNode& call) { return end_item(ev, call, true); }

/// 1-based position of the first item equal to `x` (== semantics), 0 if none.
long long position_of(const Array& items, const Value& x) {
  auto it = std::find(items.begin(), items.end(), x);
  return it == items.end() ? 0 : static_cast<long long>(it - items.begin()) + 1;
}

// contains(list, x): some item == x. contains(text, part): `part` occurs in
// `text` (UTF-8 bytes, so a match is always whole characters).
Value fn_contains(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  if (args[0].is_array()) return Value(position_of(args[0].as_array(), args[1]) > 0);
  if (!args[0].is_string())
    ev.fail(call, "contains() needs a list or a string, got " + std::string(args[0].type_name()));
  if (!args[1].is_string())
    ev.fail(call, "contains(): can only look for a string in a string, not a " +
                      std::string(args[1].type_name()));
  return Value(args[0].as_string().find(args[1].as_string()) != std::string::npos);
}

Value fn_index_of(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  return Value(position_of(list_arg(ev, call, args[0]), args[1]));
}

/// Orders two sort keys of the same type (numbers by value, strings by
/// UTF-8 bytes, as the `<` operator does).
std::strong_ordering compare_keys(const Value& a, const Value& b) {
  if (a.is_number()) return a.as_number() <=> b.as_number();
  return a.as_string().compare(b.as_string()) <=> 0;
}

// sort_by(items, keys, descending=false): stable, so equal keys keep the
// order of `items` in both directions.
Value fn_sort_by(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const Array& items = list_arg(ev, call, args[0]);
  const Array& keys = list_arg(ev, call, args[1]);
  const bool descending = args.size() > 2 && args[2].truthy();
  if (items.size() != keys.size())
    ev.fail(call, "sort_by(): " + std::to_string(items.size()) + " items but " +
                      std::to_string(keys.size()) + " keys");
  for (size_t i = 0; i < keys.size(); ++i) {
    if (!keys[i].is_number() && !keys[i].is_string())
      ev.fail(call, "sort_by(): key " + std::to_string(i + 1) + " is " +
                        std::string(keys[i].type_name()) + "; keys must be numbers or strings");
    if (keys[i].type() != keys[0].type()) ev.fail(call, "sort_by(): keys mix numbers and strings");
  }
  std::vector<size_t> order(items.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    std::strong_ordering c = compare_keys(keys[a], keys[b]);
    return descending ? c > 0 : c < 0;
  });
  Array out;
  out.reserve(items.size());
  for (size_t i : order) out.push_back(items[i]);
  return Value(std::move(out));
}

// Excel RANK.EQ: 1 + the number of values strictly better than x, so ties
// share a rank and the next rank is skipped (90, 85, 85, 80 → 1, 2, 2, 4).
Value fn_rank(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const Decimal& x = number_arg(ev, call, args[0]);
  std::vector<Decimal> values = number_list(ev, call, args[1]);
  const bool ascending = args.size() > 2 && args[2].truthy();
  if (std::find(values.begin(), values.end(), x) == values.end())
    ev.fail(call, "rank(): " + x.to_string() + " is not in the list");
  long long better = 0;
  for (const Decimal& v : values)
    if (ascending ? v < x : v > x) ++better;
  return Value(better + 1);
}

constexpr std::array kListFunctions = {
    Builtin{"range", 1, 2, fn_range},       Builtin{"first", 1, 1, fn_first},
    Builtin{"last", 1, 1, fn_last},         Builtin{"contains", 2, 2, fn_contains},
    Builtin{"index_of", 2, 2, fn_index_of}, Builtin{"sort_by", 2, 3, fn_sort_by},
    Builtin{"rank", 2, 3, fn_rank},
};

}  // namespace

std::span<const Builtin> list_functions() { return kListFunctions; }

}  // namespace formwork::expr
