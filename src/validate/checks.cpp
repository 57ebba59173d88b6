#include "validate/checks.h"

#include <unicode/unistr.h>

#include <set>

#include "data/json_reader.h"
#include "expr/expr_node.h"
#include "data/text_position.h"
#include "util/errors.h"
#include "validate/json_file.h"
#include "validate/rule_sides.h"

namespace formwork {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Line of the "rule" member inside the element that spans [begin, end) of
// `text`, or of the element itself when the member is not found there.
int rule_line(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t at = text.substr(0, end).find("\"rule\"", begin);
  return line_at(text, at == std::string_view::npos ? begin : at);
}

// Byte offsets where the top-level array elements start (for rule lines).
std::vector<std::size_t> element_offsets(std::string_view text, const std::string& path) {
  try {
    return read_json(text).element_offsets;
  } catch (const DataError& e) {  // duplicate keys: nlohmann accepts them
    throw TemplateError(std::string("checks file: ") + e.what(), SourceLoc{path});
  }
}

std::string string_member(const nlohmann::json& item, const char* key, const SourceLoc& loc) {
  auto it = item.find(key);
  if (it == item.end() || !it->is_string()) {
    throw TemplateError(std::string("check needs \"") + key + "\" as a string", loc);
  }
  return it->get<std::string>();
}

// The optional "format" key; a typo must not silently print in the default.
CheckFormat format_member(const nlohmann::json& item, const SourceLoc& loc) {
  const std::string spec = string_member(item, "format", loc);
  std::optional<CheckFormat> format = parse_check_format(spec);
  if (!format) {
    throw TemplateError("unknown check format \"" + spec +
                            "\" (use money, yuan, wan, percent, number or integer, "
                            "optionally with decimals: percent(1))",
                        loc);
  }
  return *format;
}

// The optional "level" key: true for "warning"; anything but "error" or
// "warning" is refused, so a typo never turns an error into silence.
bool warning_level(const nlohmann::json& item, const SourceLoc& loc) {
  const std::string level = string_member(item, "level", loc);
  if (level != "error" && level != "warning")
    throw TemplateError("unknown check level \"" + level + "\" (use error or warning)", loc);
  return level == "warning";
}

Check parse_check(const nlohmann::json& item, const SourceLoc& loc) {
  if (!item.is_object()) {
    throw TemplateError("each check must be an object {\"field\", \"rule\", \"message\"}", loc);
  }
  static const std::set<std::string> known = {"field", "rule", "message", "format",
                                              "level", "when", "each",    "as"};
  for (const auto& [key, unused] : item.items()) {
    if (!known.count(key)) throw TemplateError("unknown key \"" + key + "\" in a check", loc);
  }
  Check check{string_member(item, "field", loc),
              string_member(item, "message", loc),
              Expression::parse(string_member(item, "rule", loc), loc),
              std::nullopt,
              false,
              std::nullopt,
              std::nullopt,
              {}};
  if (item.contains("format")) check.format = format_member(item, loc);
  if (item.contains("level")) check.warning = warning_level(item, loc);
  if (item.contains("when")) check.when = Expression::parse(string_member(item, "when", loc), loc);
  if (item.contains("each") != item.contains("as")) {
    throw TemplateError("a check with \"each\" needs \"as\" (and \"as\" needs \"each\")", loc);
  }
  if (item.contains("each")) {
    check.each = Expression::parse(string_member(item, "each", loc), loc);
    check.as = string_member(item, "as", loc);
    if (check.as.empty() || check.as.find_first_of(" .[](){}|") != std::string::npos) {
      throw TemplateError("\"as\" must be a variable name, not \"" + check.as + "\"", loc);
    }
  }
  return check;
}

// A side of a rule as a failure line names it: a side longer than 120
// characters (a comprehension over every 机构) is cut to its first 60 and
// "…", since the line is for the values it shows.
std::string elided(const std::string& side) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(side);
  if (u.countChar32() <= 120) return side;
  std::string out;
  u.tempSubString(0, u.moveIndex32(0, 60)).toUTF8String(out);
  return out + "…";
}

