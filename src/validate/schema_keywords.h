#pragma once
// The schema keywords formwork evaluates itself instead of valijson:
//  - "x-decimals": N — a number has at most N decimals, checked on the exact
//    Decimal, because multipleOf: 0.01 is evaluated on doubles and rejects
//    real amounts (docs/validation.md);
//  - "pattern", the keys of "patternProperties", and "format": "date" /
//    "time" / "date-time" — regular expressions run with RE2 in linear time
//    (SchemaRegex); valijson 0.7 runs them with std::regex, which recurses
//    once per character and crashes the process on long strings.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "model/value.h"
#include "validate/schema.h"
#include "validate/schema_regex.h"

namespace formwork {

/// The formwork-evaluated keywords of one schema document.
class SchemaKeywords {
 public:
  /// Checks every such keyword of `schema` and compiles its patterns.
  /// Throws std::invalid_argument naming the schema location (a JSON
  /// pointer into the schema) of the first that is unusable: an x-decimals
  /// that is not an integer from 0 to 30, a pattern RE2 cannot run
  /// (look-around, backreferences), or any of these keywords under anyOf,
  /// oneOf, not, if/then/else or dependencies, where which branch applies
  /// is decided by valijson and the keyword could not be followed.
  explicit SchemaKeywords(const nlohmann::json& schema);
  ~SchemaKeywords();
  SchemaKeywords(SchemaKeywords&&) noexcept;
  SchemaKeywords& operator=(SchemaKeywords&&) noexcept;

  /// `schema` without the keywords checked here ("pattern" and the three
  /// formats), for valijson.
  static nlohmann::json without_own_keywords(const nlohmann::json& schema);

  /// Walks the schema alongside `value` — properties, patternProperties,
  /// additionalProperties, items (one schema or a list, plus
  /// additionalItems), allOf and internal "$ref": "#/…" references — and
  /// appends a violation for every value breaking one of these keywords:
  /// {"/费用/0/金额", "12.345 has 3 decimals, at most 2 allowed"},
  /// {"/电话", "does not match the pattern ^[0-9]+$ (value: \"abc\")"}.
  /// Decimals are those of the normalised value: 1.500 has one.
  void check(const Value& value, std::vector<Violation>& out) const;

 private:
  nlohmann::json schema_;
  std::map<std::string, SchemaRegex> regexes_;  ///< by pattern text
};

}  // namespace formwork
