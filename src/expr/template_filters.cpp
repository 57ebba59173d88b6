// Filters usable after `|`: money rmb_upper percent date default number
// upper lower capitalize pad, and the Vietnamese vi_number vi_percent
// vi_words vi_date. Each receives the Filter
// node: kids[0] is the piped input, kids[1...] the arguments.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <stdexcept>

#include "expr/date_pattern.h"
#include "expr/expr_node.h"
#include "expr/filters.h"
#include "model/form_locale.h"
#include "expr/iso_date.h"
#include "expr/vi_format.h"

namespace formwork::expr {

namespace {

Value input_of(const Evaluator& ev, const ExprNode& f) { return ev.eval(*f.kids[0]); }

const Decimal& number_input(const Evaluator& ev, const ExprNode& f, const Value& v) {
  if (!v.is_number())
    ev.fail(f, f.text + ": expected a number, got " + std::string(v.type_name()) + " " +
                   std::string(ev.text_of(*f.kids[0])));
  return v.as_number();
}

/// Argument `i` (1-based) as a count of decimals 0..30, or `fallback` when
/// absent.
int places_arg(const Evaluator& ev, const ExprNode& f, size_t i, int fallback) {
  if (f.kids.size() <= i) return fallback;
  Value v = ev.eval(*f.kids[i]);
  if (!v.is_number() || !v.as_number().is_integer() || v.as_number() < Decimal(0) ||
      v.as_number() > Decimal(30))
    ev.fail(f, f.text + ": decimals must be a whole number from 0 to 30");
  return static_cast<int>(v.as_number().to_int64());
}

/// Argument `i` (1-based) as a string.
std::string string_arg(const Evaluator& ev, const ExprNode& f, size_t i) {
  Value v = ev.eval(*f.kids[i]);
  if (!v.is_string())
    ev.fail(f, f.text + ": argument " + std::to_string(i) + " must be a string, got " +
                   std::string(v.type_name()));
  return v.as_string();
}

/// "38.40" → "38.4", "15.00" → "15": the digits after `point` without
/// trailing zeros, and no point when none are left.
std::string trim_decimals(std::string text, char point) {
  const size_t at = text.find(point);
  if (at == std::string::npos) return text;
  size_t end = text.find_last_not_of('0');
  if (end == at) --end;
  return text.substr(0, end + 1);
}

/// Argument `i` (1-based) as a boolean when present ("up to" decimals).
bool trim_arg(const Evaluator& ev, const ExprNode& f, size_t i) {
  return f.kids.size() > i && ev.eval(*f.kids[i]).truthy();
}

// money, percent, number and date write as the form's locale does
// (<form locale>): 1,234.50 or 1.234,50.
bool vietnamese(const Evaluator& ev) { return ev.locale() == FormLocale::ViVN; }

Value filter_money(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  const Decimal& x = number_input(ev, f, v);
  const int places = places_arg(ev, f, 1, 2);
  return Value(vietnamese(ev) ? format_number_vi(x, places) : format_money(x, places));
}

Value filter_rmb_upper(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  const Decimal& amount = number_input(ev, f, v);
  bool prefix = f.kids.size() > 1 && ev.eval(*f.kids[1]).truthy();
  try {
    return Value(rmb_upper(amount, prefix));
  } catch (const std::domain_error& e) {
    ev.fail(f, std::string(e.what()) + ": " + amount.to_string());
  }
}

Value filter_percent(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  const Decimal& x = number_input(ev, f, v);
  const int places = places_arg(ev, f, 1, 2);
  return Value(vietnamese(ev) ? format_percent_vi(x, places) : format_percent(x, places));
}

Value filter_date(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  if (!v.is_string())
    ev.fail(f, "date: expected an ISO date string, got " + std::string(v.type_name()));
  try {
    if (f.kids.size() < 2) {
      return Value(vietnamese(ev) ? format_date_vi(v.as_string()) : format_date_cn(v.as_string()));
    }
    const std::string pattern = string_arg(ev, f, 1);
    const std::string locale =
        f.kids.size() > 2 ? string_arg(ev, f, 2) : form_locale_icu_id(ev.locale());
    return Value(format_date_pattern(parse_iso_date(v.as_string()), pattern, locale));
  } catch (const std::invalid_argument& e) {
    ev.fail(f, std::string("date: ") + e.what());
  }
}

// The fallback replaces a null input and an input that names something
// absent (unknown name, missing member, index out of range). Other errors
// (division by zero, type errors) still surface.
Value filter_default(const Evaluator& ev, const ExprNode& f) {
  try {
    Value v = input_of(ev, f);
    if (!v.is_null()) return v;
  } catch (const MissingValueError&) {
  }
  return ev.eval(*f.kids[1]);
}

// Fixed decimals without grouping; without an argument the exact value.
Value filter_number(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  const Decimal& x = number_input(ev, f, v);
  std::string text = f.kids.size() < 2 ? x.to_string() : x.to_fixed(places_arg(ev, f, 1, 0));
  if (f.kids.size() >= 2 && trim_arg(ev, f, 2)) text = trim_decimals(text, '.');
  if (vietnamese(ev)) std::replace(text.begin(), text.end(), '.', ',');
  return Value(text);
}

/// Case mapping by ICU's root locale (handles Vietnamese letters too).
Value change_case(const Evaluator& ev, const ExprNode& f, bool upper) {
  Value v = input_of(ev, f);
  if (!v.is_string()) ev.fail(f, f.text + ": expected a string, got " + std::string(v.type_name()));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(v.as_string());
  if (upper) {
    u.toUpper(icu::Locale::getRoot());
  } else {
    u.toLower(icu::Locale::getRoot());
  }
  std::string out;
  u.toUTF8String(out);
  return Value(out);
}

// The first character upper-cased (ICU root locale), the rest as it is:
// "đồng" → "Đồng".
Value filter_capitalize(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  if (!v.is_string()) ev.fail(f, f.text + ": expected a string, got " + std::string(v.type_name()));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(v.as_string());
  if (u.isEmpty()) return v;
  const int32_t first = u.moveIndex32(0, 1);
  icu::UnicodeString head = u.tempSubString(0, first);
  head.toUpper(icu::Locale::getRoot());
  std::string out;
  head.append(u.tempSubString(first)).toUTF8String(out);
  return Value(out);
}

// pad(width, fill="0"): the text (a number's exact digits) with `fill` put
// before it up to `width` characters: 6 | pad(2) → "06"; longer text is
// kept whole.
Value filter_pad(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  if (!v.is_string() && !v.is_number())
    ev.fail(f, "pad: expected a string or a number, got " + std::string(v.type_name()));
  Value w = ev.eval(*f.kids[1]);
  if (!w.is_number() || !w.as_number().is_integer() || w.as_number() < Decimal(0) ||
      w.as_number() > Decimal(1000))
    ev.fail(f, "pad: width must be a whole number from 0 to 1000");
  const std::string fill = f.kids.size() > 2 ? string_arg(ev, f, 2) : "0";
  const icu::UnicodeString fill_u = icu::UnicodeString::fromUTF8(fill);
  if (fill_u.countChar32() != 1)
    ev.fail(f, "pad: the fill must be one character, not '" + fill + "'");
  const std::string text = v.to_text();
  std::string out;
  for (long long n = icu::UnicodeString::fromUTF8(text).countChar32(); n < w.as_number().to_int64();
       ++n)
    out += fill;
  return Value(out + text);
}

Value filter_upper(const Evaluator& ev, const ExprNode& f) { return change_case(ev, f, true); }
Value filter_lower(const Evaluator& ev, const ExprNode& f) { return change_case(ev, f, false); }

Value filter_vi_number(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  std::string text = format_number_vi(number_input(ev, f, v), places_arg(ev, f, 1, 0));
  return Value(trim_arg(ev, f, 2) ? trim_decimals(text, ',') : text);
}

Value filter_vi_percent(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  return Value(format_percent_vi(number_input(ev, f, v), places_arg(ev, f, 1, 2)));
}

// The variants named in vi_words' second argument: "tư", "lẻ", "ngàn",
// separated by spaces or commas.
ViWordsStyle words_style(const Evaluator& ev, const ExprNode& f, const std::string& names) {
  ViWordsStyle style;
  size_t at = 0;
  while (at < names.size()) {
    const size_t end = std::min(names.find_first_of(" ,", at), names.size());
    const std::string word = names.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    if (word == "tư") {
      style.tu = true;
    } else if (word == "lẻ") {
      style.le = true;
    } else if (word == "ngàn") {
      style.ngan = true;
    } else {
      ev.fail(f, "vi_words: unknown variant '" + word + "' (the variants are tư, lẻ, ngàn)");
    }
  }
  return style;
}

// vi_words(false) leaves out the final " đồng"; vi_words(true, "tư lẻ")
// uses those variants.
Value filter_vi_words(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  const Decimal& amount = number_input(ev, f, v);
  bool dong = f.kids.size() < 2 || ev.eval(*f.kids[1]).truthy();
  const ViWordsStyle style =
      f.kids.size() > 2 ? words_style(ev, f, string_arg(ev, f, 2)) : ViWordsStyle{};
  try {
    return Value(vi_words(amount, dong, style));
  } catch (const std::domain_error& e) {
    ev.fail(f, std::string(e.what()) + ": " + amount.to_string());
  }
}

Value filter_vi_date(const Evaluator& ev, const ExprNode& f) {
  Value v = input_of(ev, f);
  if (!v.is_string())
    ev.fail(f, "vi_date: expected an ISO date string, got " + std::string(v.type_name()));
  try {
    return Value(format_date_vi(v.as_string()));
  } catch (const std::invalid_argument& e) {
    ev.fail(f, std::string("vi_date: ") + e.what());
  }
}

constexpr std::array kFilters = {
    Builtin{"money", 0, 1, filter_money},           Builtin{"rmb_upper", 0, 1, filter_rmb_upper},
    Builtin{"percent", 0, 1, filter_percent},       Builtin{"date", 0, 2, filter_date},
    Builtin{"default", 1, 1, filter_default},       Builtin{"number", 0, 2, filter_number},
    Builtin{"upper", 0, 0, filter_upper},           Builtin{"lower", 0, 0, filter_lower},
    Builtin{"capitalize", 0, 0, filter_capitalize}, Builtin{"pad", 1, 2, filter_pad},
    Builtin{"vi_number", 0, 2, filter_vi_number},   Builtin{"vi_percent", 0, 1, filter_vi_percent},
    Builtin{"vi_words", 0, 2, filter_vi_words},     Builtin{"vi_date", 0, 0, filter_vi_date},
};

}  // namespace

const Builtin* find_filter(std::string_view name) {
  for (const Builtin& b : kFilters)
    if (b.name == name) return &b;
  return nullptr;
}

}  // namespace formwork::expr
