#pragma once
// Declared checks beside each schema (schemas/<form>.checks.json): rules in
// the template expression language that totals, shares and balances must
// satisfy, e.g. {"field": "合计", "rule": "合计 == sum(费用.金额)",
// "message": "合计 must equal the sum of the items"}, optionally with
// "format" naming the unit both sides of a failure are printed in
// ("yuan", "wan", "percent", "number(3)"…, see parse_check_format).
#include <optional>
#include <string>
#include <vector>

#include "expr/expression.h"
#include "validate/rule_sides.h"

namespace formwork {

struct Check {
  std::string field;    ///< the field the check is about (JSON pointer or name)
  std::string message;  ///< what the rule means, in the form's words
  Expression rule;
  /// How a failure prints both sides; nullopt: as shown_in_check does.
  std::optional<CheckFormat> format;
  /// "level": "warning": a failure is reported but the record is still
  /// valid and rendered (a stated figure that may differ from the computed
  /// one, as an office's own document states it); `--strict` makes it an
  /// error. Default "error".
  bool warning = false;
  /// "when": the rule applies only to records for which this gives true
  /// (an optional figure that is present); nullopt: to every record.
  std::optional<Expression> when;
  /// "each" and "as": the check is made once per element of this list,
  /// with the element bound to `as` (and "when" evaluated per element too);
  /// "{i}" in `field` becomes the element's 0-based index, so a failure
  /// names it by JSON pointer: "/机构/{i}/支出/当年结余" → "/机构/1/支出/当年结余".
  std::optional<Expression> each;
  std::string as;
};

/// A failed check: its field and a message naming both compared values,
/// e.g. "合计: 合计 must equal the sum of the items: 合计 = 186,432.50, sum(费用.金额) =
/// 186,400.00", or with "format": "percent": "… 项目支出占比 = 0.825%,
/// round(项目支出 / 支出合计, 4) = 8.26%".
struct CheckFailure {
  std::string field;
  std::string message;
  bool warning = false;  ///< from a check with "level": "warning"
};

/// Loads a checks file: a JSON array of {field, rule, message} objects, each
/// with an optional "format", "level" ("error" or "warning"), "when" (an
/// expression: the rule applies only where it gives true) and "each" with
/// "as" (the check made per element of a list). Throws IoError or TemplateError (bad
/// JSON, bad rule expression, unknown key or format, with file and line).
std::vector<Check> load_checks(const std::string& path);

/// Evaluates every check against `record`; returns all failures. A rule
/// whose evaluation fails (unknown field, division by zero) is a failure
/// too, with that error as its message.
std::vector<CheckFailure> run_checks(const std::vector<Check>& checks, const Value& record);

}  // namespace formwork
