#pragma once
// The two sides of a comparison rule as written, for failure messages that
// name both values ("合计 = 186,432.50, sum(费用.金额) = 186,400.00"), and
// the optional "format" of a check that prints them in the figure's unit
// ("项目支出占比 = 0.825%, round(项目支出 / 支出合计, 4) = 8.26%").
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "model/value.h"

namespace formwork {

/// Source text left and right of a comparison, trimmed.
struct RuleSides {
  std::string left;
  std::string right;
};

/// Splits `source` at its first comparison operator (== != <= >= < >) that
/// lies outside parentheses, brackets and string literals ('…' or "…", with
/// backslash escapes). nullopt when there is none. Only meaningful when the
/// whole expression is a comparison (Expression::eval_comparison_sides says
/// so): the grammar allows one comparison per level and nothing looser
/// (and/or/not/filters) around it.
std::optional<RuleSides> split_comparison(std::string_view source);

/// A value as a check message shows it: numbers with at most 2 decimals (of
/// the normalised value) as money ("186,432.50", "0.30"), others in plain
/// text ("0.40873"); strings quoted as JSON; other values as JSON.
std::string shown_in_check(const Value& v);

/// The unit a check's numbers are shown in: the "format" key of a checks
/// entry, e.g. "yuan", "wan", "percent", "percent(1)", "number(3)".
struct CheckFormat {
  enum class Kind {
    Money,    ///< "money(p=2)": grouped, "4,001,132.90" (unit left to the message)
    Yuan,     ///< "yuan(p=2)": an amount in 元, "4,001,132.90 元"
    Wan,      ///< "wan(p=2)": an amount in 元 shown in 万元, "400.11 万元"
    Percent,  ///< "percent(p=2)": a ratio shown ×100, "8.26%" (like the percent filter)
    Number,   ///< "number(p)": fixed decimals, no grouping; "number": the exact value
    Integer,  ///< "integer": "number(0)", e.g. head counts and ranks
  };
  Kind kind = Kind::Money;
  int places = 2;  ///< decimals shown; -1 for "number" without places (exact)
};

/// Parses a "format" value: a kind name, optionally with the number of
/// decimals in parentheses (0..10): "money", "yuan(0)", "wan", "percent(1)",
/// "number(3)", "integer". nullopt for anything else.
std::optional<CheckFormat> parse_check_format(std::string_view spec);

/// A number in `format`, rounded (half away from zero) to its places. A
/// percent, number or integer whose exact decimals in the shown unit exceed
/// the places by at most 3 is shown exactly instead: a stated 0.825 % is
/// quoted as typed, not as "0.83%". Amounts (money, yuan, wan) are always
/// rounded to their unit. A non-number is shown as shown_in_check shows it.
std::string shown_in_format(const Value& v, const CheckFormat& format);

/// Both sides of a failed comparison in `format`. When two different
/// numbers would print the same text (e.g. 255.181915 and 255.181905 万元
/// both "255.18 万元"), both are printed exactly instead, so the message
/// always shows the difference.
std::pair<std::string, std::string> shown_sides(const Value& left, const Value& right,
                                                const CheckFormat& format);

}  // namespace formwork
