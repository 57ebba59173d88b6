// Built-in date functions: days_between add_days (issue 11: 出差天数 and
// periods computed from the data's ISO dates, proleptic Gregorian).
#include <array>
#include <chrono>
#include <cstdio>

#include "expr/function_args.h"
#include "expr/iso_date.h"

namespace formwork::expr {

namespace {

using std::chrono::sys_days;

/// `v` as an ISO date; otherwise fails naming the function and the text.
sys_days date_arg(const Evaluator& ev, const ExprNode& call, const Value& v) {
  if (!v.is_string())
    ev.fail(call, call.text + "() needs an ISO date string, got " + std::string(v.type_name()));
  try {
    const IsoDate d = parse_iso_date(v.as_string());
    return sys_days{std::chrono::year{d.year} / d.month / d.day};
  } catch (const std::invalid_argument& e) {
    ev.fail(call, call.text + "(): " + e.what());
  }
}

// days_between(from, to): whole days from `from` to `to`, negative when `to`
// is earlier. A trip from 2024-03-01 to 2024-03-03 is 2 days apart; a
// count of 出差天数 that includes both ends is days_between(起, 止) + 1.
Value fn_days_between(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const sys_days from = date_arg(ev, call, args[0]);
  const sys_days to = date_arg(ev, call, args[1]);
  return Value(static_cast<long long>((to - from).count()));
}

// add_days(date, n): the ISO date n whole days later (earlier when n < 0).
Value fn_add_days(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  const sys_days from = date_arg(ev, call, args[0]);
  const long long n = whole_arg(ev, call, args[1], "days", -3'650'000, 3'650'000);
  const std::chrono::year_month_day d{from + std::chrono::days{n}};
  const int year = static_cast<int>(d.year());
  if (year < 1 || year > 9999) ev.fail(call, "add_days(): the date leaves the years 1 to 9999");
  char out[32];  // "YYYY-MM-DD" and room the compiler can prove
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", year, static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return Value(std::string(out));
}

constexpr std::array kDateFunctions = {
    Builtin{"days_between", 2, 2, fn_days_between},
    Builtin{"add_days", 2, 2, fn_add_days},
};

}  // namespace

std::span<const Builtin> date_functions() { return kDateFunctions; }

}  // namespace formwork::expr
