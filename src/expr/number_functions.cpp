// Built-in number functions for computed forms: clamp round_parts
// score_positive score_reverse grade4 (issue 4: scores, ranks and 万元
// tables computed in the template).
#include <array>

#include "expr/function_args.h"
#include "expr/round_parts.h"
#include "expr/scoring.h"

namespace formwork::expr {

namespace {

Value fn_clamp(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const Decimal& x = number_arg(ev, call, args[0]);
  const Decimal& lo = number_arg(ev, call, args[1]);
  const Decimal& hi = number_arg(ev, call, args[2]);
  if (lo > hi)
    ev.fail(call,
            "clamp(): lower bound " + lo.to_string() + " is above upper bound " + hi.to_string());
  if (x < lo) return Value(lo);
  if (x > hi) return Value(hi);
  return Value(x);
}

Value fn_round_parts(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  std::vector<Decimal> parts = number_list(ev, call, args[0]);
  int places = 2;
  if (args.size() > 1) places = static_cast<int>(whole_arg(ev, call, args[1], "places", -30, 30));
  return guarded(ev, call, [&] {
    Array out;
    for (const Decimal& d : round_parts(parts, places)) out.emplace_back(d);
    return Value(std::move(out));
  });
}

/// score_positive / score_reverse: (actual, target, points) → exact score.
template <Decimal (*Score)(const Decimal&, const Decimal&, const Decimal&)>
Value fn_score(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const Decimal& actual = number_arg(ev, call, args[0]);
  const Decimal& target = number_arg(ev, call, args[1]);
  const Decimal& points = number_arg(ev, call, args[2]);
  return guarded(ev, call, [&] { return Value(Score(actual, target, points)); });
}

Value fn_grade4(const Evaluator& ev, const ExprNode& call) {
  Value v = ev.eval(*call.kids[0]);
  return Value(grade4(number_arg(ev, call, v)));
}

constexpr std::array kNumberFunctions = {
    Builtin{"clamp", 3, 3, fn_clamp},
    Builtin{"round_parts", 1, 2, fn_round_parts},
    Builtin{"score_positive", 3, 3, fn_score<score_positive>},
    Builtin{"score_reverse", 3, 3, fn_score<score_reverse>},
    Builtin{"grade4", 1, 1, fn_grade4},
};

}  // namespace

std::span<const Builtin> number_functions() { return kNumberFunctions; }

}  // namespace formwork::expr