// "<message>: <left> = <value>, <right> = <value>" for a false comparison,
// the values in the check's format; the plain message for other false rules.
std::string false_rule_message(const Check& check, const Scope& scope) {
  Value left, right;
  const std::optional<RuleSides> sides = split_comparison(check.rule.source());
  if (!sides || !check.rule.eval_comparison_sides(scope, left, right)) return check.message;
  const auto [left_text, right_text] = check.format
                                           ? shown_sides(left, right, *check.format)
                                           : std::pair{shown_in_check(left), shown_in_check(right)};
  return check.message + ": " + elided(sides->left) + " = " + left_text + ", " +
         elided(sides->right) + " = " + right_text;
}

// nullopt when the check holds or its "when" is false, in `scope`.
std::optional<std::string> failure_in(const Check& check, const Scope& scope) {
  try {
    if (check.when) {
      const Value applies = check.when->eval(scope);
      if (!applies.is_bool()) {
        return check.message + ": when " + check.when->source() + " gave " +
               shown_in_check(applies) + ", not true or false";
      }
      if (!applies.as_bool()) return std::nullopt;
    }
    const Value result = check.rule.eval(scope);
    if (!result.is_bool()) {
      return check.message + ": rule " + check.rule.source() + " gave " + shown_in_check(result) +
             ", not true or false";
    }
    if (result.as_bool()) return std::nullopt;
    return false_rule_message(check, scope);
  } catch (const TemplateError& e) {
    return std::string(e.what());
  } catch (const std::exception& e) {  // Decimal overflow and the like
    return check.message + ": " + e.what();
  }
}

// `field` with "{i}" replaced by `index`.
std::string field_at(std::string field, std::size_t index) {
  const std::string i = std::to_string(index);
  for (std::size_t at = field.find("{i}"); at != std::string::npos; at = field.find("{i}", at)) {
    field.replace(at, 3, i);
    at += i.size();
  }
  return field;
}

// The failures of a check made per element of its "each" list.
void each_failures(const Check& check, const Value& record, std::vector<CheckFailure>& out) {
  const Scope scope(record);
  Value list;
  try {
    list = check.each->eval(scope);
  } catch (const expr::MissingValueError&) {
    return;  // an optional list that is absent: nothing to check (the schema says if it must be)
  } catch (const std::exception& e) {
    out.push_back({check.field, check.message + ": each " + check.each->source() + ": " + e.what(),
                   check.warning});
    return;
  }
  if (list.is_null()) return;  // an optional list that is absent: nothing to check
  if (!list.is_array()) {
    out.push_back({check.field,
                   check.message + ": each " + check.each->source() + " gave " +
                       shown_in_check(list) + ", not a list",
                   check.warning});
    return;
  }
  const Array& items = list.as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    Scope element(Value(), &scope);
    element.bind(check.as, items[i]);
    if (std::optional<std::string> message = failure_in(check, element)) {
      out.push_back({field_at(check.field, i), std::move(*message), check.warning});
    }
  }
}

}  // namespace

std::vector<Check> load_checks(const std::string& path) {
  std::string text = read_config_file(path, "checks file");
  if (std::string_view(text).substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    text.erase(0, kUtf8Bom.size());
  }
  const nlohmann::json items = parse_config_json(text, path, "checks file");
  if (!items.is_array()) {
    throw TemplateError("checks file must hold a JSON array of checks", SourceLoc{path, 1, 1});
  }
  const std::vector<std::size_t> offsets = element_offsets(text, path);
  std::vector<Check> checks;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::size_t end = i + 1 < offsets.size() ? offsets[i + 1] : text.size();
    checks.push_back(parse_check(items[i], SourceLoc{path, rule_line(text, offsets[i], end)}));
  }
  return checks;
}

std::vector<CheckFailure> run_checks(const std::vector<Check>& checks, const Value& record) {
  std::vector<CheckFailure> failures;
  for (const Check& check : checks) {
    if (check.each) {
      each_failures(check, record, failures);
    } else if (std::optional<std::string> message = failure_in(check, Scope(record))) {
      failures.push_back({check.field, std::move(*message), check.warning});
    }
  }
  return failures;
}

}  // namespace formwork
