// Built-in text functions: substr (issue 11: parts of codes and dates kept
// as text in the data, e.g. the year of a 文号). Characters are Unicode
// code points, as len() counts them.
#include <unicode/unistr.h>

#include <array>

#include "expr/function_args.h"

namespace formwork::expr {

namespace {

// substr(text, start, count): `count` code points (all the rest when left
// out) from index `start`, 0-based like list indices; a negative start
// counts from the end (substr("鲁人社字〔2016〕135号", -4) = "135号"). A range
// reaching past either end is cut to the text, so the result may be shorter
// or empty, never an error.
Value fn_substr(const Evaluator& ev, const ExprNode& call) {
  std::vector<Value> args = args_of(ev, call);
  if (!args[0].is_string())
    ev.fail(call, "substr() needs a string, got " + std::string(args[0].type_name()));
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(args[0].as_string());
  const long long length = text.countChar32();
  long long start = whole_arg(ev, call, args[1], "start", -length - 1'000'000, 1'000'000'000);
  if (start < 0) start = std::max(0LL, length + start);
  start = std::min(start, length);
  long long count = length - start;
  if (args.size() > 2)
    count = std::min(count, whole_arg(ev, call, args[2], "count", 0, 1'000'000'000));
  const int32_t from = text.moveIndex32(0, static_cast<int32_t>(start));
  const int32_t to = text.moveIndex32(from, static_cast<int32_t>(count));
  std::string out;
  text.tempSubStringBetween(from, to).toUTF8String(out);
  return Value(out);
}

constexpr std::array kTextFunctions = {
    Builtin{"substr", 2, 3, fn_substr},
};

}  // namespace

std::span<const Builtin> text_functions() { return kTextFunctions; }

}  // namespace formwork::expr
